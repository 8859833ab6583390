package setup

import (
	"context"
	"time"

	"paystack-setup/internal/realtime"
	"paystack-setup/payments"
	"paystack-setup/state"
)

// DemoPurchaseDelay is how long after the merchant asks for one the demo's
// simulated purchase arrives: about the time paying on a checkout takes,
// so the demo shows the wait the real step has.
const DemoPurchaseDelay = 4 * time.Second

// WatchCharges is a watcher of the charges Paystack receives for the
// session's key from its first look on, judged against the chosen
// subaccount, on the session's clock; nil without a key. onPause (may be
// nil) hears each longer wait (a 429, Paystack unavailable).
func (s *Session) WatchCharges(onPause func(payments.Pause)) *payments.Watcher {
	c := s.Client()
	if c == nil {
		return nil
	}
	o := payments.Options{Now: s.now, Sleep: s.sleep, OnPause: onPause}
	if sub := s.st.Subaccount; sub != nil {
		o.Subaccount = sub.Code
	}
	return payments.NewWatcher(c, o)
}

// MakeDemoPurchase is the demo's stand-in for a merchant buying their own
// product: after DemoPurchaseDelay (on the session's clock) a purchase
// split with the chosen subaccount arrives at the sandbox. Outside the demo
// it does nothing. It returns ctx's error when ctx ends first (esc), and
// then nothing arrives.
func (s *Session) MakeDemoPurchase(ctx context.Context) error {
	if !s.o.Demo || s.o.DemoPurchase == nil {
		return nil
	}
	if err := s.sleep(ctx, DemoPurchaseDelay); err != nil {
		return err
	}
	code := ""
	if sub := s.st.Subaccount; sub != nil {
		code = sub.Code
	}
	return s.o.DemoPurchase(s.Mode(), code)
}

// RecordPurchase keeps the test purchase the merchant made, for the
// current mode (a new one replaces the last); what systeme.io showed is
// asked after, RecordSystemePaid.
func (s *Session) RecordPurchase(c payments.Charge) {
	if s.st.Purchases == nil {
		s.st.Purchases = map[string]state.Purchase{}
	}
	s.st.Purchases[string(s.Mode())] = state.Purchase{Reference: c.Reference, Amount: c.Amount, Currency: c.Currency,
		PaidAt: c.PaidAt.UTC(), SubaccountCode: c.SubaccountCode, Routed: c.Routed}
}

// RecordSystemePaid keeps the merchant's answer to "does systeme.io show
// the order as paid?" for the current mode's test purchase.
func (s *Session) RecordSystemePaid(paid bool) {
	p, ok := s.st.Purchases[string(s.Mode())]
	if !ok {
		return
	}
	p.SystemePaid = &paid
	s.st.Purchases[string(s.Mode())] = p
}

func (s *Session) sleep(ctx context.Context, d time.Duration) error {
	if s.o.Sleep != nil {
		return s.o.Sleep(ctx, d)
	}
	return realtime.Sleep(ctx, d)
}
