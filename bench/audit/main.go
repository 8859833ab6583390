// Command audit times checks.Run, the audit every rerun of the wizard and
// `paystack-setup audit` perform, against a sandbox on loopback TCP that adds
// latency to each request. The baseline is the same run with Paystack calls
// forced one after another, which is what an audit that asks check by check
// would cost.
//
//	go run ./bench/audit -latency 100ms -runs 5
//
// The run includes the webhook probe (--probe-webhook), answered by an
// in-process endpoint after the same latency, so an audit makes five
// requests: balance, the saved subaccount, the last 30 days of successful
// charges, the subscriptions, the webhook URL.
//
// With -write-state ROOT -base URL it only saves a finished-looking profile
// "default" under ROOT (the first subaccount at URL as the saved one), so
// that scripts/bench can time the binary's own `audit` against that sandbox.
//
// Output is key=value lines (times in ms).
package main

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"os"
	"slices"
	"sync"
	"time"

	"paystack-setup/checks"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/state"
)

// oneAtATime lets a single Paystack call through at a time: the same checks,
// run one after another.
type oneAtATime struct {
	mu   sync.Mutex
	next checks.API
}

func (o *oneAtATime) Balance(ctx context.Context) ([]paystack.Balance, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.next.Balance(ctx)
}

func (o *oneAtATime) FetchSubaccount(ctx context.Context, code string) (paystack.Subaccount, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.next.FetchSubaccount(ctx, code)
}

func (o *oneAtATime) AllTransactions(ctx context.Context, q paystack.TransactionQuery) ([]paystack.Transaction, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.next.AllTransactions(ctx, q)
}

func (o *oneAtATime) AllSubscriptions(ctx context.Context, q paystack.SubscriptionQuery, onPage func(paystack.SubscriptionsPage)) ([]paystack.Subscription, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.next.AllSubscriptions(ctx, q, onPage)
}

// slowEndpoint is the merchant's webhook URL: it answers HEAD after latency,
// without leaving the process.
type slowEndpoint struct {
	latency time.Duration
	count   *counting
}

func (e slowEndpoint) RoundTrip(r *http.Request) (*http.Response, error) {
	e.count.add()
	select {
	case <-time.After(e.latency):
	case <-r.Context().Done():
		return nil, r.Context().Err()
	}
	return &http.Response{StatusCode: http.StatusOK, Status: "200 OK", Header: http.Header{}, Body: http.NoBody, Request: r}, nil
}

// serialized lets a single probe through at a time, sharing the lock with
// the Paystack calls in the one-after-another baseline.
type serialized struct {
	mu   *sync.Mutex
	next http.RoundTripper
}

func (s serialized) RoundTrip(r *http.Request) (*http.Response, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.next.RoundTrip(r)
}

// counting tells how many requests an audit sent, so the table can say what
// "one round trip" covers.
type counting struct {
	mu sync.Mutex
	n  int
}

func (c *counting) add() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func (c *counting) RoundTrip(r *http.Request) (*http.Response, error) {
	c.add()
	return http.DefaultTransport.RoundTrip(r)
}

func main() {
	latency := flag.Duration("latency", 100*time.Millisecond, "latency the sandbox adds to every request")
	runs := flag.Int("runs", 5, "audits per mode; the median is reported")
	writeState := flag.String("write-state", "", "only save a finished profile \"default\" under this state root, then exit")
	stateBase := flag.String("base", "", "with -write-state: the sandbox whose first subaccount is saved")
	flag.Parse()
	if *writeState != "" {
		if err := saveProfile(*writeState, *stateBase); err != nil {
			fail("could not save the profile", err)
		}
		return
	}

	srv := sandbox.New(sandbox.Options{})
	base, stop, err := srv.Listen("127.0.0.1:0")
	if err != nil {
		fail("could not serve the sandbox on loopback", err)
	}
	defer stop()
	key, err := paystack.ParseSecretKey(sandbox.DemoTestKey)
	if err != nil {
		fail("the sandbox demo key does not parse", err)
	}
	tr := &counting{}
	client := paystack.New(key, paystack.WithBaseURL(base), paystack.WithHTTPClient(&http.Client{Transport: tr}))
	subs, _, err := client.ListSubaccounts(context.Background(), 1, 1)
	if err != nil || len(subs) == 0 {
		fail("the sandbox has no subaccount to audit", err)
	}
	st := finishedState("bench", subs[0].Code)
	srv.SetLatency(*latency)

	endpoint := slowEndpoint{latency: *latency, count: tr}
	baseline := &oneAtATime{next: client}
	for _, mode := range []struct {
		name  string
		api   checks.API
		probe http.RoundTripper
	}{
		{"concurrent", client, endpoint},
		{"sequential", baseline, serialized{mu: &baseline.mu, next: endpoint}},
	} {
		var times []float64
		var results int
		for range *runs {
			tr.mu.Lock()
			tr.n = 0
			tr.mu.Unlock()
			start := time.Now()
			rep := checks.Run(context.Background(), checks.Input{
				Profile: "bench", State: st, Key: key, Client: mode.api,
				ProbeWebhook: true, ProbeClient: &http.Client{Transport: mode.probe},
			})
			times = append(times, float64(time.Since(start).Microseconds())/1000)
			results = len(rep.Results)
			if rep.Summary[checks.Error] > 0 {
				for _, r := range rep.Results {
					if r.Status == checks.Error {
						fmt.Fprintf(os.Stderr, "audit: check %s could not be made: %s\n", r.ID, r.Detail)
					}
				}
			}
		}
		slices.Sort(times)
		fmt.Printf("%s_ms=%.1f\n", mode.name, times[len(times)/2])
		fmt.Printf("%s_checks=%d\n", mode.name, results)
		tr.mu.Lock()
		fmt.Printf("%s_requests=%d\n", mode.name, tr.n)
		tr.mu.Unlock()
	}
	fmt.Printf("latency_ms=%d\n", latency.Milliseconds())
}

// finishedState is a finished setup, so that every check that asks Paystack does ask.
func finishedState(profile, subaccount string) state.State {
	return state.State{
		Schema: state.SchemaVersion, Profile: profile, Country: "NG", Currency: "NGN", Mode: string(paystack.ModeTest),
		Subaccount:       &state.SubaccountRef{Code: subaccount, Currency: "NGN"},
		SystemeConnected: true,
		IPWhitelist:      map[string]bool{"test": true},
		WebhookURL:       map[string]string{"test": "https://api.systeme.io/paystack/webhook/bench"},
	}
}

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
	return h.Save(finishedState("default", subs[0].Code))
}

func fail(what string, err error) {
	fmt.Fprintf(os.Stderr, "audit: %s: %v\n", what, err)
	fmt.Printf("error=%q\n", what)
	os.Exit(1)
}
