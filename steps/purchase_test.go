package steps_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/setup"
	"paystack-setup/steps"
	"paystack-setup/steps/steptest"
)

// buyWorld is a merchant at the test purchase: their key, Chinedu Okafor
// Academy chosen for systeme.io, and every step before done, on a sandbox
// and a session that share a clock whose waits take no time. buy runs
// after the watcher's (or the demo's) nth wait, as a customer paying
// while the wizard watches.
type buyWorld struct {
	t      *testing.T
	root   string
	srv    *sandbox.Server
	keys   *keystore.Store
	now    time.Time
	waits  []time.Duration
	buy    map[int]sandbox.Purchase // after the nth wait
	bought []string                 // references, in order
	chosen string
	demo   bool
}

func newBuyWorld(t *testing.T, key string) *buyWorld {
	t.Helper()
	w := &buyWorld{t: t, root: t.TempDir(), now: time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC), buy: map[int]sandbox.Purchase{}}
	w.srv = sandbox.New(sandbox.Options{Now: func() time.Time { return w.now }})
	w.keys = keystore.New(keystore.Options{Backend: keystore.NewMemoryBackend(), Dir: w.root, Getenv: func(string) string { return "" }})
	k, err := paystack.ParseSecretKey(key)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.keys.Set(context.Background(), "default", k); err != nil {
		t.Fatal(err)
	}
	s := w.open()
	_ = s.RecordCountry("NG")
	subs, err := s.ListSubaccounts(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, sa := range subs {
		if sa.BusinessName == "Chinedu Okafor Academy" {
			s.ChooseSubaccount(sa, "", false)
			w.chosen = sa.Code
		}
	}
	if _, _, err := s.RecordWebhookURL(systemeHook); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"welcome", "key", "subaccount", "systeme", "ipwhitelist", "webhook", "checkout"} {
		s.MarkDone(id)
	}
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	_ = s.Close()
	return w
}

// open is a run of the wizard on the profile.
func (w *buyWorld) open() *setup.Session {
	w.t.Helper()
	hc := &http.Client{Transport: w.srv.Transport()}
	s, _, err := setup.Open(context.Background(), setup.Options{
		Profile: "default", Demo: w.demo, StateRoot: w.root, Keys: w.keys,
		NewClient: func(k paystack.SecretKey) *paystack.Client {
			return paystack.New(k, paystack.WithBaseURL(sandbox.BaseURL), paystack.WithHTTPClient(hc), paystack.WithMaxRetries(0))
		},
		Now: func() time.Time { return w.now },
		Sleep: func(ctx context.Context, d time.Duration) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			w.now = w.now.Add(d)
			w.waits = append(w.waits, d)
			if p, ok := w.buy[len(w.waits)]; ok {
				ref, err := w.srv.AddPurchase(sandbox.Mode(w.keyMode()), p)
				if err != nil {
					w.t.Fatal(err)
				}
				w.bought = append(w.bought, ref)
			}
			return nil
		},
		DemoPurchase: func(mode paystack.Mode, sub string) error {
			ref, err := w.srv.AddPurchase(sandbox.Mode(mode), sandbox.Purchase{Subaccount: sub, Email: "demo.buyer@example.com"})
			w.bought = append(w.bought, ref)
			return err
		},
	})
	if err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(func() { _ = s.Close() })
	return s
}

// code is the sandbox's code for a subaccount of the key's mode.
func (w *buyWorld) code(name string) string {
	w.t.Helper()
	s := w.open()
	defer s.Close()
	subs, err := s.ListSubaccounts(context.Background(), nil)
	if err != nil {
		w.t.Fatal(err)
	}
	for _, sa := range subs {
		if sa.BusinessName == name {
			return sa.Code
		}
	}
	w.t.Fatalf("no subaccount %q", name)
	return ""
}

func (w *buyWorld) keyMode() paystack.Mode {
	k, _, err := w.keys.Get(context.Background(), "default")
	if err != nil {
		w.t.Fatal(err)
	}
	return k.Mode()
}

// run walks the purchase step (and the webhook step it may open) as the
// wizard does, and returns the transcript.
func (w *buyWorld) run(answers ...steptest.Answer) (*steptest.Prompter, error) {
	w.t.Helper()
	p := steptest.New(w.t, answers...)
	err := steps.Run(context.Background(), w.open(), p, []steps.Step{steps.Webhook, steps.Purchase})
	return p, err
}

// The merchant presses enter and buys: the wizard says what to do and
// where the money should go, waits saying for what, shows the payment
// arriving (amount, reference, the customer masked) split with the
// subaccount, and keeps it with systeme.io's answer.
func TestPurchaseShowsTheRoutedPaymentAndKeepsIt(t *testing.T) {
	w := newBuyWorld(t, sandbox.DemoTestKey)
	w.buy[2] = sandbox.Purchase{Subaccount: w.chosen, Amount: 1500000, Email: "amaka.uche@example.com"}
	p, err := w.run(steptest.Enter(), steptest.ChooseLabel(msg.StBuySystemeYes))
	if err != nil {
		t.Fatal(err)
	}
	said(t, p,
		"pay with a Paystack test card", `"Test Payments" page (paystack.com/docs/payments/test-payments)`,
		"The payment should be split with your subaccount Chinedu Okafor Academy ("+w.chosen+").",
		"? Choose Press enter, then buy",
		"… Waiting for a payment to reach Paystack in test mode (up to 10 minutes)…",
		"Paystack received NGN 15,000.00 on 2026-03-10 12:00 UTC (reference "+w.bought[0]+", customer a***@example.com).",
		"It was split with your subaccount Chinedu Okafor Academy ("+w.chosen+").",
		"Look for the order of this purchase in systeme.io (customer a***@example.com).",
		"? Choose Does systeme.io show this order as paid?")
	if strings.Contains(p.Transcript(), "amaka.uche") {
		t.Error("the customer's email is shown whole")
	}
	st := saved(t, w.root)
	got := st.Purchases["test"]
	if got.Reference != w.bought[0] || got.Amount != 1500000 || !got.Routed || got.SystemePaid == nil || !*got.SystemePaid || !st.IsDone("purchase") {
		t.Fatalf("saved %+v, done %v", st.Purchases, st.IsDone("purchase"))
	}
}

// Not split with the subaccount, or split with another one: the wizard
// says so and what to choose in systeme.io; systeme.io not showing the
// order paid points at the test webhook field; both are kept.
func TestPurchaseNotRoutedAndNotPaidInSysteme(t *testing.T) {
	w := newBuyWorld(t, sandbox.DemoTestKey)
	w.buy[1] = sandbox.Purchase{}
	p, err := w.run(steptest.Enter(), steptest.ChooseLabel(msg.StBuySystemeNo), steptest.ChooseLabel(msg.StBuyContinue))
	if err != nil {
		t.Fatal(err)
	}
	said(t, p,
		"It was not split with your subaccount Chinedu Okafor Academy ("+w.chosen+"): all of it went to your main Paystack account.",
		"choose Chinedu Okafor Academy ("+w.chosen+") in the subaccount drop-down menu and click Save.",
		"systeme.io did not mark it paid. The likely cause is the webhook URL",
		"check that the Test Webhook URL field holds the webhook URL systeme.io shows.",
		"[1] fix the webhook URL (w)")
	got := saved(t, w.root).Purchases["test"]
	if got.Routed || got.SubaccountCode != "" || got.SystemePaid == nil || *got.SystemePaid {
		t.Fatalf("saved %+v", got)
	}

	other := newBuyWorld(t, sandbox.DemoTestKey)
	bakes := other.code("Ngozi Bakes")
	other.buy[1] = sandbox.Purchase{Subaccount: bakes}
	p, err = other.run(steptest.Enter(), steptest.ChooseLabel(msg.StBuySystemeYes))
	if err != nil {
		t.Fatal(err)
	}
	said(t, p, "It was split with another subaccount, Ngozi Bakes ("+bakes+"), not with Chinedu Okafor Academy ("+other.chosen+").")
}

// "No" then "fix the webhook URL" opens the webhook step, and the walk
// comes back to the purchase, to buy again once it is fixed.
func TestPurchaseOpensTheWebhookStep(t *testing.T) {
	w := newBuyWorld(t, sandbox.DemoTestKey)
	w.buy[1] = sandbox.Purchase{Subaccount: w.chosen}
	p, err := w.run(steptest.Enter(), steptest.ChooseLabel(msg.StBuySystemeNo), steptest.ChooseLabel(msg.StBuyFixWebhook),
		steptest.ChooseLabel(msg.StHookDone), steptest.ChooseLabel(msg.StBuySkip))
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(p.Began()); got != "purchase webhook purchase" {
		t.Errorf("steps %q", got)
	}
}

// A failed payment is said with its reference and what to do, and the
// wizard waits again; the one that succeeds next is the purchase kept.
// One in another currency than the subaccount's says so.
func TestPurchaseFailedThenPaidInAnotherCurrency(t *testing.T) {
	w := newBuyWorld(t, sandbox.DemoTestKey)
	w.buy[1] = sandbox.Purchase{Subaccount: w.chosen, Status: "failed", Amount: 250000}
	w.buy[3] = sandbox.Purchase{Subaccount: w.chosen, Currency: "USD", Amount: 2000}
	p, err := w.run(steptest.Enter(), steptest.Enter(), steptest.ChooseLabel(msg.StBuySystemeYes))
	if err != nil {
		t.Fatal(err)
	}
	said(t, p,
		"Paystack received a payment of NGN 2,500.00 (reference "+w.bought[0]+"), but it failed.",
		"Paystack received USD 20.00",
		"It was paid in USD, and your subaccount is paid out in NGN.",
		"If you meant to sell only in NGN, check the currency of your prices in systeme.io.")
	if got := saved(t, w.root).Purchases["test"]; got.Reference != w.bought[1] {
		t.Errorf("kept %+v, want the paid one %s", got, w.bought[1])
	}
}

// esc while waiting stops watching and says how to go on; ten minutes with
// nothing says so too (on the session's clock: no test waits); skipping
// then finishes the step with nothing kept, for the summary to warn about.
func TestPurchaseStoppedQuietAndSkipped(t *testing.T) {
	w := newBuyWorld(t, sandbox.DemoTestKey)
	p, err := w.run(steptest.Enter(), steptest.Fail(steptest.OnWait, steps.ErrCanceled),
		steptest.Enter(), steptest.ChooseLabel(msg.StBuySkip))
	if err != nil {
		t.Fatal(err)
	}
	said(t, p, en(msg.StBuyStopped), en(msg.StBuyQuiet, 10))
	var waited time.Duration
	for _, d := range w.waits {
		waited += d
	}
	if waited != 10*time.Minute {
		t.Errorf("waited %v on the clock, want the 10 minutes the step says", waited)
	}
	st := saved(t, w.root)
	if len(st.Purchases) != 0 || !st.IsDone("purchase") {
		t.Errorf("skipped: kept %+v, done %v", st.Purchases, st.IsDone("purchase"))
	}
}

// esc on the first question goes back to the step before; ctrl+c stops.
func TestPurchaseBackAndInterrupt(t *testing.T) {
	w := newBuyWorld(t, sandbox.DemoTestKey)
	s := w.open()
	p := steptest.New(t, steptest.Back(steptest.OnChoose))
	if err := steps.Purchase.Run(context.Background(), s, p); err != steps.ErrBack {
		t.Errorf("back: %v", err)
	}
	p = steptest.New(t, steptest.Enter(), steptest.Interrupt(steptest.OnWait))
	if err := steps.Purchase.Run(context.Background(), s, p); err != steps.ErrInterrupted {
		t.Errorf("interrupt: %v", err)
	}
}

// A refusal waiting cannot cure (the key revoked) is said as a sentence,
// and the merchant can skip.
func TestPurchaseSaysPaystacksRefusal(t *testing.T) {
	w := newBuyWorld(t, sandbox.DemoTestKey)
	w.srv.RevokeKey(sandbox.DemoTestKey)
	p, err := w.run(steptest.Enter(), steptest.ChooseLabel(msg.StBuySkip))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(p.Transcript(), "Paystack") || !p.Said(msg.PaystackErrInvalidKey) {
		t.Errorf("the refusal was not said:\n%s", p.Transcript())
	}
}

// In live mode the purchase is a real payment the merchant refunds; the
// webhook field named is the live one.
func TestPurchaseInLiveMode(t *testing.T) {
	w := newBuyWorld(t, sandbox.DemoLiveKey)
	w.buy[1] = sandbox.Purchase{Subaccount: w.chosen}
	p, err := w.run(steptest.Enter(), steptest.ChooseLabel(msg.StBuySystemeNo), steptest.ChooseLabel(msg.StBuyContinue))
	if err != nil {
		t.Fatal(err)
	}
	said(t, p, "In live mode this is a real payment", "Refund customer", "How do I refund a customer?",
		"Waiting for a payment to reach Paystack in live mode", "the Live Webhook URL field")
	if strings.Contains(p.Transcript(), "test card") {
		t.Error("live mode talks of test cards")
	}
	if got := saved(t, w.root).Purchases["live"]; got.Reference == "" {
		t.Error("the live purchase was not kept for live mode")
	}
}

// The demo makes the purchase arrive DemoPurchaseDelay after the merchant
// asks, split with the chosen subaccount, after the watch's first look.
func TestPurchaseInTheDemo(t *testing.T) {
	w := newBuyWorld(t, sandbox.DemoTestKey)
	w.demo = true
	p, err := w.run(steptest.Enter(), steptest.ChooseLabel(msg.StBuySystemeYes))
	if err != nil {
		t.Fatal(err)
	}
	said(t, p, en(msg.StBuyIntroDemo), "customer d***@example.com", "It was split with your subaccount Chinedu Okafor Academy")
	if len(w.waits) == 0 || w.waits[0] != setup.DemoPurchaseDelay || len(w.bought) != 1 {
		t.Errorf("waits %v, bought %v; want the demo's delay, then one purchase", w.waits, w.bought)
	}
}

// Without a key there is nothing to watch: the step says so and lets the
// merchant skip.
func TestPurchaseWithoutAKey(t *testing.T) {
	s, _ := newSession(t, "")
	p := steptest.New(t, steptest.Enter(), steptest.ChooseLabel(msg.StBuySkip))
	if err := steps.Purchase.Run(context.Background(), s, p); err != nil {
		t.Fatal(err)
	}
	if !p.Said(msg.StBuyNoKey) || strings.Contains(p.Transcript(), "Waiting") {
		t.Errorf("without a key:\n%s", p.Transcript())
	}
}
