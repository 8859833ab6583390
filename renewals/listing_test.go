package renewals

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"paystack-setup/paystack"
)

func listingItems() []Item {
	failed := sub("SUB_failed", paystack.SubscriptionAttention, "monthly", now.AddDate(0, 0, -9), 1, 2026)
	failed.Amount = 500000
	failed.Plan.Name, failed.Plan.Currency = "Monthly Membership", "NGN"
	failed.Customer = paystack.Customer{Email: "ada@example.com", FirstName: "Adaeze", LastName: "Okafor"}
	failed.Authorization.Last4 = "4081"
	ending := sub("SUB_ending", paystack.SubscriptionNonRenewing, "annually", time.Time{}, 0, 0)
	ending.Plan.Name, ending.Plan.Currency, ending.Plan.Amount = "=HYPERLINK(\"x\")", "GHS", 4999
	ending.Customer = paystack.Customer{Email: "kofi@example.com", FirstName: "Kofi"}
	return Classify([]paystack.Subscription{ending, failed}, now)
}

// The command's JSON: one row per subscription with the fields scripts
// read, amounts in major units as strings, times in UTC, and the counts.
func TestListingJSON(t *testing.T) {
	sent := now.Add(-2 * time.Hour)
	l := NewListing(listingItems(), map[string]Email{"SUB_failed": {Mode: paystack.ModeLive, Code: "SUB_failed", At: sent, State: EmailSent}}, now)
	var b bytes.Buffer
	if err := l.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Version       int                 `json:"version"`
		Subscriptions []map[string]string `json:"subscriptions"`
		Summary       map[string]int      `json:"summary"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatalf("%v\n%s", err, b.String())
	}
	if got.Version != 1 || len(got.Subscriptions) != 2 {
		t.Fatalf("%s", b.String())
	}
	want := map[string]string{
		"subscription_code": "SUB_failed", "status": "attention", "reason": "failed_charge",
		"customer_email": "ada@example.com", "customer_name": "Adaeze Okafor", "plan_name": "Monthly Membership",
		"amount": "5000.00", "currency": "NGN", "next_payment_date": "2026-03-01T12:00:00Z",
		"card_last4": "4081", "card_expiry": "01/2026", "link_sent_at": "2026-03-10T10:00:00Z",
	}
	for k, v := range want {
		if got.Subscriptions[0][k] != v {
			t.Errorf("%s = %q, want %q", k, got.Subscriptions[0][k], v)
		}
	}
	if len(got.Subscriptions[0]) != len(want) {
		t.Errorf("fields %v", got.Subscriptions[0])
	}
	if r := got.Subscriptions[1]; r["amount"] != "49.99" || r["next_payment_date"] != "" || r["card_expiry"] != "" || r["link_sent_at"] != "" {
		t.Errorf("second row %v", r)
	}
	wantSummary := map[string]int{"total": 2, "failed_charge": 1, "card_expiring": 0, "non_renewing": 1, "overdue": 1, "emailed_recently": 1}
	for k, v := range wantSummary {
		if n, ok := got.Summary[k]; !ok || n != v {
			t.Errorf("summary %s = %d, want %d", k, n, v)
		}
	}
}

// The CSV has the JSON's columns; a cell a spreadsheet would run as a
// formula is defused.
func TestListingCSV(t *testing.T) {
	var b bytes.Buffer
	if err := NewListing(listingItems(), nil, now).WriteCSV(&b); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || strings.Join(rows[0], ",") != strings.Join(csvColumns, ",") {
		t.Fatalf("%v", rows)
	}
	if rows[1][0] != "SUB_failed" || rows[1][6] != "5000.00" {
		t.Errorf("row 1 %v", rows[1])
	}
	if rows[2][5] != `'=HYPERLINK("x")` {
		t.Errorf("plan name %q: a spreadsheet would run it", rows[2][5])
	}
}

func TestParseReasons(t *testing.T) {
	got, err := ParseReasons(" failed_charge, card-expiring ,")
	if err != nil || len(got) != 2 || got[0] != FailedCharge || got[1] != CardExpiring {
		t.Fatalf("%v %v", got, err)
	}
	if got, err := ParseReasons(""); got != nil || err != nil {
		t.Errorf("empty: %v %v", got, err)
	}
	_, err = ParseReasons("failed_charge,expired")
	var re *ReasonError
	if !errors.As(err, &re) || re.Given != "expired" {
		t.Fatalf("%v", err)
	}
	items := listingItems()
	if only := Only(items, NonRenewing); len(only) != 1 || only[0].Subscription.Code != "SUB_ending" {
		t.Errorf("Only: %+v", only)
	}
	if all := Only(items); len(all) != 2 {
		t.Errorf("no reason keeps %d", len(all))
	}
}

// docs/json.md documents the command's JSON and CSV: its example has the
// real output's shape, its table every field, and the CSV's columns are
// the table's, in order.
func TestListingMatchesDoc(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "docs", "json.md"))
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	start, end := strings.Index(doc, "<!-- BEGIN renewals-json -->"), strings.Index(doc, "<!-- END renewals-json -->")
	if start < 0 || end < start {
		t.Fatal("docs/json.md has no renewals-json section")
	}
	section := doc[start:end]
	var out bytes.Buffer
	if err := NewListing(listingItems(), nil, now).WriteJSON(&out); err != nil {
		t.Fatal(err)
	}
	var real, example any
	if err := json.Unmarshal(out.Bytes(), &real); err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)```json\n(.*?)```").FindStringSubmatch(section)
	if m == nil {
		t.Fatal("no JSON example")
	}
	if err := json.Unmarshal([]byte(m[1]), &example); err != nil {
		t.Fatalf("the example is not JSON: %v", err)
	}
	realShape, exampleShape := map[string]string{}, map[string]string{}
	shape("", real, realShape)
	shape("", example, exampleShape)
	if fmt.Sprint(realShape) != fmt.Sprint(exampleShape) {
		t.Errorf("example shape %v\nreal shape %v", exampleShape, realShape)
	}
	table := map[string]string{}
	var rowFields []string
	for _, f := range regexp.MustCompile("(?m)^\\| `([a-z_0-9.\\[\\]]+)` \\| (\\w+) \\|").FindAllStringSubmatch(section, -1) {
		table[f[1]] = f[2]
		if name, ok := strings.CutPrefix(f[1], "subscriptions[]."); ok {
			rowFields = append(rowFields, name)
		}
	}
	fields := map[string]string{}
	for k, v := range realShape {
		if !strings.HasSuffix(k, "[]") {
			fields[k] = v
		}
	}
	if fmt.Sprint(table) != fmt.Sprint(fields) {
		t.Errorf("field table %v\nreal fields %v", table, fields)
	}
	if strings.Join(rowFields, ",") != strings.Join(csvColumns, ",") {
		t.Errorf("the table's row fields %v are not the CSV's columns %v", rowFields, csvColumns)
	}
}

// shape maps every field path ("subscriptions[].amount") to its JSON type.
func shape(prefix string, v any, out map[string]string) {
	switch x := v.(type) {
	case map[string]any:
		if prefix != "" {
			out[prefix] = "object"
		}
		for k, val := range x {
			shape(strings.TrimPrefix(prefix+"."+k, "."), val, out)
		}
	case []any:
		out[prefix] = "array"
		for _, item := range x {
			shape(prefix+"[]", item, out)
		}
	case string:
		out[prefix] = "string"
	case float64:
		out[prefix] = "number"
	}
}
