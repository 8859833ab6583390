package accessible

import (
	"bytes"
	"context"
	"net/http"
	"strings"
	"testing"

	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/plans"
	"paystack-setup/setup"
	"paystack-setup/steps"
)

// The summary read aloud: each check with its status word, a failed one
// with its fix and the number of the step that fixes it, the counts, where
// things are kept, then the question; "m" is the menu of every step, "b"
// comes back from it.
func TestLinesSummaryNamesTheStepThatFixesAFailure(t *testing.T) {
	root := t.TempDir()
	keys := keystore.New(keystore.Options{Backend: keystore.NewMemoryBackend(), Dir: root, Getenv: func(string) string { return "" }})
	k, _ := paystack.ParseSecretKey(sandbox.DemoTestKey)
	if err := keys.Set(context.Background(), "default", k); err != nil {
		t.Fatal(err)
	}
	hc := &http.Client{Transport: sandbox.New(sandbox.Options{}).Transport()}
	open := func(ctx context.Context) (*setup.Session, []msg.Text, error) {
		s, _, err := setup.Open(ctx, setup.Options{Profile: "default", StateRoot: root, Keys: keys,
			NewClient: func(k paystack.SecretKey) *paystack.Client {
				return paystack.New(k, paystack.WithBaseURL(sandbox.BaseURL), paystack.WithHTTPClient(hc), paystack.WithMaxRetries(0))
			}})
		return s, nil, err
	}
	s, _, err := open(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	_ = s.RecordCountry("NG")
	subs, err := s.ListSubaccounts(context.Background(), nil)
	if err != nil || len(subs) == 0 {
		t.Fatalf("no subaccount: %v", err)
	}
	s.ChooseSubaccount(subs[0], "", false)
	s.RecordSystemeConnected()
	_, _, _ = s.RecordWebhookURL("https://systeme.io/hook")
	_ = s.RecordCheckoutFields(plans.RequiredFields)
	_ = s.RecordPlans([]plans.Plan{{Name: "Gold", Amount: 500000, Currency: "NGN", Interval: plans.Month}})
	for _, id := range []string{"welcome", "key", "subaccount", "systeme", "ipwhitelist", "webhook", "checkout", "purchase"} {
		s.MarkDone(id)
	}
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	_ = s.Close()

	var out bytes.Buffer
	end := RunWizard(context.Background(), WizardOptions{In: strings.NewReader("m\nb\n"), Out: &out, Open: open,
		Flow: func(ctx context.Context, s *setup.Session, p steps.Prompter) error {
			return steps.Run(ctx, s, p, steps.All)
		}})
	said := out.String()
	end.Session.Close()
	if !end.Interrupted || end.Err != nil {
		t.Fatalf("ended %+v:\n%s", end, said)
	}
	fail := "FAIL: IP whitelist has 185.236.142.1 (test mode) · Not confirmed for the test key. — Fix: " +
		msg.In(msg.English, msg.ChkIPFix, "185.236.142.1", "test") + " See step 5, IP whitelist.\n"
	for _, want := range []string{"Step 9 of 9: Summary", fail, "PASS: verified by Paystack · Paystack accepts the key", "Result: ", "  1. Before you start\n"} {
		if !strings.Contains(said, want) {
			t.Errorf("not said: %q\n%s", want, said)
		}
	}
	if i, j := strings.Index(said, "Answers (never the key) saved in"), strings.Index(said, "(Enter chooses"); i < 0 || j < i || i < strings.Index(said, fail) {
		t.Errorf("where things are kept is not said between the checks and the question:\n%s", said)
	}
	if strings.Count(said, fail) != 2 || strings.Count(said, msg.In(msg.English, msg.AccChecking)) != 1 {
		t.Errorf("back from the menu does not say the same results again without checking again:\n%s", said)
	}
	if strings.ContainsAny(said, "✓✗•") {
		t.Errorf("marks or bullets are read out:\n%s", said)
	}
}
