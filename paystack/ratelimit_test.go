package paystack

import (
	"context"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"paystack-setup/paystack/sandbox"
)

// A large walk against the sandbox's token-bucket rate limiter (Retry-After
// 1s), on a fake clock shared by both sides so nothing really waits: refused
// pages are fetched again after the advertised wait and the walk finishes
// whole. (How many 429s a real-time walk draws is measured by bench/fetch.)
func TestAllSubaccountsFinishesUnderRateLimit(t *testing.T) {
	rec := &recorder{now: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	srv := sandbox.New(sandbox.Options{Subaccounts: 3000, RateLimit: 4, Now: rec.clock})
	key, err := ParseSecretKey(sandbox.DemoTestKey)
	if err != nil {
		t.Fatal(err)
	}
	c := New(key, WithBaseURL(sandbox.BaseURL), WithHTTPClient(&http.Client{Transport: srv.Transport()}), WithConcurrency(8))
	c.sleep, c.now, c.jitter = rec.sleep, rec.clock, func() float64 { return 0.5 }

	all, err := c.AllSubaccounts(context.Background(), nil)
	if err != nil {
		t.Fatalf("walk under a rate limit failed: %v", err)
	}
	if len(all) < 3000 {
		t.Errorf("got %d subaccounts, want all 3000 generated ones", len(all))
	}
}

// virtualClock stands in for time on both sides of a walk: a sleep moves the
// clock on by its wait and nothing really waits. Sleeps of concurrent workers
// can add up instead of overlapping, which only gives the server's bucket
// more time to refill: a 429 counted here would happen in real time too.
type virtualClock struct {
	mu  sync.Mutex
	now time.Time
}

func (v *virtualClock) clock() time.Time {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.now
}

func (v *virtualClock) sleep(ctx context.Context, d time.Duration) error {
	v.mu.Lock()
	if d > 0 {
		v.now = v.now.Add(d)
	}
	v.mu.Unlock()
	return ctx.Err()
}

// count429 counts the 429 answers that reach the client.
type count429 struct {
	next http.RoundTripper
	n    atomic.Int64
}

func (c *count429) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := c.next.RoundTrip(req)
	if err == nil && resp.StatusCode == http.StatusTooManyRequests {
		c.n.Add(1)
	}
	return resp, err
}

// walkUnderLimit walks subaccounts pages against the sandbox limiting to
// serverRate requests a second, on a virtual clock shared by both sides,
// and returns how many subaccounts came back and how many 429s were seen.
func walkUnderLimit(t *testing.T, subaccounts, serverRate int, opts ...Option) (int, int64, *Client) {
	t.Helper()
	vc := &virtualClock{now: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	srv := sandbox.New(sandbox.Options{Subaccounts: subaccounts, RateLimit: serverRate, Now: vc.clock})
	key, err := ParseSecretKey(sandbox.DemoTestKey)
	if err != nil {
		t.Fatal(err)
	}
	counter := &count429{next: srv.Transport()}
	c := New(key, append([]Option{WithBaseURL(sandbox.BaseURL), WithHTTPClient(&http.Client{Transport: counter})}, opts...)...)
	c.sleep, c.now, c.jitter = vc.sleep, vc.clock, func() float64 { return 0.5 }
	all, err := c.AllSubaccounts(context.Background(), nil)
	if err != nil {
		t.Fatalf("walk failed: %v", err)
	}
	return len(all), counter.n.Load(), c
}

// At the pace a client learns by default, a limiter of 50 a second (as
// deep as it is fast, the way the sandbox's is) never answers 429 over
// 10,000 subaccounts; an unpaced client trips it on the same walk.
func TestAllSubaccountsAtDefaultPaceDrawsNo429(t *testing.T) {
	got, n429, _ := walkUnderLimit(t, 10000, 50)
	if n429 != 0 {
		t.Errorf("%d × 429 at the default pace against a 50/s limiter", n429)
	}
	if got < 10000 {
		t.Errorf("got %d subaccounts, want all 10000", got)
	}
	if _, unpaced, _ := walkUnderLimit(t, 10000, 50, WithRateLimit(0, 0)); unpaced == 0 {
		t.Error("an unpaced walk drew no 429 either, so this test proves nothing about pacing")
	}
}

// A real limit below even the starting pace costs one overshoot: the
// requests on the wire when the first 429 came back (at most one per
// worker), then the whole client is slower and the walk finishes without
// another.
func TestAllSubaccountsAdaptsToALowerLimit(t *testing.T) {
	got, n429, c := walkUnderLimit(t, 10000, startRatePerSecond/2, WithConcurrency(defaultConcurrency))
	if got < 10000 {
		t.Errorf("got %d subaccounts, want all 10000", got)
	}
	if n429 == 0 || n429 > defaultConcurrency {
		t.Errorf("%d × 429 against a %d/s limiter, want one overshoot (1..%d)", n429, startRatePerSecond/2, defaultConcurrency)
	}
	if rate := c.pace.perSecond(); rate > startRatePerSecond/2 {
		t.Errorf("pace after 429s is %v/s, want at most the limit's %v/s", rate, float64(startRatePerSecond/2))
	}
}
