package ui

import (
	"context"
	"encoding/base64"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/teatest/v2"

	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/steps"
)

// The renewals view on screen, as a merchant uses it at 80×24: the list
// with its reasons, filtered by typing; a subscriber's page copying the
// card-update link (OSC52, and shown to select); the email asked once with
// enter sending nothing; then sent, the list coming back as it was left;
// everyone listed asked for with ctrl+e, the one just emailed skipped; esc
// leaving the view.
func TestShellRenewalsView(t *testing.T) {
	srv := sandbox.New(sandbox.Options{})
	open, _ := paystackSession(t, srv, nil)
	h := start(t, WizardOptions{Open: open}, steps.Renewals())

	s := h.want("Renewals", "Failed renewals: 2.", "Subscriptions that need you", "Why", "Customer", "Emailed",
		"› failed   Funmilayo Adeyem", "expiring Tunde Balogun", "4 of 4 shown", "ctrl+e email everyone listed", "esc back")
	if strings.Contains(s, "Step ") {
		t.Errorf("the view is numbered as a wizard step:\n%s", s)
	}
	h.tm.Type("ibrahim")
	h.want("Type to filter: ibrahim", "1 of 4 shown", "› failed   Ibrahim Bello")
	h.press("enter")

	s = h.want("Subscriber: Ibrahim Bello", "Renewal failed on", "Card ending 0037", "No card-update link emailed",
		"c copy card-update link", "e email the link to", "esc back")
	code := strings.Fields(s[strings.Index(s, "Subscription code: ")+len("Subscription code: "):])[0]
	link := manageLink(t, srv, code)
	h.press("c")
	h.want("The card-update link is on your clipboard", "\n"+link[:60])
	teatest.WaitFor(t, h.tm.Output(), func(b []byte) bool {
		return strings.Contains(string(b), base64.StdEncoding.EncodeToString([]byte(link)))
	}, teatest.WithDuration(10*time.Second))

	h.press("e")
	h.want("Email the card-update link?", "Ibrahim Bello", "y send 1 email", "n do not send")
	h.press("enter")
	h.want("No email was sent.", "Type to filter: ibrahim", "› failed   Ibrahim Bello")
	if n := srv.ManageEmails(code); n != 0 {
		t.Fatalf("enter on the question sent %d emails", n)
	}

	h.press("enter")
	h.want("Subscriber: Ibrahim Bello")
	h.press("e")
	h.want("y send 1 email")
	h.press("y")
	h.want("Card-update emails sent: 1. Skipped: 0. Failed: 0.", "Type to filter: ibrahim")
	if n := srv.ManageEmails(code); n != 1 {
		t.Fatalf("%d emails sent", n)
	}

	h.press("ctrl+u")
	h.want("4 of 4 shown")
	h.press("ctrl+e")
	h.want("Email the card-update link?", "y send 3 emails",
		"1 was emailed in the last 24 hours and will be skipped")
	h.press("n")
	h.want("No email was sent.", "4 of 4 shown")
	h.wantGone("loading") // esc while rows arrive stops the loading instead
	h.press("esc")
	if w := h.end(); !w.Finished() || w.Err() != nil {
		t.Fatalf("leaving the view: finished %v, err %v", w.Finished(), w.Err())
	}
	if n := srv.ManageEmails(code); n != 1 {
		t.Fatalf("%d emails sent in all", n)
	}
}

// manageLink is the card-update link Paystack gives for code.
func manageLink(t *testing.T, srv *sandbox.Server, code string) string {
	t.Helper()
	key, err := paystack.ParseSecretKey(sandbox.DemoTestKey)
	if err != nil {
		t.Fatal(err)
	}
	c := paystack.New(key, paystack.WithBaseURL(sandbox.BaseURL), paystack.WithHTTPClient(&http.Client{Transport: srv.Transport()}))
	link, err := c.SubscriptionManageLink(context.Background(), code)
	if err != nil {
		t.Fatal(err)
	}
	return link
}
