package payments

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"paystack-setup/paystack"
)

// The line a script reads: every field present, the amount in main units
// as text, paid_at in UTC (null for a charge that was not paid), and no
// customer email.
func TestLineOfACharge(t *testing.T) {
	paid := Charge{Reference: "T1", Amount: 500000, Currency: "NGN", Status: paystack.TransactionSuccess,
		PaidAt: time.Date(2026, 3, 10, 13, 0, 0, 0, time.FixedZone("WAT", 3600)), Email: "amaka@example.com",
		SubaccountCode: "ACCT_x", SubaccountName: "Chinedu Okafor Academy", Routed: true}
	failed := Charge{Reference: "T2", Amount: 5, Currency: "GHS", Status: paystack.TransactionFailed}
	for _, tc := range []struct {
		c    Charge
		want string
	}{
		{paid, `{"reference":"T1","amount":"5000.00","currency":"NGN","status":"success","paid_at":"2026-03-10T12:00:00Z","subaccount_code":"ACCT_x","routed":true}`},
		{failed, `{"reference":"T2","amount":"0.05","currency":"GHS","status":"failed","paid_at":null,"subaccount_code":"","routed":false}`},
	} {
		b, err := json.Marshal(LineOf(tc.c))
		if err != nil || string(b) != tc.want {
			t.Errorf("line %s, %v\nwant %s", b, err, tc.want)
		}
	}
}

// Enough to recognise one's own purchase, never the whole address.
func TestMaskEmail(t *testing.T) {
	for in, want := range map[string]string{
		"amaka.uche@example.com": "a***@example.com",
		" b@shop.ng ":            "b***@shop.ng",
		"ẞtudio@example.com":     "ẞ***@example.com",
		"no-at-sign":             "***",
		"@example.com":           "***",
		"":                       "",
	} {
		if got := MaskEmail(in); got != want {
			t.Errorf("MaskEmail(%q) = %q, want %q", in, got, want)
		}
	}
}

// docs/json.md documents the line: its example decodes into Line with no
// field left over or missing, and its table names exactly Line's fields.
func TestLineMatchesDoc(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "docs", "json.md"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	start, end := strings.Index(s, "<!-- BEGIN watch-json -->"), strings.Index(s, "<!-- END watch-json -->")
	if start < 0 || end < start {
		t.Fatal("docs/json.md has no watch-json section")
	}
	section := s[start:end]
	example := regexp.MustCompile("(?s)```json\n(.*?)\n```").FindStringSubmatch(section)
	if example == nil {
		t.Fatal("the watch-json section has no example")
	}
	dec := json.NewDecoder(bytes.NewReader([]byte(example[1])))
	dec.DisallowUnknownFields()
	var l Line
	if err := dec.Decode(&l); err != nil {
		t.Fatalf("the example is not a Line: %v", err)
	}
	var fields map[string]any
	_ = json.Unmarshal([]byte(example[1]), &fields)
	var tags []string
	typ := reflect.TypeFor[Line]()
	for i := range typ.NumField() {
		tag, _, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
		tags = append(tags, tag)
		if _, ok := fields[tag]; !ok {
			t.Errorf("the example leaves out %s", tag)
		}
	}
	var table []string
	for _, m := range regexp.MustCompile("(?m)^\\| `([a-z_]+)` \\|").FindAllStringSubmatch(section, -1) {
		table = append(table, m[1])
	}
	if !reflect.DeepEqual(table, tags) {
		t.Errorf("the table names %v, Line has %v", table, tags)
	}
}
