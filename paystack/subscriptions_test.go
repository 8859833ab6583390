package paystack

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// The list shape (reusable as 1, expiry as text) and the fetch shape
// (reusable true), statuses however they are written, and a cancelled
// subscription's null next payment date.
func TestSubscriptionDecodesListAndFetchShapes(t *testing.T) {
	body := `{"status":true,"message":"ok","data":[
	 {"id":1,"subscription_code":"SUB_a","status":"attention","email_token":"tok1","amount":"500000",
	  "next_payment_date":"2026-02-01T07:00:00.000Z","createdAt":"2025-11-01T07:00:00.000Z","domain":"live",
	  "plan":{"id":3,"name":"Gold","plan_code":"PLN_gold","amount":500000,"interval":"monthly","currency":"ngn"},
	  "authorization":{"authorization_code":"AUTH_secret","last4":"4081","exp_month":"12","exp_year":"2026","brand":"visa","channel":"card","reusable":1},
	  "customer":{"id":7,"email":"ada@example.com","first_name":"Ada","last_name":"Obi","customer_code":"CUS_1","metadata":"x"}},
	 {"id":2,"subscription_code":"SUB_b","status":"Non_Renewing","amount":100,"next_payment_date":null,
	  "plan":{},"authorization":{"last4":"0001","exp_month":"","exp_year":null,"reusable":true},"customer":9}
	],"meta":{"total":2,"perPage":50,"page":1,"pageCount":1}}`
	c, _, _ := newTestClient(t, answer(200, body))
	subs, _, err := c.ListSubscriptions(context.Background(), SubscriptionQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(subs) != 2 {
		t.Fatalf("%d subscriptions", len(subs))
	}
	a, b := subs[0], subs[1]
	if a.Code != "SUB_a" || a.Status != SubscriptionAttention || a.Amount != 500000 || a.Plan.Currency != "NGN" || a.Plan.Interval != "monthly" ||
		a.Authorization.ExpMonth != 12 || a.Authorization.ExpYear != 2026 || !a.Authorization.Reusable || a.Authorization.Last4 != "4081" ||
		a.Customer.LastName != "Obi" || !a.NextPaymentDate.Equal(time.Date(2026, 2, 1, 7, 0, 0, 0, time.UTC)) {
		t.Errorf("list item: %+v", a)
	}
	if strings.Contains(fmt.Sprintf("%+v", a), "AUTH_secret") {
		t.Error("the authorization code, which can charge the card, was kept")
	}
	if b.Status != SubscriptionNonRenewing || !b.NextPaymentDate.IsZero() || b.Customer.ID != 9 || !b.Authorization.Reusable {
		t.Errorf("second item: %+v", b)
	}
	if _, ok := b.Authorization.Expires(); ok {
		t.Error("a card without an expiry has one")
	}
}

func TestCardExpiresAtTheEndOfItsMonth(t *testing.T) {
	for _, tc := range []struct {
		a    Authorization
		want time.Time
	}{
		{Authorization{ExpMonth: 12, ExpYear: 2026}, time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)},
		{Authorization{ExpMonth: 2, ExpYear: 28}, time.Date(2028, 3, 1, 0, 0, 0, 0, time.UTC)},
	} {
		got, ok := tc.a.Expires()
		if !ok || !got.Equal(tc.want) {
			t.Errorf("%+v expires %v (%v), want %v", tc.a, got, ok, tc.want)
		}
	}
	for _, a := range []Authorization{{ExpMonth: 13, ExpYear: 2026}, {ExpMonth: 0, ExpYear: 2026}, {ExpMonth: 5}} {
		if _, ok := a.Expires(); ok {
			t.Errorf("%+v has an expiry", a)
		}
	}
}

func TestAllSubscriptionsWalksEveryPage(t *testing.T) {
	var requests atomic.Int32
	const n = 250
	c, _, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		page, _ := strconv.Atoi(r.URL.Query().Get("page"))
		perPage, _ := strconv.Atoi(r.URL.Query().Get("perPage"))
		from, to := min((page-1)*perPage, n), min(page*perPage, n)
		var items []string
		for i := from; i < to; i++ {
			items = append(items, fmt.Sprintf(`{"id":%d,"subscription_code":"SUB_%04d","status":"active"}`, i+1, i))
		}
		fmt.Fprintf(w, `{"status":true,"data":[%s],"meta":{"total":%d,"perPage":%d,"page":%d,"pageCount":%d}}`,
			strings.Join(items, ","), n, perPage, page, (n+perPage-1)/perPage)
	}), WithConcurrency(4))
	var loaded []int
	subs, err := c.AllSubscriptions(context.Background(), SubscriptionQuery{}, func(p SubscriptionsPage) { loaded = append(loaded, p.Loaded) })
	if err != nil {
		t.Fatal(err)
	}
	if len(subs) != n || subs[n-1].Code != "SUB_0249" || requests.Load() != 3 {
		t.Errorf("%d subscriptions in %d requests", len(subs), requests.Load())
	}
	if len(loaded) != 3 || loaded[2] != n {
		t.Errorf("progress %v", loaded)
	}
}

func TestSubscriptionManageLink(t *testing.T) {
	var path string
	c, _, secret := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		path = r.URL.EscapedPath()
		switch {
		case strings.Contains(path, "SUB_gone"):
			answer(404, `{"status":false,"message":"Subscription not found"}`)(w, r)
		case strings.Contains(path, "SUB_script"):
			answer(200, `{"status":true,"message":"Link generated","data":{"link":"javascript:alert(1)"}}`)(w, r)
		default:
			// Paystack's docs, Subscriptions → Generate Update Subscription Link.
			answer(200, `{"status":true,"message":"Link generated","data":{"link":"https://paystack.com/manage/subscriptions/qlgwhpyq1ts9nsw?subscription_token=uqwkbr"}}`)(w, r)
		}
	}))
	ctx := context.Background()
	link, err := c.SubscriptionManageLink(ctx, "SUB_a/b")
	if err != nil || link != "https://paystack.com/manage/subscriptions/qlgwhpyq1ts9nsw?subscription_token=uqwkbr" {
		t.Errorf("link %q, %v", link, err)
	}
	if path != "/subscription/SUB_a%2Fb/manage/link" {
		t.Errorf("path %q: the code must stay one path segment", path)
	}
	_, err = c.SubscriptionManageLink(ctx, "SUB_gone")
	assertFailure(t, err, KindNotFound, secret)
	_, err = c.SubscriptionManageLink(ctx, "SUB_script")
	assertFailure(t, err, KindMalformed, secret)
}

// The email goes to a real subscriber: it is sent once, and an answer that
// never comes is an unknown outcome, not a reason to send it again.
func TestSubscriptionManageEmailIsNeverRepeated(t *testing.T) {
	var posts atomic.Int32
	c, _, secret := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || r.URL.Path != "/subscription/SUB_a/manage/email" {
			t.Errorf("%s %s", r.Method, r.URL.Path)
		}
		if posts.Add(1) == 1 {
			answer(200, `{"status":true,"message":"Email successfully sent"}`)(w, r)
			return
		}
		answer(503, `{"status":false,"message":"Service unavailable"}`)(w, r)
	}))
	if err := c.SubscriptionManageEmail(context.Background(), "SUB_a"); err != nil {
		t.Fatal(err)
	}
	err := c.SubscriptionManageEmail(context.Background(), "SUB_a")
	assertFailure(t, err, KindOutcomeUnknown, secret)
	if posts.Load() != 2 {
		t.Errorf("%d POSTs for two calls: a failed email must not be retried", posts.Load())
	}
}
