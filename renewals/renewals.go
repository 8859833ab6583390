// Package renewals sorts a merchant's subscriptions by what their next
// renewal needs from the merchant. It is the one rule behind the audit's
// renewals.attention check and the renewals command:
//
//	subs, err := client.AllSubscriptions(ctx, paystack.SubscriptionQuery{}, nil)
//	for _, it := range renewals.Classify(subs, time.Now()) { ... it.Reason ... }
//
// Paystack makes no new debit attempt when a payment fails (systeme.io's
// article) and tries again only on the next payment date
// (paystack-facts.md, Subscriptions), so a failed renewal or a card that will
// not last is the merchant's to follow up. No UI, no language.
package renewals

import (
	"cmp"
	"slices"
	"time"

	"paystack-setup/paystack"
)

// Reason is why a subscription needs the merchant.
type Reason string

const (
	// FailedCharge: the last charge failed (status "attention": an expired
	// card, insufficient funds…); the subscriber must update the card.
	FailedCharge Reason = "failed_charge"
	// CardExpiring: an active subscription's card expires before its next
	// payment date, so that charge will fail unless the card is replaced.
	CardExpiring Reason = "card_expiring"
	// NonRenewing: the subscriber will not be charged again; the
	// subscription ends after the period already paid.
	NonRenewing Reason = "non_renewing"
)

// Reasons lists every reason in the order Classify sorts them.
var Reasons = []Reason{FailedCharge, CardExpiring, NonRenewing}

// Overdue is how long a failed renewal may wait before the audit fails
// rather than warns: a week is this product's rule (issue #13), not
// Paystack's.
const Overdue = 7 * 24 * time.Hour

// Item is one subscription that needs the merchant, and why.
type Item struct {
	Subscription paystack.Subscription
	Reason       Reason
	// FailedAt dates the failed charge (FailedCharge); zero when the answer
	// says nothing that dates it (see FailedAt).
	FailedAt time.Time
	// CardExpires is the first moment the card no longer works; zero when
	// the answer carried no expiry.
	CardExpires time.Time
}

// OverdueAt reports whether a failed charge was more than Overdue ago at now.
func (it Item) OverdueAt(now time.Time) bool {
	return it.Reason == FailedCharge && !it.FailedAt.IsZero() && now.Sub(it.FailedAt) > Overdue
}

// Classify keeps the subscriptions that need the merchant, one reason each
// (a failed charge before an expiring card): failed charges first, the
// oldest failure first; then expiring cards and ending subscriptions, the
// soonest next payment first.
func Classify(subs []paystack.Subscription, now time.Time) []Item {
	var out []Item
	for _, s := range subs {
		it := Item{Subscription: s}
		it.CardExpires, _ = s.Authorization.Expires()
		switch {
		case s.Status == paystack.SubscriptionAttention:
			it.Reason = FailedCharge
			it.FailedAt, _ = FailedAt(s, now)
		case s.Status == paystack.SubscriptionActive && expiresBefore(s):
			it.Reason = CardExpiring
		case s.Status == paystack.SubscriptionNonRenewing:
			it.Reason = NonRenewing
		default:
			continue
		}
		out = append(out, it)
	}
	rank := func(r Reason) int { return slices.Index(Reasons, r) }
	slices.SortStableFunc(out, func(a, b Item) int {
		if c := cmp.Compare(rank(a.Reason), rank(b.Reason)); c != 0 {
			return c
		}
		if a.Reason == FailedCharge {
			return compareKnownFirst(a.FailedAt, b.FailedAt)
		}
		return compareKnownFirst(a.Subscription.NextPaymentDate, b.Subscription.NextPaymentDate)
	})
	return out
}

// compareKnownFirst orders times earliest first, unknown (zero) ones last.
func compareKnownFirst(a, b time.Time) int {
	switch {
	case a.IsZero() == b.IsZero():
		return a.Compare(b)
	case a.IsZero():
		return 1
	}
	return -1
}

// Count is how many items there are for each reason.
func Count(items []Item) map[Reason]int {
	out := map[Reason]int{}
	for _, it := range items {
		out[it.Reason]++
	}
	return out
}

// expiresBefore reports whether the card stops working by the next payment
// date: a card marked 03/2026 still pays on 31 March, not on 1 April.
func expiresBefore(s paystack.Subscription) bool {
	expires, ok := s.Authorization.Expires()
	next := s.NextPaymentDate
	return ok && !next.IsZero() && !expires.After(next)
}

// FailedAt dates the charge that failed for a subscription in "attention".
// Neither the spec nor Paystack's docs give a field for it (the list's
// most_recent_invoice is untyped and may be null), so it is derived from
// what they do document: Paystack charges on payment dates and, after a
// failure, tries again only on the next one. While next_payment_date has
// not come, the charge that failed was due one plan interval before it;
// once it has passed, Paystack has not moved it on, and it is the date of
// the failure. ok is false when the plan's interval is unknown or there is
// no next payment date.
func FailedAt(s paystack.Subscription, now time.Time) (at time.Time, ok bool) {
	next := s.NextPaymentDate
	if next.IsZero() {
		return time.Time{}, false
	}
	if !next.After(now) {
		return next, true
	}
	prev, ok := oneIntervalBefore(next, s.Plan.Interval)
	if !ok || prev.After(now) {
		return time.Time{}, false
	}
	return prev, true
}

// oneIntervalBefore steps back one of Paystack's plan intervals.
func oneIntervalBefore(t time.Time, interval string) (time.Time, bool) {
	switch interval {
	case "hourly":
		return t.Add(-time.Hour), true
	case "daily":
		return t.AddDate(0, 0, -1), true
	case "weekly":
		return t.AddDate(0, 0, -7), true
	case "monthly":
		return t.AddDate(0, -1, 0), true
	case "quarterly":
		return t.AddDate(0, -3, 0), true
	case "biannually":
		return t.AddDate(0, -6, 0), true
	case "annually":
		return t.AddDate(-1, 0, 0), true
	}
	return time.Time{}, false
}
