package faults

import (
	"os"
	"strings"
	"testing"

	"paystack-setup/e2e/internal/harness"
	"paystack-setup/msg"
)

// TestWizardWebhookURLHoldingAKeyIsRefusedAtTheField: a URL with a secret
// key in it (typed, so no paste guard sees it) is refused at the field with
// the reason, and the merchant corrects it there. It used to be accepted with
// ✓, after which every save failed because the saved answers refuse anything
// key-shaped, and only ctrl+c left the wizard.
func TestWizardWebhookURLHoldingAKeyIsRefusedAtTheField(t *testing.T) {
	w := harness.NewWorld(t)
	s := w.PartialSetup(t, w.Profile, "welcome", "key", "subaccount", "systeme", "ipwhitelist")
	// Shaped like a key and built here, so no source line looks like one.
	keyInURL := "sk_" + "live_" + strings.Repeat("e2", 20)

	term := w.StartTerm(t, "wizard", map[string]string{"PAYSTACK_SECRET_KEY": s.Key}, "--lang", "en", "--profile", w.Profile)
	// The setup recorded a URL already: the step opens on it; e edits it.
	term.WaitFor("webhook", screenWait, "Step 6 of 9", s.WebhookURL)
	term.Keys("e")
	term.WaitFor("editing", screenWait, "enter check")
	term.Keys("C-u")
	term.Type("https://x.systeme.io/paystack/webhook/" + keyInURL)
	term.Keys("Enter")
	screen := term.WaitForSentence("refused", screenWait, msg.In(msg.English, msg.ChkWebhookURLSecretKey))
	harness.NoRawGoError(t, "the webhook step", screen)

	hook := "https://x.systeme.io/paystack/webhook/fixed"
	term.Keys("C-u")
	term.Type(hook)
	term.Keys("Enter")
	term.WaitFor("accepted", screenWait, "Live Webhook URL")
	term.Keys("Enter")
	term.WaitFor("saved-and-on", screenWait, "Step 7 of 9")
	term.Keys("C-c")
	if code := term.WaitExit(screenWait); code != 130 {
		t.Errorf("ctrl+c exit code = %d, want 130", code)
	}
	if strings.Contains(term.Stderr(), msg.In(msg.English, msg.StateSecretRefused)) {
		t.Errorf("a save was refused for holding a key:\n%s", term.Stderr())
	}
	st, ok := harness.ReadState(t, w.StatePath(w.Profile))
	if hooks, _ := st["webhook_url"].(map[string]any); !ok || hooks["live"] != hook {
		t.Errorf("the corrected webhook URL was not saved: %v", st["webhook_url"])
	}
	raw, err := os.ReadFile(w.StatePath(w.Profile))
	if err != nil || strings.Contains(string(raw), keyInURL[:12]) {
		t.Errorf("the saved answers hold the key's start (or cannot be read: %v)", err)
	}
}
