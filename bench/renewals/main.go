// Command renewals times the binary's own `renewals --json`, process start to
// exit, against a sandbox on loopback holding -subscriptions generated
// subscribers (beside the demo's) and adding -latency to each request, the
// merchant's key in the environment as for a script: the command reads every
// subscription page, classifies them and writes the listing. It counts the
// requests the command makes and the rows it writes.
//
//	go build -o /tmp/pss . && go run ./bench/renewals -subscriptions 10000 -latency 20ms -runs 5 -- /tmp/pss
//
// The baseline is the command's own requests, recorded from its last run,
// sent again one after another (no process start, no decoding): the pages
// read one at a time. Each first run has a config dir of its own; after it
// the same profile runs again (rerun_*), starting from the pace the first
// run kept. Output is key=value lines (times in ms).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"time"

	"paystack-setup/bench/internal/record"
	"paystack-setup/paystack/sandbox"
)

func main() {
	n := flag.Int("subscriptions", 10000, "generated subscribers in the sandbox")
	latency := flag.Duration("latency", 20*time.Millisecond, "latency the sandbox adds to every request")
	runs := flag.Int("runs", 5, "listings to time; the median is reported")
	flag.Parse()
	if flag.NArg() == 0 {
		fail("give the binary after --", nil)
	}
	srv := sandbox.New(sandbox.Options{Subscriptions: *n, Latency: *latency})
	rec, base, stop, err := record.Serve(srv)
	if err != nil {
		fail("could not listen on loopback", err)
	}
	defer stop()

	// One listing, timed, in config; its rows.
	list := func(config string) (float64, int) {
		cmd := exec.Command(flag.Arg(0), append(flag.Args()[1:], "renewals", "--json")...)
		// The sandbox's public demo key: its subscribers are test mode's.
		cmd.Env = record.Env(config, base, sandbox.DemoTestKey)
		cmd.Stderr = os.Stderr
		start := time.Now()
		out, err := cmd.Output()
		took := ms(time.Since(start))
		if err != nil {
			fail("renewals --json failed", err)
		}
		var listing struct {
			Subscriptions []json.RawMessage `json:"subscriptions"`
		}
		if err := json.Unmarshal(out, &listing); err != nil {
			fail("renewals --json wrote no listing", err)
		}
		return took, len(listing.Subscriptions)
	}

	var times, serial, reruns []float64
	var reqs []string
	var rows, rerunRows int
	for range *runs {
		// A first run has a config dir of its own: nothing saved, nothing
		// learned. The rerun is the same profile again, starting from
		// what the first run kept (its pace).
		config, err := os.MkdirTemp("", "bench-renewals")
		if err != nil {
			fail("no temp dir", err)
		}
		took, n := list(config)
		times, rows = append(times, took), n
		var d time.Duration
		if reqs, d, err = rec.Baseline(base, sandbox.DemoTestKey); err != nil {
			fail("could not replay the requests", err)
		}
		serial = append(serial, ms(d))
		took, rerunRows = list(config)
		reruns = append(reruns, took)
		rec.Take()
		os.RemoveAll(config)
	}
	slices.Sort(times)
	slices.Sort(serial)
	slices.Sort(reruns)
	fmt.Printf("wall_ms_median=%.1f\nserial_ms=%.1f\nrows=%d\nrequests=%d\nsubscriptions=%d\n",
		times[len(times)/2], serial[len(serial)/2], rows, len(reqs), *n)
	fmt.Printf("rerun_wall_ms_median=%.1f\nrerun_rows=%d\n", reruns[len(reruns)/2], rerunRows)
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func fail(what string, err error) {
	fmt.Fprintf(os.Stderr, "renewals: %s: %v\n", what, err)
	os.Exit(1)
}
