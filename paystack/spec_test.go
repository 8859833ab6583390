package paystack

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// The official OpenAPI spec (MIT, PaystackOSS/openapi) says what Paystack may
// send. For every response schema of the endpoints the client calls, this
// test builds documents holding every listed property with the spec's types
// (and null where the spec allows it), serves them, and decodes them through
// the client's real path.

type spec struct {
	root map[string]any
}

func loadSpec(t *testing.T) *spec {
	t.Helper()
	b, err := os.ReadFile("testdata/paystack-openapi.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var root map[string]any
	if err := yaml.Unmarshal(b, &root); err != nil {
		t.Fatal(err)
	}
	return &spec{root: root}
}

// resolve follows $ref chains ("#/components/...").
func (s *spec) resolve(t *testing.T, node any) map[string]any {
	t.Helper()
	for range 20 {
		m, ok := node.(map[string]any)
		if !ok {
			return nil
		}
		ref, ok := m["$ref"].(string)
		if !ok {
			return m
		}
		var cur any = s.root
		for _, part := range strings.Split(strings.TrimPrefix(ref, "#/"), "/") {
			cm, _ := cur.(map[string]any)
			cur = cm[part]
		}
		if cur == nil {
			t.Fatalf("unresolvable $ref %s", ref)
		}
		node = cur
	}
	t.Fatal("$ref chain too long")
	return nil
}

// responseSchema finds the JSON schema of one response of one operation.
func (s *spec) responseSchema(t *testing.T, method, path, status string) map[string]any {
	t.Helper()
	paths := s.root["paths"].(map[string]any)
	op := s.resolve(t, s.resolve(t, paths[path])[strings.ToLower(method)])
	if op == nil {
		t.Fatalf("spec has no %s %s", method, path)
	}
	resp := s.resolve(t, op["responses"].(map[string]any)[status])
	if resp == nil {
		t.Fatalf("spec has no %s answer for %s %s", status, method, path)
	}
	content := resp["content"].(map[string]any)["application/json"].(map[string]any)
	return s.resolve(t, content["schema"])
}

// variant chooses values where the spec leaves a choice.
type variant struct {
	name  string
	nulls bool // every nullable property is null
	// untyped is the value for a property without a type (any JSON value).
	untyped any
	boolean bool
}

var variants = []variant{
	{name: "values", untyped: "free text", boolean: true},
	{name: "nulls", nulls: true, untyped: map[string]any{"k": "v"}, boolean: false},
	{name: "untyped numbers", untyped: 12.5, boolean: true},
}

// sample builds a document with every property of schema. Strings are the
// property's own name, so a test can see that each one landed where it should.
func (s *spec) sample(t *testing.T, node any, name string, v variant, depth int) any {
	t.Helper()
	sc := s.resolve(t, node)
	if sc == nil || depth > 12 {
		return v.untyped
	}
	if nullable, _ := sc["nullable"].(bool); nullable && v.nulls {
		return nil
	}
	if all, ok := sc["allOf"].([]any); ok {
		merged := map[string]any{}
		for _, part := range all {
			if m, ok := s.sample(t, part, name, v, depth+1).(map[string]any); ok {
				for k, val := range m {
					merged[k] = val
				}
			}
		}
		return merged
	}
	for _, key := range []string{"oneOf", "anyOf"} {
		if alts, ok := sc[key].([]any); ok && len(alts) > 0 {
			return s.sample(t, alts[0], name, v, depth+1)
		}
	}
	if enum, ok := sc["enum"].([]any); ok && len(enum) > 0 {
		return enum[0]
	}
	typ, _ := sc["type"].(string)
	if typ == "" && sc["properties"] != nil {
		typ = "object"
	}
	switch typ {
	case "object":
		out := map[string]any{}
		props, _ := sc["properties"].(map[string]any)
		for k, p := range props {
			out[k] = s.sample(t, p, k, v, depth+1)
		}
		return out
	case "array":
		return []any{s.sample(t, sc["items"], name, v, depth+1)}
	case "string":
		return name
	case "integer":
		return 7
	case "number":
		return 12.5
	case "boolean":
		return v.boolean
	default:
		return v.untyped
	}
}

type specCase struct {
	method, path, status string
	call                 func(c *Client) (any, error)
	check                func(t *testing.T, got any, v variant)
}

func specCases() []specCase {
	ctx := context.Background()
	sub := func(t *testing.T, s Subaccount) {
		t.Helper()
		if s.Code != "subaccount_code" || s.BusinessName != "business_name" || s.Currency != "CURRENCY" ||
			s.AccountNumber != "account_number" || s.SettlementBank != "settlement_bank" || s.ID != 7 || s.PercentageCharge != 12.5 {
			t.Errorf("subaccount fields did not land: %+v", s)
		}
	}
	offsetMeta := func(t *testing.T, m PageMeta) {
		t.Helper()
		if m.Total != 7 || m.PageCount != 7 || m.PerPage != 7 || m.Page != 7 || m.Skipped != 7 {
			t.Errorf("meta did not land: %+v", m)
		}
	}
	type listed[T any] struct {
		items []T
		meta  PageMeta
	}
	return []specCase{
		{"GET", "/balance", "200", func(c *Client) (any, error) { return c.Balance(ctx) },
			func(t *testing.T, got any, v variant) {
				b := got.([]Balance)
				if len(b) != 1 || b[0].Currency != "CURRENCY" || b[0].Balance != 7 {
					t.Errorf("balance: %+v", b)
				}
			}},
		{"GET", "/subaccount", "200", func(c *Client) (any, error) {
			items, meta, err := c.ListSubaccounts(ctx, 1, 100)
			return listed[Subaccount]{items, meta}, err
		}, func(t *testing.T, got any, v variant) {
			l := got.(listed[Subaccount])
			if len(l.items) != 1 {
				t.Fatalf("items: %+v", l.items)
			}
			sub(t, l.items[0])
			if !l.items[0].Active || l.items[0].BankID != 7 {
				t.Errorf("list item: active (integer 7) or bank_id lost: %+v", l.items[0])
			}
			offsetMeta(t, l.meta)
		}},
		{"POST", "/subaccount", "201", func(c *Client) (any, error) {
			return c.CreateSubaccount(ctx, SubaccountRequest{BusinessName: "b", SettlementBank: "058", AccountNumber: "0123456047", PercentageCharge: 10})
		}, func(t *testing.T, got any, v variant) { checkFull(t, got.(Subaccount), v, sub) }},
		{"GET", "/subaccount/{code}", "200", func(c *Client) (any, error) { return c.FetchSubaccount(ctx, "ACCT_x") },
			func(t *testing.T, got any, v variant) { checkFull(t, got.(Subaccount), v, sub) }},
		{"PUT", "/subaccount/{code}", "200", func(c *Client) (any, error) {
			name := "n"
			return c.UpdateSubaccount(ctx, "ACCT_x", SubaccountUpdate{BusinessName: &name})
		}, func(t *testing.T, got any, v variant) { checkFull(t, got.(Subaccount), v, sub) }},
		{"GET", "/bank", "200", func(c *Client) (any, error) { return c.ListBanks(ctx, BankQuery{Country: "nigeria"}) },
			func(t *testing.T, got any, v variant) {
				b := got.([]Bank)
				if v.boolean {
					// Every boolean is true, is_deleted too: no bank to offer.
					if len(b) != 0 {
						t.Errorf("a bank flagged is_deleted was kept: %+v", b)
					}
					return
				}
				if len(b) != 1 || b[0].Code != "code" || b[0].Name != "name" || b[0].ID != 7 || b[0].Currency != "CURRENCY" || b[0].Active != v.boolean {
					t.Errorf("banks: %+v", b)
				}
				if want := map[bool]string{false: "gateway", true: ""}[v.nulls]; b[0].Gateway != want {
					t.Errorf("gateway = %q, want %q", b[0].Gateway, want)
				}
			}},
		{"GET", "/bank/resolve", "200", func(c *Client) (any, error) { return c.ResolveAccount(ctx, "0022728151", "063") },
			func(t *testing.T, got any, v variant) {
				r := got.(ResolvedAccount)
				if r.AccountName != "account_name" || r.AccountNumber != "account_number" || r.BankID != 7 {
					t.Errorf("resolve: %+v", r)
				}
			}},
		{"POST", "/bank/validate", "200", func(c *Client) (any, error) {
			return c.ValidateAccount(ctx, ValidateRequest{AccountName: "a", AccountNumber: "1", AccountType: "personal", BankCode: "632005", CountryCode: "ZA", DocumentType: "identityNumber", DocumentNumber: "1"})
		}, func(t *testing.T, got any, v variant) {
			r := got.(ValidationResult)
			if r.Verified != v.boolean || r.VerificationMessage != "verificationMessage" || r.AccountOpen != v.boolean {
				t.Errorf("validate: %+v", r)
			}
		}},
		{"GET", "/plan", "200", func(c *Client) (any, error) {
			items, meta, err := c.ListPlans(ctx, 1, 50)
			return listed[Plan]{items, meta}, err
		}, func(t *testing.T, got any, v variant) {
			l := got.(listed[Plan])
			if len(l.items) != 1 || l.items[0].Code != "plan_code" || l.items[0].Amount != 7 || l.items[0].Interval != "interval" || l.items[0].Currency != "CURRENCY" {
				t.Errorf("plans: %+v", l.items)
			}
			offsetMeta(t, l.meta)
		}},
		{"GET", "/transaction", "200", func(c *Client) (any, error) {
			items, meta, err := c.ListTransactions(ctx, TransactionQuery{Status: TransactionSuccess, Page: 1, PerPage: 50})
			return listed[Transaction]{items, meta}, err
		}, func(t *testing.T, got any, v variant) {
			l := got.(listed[Transaction])
			if len(l.items) != 1 {
				t.Fatalf("items: %+v", l.items)
			}
			tx := l.items[0]
			if tx.Reference != "reference" || tx.Amount != 7 || tx.Currency != "CURRENCY" || tx.Channel != "channel" ||
				tx.Customer.Email != "email" || tx.Customer.Code != "customer_code" || tx.ID != 7 {
				t.Errorf("transaction fields did not land: %+v", tx)
			}
			// The spec types plan, split and subaccount as bare objects: {}
			// is a charge that was not split and no plan.
			if tx.Subaccount.Code != "" || tx.Plan.Code != "" || tx.SplitCode != "" || !tx.PaidAt.IsZero() {
				t.Errorf("empty objects or an unreadable date became values: %+v", tx)
			}
			// perPage is "a string or an integer" here: the text sample is
			// unreadable and must not cost the rest of the meta.
			if l.meta.Total != 7 || l.meta.Page != 7 || l.meta.PageCount != 7 {
				t.Errorf("meta did not land: %+v", l.meta)
			}
		}},
		{"GET", "/subscription", "200", func(c *Client) (any, error) {
			items, meta, err := c.ListSubscriptions(ctx, SubscriptionQuery{Page: 1, PerPage: 50})
			return listed[Subscription]{items, meta}, err
		}, func(t *testing.T, got any, v variant) {
			l := got.(listed[Subscription])
			if len(l.items) != 1 {
				t.Fatalf("items: %+v", l.items)
			}
			s := l.items[0]
			if s.Code != "subscription_code" || s.EmailToken != "email_token" || s.Amount != 7 || s.Status != "status" ||
				s.Plan.Code != "plan_code" || s.Plan.Name != "name" || s.Plan.Amount != 7 || s.Plan.Interval != "interval" || s.Plan.Currency != "CURRENCY" ||
				s.Customer.Email != "email" || s.Customer.FirstName != "first_name" || s.Customer.LastName != "last_name" || s.Customer.Code != "customer_code" ||
				s.Authorization.Last4 != "last4" || s.Authorization.Brand != "brand" {
				t.Errorf("subscription fields did not land: %+v", s)
			}
			// reusable is an integer in lists (7 here), exp_month/exp_year
			// strings (unreadable words here: not a known expiry).
			if !s.Authorization.Reusable || s.Authorization.ExpMonth != 0 {
				t.Errorf("authorization: %+v", s.Authorization)
			}
			offsetMeta(t, l.meta)
		}},
		{"GET", "/subscription/{code}/manage/link", "200", func(c *Client) (any, error) {
			link, err := c.SubscriptionManageLink(ctx, "SUB_x")
			if KindOf(err) == KindMalformed {
				return KindMalformed, nil
			}
			return link, err
		}, func(t *testing.T, got any, v variant) {
			// The spec documents none of data's fields; without the link
			// Paystack's docs show, there is nothing to give the merchant.
			if got != KindMalformed {
				t.Errorf("an answer without a link gave %v, want %s", got, KindMalformed)
			}
		}},
		{"POST", "/subscription/{code}/manage/email", "200", func(c *Client) (any, error) {
			return nil, c.SubscriptionManageEmail(ctx, "SUB_x")
		}, func(*testing.T, any, variant) {}},
	}
}

func checkFull(t *testing.T, s Subaccount, v variant, common func(*testing.T, Subaccount)) {
	t.Helper()
	common(t, s)
	if s.Active != v.boolean || s.IsVerified != v.boolean || s.BankID != 7 || s.SettlementSchedule != "settlement_schedule" || s.Metadata != "metadata" {
		t.Errorf("full subaccount: %+v", s)
	}
	if wantName := map[bool]string{false: "account_name", true: ""}[v.nulls]; s.AccountName != wantName {
		t.Errorf("account_name = %q, want %q", s.AccountName, wantName)
	}
}

func TestDecodesEverySpecResponse(t *testing.T) {
	sp := loadSpec(t)
	for _, tc := range specCases() {
		schema := sp.responseSchema(t, tc.method, tc.path, tc.status)
		for _, v := range variants {
			t.Run(tc.method+" "+tc.path+" "+v.name, func(t *testing.T) {
				doc := sp.sample(t, schema, "", v, 0)
				body, err := json.Marshal(doc)
				if err != nil {
					t.Fatal(err)
				}
				code := 200
				fmt.Sscan(tc.status, &code)
				c, _, _ := newTestClient(t, answer(code, string(body)))
				got, err := tc.call(c)
				if err != nil {
					t.Fatalf("decoding %s: %v\n%s", tc.path, err, body)
				}
				tc.check(t, got, v)
			})
		}
	}
}

// The spec's error answers become the kinds the wizard reacts to.
func TestDecodesSpecErrorResponses(t *testing.T) {
	sp := loadSpec(t)
	for status, kind := range map[string]ErrorKind{"401": KindInvalidKey, "404": KindNotFound} {
		schema := sp.responseSchema(t, "GET", "/subaccount", status)
		for _, v := range variants {
			doc := sp.sample(t, schema, "", v, 0)
			body, _ := json.Marshal(doc)
			code := 0
			fmt.Sscan(status, &code)
			c, _, secret := newTestClient(t, answer(code, string(body)), WithMaxRetries(0))
			_, _, err := c.ListSubaccounts(context.Background(), 1, 10)
			assertFailure(t, err, kind, secret)
		}
	}
}

// The endpoints the client calls must all exist in the spec with the method
// used, so a renamed path is noticed here rather than by a merchant.
func TestSpecHasEveryCalledOperation(t *testing.T) {
	sp := loadSpec(t)
	var missing []string
	for _, tc := range specCases() {
		paths := sp.root["paths"].(map[string]any)
		if op := sp.resolve(t, paths[tc.path]); op == nil || op[strings.ToLower(tc.method)] == nil {
			missing = append(missing, tc.method+" "+tc.path)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("not in the spec: %v", missing)
	}
}
