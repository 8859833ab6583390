package setup

import (
	"context"
	"time"

	"paystack-setup/paystack"
	"paystack-setup/renewals"
)

// Renewals reads every subscription of the key's integration (every page
// of GET /subscription, several at once) and keeps those that need the
// merchant, by renewals.Classify at the session's clock: failed charges
// first, the oldest first. The renewals view and command list these.
func (s *Session) Renewals(ctx context.Context) ([]renewals.Item, error) {
	c, err := s.api()
	if err != nil {
		return nil, err
	}
	subs, err := c.AllSubscriptions(ctx, paystack.SubscriptionQuery{}, nil)
	if err != nil {
		return nil, err
	}
	return renewals.Classify(subs, s.now()), nil
}

// Now is the session's clock: what Renewals classifies by, what a
// card-update email is dated with, and what a flow counts time by.
func (s *Session) Now() time.Time { return s.now() }

// CardEmails is the record of card-update emails sent from this computer,
// beside the profiles, so that every profile and every run sees it.
func (s *Session) CardEmails() *renewals.Ledger { return renewals.NewLedger(s.o.StateRoot) }

// CardEmailsSent is the latest card-update email of each subscription of
// the key's mode, by subscription code.
func (s *Session) CardEmailsSent() (map[string]renewals.Email, error) {
	return s.CardEmails().Emails(s.Mode())
}

// CardEmailSender emails card-update links for this profile, in the key's
// mode, on the session's clock; it never emails a subscription twice
// within renewals.EmailWindow (see renewals.Sender). It needs no lock on
// the profile: the ledger has its own.
func (s *Session) CardEmailSender() (*renewals.Sender, error) {
	c, err := s.api()
	if err != nil {
		return nil, err
	}
	return &renewals.Sender{Ledger: s.CardEmails(), Mailer: c, Mode: s.Mode(), Profile: s.o.Profile, Now: s.now}, nil
}

// CardUpdateLink is the page where the subscriber of code replaces their
// card, for the merchant to share; it emails nobody.
func (s *Session) CardUpdateLink(ctx context.Context, code string) (string, error) {
	c, err := s.api()
	if err != nil {
		return "", err
	}
	return c.SubscriptionManageLink(ctx, code)
}
