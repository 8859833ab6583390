package sandbox

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"

	"go.yaml.in/yaml/v3"
)

// specPath is the spec the client's tests read too (a copy of
// /work/shared/reference's, MIT), so this test runs in every clone.
const specPath = "../testdata/paystack-openapi.yaml"

var (
	specOnce sync.Once
	spec     map[string]any
	specErr  error
)

func loadSpec(t *testing.T) map[string]any {
	t.Helper()
	specOnce.Do(func() {
		path := os.Getenv("PAYSTACK_OPENAPI")
		if path == "" {
			path = specPath
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			specErr = err
			return
		}
		specErr = yaml.Unmarshal(raw, &spec)
	})
	if specErr != nil {
		t.Skipf("Paystack's OpenAPI spec is not readable (set PAYSTACK_OPENAPI): %v", specErr)
	}
	return spec
}

func node(v any, keys ...string) map[string]any {
	for _, k := range keys {
		m, _ := v.(map[string]any)
		v = m[k]
	}
	m, _ := v.(map[string]any)
	return m
}

// deref follows "#/components/..." references.
func deref(spec, v map[string]any) map[string]any {
	for v != nil {
		ref, ok := v["$ref"].(string)
		if !ok {
			return v
		}
		v = node(spec, strings.Split(strings.TrimPrefix(ref, "#/"), "/")...)
	}
	return v
}

// responseSchema is the JSON schema of one documented answer.
func responseSchema(t *testing.T, path, method, status string) map[string]any {
	t.Helper()
	s := loadSpec(t)
	resp := deref(s, node(s, "paths", path, method, "responses", status))
	schema := deref(s, node(resp, "content", "application/json", "schema"))
	if schema == nil {
		t.Fatalf("the spec has no JSON schema for %s %s %s", method, path, status)
	}
	return schema
}

// mismatches lists every required property missing from value and every
// non-null value whose JSON type differs from the schema's, by JSON path.
func mismatches(spec, schema map[string]any, value any, at string) []string {
	schema = deref(spec, schema)
	if schema == nil || value == nil {
		return nil
	}
	var out []string
	want, _ := schema["type"].(string)
	got := jsonType(value)
	if want != "" && got != want && !(want == "number" && got == "integer") {
		return []string{fmt.Sprintf("%s: %s, the spec says %s", at, got, want)}
	}
	switch v := value.(type) {
	case map[string]any:
		req, _ := schema["required"].([]any)
		for _, r := range req {
			if _, ok := v[r.(string)]; !ok {
				out = append(out, fmt.Sprintf("%s.%s: missing", at, r))
			}
		}
		props := node(schema, "properties")
		for name, sub := range props {
			if pv, ok := v[name]; ok {
				subSchema, _ := sub.(map[string]any)
				out = append(out, mismatches(spec, subSchema, pv, at+"."+name)...)
			}
		}
	case []any:
		items, _ := schema["items"].(map[string]any)
		for i, it := range v {
			out = append(out, mismatches(spec, items, it, fmt.Sprintf("%s[%d]", at, i))...)
		}
	}
	sort.Strings(out)
	return out
}

func jsonType(v any) string {
	switch x := v.(type) {
	case bool:
		return "boolean"
	case string:
		return "string"
	case json.Number:
		if _, err := x.Int64(); err == nil {
			return "integer"
		}
		return "number"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return fmt.Sprintf("%T", v)
}

// Every answer a client decodes must carry the fields the spec requires, with
// the spec's types, or the client written against the spec breaks on it.
func TestAnswersMatchSpecSchemas(t *testing.T) {
	s := New(Options{USDBalance: true})
	s.GenerateSubaccounts(30)
	created := do(t, s, DemoTestKey, "POST", "/subaccount",
		`{"business_name":"Oasis","settlement_bank":"058","account_number":"0123456047","percentage_charge":30}`)
	code := str(created.data(), "subaccount_code")
	active := s.SubscriptionCodes(ModeTest, SubActive)[0]
	// A purchase's answer holds the charge as GET /transaction lists it.
	purchased := do(t, s, DemoTestKey, "POST", ControlPrefix+"purchase", `{"subaccount":"`+code+`"}`)
	purchased.status = 200
	purchased.body["data"] = []any{purchased.body["data"]}
	purchased.body["meta"] = do(t, s, DemoTestKey, "GET", "/transaction", "").meta()
	purchasedRaw, _ := json.Marshal(purchased.body)
	purchased.raw = string(purchasedRaw)
	cases := []struct {
		method, path, specPath, status string
		body                           string
		answer                         answer
	}{
		{"get", "/subaccount?perPage=20", "/subaccount", "200", "", answer{}},
		{"post", "/subaccount", "/subaccount", "201", "", created},
		{"get", "/subaccount/" + code, "/subaccount/{code}", "200", "", answer{}},
		{"put", "/subaccount/" + code, "/subaccount/{code}", "200", `{"description":"Shoes"}`, answer{}},
		{"get", "/bank?country=south%20africa", "/bank", "200", "", answer{}},
		{"get", "/bank?currency=NGN&use_cursor=true&perPage=10", "/bank", "200", "", answer{}},
		{"get", "/bank/resolve?account_number=0123456047&bank_code=058", "/bank/resolve", "200", "", answer{}},
		{"post", "/bank/validate", "/bank/validate", "200", `{"account_name":"Ann Bron","account_number":"0123456789","account_type":"personal","bank_code":"632005","country_code":"ZA","document_type":"identityNumber","document_number":"1234567890123"}`, answer{}},
		{"get", "/balance", "/balance", "200", "", answer{}},
		{"get", "/plan", "/plan", "200", "", answer{}},
		{"get", "/subaccount/ACCT_doesnotexist00", "/subaccount/{code}", "404", "", answer{}},
		{"get", "/transaction?perPage=50", "/transaction", "200", "", answer{}},
		{"get", "/transaction?status=success&per_page=2", "/transaction", "200", "", answer{}},
		{"get", ControlPrefix + "purchase", "/transaction", "200", "", purchased},
		{"get", "/subscription?perPage=50", "/subscription", "200", "", answer{}},
		{"get", "/subscription/" + active + "/manage/link", "/subscription/{code}/manage/link", "200", "", answer{}},
		{"post", "/subscription/" + active + "/manage/email", "/subscription/{code}/manage/email", "200", "", answer{}},
	}
	for _, c := range cases {
		t.Run(c.method+" "+c.path, func(t *testing.T) {
			a := c.answer
			if a.status == 0 {
				a = do(t, s, DemoTestKey, strings.ToUpper(c.method), c.path, c.body)
			}
			if fmt.Sprint(a.status) != c.status {
				t.Fatalf("status %d, want %s: %s", a.status, c.status, a.raw)
			}
			dec := json.NewDecoder(strings.NewReader(a.raw))
			dec.UseNumber()
			var v any
			if err := dec.Decode(&v); err != nil {
				t.Fatalf("not JSON: %v", err)
			}
			if m, ok := v.(map[string]any); ok && c.status == "200" {
				if data, ok := m["data"].([]any); ok && len(data) == 0 {
					t.Fatal("empty list: nothing to check the item schema against")
				}
			}
			for _, p := range mismatches(spec, responseSchema(t, c.specPath, c.method, c.status), v, "$") {
				t.Error(p)
			}
		})
	}
}

// The check must be able to fail: a list item with "active": true (the fetch
// shape) is exactly the mix-up Paystack's two shapes invite.
func TestSchemaCheckCatchesWrongType(t *testing.T) {
	schema := responseSchema(t, "/subaccount", "get", "200")
	var v any
	dec := json.NewDecoder(strings.NewReader(`{"status":true,"message":"ok","data":[{"active":true}],"meta":{}}`))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(mismatches(spec, schema, v, "$"), "\n")
	for _, want := range []string{"$.data[0].active: boolean, the spec says integer", "$.data[0].subaccount_code: missing", "$.meta.pageCount: missing"} {
		if !strings.Contains(got, want) {
			t.Errorf("mismatches do not report %q; got:\n%s", want, got)
		}
	}
}
