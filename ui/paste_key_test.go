package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"paystack-setup/internal/leakscan"
	"paystack-setup/msg"
)

// TestKeyPastedOutsideTheKeyStepIsNotShown: after step 2 the clipboard often
// still holds the secret key, and a paste into the webhook URL (or account
// number, business name …) field would print it on screen in full. The paste
// is dropped with a word why; the next paste goes in as usual.
func TestKeyPastedOutsideTheKeyStepIsNotShown(t *testing.T) {
	e := newShell(t, false, "webhook")
	e.want("Webhook URL")
	key := "sk_live_" + strings.Repeat("qz", 18) + "ab12"
	for _, pasted := range []string{key, " " + key + "\n", "Bearer " + key, strings.ToUpper(key)} {
		e.send(tea.PasteMsg{Content: pasted})
		if hits := leakscan.Bytes([]string{key, strings.ToUpper(key)}, "screen", []byte(e.screen())); len(hits) > 0 {
			t.Fatalf("the pasted key is on screen: %v", hits)
		}
		e.want(msg.In(msg.English, msg.KeystorePastedOutsideKeyStep)[:40])
	}
	e.send(tea.PasteMsg{Content: "https://shop.systeme.io/paystack/webhook/ab12"})
	e.want("https://shop.systeme.io/paystack/webhook/ab12")
	if strings.Contains(e.screen(), msg.In(msg.English, msg.KeystorePastedOutsideKeyStep)[:40]) {
		t.Error("the warning stays after an ordinary paste")
	}
}

// TestKeyTypedOutsideTheKeyStepIsNotShown: a terminal without bracketed
// paste delivers a paste as typed keys, which no paste check sees; the screen
// still never draws the key.
func TestKeyTypedOutsideTheKeyStepIsNotShown(t *testing.T) {
	e := newShell(t, false, "webhook")
	key := "sk_live_" + strings.Repeat("qz", 18) + "ab12"
	e.typeText(key)
	if hits := leakscan.Bytes([]string{key}, "screen", []byte(e.screen())); len(hits) > 0 {
		t.Fatalf("the typed key is on screen: %v", hits)
	}
	e.want("sk_live_…")
}
