package checks

import "testing"

func TestFailedPaymentChecks(t *testing.T) {
	tests := []struct {
		name    string
		offline bool
	}{{"online", false}, {"offline", true}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, sandboxOpts())
			f.in.Offline = tt.offline
			assertResult(t, find(t, f.run(t), "failed_payments.notice"), Pass, "no new debit attempt", "")
		})
	}
}
