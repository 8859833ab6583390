package checks

import (
	"testing"
	"time"

	"paystack-setup/msg"
	"paystack-setup/state"
)

// Article step 3: a merchant who stopped before connecting Paystack inside
// systeme.io has payment pages that cannot take Paystack; the audit must say
// so and name the subaccount to choose in systeme.io's drop-down.
func TestSystemeChecks(t *testing.T) {
	tests := []struct {
		name        string
		connected   bool
		at          time.Time
		sub         *state.SubaccountRef
		want        Status
		detail, fix string
	}{
		{"confirmed with a date", true, time.Date(2026, 11, 2, 9, 30, 0, 0, time.UTC), nil, Pass, "2026-11-02", ""},
		{"confirmed by an older build without a date", true, time.Time{}, nil, Pass, "You confirmed", ""},
		{"never confirmed names the subaccount", false, time.Time{}, &state.SubaccountRef{Code: "ACCT_x", BusinessName: "Ada Academy"}, Fail, "Not confirmed", "choose Ada Academy in the drop-down"},
		{"never confirmed, subaccount without a name", false, time.Time{}, &state.SubaccountRef{Code: "ACCT_x"}, Fail, "Not confirmed", "choose ACCT_x"},
		{"never confirmed, no subaccount yet", false, time.Time{}, nil, Fail, "Not confirmed", "choose the subaccount you created"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, sandboxOpts())
			f.in.Offline = true
			f.in.State.SystemeConnected, f.in.State.SystemeConnectedAt = tt.connected, tt.at
			if tt.sub != nil {
				f.in.State.Subaccount = tt.sub
			} else if !tt.connected {
				f.in.State.Subaccount = nil
			}
			r := find(t, f.run(t), "systeme.connected")
			assertResult(t, r, tt.want, tt.detail, tt.fix)
			if r.Step != StepSysteme {
				t.Errorf("step %q, want %q: the summary must jump to the systeme.io step", r.Step, StepSysteme)
			}
		})
	}
}

func TestSystemeCheckSpeaksHindi(t *testing.T) {
	f := newFixture(t, sandboxOpts())
	f.in.Offline, f.in.State.SystemeConnected = true, false
	r := find(t, f.run(t), "systeme.connected").Localized(msg.NewPrinter(msg.Hindi))
	if !contains(r.Title, "systeme.io") || !contains(r.Fix, "Payment gateways") || contains(r.Fix, "choose") {
		t.Errorf("Hindi result: title %q fix %q", r.Title, r.Fix)
	}
}
