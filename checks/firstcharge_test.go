package checks

import (
	"testing"

	"paystack-setup/plans"
)

func TestFirstChargeChecks(t *testing.T) {
	tests := []struct {
		name     string
		plans    []plans.Plan
		subjects []string // one notice per subscription currency
		detail   string
	}{
		// The article's 1 ZAR; Paystack's card-replacement article's NGN 50,
		// USD 1, GHS 1 and ZAR 1; nothing for KES.
		{"ZAR shows 1 ZAR", []plans.Plan{{Name: "A", Amount: 10000, Currency: "ZAR", Interval: plans.Month}}, []string{"ZAR"}, "ZAR 1.00"},
		{"NGN", []plans.Plan{{Name: "A", Amount: 10000, Currency: "NGN", Interval: plans.Week}}, []string{"NGN"}, "(NGN 50.00)"},
		{"GHS 1, not 0.10", []plans.Plan{{Name: "A", Amount: 10000, Currency: "GHS", Interval: plans.Week}}, []string{"GHS"}, "(GHS 1.00)"},
		{"USD 1", []plans.Plan{{Name: "A", Amount: 10000, Currency: "USD", Interval: plans.Month}}, []string{"USD"}, "(USD 1.00)"},
		{"KES: no figure guessed", []plans.Plan{{Name: "A", Amount: 10000, Currency: "KES", Interval: plans.Year}}, []string{"KES"}, "small authorisation charge, not"},
		{"one per currency", []plans.Plan{
			{Name: "A", Amount: 10000, Currency: "NGN", Interval: plans.Month},
			{Name: "B", Amount: 90000, Currency: "NGN", Interval: plans.Year},
			{Name: "C", Amount: 900, Currency: "GHS", Interval: plans.Month},
		}, []string{"NGN", "GHS"}, ""},
		{"one-time prices need no authorisation", []plans.Plan{{Name: "Ebook", Amount: 10000, Currency: "NGN"}}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, sandboxOpts())
			f.in.State.Plans, f.in.Offline = tt.plans, true
			rep := f.run(t)
			var got []string
			for _, r := range rep.Results {
				if r.ID == "first_charge.notice" {
					got = append(got, r.Subject)
					assertResult(t, r, Pass, tt.detail, "")
				}
			}
			if len(got) != len(tt.subjects) {
				t.Fatalf("notices for %v, want %v", got, tt.subjects)
			}
			for i := range got {
				if got[i] != tt.subjects[i] {
					t.Errorf("notices for %v, want %v", got, tt.subjects)
				}
			}
		})
	}
}
