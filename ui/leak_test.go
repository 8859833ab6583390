package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"paystack-setup/internal/leakscan"
	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/setup"
	"paystack-setup/state"
	"paystack-setup/steps"
)

// runtimeKey is a live-shaped key built at run time, so no source line
// looks like one.
func runtimeKey(mode, three string) string {
	return "sk_" + mode + "_" + strings.Repeat(three, 13) + "w"
}

// noKeyOnScreen fails when the screen, at each of the widths, shows the key
// or 12 characters of it, as the merchant reads it: colours between its
// characters hide nothing.
func (h *harness) noKeyOnScreen(key string, widths ...int) {
	h.t.Helper()
	for _, width := range widths {
		h.tm.Send(tea.WindowSizeMsg{Width: width, Height: 24})
		h.noKeyNow(key)
	}
}

// noKeyNow is noKeyOnScreen at the window's size, once what was sent is in.
func (h *harness) noKeyNow(key string) {
	h.t.Helper()
	h.sync()
	screen := h.p.last()
	if hits := leakscan.Bytes([]string{key}, "screen", []byte(screen)); len(hits) > 0 {
		h.t.Fatalf("at %d columns the screen shows %s:\n%s", h.p.shownWidth(), hits[0].What, screen)
	}
}

// sync waits until everything sent so far went through the shell.
func (h *harness) sync() {
	h.t.Helper()
	h.syncs++
	h.tm.Send(syncMsg{h.syncs})
	deadline := time.Now().Add(10 * time.Second)
	for h.p.syncedTo() != h.syncs {
		if time.Now().After(deadline) {
			h.t.Fatalf("the shell never took what was sent; last screen:\n%s", h.p.last())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func (p *probe) shownWidth() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.width
}

func (p *probe) syncedTo() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.synced
}

// A terminal without bracketed paste types a pasted key in as keys. Pasted
// on the webhook step's page, where no field has the focus, its first
// letters act as commands (e opens the URL for editing) and the rest lands
// in the field after the URL, where it no longer starts with sk_live_ and
// the screen's mask does not know it. No screen draws 12 characters of the
// key the wizard holds.
func TestNoScreenShowsPartOfTheKeyTheWizardHolds(t *testing.T) {
	key := runtimeKey("live", "T4n")
	open, _ := newSession(t, key)
	h := start(t, WizardOptions{Open: open}, flowOf(steps.Webhook))
	h.want("Step 1 of 1 · Webhook URL", "› https://…")
	h.tm.Type("https://systeme.io/api/paystack/webhook/abc123")
	h.press("enter")
	h.want("e edit")
	h.tm.Type(key + " end") // s, k, _, l, i, v: nothing; e: edit; the rest: typed
	h.want(" end")
	h.noKeyOnScreen(key, 60, 80, 120)
}

// The field for the plain-file confirmation word took the key itself (the
// clipboard still holds it from the key's field): with its first letter
// deleted it no longer looked like a key to the screen's mask, and 47 of its
// characters showed. A paste of it there is refused; typed there (a terminal
// without bracketed paste), it is never drawn, the key just given being one
// this run holds; and the word typed after it still stores the key.
func TestConfirmationWordNeverShowsTheKey(t *testing.T) {
	key := runtimeKey("test", "W3x")
	for _, typing := range []bool{false, true} {
		srv := sandbox.New(sandbox.Options{})
		srv.AddKey(key, sandbox.ModeTest)
		keyring := keystore.NewFaultyBackend(keystore.NewMemoryBackend())
		keyring.FailOn(keystore.OpSet, keystore.SimulatedError(keystore.ProblemNoSessionBus))
		open, root := keySession(t, srv, keyring, false)
		h := start(t, WizardOptions{Open: open}, flowOf(steps.Key))
		h.want("› sk_test_… / sk_live_…")
		h.tm.Send(tea.PasteMsg{Content: key})
		h.press("enter")
		h.want("› Fix the keyring")
		h.press("down", "down", "enter")
		h.want("Type plain-file to agree.")
		if typing {
			h.tm.Type(key)
		} else {
			h.tm.Send(tea.PasteMsg{Content: key})
			h.want("That looked like your Paystack secret key, so it was not used here.")
			h.tm.Type(key[2:]) // what is left once its first letters were taken as commands
		}
		h.press("home", "delete")
		h.noKeyOnScreen(key, 60, 80)
		h.press("ctrl+e", "ctrl+u")
		h.tm.Type(keystore.PlainFileWord)
		h.press("enter")
		h.want("✓ Paystack accepted the secret key.")
		h.press("enter")
		h.end()
		if st := saved(t, root); st.KeyStorage != state.StorageFile {
			t.Errorf("typed %v: the word typed after the key did not store the key in the file: %+v", typing, st)
		}
	}
}

// A terminal without bracketed paste types a pasted key into whatever field
// has the cursor, and it need not be a key this run holds. A field shows
// only the part of a long value around the cursor: once the key's
// "sk_live_" had scrolled out of it, what was left no longer looked like a
// key to the mask over the screen, and most of the key showed.
func TestFieldsNeverShowAKeyScrolledPastItsPrefix(t *testing.T) {
	key := runtimeKey("live", "R8k")
	form := func(_ context.Context, _ *setup.Session, p steps.Prompter) error {
		return p.Form(&steps.Form{Fields: []steps.Field{{Key: "name", Label: plain("Plan name")}, {Key: "amount", Label: plain("Amount")}}})
	}
	for _, typed := range []string{key + "/webhook", "https://x.io/" + key + "/webhook/abcdefgh", "Gold " + key + " plan 2026"} {
		for _, flow := range []steps.Step{steps.Webhook, step("checkout", msg.CkTitle, form)} {
			for _, width := range []int{60, 80} {
				h := start(t, WizardOptions{}, flowOf(flow))
				h.want("›")
				h.tm.Send(tea.WindowSizeMsg{Width: width, Height: 24})
				h.tm.Type(typed)
				h.noKeyNow(key)
				h.press("home", "right", "right", "right")
				h.noKeyNow(key)
			}
		}
	}
}

// A problem that quotes what was typed wraps it over rows, breaking a word
// longer than a row; split there, a key typed into the field (a paste
// without bracketed paste) straight after other letters no longer looked
// like one to the mask over the screen, and both of its pieces showed.
func TestProblemsQuotingAFieldNeverShowAKeyWrappedOverRows(t *testing.T) {
	key := runtimeKey("live", "R8k")
	for _, typed := range []string{"-1every3monthsa" + key, "12 x" + key + " naira"} {
		h := start(t, WizardOptions{}, flowOf(steps.Welcome, steps.Checkout))
		h.want("› Nigeria · NGN")
		h.press("enter")
		h.want("› [ ] Email")
		h.press("enter")
		h.want("a add plan")
		h.press("a")
		h.want("› Name:")
		h.tm.Type("Gold")
		h.press("enter")
		h.tm.Type(typed)
		h.press("enter")
		h.want("Type digits with an optional dot")
		h.noKeyOnScreen(key, 60, 61, 67, 73, 80, 100)
	}
}

// The rest of a key typed into the webhook field (its first letters taken
// as commands) is masked on screen, but the answers were saved with it. The
// step stays, saying why and what to do, nothing is written, and the
// answers are saved once the field is cleared.
func TestAnswersHoldingPartOfTheKeyStayUnsaved(t *testing.T) {
	key := runtimeKey("live", "T4n")
	open, root := newSession(t, key)
	h := start(t, WizardOptions{Open: open}, flowOf(steps.Webhook, steps.IPWhitelist))
	h.want("› https://…")
	h.tm.Type("https://systeme.io/api/paystack/webhook/" + key[len("sk_live_"):])
	h.press("enter")
	h.want("e edit")
	h.press("enter")
	h.want("Could not save your answers: an answer holds part of your secret key", "Step 1 of 2 · Webhook URL", "e edit")
	if st := saved(t, root); st.IsDone("webhook") || st.WebhookURL["live"] != "" {
		t.Fatalf("the answers were saved: %+v", st)
	}
	h.press("e", "ctrl+u")
	h.tm.Type("https://systeme.io/api/paystack/webhook/abc123")
	h.press("enter", "enter")
	h.want("Step 2 of 2 · IP whitelist")
	if st := saved(t, root); !st.IsDone("webhook") || st.WebhookURL["live"] != "https://systeme.io/api/paystack/webhook/abc123" {
		t.Fatalf("once the field was cleared the answers were not saved: %+v", st)
	}
}
