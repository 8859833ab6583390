package checks

import (
	"testing"
	"time"

	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
)

func (f *fixture) subscriber(t *testing.T, s sandbox.Subscriber) {
	t.Helper()
	if _, err := f.srv.AddSubscription(sandbox.ModeLive, s); err != nil {
		t.Fatal(err)
	}
	f.srv.ResetCounters()
}

// renewals.attention replaces a notice that always passed: it reads every
// subscription and says how many renewals need the merchant.
func TestRenewalsAttention(t *testing.T) {
	daysAgo := func(n int) time.Time { return auditNow.Add(-time.Duration(n) * 24 * time.Hour) }
	tests := []struct {
		name   string
		subs   []sandbox.Subscriber
		want   Status
		detail string
	}{
		{"no subscribers", nil, Pass, "None needs you"},
		{"healthy, ending or over", []sandbox.Subscriber{{}, {Status: sandbox.SubNonRenewing}, {Status: sandbox.SubCancelled}, {Status: sandbox.SubCompleted}}, Pass, "None needs you"},
		{"a renewal failed 3 days ago", []sandbox.Subscriber{{Status: sandbox.SubAttention, FailedAt: daysAgo(3)}, {}},
			Warn, "Failed renewals: 1. Cards that expire before their next payment: 0."},
		// A monthly plan started 100 days ago pays next in about 20 days,
		// in April; a card marked 03/2026 stops working at the end of March.
		{"a card that will not last", []sandbox.Subscriber{{CardExpMonth: 3, CardExpYear: 2026}},
			Warn, "Failed renewals: 0. Cards that expire before their next payment: 1."},
		{"a renewal failed 10 days ago", []sandbox.Subscriber{{Status: sandbox.SubAttention, FailedAt: daysAgo(3)}, {Status: sandbox.SubAttention, FailedAt: daysAgo(10)}, {CardExpMonth: 3, CardExpYear: 2026}},
			Fail, "Failed renewals: 2, the oldest on 2026-02-28, more than 7 days ago. Cards that expire before their next payment: 1."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := clockedFixture(t)
			for _, s := range tt.subs {
				f.subscriber(t, s)
			}
			fix := ""
			if tt.want != Pass {
				fix = "paystack-setup renewals"
			}
			r := find(t, f.run(t), "renewals.attention")
			assertResult(t, r, tt.want, tt.detail, fix)
			if r.Evidence != EvidencePaystack {
				t.Errorf("evidence %s, want paystack", r.Evidence)
			}
		})
	}
}

func TestRenewalsAttentionErrorsAndSkips(t *testing.T) {
	f := clockedFixture(t)
	f.srv.InjectFault(sandbox.Fault{Path: "/subscription", Kind: sandbox.FaultStatus, Status: 500})
	assertResult(t, find(t, f.run(t), "renewals.attention"), Error, "Could not check", "again")

	f = clockedFixture(t)
	f.in.Offline = true
	assertResult(t, find(t, f.run(t), "renewals.attention"), Skip, "--offline", "")
}

// The demo's test mode shows renewals that need the merchant, recent
// enough to warn: a demo's summary is not stopped on them.
func TestRenewalsAttentionOnTheDemo(t *testing.T) {
	f := clockedFixture(t)
	key, _ := paystack.ParseSecretKey(sandbox.DemoTestKey)
	f.in.Key, f.in.Client = key, newClient(f.srv, key)
	assertResult(t, find(t, f.run(t), "renewals.attention"), Warn, "Failed renewals: 2. Cards that expire before their next payment: 1.", "paystack-setup renewals")
}
