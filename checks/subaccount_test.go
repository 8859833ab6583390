package checks

import (
	"testing"

	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/plans"
	"paystack-setup/state"
)

func TestSubaccountChecks(t *testing.T) {
	useSub := func(name string) func(*fixture) {
		return func(f *fixture) {
			f.in.State.Subaccount = &state.SubaccountRef{Code: subaccountNamed(t, f.in.Client.(*paystack.Client), name)}
		}
	}
	tests := []struct {
		name   string
		break_ func(*fixture)
		id     string
		want   Status
		detail string
		fix    string
	}{
		{"exists, bank and masked account shown", nil, "subaccount.exists", Pass, "••••0031", ""},
		{"bank name shown", nil, "subaccount.exists", Pass, "Chinedu Okafor Academy", ""},
		{"none chosen", func(f *fixture) { f.in.State.Subaccount = nil }, "subaccount.exists", Fail, "No subaccount", "subaccount step"},
		{"deleted in Paystack", func(f *fixture) { f.srv.DeleteSubaccount(f.in.State.Subaccount.Code) }, "subaccount.exists", Fail, "no longer has", "pick one or create"},
		{"Paystack down", func(f *fixture) {
			f.srv.InjectFault(sandbox.Fault{Path: "/subaccount", Kind: sandbox.FaultStatus, Status: 502})
		}, "subaccount.exists", Error, "Could not check", "again"},
		{"offline", func(f *fixture) { f.in.Offline = true }, "subaccount.exists", Skip, "--offline", ""},
		{"active", nil, "subaccount.active", Pass, "", ""},
		{"inactive", useSub("Lagos Fitness Club"), "subaccount.active", Fail, "switched off (not active)", "Reactivate"},
		{"verified", nil, "subaccount.verified", Pass, "", ""},
		{"unverified warns and says why", useSub("Adaeze Fashion House"), "subaccount.verified", Warn, "until Paystack reviews it", "Paystack support"},
		{"currency matches plans", nil, "subaccount.currency", Pass, "NGN", ""},
		{"currency differs from plans", func(f *fixture) {
			f.in.State.Plans = append(f.in.State.Plans, plans.Plan{Name: "Ghana", Amount: 1000, Currency: "GHS", Interval: plans.Month})
		}, "subaccount.currency", Fail, "GHS", "NGN"},
		{"USD plans settle locally", func(f *fixture) {
			f.in.State.Plans = []plans.Plan{{Name: "Intl", Amount: 1000, Currency: "USD", Interval: plans.Month}}
		}, "subaccount.currency", Pass, "", ""},
		{"no plans to compare", func(f *fixture) { f.in.State.Plans = nil }, "subaccount.currency", Skip, "no plans", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, sandboxOpts())
			if tt.break_ != nil {
				tt.break_(f)
			}
			assertResult(t, find(t, f.run(t), tt.id), tt.want, tt.detail, tt.fix)
		})
	}
}

// A missing subaccount is one failure with one fix, not four.
func TestDeletedSubaccountIsOneFailure(t *testing.T) {
	f := newFixture(t, sandboxOpts())
	f.srv.DeleteSubaccount(f.in.State.Subaccount.Code)
	rep := f.run(t)
	for _, r := range rep.Results {
		if r.ID == "subaccount.active" || r.ID == "subaccount.verified" {
			t.Errorf("%s reported for a deleted subaccount", r.ID)
		}
	}
}
