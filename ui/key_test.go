package ui

import (
	"context"
	"net/http"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/setup"
	"paystack-setup/state"
	"paystack-setup/steps"
)

// keySession opens a profile over Paystack's sandbox and the given keyring.
func keySession(t *testing.T, srv *sandbox.Server, keyring keystore.Backend, demo bool) (func(context.Context) (*setup.Session, []msg.Text, error), string) {
	t.Helper()
	root := t.TempDir()
	hc := &http.Client{Transport: srv.Transport()}
	keys := keystore.New(keystore.Options{Backend: keyring, Dir: root, Getenv: func(string) string { return "" }})
	return func(ctx context.Context) (*setup.Session, []msg.Text, error) {
		s, _, err := setup.Open(ctx, setup.Options{Profile: "default", Demo: demo, StateRoot: root, Keys: keys,
			NewClient: func(k paystack.SecretKey) *paystack.Client {
				return paystack.New(k, paystack.WithBaseURL(sandbox.BaseURL), paystack.WithHTTPClient(hc), paystack.WithMaxRetries(0))
			}})
		return s, nil, err
	}, root
}

// The key step on screen with no keyring (over SSH): the key judged as it
// is pasted and never drawn, the keyring's diagnosis with the three ways
// out, the plain file only after the typed word, and the accepted key shown
// masked until enter.
func TestShellKeyStepWithoutAKeyring(t *testing.T) {
	keyring := keystore.NewFaultyBackend(keystore.NewMemoryBackend())
	keyring.FailOn(keystore.OpSet, keystore.SimulatedError(keystore.ProblemNoSessionBus))
	open, root := keySession(t, sandbox.New(sandbox.Options{}), keyring, false)
	h := start(t, WizardOptions{Open: open}, flowOf(steps.Key))

	h.want("Step 1 of 1 · Secret key", "Find your secret key", "› sk_test_… / sk_live_…", "enter check with Paystack")
	h.tm.Send(tea.PasteMsg{Content: "pk_test_" + strings.Repeat("ab", 20)})
	h.want("That is your public key")
	h.press("ctrl+u")
	h.tm.Send(tea.PasteMsg{Content: sandbox.DemoTestKey})
	if s := h.want("Looks like a secret key: sk_test_…0001 · test mode", "••••"); strings.Contains(s, sandbox.DemoTestKey) {
		t.Fatal("the key is drawn in full")
	}
	h.press("enter")

	h.want("no desktop session bus", "The key works, but it could not be saved in a keyring. Choose what to do:", "› Fix the keyring", "Use the key for this shell only", "enter choose")
	h.press("down", "down", "enter")
	h.want("UNENCRYPTED", "Type plain-file to agree.", "enter save the key in the file")
	h.tm.Type("yes")
	h.press("enter")
	h.want("That is not the confirmation word")
	h.press("ctrl+u")
	h.tm.Type(keystore.PlainFileWord)
	h.press("enter")

	s := h.want("✓ Paystack accepted the secret key.", "sk_test_…0001 · test mode", "plain file you agreed to", "enter next")
	if strings.Contains(s, sandbox.DemoTestKey) {
		t.Fatal("the key is drawn in full")
	}
	h.press("enter")
	if w := h.end(); !w.Finished() {
		t.Fatalf("err %v", w.Err())
	}
	if st := saved(t, root); st.KeyStorage != state.StorageFile || st.PlainFileConsentAt.IsZero() || !st.IsDone("key") {
		t.Fatalf("saved %+v", st)
	}
}

// The demo fills its key with ctrl+g, named in the help bar (ctrl+d, the
// end of input to a shell, fills nothing); esc while
// Paystack does not answer stops the check and keeps the key in the field.
func TestShellKeyStepDemoShortcutAndEscDuringTheCheck(t *testing.T) {
	srv := sandbox.New(sandbox.Options{})
	srv.InjectFault(sandbox.Fault{Path: "/balance", Kind: sandbox.FaultHang, Count: 1})
	open, _ := keySession(t, srv, keystore.NewMemoryBackend(), true)
	h := start(t, WizardOptions{Open: open, Demo: true}, flowOf(steps.Key))

	s := h.want("Step 1 of 1 · Secret key", "ctrl+g DEMO: fill in the demo test key")
	if strings.Contains(s, "ctrl+d") {
		t.Errorf("the help bar offers ctrl+d, which a shell takes for the end of input:\n%s", s)
	}
	h.press("ctrl+d", "x") // ctrl+d fills nothing: the field holds the x alone
	if s := h.want("› •"); strings.Contains(s, "••") {
		t.Fatalf("ctrl+d filled the field:\n%s", s)
	}
	h.press("ctrl+u", "ctrl+g")
	h.want("Looks like a secret key: sk_test_…0001 · test mode")
	h.press("enter")
	h.want("Checking with Paystack", "esc cancel")
	h.press("esc")
	h.want("Stopped. Nothing was changed", strings.Repeat("•", 20))
	h.press("enter")
	h.want("✓ Paystack accepted the secret key.", "In the demo the key is kept in memory")
	h.press("enter")
	if w := h.end(); !w.Finished() {
		t.Fatalf("err %v", w.Err())
	}
}
