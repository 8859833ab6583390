// Command fetch measures loading every subaccount the way the picker does
// (paystack.Client.AllSubaccounts) from a sandbox served on loopback TCP with
// added latency: the time until the first page is in hand (the picker is
// usable from then on), the time until the last, and how many 429s a rate
// limit produced. The same walk with one page at a time is the baseline.
//
//	go run ./bench/fetch -subaccounts 10000 -latency 20ms -rate 50
//
// Output is key=value lines (times in ms). The client is built as the real
// binary builds it (default HTTP transport, concurrency and pace), with only a
// counting wrapper around the transport; the "limited_rerun" walk starts
// from the pace the "limited" walk learned, as the next run of the same
// profile would; the "unpaced" run walks the same rate-limited sandbox with
// WithRateLimit(0, 0), the baseline for the pace.
package main

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"os"
	"slices"
	"sync/atomic"
	"time"

	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
)

type counting struct {
	next              http.RoundTripper
	requests, tooMany atomic.Int64
}

func (c *counting) RoundTrip(r *http.Request) (*http.Response, error) {
	c.requests.Add(1)
	resp, err := c.next.RoundTrip(r)
	if err == nil && resp.StatusCode == http.StatusTooManyRequests {
		c.tooMany.Add(1)
	}
	return resp, err
}

type walkResult struct {
	firstPage, all      time.Duration
	items               int
	requests, status429 int64
	// learned is the pace the walk learned for a rerun to start from.
	learned   paystack.Pace
	learnedOK bool
}

func main() {
	subs := flag.Int("subaccounts", 10000, "generated subaccounts in the sandbox")
	latency := flag.Duration("latency", 20*time.Millisecond, "latency the sandbox adds to every request")
	runs := flag.Int("runs", 5, "walks per mode; the median is reported")
	rate := flag.Int("rate", 50, "requests per second the rate-limited run allows (0 skips that run)")
	flag.Parse()

	srv := sandbox.New(sandbox.Options{Latency: *latency, Subaccounts: *subs})
	base, stop, err := srv.Listen("127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, "fetch: could not serve the sandbox on loopback:", err)
		os.Exit(1)
	}
	defer stop()
	key, err := paystack.ParseSecretKey(sandbox.DemoTestKey)
	if err != nil {
		fmt.Fprintln(os.Stderr, "fetch: the sandbox demo key does not parse:", err)
		os.Exit(1)
	}

	type mode struct {
		name string
		opts []paystack.Option
		rate int
		runs int
		// rerun: start each walk from the pace the last walk of the mode
		// before learned, as the next run of the same profile would.
		rerun bool
	}
	modes := []mode{
		{"concurrent", nil, 0, *runs, false},
		{"sequential", []paystack.Option{paystack.WithConcurrency(1)}, 0, max(*runs/2, 1), false},
	}
	if *rate > 0 {
		// The client as it is, then without pacing: what pacing saves.
		modes = append(modes, mode{"limited", nil, *rate, 1, false},
			mode{"limited_rerun", nil, *rate, 1, true},
			mode{"unpaced", []paystack.Option{paystack.WithRateLimit(0, 0)}, *rate, 1, false})
	}
	var before walkResult // the last walk of the mode before
	for _, m := range modes {
		var firsts, alls []float64
		var last walkResult
		for range m.runs {
			srv.SetRateLimit(m.rate) // a fresh, full bucket for each walk
			opts := m.opts
			if m.rerun && before.learnedOK {
				opts = append(slices.Clip(opts), resume(before.learned))
			}
			r, err := walk(key, base, opts)
			if err != nil {
				fmt.Fprintf(os.Stderr, "fetch: %s walk failed: %v\n", m.name, err)
				fmt.Printf("%s_error=%q\n", m.name, err.Error())
				os.Exit(1)
			}
			firsts = append(firsts, ms(r.firstPage))
			alls = append(alls, ms(r.all))
			last = r
			time.Sleep(200 * time.Millisecond) // let a rate limiter's window pass between walks
		}
		fmt.Printf("%s_first_page_ms=%.1f\n", m.name, median(firsts))
		fmt.Printf("%s_all_ms=%.1f\n", m.name, median(alls))
		fmt.Printf("%s_items=%d\n", m.name, last.items)
		fmt.Printf("%s_requests=%d\n", m.name, last.requests)
		fmt.Printf("%s_429s=%d\n", m.name, last.status429)
		if m.rerun {
			if before.learnedOK {
				fmt.Printf("%s_from_per_second=%.0f\n%s_from_limited=%v\n", m.name, before.learned.PerSecond, m.name, before.learned.Limited)
			} else {
				fmt.Printf("%s_from_per_second=none\n", m.name)
			}
		}
		before = last
	}
	fmt.Printf("rate_limit=%d\n", *rate)
	fmt.Printf("latency_ms=%d\n", latency.Milliseconds())
}

func walk(key paystack.SecretKey, base string, extra []paystack.Option) (walkResult, error) {
	tr := &counting{next: http.DefaultTransport}
	opts := append([]paystack.Option{paystack.WithBaseURL(base), paystack.WithHTTPClient(&http.Client{Transport: tr})}, extra...)
	client := paystack.New(key, opts...)
	var r walkResult
	start := time.Now()
	all, err := client.AllSubaccounts(context.Background(), func(p paystack.SubaccountsPage) {
		if r.firstPage == 0 {
			r.firstPage = time.Since(start)
		}
	})
	r.all = time.Since(start)
	r.items = len(all)
	r.requests, r.status429 = tr.requests.Load(), tr.tooMany.Load()
	r.learned, r.learnedOK = client.LearnedPace()
	return r, err
}

// resume is an option that starts a client from a learned pace, as the
// next run of a profile does (setup.Session).
func resume(p paystack.Pace) paystack.Option {
	return func(c *paystack.Client) { c.ResumePace(p) }
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func median(v []float64) float64 {
	slices.Sort(v)
	n := len(v)
	if n%2 == 1 {
		return v[n/2]
	}
	return (v[n/2-1] + v[n/2]) / 2
}
