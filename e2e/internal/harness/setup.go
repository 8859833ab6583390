package harness

import (
	"context"
	"testing"
	"time"

	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/state"
)

// Setup is a finished setup written as the wizard would have left it.
type Setup struct {
	Profile    string
	Key        string // the canary key, live mode
	Subaccount string // its subaccount code in the sandbox
	WebhookURL string
}

// AllSteps are the wizard's steps before the summary, in order.
var AllSteps = []string{"welcome", "key", "subaccount", "systeme", "ipwhitelist", "webhook", "checkout", "purchase"}

// FinishedSetup registers a fresh canary key with the sandbox, creates a
// subaccount for it and saves a state file with every step done; the audit of
// it passes (apart from what a test then breaks).
func (w *World) FinishedSetup(t testing.TB, profile string) Setup {
	t.Helper()
	return w.PartialSetup(t, profile, AllSteps...)
}

// PartialSetup is FinishedSetup with only the given steps marked done, so the
// wizard resumes at the first other one.
func (w *World) PartialSetup(t testing.TB, profile string, done ...string) Setup {
	t.Helper()
	raw := w.NewKey(sandbox.ModeLive)
	key, err := paystack.ParseSecretKey(raw)
	if err != nil {
		t.Fatalf("canary key does not parse: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	client := paystack.New(key, paystack.WithBaseURL(w.BaseURL))
	sub, err := client.CreateSubaccount(ctx, paystack.SubaccountRequest{
		BusinessName: "Canary Test Shop", SettlementBank: "058", AccountNumber: "0123456789", PercentageCharge: 10,
	})
	if err != nil {
		t.Fatalf("sandbox subaccount: %v", err)
	}
	s := Setup{Profile: profile, Key: raw, Subaccount: sub.Code, WebhookURL: "https://systeme.io/api/payment/paystack/webhook/canary"}
	h, err := state.Open(w.StateDir(), profile)
	if err != nil {
		t.Fatalf("state: %v", err)
	}
	defer h.Close()
	st := state.State{
		Schema: state.SchemaVersion, Profile: profile, Country: "NG", Currency: "NGN", Mode: "live",
		KeyStorage: state.StorageEnv,
		Subaccount: &state.SubaccountRef{
			Code: sub.Code, BusinessName: sub.BusinessName, BankCode: "058", BankName: sub.SettlementBank,
			AccountNumberMasked: "******6789", AccountName: sub.AccountName, Currency: "NGN",
			PercentageCharge: 10, CreatedByUs: true,
		},
		SystemeConnected: true, SystemeConnectedAt: time.Now().UTC(),
		IPWhitelist:    map[string]bool{"live": true},
		WebhookURL:     map[string]string{"live": s.WebhookURL},
		CheckoutFields: []string{"email", "first_name", "last_name"},
	}
	for _, step := range done {
		st.MarkDone(step)
	}
	if err := h.Save(st); err != nil {
		t.Fatalf("state save: %v", err)
	}
	return s
}
