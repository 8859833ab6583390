package paystack

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestListTransactionsSendsTheFilters(t *testing.T) {
	var got url.Values
	c, _, _ := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = r.URL.Query()
		answer(200, `{"status":true,"message":"ok","data":[],"meta":{"total":0,"perPage":50,"page":1,"pageCount":0}}`)(w, r)
	}))
	from := time.Date(2026, 1, 1, 0, 0, 0, 0, time.FixedZone("WAT", 3600))
	_, _, err := c.ListTransactions(context.Background(), TransactionQuery{
		Status: TransactionSuccess, From: from, To: from.Add(48 * time.Hour), SubaccountCode: "ACCT_x", Page: 2, PerPage: 30,
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"status": "success", "from": "2025-12-31T23:00:00Z", "to": "2026-01-02T23:00:00Z",
		"subaccount_code": "ACCT_x", "page": "2", "perPage": "30", "per_page": "30",
	}
	for k, v := range want {
		if got.Get(k) != v {
			t.Errorf("%s = %q, want %q (query %v)", k, got.Get(k), v, got)
		}
	}
}

// txServer lists n charges, newest first, reading the page size under the
// name it is told to (the spec's per_page, Paystack docs' perPage, or none:
// always its default of 50), and counts requests per page.
type txServer struct {
	n         int
	sizeParam string // "per_page", "perPage" or "" (ignores both)
	// metaPerPage is how the meta says the page size: "number", "string" or "" (left out).
	metaPerPage string
	mu          sync.Mutex
	requests    map[int]int
}

func (s *txServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	page, _ := strconv.Atoi(q.Get("page"))
	perPage := 50
	if s.sizeParam != "" {
		if n, err := strconv.Atoi(q.Get(s.sizeParam)); err == nil {
			perPage = min(n, 100)
		}
	}
	s.mu.Lock()
	if s.requests == nil {
		s.requests = map[int]int{}
	}
	s.requests[page]++
	s.mu.Unlock()
	from, to := min((page-1)*perPage, s.n), min(page*perPage, s.n)
	var items []string
	for i := from; i < to; i++ {
		items = append(items, fmt.Sprintf(`{"id":%d,"reference":"T%05d","amount":500000,"currency":"NGN","status":"success","subaccount":{}}`, i+1, i))
	}
	meta := fmt.Sprintf(`"total":%d,"page":%d,"pageCount":%d`, s.n, page, (s.n+perPage-1)/perPage)
	switch s.metaPerPage {
	case "number":
		meta += fmt.Sprintf(`,"perPage":%d`, perPage)
	case "string":
		meta += fmt.Sprintf(`,"perPage":"%d"`, perPage)
	}
	fmt.Fprintf(w, `{"status":true,"message":"Transactions retrieved","data":[%s],"meta":{%s}}`, strings.Join(items, ","), meta)
}

// GET /transaction documents its page size as per_page in the spec, where
// Paystack's docs say perPage; whichever the server reads (or neither), the
// walk gets every charge once.
func TestAllTransactionsWalksWhicheverPageSizeTheServerReads(t *testing.T) {
	for _, srv := range []*txServer{
		{n: 230, sizeParam: "per_page", metaPerPage: "string"},
		{n: 230, sizeParam: "perPage", metaPerPage: "number"},
		{n: 230, sizeParam: "", metaPerPage: "number"},
		{n: 230, sizeParam: "", metaPerPage: ""},
	} {
		t.Run(fmt.Sprintf("reads %q, meta perPage %q", srv.sizeParam, srv.metaPerPage), func(t *testing.T) {
			c, _, _ := newTestClient(t, srv, WithConcurrency(3))
			all, err := c.AllTransactions(context.Background(), TransactionQuery{Status: TransactionSuccess})
			if err != nil {
				t.Fatal(err)
			}
			if len(all) != 230 {
				t.Fatalf("got %d charges, want 230", len(all))
			}
			for i, tx := range all {
				if want := fmt.Sprintf("T%05d", i); tx.Reference != want {
					t.Fatalf("charge %d is %s, want %s: the result keeps Paystack's order", i, tx.Reference, want)
				}
			}
			for page, n := range srv.requests {
				if n != 1 {
					t.Errorf("page %d fetched %d times", page, n)
				}
			}
		})
	}
}

// The shapes Paystack sends for one charge: split with a subaccount or not
// ({}), a plan as an object, a code or nothing, numbers as text, paid_at
// and paidAt, dates with and without milliseconds.
func TestTransactionDecodesPaystacksShapes(t *testing.T) {
	body := `{"status":true,"message":"Transactions retrieved","data":[
	 {"id":"11","reference":"split","amount":"500000","currency":"ngn","status":"SUCCESS","channel":"card","domain":"live",
	  "paid_at":"2026-01-02T10:00:00.000Z","created_at":"2026-01-02T09:59:00Z",
	  "customer":{"id":5,"email":"ada@example.com","first_name":"Ada","last_name":null,"customer_code":"CUS_1"},
	  "plan":{"id":3,"name":"Gold","plan_code":"PLN_gold","amount":500000,"interval":"monthly","currency":"NGN"},
	  "subaccount":{"id":9,"subaccount_code":"ACCT_chosen","business_name":"Chinedu Okafor Academy","currency":"NGN","active":1},
	  "split":{}},
	 {"id":12,"reference":"main","amount":100,"currency":"NGN","status":"success","paid_at":null,"paidAt":"2026-01-03 08:00:00",
	  "plan":"PLN_code_only","subaccount":{},"split":{"split_code":"SPL_x"}},
	 {"id":13,"reference":"abandoned","amount":100,"currency":"NGN","status":"abandoned","paid_at":null,"created_at":"not a date",
	  "plan":null,"subaccount":null,"split":null,"customer":null}
	],"meta":{"total":3,"perPage":"50","page":1,"pageCount":1}}`
	c, _, _ := newTestClient(t, answer(200, body))
	txs, meta, err := c.ListTransactions(context.Background(), TransactionQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(txs) != 3 || meta.PerPage != 50 || meta.Total != 3 {
		t.Fatalf("%d charges, meta %+v", len(txs), meta)
	}
	split, main, abandoned := txs[0], txs[1], txs[2]
	if split.Amount != 500000 || split.Currency != "NGN" || split.Status != TransactionSuccess || split.Domain != ModeLive ||
		split.Subaccount.Code != "ACCT_chosen" || split.Subaccount.BusinessName != "Chinedu Okafor Academy" ||
		split.Plan.Code != "PLN_gold" || split.Customer.Email != "ada@example.com" ||
		!split.PaidAt.Equal(time.Date(2026, 1, 2, 10, 0, 0, 0, time.UTC)) {
		t.Errorf("split charge: %+v", split)
	}
	if main.Subaccount.Code != "" || main.Plan.Code != "PLN_code_only" || main.SplitCode != "SPL_x" ||
		!main.When().Equal(time.Date(2026, 1, 3, 8, 0, 0, 0, time.UTC)) {
		t.Errorf("unsplit charge: %+v", main)
	}
	if abandoned.Status != TransactionAbandoned || !abandoned.When().IsZero() || abandoned.Subaccount.Code != "" || abandoned.Customer.Email != "" {
		t.Errorf("abandoned charge: %+v", abandoned)
	}
}

// A bad answer in one page ends the walk with that page's error.
func TestAllTransactionsStopsOnError(t *testing.T) {
	srv := &txServer{n: 500, sizeParam: "perPage", metaPerPage: "number"}
	c, _, secret := newTestClient(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("page") == "3" {
			answer(403, `{"status":false,"message":"Your IP address is not allowed to make this call"}`)(w, r)
			return
		}
		srv.ServeHTTP(w, r)
	}))
	_, err := c.AllTransactions(context.Background(), TransactionQuery{})
	assertFailure(t, err, KindIPNotAllowed, secret)
}
