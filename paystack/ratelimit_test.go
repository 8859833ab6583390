package paystack

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
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
	return newLimitedSandbox(t, subaccounts, serverRate).walk(opts...)
}

// limitedSandbox is a sandbox limiting to rate requests a second (0: no
// limit) and the virtual clock of both sides, for walks one after another
// as runs of the tool would make them.
type limitedSandbox struct {
	t    *testing.T
	vc   *virtualClock
	srv  *sandbox.Server
	rate int
}

func newLimitedSandbox(t *testing.T, subaccounts, rate int) *limitedSandbox {
	vc := &virtualClock{now: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	return &limitedSandbox{t: t, vc: vc, rate: rate, srv: sandbox.New(sandbox.Options{Subaccounts: subaccounts, RateLimit: rate, Now: vc.clock})}
}

// walk lists every subaccount with a new client, from a full bucket.
func (l *limitedSandbox) walk(opts ...Option) (int, int64, *Client) {
	l.t.Helper()
	key, err := ParseSecretKey(sandbox.DemoTestKey)
	if err != nil {
		l.t.Fatal(err)
	}
	counter := &count429{next: l.srv.Transport()}
	base := []Option{WithBaseURL(sandbox.BaseURL), WithHTTPClient(&http.Client{Transport: counter}), WithClock(l.vc.clock, l.vc.sleep)}
	c := New(key, append(base, opts...)...)
	c.jitter = func() float64 { return 0.5 }
	l.srv.SetRateLimit(l.rate)
	all, err := c.AllSubaccounts(context.Background(), nil)
	if err != nil {
		l.t.Fatalf("walk failed: %v", err)
	}
	return len(all), counter.n.Load(), c
}

// resumed is a client option that starts the pace from what a run learned.
func resumed(p Pace, ok bool) Option {
	return func(c *Client) {
		if ok {
			c.ResumePace(p)
		}
	}
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

// What a walk of 10,000 subaccounts against a limiter of 50 a second (as
// deep as it is fast) learned starts the next run without costing it a
// 429 the first did not draw: the first walk's ramp past the limit, which
// the bucket absorbed, is not taken for a safe pace. A longer walk does draw
// a 429, and the next run keeps under the ceiling it set.
func TestARerunStartsFromWhatTheLastRunLearned(t *testing.T) {
	l := newLimitedSandbox(t, 10000, 50)
	got, first, c := l.walk()
	p, ok := c.LearnedPace()
	_, again, _ := l.walk(resumed(p, ok))
	if got < 10000 || first > 1 || again > first {
		t.Errorf("10,000 subaccounts against 50/s: %d × 429, then %d × 429 on the rerun from %+v (learned: %v); want at most 1, and no more on the rerun", first, again, p, ok)
	}

	long := newLimitedSandbox(t, 20000, 50)
	_, first, c = long.walk()
	p, ok = c.LearnedPace()
	if first == 0 || !ok || !p.Limited {
		t.Fatalf("20,000 subaccounts against 50/s drew %d × 429 and learned %+v (%v): this test needs a walk that meets the limit", first, p, ok)
	}
	_, again, rerun := long.walk(resumed(p, ok))
	if again > 1 {
		t.Errorf("the rerun under the ceiling of %v/s learned from %d × 429 drew %d × 429, want at most 1", p.PerSecond, first, again)
	}
	if rate := rerun.pace.perSecond(); rate > 50 {
		t.Errorf("the rerun ended at %v/s, above the limit of 50/s", rate)
	}
}

// onePerPage answers GET /subaccount with one subaccount a page, n pages:
// a walk long enough for the pace to be held at its top for a second,
// without the sandbox generating as many subaccounts.
type onePerPage struct{ n int }

func (o onePerPage) RoundTrip(r *http.Request) (*http.Response, error) {
	page, _ := strconv.Atoi(r.URL.Query().Get("page"))
	data := "[]"
	if page >= 1 && page <= o.n {
		data = fmt.Sprintf(`[{"id":%d,"subaccount_code":"ACCT_%d","business_name":"Shop %d"}]`, page, page, page)
	}
	body := fmt.Sprintf(`{"status":true,"message":"Subaccounts retrieved","data":%s,"meta":{"total":%d,"perPage":1,"page":%d,"pageCount":%d}}`, data, o.n, page, o.n)
	return &http.Response{StatusCode: http.StatusOK, Header: http.Header{"Content-Type": {"application/json"}},
		Body: io.NopCloser(strings.NewReader(body)), Request: r}, nil
}

// Where nothing limits, a walk long enough to hold the top pace for a
// second learns it, and the next run, started there, lists 101 pages in
// well under half the time a fresh client takes (on the shared virtual
// clock, so nothing really waits).
func TestARerunFromALearnedPaceIsFaster(t *testing.T) {
	l := newLimitedSandbox(t, 10000, 0)
	key, err := ParseSecretKey(sandbox.DemoTestKey)
	if err != nil {
		t.Fatal(err)
	}
	long := New(key, WithBaseURL(sandbox.BaseURL), WithHTTPClient(&http.Client{Transport: onePerPage{700}}), WithClock(l.vc.clock, l.vc.sleep))
	if all, err := long.AllSubaccounts(context.Background(), nil); err != nil || len(all) != 700 {
		t.Fatalf("the long walk: %d subaccounts, %v", len(all), err)
	}
	p, ok := long.LearnedPace()
	if !ok || p.Limited || p.PerSecond != maxRampPerSecond {
		t.Fatalf("700 pages with nothing limiting learned %+v (%v), want %v/s", p, ok, float64(maxRampPerSecond))
	}
	timed := func(opts ...Option) time.Duration {
		start := l.vc.clock()
		if got, n429, _ := l.walk(opts...); got < 10000 || n429 > 0 {
			t.Fatalf("%d subaccounts, %d × 429", got, n429)
		}
		return l.vc.clock().Sub(start)
	}
	fresh, rerun := timed(), timed(resumed(p, ok))
	if rerun > fresh/2 {
		t.Errorf("101 pages took %v from %v/s, %v from the default start: want well under half", rerun, p.PerSecond, fresh)
	}
}
