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
	"paystack-setup/setup"
	"paystack-setup/steps"
)

// paystackSession opens a Nigerian merchant's profile holding the sandbox's
// test key, with Paystack in process behind wrap (nil: as it is).
func paystackSession(t testing.TB, srv *sandbox.Server, wrap func(http.RoundTripper) http.RoundTripper) (open func(context.Context) (*setup.Session, []msg.Text, error), root string) {
	t.Helper()
	root = t.TempDir()
	keys := keystore.New(keystore.Options{Backend: keystore.NewMemoryBackend(), Dir: root, Getenv: func(string) string { return "" }})
	k, err := paystack.ParseSecretKey(sandbox.DemoTestKey)
	if err != nil {
		t.Fatal(err)
	}
	if err := keys.Set(context.Background(), "default", k); err != nil {
		t.Fatal(err)
	}
	rt := srv.Transport()
	if wrap != nil {
		rt = wrap(rt)
	}
	hc := &http.Client{Transport: rt}
	return func(ctx context.Context) (*setup.Session, []msg.Text, error) {
		s, _, err := setup.Open(ctx, setup.Options{Profile: "default", StateRoot: root, Keys: keys,
			NewClient: func(k paystack.SecretKey) *paystack.Client {
				return paystack.New(k, paystack.WithBaseURL(sandbox.BaseURL), paystack.WithHTTPClient(hc), paystack.WithMaxRetries(0))
			}})
		if err == nil {
			err = s.RecordCountry("NG")
		}
		return s, nil, err
	}, root
}

// The create path on screen, as a merchant types it: the bank found by
// typing, the holder's name under the number (gone as soon as the number is
// edited, back when it is whole again), the live note on the share, the
// summary, and the subaccount made on Paystack.
func TestShellSubaccountCreateWalk(t *testing.T) {
	srv := sandbox.New(sandbox.Options{})
	open, root := paystackSession(t, srv, nil)
	h := start(t, WizardOptions{Open: open}, flowOf(steps.Subaccount))
	h.want("Step 1 of 1 · Subaccount", "› Use a subaccount I already have", "  Create a new subaccount", "enter choose")
	h.press("down", "enter")
	h.want("Which bank receives the money? (Nigeria)", "Access Bank", "esc back")
	h.tm.Type("zenith")
	h.want("Type to filter: zenith", "1 of 28 shown")
	h.press("enter")
	h.want("Bank: Zenith Bank", "› Account number:", "esc back")
	h.tm.Type("2012345678")
	h.press("enter")
	s := h.want("› Business name:", "✓ Account name: ")
	name := strings.TrimSpace(strings.SplitN(s[strings.Index(s, "✓ Account name: ")+len("✓ Account name: "):], "\n", 2)[0])
	h.press("esc", "backspace")
	h.wantGone("✓ Account name")
	h.tm.Type("8")
	h.want("✓ Account name: " + name)
	h.press("enter")
	h.tm.Type("Ade Foods")
	h.press("enter")
	h.want("› Percentage that stays in your main Paystack account: 0", "0% of each payment stays in your main Paystack account")
	h.press("backspace")
	h.tm.Type("10")
	h.want("10% of each payment stays in your main Paystack account")
	h.press("enter")
	h.tm.Type("ade@adefoods.example")
	h.press("enter")
	h.want("Check before the subaccount is created", "• Account name: "+name,
		"• 10% stays in your main Paystack account; this subaccount gets 90%.",
		"Press enter to create it on Paystack", "enter Create it on Paystack", "esc back")
	h.press("enter")
	if w := h.end(); !w.Finished() {
		t.Fatalf("the step did not finish: err %v", w.Err())
	}
	got := saved(t, root).Subaccount
	if got == nil || !got.CreatedByUs || got.BusinessName != "Ade Foods" || got.AccountName != name || got.PercentageCharge != 10 {
		t.Fatalf("saved %+v", got)
	}
}

// A long list is usable while it loads, says how much has arrived, stops
// on esc keeping what arrived, and is filtered and picked as it is.
func TestShellSubaccountListStopsAndPicks(t *testing.T) {
	srv := sandbox.New(sandbox.Options{Subaccounts: 10000})
	// Page 1 comes; the others never do, until the request is given up.
	hold := func(rt http.RoundTripper) http.RoundTripper {
		return roundTripFunc(func(r *http.Request) (*http.Response, error) {
			if p := r.URL.Query().Get("page"); r.URL.Path == "/subaccount" && p != "" && p != "1" {
				<-r.Context().Done()
				return nil, r.Context().Err()
			}
			return rt.RoundTrip(r)
		})
	}
	open, root := paystackSession(t, srv, hold)
	h := start(t, WizardOptions{Open: open}, flowOf(steps.Subaccount))
	h.want("› Use a subaccount I already have")
	h.press("enter")
	h.want("Choose the subaccount systeme.io should pay into", "Verified Active", "100 of 100 shown · loading 100 of 10,00",
		"esc stop loading")
	h.press("esc")
	h.want(msg.In(msg.English, msg.FrameLoadStopped, "100")[:30], "r retry", "esc back")
	h.tm.Type("ngozi okafor")
	s := h.want("› Ngozi Okafor", "••••", "1 of 100 shown", "esc clear filter")
	row := s[strings.Index(s, "› ")+len("› "):]
	name := strings.TrimSpace(row[:strings.Index(row, "  ")])
	h.press("enter")
	h.end()
	if got := saved(t, root).Subaccount; got == nil || got.BusinessName != name || got.CreatedByUs {
		t.Fatalf("saved %+v, want %q", got, name)
	}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// After a subaccount was created the wizard goes on to systeme.io; coming
// back with esc must not find the step still "Creating the subaccount on
// Paystack…" (the old screen did, with esc doing nothing and no way on but
// ctrl+c): it offers the new subaccount, and enter keeps it.
func TestShellComingBackAfterCreatingIsNotStuckCreating(t *testing.T) {
	srv := sandbox.New(sandbox.Options{})
	open, root := paystackSession(t, srv, nil)
	h := start(t, WizardOptions{Open: open}, flowOf(steps.Subaccount, steps.Systeme))
	h.want("› Use a subaccount I already have")
	h.press("down", "enter")
	h.want("Access Bank")
	h.tm.Type("zenith")
	h.want("1 of 28 shown")
	h.press("enter")
	h.want("› Account number:")
	h.tm.Type("2012345678")
	h.press("enter")
	h.want("› Business name:", "✓ Account name: ")
	h.tm.Type("Ade Foods")
	h.press("enter", "backspace")
	h.tm.Type("10")
	h.press("enter")
	h.tm.Type("ade@adefoods.example")
	h.press("enter")
	h.want("Press enter to create it on Paystack")
	h.press("enter")
	h.want("Step 2 of 2 · Connect in systeme.io")
	h.press("esc")
	s := h.want("Step 1 of 2 · Subaccount", "Ade Foods", "enter")
	if strings.Contains(s, msg.In(msg.English, msg.SubAcctCreating)) {
		t.Fatalf("coming back after the create still waits for it:\n%s", s)
	}
	h.press("enter")
	h.want("Step 2 of 2 · Connect in systeme.io")
	if got := saved(t, root).Subaccount; got == nil || got.BusinessName != "Ade Foods" {
		t.Fatalf("enter on coming back keeps %+v, want the new subaccount", got)
	}
}
