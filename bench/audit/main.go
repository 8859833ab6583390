// Command audit times the binary's own `audit --json` on a finished-looking
// profile against a sandbox on loopback that adds latency to each request,
// and counts the requests it makes: with the proof and renewal checks, the
// balance, the saved subaccount, the last 30 days of successful charges and
// the subscriptions. The baseline is those same requests, recorded from
// the audit's own run, sent again one after another (no process start, no
// checks): what an audit that asked check by check would wait for.
//
//	go build -o /tmp/pss . && go run ./bench/audit -latency 100ms -runs 5 -- /tmp/pss
//
// Output is key=value lines (times in ms).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"paystack-setup/bench/internal/record"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/state"
)

func main() {
	latency := flag.Duration("latency", 100*time.Millisecond, "latency the sandbox adds to every request")
	runs := flag.Int("runs", 5, "audits to time; the median is reported")
	flag.Parse()
	if flag.NArg() == 0 {
		fail("give the binary after --", nil)
	}
	srv := sandbox.New(sandbox.Options{})
	rec, base, stop, err := record.Serve(srv)
	if err != nil {
		fail("could not listen on loopback", err)
	}
	defer stop()

	config, err := os.MkdirTemp("", "bench-audit")
	if err != nil {
		fail("no temp dir", err)
	}
	defer os.RemoveAll(config)
	if err := saveProfile(filepath.Join(config, "paystack-setup"), base); err != nil {
		fail("could not save the profile to audit", err)
	}
	rec.Take()
	srv.SetLatency(*latency)

	var cli, serial []float64
	var reqs []string
	for range *runs {
		cmd := exec.Command(flag.Arg(0), append(flag.Args()[1:], "audit", "--json")...)
		// The sandbox's public demo key, in the environment as a merchant would give it.
		cmd.Env = record.Env(config, base, sandbox.DemoTestKey)
		start := time.Now()
		err := cmd.Run()
		cli = append(cli, ms(time.Since(start)))
		if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() > 1) {
			fail("audit --json failed", err)
		}
		var d time.Duration
		if reqs, d, err = rec.Baseline(base, sandbox.DemoTestKey); err != nil {
			fail("could not replay the requests", err)
		}
		serial = append(serial, ms(d))
	}
	slices.Sort(cli)
	slices.Sort(serial)
	paths := make([]string, len(reqs))
	for i, r := range reqs {
		paths[i], _, _ = strings.Cut(r, "?")
	}
	sort.Strings(paths)
	fmt.Printf("cli_ms=%.1f\nserial_ms=%.1f\nrequests=%d\npaths=%s\nlatency_ms=%d\n",
		cli[len(cli)/2], serial[len(serial)/2], len(reqs), strings.Join(paths, ", "), latency.Milliseconds())
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// saveProfile saves a finished setup as profile "default" under root, the
// sandbox's first subaccount as the saved one, so that every check that
// asks Paystack does ask.
func saveProfile(root, base string) error {
	key, err := paystack.ParseSecretKey(sandbox.DemoTestKey)
	if err != nil {
		return err
	}
	subs, _, err := paystack.New(key, paystack.WithBaseURL(base)).ListSubaccounts(context.Background(), 1, 1)
	if err != nil {
		return err
	}
	if len(subs) == 0 {
		return fmt.Errorf("the sandbox at %s has no subaccount", base)
	}
	h, err := state.Open(root, "default")
	if err != nil {
		return err
	}
	defer h.Close()
	return h.Save(state.State{
		Schema: state.SchemaVersion, Profile: "default", Country: "NG", Currency: "NGN", Mode: string(paystack.ModeTest),
		Subaccount:       &state.SubaccountRef{Code: subs[0].Code, Currency: "NGN"},
		SystemeConnected: true,
		IPWhitelist:      map[string]bool{"test": true},
		WebhookURL:       map[string]string{"test": "https://api.systeme.io/paystack/webhook/bench"},
	})
}

func fail(what string, err error) {
	fmt.Fprintf(os.Stderr, "audit: %s: %v\n", what, err)
	os.Exit(1)
}
