package setup_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/setup"
)

// chosen puts the demo's Chinedu Okafor Academy in the session as the
// subaccount chosen for systeme.io and returns its code.
func chosen(t *testing.T, s *setup.Session) string {
	t.Helper()
	subs, err := s.ListSubaccounts(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, sa := range subs {
		if sa.BusinessName == "Chinedu Okafor Academy" {
			s.ChooseSubaccount(sa, "", false)
			return sa.Code
		}
	}
	t.Fatal("no Chinedu Okafor Academy")
	return ""
}

// The session's watcher judges charges against the subaccount chosen in
// the session, on the session's clock: a test's Sleep is every wait.
func TestWatchChargesJudgesByTheChosenSubaccount(t *testing.T) {
	w := newWorld(t)
	var waits []time.Duration
	o := w.options()
	o.Sleep = func(ctx context.Context, d time.Duration) error {
		waits = append(waits, d)
		w.now = w.now.Add(d)
		return ctx.Err()
	}
	s, _, err := setup.Open(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.WatchCharges(nil) != nil {
		t.Fatal("a watcher without a key")
	}
	if err := s.StoreKey(context.Background(), demoKey(t)); err != nil {
		t.Fatal(err)
	}
	code := chosen(t, s)
	watch := s.WatchCharges(nil)
	if err := watch.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	ref, _ := w.srv.AddPurchase(sandbox.ModeTest, sandbox.Purchase{Subaccount: code})
	got, err := watch.Next(context.Background(), w.now.Add(time.Minute))
	if err != nil || len(got) != 1 || got[0].Reference != ref || !got[0].Routed {
		t.Fatalf("got %+v, %v", got, err)
	}
	if len(waits) == 0 {
		t.Error("the watcher did not wait through the session's Sleep")
	}
}

// The demo's purchase arrives after DemoPurchaseDelay on the session's
// clock, split with the chosen subaccount, in the key's mode; esc before
// then makes none; outside the demo nothing is made.
func TestMakeDemoPurchase(t *testing.T) {
	w := newWorld(t)
	w.demo = true
	type made struct {
		mode paystack.Mode
		sub  string
	}
	var purchases []made
	var waited []time.Duration
	o := w.options()
	o.DemoPurchase = func(mode paystack.Mode, sub string) error {
		purchases = append(purchases, made{mode, sub})
		return nil
	}
	o.Sleep = func(ctx context.Context, d time.Duration) error { waited = append(waited, d); return ctx.Err() }
	s, _, err := setup.Open(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.StoreKey(context.Background(), demoKey(t)); err != nil {
		t.Fatal(err)
	}
	code := chosen(t, s)
	if err := s.MakeDemoPurchase(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(purchases) != 1 || purchases[0] != (made{paystack.ModeTest, code}) || len(waited) != 1 || waited[0] != setup.DemoPurchaseDelay {
		t.Fatalf("purchases %v after waits %v", purchases, waited)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.MakeDemoPurchase(ctx); !errors.Is(err, context.Canceled) || len(purchases) != 1 {
		t.Errorf("canceled: %v, purchases %v", err, purchases)
	}

	w2 := newWorld(t)
	o2 := w2.options()
	o2.DemoPurchase = o.DemoPurchase
	real, _, err := setup.Open(context.Background(), o2)
	if err != nil {
		t.Fatal(err)
	}
	defer real.Close()
	if err := real.MakeDemoPurchase(context.Background()); err != nil || len(purchases) != 1 {
		t.Errorf("outside the demo: %v, purchases %v", err, purchases)
	}
}

// The test purchase and systeme.io's answer are kept per mode and come
// back on the next run.
func TestRecordPurchaseAndWhatSystemeShowed(t *testing.T) {
	w := newWorld(t)
	s := w.withKey()
	code := chosen(t, s)
	s.RecordSystemePaid(true) // nothing to attach it to yet
	if _, ok := s.State().Purchases[string(s.Mode())]; ok {
		t.Fatal("a purchase before any was recorded")
	}
	watch := s.WatchCharges(nil)
	_ = watch.Start(context.Background())
	ref, _ := w.srv.AddPurchase(sandbox.ModeTest, sandbox.Purchase{Subaccount: code, Amount: 120000})
	got, err := watch.Next(context.Background(), w.now.Add(time.Minute))
	if err != nil || len(got) != 1 {
		t.Fatalf("%+v %v", got, err)
	}
	s.RecordPurchase(got[0])
	s.RecordSystemePaid(false)
	s = w.reopen(s)
	p, ok := s.State().Purchases[string(s.Mode())]
	if !ok || p.Reference != ref || p.Amount != 120000 || p.Currency != "NGN" || !p.Routed || p.SubaccountCode != code ||
		p.PaidAt.IsZero() || p.SystemePaid == nil || *p.SystemePaid {
		t.Fatalf("kept %+v", p)
	}
	if live := s.State().Purchases["live"]; live.Reference != "" {
		t.Errorf("recorded for live mode too: %+v", live)
	}
}

// A setup whose summary was reached before the test purchase step existed
// stays the audit on a rerun; one stopped before its summary goes on with
// the purchase.
func TestPurchaseStepPendingOnlyBeforeTheSummary(t *testing.T) {
	w := newWorld(t)
	s := w.open()
	for _, id := range []string{"welcome", "key", "subaccount", "systeme", "ipwhitelist", "webhook", "checkout"} {
		s.MarkDone(id)
	}
	if got := s.FirstUnfinished(); got != "purchase" {
		t.Errorf("stopped after checkout, resumes at %q", got)
	}
	s.MarkDone("summary")
	if got := s.FirstUnfinished(); got != "" || s.Pending("purchase") {
		t.Errorf("finished before the step existed, resumes at %q", got)
	}
}
