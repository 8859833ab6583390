package checks

import (
	"slices"
	"strings"
	"testing"

	"paystack-setup/msg"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/plans"
)

// Every result says what it rests on, in every situation: a check family
// that forgets leaves Evidence empty, which this catches.
func TestEveryResultSaysItsEvidence(t *testing.T) {
	for name, breakIt := range map[string]func(*fixture){
		"healthy":    func(*fixture) {},
		"offline":    func(f *fixture) { f.in.Offline = true },
		"no key":     noKey,
		"ip blocked": ipBlocked,
		"paystack down": func(f *fixture) {
			f.srv.InjectFault(sandbox.Fault{Kind: sandbox.FaultStatus, Status: 503})
		},
		"nothing confirmed": func(f *fixture) {
			f.in.State.SystemeConnected, f.in.State.IPWhitelist, f.in.State.CheckoutFields = false, nil, nil
			f.in.State.Plans = []plans.Plan{{Name: "X", Amount: 1, Currency: "EUR", Interval: plans.Week, IntervalCount: 2}}
		},
	} {
		t.Run(name, func(t *testing.T) {
			f := newFixture(t, sandboxOpts())
			breakIt(f)
			for _, r := range f.run(t).Results {
				if !slices.Contains(Evidences, r.Evidence) {
					t.Errorf("%s (%s): evidence %q", r.ID, r.Status, r.Evidence)
				}
				if (r.Status == Skip || r.Status == Error) && r.Evidence != EvidenceNone {
					t.Errorf("%s is %s yet rests on %s: nothing was looked at", r.ID, r.Status, r.Evidence)
				}
			}
		})
	}
}

// What Paystack showed is told apart from what the merchant said: a check
// that rests on the merchant's own answers is never "verified by Paystack".
func TestEvidenceOfEachCheck(t *testing.T) {
	f := newFixture(t, sandboxOpts())
	rep := f.run(t)
	want := map[string]Evidence{
		"key.present": EvidenceLocal, "key.format": EvidenceLocal, "key.mode": EvidenceLocal,
		"key.accepted": EvidencePaystack, "key.ip_allowed": EvidencePaystack,
		"subaccount.exists": EvidencePaystack, "subaccount.active": EvidencePaystack, "subaccount.verified": EvidencePaystack,
		"subaccount.currency": EvidenceMerchant, "systeme.connected": EvidenceMerchant, "currency.supported": EvidenceMerchant,
		"plan.interval": EvidenceMerchant, "plan.amount": EvidenceMerchant, "first_charge.notice": EvidenceNone,
		"fields.required": EvidenceMerchant, "ipwhitelist.confirmed": EvidenceMerchant, "webhook.url": EvidenceMerchant,
		"payments.recent": EvidencePaystack, "payments.routed": EvidencePaystack, "renewals.attention": EvidencePaystack,
		"storage.key": EvidenceLocal, "storage.state_file": EvidenceLocal,
	}
	for _, r := range rep.Results {
		if w, ok := want[r.ID]; ok && r.Evidence != w {
			t.Errorf("%s (%s): evidence %s, want %s", r.ID, r.Status, r.Evidence, w)
		}
	}
	// The same answers, now wrong, are still the merchant's word.
	f.in.State.SystemeConnected, f.in.State.IPWhitelist, f.in.State.CheckoutFields = false, nil, []string{"email"}
	for _, r := range f.run(t).Results {
		if slices.Contains([]string{"systeme.connected", "ipwhitelist.confirmed", "fields.required"}, r.ID) && r.Evidence != EvidenceMerchant {
			t.Errorf("%s (%s) rests on %s, want merchant", r.ID, r.Status, r.Evidence)
		}
	}
	for _, lang := range msg.Langs {
		if EvidencePaystack.Text().In(lang) == EvidenceMerchant.Text().In(lang) {
			t.Errorf("[%s] Paystack's evidence and the merchant's read the same", lang)
		}
	}
}

// Paystack's refusal of this computer proves a whitelist is on: the
// checks made here run as usual, those that need Paystack are skipped (not
// failed), and the choice is explained once, in the report's note.
func TestIPWhitelistRefusalIsEvidenceNotFailure(t *testing.T) {
	f := newFixture(t, sandboxOpts())
	f.in.State.Plans = append(f.in.State.Plans, plans.Plan{Name: "Dollar", Amount: 1000, Currency: "USD", Interval: plans.Month})
	ipBlocked(f)
	rep := f.run(t)
	if rep.Summary[Fail] != 0 || rep.Summary[Error] != 0 {
		t.Errorf("a whitelist that keeps this computer out failed the audit: %v", ids(rep))
	}
	for _, id := range []string{"key.accepted", "subaccount.exists", "currency.supported/USD", "payments.recent", "payments.routed", "renewals.attention"} {
		id, subject, _ := strings.Cut(id, "/")
		r := find(t, rep, id)
		if subject != "" {
			r = find(t, rep, id, subject)
		}
		if r.Status != Skip || !strings.Contains(r.Detail, "refused this computer's address") {
			t.Errorf("%s: %s %q, want a skip naming the whitelist", id, r.Status, r.Detail)
		}
	}
	assertResult(t, find(t, rep, "key.ip_allowed"), Skip, "Your IP address is not allowed to make this call", "")
	for _, id := range []string{"key.present", "systeme.connected", "fields.required", "plan.interval", "storage.state_file"} {
		if r := find(t, rep, id); r.Status != Pass {
			t.Errorf("offline check %s: %s %q, want it made as usual", id, r.Status, r.Detail)
		}
	}
	ip := find(t, rep, "ipwhitelist.confirmed")
	assertResult(t, ip, Pass, "the live key has an IP whitelist; you confirmed that 185.236.142.1 is on it", "")
	if ip.Evidence != EvidencePaystack {
		t.Errorf("ipwhitelist.confirmed rests on %s, want Paystack's refusal", ip.Evidence)
	}
	if len(rep.Notes) != 1 || rep.Notes[0].ID != "ip_whitelist_blocked" {
		t.Fatalf("notes %+v, want the one whitelist note", rep.Notes)
	}
	note := rep.Notes[0].Text.In(msg.English)
	for _, want := range []string{"Your IP address is not allowed to make this call", "add this computer's address", "185.236.142.1", "paystack-setup audit --offline"} {
		if !strings.Contains(note, want) {
			t.Errorf("the note does not say %q: %s", want, note)
		}
	}
	for _, r := range rep.Results {
		if strings.Contains(r.Detail+r.Fix, "add this computer's address") {
			t.Errorf("%s repeats the note's advice", r.ID)
		}
	}

	// With a whitelist proven on and systeme.io's address unconfirmed,
	// systeme.io is likely refused too.
	f.in.State.IPWhitelist = nil
	assertResult(t, find(t, f.run(t), "ipwhitelist.confirmed"), Fail, "you have not confirmed that 185.236.142.1 is on it", "185.236.142.1")

	// Without a refusal there is no note.
	f.srv.ClearFaults()
	if n := f.run(t).Notes; len(n) != 0 {
		t.Errorf("notes without a refusal: %+v", n)
	}
}
