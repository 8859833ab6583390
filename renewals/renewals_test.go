package renewals

import (
	"testing"
	"time"

	"paystack-setup/paystack"
)

var now = time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)

func sub(code string, status paystack.SubscriptionStatus, interval string, next time.Time, expMonth, expYear int) paystack.Subscription {
	return paystack.Subscription{Code: code, Status: status, NextPaymentDate: next,
		Plan:          paystack.Plan{Interval: interval},
		Authorization: paystack.Authorization{ExpMonth: expMonth, ExpYear: expYear}}
}

func TestClassify(t *testing.T) {
	subs := []paystack.Subscription{
		sub("fine", paystack.SubscriptionActive, "monthly", now.AddDate(0, 0, 10), 12, 2027),
		// A card marked 03/2026 still pays on 31 March, not on 1 April.
		sub("expiring", paystack.SubscriptionActive, "monthly", time.Date(2026, 4, 1, 7, 0, 0, 0, time.UTC), 3, 2026),
		sub("lasts", paystack.SubscriptionActive, "monthly", time.Date(2026, 3, 31, 7, 0, 0, 0, time.UTC), 3, 2026),
		sub("failed-recently", paystack.SubscriptionAttention, "monthly", now.AddDate(0, 1, -3), 1, 2026),
		sub("failed-long-ago", paystack.SubscriptionAttention, "weekly", now.AddDate(0, 0, -10), 12, 2027),
		sub("ending", paystack.SubscriptionNonRenewing, "annually", now.AddDate(0, 2, 0), 1, 2020),
		sub("cancelled", paystack.SubscriptionCancelled, "monthly", time.Time{}, 1, 2020),
		sub("completed", paystack.SubscriptionCompleted, "monthly", time.Time{}, 1, 2020),
		sub("no-card-expiry", paystack.SubscriptionActive, "monthly", now.AddDate(0, 0, 5), 0, 0),
	}
	items := Classify(subs, now)
	want := []struct {
		code   string
		reason Reason
	}{
		{"failed-long-ago", FailedCharge}, {"failed-recently", FailedCharge}, {"expiring", CardExpiring}, {"ending", NonRenewing},
	}
	if len(items) != len(want) {
		t.Fatalf("got %d items: %+v", len(items), items)
	}
	for i, w := range want {
		if items[i].Subscription.Code != w.code || items[i].Reason != w.reason {
			t.Errorf("item %d: %s %s, want %s %s", i, items[i].Subscription.Code, items[i].Reason, w.code, w.reason)
		}
	}
	if c := Count(items); c[FailedCharge] != 2 || c[CardExpiring] != 1 || c[NonRenewing] != 1 {
		t.Errorf("counts %v", c)
	}
	// The weekly charge was due 10 days ago and not moved on: it failed
	// then. The monthly one failed a month before its next date, 3 days ago.
	if !items[0].FailedAt.Equal(now.AddDate(0, 0, -10)) || !items[1].FailedAt.Equal(now.AddDate(0, 0, -3)) {
		t.Errorf("failure dates %v, %v", items[0].FailedAt, items[1].FailedAt)
	}
	if !items[0].OverdueAt(now) || items[1].OverdueAt(now) || !items[1].OverdueAt(now.AddDate(0, 0, 5)) {
		t.Error("a failure is overdue once more than a week old, and only then")
	}
}

func TestFailedAtNeedsAKnownInterval(t *testing.T) {
	for _, s := range []paystack.Subscription{
		sub("a", paystack.SubscriptionAttention, "fortnightly", now.AddDate(0, 0, 5), 1, 2030),
		sub("b", paystack.SubscriptionAttention, "monthly", time.Time{}, 1, 2030),
		// A next date more than one interval ahead cannot follow a failure.
		sub("c", paystack.SubscriptionAttention, "daily", now.AddDate(0, 0, 5), 1, 2030),
	} {
		if at, ok := FailedAt(s, now); ok {
			t.Errorf("%s: dated %v from nothing", s.Code, at)
		}
	}
	items := Classify([]paystack.Subscription{sub("a", paystack.SubscriptionAttention, "fortnightly", now.AddDate(0, 0, 5), 1, 2030)}, now)
	if len(items) != 1 || items[0].Reason != FailedCharge || !items[0].FailedAt.IsZero() || items[0].OverdueAt(now.AddDate(1, 0, 0)) {
		t.Errorf("an undated failure is still a failure, never called overdue: %+v", items)
	}
}

func TestFailedAtEachInterval(t *testing.T) {
	next := time.Date(2026, 3, 20, 7, 0, 0, 0, time.UTC)
	for interval, want := range map[string]time.Time{
		"hourly": next.Add(-time.Hour), "daily": next.AddDate(0, 0, -1), "weekly": next.AddDate(0, 0, -7),
		"monthly": next.AddDate(0, -1, 0), "quarterly": next.AddDate(0, -3, 0), "biannually": next.AddDate(0, -6, 0),
		"annually": next.AddDate(-1, 0, 0),
	} {
		at := next.Add(-30 * time.Minute) // just before the retry
		if got, ok := FailedAt(sub("x", paystack.SubscriptionAttention, interval, next, 1, 2030), at); !ok || !got.Equal(want) {
			t.Errorf("%s: %v %v, want %v", interval, got, ok, want)
		}
	}
}
