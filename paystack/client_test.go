package paystack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"paystack-setup/internal/realtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"paystack-setup/paystack/sandbox"
)

// recorder stands in for time: it records every wait instead of sleeping.
type recorder struct {
	mu    sync.Mutex
	waits []time.Duration
	now   time.Time
}

func (r *recorder) sleep(ctx context.Context, d time.Duration) error {
	r.mu.Lock()
	r.waits = append(r.waits, d)
	r.now = r.now.Add(d)
	r.mu.Unlock()
	return ctx.Err()
}

func (r *recorder) clock() time.Time {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.now
}

func (r *recorder) total() time.Duration {
	r.mu.Lock()
	defer r.mu.Unlock()
	var t time.Duration
	for _, w := range r.waits {
		t += w
	}
	return t
}

// newTestClient points a client with a fake key at h and replaces time.
func newTestClient(t testing.TB, h http.Handler, opts ...Option) (*Client, *recorder, string) {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	key := fakeKey(t, "sk_test_")
	c := New(key, append([]Option{WithBaseURL(srv.URL), WithHTTPClient(srv.Client())}, opts...)...)
	rec := &recorder{now: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	c.sleep, c.now, c.jitter = rec.sleep, rec.clock, func() float64 { return 0.5 }
	return c, rec, key.Reveal()
}

func answer(status int, body string, headers ...string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		for i := 0; i+1 < len(headers); i += 2 {
			w.Header().Set(headers[i], headers[i+1])
		}
		if w.Header().Get("Content-Type") == "" {
			w.Header().Set("Content-Type", "application/json")
		}
		w.WriteHeader(status)
		io.WriteString(w, body)
	}
}

const cloudflarePage = `<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>Checking your browser</body></html>`

func TestFaultMatrix(t *testing.T) {
	cases := []struct {
		name    string
		handler http.Handler
		kind    ErrorKind
		says    []string // what the user must read
	}{
		{"invalid key", answer(401, `{"status":false,"message":"Invalid key"}`), KindInvalidKey,
			[]string{"Invalid key", "API Keys & Webhooks"}},
		{"IP not whitelisted (403)", answer(403, `{"status":false,"message":"Your IP address is not allowed to make this call"}`), KindIPNotAllowed,
			[]string{"IP", "Settings → API Keys & Webhooks", "185.236.142.1"}},
		{"IP not whitelisted (401)", answer(401, `{"status":false,"message":"Your IP address is not allowed to make this call"}`), KindIPNotAllowed,
			[]string{"whitelist"}},
		{"not found", answer(404, `{"status":false,"message":"Subaccount not found"}`), KindNotFound,
			[]string{"Subaccount not found"}},
		{"validation with code and next step", answer(400, `{"status":false,"message":"Account number is invalid","type":"validation_error","code":"invalid_params","meta":{"nextStep":"Provide a 10-digit NUBAN"}}`), KindValidation,
			[]string{"Account number is invalid", "invalid_params", "Provide a 10-digit NUBAN"}},
		{"rate limited with Retry-After", answer(429, `{"status":false,"message":"Too many requests"}`, "Retry-After", "7"), KindRateLimited,
			[]string{"7s"}},
		{"rate limited without Retry-After", answer(429, `{"status":false,"message":"Too many requests"}`), KindRateLimited,
			[]string{"Wait a minute"}},
		{"Paystack down", answer(503, `{"status":false,"message":"Service unavailable"}`), KindUnavailable,
			[]string{"503", "status.paystack.com"}},
		{"gateway HTML 502", answer(502, `<html><body>Bad Gateway</body></html>`, "Content-Type", "text/html"), KindUnavailable,
			[]string{"502"}},
		{"Cloudflare challenge", answer(403, cloudflarePage, "Content-Type", "text/html; charset=UTF-8"), KindNotJSON,
			[]string{"firewall", "instead of Paystack"}},
		{"malformed JSON", answer(200, `{"status":true,"message":"ok","data":[{"currency":"NGN",`), KindMalformed,
			[]string{"could not be read"}},
		{"wrong shape", answer(200, `{"status":true,"message":"ok","data":{"currency":"NGN"}}`), KindMalformed,
			[]string{"could not be read"}},
		{"echoed key is scrubbed", answer(400, `{"status":false,"message":"Key sk_test_`+fakeBody+` and sk_live_abcDEF123 rejected"}`), KindValidation,
			[]string{"sk_test_…", "sk_live_…"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, _, secret := newTestClient(t, tc.handler, WithMaxRetries(0))
			_, err := c.Balance(context.Background())
			assertFailure(t, err, tc.kind, secret, tc.says...)
		})
	}
}

// Sentence is what a merchant reads for a client error; set by
// sentence_test.go to package problem's renderer, which imports this package.
var Sentence func(error) string

// assertFailure checks the kind of a failure, that the merchant's sentence
// says what to do (says), and that neither it nor the technical text for
// logs holds the key.
func assertFailure(t *testing.T, err error, kind ErrorKind, secret string, says ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want %s", kind)
	}
	if got := KindOf(err); got != kind {
		t.Fatalf("kind = %q, want %q (%v)", got, kind, err)
	}
	text := Sentence(err)
	for _, s := range says {
		if !strings.Contains(text, s) {
			t.Errorf("message %q does not say %q", text, s)
		}
	}
	for _, shown := range []string{text, err.Error(), fmt.Sprintf("%+v %#v", err, err)} {
		if strings.Contains(shown, secret) || strings.Contains(shown, secret[8:28]) {
			t.Errorf("error text reveals the key: %q", shown)
		}
	}
}

func TestTransportFaults(t *testing.T) {
	t.Run("timeout", func(t *testing.T) {
		release := make(chan struct{})
		defer close(release)
		c, _, secret := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-release:
			}
		}), WithMaxRetries(0), WithTimeout(50*time.Millisecond))
		_, err := c.Balance(context.Background())
		assertFailure(t, err, KindTimeout, secret, "did not answer in time")
	})
	t.Run("connection refused", func(t *testing.T) {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		addr := ln.Addr().String()
		ln.Close()
		key := fakeKey(t, "sk_live_")
		c := New(key, WithBaseURL("http://"+addr), WithMaxRetries(0))
		_, err = c.Balance(context.Background())
		assertFailure(t, err, KindNetwork, key.Reveal(), "internet connection", addr, "--api-base")
	})
	t.Run("DNS failure", func(t *testing.T) {
		key := fakeKey(t, "sk_live_")
		c := New(key, WithBaseURL("https://no-such-host.invalid"), WithMaxRetries(0))
		_, err := c.Balance(context.Background())
		assertFailure(t, err, KindNetwork, key.Reveal(), "no-such-host.invalid")
	})
	t.Run("canceled", func(t *testing.T) {
		c, _, secret := newTestClient(t, answer(200, `{"status":true,"data":[]}`))
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := c.Balance(ctx)
		assertFailure(t, err, KindCanceled, secret)
		if !errors.Is(err, context.Canceled) {
			t.Errorf("errors.Is(err, context.Canceled) = false")
		}
	})
	t.Run("plain http to another computer", func(t *testing.T) {
		var reached atomic.Bool
		srv := httptest.NewServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { reached.Store(true) }))
		defer srv.Close()
		key := fakeKey(t, "sk_live_")
		// The test server listens on 127.0.0.1; naming it by a non-loopback
		// name through a custom dialer shows the refusal comes before any send.
		hc := &http.Client{Transport: &http.Transport{DialContext: func(ctx context.Context, network, _ string) (net.Conn, error) {
			return (&net.Dialer{}).DialContext(ctx, network, srv.Listener.Addr().String())
		}}}
		_, err := New(key, WithBaseURL("http://api.paystack.co"), WithHTTPClient(hc)).Balance(context.Background())
		assertFailure(t, err, KindInsecureBaseURL, key.Reveal(), "api.paystack.co", "https://", "Nothing was sent")
		if reached.Load() {
			t.Error("the key was sent over plain http")
		}
		for _, local := range []string{"http://127.0.0.1:1", "http://localhost:1", "http://[::1]:1"} {
			_, err := New(key, WithBaseURL(local), WithMaxRetries(0)).Balance(context.Background())
			if KindOf(err) == KindInsecureBaseURL {
				t.Errorf("%s refused as insecure: a loopback sandbox must stay usable", local)
			}
		}
	})
	t.Run("bad base URL", func(t *testing.T) {
		key := fakeKey(t, "sk_live_")
		_, err := New(key, WithBaseURL("api.paystack.co")).Balance(context.Background())
		assertFailure(t, err, KindBadRequest, key.Reveal(), "--api-base")
	})
}

func TestRequestsCarryKeyAndAcceptJSON(t *testing.T) {
	var got http.Header
	c, _, secret := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = r.Header.Clone()
		answer(200, `{"status":true,"message":"ok","data":[]}`)(w, r)
	}))
	if _, err := c.Balance(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got.Get("Authorization") != "Bearer "+secret || got.Get("Accept") != "application/json" {
		t.Errorf("headers: Authorization ok=%v Accept=%q", got.Get("Authorization") == "Bearer "+secret, got.Get("Accept"))
	}
}

func TestGETRetriedAfter503ThenSucceeds(t *testing.T) {
	var calls atomic.Int32
	c, rec, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) <= 2 {
			answer(503, `{"status":false,"message":"down"}`)(w, r)
			return
		}
		answer(200, `{"status":true,"message":"Balances retrieved","data":[{"currency":"NGN","balance":1700000}]}`)(w, r)
	}))
	bal, err := c.Balance(context.Background())
	if err != nil {
		t.Fatalf("Balance after two 503s: %v", err)
	}
	if len(bal) != 1 || bal[0].Currency != "NGN" || bal[0].Balance != 1700000 {
		t.Errorf("balance = %+v", bal)
	}
	if calls.Load() != 3 {
		t.Errorf("calls = %d, want 3", calls.Load())
	}
	// Backoff doubles: with jitter fixed at 0.5 the waits are 375ms and 750ms.
	if len(rec.waits) != 2 || rec.waits[0] != 375*time.Millisecond || rec.waits[1] != 750*time.Millisecond {
		t.Errorf("waits = %v", rec.waits)
	}
}

func TestGETGivesUpAfterMaxRetries(t *testing.T) {
	var calls atomic.Int32
	c, _, secret := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		answer(500, `{"status":false,"message":"boom"}`)(w, r)
	}), WithMaxRetries(2))
	_, err := c.Balance(context.Background())
	assertFailure(t, err, KindUnavailable, secret)
	if calls.Load() != 3 {
		t.Errorf("calls = %d, want 1 + 2 retries", calls.Load())
	}
}

func TestNoRetryOnInvalidKey(t *testing.T) {
	var calls atomic.Int32
	c, _, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		answer(401, `{"status":false,"message":"Invalid key"}`)(w, r)
	}))
	c.Balance(context.Background())
	if calls.Load() != 1 {
		t.Errorf("calls = %d: a wrong key must not be retried", calls.Load())
	}
}

func TestRetryAfterHonoured(t *testing.T) {
	for _, tc := range []struct {
		name, header string
		want         time.Duration
	}{
		{"seconds", "3", 3 * time.Second},
		{"HTTP date", "Fri, 02 Jan 2026 03:04:17 GMT", 12 * time.Second},
		{"capped", "3600", retryAfterCap},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var calls atomic.Int32
			c, rec, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if calls.Add(1) == 1 {
					answer(429, `{"status":false,"message":"slow down"}`, "Retry-After", tc.header)(w, r)
					return
				}
				answer(200, `{"status":true,"data":[]}`)(w, r)
			}))
			if _, err := c.Balance(context.Background()); err != nil {
				t.Fatal(err)
			}
			if got := rec.total(); got != tc.want {
				t.Errorf("waited %v in total (%v), want %v", got, rec.waits, tc.want)
			}
		})
	}
}

func TestPOSTNeverRetried(t *testing.T) {
	for _, tc := range []struct {
		name    string
		handler func(w http.ResponseWriter, r *http.Request)
		kind    ErrorKind
	}{
		{"503", answer(503, `{"status":false,"message":"down"}`), KindOutcomeUnknown},
		{"answer cut off", func(w http.ResponseWriter, r *http.Request) {
			hj, _ := w.(http.Hijacker)
			conn, _, _ := hj.Hijack()
			conn.Close()
		}, KindOutcomeUnknown},
		{"429 is refused before acting", answer(429, `{"status":false,"message":"slow"}`, "Retry-After", "1"), KindRateLimited},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var calls atomic.Int32
			c, _, secret := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				calls.Add(1)
				tc.handler(w, r)
			}))
			_, err := c.CreateSubaccount(context.Background(), SubaccountRequest{BusinessName: "Oasis", SettlementBank: "058", AccountNumber: "0123456047", PercentageCharge: 10})
			assertFailure(t, err, tc.kind, secret)
			if calls.Load() != 1 {
				t.Errorf("POST sent %d times", calls.Load())
			}
			if tc.kind == KindOutcomeUnknown && !strings.Contains(Sentence(err), "Look it up before trying again") {
				t.Errorf("message %q does not tell to look before retrying", Sentence(err))
			}
		})
	}
}

func TestCreateSendsSpecFields(t *testing.T) {
	var body map[string]any
	var ct string
	c, _, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ct = r.Header.Get("Content-Type")
		json.NewDecoder(r.Body).Decode(&body)
		answer(201, `{"status":true,"message":"Subaccount created","data":{"subaccount_code":"ACCT_new","business_name":"Oasis","settlement_bank":"Access Bank","account_number":"0123456047","percentage_charge":10,"active":true,"is_verified":false,"settlement_schedule":"AUTO","bank":1,"currency":"NGN"}}`)(w, r)
	}))
	sa, err := c.CreateSubaccount(context.Background(), SubaccountRequest{BusinessName: "Oasis", SettlementBank: "044", AccountNumber: "0123456047", PercentageCharge: 10})
	if err != nil {
		t.Fatal(err)
	}
	if ct != "application/json" || body["settlement_bank"] != "044" || body["percentage_charge"] != 10.0 || body["business_name"] != "Oasis" {
		t.Errorf("sent %q %v", ct, body)
	}
	if _, has := body["description"]; has {
		t.Errorf("empty optional fields must not be sent: %v", body)
	}
	if sa.Code != "ACCT_new" || sa.SettlementSchedule != "auto" || !sa.Active || sa.BankID != 1 {
		t.Errorf("decoded %+v", sa)
	}
}

func TestFlexBool(t *testing.T) {
	for in, want := range map[string]bool{
		`true`: true, `false`: false, `1`: true, `0`: false, `null`: false,
		`"true"`: true, `"false"`: false, `"1"`: true, `"0"`: false, `""`: false, `2`: true,
	} {
		var b FlexBool
		if err := json.Unmarshal([]byte(in), &b); err != nil || bool(b) != want {
			t.Errorf("%s → %v, %v; want %v", in, b, err, want)
		}
	}
	for _, bad := range []string{`"yes please"`, `{}`, `[]`} {
		var b FlexBool
		if err := json.Unmarshal([]byte(bad), &b); err == nil {
			t.Errorf("%s accepted as a boolean", bad)
		}
	}
}

func TestSubaccountDecodesListAndFetchShapes(t *testing.T) {
	list := `{"id":"55","subaccount_code":"ACCT_a","business_name":"Shop","settlement_bank":"Guaranty Trust Bank","bank_id":9,"account_number":123456789,"currency":"ngn","percentage_charge":"12.5","active":1,"is_verified":0,"metadata":{"ref":1},"description":null,"primary_contact_email":null}`
	fetch := `{"id":55,"subaccount_code":"ACCT_a","business_name":"Shop","settlement_bank":"Guaranty Trust Bank","bank":9,"account_number":"0123456789","account_name":null,"currency":"NGN","percentage_charge":12.5,"active":true,"is_verified":true,"settlement_schedule":"WEEKLY","metadata":"{\"ref\":1}","domain":"Live"}`
	var a, b Subaccount
	if err := json.Unmarshal([]byte(list), &a); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(fetch), &b); err != nil {
		t.Fatal(err)
	}
	if !a.Active || a.IsVerified || a.ID != 55 || a.PercentageCharge != 12.5 || a.Currency != "NGN" || a.BankID != 9 || a.AccountNumber != "123456789" || a.Metadata != `{"ref":1}` {
		t.Errorf("list item: %+v", a)
	}
	if !b.Active || !b.IsVerified || b.BankID != 9 || b.SettlementSchedule != "weekly" || b.Domain != ModeLive || b.Metadata != `{"ref":1}` {
		t.Errorf("fetch: %+v", b)
	}
}

// TestPaystacksTextsArriveWithoutControlCharacters: business, bank and
// account names are drawn on the merchant's terminal; one holding an escape
// sequence (typed so into the dashboard, or by a broken proxy) must not act.
func TestPaystacksTextsArriveWithoutControlCharacters(t *testing.T) {
	var sub Subaccount
	var bank Bank
	var acct ResolvedAccount
	for _, c := range []struct {
		into any
		raw  string
	}{
		{&sub, `{"subaccount_code":"ACCT_a","business_name":"Ada\u001b]0;pwned\u0007 Shop","settlement_bank":"GTBank\u009b2J"}`},
		{&bank, `{"name":"Access\u0000 Bank","code":"044"}`},
		{&acct, `{"account_number":"0123456789","account_name":"ADA\nOBI"}`},
	} {
		if err := json.Unmarshal([]byte(c.raw), c.into); err != nil {
			t.Fatal(err)
		}
	}
	got := []string{sub.BusinessName, sub.SettlementBank, bank.Name, acct.AccountName}
	want := []string{"Ada Shop", "GTBank", "Access Bank", "ADA OBI"}
	if !slices.Equal(got, want) {
		t.Errorf("decoded %q, want %q", got, want)
	}
}

// pagedServer serves n subaccounts with offset pagination (perPage capped at
// 100) and banks with cursor pagination; it counts requests per page.
type pagedServer struct {
	n        int
	mu       sync.Mutex
	requests map[int]int
	latency  time.Duration
}

func (p *pagedServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	time.Sleep(p.latency)
	q := r.URL.Query()
	switch r.URL.Path {
	case "/subaccount":
		page, _ := strconv.Atoi(q.Get("page"))
		perPage, _ := strconv.Atoi(q.Get("perPage"))
		perPage = min(perPage, 100)
		p.mu.Lock()
		if p.requests == nil {
			p.requests = map[int]int{}
		}
		p.requests[page]++
		p.mu.Unlock()
		from, to := min((page-1)*perPage, p.n), min(page*perPage, p.n)
		items := make([]string, 0, to-from)
		for i := from; i < to; i++ {
			items = append(items, fmt.Sprintf(`{"id":%d,"subaccount_code":"ACCT_%05d","business_name":"Shop %d","settlement_bank":"Bank %d","bank_id":%d,"account_number":"%010d","currency":"NGN","active":1,"is_verified":false}`, i+1, i+1, i+1, i%7, i%7, i))
		}
		pageCount := (p.n + perPage - 1) / perPage
		fmt.Fprintf(w, `{"status":true,"message":"Subaccounts retrieved","data":[%s],"meta":{"total":%d,"skipped":%d,"perPage":%d,"page":%d,"pageCount":%d}}`,
			strings.Join(items, ","), p.n, from, perPage, page, pageCount)
	case "/bank":
		banks := []string{`{"id":1,"name":"Access Bank","code":"044","active":true}`, `{"id":2,"name":"GTBank","code":"058","active":true}`, `{"id":3,"name":"Zenith","code":"057","active":false}`}
		switch q.Get("next") {
		case "":
			fmt.Fprintf(w, `{"status":true,"data":[%s,%s],"meta":{"next":"YmFuazoy","previous":null,"perPage":2}}`, banks[0], banks[1])
		case "YmFuazoy":
			fmt.Fprintf(w, `{"status":true,"data":[%s],"meta":{"next":null,"previous":"YmFuazox","perPage":2}}`, banks[2])
		default:
			http.Error(w, `{"status":false,"message":"bad cursor"}`, 400)
		}
	default:
		http.NotFound(w, r)
	}
}

func TestListSubaccountsOffsetMeta(t *testing.T) {
	c, _, _ := newTestClient(t, &pagedServer{n: 250})
	items, meta, err := c.ListSubaccounts(context.Background(), 3, 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 50 || meta.Total != 250 || meta.Page != 3 || meta.PageCount != 3 || meta.Skipped != 200 || meta.PerPage != 100 {
		t.Errorf("page 3: %d items, meta %+v", len(items), meta)
	}
}

func TestListBanksWalksCursorPages(t *testing.T) {
	var queries []string
	srv := &pagedServer{}
	c, _, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		queries = append(queries, r.URL.RawQuery)
		srv.ServeHTTP(w, r)
	}))
	banks, err := c.ListBanks(context.Background(), BankQuery{Country: "NG", Type: "nuban"})
	if err != nil {
		t.Fatal(err)
	}
	if len(banks) != 3 || banks[2].Code != "057" || banks[2].Active {
		t.Errorf("banks = %+v", banks)
	}
	if len(queries) != 2 || !strings.Contains(queries[0], "country=nigeria") || !strings.Contains(queries[0], "use_cursor=true") ||
		!strings.Contains(queries[0], "perPage=100") || !strings.Contains(queries[1], "next=YmFuazoy") {
		t.Errorf("queries = %v", queries)
	}
}

func TestAllSubaccounts250(t *testing.T) {
	srv := &pagedServer{n: 250}
	c, _, _ := newTestClient(t, srv, WithConcurrency(4))
	var pages []SubaccountsPage
	all, err := c.AllSubaccounts(context.Background(), func(p SubaccountsPage) { pages = append(pages, p) })
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 250 {
		t.Fatalf("got %d subaccounts, want 250", len(all))
	}
	for i, s := range all {
		if want := fmt.Sprintf("ACCT_%05d", i+1); s.Code != want {
			t.Fatalf("item %d is %s, want %s: result must be in page order", i, s.Code, want)
		}
	}
	if len(pages) != 3 || pages[0].Page != 1 || len(pages[0].Items) != 100 || pages[0].Total != 250 {
		t.Fatalf("progress: %+v", summarize(pages))
	}
	if last := pages[len(pages)-1]; last.Loaded != 250 {
		t.Errorf("last progress says %d loaded, want 250", last.Loaded)
	}
	for page, n := range srv.requests {
		if n != 1 {
			t.Errorf("page %d fetched %d times", page, n)
		}
	}
}

func summarize(pages []SubaccountsPage) []string {
	var s []string
	for _, p := range pages {
		s = append(s, fmt.Sprintf("p%d:%d items loaded=%d total=%d", p.Page, len(p.Items), p.Loaded, p.Total))
	}
	return s
}

// growingServer adds subaccounts at the front while the walk runs, so items
// shift onto later pages and the total grows.
func TestAllSubaccountsFollowsGrowthWithoutDuplicates(t *testing.T) {
	var mu sync.Mutex
	n := 150
	c, _, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		page, _ := strconv.Atoi(r.URL.Query().Get("page"))
		if page == 1 {
			n = 150
		} else {
			n = 230 // grew while page 1 was on its way
		}
		total := n
		mu.Unlock()
		from, to := min((page-1)*100, total), min(page*100, total)
		var items []string
		for i := from; i < to; i++ {
			items = append(items, fmt.Sprintf(`{"subaccount_code":"ACCT_%d","active":1}`, i))
		}
		fmt.Fprintf(w, `{"status":true,"data":[%s],"meta":{"total":%d,"perPage":100,"page":%d,"pageCount":%d}}`,
			strings.Join(items, ","), total, page, (total+99)/100)
	}))
	all, err := c.AllSubaccounts(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 230 {
		t.Errorf("got %d, want the 230 that exist at the end", len(all))
	}
}

// A subaccount created while the list loads shifts the last one of page 1
// onto page 2: a picker fed page by page must list it once, as the result
// does, whichever page arrives first.
func TestWalkSubaccountsDeliversAShiftedOneOnce(t *testing.T) {
	c, _, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		page, _ := strconv.Atoi(r.URL.Query().Get("page"))
		from, to := 0, 100
		if page > 1 {
			from, to = (page-1)*100-1, min(page*100-1, 201)
		}
		var items []string
		for i := from; i < to; i++ {
			items = append(items, fmt.Sprintf(`{"subaccount_code":"ACCT_%d","active":1}`, i))
		}
		fmt.Fprintf(w, `{"status":true,"data":[%s],"meta":{"total":201,"perPage":100,"page":%d,"pageCount":3}}`,
			strings.Join(items, ","), page)
	}), WithConcurrency(4))
	for _, keep := range []bool{false, true} {
		seen := map[string]int{}
		last := 0
		onPage := func(p SubaccountsPage) {
			for _, s := range p.Items {
				seen[s.Code]++
			}
			last = p.Loaded
		}
		var err error
		if keep {
			var all []Subaccount
			all, err = c.AllSubaccounts(context.Background(), onPage)
			if len(all) != 201 {
				t.Errorf("AllSubaccounts returned %d, want 201", len(all))
			}
		} else {
			err = c.WalkSubaccounts(context.Background(), onPage)
		}
		if err != nil {
			t.Fatal(err)
		}
		for code, n := range seen {
			if n != 1 {
				t.Errorf("keep %v: %s delivered %d times", keep, code, n)
			}
		}
		if len(seen) != 201 || last != 201 {
			t.Errorf("keep %v: %d delivered, the last page says %d loaded; want 201", keep, len(seen), last)
		}
	}
}

func TestAllSubaccountsSlowsDownOn429(t *testing.T) {
	var calls, limited atomic.Int32
	srv := &pagedServer{n: 1000}
	c, rec, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 3 {
			limited.Add(1)
			answer(429, `{"status":false,"message":"Too many requests"}`, "Retry-After", "2")(w, r)
			return
		}
		srv.ServeHTTP(w, r)
	}), WithConcurrency(8))
	all, err := c.AllSubaccounts(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 1000 || limited.Load() != 1 {
		t.Errorf("got %d items after %d rate limits", len(all), limited.Load())
	}
	if rec.total() < 2*time.Second {
		t.Errorf("waited %v, want at least the 2s Retry-After", rec.total())
	}
}

func TestAllSubaccountsStopsOnError(t *testing.T) {
	srv := &pagedServer{n: 500}
	c, _, secret := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("page") == "4" {
			answer(401, `{"status":false,"message":"Invalid key"}`)(w, r)
			return
		}
		srv.ServeHTTP(w, r)
	}))
	_, err := c.AllSubaccounts(context.Background(), nil)
	assertFailure(t, err, KindInvalidKey, secret)
}

func TestFindSubaccountMatchesBankByIDOrName(t *testing.T) {
	subs := `[{"subaccount_code":"ACCT_other_bank","settlement_bank":"Zenith","bank_id":3,"account_number":"0123456789","currency":"NGN"},
	          {"subaccount_code":"ACCT_by_id","settlement_bank":"Guaranty Trust Bank","bank_id":2,"account_number":"0123456789","currency":"NGN"},
	          {"subaccount_code":"ACCT_by_name","settlement_bank":"Access Bank","account_number":"1111111111","currency":"NGN"}]`
	banks := `[{"id":1,"name":"Access Bank","code":"044"},{"id":2,"name":"GTBank","code":"058"},{"id":3,"name":"Zenith","code":"057"}]`
	c, _, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/subaccount":
			fmt.Fprintf(w, `{"status":true,"data":%s,"meta":{"total":3,"perPage":100,"page":1,"pageCount":1}}`, subs)
		case "/bank":
			fmt.Fprintf(w, `{"status":true,"data":%s,"meta":{"next":null}}`, banks)
		}
	}))
	ctx := context.Background()
	for _, tc := range []struct{ bank, account, want string }{
		{"058", "0123456789", "ACCT_by_id"},
		{"058", "01234 56789", "ACCT_by_id"},
		{"044", "1111111111", "ACCT_by_name"},
		{"044", "0123456789", ""},
		{"058", "9999999999", ""},
	} {
		got, err := c.FindSubaccount(ctx, tc.bank, tc.account)
		if err != nil {
			t.Fatal(err)
		}
		code := ""
		if got != nil {
			code = got.Code
		}
		if code != tc.want {
			t.Errorf("FindSubaccount(%s, %s) = %q, want %q", tc.bank, tc.account, code, tc.want)
		}
	}
}

func BenchmarkAllSubaccounts(b *testing.B) {
	srv := &pagedServer{n: 10000, latency: 20 * time.Millisecond}
	for _, bc := range []struct {
		name        string
		concurrency int
	}{{"concurrent", defaultConcurrency}, {"sequential", 1}} {
		b.Run(bc.name, func(b *testing.B) {
			c, _, _ := newTestClient(b, srv, WithConcurrency(bc.concurrency))
			c.sleep, c.now = realtime.Sleep, time.Now
			for b.Loop() {
				all, err := c.AllSubaccounts(context.Background(), nil)
				if err != nil || len(all) != 10000 {
					b.Fatalf("%d items, %v", len(all), err)
				}
			}
		})
	}
	// The same walk against the sandbox's token bucket (capacity = rate,
	// Retry-After 1s) at the 50/s: what learning an unknown limit
	// costs. Each walk starts with a fresh client and a full bucket, as a
	// rerun of the wizard would.
	b.Run("ratelimited-50", func(b *testing.B) {
		sb := sandbox.New(sandbox.Options{Subaccounts: 10000, Latency: 20 * time.Millisecond})
		key, err := ParseSecretKey(sandbox.DemoTestKey)
		if err != nil {
			b.Fatal(err)
		}
		counter := &count429{next: sb.Transport()}
		var walks int
		for b.Loop() {
			sb.SetRateLimit(50)
			c := New(key, WithBaseURL(sandbox.BaseURL), WithHTTPClient(&http.Client{Transport: counter}))
			all, err := c.AllSubaccounts(context.Background(), nil)
			if err != nil || len(all) < 10000 {
				b.Fatalf("%d items, %v", len(all), err)
			}
			walks++
		}
		b.ReportMetric(float64(counter.n.Load())/float64(walks), "429s/op")
	})
}

// Callers keep these values (the state file, the audit's JSON): what they
// marshal must decode back to the same value.
func TestTypesSurviveJSONRoundTrip(t *testing.T) {
	sub := Subaccount{ID: 1, Code: "ACCT_1", BusinessName: "Shop", SettlementBank: "Access Bank", BankID: 9,
		AccountNumber: "0123456789", Currency: "NGN", PercentageCharge: 12.5, Active: true, IsVerified: true,
		SettlementSchedule: "auto", Domain: ModeLive, Metadata: `{"a":1}`}
	bank := Bank{ID: 9, Name: "Access Bank", Code: "044", Currency: "NGN", Type: "nuban", Active: true, SupportsTransfer: true}
	plan := Plan{ID: 3, Code: "PLN_1", Name: "Monthly", Description: "every month", Amount: 500000, Interval: "monthly",
		Currency: "NGN", SubscriptionCount: 4, ActiveSubscriptions: 2, Domain: ModeTest}
	paid := time.Date(2026, 1, 2, 10, 0, 0, 0, time.UTC)
	tx := Transaction{ID: 5, Reference: "T1", Amount: 500000, Currency: "NGN", Status: TransactionSuccess, Channel: "card",
		Domain: ModeLive, PaidAt: paid, CreatedAt: paid, Customer: Customer{ID: 2, Code: "CUS_1", Email: "a@example.com"},
		Plan: Plan{Code: "PLN_1"}, Subaccount: Subaccount{Code: "ACCT_1", BusinessName: "Shop"}, SplitCode: "SPL_1"}
	subscription := Subscription{ID: 6, Code: "SUB_1", Status: SubscriptionAttention, EmailToken: "tok", Amount: 500000,
		NextPaymentDate: paid, CreatedAt: paid, Domain: ModeTest, Plan: Plan{Code: "PLN_1", Interval: "monthly", Currency: "NGN"},
		Authorization: Authorization{Last4: "4081", ExpMonth: 12, ExpYear: 2026, Brand: "visa", Channel: "card", Reusable: true},
		Customer:      Customer{Email: "a@example.com", FirstName: "Ada", LastName: "Obi"}}
	for _, tc := range []struct{ in, out any }{{sub, &Subaccount{}}, {bank, &Bank{}}, {plan, &Plan{}}, {tx, &Transaction{}}, {subscription, &Subscription{}}} {
		b, err := json.Marshal(tc.in)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, tc.out); err != nil {
			t.Fatal(err)
		}
		if got := fmt.Sprintf("%+v", tc.out); got != fmt.Sprintf("&%+v", tc.in) {
			t.Errorf("round trip changed it:\n got %s\nwant &%+v", got, tc.in)
		}
	}
}

// Esc while "Creating subaccount…" cancels the context after Paystack may
// already have the request: that is an unknown outcome (look before trying
// again), not a plain cancel that invites a duplicate create.
func TestPOSTCanceledAfterSendingIsOutcomeUnknown(t *testing.T) {
	arrived := make(chan struct{})
	c, _, secret := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// A server notices a dropped connection only once the body is read.
		io.Copy(io.Discard, r.Body)
		close(arrived)
		<-r.Context().Done()
	}), WithMaxRetries(0))
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-arrived
		cancel()
	}()
	_, err := c.CreateSubaccount(ctx, SubaccountRequest{BusinessName: "Oasis", SettlementBank: "058", AccountNumber: "0123456047", PercentageCharge: 10})
	assertFailure(t, err, KindOutcomeUnknown, secret, "Look it up before trying again")
	if !errors.Is(err, context.Canceled) {
		t.Errorf("errors.Is(err, context.Canceled) = false: callers cannot tell the person stopped it")
	}
}

// A redirect (a captive portal, a misconfigured proxy) is not followed: the
// key is never resent, and the person is told something answered instead of
// Paystack.
func TestRedirectIsNotFollowed(t *testing.T) {
	var calls atomic.Int32
	c, _, secret := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		w.Header().Set("Content-Type", "text/html")
		http.Redirect(w, r, "/login", http.StatusFound)
	}))
	_, err := c.Balance(context.Background())
	assertFailure(t, err, KindNotJSON, secret, "--api-base")
	if n := calls.Load(); n != 1 {
		t.Errorf("%d requests reached the server, want 1: the redirect was followed with the key", n)
	}
}

// Paystack's docs disagree on the bank code's field name. A server that
// refuses settlement_bank alone, asking for bank_code, still gets its
// subaccount (nothing was created by the refusal); any other refusal is final.
func TestCreateSendsBankCodeWhenAskedForIt(t *testing.T) {
	created := `{"status":true,"message":"Subaccount created","data":{"subaccount_code":"ACCT_x","settlement_bank":"Guaranty Trust Bank"}}`
	for _, tc := range []struct {
		name      string
		refusal   string
		wantCalls int
		wantKind  ErrorKind
	}{
		{"asks for bank_code", `{"status":false,"message":"bank_code is required","type":"validation_error"}`, 2, ""},
		{"other refusal", `{"status":false,"message":"Account number is invalid","type":"validation_error"}`, 1, KindValidation},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var bodies []map[string]any
			c, _, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				var body map[string]any
				_ = json.NewDecoder(r.Body).Decode(&body)
				bodies = append(bodies, body)
				if _, ok := body["bank_code"]; !ok {
					answer(400, tc.refusal)(w, r)
					return
				}
				answer(201, created)(w, r)
			}))
			sub, err := c.CreateSubaccount(context.Background(), SubaccountRequest{BusinessName: "Oasis", SettlementBank: "058", AccountNumber: "0123456047", PercentageCharge: 10})
			if len(bodies) != tc.wantCalls {
				t.Fatalf("%d requests, want %d", len(bodies), tc.wantCalls)
			}
			if KindOf(err) != tc.wantKind {
				t.Fatalf("kind %q (%v), want %q", KindOf(err), err, tc.wantKind)
			}
			if tc.wantCalls == 2 {
				if last := bodies[1]; last["bank_code"] != "058" || last["settlement_bank"] != "058" || last["account_number"] != "0123456047" {
					t.Errorf("second request %v: want the same fields plus bank_code", last)
				}
				if sub.Code != "ACCT_x" {
					t.Errorf("subaccount %+v", sub)
				}
			}
		})
	}
}

// A caller's clock paces the client: a Retry-After is waited through the
// sleep it gives, not the real one, so a caller's test of polling under a
// 429 storm takes no real time.
func TestWithClockWaitsThroughTheCallersSleep(t *testing.T) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			answer(429, `{"status":false,"message":"slow down"}`, "Retry-After", "30")(w, r)
			return
		}
		answer(200, `{"status":true,"data":[]}`)(w, r)
	}))
	t.Cleanup(srv.Close)
	rec := &recorder{now: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	c := New(fakeKey(t, "sk_test_"), WithBaseURL(srv.URL), WithHTTPClient(srv.Client()), WithClock(rec.clock, rec.sleep))
	if _, err := c.Balance(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := rec.total(); got != 30*time.Second {
		t.Errorf("waited %v through the given sleep (%v), want the 30s Retry-After", got, rec.waits)
	}
}
