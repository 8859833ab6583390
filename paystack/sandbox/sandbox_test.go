package sandbox

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"testing"
)

func TestDemoKeysNeverLookReal(t *testing.T) {
	realLooking := regexp.MustCompile(`^sk_(test|live)_[0-9a-f]{40}$`)
	shape := regexp.MustCompile(`^sk_(test|live)_[a-z0-9]{40}$`)
	for _, k := range []string{DemoTestKey, DemoLiveKey} {
		if !shape.MatchString(k) {
			t.Errorf("%s… does not have a secret key's shape (prefix + 40 of [a-z0-9])", k[:12])
		}
		if realLooking.MatchString(k) {
			t.Errorf("%s… looks like a real key", k[:12])
		}
	}
}

func TestKeyCheck(t *testing.T) {
	s := New(Options{})
	for name, key := range map[string]string{"missing": "", "unknown": "sk_test_nosuchkeyhere", "public": "pk_test_sandboxpublickey"} {
		a := do(t, s, key, "GET", "/balance", "")
		if a.status != 401 || a.raw != `{"status":false,"message":"Invalid key"}` {
			t.Errorf("%s key: %d %s, want 401 Invalid key", name, a.status, a.raw)
		}
	}
	if a := do(t, s, DemoTestKey, "GET", "/balance", ""); a.status != 200 {
		t.Fatalf("demo test key refused: %d %s", a.status, a.raw)
	}
	s.RevokeKey(DemoTestKey)
	if a := do(t, s, DemoTestKey, "GET", "/balance", ""); a.status != 401 {
		t.Errorf("revoked key still accepted: %d", a.status)
	}
	s.AddKey("sk_live_added_by_test", ModeLive)
	a := do(t, s, "sk_live_added_by_test", "GET", "/subaccount", "")
	if a.status != 200 || str(a.list()[0], "subaccount_code") == "" {
		t.Fatalf("added key: %d %s", a.status, a.raw)
	}
}

// Test and live integrations are separate on Paystack: a subaccount created
// with the live key must not show up for the test key.
func TestModesHaveSeparateData(t *testing.T) {
	s := New(Options{})
	created := do(t, s, DemoLiveKey, "POST", "/subaccount",
		`{"business_name":"Live Only","settlement_bank":"044","account_number":"0690000032","percentage_charge":10}`)
	if got := str(created.data(), "domain"); got != "live" {
		t.Errorf("domain %q, want live", got)
	}
	code := str(created.data(), "subaccount_code")
	if a := do(t, s, DemoTestKey, "GET", "/subaccount/"+code, ""); a.status != 404 {
		t.Errorf("test key sees the live subaccount: %d", a.status)
	}
	fetched := do(t, s, DemoLiveKey, "GET", "/subaccount/"+code, "")
	if fetched.status != 200 || str(fetched.data(), "domain") != "live" {
		t.Errorf("live key fetch: %d %s", fetched.status, fetched.raw)
	}
}

func TestCreatedSubaccountAppearsInListAndFetch(t *testing.T) {
	s := New(Options{})
	before := do(t, s, DemoTestKey, "GET", "/subaccount", "")
	a := do(t, s, DemoTestKey, "POST", "/subaccount",
		`{"business_name":"Accra Soap Co","settlement_bank":"040100","account_number":"1021304050699","percentage_charge":12.5,"primary_contact_email":"ama@soap.example"}`)
	if a.status != 201 || a.message() != "Subaccount created" {
		t.Fatalf("create: %d %s", a.status, a.raw)
	}
	d := a.data()
	code := str(d, "subaccount_code")
	if !regexp.MustCompile(`^ACCT_[a-z0-9]{15}$`).MatchString(code) {
		t.Errorf("subaccount_code %q does not look like Paystack's", code)
	}
	for k, want := range map[string]any{
		"settlement_bank": "GCB Bank Limited", "currency": "GHS", "is_verified": false,
		"settlement_schedule": "AUTO", "active": true, "percentage_charge": 12.5, "domain": "test",
	} {
		if d[k] != want {
			t.Errorf("%s = %v, want %v", k, d[k], want)
		}
	}
	after := do(t, s, DemoTestKey, "GET", "/subaccount", "")
	if num(after.meta(), "total") != num(before.meta(), "total")+1 {
		t.Errorf("total %d after create, was %d", num(after.meta(), "total"), num(before.meta(), "total"))
	}
	first := after.list()[0]
	if str(first, "subaccount_code") != code || first["active"] != float64(1) || str(first, "settlement_bank") != "GCB Bank Limited" {
		t.Errorf("newest list item is %v, want the new subaccount with active 1", first)
	}
	fetched := do(t, s, DemoTestKey, "GET", "/subaccount/"+code, "")
	if fetched.data()["active"] != true || str(fetched.data(), "account_number") != "1021304050699" {
		t.Errorf("fetch: %s", fetched.raw)
	}
}

func TestCreateAcceptsFormAndBankCodeAlias(t *testing.T) {
	s := New(Options{})
	form := url.Values{"business_name": {"Kano Leather"}, "bank_code": {"057"}, "account_number": {"2087654329"}, "percentage_charge": {"20"}}
	a := do(t, s, DemoTestKey, "POST", "/subaccount", form.Encode())
	if a.status != 201 || str(a.data(), "settlement_bank") != "Zenith Bank" || a.data()["percentage_charge"] != float64(20) {
		t.Fatalf("form create: %d %s", a.status, a.raw)
	}
}

func TestCreateValidation(t *testing.T) {
	s := New(Options{})
	cases := []struct{ name, body, code, inMessage string }{
		{"no business name", `{"settlement_bank":"058","account_number":"0123456047","percentage_charge":10}`, "missing_params", "Business name"},
		{"no bank", `{"business_name":"X","account_number":"0123456047","percentage_charge":10}`, "missing_params", "Settlement bank"},
		{"no account", `{"business_name":"X","settlement_bank":"058","percentage_charge":10}`, "missing_params", "Account number"},
		{"no percentage", `{"business_name":"X","settlement_bank":"058","account_number":"0123456047"}`, "missing_params", "Percentage"},
		{"unknown bank", `{"business_name":"X","settlement_bank":"999","account_number":"0123456047","percentage_charge":10}`, "invalid_bank_code", "999"},
		{"short NUBAN", `{"business_name":"X","settlement_bank":"058","account_number":"012345604","percentage_charge":10}`, "invalid_account_number", "10 digits"},
		{"letters", `{"business_name":"X","settlement_bank":"058","account_number":"01234560AB","percentage_charge":10}`, "invalid_account_number", "10 digits"},
		{"percentage over 100", `{"business_name":"X","settlement_bank":"058","account_number":"0123456047","percentage_charge":150}`, "invalid_params", "between 0 and 100"},
		{"percentage text", `{"business_name":"X","settlement_bank":"058","account_number":"0123456047","percentage_charge":"ten"}`, "invalid_params", "between 0 and 100"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := do(t, s, DemoTestKey, "POST", "/subaccount", c.body)
			if a.status != 400 || a.body["type"] != "validation_error" || a.body["code"] != c.code {
				t.Fatalf("%d %s, want 400 validation_error %s", a.status, a.raw, c.code)
			}
			if !strings.Contains(a.message(), c.inMessage) || str(a.meta(), "nextStep") == "" {
				t.Errorf("message %q lacks %q or nextStep is empty", a.message(), c.inMessage)
			}
		})
	}
	if a := do(t, s, DemoTestKey, "GET", "/subaccount", ""); num(a.meta(), "total") != len(seededSubaccounts) {
		t.Errorf("refused creates changed the list: total %d", num(a.meta(), "total"))
	}
	if a := do(t, s, DemoTestKey, "POST", "/subaccount", `{"business_name":`); a.status != 400 {
		t.Errorf("truncated JSON body: %d", a.status)
	}
}

func TestSubaccountPagesCoverEverythingOnce(t *testing.T) {
	s := New(Options{Subaccounts: 231})
	seen := map[string]int{}
	total := 0
	for page := 1; ; page++ {
		a := do(t, s, DemoTestKey, "GET", fmt.Sprintf("/subaccount?perPage=50&page=%d", page), "")
		m := a.meta()
		total = num(m, "total")
		if num(m, "page") != page || num(m, "perPage") != 50 || num(m, "skipped") != (page-1)*50 || num(m, "pageCount") != (total+49)/50 {
			t.Fatalf("page %d meta %v", page, m)
		}
		if len(a.list()) == 0 {
			break
		}
		for _, it := range a.list() {
			seen[str(it, "subaccount_code")]++
		}
	}
	if want := 231 + len(seededSubaccounts); total != want || len(seen) != total {
		t.Fatalf("saw %d distinct of total %d, want %d", len(seen), total, want)
	}
	for code, n := range seen {
		if n != 1 {
			t.Errorf("%s listed %d times", code, n)
		}
	}
	if a := do(t, s, DemoTestKey, "GET", "/subaccount?perPage=500", ""); len(a.list()) != 100 || num(a.meta(), "perPage") != 100 {
		t.Errorf("perPage=500 gave %d items, perPage %d; Paystack caps at 100", len(a.list()), num(a.meta(), "perPage"))
	}
	if a := do(t, s, DemoTestKey, "GET", "/subaccount", ""); len(a.list()) != 50 {
		t.Errorf("default page has %d items, want 50", len(a.list()))
	}
	if a := do(t, s, DemoTestKey, "GET", "/subaccount?active=false&perPage=100", ""); num(a.meta(), "total") == 0 || len(a.list()) == 0 || a.list()[0]["active"] != float64(0) {
		t.Errorf("active=false filter: %v", a.meta())
	}
}

func TestUpdateAndDeleteSubaccount(t *testing.T) {
	s := New(Options{})
	code := str(do(t, s, DemoTestKey, "GET", "/subaccount", "").list()[0], "subaccount_code")
	a := do(t, s, DemoTestKey, "PUT", "/subaccount/"+code, `{"settlement_bank":"033","account_number":"2170000011","active":false}`)
	if a.status != 200 || str(a.data(), "settlement_bank") != "United Bank For Africa" || a.data()["active"] != false || a.data()["is_verified"] != false {
		t.Fatalf("update: %d %s", a.status, a.raw)
	}
	if a := do(t, s, DemoTestKey, "PUT", "/subaccount/"+code, `{"settlement_bank":"12345"}`); a.status != 400 {
		t.Errorf("update to unknown bank: %d", a.status)
	}
	if a := do(t, s, DemoTestKey, "GET", "/subaccount/"+code, ""); str(a.data(), "settlement_bank") != "United Bank For Africa" {
		t.Errorf("refused update changed the subaccount: %s", a.raw)
	}
	if !s.DeleteSubaccount(code) {
		t.Fatal("DeleteSubaccount did not find it")
	}
	a = do(t, s, DemoTestKey, "GET", "/subaccount/"+code, "")
	if a.status != 404 || a.raw != `{"status":false,"message":"Subaccount not found"}` {
		t.Errorf("deleted subaccount: %d %s", a.status, a.raw)
	}
	if a := do(t, s, DemoTestKey, "PUT", "/subaccount/"+code, `{"active":true}`); a.status != 404 {
		t.Errorf("update of deleted subaccount: %d", a.status)
	}
}

func TestBankFilters(t *testing.T) {
	s := New(Options{})
	ng := do(t, s, DemoTestKey, "GET", "/bank?country=Nigeria", "")
	codes := map[string]string{}
	for _, b := range ng.list() {
		codes[str(b, "code")] = str(b, "name")
		if str(b, "currency") != "NGN" || str(b, "type") != "nuban" {
			t.Errorf("Nigerian list holds %v", b)
		}
	}
	if len(codes) < 20 {
		t.Errorf("%d Nigerian banks, want 20+", len(codes))
	}
	for _, c := range []string{"044", "058", "057", "011", "033", "50211", "999992", "50515"} {
		if codes[c] == "" {
			t.Errorf("Nigerian bank %s missing", c)
		}
	}
	momo := do(t, s, DemoTestKey, "GET", "/bank?country=GHANA&type=mobile_money", "")
	var names []string
	for _, b := range momo.list() {
		names = append(names, str(b, "name"))
	}
	if strings.Join(names, ",") != "AirtelTigo,MTN,Vodafone" {
		t.Errorf("Ghana mobile money: %v", names)
	}
	if ke := do(t, s, DemoTestKey, "GET", "/bank?currency=KES", ""); !strings.Contains(ke.raw, `"M-PESA"`) || strings.Contains(ke.raw, `"NGN"`) {
		t.Errorf("Kenya list lacks M-PESA or holds other currencies")
	}
	za := do(t, s, DemoTestKey, "GET", "/bank?country=south+africa&enabled_for_verification=true", "")
	if len(za.list()) == 0 {
		t.Fatal("no South African bank enabled for verification")
	}
	for _, b := range za.list() {
		if b["enabled_for_verification"] != true || str(b, "currency") != "ZAR" {
			t.Errorf("verification filter let through %v", b)
		}
	}
	if a := do(t, s, DemoTestKey, "GET", "/bank?country=atlantis", ""); a.status != 200 || len(a.list()) != 0 {
		t.Errorf("unknown country: %d with %d banks", a.status, len(a.list()))
	}
}

// Every bank code must be unique, or resolve and create would pick the wrong bank.
func TestBankCodesUnique(t *testing.T) {
	all := do(t, New(Options{}), DemoTestKey, "GET", "/bank", "")
	seen := map[string]bool{}
	for _, b := range all.list() {
		if seen[str(b, "code")] {
			t.Errorf("bank code %s used twice", str(b, "code"))
		}
		seen[str(b, "code")] = true
	}
	if len(seen) < 60 {
		t.Errorf("only %d banks in the unfiltered list", len(seen))
	}
}

func TestBankCursorPagesCoverEverythingOnce(t *testing.T) {
	s := New(Options{})
	want := len(do(t, s, DemoTestKey, "GET", "/bank?currency=NGN", "").list())
	seen := map[string]int{}
	path := "/bank?currency=NGN&use_cursor=true&perPage=7"
	var firstPage []map[string]any
	var lastMeta map[string]any
	for pages := 0; ; pages++ {
		if pages > 10 {
			t.Fatal("cursor pages never end")
		}
		a := do(t, s, DemoTestKey, "GET", path, "")
		if pages == 0 {
			firstPage = a.list()
			if a.meta()["previous"] != nil {
				t.Errorf("first page has a previous cursor")
			}
		}
		for _, b := range a.list() {
			seen[str(b, "code")]++
		}
		lastMeta = a.meta()
		next, _ := a.meta()["next"].(string)
		if next == "" {
			break
		}
		path = "/bank?currency=NGN&use_cursor=true&perPage=7&next=" + url.QueryEscape(next)
	}
	if len(seen) != want {
		t.Errorf("cursor pages gave %d banks, the full list has %d", len(seen), want)
	}
	for c, n := range seen {
		if n != 1 {
			t.Errorf("bank %s on %d pages", c, n)
		}
	}
	// Going back from the second page lands on the first page.
	second := do(t, s, DemoTestKey, "GET", "/bank?currency=NGN&use_cursor=true&perPage=7&next="+url.QueryEscape(*encodeCursor(7)), "")
	prev, _ := second.meta()["previous"].(string)
	back := do(t, s, DemoTestKey, "GET", "/bank?currency=NGN&use_cursor=true&perPage=7&previous="+url.QueryEscape(prev), "")
	if fmt.Sprint(back.list()) != fmt.Sprint(firstPage) {
		t.Errorf("previous from page 2 is not page 1")
	}
	if lastMeta["next"] != nil {
		t.Errorf("last page still has a next cursor")
	}
	if a := do(t, s, DemoTestKey, "GET", "/bank?use_cursor=true&next=!!!", ""); a.status != 400 {
		t.Errorf("garbage cursor: %d", a.status)
	}
}

func TestBankOffsetPagesCoverEverythingOnce(t *testing.T) {
	s := New(Options{})
	want := len(do(t, s, DemoTestKey, "GET", "/bank", "").list())
	seen := map[string]int{}
	for page := 1; page < 20; page++ {
		a := do(t, s, DemoTestKey, "GET", fmt.Sprintf("/bank?perPage=25&page=%d", page), "")
		if len(a.list()) == 0 {
			break
		}
		for _, b := range a.list() {
			seen[str(b, "code")]++
		}
	}
	if len(seen) != want {
		t.Errorf("offset pages gave %d banks, the list has %d", len(seen), want)
	}
	for c, n := range seen {
		if n != 1 {
			t.Errorf("bank %s on %d pages", c, n)
		}
	}
}

func TestResolveAccount(t *testing.T) {
	s := New(Options{})
	a := do(t, s, DemoTestKey, "GET", "/bank/resolve?account_number=0123456047&bank_code=058", "")
	name := str(a.data(), "account_name")
	if a.status != 200 || name == "" || num(a.data(), "bank_id") == 0 {
		t.Fatalf("resolve: %d %s", a.status, a.raw)
	}
	if again := do(t, s, DemoTestKey, "GET", "/bank/resolve?account_number=0123456047&bank_code=058", ""); str(again.data(), "account_name") != name {
		t.Errorf("the same number resolved to %q, then %q", name, str(again.data(), "account_name"))
	}
	if gh := do(t, s, DemoTestKey, "GET", "/bank/resolve?account_number=0241234567&bank_code=MTN", ""); gh.status != 200 {
		t.Errorf("Ghana mobile money resolve: %d %s", gh.status, gh.raw)
	}
	bad := do(t, s, DemoTestKey, "GET", "/bank/resolve?account_number=0123456000&bank_code=058", "")
	if bad.status != 422 || bad.message() != "Could not resolve account name. Check parameters or try again." {
		t.Errorf("number ending 000: %d %s", bad.status, bad.raw)
	}
	if za := do(t, s, DemoTestKey, "GET", "/bank/resolve?account_number=1234567890&bank_code=632005", ""); za.status != 400 {
		t.Errorf("South African resolve: %d, want a refusal", za.status)
	}
	if ke := do(t, s, DemoTestKey, "GET", "/bank/resolve?account_number=1234567890&bank_code=01", ""); ke.status != 400 {
		t.Errorf("Kenyan resolve: %d, want a refusal", ke.status)
	}
}

func TestValidateSouthAfricanAccount(t *testing.T) {
	s := New(Options{})
	body := func(bank, number string) string {
		return fmt.Sprintf(`{"account_name":"Ann Bron","account_number":%q,"account_type":"personal","bank_code":%q,"country_code":"ZA","document_type":"identityNumber","document_number":"1234567890123"}`, number, bank)
	}
	a := do(t, s, DemoTestKey, "POST", "/bank/validate", body("632005", "0123456789"))
	if a.status != 200 || a.data()["verified"] != true || str(a.data(), "verificationMessage") == "" {
		t.Errorf("validate: %d %s", a.status, a.raw)
	}
	if a := do(t, s, DemoTestKey, "POST", "/bank/validate", body("632005", "0123456000")); a.data()["verified"] != false {
		t.Errorf("number ending 000 verified: %s", a.raw)
	}
	if a := do(t, s, DemoTestKey, "POST", "/bank/validate", body("678910", "0123456789")); a.status != 400 {
		t.Errorf("bank not enabled for verification: %d", a.status)
	}
}

func TestBalances(t *testing.T) {
	s := New(Options{})
	if a := do(t, s, DemoLiveKey, "GET", "/balance", ""); len(a.list()) != 1 || str(a.list()[0], "currency") != "NGN" {
		t.Errorf("default balances: %s", a.raw)
	}
	s.SetBalance("usd", 1234)
	a := do(t, s, DemoLiveKey, "GET", "/balance", "")
	if len(a.list()) != 2 || str(a.list()[1], "currency") != "USD" || num(a.list()[1], "balance") != 1234 {
		t.Errorf("after SetBalance(USD): %s", a.raw)
	}
	s.RemoveBalance("USD")
	if a := do(t, s, DemoLiveKey, "GET", "/balance", ""); strings.Contains(a.raw, "USD") {
		t.Errorf("after RemoveBalance(USD): %s", a.raw)
	}
	gh := New(Options{Currency: "GHS", USDBalance: true})
	if a := do(t, gh, DemoTestKey, "GET", "/balance", ""); !strings.Contains(a.raw, `"GHS"`) || !strings.Contains(a.raw, `"USD"`) || strings.Contains(a.raw, "NGN") {
		t.Errorf("Ghana integration with USD: %s", a.raw)
	}
}

func TestPlans(t *testing.T) {
	a := do(t, New(Options{}), DemoTestKey, "GET", "/plan", "")
	intervals := map[string]int{}
	for _, p := range a.list() {
		intervals[str(p, "interval")] = num(p, "amount")
	}
	if intervals["quarterly"] == 0 || intervals["monthly"] != 500000 {
		t.Errorf("plans %v: want a quarterly plan and NGN 5,000 monthly in kobo", intervals)
	}
	if q := do(t, New(Options{}), DemoTestKey, "GET", "/plan?interval=quarterly", ""); len(q.list()) != 1 {
		t.Errorf("interval filter gave %d plans", len(q.list()))
	}
}

func TestUnknownRouteIsJSON(t *testing.T) {
	a := do(t, New(Options{}), DemoTestKey, "GET", "/transaction/verify/x", "")
	if a.status != 404 || a.body["status"] != false {
		t.Errorf("unknown route: %d %s", a.status, a.raw)
	}
	if a := do(t, New(Options{}), DemoTestKey, "DELETE", "/subaccount", ""); a.status != 404 || a.body == nil {
		t.Errorf("wrong method: %d %s", a.status, a.raw)
	}
}
