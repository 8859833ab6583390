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
// counting wrapper around the transport; the "unpaced" run walks the same
// rate-limited sandbox with WithRateLimit(0, 0), the baseline for the pace.
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
	}
	modes := []mode{
		{"concurrent", nil, 0, *runs},
		{"sequential", []paystack.Option{paystack.WithConcurrency(1)}, 0, max(*runs/2, 1)},
	}
	if *rate > 0 {
		// The client as it is, then without pacing: what pacing saves.
		modes = append(modes, mode{"limited", nil, *rate, 1},
			mode{"unpaced", []paystack.Option{paystack.WithRateLimit(0, 0)}, *rate, 1})
	}
	for _, m := range modes {
		var firsts, alls []float64
		var last walkResult
		for range m.runs {
			srv.SetRateLimit(m.rate) // a fresh, full bucket for each walk
			r, err := walk(key, base, m.opts)
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
	return r, err
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
