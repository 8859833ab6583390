package checks

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"paystack-setup/keystore"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/plans"
	"paystack-setup/state"
)

// fixture is a sandbox and an Input describing a complete, healthy live setup
// against it; each test breaks one thing.
type fixture struct {
	srv *sandbox.Server
	in  Input
}

func newFixture(t testing.TB, opts sandbox.Options) *fixture {
	t.Helper()
	srv := sandbox.New(opts)
	key, err := paystack.ParseSecretKey(sandbox.DemoLiveKey)
	if err != nil {
		t.Fatalf("demo key: %v", err)
	}
	client := newClient(srv, key)
	code := subaccountNamed(t, client, "Chinedu Okafor Academy")
	// A healthy setup has taken a payment, split with its subaccount.
	if _, err := srv.AddPurchase(sandbox.ModeLive, sandbox.Purchase{Subaccount: code, Amount: 500000}); err != nil {
		t.Fatalf("purchase: %v", err)
	}
	srv.ResetCounters()
	return &fixture{srv: srv, in: Input{
		Profile:   "shop-ng",
		Key:       key,
		KeySource: keystore.SourceKeyring,
		Client:    client,
		State: state.State{
			Profile: "shop-ng", Country: "NG", Currency: "NGN", Mode: "live",
			Subaccount:         &state.SubaccountRef{Code: code},
			SystemeConnected:   true,
			SystemeConnectedAt: time.Date(2026, 11, 2, 9, 30, 0, 0, time.UTC),
			IPWhitelist:        map[string]bool{"live": true},
			WebhookURL:         map[string]string{"live": "https://api.systeme.io/paystack/webhook/42"},
			CheckoutFields:     []string{"email", "first_name", "last_name"},
			Plans:              []plans.Plan{{Name: "Gold monthly", Amount: 500000, Currency: "NGN", Interval: plans.Month}},
		},
		StatePath: privateFile(t, filepath.Join(t.TempDir(), "state.json")),
	}}
}

// privateFile writes an empty 0600 file at path, as the state package does.
func privateFile(t testing.TB, path string) string {
	t.Helper()
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func newClient(srv *sandbox.Server, key paystack.SecretKey) *paystack.Client {
	return paystack.New(key,
		paystack.WithBaseURL(sandbox.BaseURL),
		paystack.WithHTTPClient(&http.Client{Transport: srv.Transport()}),
		paystack.WithMaxRetries(0),
		paystack.WithTimeout(2*time.Second))
}

func subaccountNamed(t testing.TB, c *paystack.Client, name string) string {
	t.Helper()
	subs, _, err := c.ListSubaccounts(context.Background(), 1, 100)
	if err != nil {
		t.Fatalf("list subaccounts: %v", err)
	}
	for _, s := range subs {
		if s.BusinessName == name {
			return s.Code
		}
	}
	t.Fatalf("sandbox has no subaccount %q", name)
	return ""
}

func (f *fixture) run(t testing.TB) Report {
	t.Helper()
	return Run(context.Background(), f.in)
}

// find returns the result with id (and subject, when given), failing the test
// when there is none.
func find(t testing.TB, rep Report, id string, subject ...string) Result {
	t.Helper()
	for _, r := range rep.Results {
		if r.ID == id && (len(subject) == 0 || r.Subject == subject[0]) {
			return r
		}
	}
	t.Fatalf("no result %s %v in %+v", id, subject, ids(rep))
	return Result{}
}

func ids(rep Report) []string {
	var out []string
	for _, r := range rep.Results {
		out = append(out, r.ID+"="+string(r.Status))
	}
	return out
}

func httpClientFor(srv *sandbox.Server) *http.Client { return &http.Client{Transport: srv.Transport()} }

func contains(s, sub string) bool { return strings.Contains(s, sub) }
