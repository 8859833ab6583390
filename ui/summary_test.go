package ui

import (
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

// doneButIP opens a profile on the in-process sandbox whose steps before
// the summary are all done, except that systeme.io's address was never
// confirmed on the IP whitelist.
func doneButIP(t *testing.T) (open func(context.Context) (*setup.Session, []msg.Text, error), root string) {
	t.Helper()
	root = t.TempDir()
	keys := keystore.New(keystore.Options{Backend: keystore.NewMemoryBackend(), Dir: root, Getenv: func(string) string { return "" }})
	k, _ := paystack.ParseSecretKey(sandbox.DemoTestKey)
	if err := keys.Set(context.Background(), "default", k); err != nil {
		t.Fatal(err)
	}
	hc := &http.Client{Transport: sandbox.New(sandbox.Options{}).Transport()}
	open = func(ctx context.Context) (*setup.Session, []msg.Text, error) {
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
	defer s.Close()
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
	return open, root
}

// The summary on screen: the checks with their marks, the cursor on the one
// that failed, its fix and step under it, where things are kept below the
// list; enter opens the fixing step and the summary comes back checked
// again; m is the menu of every step, esc leaves it; Finish ends the wizard.
func TestShellSummaryOpensTheFixAndComesBack(t *testing.T) {
	open, root := doneButIP(t)
	h := start(t, WizardOptions{Open: open}, flowOf(steps.All...))
	s := h.want("Step 9 of 9 · Summary", "› ✗ IP whitelist has 185.236.142.1", "    → In Paystack:",
		"Secret key: The secret key is stored", "Answers (never the key) saved in",
		"enter open", "r check again", "m all steps", "esc back")
	if strings.Contains(s, "Setup is complete") {
		t.Errorf("the first walk calls the setup complete:\n%s", s)
	}
	h.press("enter")
	h.want("Step 5 of 9 · IP whitelist")
	h.press("enter")
	h.want("Step 9 of 9 · Summary", "› Finish", "more above")
	h.wantGone("✗ IP whitelist")
	h.press("m")
	h.want("All steps", "› Before you start", "IP whitelist")
	h.press("esc")
	h.want("› Finish", "r check again")
	h.press("enter")
	w := h.end()
	if !w.Finished() || w.Err() != nil {
		t.Fatalf("finished %v, err %v", w.Finished(), w.Err())
	}
	if st := saved(t, root); !st.IsDone("summary") || st.LastAudit == nil || st.LastAudit.Fail != 0 || !st.IPWhitelist["test"] {
		t.Fatalf("saved %+v", st)
	}
}
