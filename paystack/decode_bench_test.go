package paystack

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"testing"

	"paystack-setup/paystack/sandbox"
)

// sandboxPage is the body of one list page the sandbox serves with n
// generated subscribers: what the renewals walk decodes a hundred times.
func sandboxPage(b *testing.B, path string) []byte {
	b.Helper()
	srv := sandbox.New(sandbox.Options{Subscriptions: 10000})
	req, err := http.NewRequestWithContext(context.Background(), http.MethodGet, sandbox.BaseURL+path, nil)
	if err != nil {
		b.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+sandbox.DemoTestKey)
	resp, err := (&http.Client{Transport: srv.Transport()}).Do(req)
	if err != nil {
		b.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		b.Fatalf("%s: %d %v", path, resp.StatusCode, err)
	}
	return body
}

// bodyTransport answers every request with the same 200 JSON body, from
// memory, so that a benchmark times the client's reading of it.
type bodyTransport []byte

func (b bodyTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	return &http.Response{StatusCode: http.StatusOK, Header: http.Header{"Content-Type": {"application/json"}},
		Body: io.NopCloser(bytes.NewReader(b)), ContentLength: int64(len(b)), Request: r}, nil
}

// One page of 100 subscriptions, each with its plan, card and customer
// objects, from the answer's bytes to []Subscription, as the renewals walk
// reads each of its pages.
func BenchmarkDecodeSubscriptionsPage(b *testing.B) {
	body := sandboxPage(b, "/subscription?perPage=100&page=50")
	key, err := ParseSecretKey(sandbox.DemoTestKey)
	if err != nil {
		b.Fatal(err)
	}
	c := New(key, WithBaseURL(sandbox.BaseURL), WithHTTPClient(&http.Client{Transport: bodyTransport(body)}), WithRateLimit(0, 1))
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		subs, _, err := c.ListSubscriptions(context.Background(), SubscriptionQuery{Page: 1, PerPage: 100})
		if err != nil || len(subs) != 100 || subs[0].Plan.Code == "" || subs[0].Customer.Email == "" {
			b.Fatalf("%d subscriptions, %v", len(subs), err)
		}
	}
}

// jsonString's shortcut for strings without escapes reads every string as
// encoding/json does: escapes, non-ASCII, invalid UTF-8 (replaced) and
// anything the shortcut must not take.
func TestJSONStringReadsAsEncodingJSON(t *testing.T) {
	for _, lit := range []string{`""`, `"plain"`, `"Ọlá Adébáyọ̀"`, `"a\"b"`, `"tab\there"`, `"\u00e9\u2028"`,
		"\"bad \xff utf8\"", `"back\\slash"`, `"emoji 🙂"`} {
		var want string
		if err := json.Unmarshal([]byte(lit), &want); err != nil {
			t.Fatalf("%s: %v", lit, err)
		}
		got, err := jsonString([]byte(lit))
		if err != nil || got != want {
			t.Errorf("jsonString(%s) = %q, %v; encoding/json reads %q", lit, got, err, want)
		}
	}
	if _, err := jsonString([]byte("\"ctl \x01\"")); err == nil {
		t.Error("a raw control byte inside a string was read as text")
	}
}
