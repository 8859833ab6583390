package checks

import (
	"testing"

	"paystack-setup/msg"
	"paystack-setup/plans"
)

func TestPlanChecks(t *testing.T) {
	tests := []struct {
		name   string
		plan   plans.Plan
		id     string
		want   Status
		detail string
		fix    string
	}{
		{"monthly", plans.Plan{Name: "Gold", Amount: 500000, Currency: "NGN", Interval: plans.Month}, "plan.interval", Pass, "every month", ""},
		{"daily", plans.Plan{Name: "Gold", Amount: 500000, Currency: "NGN", Interval: plans.Day, IntervalCount: 1}, "plan.interval", Pass, "", ""},
		{"yearly", plans.Plan{Name: "Gold", Amount: 500000, Currency: "NGN", Interval: plans.Year}, "plan.interval", Pass, "", ""},
		{"one-time", plans.Plan{Name: "Ebook", Amount: 500000, Currency: "NGN"}, "plan.interval", Pass, "", ""},
		{"every 2 weeks", plans.Plan{Name: "Fortnight", Amount: 500000, Currency: "NGN", Interval: plans.Week, IntervalCount: 2}, "plan.interval", Fail, "does not support multiple intervals", "Fortnight"},
		{"hourly", plans.Plan{Name: "H", Amount: 500000, Currency: "NGN", Interval: plans.Hour}, "plan.interval", Fail, "only every day, week, month or year", "every day, week, month or year"},
		{"quarterly", plans.Plan{Name: "Q", Amount: 500000, Currency: "NGN", Interval: plans.Quarter}, "plan.interval", Fail, "multiple intervals", ""},
		{"half-yearly", plans.Plan{Name: "Half", Amount: 500000, Currency: "NGN", Interval: plans.HalfYear}, "plan.interval", Fail, "multiple intervals", ""},
		// Paystack documents one plan minimum: NGN 100 (its error reference).
		{"NGN at minimum", plans.Plan{Name: "Min", Amount: 10000, Currency: "NGN", Interval: plans.Month}, "plan.amount", Pass, "NGN 100.00", ""},
		{"NGN below minimum", plans.Plan{Name: "Tiny", Amount: 9999, Currency: "NGN", Interval: plans.Month}, "plan.amount", Fail, "below", "NGN 100.00"},
		{"NGN 50 is below it", plans.Plan{Name: "Fifty", Amount: 5000, Currency: "NGN", Interval: plans.Week}, "plan.amount", Fail, "NGN 50.00 is below", "NGN 100.00"},
		// None is published for any other currency, nor for a one-time price.
		{"GHS: not published", plans.Plan{Name: "G", Amount: 9, Currency: "GHS", Interval: plans.Month}, "plan.amount", Skip, "not published", ""},
		{"USD: not published", plans.Plan{Name: "U", Amount: 199, Currency: "USD", Interval: plans.Month}, "plan.amount", Skip, "not published", ""},
		{"ZAR: not published", plans.Plan{Name: "Z", Amount: 99, Currency: "ZAR", Interval: plans.Month}, "plan.amount", Skip, "ZAR plans is not published", ""},
		{"KES: not published", plans.Plan{Name: "K", Amount: 1, Currency: "KES", Interval: plans.Month}, "plan.amount", Skip, "not published", ""},
		{"one-time NGN: not published", plans.Plan{Name: "Ebook", Amount: 100, Currency: "NGN"}, "plan.amount", Skip, "one-time price is not published", ""},
		{"zero", plans.Plan{Name: "Free", Amount: 0, Currency: "NGN"}, "plan.amount", Fail, "not a price", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, sandboxOpts())
			f.in.State.Plans = []plans.Plan{tt.plan}
			f.in.Offline = true
			r := find(t, f.run(t), tt.id, tt.plan.Name)
			assertResult(t, r, tt.want, tt.detail, tt.fix)
			if !contains(r.Title, tt.plan.Name) {
				t.Errorf("title %q does not name plan %q", r.Title, tt.plan.Name)
			}
		})
	}
}

// TestAnInvalidIntervalSaysWhatItIs: saved answers (an older release, a file
// edited by hand) can hold a one-time price set to repeat, an interval word
// this build does not know, or an hourly plan. Each is said as what it is,
// not as "charges one-time (in Hindi: a one-off payment), but multiple
// intervals are not supported", which contradicted itself.
func TestAnInvalidIntervalSaysWhatItIs(t *testing.T) {
	for _, lang := range []msg.Lang{msg.English, msg.Hindi} {
		for _, c := range []struct {
			plan plans.Plan
			want Text
		}{
			{plans.Plan{Name: "Ebook", IntervalCount: 3}, msg.New(msg.ChkPlanOneTimeRepeats, 3)},
			{plans.Plan{Name: "Club", Interval: "fortnight"}, msg.New(msg.ChkPlanIntervalUnknown, "fortnight")},
			{plans.Plan{Name: "Hourly", Interval: plans.Hour}, msg.New(msg.ChkPlanIntervalTooShort, msg.Plural(msg.PlansEveryHour, 1))},
		} {
			c.plan.Amount, c.plan.Currency = 500000, "NGN"
			r := planInterval(c.plan).Localized(msg.NewPrinter(lang))
			if r.Status != Fail || r.Detail != c.want.In(lang) || r.Fix == "" {
				t.Errorf("%s, %+v: %s %q (fix %q), want fail with %q", lang, c.plan, r.Status, r.Detail, r.Fix, c.want.In(lang))
			}
			if old := msg.In(lang, msg.ChkPlanIntervalBad, intervalText(c.plan).In(lang)); r.Detail == old {
				t.Errorf("%s: still %q", lang, old)
			}
		}
	}
}
