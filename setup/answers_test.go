package setup_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"paystack-setup/checks"
	"paystack-setup/country"
	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/plans"
	"paystack-setup/setup"
)

func TestRecordCountrySetsTheCurrency(t *testing.T) {
	s := newWorld(t).open()
	for _, tc := range []struct{ in, currency string }{{"GH", "GHS"}, {"south africa", "ZAR"}, {"KES", "KES"}} {
		if err := s.RecordCountry(tc.in); err != nil {
			t.Fatal(err)
		}
		if st := s.State(); st.Currency != tc.currency {
			t.Errorf("RecordCountry(%q): %s %s, want %s", tc.in, st.Country, st.Currency, tc.currency)
		}
	}
	if err := s.RecordCountry("Togo"); !errors.Is(err, country.ErrUnknownCountry) {
		t.Fatalf("Togo: %v", err)
	}
	if st := s.State(); st.Country != "KE" {
		t.Fatalf("a refused country changed the answer to %q", st.Country)
	}
}

// Paystack keeps a webhook URL per mode, so the session records it for the
// mode of the key in use.
func TestRecordWebhookURLPerMode(t *testing.T) {
	w := newWorld(t)
	s := w.withKey()
	clean, warning, err := s.RecordWebhookURL("  HTTPS://Systeme.io/webhook/paystack/abc  ")
	if err != nil || !warning.IsZero() || clean != "https://systeme.io/webhook/paystack/abc" {
		t.Fatalf("got %q %v %v", clean, warning, err)
	}
	live, _ := paystack.ParseSecretKey(sandbox.DemoLiveKey)
	s.UseKey(live, keystore.SourceKeyring)
	if _, _, err := s.RecordWebhookURL("https://systeme.io/webhook/paystack/live"); err != nil {
		t.Fatal(err)
	}
	urls := s.State().WebhookURL
	if urls["test"] != clean || urls["live"] != "https://systeme.io/webhook/paystack/live" {
		t.Fatalf("recorded %v", urls)
	}
}

// After the wizard, the front end repeats the URL of the mode in use: a
// live key's URL, not the one recorded while testing.
func TestWebhookURLIsTheModesOwn(t *testing.T) {
	w := newWorld(t)
	s := w.withKey()
	if s.WebhookURL() != "" {
		t.Fatalf("a URL before any was recorded: %q", s.WebhookURL())
	}
	if _, _, err := s.RecordWebhookURL("https://systeme.io/webhook/paystack/test"); err != nil {
		t.Fatal(err)
	}
	live, _ := paystack.ParseSecretKey(sandbox.DemoLiveKey)
	s.UseKey(live, keystore.SourceKeyring)
	if got := s.WebhookURL(); got != "" {
		t.Fatalf("with the live key the test URL is offered: %q", got)
	}
	if _, _, err := s.RecordWebhookURL("https://systeme.io/webhook/paystack/live"); err != nil {
		t.Fatal(err)
	}
	if got := s.WebhookURL(); got != "https://systeme.io/webhook/paystack/live" || s.Mode() != paystack.ModeLive {
		t.Fatalf("got %q in %s mode", got, s.Mode())
	}
}

func TestRecordWebhookURLRefusesOrWarns(t *testing.T) {
	s := newWorld(t).open()
	_, _, err := s.RecordWebhookURL("http://systeme.io/hook")
	var we *checks.WebhookURLError
	if !errors.As(err, &we) || we.Problem != msg.ChkWebhookURLNotHTTPS {
		t.Fatalf("plain http: %v", err)
	}
	if len(s.State().WebhookURL) != 0 {
		t.Fatal("a refused URL was recorded")
	}
	clean, warning, err := s.RecordWebhookURL("https://hooks.example.com/p")
	if err != nil || warning.ID != msg.ChkWebhookURLNotSysteme || len(warning.Args) != 1 || warning.Args[0] != "hooks.example.com" {
		t.Fatalf("another host: %q %v %v", clean, warning, err)
	}
	if _, w2, err := setup.CheckWebhookURL("https://app.systeme.io/x"); err != nil || !w2.IsZero() {
		t.Fatalf("a systeme.io subdomain: %v %v", w2, err)
	}
}

func TestRecordCheckoutFields(t *testing.T) {
	s := newWorld(t).open()
	if err := s.RecordCheckoutFields([]string{"Email", "first name", "email", "phone"}); err != nil {
		t.Fatal(err)
	}
	got := s.State().CheckoutFields
	if len(got) != 3 || got[0] != "email" || got[1] != "first_name" || got[2] != "phone" {
		t.Fatalf("recorded %v", got)
	}
	var fe *plans.FieldsError
	if err := s.RecordCheckoutFields([]string{"email", "shoe size!"}); !errors.As(err, &fe) {
		t.Fatalf("a field that is none: %v", err)
	}
	if len(s.State().CheckoutFields) != 3 {
		t.Fatal("a refused list changed the answer")
	}
	if err := s.RecordCheckoutFields(nil); err != nil || s.State().CheckoutFields == nil {
		t.Fatalf("no field at all is an answer too (the audit fails it): %v %v", err, s.State().CheckoutFields)
	}
}

func TestRecordPlansRefusesTwoOfTheSameName(t *testing.T) {
	s := newWorld(t).open()
	ps := []plans.Plan{
		{Name: "Gold", Amount: 500000, Currency: "NGN", Interval: plans.Month},
		{Name: "Silver", Amount: 200000, Currency: "NGN", Interval: plans.Month},
	}
	if err := s.RecordPlans(ps); err != nil {
		t.Fatal(err)
	}
	ps[0].Name = "changed by the caller"
	if s.State().Plans[0].Name != "Gold" {
		t.Fatal("the recorded plans share the caller's slice")
	}
	err := s.RecordPlans(append(ps, plans.Plan{Name: " silver ", Amount: 1, Currency: "NGN"}))
	var se *setup.Error
	if !errors.As(err, &se) || se.Problem != msg.SetupPlanTwice {
		t.Fatalf("two plans named silver: %v", err)
	}
	for _, l := range msg.Langs {
		if text := se.Text().In(l); text == "" || text == string(msg.SetupPlanTwice) {
			t.Errorf("no %s sentence for the refusal", l)
		}
	}
	if len(s.State().Plans) != 2 {
		t.Fatal("a refused list changed the answer")
	}
}

func TestRecordSystemeAndWhitelistForTheMode(t *testing.T) {
	w := newWorld(t)
	s := w.withKey()
	s.RecordSystemeConnected()
	s.RecordIPWhitelist()
	st := s.State()
	if !st.SystemeConnected || !st.SystemeConnectedAt.Equal(w.now) || !st.IPWhitelist["test"] || st.IPWhitelist["live"] {
		t.Fatalf("recorded %v %v %v", st.SystemeConnected, st.SystemeConnectedAt, st.IPWhitelist)
	}
}

// The plans kept are never more, nor with longer names, than a plans file
// may hold, so the saved answers always load back.
func TestRecordPlansKeepsToTheLimits(t *testing.T) {
	s := newWorld(t).open()
	many := make([]plans.Plan, plans.MaxPlans+1)
	for i := range many {
		many[i] = plans.Plan{Name: fmt.Sprintf("Plan %d", i), Amount: 500000, Currency: "NGN", Interval: plans.Month}
	}
	if err := s.RecordPlans(many[:plans.MaxPlans]); err != nil {
		t.Fatalf("the most plans kept were refused: %v", err)
	}
	var se *setup.Error
	if err := s.RecordPlans(many); !errors.As(err, &se) || se.Problem != msg.SetupPlansTooMany {
		t.Fatalf("one plan too many: %v", err)
	}
	long := []plans.Plan{{Name: strings.Repeat("é", plans.MaxNameLength+1), Amount: 1, Currency: "NGN"}}
	if err := s.RecordPlans(long); !errors.As(err, &se) || se.Problem != msg.PlansNameTooLong {
		t.Fatalf("a name too long: %v", err)
	}
	if len(s.State().Plans) != plans.MaxPlans {
		t.Fatalf("a refused list changed the answer: %d plans", len(s.State().Plans))
	}
	for _, l := range msg.Langs {
		if text := se.Text().In(l); !strings.Contains(text, fmt.Sprint(plans.MaxNameLength)) {
			t.Errorf("the %s sentence does not give the limit: %q", l, text)
		}
	}
}
