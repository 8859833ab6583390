package checks

import (
	"context"
	"slices"
	"testing"
	"time"

	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/state"
)

var auditNow = time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)

// clockedFixture is a healthy live setup whose sandbox and audit share a
// fixed clock, so charges can be placed inside or outside the window.
func clockedFixture(t *testing.T) *fixture {
	t.Helper()
	clock := func() time.Time { return auditNow }
	f := newFixture(t, sandbox.Options{Now: clock})
	f.in.Now = clock
	return f
}

func (f *fixture) purchase(t *testing.T, p sandbox.Purchase) string {
	t.Helper()
	ref, err := f.srv.AddPurchase(sandbox.ModeLive, p)
	if err != nil {
		t.Fatal(err)
	}
	f.srv.ResetCounters()
	return ref
}

func TestPaymentsRecent(t *testing.T) {
	t.Run("a successful charge in the window passes, naming it", func(t *testing.T) {
		f := clockedFixture(t)
		r := find(t, f.run(t), "payments.recent")
		assertResult(t, r, Pass, "The latest: NGN 5,000.00 on 2026-03-10 (reference T", "")
		if r.Evidence != EvidencePaystack || !contains(r.Title, "live mode") {
			t.Errorf("%+v", r)
		}
	})
	t.Run("the latest is named, not the first listed", func(t *testing.T) {
		f := clockedFixture(t)
		f.in.Now = func() time.Time { return auditNow.Add(20 * 24 * time.Hour) } // the fixture's charge is 20 days old
		ref := f.purchase(t, sandbox.Purchase{Subaccount: f.in.State.Subaccount.Code, Amount: 1250000, At: auditNow.Add(5 * 24 * time.Hour)})
		assertResult(t, find(t, f.run(t), "payments.recent"), Pass, "NGN 12,500.00 on 2026-03-15 (reference "+ref+")", "")
	})
	t.Run("none in the window warns, not fails", func(t *testing.T) {
		f := clockedFixture(t)
		f.in.Now = func() time.Time { return auditNow.Add(31 * 24 * time.Hour) }
		assertResult(t, find(t, f.run(t), "payments.recent"), Warn, "no successful payment in live mode", "Make a test purchase")
	})
	t.Run("failed and abandoned charges prove nothing", func(t *testing.T) {
		f := clockedFixture(t)
		f.in.Now = func() time.Time { return auditNow.Add(31 * 24 * time.Hour) }
		f.purchase(t, sandbox.Purchase{Status: "failed", At: auditNow.Add(30 * 24 * time.Hour)})
		f.purchase(t, sandbox.Purchase{Status: "abandoned", At: auditNow.Add(30 * 24 * time.Hour)})
		assertResult(t, find(t, f.run(t), "payments.recent"), Warn, "no successful payment", "test purchase")
	})
	t.Run("in test mode the fix names Paystack's test cards page", func(t *testing.T) {
		f := clockedFixture(t)
		key, _ := paystack.ParseSecretKey(sandbox.DemoTestKey)
		f.in.Key, f.in.Client = key, newClient(f.srv, key)
		f.in.Now = func() time.Time { return auditNow.Add(60 * 24 * time.Hour) }
		assertResult(t, find(t, f.run(t), "payments.recent"), Warn, "test mode", "paystack.com/docs/payments/test-payments")
	})
	t.Run("Paystack's failure is an error", func(t *testing.T) {
		f := clockedFixture(t)
		f.srv.InjectFault(sandbox.Fault{Path: "/transaction", Kind: sandbox.FaultStatus, Status: 502})
		rep := f.run(t)
		assertResult(t, find(t, rep, "payments.recent"), Error, "Could not check", "again")
		assertResult(t, find(t, rep, "payments.routed"), Error, "Could not check", "again")
	})
}

func TestPaymentsRouted(t *testing.T) {
	days := func(n int) time.Time { return auditNow.Add(-time.Duration(n) * 24 * time.Hour) }
	t.Run("every charge split with the chosen subaccount passes, naming it", func(t *testing.T) {
		f := clockedFixture(t)
		f.purchase(t, sandbox.Purchase{Subaccount: f.in.State.Subaccount.Code, At: days(4)})
		r := find(t, f.run(t), "payments.routed")
		assertResult(t, r, Pass, "Successful payments in the last 30 days: 2, every one split with Chinedu Okafor Academy ("+f.in.State.Subaccount.Code+")", "")
		if r.Evidence != EvidencePaystack {
			t.Errorf("evidence %s", r.Evidence)
		}
	})
	t.Run("charges that missed it fail, naming how many, the latest and the subaccount to choose", func(t *testing.T) {
		f := clockedFixture(t)
		ngozi := subaccountNamed(t, f.in.Client.(*paystack.Client), "Ngozi Bakes")
		f.purchase(t, sandbox.Purchase{At: days(9)})                              // not split: all to the main account
		latest := f.purchase(t, sandbox.Purchase{Subaccount: ngozi, At: days(2)}) // another subaccount
		code := f.in.State.Subaccount.Code
		r := find(t, f.run(t), "payments.routed")
		assertResult(t, r, Fail, "did not go to Chinedu Okafor Academy ("+code+"): 2 of 3. The latest: reference "+latest+", on 2026-03-08.",
			"choose Chinedu Okafor Academy ("+code+") in the subaccount drop-down menu")
		if r.Step != StepSysteme {
			t.Errorf("step %q: the fix is made in systeme.io", r.Step)
		}
	})
	t.Run("an unsplit charge before the window is not held against the setup", func(t *testing.T) {
		f := clockedFixture(t)
		f.purchase(t, sandbox.Purchase{At: days(45)})
		assertResult(t, find(t, f.run(t), "payments.routed"), Pass, "Successful payments in the last 30 days: 1", "")
	})
	t.Run("charges in another currency than the subaccount's warn", func(t *testing.T) {
		f := clockedFixture(t)
		f.purchase(t, sandbox.Purchase{Subaccount: f.in.State.Subaccount.Code, Currency: "USD", Amount: 2000, At: days(1)})
		assertResult(t, find(t, f.run(t), "payments.routed"), Warn, "which is paid out in NGN; 1 of them were in USD", "sell only in NGN")
	})
	t.Run("no charge to look at is a skip", func(t *testing.T) {
		f := clockedFixture(t)
		f.in.Now = func() time.Time { return auditNow.Add(40 * 24 * time.Hour) }
		assertResult(t, find(t, f.run(t), "payments.routed"), Skip, "No successful payment", "")
	})
	t.Run("no subaccount chosen is a skip", func(t *testing.T) {
		f := clockedFixture(t)
		f.in.State.Subaccount = nil
		assertResult(t, find(t, f.run(t), "payments.routed"), Skip, "No subaccount is chosen", "")
	})
}

// The demo's seeded charges are older than the window: whichever
// subaccount the demo picks, its audit waits for the merchant's own test
// purchase and judges that alone.
func TestTheDemoJudgesOnlyTheMerchantsOwnPurchase(t *testing.T) {
	f := clockedFixture(t)
	key, _ := paystack.ParseSecretKey(sandbox.DemoTestKey)
	f.in.Key, f.in.Client = key, newClient(f.srv, key)
	code := subaccountNamed(t, f.in.Client.(*paystack.Client), "Adaeze Fashion House")
	f.in.State.Subaccount.Code = code
	rep := f.run(t)
	assertResult(t, find(t, rep, "payments.recent"), Warn, "test mode", "test purchase")
	assertResult(t, find(t, rep, "payments.routed"), Skip, "No successful payment", "")
	if _, err := f.srv.AddPurchase(sandbox.ModeTest, sandbox.Purchase{Subaccount: code}); err != nil {
		t.Fatal(err)
	}
	rep = f.run(t)
	assertResult(t, find(t, rep, "payments.recent"), Pass, "NGN 5,000.00 on 2026-03-10", "")
	assertResult(t, find(t, rep, "payments.routed"), Pass, "every one split with Adaeze Fashion House", "")
}

// A server that ignores the status and date filters (Prism does, and a
// proxy might) cannot pass a failed or old charge off as a recent payment.
func TestPaymentsFiltersAgainWhatPaystackWasAskedToFilter(t *testing.T) {
	f := clockedFixture(t)
	f.in.Now = func() time.Time { return auditNow.Add(31 * 24 * time.Hour) }
	f.in.Client = ignoresFilters{f.in.Client.(*paystack.Client)}
	f.purchase(t, sandbox.Purchase{Status: "failed", At: auditNow.Add(30 * 24 * time.Hour)})
	assertResult(t, find(t, f.run(t), "payments.recent"), Warn, "no successful payment", "test purchase")
}

// ignoresFilters lists every charge, whatever was asked.
type ignoresFilters struct{ *paystack.Client }

func (c ignoresFilters) AllTransactions(ctx context.Context, _ paystack.TransactionQuery) ([]paystack.Transaction, error) {
	return c.Client.AllTransactions(ctx, paystack.TransactionQuery{})
}

// What the merchant saw in systeme.io after the wizard's test purchase:
// there only once they answered, for the audit's mode; paid is their word
// ("you confirmed", never Paystack's); not paid fails with the webhook
// field of that mode, and the webhook step to fix it.
func TestPaymentsSystemePaid(t *testing.T) {
	yes, no := true, false
	f := clockedFixture(t)
	if got := ids(f.run(t)); slices.Contains(got, "payments.systeme_paid") {
		t.Fatalf("checked before the merchant answered: %v", got)
	}
	f.in.State.Purchases = map[string]state.Purchase{"test": {Reference: "T1", Amount: 500000, Currency: "NGN", SystemePaid: &no}}
	if got := ids(f.run(t)); slices.Contains(got, "payments.systeme_paid") {
		t.Fatalf("a test mode answer judged in live mode: %v", got)
	}
	f.in.State.Purchases["live"] = state.Purchase{Reference: "T2", Amount: 500000, Currency: "NGN", SystemePaid: &yes}
	r := find(t, f.run(t), "payments.systeme_paid")
	assertResult(t, r, Pass, "You saw the order of NGN 5,000.00 (reference T2) marked paid in systeme.io.", "")
	if r.Evidence != EvidenceMerchant || !contains(r.Title, "live mode") {
		t.Errorf("%+v", r)
	}
	f.in.State.Purchases["live"] = state.Purchase{Reference: "T2", Amount: 500000, Currency: "NGN", SystemePaid: &no}
	r = find(t, f.run(t), "payments.systeme_paid")
	assertResult(t, r, Fail, "did not show the order of NGN 5,000.00 (reference T2) as paid", "Live Webhook URL")
	if r.Evidence != EvidenceMerchant || r.Step != StepWebhook {
		t.Errorf("%+v", r)
	}
}

// The summary opens the test purchase step from the payments check.
func TestPaymentsRecentIsFixedByTheTestPurchase(t *testing.T) {
	f := clockedFixture(t)
	f.in.Now = func() time.Time { return auditNow.Add(31 * 24 * time.Hour) }
	if r := find(t, f.run(t), "payments.recent"); r.Step != StepPurchase {
		t.Errorf("step %q, want %q", r.Step, StepPurchase)
	}
}
