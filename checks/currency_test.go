package checks

import (
	"testing"

	"paystack-setup/paystack/sandbox"
	"paystack-setup/plans"
)

func TestCurrencyChecks(t *testing.T) {
	plan := func(cur string) []plans.Plan {
		return []plans.Plan{{Name: "P", Amount: 100000, Currency: cur, Interval: plans.Month}}
	}
	tests := []struct {
		name    string
		opts    sandbox.Options
		plans   []plans.Plan
		offline bool
		subject string
		want    Status
		detail  string
		fix     string
	}{
		{"NGN", sandbox.Options{}, plan("NGN"), false, "NGN", Pass, "supports NGN", ""},
		{"GHS", sandbox.Options{}, plan("GHS"), false, "GHS", Pass, "", ""},
		{"KES", sandbox.Options{}, plan("KES"), false, "KES", Pass, "", ""},
		{"ZAR", sandbox.Options{}, plan("ZAR"), false, "ZAR", Pass, "", ""},
		{"USD with international payments", sandbox.Options{USDBalance: true}, plan("USD"), false, "USD", Pass, "USD balance", ""},
		{"USD without", sandbox.Options{}, plan("USD"), false, "USD", Warn, "no USD balance", "Settings → Preferences"},
		{"USD offline", sandbox.Options{}, plan("USD"), true, "USD", Skip, "--offline", ""},
		// Paystack takes XOF and EGP, but systeme.io's article lists neither.
		{"XOF warns", sandbox.Options{}, plan("XOF"), false, "XOF", Warn, "article lists only GHS, NGN, KES and ZAR", "Ask systeme.io"},
		{"EGP warns", sandbox.Options{}, plan("EGP"), true, "EGP", Warn, "Paystack takes EGP", "EGP"},
		{"EUR fails", sandbox.Options{}, plan("EUR"), false, "EUR", Fail, "does not take payments in EUR", "GHS, NGN, KES or ZAR"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, tt.opts)
			f.in.State.Plans, f.in.Offline = tt.plans, tt.offline
			assertResult(t, find(t, f.run(t), "currency.supported", tt.subject), tt.want, tt.detail, tt.fix)
		})
	}
}

func TestUSDCheckErrorsWhenBalanceUnavailable(t *testing.T) {
	f := newFixture(t, sandboxOpts())
	f.in.State.Plans = []plans.Plan{{Name: "P", Amount: 1000, Currency: "USD", Interval: plans.Month}}
	f.srv.InjectFault(sandbox.Fault{Path: "/balance", Kind: sandbox.FaultStatus, Status: 500})
	assertResult(t, find(t, f.run(t), "currency.supported", "USD"), Error, "Could not check", "")
}

func TestNoPlansIsSaidOnce(t *testing.T) {
	f := newFixture(t, sandboxOpts())
	f.in.State.Plans = nil
	rep := f.run(t)
	for _, r := range rep.Results {
		if r.ID == "currency.supported" || r.ID == "plan.amount" {
			t.Errorf("%s reported without plans", r.ID)
		}
	}
	assertResult(t, find(t, rep, "plan.interval"), Skip, "No price plans", "--plans")
}
