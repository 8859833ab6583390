package paystack

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// FuzzDecodeEnvelope feeds arbitrary answers through the client's real
// decoding path: it must never panic, every failure must be a *Error with a
// sentence for the user, and the key must never appear in it, even when the
// answer echoes the key back.
func FuzzDecodeEnvelope(f *testing.F) {
	for _, seed := range []struct {
		status int
		ctype  string
		body   string
	}{
		{200, "application/json", `{"status":true,"message":"ok","data":[{"subaccount_code":"ACCT_1","active":1,"is_verified":"false","percentage_charge":"10","metadata":{"a":1}}],"meta":{"total":"1","pageCount":1}}`},
		{200, "application/json", `{"status":true,"data":[{"subaccount_code":null,"active":null,"settlement_schedule":"AUTO","metadata":null}],"meta":null}`},
		{401, "application/json", `{"status":false,"message":"Invalid key"}`},
		{403, "application/json", `{"status":false,"message":"Your IP address is not allowed to make this call"}`},
		{400, "application/json", `{"status":false,"message":"bad sk_live_KEYKEYKEY","meta":{"nextStep":"fix"},"code":12}`},
		{403, "text/html", cloudflarePage},
		{429, "application/json", `{"status":false}`},
		{200, "application/json", `{"status":true,"data":{"subaccount_code":"ACCT_1"`},
		{200, "", ``},
		{502, "text/html", `<html>bad gateway</html>`},
		{200, "application/json", `{"status":true,"data":[{"reference":7,"amount":"1","paid_at":12,"subaccount":"ACCT_1","plan":[],"split":true,"authorization":{"exp_month":"x","reusable":"1"},"customer":"CUS_1","next_payment_date":{}}],"meta":{"perPage":"ten"}}`},
		{200, "application/json", `{"status":true,"data":{"link":"https://paystack.com/manage/subscriptions/x"}}`},
	} {
		f.Add(seed.status, seed.ctype, seed.body)
	}
	key := fakeKey(f, "sk_live_")
	secret := key.Reveal()
	f.Fuzz(func(t *testing.T, status int, ctype, body string) {
		if status < 100 || status > 999 {
			status = 200
		}
		// Echo the key inside the answer to prove it is scrubbed.
		body = strings.ReplaceAll(body, "KEYKEYKEY", secret[8:])
		c := New(key, WithMaxRetries(0), WithHTTPClient(&http.Client{Transport: roundTripFunc(func(r *http.Request) (*http.Response, error) {
			h := http.Header{}
			h.Set("Content-Type", ctype)
			h.Set("Retry-After", "1")
			return &http.Response{StatusCode: status, Header: h, Body: io.NopCloser(strings.NewReader(body)), Request: r}, nil
		})}))
		c.sleep = func(context.Context, time.Duration) error { return nil }
		check := func(err error) {
			if err == nil {
				return
			}
			if KindOf(err) == "" {
				t.Fatalf("untyped error %T", err)
			}
			text, sentence := err.Error(), Sentence(err)
			if text == "" || sentence == "" || strings.Contains(text+sentence, secret) || strings.Contains(text+sentence, secret[8:]) {
				t.Fatalf("bad error text %q / %q", text, sentence)
			}
		}
		ctx := context.Background()
		_, _, err := c.ListSubaccounts(ctx, 1, 100)
		check(err)
		_, err = c.FetchSubaccount(ctx, "ACCT_1")
		check(err)
		_, err = c.Balance(ctx)
		check(err)
		_, _, err = c.ListPlans(ctx, 1, 10)
		check(err)
		_, err = c.ListBanks(ctx, BankQuery{Currency: "NGN"})
		check(err)
		_, _, err = c.ListTransactions(ctx, TransactionQuery{Status: TransactionSuccess})
		check(err)
		_, _, err = c.ListSubscriptions(ctx, SubscriptionQuery{})
		check(err)
		_, err = c.SubscriptionManageLink(ctx, "SUB_1")
		check(err)
	})
}
