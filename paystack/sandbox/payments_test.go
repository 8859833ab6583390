package sandbox

import (
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"
)

var sandboxNow = time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)

func clockAt(t time.Time) func() time.Time { return func() time.Time { return t } }

func subaccountCode(t *testing.T, s *Server, key, name string) string {
	t.Helper()
	for _, it := range do(t, s, key, "GET", "/subaccount?perPage=100", "").list() {
		if str(it, "business_name") == name {
			return str(it, "subaccount_code")
		}
	}
	t.Fatalf("no subaccount %q", name)
	return ""
}

// The demo's charges show each case the audit tells apart, in test mode;
// live mode starts with none, as a new live integration does.
func TestSeededChargesCoverEveryCase(t *testing.T) {
	s := New(Options{Now: clockAt(sandboxNow)})
	chosen := subaccountCode(t, s, DemoTestKey, "Chinedu Okafor Academy")
	txs := do(t, s, DemoTestKey, "GET", "/transaction?perPage=100", "").list()
	var cases []string
	for _, tx := range txs {
		sub, _ := tx["subaccount"].(map[string]any)
		routed := "unsplit"
		switch code := str(sub, "subaccount_code"); {
		case code == chosen:
			routed = "chosen"
		case code != "":
			routed = "other"
		}
		cases = append(cases, str(tx, "status")+"/"+routed+"/"+str(tx, "currency"))
		if paid := tx["paid_at"]; (str(tx, "status") == "success") != (paid != nil) {
			t.Errorf("%s charge with paid_at %v", str(tx, "status"), paid)
		}
		if len(sub) != 0 && routed == "unsplit" {
			t.Errorf("an unsplit charge must carry {}: %v", sub)
		}
	}
	for _, want := range []string{"success/chosen/NGN", "success/unsplit/NGN", "success/other/NGN", "failed/chosen/NGN", "abandoned/chosen/NGN", "success/chosen/USD"} {
		if !slices.Contains(cases, want) {
			t.Errorf("no %s charge among %v", want, cases)
		}
	}
	if live := do(t, s, DemoLiveKey, "GET", "/transaction", "").list(); len(live) != 0 {
		t.Errorf("live mode starts with %d charges", len(live))
	}
}

func TestTransactionFiltersAndPages(t *testing.T) {
	s := New(Options{Now: clockAt(sandboxNow)})
	chosen := subaccountCode(t, s, DemoLiveKey, "Chinedu Okafor Academy")
	for i := range 23 {
		sub := chosen
		if i%5 == 0 {
			sub = ""
		}
		status := "success"
		if i%4 == 0 {
			status = "failed"
		}
		if _, err := s.AddPurchase(ModeLive, Purchase{Subaccount: sub, Status: status, At: sandboxNow.Add(-time.Duration(i) * day)}); err != nil {
			t.Fatal(err)
		}
	}
	count := func(query string) (int, map[string]any) {
		a := do(t, s, DemoLiveKey, "GET", "/transaction?"+query, "")
		if a.status != 200 {
			t.Fatalf("%s: %d %s", query, a.status, a.raw)
		}
		return len(a.list()), a.meta()
	}
	if n, _ := count("status=failed&perPage=100"); n != 6 {
		t.Errorf("status=failed: %d, want 6", n)
	}
	if n, _ := count("subaccount_code=" + chosen + "&perPage=100"); n != 18 {
		t.Errorf("subaccount_code: %d, want 18", n)
	}
	from := sandboxNow.Add(-10*day - time.Hour).Format(time.RFC3339)
	if n, _ := count("from=" + from + "&perPage=100"); n != 11 {
		t.Errorf("from %s: %d, want 11", from, n)
	}
	// The spec's per_page and the docs' perPage are both read; the meta's
	// perPage is a string, as the spec allows.
	for _, size := range []string{"per_page=5", "perPage=5"} {
		seen := map[string]bool{}
		for page := 1; page <= 5; page++ {
			a := do(t, s, DemoLiveKey, "GET", fmt.Sprintf("/transaction?%s&page=%d", size, page), "")
			if pp, ok := a.meta()["perPage"].(string); !ok || pp != "5" {
				t.Errorf("%s: meta perPage %#v, want the string \"5\"", size, a.meta()["perPage"])
			}
			for _, tx := range a.list() {
				ref := str(tx, "reference")
				if seen[ref] {
					t.Errorf("%s: %s on two pages", size, ref)
				}
				seen[ref] = true
			}
		}
		if len(seen) != 23 {
			t.Errorf("%s: pages hold %d charges, want 23", size, len(seen))
		}
	}
}

// A purchase made at run time arrives first in the list, in the
// subaccount's currency; the control endpoint is the sandbox's own: not
// counted as a Paystack request, and untouched by faults.
func TestPurchaseArrives(t *testing.T) {
	s := New(Options{Now: clockAt(sandboxNow)})
	ghana := subaccountCode(t, s, DemoLiveKey, "Kumasi Coding School")
	ref, err := s.AddPurchase(ModeLive, Purchase{Subaccount: ghana, Amount: 1500, Email: "kofi@example.com"})
	if err != nil {
		t.Fatal(err)
	}
	first := do(t, s, DemoLiveKey, "GET", "/transaction", "").list()[0]
	sub, _ := first["subaccount"].(map[string]any)
	if str(first, "reference") != ref || str(first, "currency") != "GHS" || num(first, "amount") != 1500 ||
		str(sub, "subaccount_code") != ghana || str(first["customer"].(map[string]any), "email") != "kofi@example.com" {
		t.Errorf("purchase %s arrived as %v", ref, first)
	}

	s.InjectFault(Fault{Kind: FaultIPNotAllowed})
	s.ResetCounters()
	a := do(t, s, DemoLiveKey, "POST", ControlPrefix+"purchase", `{"amount":250000,"status":"success"}`)
	if a.status != 201 || str(a.data(), "currency") != "NGN" || len(a.data()["subaccount"].(map[string]any)) != 0 {
		t.Errorf("POST purchase under an IP fault: %d %s", a.status, a.raw)
	}
	if s.Requests() != 0 {
		t.Errorf("the control call counted as %d Paystack requests", s.Requests())
	}
	s.ClearFaults()
	if form := do(t, s, DemoLiveKey, "POST", ControlPrefix+"purchase", "status=abandoned&amount=100"); form.status != 201 || str(form.data(), "status") != "abandoned" {
		t.Errorf("form body: %d %s", form.status, form.raw)
	}
	// curl -d labels JSON as a form: what is plainly JSON is read as JSON.
	req, _ := http.NewRequest("POST", BaseURL+ControlPrefix+"purchase", strings.NewReader(`{"amount":250000}`))
	req.Header.Set("Authorization", "Bearer "+DemoLiveKey)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if resp, err := (&http.Client{Transport: s.Transport()}).Do(req); err != nil || resp.StatusCode != 201 {
		t.Errorf("JSON labelled a form: %v %v", resp, err)
	}
	for _, c := range []struct {
		key, path, body string
		status          int
		says            string
	}{
		{DemoLiveKey, "purchase", `{"subaccount":"ACCT_nosuchthing0000"}`, 400, "no subaccount ACCT_nosuchthing0000"},
		{DemoLiveKey, "purchase", `{"status":"pending"}`, 400, "not success, failed, abandoned or reversed"},
		{DemoLiveKey, "purchase", `{"amount":"lots"}`, 400, "whole number"},
		{"", "purchase", `{}`, 401, "Invalid key"},
		{DemoLiveKey, "refund", `{}`, 404, "POST /_sandbox/purchase"},
	} {
		a := do(t, s, c.key, "POST", ControlPrefix+c.path, c.body)
		if a.status != c.status || !strings.Contains(a.message(), c.says) {
			t.Errorf("%s %s: %d %q, want %d saying %q", c.path, c.body, a.status, a.message(), c.status, c.says)
		}
	}
	list := do(t, s, DemoLiveKey, "GET", "/transaction?perPage=100", "").list()
	if len(list) != 4 || num(list[0], "amount") != 250000 {
		t.Errorf("%d charges after 4 accepted purchases, the last of %d", len(list), num(list[0], "amount"))
	}
}

func cardExpiry(it map[string]any) time.Time {
	auth := it["authorization"].(map[string]any)
	var month, year int
	fmt.Sscan(str(auth, "exp_month"), &month)
	fmt.Sscan(str(auth, "exp_year"), &year)
	return time.Date(year, time.Month(month)+1, 1, 0, 0, 0, 0, time.UTC)
}

func TestSeededSubscriptionsCoverEveryStatus(t *testing.T) {
	s := New(Options{Now: clockAt(sandboxNow)})
	a := do(t, s, DemoTestKey, "GET", "/subscription?perPage=100", "")
	statuses := map[string]int{}
	expiring := 0
	for _, it := range a.list() {
		status := str(it, "status")
		statuses[status]++
		next, hasNext := it["next_payment_date"].(string)
		if (status == SubCompleted || status == SubCancelled) == hasNext {
			t.Errorf("%s subscription with next_payment_date %v", status, it["next_payment_date"])
		}
		when, _ := time.Parse(time.RFC3339, next)
		if status == SubAttention && !when.After(sandboxNow) {
			t.Errorf("attention: Paystack tries again on the next payment date, %s is not ahead", next)
		}
		if status == SubActive && hasNext && cardExpiry(it).Before(when) {
			expiring++
		}
		if _, isInt := it["authorization"].(map[string]any)["reusable"].(float64); !isInt {
			t.Errorf("a listed authorization's reusable is an integer: %v", it["authorization"])
		}
	}
	for _, st := range []string{SubActive, SubNonRenewing, SubAttention, SubCompleted, SubCancelled} {
		if statuses[st] == 0 {
			t.Errorf("no %s subscription: %v", st, statuses)
		}
	}
	if statuses[SubAttention] < 2 || expiring == 0 {
		t.Errorf("the demo needs two failed renewals and a card expiring before its next payment: %v, %d expiring", statuses, expiring)
	}
	if live := do(t, s, DemoLiveKey, "GET", "/subscription", "").list(); len(live) != 0 {
		t.Errorf("live mode starts with %d subscriptions", len(live))
	}
}

// The card-update link and email are for active subscriptions only, as
// Paystack says; every email is counted per subscription.
func TestManageLinkAndEmail(t *testing.T) {
	s := New(Options{Now: clockAt(sandboxNow)})
	attention := s.SubscriptionCodes(ModeTest, SubAttention)[0]
	cancelled := s.SubscriptionCodes(ModeTest, SubCancelled)[0]

	link := do(t, s, DemoTestKey, "GET", "/subscription/"+attention+"/manage/link", "")
	if l := str(link.data(), "link"); link.status != 200 || !strings.HasPrefix(l, BaseURL+"/manage/subscriptions/"+attention+"?subscription_token=") {
		t.Errorf("link: %d %s", link.status, link.raw)
	}
	for range 2 {
		if a := do(t, s, DemoTestKey, "POST", "/subscription/"+attention+"/manage/email", ""); a.status != 200 || a.message() != "Email successfully sent" {
			t.Errorf("email: %d %s", a.status, a.raw)
		}
	}
	for _, path := range []string{"/subscription/" + cancelled + "/manage/link", "/subscription/" + cancelled + "/manage/email"} {
		method := map[bool]string{true: "GET", false: "POST"}[strings.HasSuffix(path, "link")]
		if a := do(t, s, DemoTestKey, method, path, ""); a.status != 400 || !strings.Contains(a.message(), "not active") {
			t.Errorf("%s %s on a cancelled subscription: %d %s", method, path, a.status, a.raw)
		}
	}
	if a := do(t, s, DemoTestKey, "GET", "/subscription/SUB_nosuchthing00/manage/link", ""); a.status != 404 {
		t.Errorf("unknown subscription: %d", a.status)
	}
	// Test and live are separate integrations, here too.
	if a := do(t, s, DemoLiveKey, "POST", "/subscription/"+attention+"/manage/email", ""); a.status != 404 {
		t.Errorf("a test subscription emailed with the live key: %d", a.status)
	}
	if s.ManageEmails(attention) != 2 || s.ManageEmails(cancelled) != 0 {
		t.Errorf("emails counted: %d for %s, %d for the cancelled one", s.ManageEmails(attention), attention, s.ManageEmails(cancelled))
	}
}

// Paystack refuses every secret-key call from an address off the key's
// whitelist: the new endpoints are no exception.
func TestIPWhitelistRefusalCoversChargesAndSubscriptions(t *testing.T) {
	s := New(Options{Now: clockAt(sandboxNow)})
	code := s.SubscriptionCodes(ModeTest, SubActive)[0]
	s.InjectFault(Fault{Kind: FaultIPNotAllowed, Status: 403})
	for _, r := range []struct{ method, path string }{
		{"GET", "/transaction?status=success"}, {"GET", "/subscription"},
		{"GET", "/subscription/" + code + "/manage/link"}, {"POST", "/subscription/" + code + "/manage/email"},
	} {
		a := do(t, s, DemoTestKey, r.method, r.path, "")
		if a.status != 403 || a.message() != "Your IP address is not allowed to make this call" {
			t.Errorf("%s %s: %d %s", r.method, r.path, a.status, a.raw)
		}
	}
	if s.ManageEmails(code) != 0 {
		t.Error("a refused email was counted as sent")
	}
}

func TestAddSubscription(t *testing.T) {
	s := New(Options{Now: clockAt(sandboxNow)})
	failed := sandboxNow.Add(-10 * day)
	code, err := s.AddSubscription(ModeLive, Subscriber{Status: SubAttention, Email: "ada@example.com", FailedAt: failed, CardExpMonth: 1, CardExpYear: 2026})
	if err != nil {
		t.Fatal(err)
	}
	items := do(t, s, DemoLiveKey, "GET", "/subscription", "").list()
	if len(items) != 1 || str(items[0], "subscription_code") != code || str(items[0], "status") != SubAttention {
		t.Fatalf("%v", items)
	}
	next, _ := time.Parse(time.RFC3339, str(items[0], "next_payment_date"))
	if want := failed.AddDate(0, 1, 0); !next.Equal(want) {
		t.Errorf("next payment %v, want a monthly interval after the failure, %v", next, want)
	}
	for _, bad := range []Subscriber{{Status: "paused"}, {Plan: "PLN_nosuchplan00000"}} {
		if _, err := s.AddSubscription(ModeLive, bad); err == nil {
			t.Errorf("%+v accepted", bad)
		}
	}
}

// Generated subscribers (10,000 in the benchmarks) page through whole.
func TestGeneratedSubscriptionsPageThroughOnce(t *testing.T) {
	s := New(Options{Now: clockAt(sandboxNow), Subscriptions: 1500})
	seen := map[string]bool{}
	total := 0
	for page := 1; ; page++ {
		a := do(t, s, DemoLiveKey, "GET", fmt.Sprintf("/subscription?perPage=100&page=%d", page), "")
		total = num(a.meta(), "total")
		items := a.list()
		if len(items) == 0 {
			break
		}
		for _, it := range items {
			seen[str(it, "subscription_code")] = true
		}
	}
	if total != 1500 || len(seen) != 1500 {
		t.Errorf("total %d, %d distinct on the pages; want 1500", total, len(seen))
	}
}

// The demo shows a card that runs out before its next payment on any day
// of the year, not only on the day the seeds were written for.
func TestSeededExpiringCardOnAnyDay(t *testing.T) {
	for d := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC); d.Year() == 2026; d = d.AddDate(0, 0, 7) {
		s := New(Options{Now: clockAt(d)})
		expiring := 0
		for _, it := range do(t, s, DemoTestKey, "GET", "/subscription?perPage=100", "").list() {
			next, err := time.Parse(time.RFC3339, str(it, "next_payment_date"))
			if str(it, "status") == SubActive && err == nil && !cardExpiry(it).After(next) {
				expiring++
			}
		}
		if expiring != 1 {
			t.Errorf("on %s the demo has %d active subscriptions whose card runs out before the next payment, want 1", d.Format("2006-01-02"), expiring)
		}
	}
}
