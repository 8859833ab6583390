package ui

import (
	"encoding/base64"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/teatest/v2"

	"paystack-setup/paystack/sandbox"
	"paystack-setup/steps"
)

// The four flows ported so far, walked on screen as a merchant would, over a
// real session in a temporary folder: what today's screens say, and the
// answers on disk afterwards.
func TestShellWalksTheRealFlows(t *testing.T) {
	open, root := newSession(t, sandbox.DemoTestKey)
	h := start(t, WizardOptions{Open: open}, flowOf(steps.Welcome, steps.Systeme, steps.IPWhitelist, steps.Webhook))

	h.want("Step 1 of 4 · Before you start", "What you need", "  • a systeme.io account",
		"Your country (sets the currency and the bank list):", "› Nigeria · NGN", "  Ghana · GHS",
		"Note: the supported currency", "enter choose")
	h.press("down", "enter")

	s := h.want("Step 2 of 4 · Connect in systeme.io", "1. In systeme.io click your profile photo",
		"3. Paste your secret key (sk_test_…0001).", "Press enter when you see the webhook URL in systeme.io.",
		"enter I see the webhook URL", "c copy secret key", "esc back")
	if strings.Contains(s, sandbox.DemoTestKey) {
		t.Fatal("the key is drawn in full")
	}
	h.press("c")
	h.want("other apps can read the clipboard", "Copy the secret key to the clipboard anyway? (y/n)", "y yes", "n no")
	h.press("y")
	h.want("Press y once more")
	h.press("y")
	h.want("The secret key was sent to your clipboard")
	teatest.WaitFor(t, h.tm.Output(), func(b []byte) bool {
		return strings.Contains(string(b), base64.StdEncoding.EncodeToString([]byte(sandbox.DemoTestKey)))
	}, teatest.WithDuration(10*time.Second))
	h.press("enter")

	h.want("Step 3 of 4 · IP whitelist", "\n    185.236.142.1\n", "your Test secret key",
		"Press enter once 185.236.142.1 is on the IP whitelist of your Test key.", "enter I added it")
	h.press("enter")

	h.want("Step 4 of 4 · Webhook URL", "paste it here:", "› https://…", "enter check")
	h.tm.Type("http://systeme.io/hook")
	h.press("enter")
	h.want("https://")
	h.press("ctrl+u")
	h.tm.Type("https://systeme.io/hook")
	h.press("enter")
	h.want("✓ Webhook URL:", "\nhttps://systeme.io/hook\n", "Now paste it in Paystack:",
		"2. Paste the URL into the Test Webhook URL field.", "enter done, I pasted it", "c copy URL", "e edit")
	h.press("esc")
	h.want("Step 3 of 4 · IP whitelist")
	h.press("enter")
	h.want("Step 4 of 4", "\nhttps://systeme.io/hook\n")
	h.press("enter")

	w := h.end()
	if !w.Finished() || w.Err() != nil {
		t.Fatalf("finished %v err %v", w.Finished(), w.Err())
	}
	st := saved(t, root)
	if st.Country != "GH" || st.Currency != "GHS" || !st.SystemeConnected || !st.IPWhitelist["test"] || st.WebhookURL["test"] != "https://systeme.io/hook" {
		t.Fatalf("saved %+v", st)
	}
	for _, id := range []string{"welcome", "systeme", "ipwhitelist", "webhook"} {
		if !st.IsDone(id) {
			t.Errorf("%s not done on disk", id)
		}
	}
}

// The checkout step on screen, as a merchant walks it: the fields ticked
// in place with the audit's verdict, the plans page and its keys, a plan
// typed with its notes ("2 weeks" read as every 2 weeks), its row marked,
// edit left with esc, remove and put back, and the answers on disk.
func TestShellWalksTheCheckoutStep(t *testing.T) {
	open, root := newSession(t, "")
	h := start(t, WizardOptions{Open: open}, flowOf(steps.Welcome, steps.Checkout))
	h.want("› Nigeria · NGN")
	h.press("enter")

	// Nothing is ticked on a first visit (#12 item 8).
	h.want("Step 2 of 2 · Checkout and plans", "Which fields do your systeme.io payment pages ask for?",
		"› [ ] Email", "  [ ] Last name", "  [ ] Phone number", "✗ Missing: Email, First name, Last name.",
		"space tick or untick", "enter continue", "esc back")
	h.press("space", "down", "space")
	h.want("› [x] First name", "✗ Missing: Last name.")
	h.press("down", "space")
	h.want("› [x] Last name", "✓ Email, first name and last name are on the payment page.")
	h.press("enter")

	s := h.want("No plans yet. Press a to add one", "a add plan", "i import file", "s save and continue")
	if strings.Contains(s, "enter edit") {
		t.Errorf("edit is offered without a plan:\n%s", s)
	}
	h.press("enter") // nothing to edit: stays
	h.press("a")
	h.want("Plan details", "› Name:", "Currency (NGN, GHS, KES, ZAR, USD): NGN", "esc back to the plans")
	h.tm.Type("Coaching")
	h.press("enter")
	h.tm.Type("5000")
	h.press("enter", "enter", "ctrl+u")
	h.tm.Type("2 weeks")
	h.press("enter")
	h.want("› Intervals between charges: 2", "✗ Charges every 2 weeks", "enter save plan")
	h.press("enter")

	h.want("› ✗ Coaching: NGN 5,000.00, every 2 weeks", "✗ Charges every 2 weeks", "enter edit", "d remove")
	h.press("e")
	h.want("Plan details", "› Name: Coaching")
	h.press("esc")
	h.want("› ✗ Coaching")
	h.press("d")
	h.want(`Plan "Coaching" removed; press u to put it back.`, "u undo remove")
	h.press("u")
	h.want("› ✗ Coaching")
	h.press("s")
	if w := h.end(); !w.Finished() || w.Err() != nil {
		t.Fatalf("finished %v err %v", w.Finished(), w.Err())
	}
	st := saved(t, root)
	if strings.Join(st.CheckoutFields, ",") != "email,first_name,last_name" || len(st.Plans) != 1 || st.Plans[0].IntervalCount != 2 || !st.IsDone("checkout") {
		t.Fatalf("saved fields %v plans %+v", st.CheckoutFields, st.Plans)
	}
}
