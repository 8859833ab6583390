// Command renewals times what `paystack-setup renewals --json` will do,
// until that command exists on this branch: the setup session reads every
// subscription (Session.Renewals: every page of GET /subscription, several
// at once) from a sandbox on loopback holding -subscriptions generated
// subscribers plus the demo's, classifies them, and writes the listing's
// JSON (renewals.NewListing), from a session opened on a saved profile.
// What it leaves out is the process start, a few milliseconds (see the
// --version row). scripts/bench switches to the command with one line.
//
//	go run ./bench/renewals -subscriptions 10000 -latency 20ms -runs 5
//
// -serial is the baseline: the same pages one at a time. Output is
// key=value lines (times in ms); wall_ms_median as bench/walltime prints it.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"sync/atomic"
	"time"

	"paystack-setup/keystore"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/renewals"
	"paystack-setup/setup"
)

type counting struct {
	next http.RoundTripper
	n    atomic.Int64
}

func (c *counting) RoundTrip(r *http.Request) (*http.Response, error) {
	c.n.Add(1)
	return c.next.RoundTrip(r)
}

func main() {
	n := flag.Int("subscriptions", 10000, "generated subscribers in the sandbox")
	latency := flag.Duration("latency", 20*time.Millisecond, "latency the sandbox adds to every request")
	runs := flag.Int("runs", 5, "listings to time; the median is reported")
	serial := flag.Bool("serial", false, "one page at a time (WithConcurrency(1)): the baseline")
	flag.Parse()

	srv := sandbox.New(sandbox.Options{Subscriptions: *n, Latency: *latency})
	base, stop, err := srv.Listen("127.0.0.1:0")
	if err != nil {
		fail("could not serve the sandbox on loopback", err)
	}
	defer stop()
	root, err := os.MkdirTemp("", "bench-renewals")
	if err != nil {
		fail("no temp dir", err)
	}
	defer os.RemoveAll(root)
	keys := keystore.New(keystore.Options{Backend: keystore.NewMemoryBackend(), Dir: root, Getenv: func(string) string { return "" }})
	key, err := paystack.ParseSecretKey(sandbox.DemoTestKey)
	if err != nil {
		fail("the sandbox demo key does not parse", err)
	}
	if err := keys.Set(context.Background(), "default", key); err != nil {
		fail("could not keep the key", err)
	}
	tr := &counting{next: http.DefaultTransport}
	opts := []paystack.Option{paystack.WithBaseURL(base), paystack.WithHTTPClient(&http.Client{Transport: tr})}
	if *serial {
		opts = append(opts, paystack.WithConcurrency(1))
	}
	var times []float64
	var rows int
	for range *runs {
		tr.n.Store(0)
		start := time.Now()
		s, _, err := setup.Open(context.Background(), setup.Options{Profile: "default", StateRoot: root, Keys: keys,
			NewClient: func(k paystack.SecretKey) *paystack.Client {
				return paystack.New(k, opts...)
			}})
		if err != nil {
			fail("could not open the profile", err)
		}
		items, err := s.Renewals(context.Background())
		if err != nil {
			fail("could not read the subscriptions", err)
		}
		emails, err := s.CardEmailsSent()
		if err != nil {
			fail("could not read the card-update emails", err)
		}
		listing := renewals.NewListing(items, emails, s.Now())
		if err := json.NewEncoder(io.Discard).Encode(listing); err != nil {
			fail("could not write the listing", err)
		}
		times = append(times, float64(time.Since(start).Microseconds())/1000)
		rows = len(listing.Subscriptions)
		s.Close()
		time.Sleep(100 * time.Millisecond)
	}
	slices.Sort(times)
	fmt.Printf("wall_ms_median=%.1f\nrows=%d\nrequests=%d\nsubscriptions=%d\n", times[len(times)/2], rows, tr.n.Load(), *n)
}

func fail(what string, err error) {
	fmt.Fprintf(os.Stderr, "renewals: %s: %v\n", what, err)
	os.Exit(1)
}
