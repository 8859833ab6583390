package accessible

import (
	"context"
	"strings"
	"testing"

	"paystack-setup/paystack/sandbox"
	"paystack-setup/steps"
)

// The renewals view read out: the list searched and read as sentences, a
// subscriber's page with the card-update link said alone on its line (no
// clipboard here), the email asked once with Enter sending nothing, then
// sent to the subscribers a search found; "b" at the list leaves the view.
func TestLinesRenewalsView(t *testing.T) {
	srv := sandbox.New(sandbox.Options{})
	s := nigerianSessionOn(t, srv)
	l, sc := lines(t,
		turn{"2. email everyone listed", "1"},
		turn{"Type part of a subscriber's name or email", "bello"},
		turn{"Type the number (1 to 1)", "1"},
		turn{"2. email the link to ibrahim.bello", "1"},
		turn{"/manage/subscriptions/", "2"},
		turn{"Type a number from 1 to 2 (Enter chooses 2)", ""},
		turn{"No email was sent.", "1"},
		// The search is where it was left; "b" starts a new one.
		turn{"Type the number (1 to 1), or more letters to narrow", "b"},
		turn{"Type part of a subscriber's name", "failed"},
		turn{"Type the number (1 to 2)", "1"},
		turn{"3. email the link to all 2 listed", "3"},
		turn{"1. send 2 emails", "1"},
		turn{"Card-update emails sent: 2. Skipped: 0. Failed: 0.", "b"},
	)
	if err := steps.Renewals()(context.Background(), s, l); err != nil {
		t.Fatalf("the view ended with %v:\n%s", err, sc.out.String())
	}
	out := sc.out.String()
	for _, want := range []string{
		"\nRenewals\n", "type b to go back",
		"Failed renewals: 2. Cards expiring before their next payment: 1. Not renewing: 1.",
		"1. Ibrahim Bello, ibrahim.bello", ", Monthly Membership, NGN 5,000.00. Renewal failed on ",
		"Subscriber: Ibrahim Bello", "The card-update link, to send to the subscriber yourself:",
		"1. send 1 email", "2. do not send",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("never said %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Step ") {
		t.Errorf("the view is numbered as a wizard step:\n%s", out)
	}
	sent := 0
	for _, code := range srv.SubscriptionCodes(sandbox.ModeTest, sandbox.SubAttention) {
		if n := srv.ManageEmails(code); n > 1 {
			t.Errorf("%s emailed %d times", code, n)
		} else {
			sent += n
		}
	}
	if sent != 2 {
		t.Errorf("%d emails, want Ibrahim's and Funmilayo's", sent)
	}
}
