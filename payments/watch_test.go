package payments

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"sync"
	"testing"
	"time"

	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
)

// clock is time for the watcher, the client and the sandbox: a Sleep moves
// Now at once, so no test waits; the watcher's sleeps are recorded apart
// from the client's, and a hook runs after each of them (a purchase made
// while the watcher waits).
type clock struct {
	mu      sync.Mutex
	now     time.Time
	waits   []time.Duration // the watcher's
	afterNp func(n int)     // after the watcher's nth sleep (1-based)
}

func newClock() *clock { return &clock{now: time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)} }

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(max(d, 0))
	c.mu.Unlock()
}

// clientSleep is the client's (retries, pace): time passes, nothing else.
func (c *clock) clientSleep(ctx context.Context, d time.Duration) error {
	c.advance(d)
	return ctx.Err()
}

// watcherSleep is the watcher's: recorded, then the hook.
func (c *clock) watcherSleep(ctx context.Context, d time.Duration) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	c.advance(d)
	c.mu.Lock()
	c.waits = append(c.waits, d)
	n, hook := len(c.waits), c.afterNp
	c.mu.Unlock()
	if hook != nil {
		hook(n)
	}
	return ctx.Err()
}

type world struct {
	t      *testing.T
	clk    *clock
	srv    *sandbox.Server
	client *paystack.Client
	chosen string // Chinedu Okafor Academy's code, in test mode
	other  string // Ngozi Bakes's
}

// newWorld is the demo's test integration (its seeded charges all older
// than the watch) and a client that does not retry by itself, so the
// watcher's own back-off is what a test sees.
func newWorld(t *testing.T) *world {
	t.Helper()
	w := &world{t: t, clk: newClock()}
	w.srv = sandbox.New(sandbox.Options{Now: w.clk.Now})
	key, err := paystack.ParseSecretKey(sandbox.DemoTestKey)
	if err != nil {
		t.Fatal(err)
	}
	w.client = paystack.New(key, paystack.WithBaseURL(sandbox.BaseURL),
		paystack.WithHTTPClient(&http.Client{Transport: w.srv.Transport()}),
		paystack.WithMaxRetries(0), paystack.WithClock(w.clk.Now, w.clk.clientSleep))
	subs, err := w.client.AllSubaccounts(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range subs {
		switch s.BusinessName {
		case "Chinedu Okafor Academy":
			w.chosen = s.Code
		case "Ngozi Bakes":
			w.other = s.Code
		}
	}
	if w.chosen == "" || w.other == "" {
		t.Fatal("the demo's subaccounts are missing")
	}
	return w
}

func (w *world) watcher(o Options) *Watcher {
	if o.Subaccount == "" {
		o.Subaccount = w.chosen
	}
	o.Now, o.Sleep = w.clk.Now, w.clk.watcherSleep
	return NewWatcher(w.client, o)
}

func (w *world) buy(p sandbox.Purchase) string {
	w.t.Helper()
	ref, err := w.srv.AddPurchase(sandbox.ModeTest, p)
	if err != nil {
		w.t.Fatal(err)
	}
	return ref
}

// next is Next with a deadline a minute away, so a test that is wrong ends
// with ErrQuiet instead of polling for ever.
func (w *world) next(wt *Watcher) ([]Charge, error) {
	return wt.Next(context.Background(), w.clk.Now().Add(time.Minute))
}

// Each charge made after the first look is reported once, with where it
// went: split with the chosen subaccount, not split, split with another,
// failed, and paid in another currency. Charges from before (the demo's
// seeded ones, and a purchase made just before the watch began) are not.
func TestWatcherReportsEachNewChargeOnceWithWhereItWent(t *testing.T) {
	w := newWorld(t)
	before := w.buy(sandbox.Purchase{Subaccount: w.chosen})
	wt := w.watcher(Options{})
	if err := wt.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name     string
		purchase sandbox.Purchase
		check    func(c Charge) bool
	}{
		{"routed", sandbox.Purchase{Subaccount: w.chosen, Amount: 250000, Email: "amaka.uche@example.com"}, func(c Charge) bool {
			return c.Routed && c.Paid() && c.Amount == 250000 && c.Currency == "NGN" && c.SubaccountCode == w.chosen &&
				c.SubaccountName == "Chinedu Okafor Academy" && !c.PaidAt.IsZero() && c.Email == "amaka.uche@example.com"
		}},
		{"not split", sandbox.Purchase{}, func(c Charge) bool { return !c.Routed && c.Paid() && c.SubaccountCode == "" }},
		{"another subaccount", sandbox.Purchase{Subaccount: w.other}, func(c Charge) bool {
			return !c.Routed && c.SubaccountCode == w.other && c.SubaccountName == "Ngozi Bakes"
		}},
		{"failed", sandbox.Purchase{Subaccount: w.chosen, Status: "failed"}, func(c Charge) bool {
			return !c.Paid() && c.Status == paystack.TransactionFailed && c.PaidAt.IsZero() && c.Routed
		}},
		{"another currency", sandbox.Purchase{Subaccount: w.chosen, Currency: "USD", Amount: 2000}, func(c Charge) bool {
			return c.Routed && c.Currency == "USD" && c.Amount == 2000
		}},
	}
	for _, tc := range cases {
		ref := w.buy(tc.purchase)
		got, err := w.next(wt)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if len(got) != 1 || got[0].Reference != ref || !tc.check(got[0]) {
			t.Errorf("%s: reported %+v, want only %s as described", tc.name, got, ref)
		}
		for _, c := range got {
			if c.Reference == before {
				t.Errorf("the purchase made before the watch began was reported")
			}
		}
	}
	// Nothing new: nothing is reported twice, and the deadline ends the wait.
	if got, err := w.next(wt); !errors.Is(err, ErrQuiet) || len(got) != 0 {
		t.Errorf("with nothing new: %+v, %v; want ErrQuiet", got, err)
	}
}

// Charges that arrive together come back together, oldest first; and a
// watch that was not asked for a while (the merchant pressed esc) reports
// what arrived meanwhile when asked again.
func TestWatcherReportsWhatArrivedMeanwhileInOrder(t *testing.T) {
	w := newWorld(t)
	wt := w.watcher(Options{})
	if err := wt.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	var want []string
	for range 3 {
		want = append(want, w.buy(sandbox.Purchase{Subaccount: w.chosen}))
		w.clk.advance(time.Minute)
	}
	got, err := w.next(wt)
	if err != nil {
		t.Fatal(err)
	}
	var refs []string
	for _, c := range got {
		refs = append(refs, c.Reference)
	}
	if !slices.Equal(refs, want) {
		t.Errorf("reported %v, want %v (oldest first)", refs, want)
	}
}

// More new charges between two looks than one page holds are all
// reported, from the following pages, and none of the old ones.
func TestWatcherReadsOnWhileAWholePageIsNew(t *testing.T) {
	w := newWorld(t)
	// A second apart, as Paystack dates them.
	for range pageSize + 10 {
		w.buy(sandbox.Purchase{Subaccount: w.chosen})
		w.clk.advance(time.Second)
	}
	wt := w.watcher(Options{})
	if err := wt.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	fresh := map[string]bool{}
	for range pageSize + 7 {
		fresh[w.buy(sandbox.Purchase{Subaccount: w.other})] = true
		w.clk.advance(time.Second)
	}
	got, err := w.next(wt)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range got {
		if !fresh[c.Reference] {
			t.Errorf("an old charge was reported: %s", c.Reference)
		}
		delete(fresh, c.Reference)
	}
	if len(fresh) != 0 {
		t.Errorf("%d new charges were not reported", len(fresh))
	}
}

// The watcher looks at most every PollEvery: each look but the first comes
// after a full PollEvery of the watcher's own waiting, and every look is
// one request.
func TestWatcherLooksAtMostEveryPollEvery(t *testing.T) {
	w := newWorld(t)
	wt := w.watcher(Options{})
	var ref string
	w.clk.afterNp = func(n int) {
		if n == 4 {
			ref = w.buy(sandbox.Purchase{Subaccount: w.chosen})
		}
	}
	w.srv.ResetCounters()
	got, err := w.next(wt)
	if err != nil || len(got) != 1 || got[0].Reference != ref {
		t.Fatalf("got %+v, %v", got, err)
	}
	looks := w.srv.RequestsTo("GET", "/transaction")
	if len(w.clk.waits) != 4 || looks != 5 {
		t.Errorf("%d looks after %d waits %v; want the first look, then one after each of 4 waits", looks, len(w.clk.waits), w.clk.waits)
	}
	for _, d := range w.clk.waits {
		if d != PollEvery {
			t.Errorf("waited %v between looks, want %v", d, PollEvery)
		}
	}
	// Asked again at once, it still waits its turn.
	w.clk.waits = nil
	w.clk.afterNp = nil
	if _, err := wt.Next(context.Background(), w.clk.Now().Add(PollEvery/2)); !errors.Is(err, ErrQuiet) {
		t.Errorf("Next before the next turn: %v, want ErrQuiet", err)
	}
	if looks := w.srv.RequestsTo("GET", "/transaction"); looks != 5 {
		t.Errorf("a look was made %v after the last one", PollEvery/2)
	}
}

// Under a storm of 429s the watcher waits longer after each: at least the
// Retry-After Paystack sends, doubling without one up to MaxPause; it says
// each pause, goes back to PollEvery once Paystack answers, and the charge
// made during the storm is reported once.
func TestWatcherBacksOffThroughA429Storm(t *testing.T) {
	w := newWorld(t)
	var pauses []time.Duration
	wt := w.watcher(Options{OnPause: func(p Pause) {
		if paystack.KindOf(p.Err) != paystack.KindRateLimited {
			t.Errorf("pause for %v, want the 429", p.Err)
		}
		pauses = append(pauses, p.Wait)
	}})
	if err := wt.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	w.srv.InjectFault(sandbox.Fault{Path: "/transaction", Kind: sandbox.FaultRateLimited, RetryAfter: "30", Count: 2})
	w.srv.InjectFault(sandbox.Fault{Path: "/transaction", Kind: sandbox.FaultRateLimited, Count: 5})
	ref := w.buy(sandbox.Purchase{Subaccount: w.chosen})
	got, err := wt.Next(context.Background(), w.clk.Now().Add(time.Hour))
	if err != nil || len(got) != 1 || got[0].Reference != ref {
		t.Fatalf("after the storm: %+v, %v", got, err)
	}
	wantPauses := []time.Duration{30 * time.Second, time.Minute, 2 * time.Minute, MaxPause, MaxPause, MaxPause, MaxPause}
	if !slices.Equal(pauses, wantPauses) {
		t.Errorf("pauses %v, want %v", pauses, wantPauses)
	}
	wantWaits := append([]time.Duration{PollEvery}, wantPauses...)
	if !slices.Equal(w.clk.waits, wantWaits) {
		t.Errorf("waits between looks %v, want %v", w.clk.waits, wantWaits)
	}
	w.clk.waits = nil
	if _, err := w.next(wt); !errors.Is(err, ErrQuiet) {
		t.Fatalf("after the storm, with nothing new: %v", err)
	}
	if len(w.clk.waits) == 0 || w.clk.waits[0] != PollEvery {
		t.Errorf("after the storm the watcher waits %v, want back to %v", w.clk.waits, PollEvery)
	}
}

// What waiting cannot cure ends the watch at once, as Paystack's own error:
// a key Paystack refuses, this computer's IP refused; and a cancel (esc,
// ctrl+c) ends it with the context's error.
func TestWatcherStopsOnWhatWaitingCannotCure(t *testing.T) {
	w := newWorld(t)
	wt := w.watcher(Options{})
	if err := wt.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	w.srv.InjectFault(sandbox.Fault{Path: "/transaction", Kind: sandbox.FaultIPNotAllowed})
	if _, err := w.next(wt); paystack.KindOf(err) != paystack.KindIPNotAllowed {
		t.Errorf("IP refused: %v", err)
	}
	w.srv.ClearFaults()
	w.srv.RevokeKey(sandbox.DemoTestKey)
	if _, err := w.next(wt); paystack.KindOf(err) != paystack.KindInvalidKey {
		t.Errorf("key refused: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	w.clk.afterNp = func(int) { cancel() }
	if _, err := wt.Next(ctx, time.Time{}); !errors.Is(err, context.Canceled) {
		t.Errorf("canceled: %v", err)
	}
}

// pages is a Lister that answers what a test sets, for what the sandbox
// cannot do: change a charge's status, or list an old charge late.
type pages struct{ answer [][]paystack.Transaction }

func (p *pages) ListTransactions(_ context.Context, q paystack.TransactionQuery) ([]paystack.Transaction, paystack.PageMeta, error) {
	if q.Page > len(p.answer) {
		return nil, paystack.PageMeta{Page: q.Page, PageCount: len(p.answer)}, nil
	}
	return p.answer[q.Page-1], paystack.PageMeta{Page: q.Page, PageCount: len(p.answer)}, nil
}

// A checkout opened before the watch and paid during it is reported when
// it is paid; one opened during the watch waits for its outcome; and a
// charge from before the first look that turns up late (past the first
// page) is not new.
func TestWatcherReportsAPendingChargeOnceItIsSettled(t *testing.T) {
	at := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	tx := func(ref string, status paystack.TransactionStatus, ago time.Duration) paystack.Transaction {
		return paystack.Transaction{Reference: ref, Status: status, Amount: 100, Currency: "NGN", CreatedAt: at.Add(-ago)}
	}
	var first []paystack.Transaction
	first = append(first, tx("opened", paystack.TransactionAbandoned, time.Minute))
	for i := range pageSize - 1 {
		first = append(first, tx(fmt.Sprint("old", i), paystack.TransactionSuccess, time.Hour+time.Duration(i)*time.Minute))
	}
	l := &pages{answer: [][]paystack.Transaction{first}}
	clk := newClock()
	wt := NewWatcher(l, Options{Now: clk.Now, Sleep: clk.watcherSleep})
	if err := wt.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	l.answer = [][]paystack.Transaction{{
		tx("new-pending", paystack.TransactionAbandoned, 0),
		tx("opened", paystack.TransactionSuccess, time.Minute),
		tx("late-old", paystack.TransactionSuccess, 200*time.Hour),
	}}
	got, err := wt.Next(context.Background(), clk.Now().Add(time.Minute))
	if err != nil || len(got) != 1 || got[0].Reference != "opened" {
		t.Fatalf("got %+v, %v; want only the checkout paid meanwhile", got, err)
	}
	l.answer[0][0].Status = paystack.TransactionFailed
	got, err = wt.Next(context.Background(), clk.Now().Add(time.Minute))
	if err != nil || len(got) != 1 || got[0].Reference != "new-pending" || got[0].Status != paystack.TransactionFailed {
		t.Fatalf("got %+v, %v; want the new checkout once it failed", got, err)
	}
	l.answer[0][0].Status = paystack.TransactionReversed
	if got, err := wt.Next(context.Background(), clk.Now().Add(time.Minute)); !errors.Is(err, ErrQuiet) {
		t.Errorf("a charge already reported came again: %+v, %v", got, err)
	}
}
