package checks

import (
	"strings"
	"testing"

	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
)

func TestHealthySetupHasNoFailOrWarning(t *testing.T) {
	f := newFixture(t, sandbox.Options{})
	rep := f.run(t)
	if rep.Summary[Fail] != 0 || rep.Summary[Warn] != 0 || rep.Summary[Error] != 0 {
		t.Fatalf("healthy setup: summary %v, results %v", rep.Summary, ids(rep))
	}
	for _, st := range Statuses {
		if _, ok := rep.Summary[st]; !ok {
			t.Errorf("summary lacks %s", st)
		}
	}
	for _, r := range rep.Results {
		if r.Title == "" || r.Detail == "" {
			t.Errorf("%s has an empty title or detail: %+v", r.ID, r)
		}
		if r.Status == Pass && r.Fix != "" {
			t.Errorf("%s passes but shows a fix %q", r.ID, r.Fix)
		}
	}
}

// The audit asks Paystack once per fact, not once per check: the payment
// checks share one list of charges, the renewals one list of subscriptions.
func TestNetworkIsAskedOncePerFact(t *testing.T) {
	f := newFixture(t, sandbox.Options{})
	f.run(t)
	want := map[string]int{"GET /balance": 1, "GET /subaccount/" + f.in.State.Subaccount.Code: 1, "GET /transaction": 1, "GET /subscription": 1}
	if got := f.srv.PathCounts(); len(got) != len(want) || f.srv.Requests() != 4 {
		t.Errorf("audit made %d requests %v, want one each of %v", f.srv.Requests(), got, want)
	}
}

func TestOfflineSkipsNetworkChecksAndSaysWhy(t *testing.T) {
	f := newFixture(t, sandbox.Options{})
	f.in.Offline = true
	rep := f.run(t)
	if n := f.srv.Requests(); n != 0 {
		t.Errorf("--offline made %d requests", n)
	}
	for _, id := range []string{"key.accepted", "key.ip_allowed", "subaccount.exists", "payments.recent", "payments.routed", "renewals.attention"} {
		r := find(t, rep, id)
		if r.Status != Skip || !strings.Contains(r.Detail, "--offline") {
			t.Errorf("%s offline: %s %q, want skip naming --offline", id, r.Status, r.Detail)
		}
	}
}

func TestLocalizedKeepsIDsAndChangesLanguage(t *testing.T) {
	f := newFixture(t, sandbox.Options{})
	f.in.State.CheckoutFields = nil
	rep := f.run(t)
	hi := find(t, rep.Localized(msg.NewPrinter(msg.Hindi)), "fields.required")
	en := find(t, rep.Localized(msg.NewPrinter(msg.English)), "fields.required")
	if hi.Detail == en.Detail || !strings.Contains(en.Detail, "First name") || !strings.Contains(hi.Detail, msg.In(msg.Hindi, msg.ChkFieldFirstName)) {
		t.Errorf("English %q / Hindi %q: the list of missing fields must be rendered in each language", en.Detail, hi.Detail)
	}
}

func TestKeyWithoutClientSkipsNetworkChecks(t *testing.T) {
	f := newFixture(t, sandboxOpts())
	var none *paystack.Client
	f.in.Client = none
	rep := f.run(t)
	assertResult(t, find(t, rep, "key.accepted"), Skip, "not contacted", "")
	assertResult(t, find(t, rep, "key.present"), Pass, "sk_live_", "")
}

// A Paystack failure inside a check is rendered in the report's language:
// a Hindi run's report written as English JSON must not carry a Hindi
// sentence, nor the Hindi screen an English one.
func TestPaystackFailureFollowsTheReportLanguage(t *testing.T) {
	f := newFixture(t, sandbox.Options{})
	f.srv.InjectFault(sandbox.Fault{Path: "/balance", Kind: sandbox.FaultStatus, Status: 503})
	rep := f.run(t)
	for _, lang := range msg.Langs {
		r := find(t, rep.Localized(msg.NewPrinter(lang)), "key.accepted")
		want := msg.In(lang, msg.PaystackErrUnavailable, 503)
		if r.Status != Error || !strings.Contains(r.Detail, want) {
			t.Errorf("[%s] %s %q, want an error naming %q", lang, r.Status, r.Detail, want)
		}
	}
}

// The mode inside a sentence is a word of the language: "वेबहुक URL (लाइव
// मोड)", not "(live मोड)" as when the raw mode was passed.
func TestModeIsSaidInTheLanguage(t *testing.T) {
	f := newFixture(t, sandbox.Options{})
	rep := f.run(t).Localized(msg.NewPrinter(msg.Hindi))
	for _, id := range []string{"webhook.url", "ipwhitelist.confirmed"} {
		title := find(t, rep, id).Title
		if strings.Contains(title, "live") || strings.Contains(title, "test") ||
			!strings.Contains(title, msg.In(msg.Hindi, msg.ModeLive)) && !strings.Contains(title, msg.In(msg.Hindi, msg.ModeTest)) {
			t.Errorf("%s: %q does not name the mode in Hindi", id, title)
		}
	}
}
