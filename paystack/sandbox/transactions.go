package sandbox

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
)

// transaction is one charge of an integration.
type transaction struct {
	id        int
	reference string
	amount    int64
	currency  string
	status    string // success, failed, abandoned, reversed
	channel   string
	created   time.Time
	paid      time.Time // zero unless the charge succeeded
	customer  customer
	plan      *plan       // nil for a one-time payment
	sub       *subaccount // nil when the charge was not split
}

// customer is who pays or subscribes.
type customer struct {
	id                  int
	code, email         string
	firstName, lastName string
}

// transactionJSON follows the spec's TransactionListResponseArray.
type transactionJSON struct {
	ID                 int             `json:"id"`
	Domain             string          `json:"domain"`
	Status             string          `json:"status"`
	Reference          string          `json:"reference"`
	Amount             int64           `json:"amount"`
	Message            *string         `json:"message"`
	GatewayResponse    string          `json:"gateway_response"`
	PaidAt             *string         `json:"paid_at"`
	CreatedAt          string          `json:"created_at"`
	Channel            string          `json:"channel"`
	Currency           string          `json:"currency"`
	IPAddress          *string         `json:"ip_address"`
	Metadata           any             `json:"metadata"`
	Log                any             `json:"log"`
	Fees               *int64          `json:"fees"`
	FeesSplit          *int64          `json:"fees_split"`
	Customer           customerJSON    `json:"customer"`
	Authorization      txAuthorization `json:"authorization"`
	Plan               any             `json:"plan"`
	Split              struct{}        `json:"split"`
	Subaccount         any             `json:"subaccount"`
	OrderID            any             `json:"order_id"`
	PaidAtCamel        *string         `json:"paidAt"`
	CreatedAtCamel     string          `json:"createdAt"`
	RequestedAmount    int64           `json:"requested_amount"`
	Source             any             `json:"source"`
	Connect            any             `json:"connect"`
	PosTransactionData any             `json:"pos_transaction_data"`
}

type customerJSON struct {
	ID                       int     `json:"id"`
	FirstName                *string `json:"first_name"`
	LastName                 *string `json:"last_name"`
	Email                    string  `json:"email"`
	Phone                    *string `json:"phone"`
	Metadata                 any     `json:"metadata"`
	CustomerCode             string  `json:"customer_code"`
	RiskAction               string  `json:"risk_action"`
	InternationalFormatPhone *string `json:"international_format_phone,omitempty"`
}

// txAuthorization is a charge's payment method; every field but reusable
// is nullable in the spec, and a charge that never reached a card has none.
type txAuthorization struct {
	AuthorizationCode *string `json:"authorization_code"`
	Bin               *string `json:"bin"`
	Last4             *string `json:"last4"`
	ExpMonth          *string `json:"exp_month"`
	ExpYear           *string `json:"exp_year"`
	Channel           *string `json:"channel"`
	CardType          *string `json:"card_type"`
	Bank              *string `json:"bank"`
	CountryCode       *string `json:"country_code"`
	Brand             *string `json:"brand"`
	Reusable          bool    `json:"reusable"`
	Signature         *string `json:"signature"`
	AccountName       *string `json:"account_name"`
}

// txPlanJSON is the plan of a subscription charge.
type txPlanJSON struct {
	ID       int    `json:"id"`
	Name     string `json:"name"`
	PlanCode string `json:"plan_code"`
	Amount   int64  `json:"amount"`
	Interval string `json:"interval"`
	Currency string `json:"currency"`
}

var gatewayResponses = map[string]string{
	"success": "Successful", "failed": "Declined", "abandoned": "The transaction was not completed", "reversed": "Reversed",
}

func (c customer) json() customerJSON {
	return customerJSON{ID: c.id, FirstName: nullable(c.firstName), LastName: nullable(c.lastName), Email: c.email,
		CustomerCode: c.code, RiskAction: "default"}
}

func (t *transaction) json(mode Mode) transactionJSON {
	out := transactionJSON{
		ID: t.id, Domain: string(mode), Status: t.status, Reference: t.reference, Amount: t.amount,
		GatewayResponse: gatewayResponses[t.status], CreatedAt: stamp(t.created), CreatedAtCamel: stamp(t.created),
		Channel: t.channel, Currency: t.currency, Customer: t.customer.json(), RequestedAmount: t.amount,
		Plan: struct{}{}, Subaccount: struct{}{},
	}
	if !t.paid.IsZero() {
		paid := stamp(t.paid)
		out.PaidAt, out.PaidAtCamel = &paid, &paid
	}
	if t.status != "abandoned" && t.channel == "card" {
		last4, month, year := "4081", "12", strconv.Itoa(t.created.Year()+3)
		out.Authorization = txAuthorization{AuthorizationCode: nullable("AUTH_" + t.reference), Bin: nullable("408408"),
			Last4: &last4, ExpMonth: &month, ExpYear: &year, Channel: nullable("card"), CardType: nullable("visa"),
			Bank: nullable("TEST BANK"), CountryCode: nullable("NG"), Brand: nullable("visa"), Reusable: true}
	}
	if t.plan != nil {
		out.Plan = txPlanJSON{ID: t.plan.id, Name: t.plan.name, PlanCode: t.plan.code, Amount: t.plan.amount,
			Interval: t.plan.interval, Currency: t.plan.currency}
	}
	if t.sub != nil {
		// A split charge names the subaccount's full object; one that was
		// not split has {} (paystack-facts.md, Transactions).
		out.Subaccount = t.sub.full(mode)
	}
	return out
}

// Purchase is a charge to add at run time (AddPurchase, POST
// /_sandbox/purchase), as if a customer had paid on a payment page.
type Purchase struct {
	Amount     int64  // smallest unit; 0 means 500000 (5,000.00)
	Currency   string // "" means the subaccount's currency, else the integration's
	Subaccount string // the subaccount code the charge is split with; "" sends it all to the main account
	Status     string // success (""), failed, abandoned or reversed
	Plan       string // a plan code, for a subscription charge; "" for a one-time payment
	Channel    string // "" means card
	Email      string // "" means a made-up customer
	FirstName  string
	LastName   string
	At         time.Time // zero means now
}

// defaultPurchaseAmount makes `curl -d '{}'` enough to see a charge arrive.
const defaultPurchaseAmount = 500000

// ErrRefused is the cause of every Purchase and Subscriber the sandbox
// cannot record (an unknown subaccount or plan, a status Paystack has not).
var ErrRefused = errors.New("sandbox: refused")

// AddPurchase records a charge in the integration of mode and returns its
// reference: the charge shows in GET /transaction at once. It is how tests,
// the demo and `paystack-setup sandbox` users make a payment arrive.
func (s *Server) AddPurchase(mode Mode, p Purchase) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	in, ok := s.data[mode]
	if !ok {
		return "", fmt.Errorf("%w: no %q mode", ErrRefused, mode)
	}
	t := &transaction{amount: p.Amount, currency: strings.ToUpper(strings.TrimSpace(p.Currency)),
		status: strings.ToLower(strings.TrimSpace(p.Status)), channel: strings.ToLower(strings.TrimSpace(p.Channel)), created: p.At}
	switch t.status {
	case "":
		t.status = "success"
	case "success", "failed", "abandoned", "reversed":
	default:
		return "", fmt.Errorf("%w: status %q is not success, failed, abandoned or reversed", ErrRefused, p.Status)
	}
	if t.amount < 0 {
		return "", fmt.Errorf("%w: amount %d is negative", ErrRefused, p.Amount)
	}
	if t.amount == 0 {
		t.amount = defaultPurchaseAmount
	}
	if code := strings.TrimSpace(p.Subaccount); code != "" {
		if t.sub = in.byCode[code]; t.sub == nil {
			return "", fmt.Errorf("%w: no subaccount %s in %s mode", ErrRefused, code, mode)
		}
	}
	if code := strings.TrimSpace(p.Plan); code != "" {
		for i := range in.plans {
			if in.plans[i].code == code {
				t.plan = &in.plans[i]
			}
		}
		if t.plan == nil {
			return "", fmt.Errorf("%w: no plan %s in %s mode", ErrRefused, code, mode)
		}
	}
	if t.currency == "" {
		t.currency = in.balances[0].currency
		if t.sub != nil {
			t.currency = t.sub.bank.Currency
		}
	}
	if t.channel == "" {
		t.channel = "card"
	}
	if t.created.IsZero() {
		t.created = s.now()
	}
	t.customer = s.customerLocked(in, p.Email, p.FirstName, p.LastName)
	s.addTransactionLocked(in, t)
	return t.reference, nil
}

// customerLocked finds the customer with email, or adds one (with a
// made-up Nigerian name when none is given).
func (s *Server) customerLocked(in *integration, email, first, last string) customer {
	email = strings.ToLower(strings.TrimSpace(email))
	if c, found := in.customerByEmail[email]; found && email != "" {
		return c
	}
	if first == "" && last == "" {
		firsts, lasts := namesFor("Nigeria")
		first, last = firsts[s.rng.IntN(len(firsts))], lasts[s.rng.IntN(len(lasts))]
	}
	n := len(in.customerCodes)
	if email == "" {
		email = strings.ToLower(strings.ReplaceAll(first+"."+last, " ", "")) + strconv.Itoa(n+1) + "@example.com"
	}
	c := customer{id: 7000001 + n, email: email, firstName: first, lastName: last}
	c.code = s.newCodeLocked("CUS_", func(code string) bool { return in.customerCodes[code] })
	in.customerByEmail[email] = c
	in.customerCodes[c.code] = true
	return c
}

func (s *Server) addTransactionLocked(in *integration, t *transaction) {
	t.id = s.nextID
	s.nextID++
	t.reference = s.newCodeLocked("T", func(string) bool { return false })
	if t.status == "success" && t.paid.IsZero() {
		// The customer took a moment at the checkout: created before paid.
		t.paid, t.created = t.created, t.created.Add(-40*time.Second)
	}
	in.txs = append(in.txs, t)
}

// transactionMeta is the spec's meta of GET /transaction: perPage is "a
// string or an integer" there, and the sandbox sends the string so clients
// meet it.
type transactionMeta struct {
	Total       int    `json:"total"`
	TotalVolume int64  `json:"total_volume"`
	Skipped     int    `json:"skipped"`
	PerPage     string `json:"perPage"`
	Page        int    `json:"page"`
	PageCount   int    `json:"pageCount"`
}

// handleListTransactions answers GET /transaction, newest first. The spec
// names the page size per_page here and Paystack's docs perPage; the
// sandbox reads either, per_page first.
func (s *Server) handleListTransactions(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	perPage, _ := perPageNamed(r, "per_page")
	if q.Get("per_page") == "" {
		perPage, _ = perPageParam(r)
	}
	page, _ := pageParam(r)
	from, fromOK := timeParam(q.Get("from"))
	to, toOK := timeParam(q.Get("to"))
	status := strings.ToLower(q.Get("status"))
	subCode, customerCode := q.Get("subaccount_code"), q.Get("customer_code")
	amount, amountErr := strconv.ParseInt(q.Get("amount"), 10, 64)
	mode := requestMode(r)
	s.mu.Lock()
	in := s.data[mode]
	var list []*transaction
	var volume int64
	for i := len(in.txs) - 1; i >= 0; i-- {
		t := in.txs[i]
		switch {
		case status != "" && t.status != status,
			fromOK && t.created.Before(from),
			toOK && t.created.After(to),
			subCode != "" && (t.sub == nil || t.sub.code != subCode),
			customerCode != "" && t.customer.code != customerCode,
			amountErr == nil && t.amount != amount:
			continue
		}
		list = append(list, t)
		volume += t.amount
	}
	start, end, meta := pageBounds(len(list), page, perPage)
	items := make([]transactionJSON, 0, end-start)
	for _, t := range list[start:end] {
		items = append(items, t.json(mode))
	}
	s.mu.Unlock()
	ok(w, "Transactions retrieved", items, transactionMeta{
		Total: meta.Total, TotalVolume: volume, Skipped: meta.Skipped, PerPage: strconv.Itoa(meta.PerPage),
		Page: meta.Page, PageCount: meta.PageCount,
	})
}

// timeParam reads a from/to filter: an ISO 8601 time or a date.
func timeParam(v string) (time.Time, bool) {
	v = strings.TrimSpace(v)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// handlePurchase answers POST /_sandbox/purchase, whose JSON (or form) body
// holds Purchase's fields: amount, currency, subaccount, status, plan,
// channel, email, first_name, last_name.
func (s *Server) handlePurchase(w http.ResponseWriter, r *http.Request) {
	// `curl -d '{…}'` labels JSON as a form; a body that is plainly JSON is
	// read as JSON whatever its label.
	raw, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		badJSON(w)
		return
	}
	if t := bytes.TrimSpace(raw); len(t) > 0 && t[0] == '{' {
		r.Header.Set("Content-Type", "application/json")
	}
	r.Body = io.NopCloser(bytes.NewReader(raw))
	f, valid := readFields(r)
	if !valid {
		badJSON(w)
		return
	}
	var p Purchase
	p.Currency, _ = f.text("currency")
	p.Subaccount, _ = f.text("subaccount")
	p.Status, _ = f.text("status")
	p.Plan, _ = f.text("plan")
	p.Channel, _ = f.text("channel")
	p.Email, _ = f.text("email")
	p.FirstName, _ = f.text("first_name")
	p.LastName, _ = f.text("last_name")
	if v, present := f.text("amount"); present {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			writeJSON(w, http.StatusBadRequest, errorBody{Message: "amount must be a whole number in the smallest unit (kobo, pesewas, cents)"})
			return
		}
		p.Amount = n
	}
	mode := requestMode(r)
	ref, err := s.AddPurchase(mode, p)
	if err != nil {
		writeJSON(w, http.StatusBadRequest, errorBody{Message: strings.TrimPrefix(err.Error(), ErrRefused.Error()+": ")})
		return
	}
	s.mu.Lock()
	var data transactionJSON
	for _, t := range s.data[mode].txs {
		if t.reference == ref {
			data = t.json(mode)
		}
	}
	s.mu.Unlock()
	writeJSON(w, http.StatusCreated, envelope{Status: true, Message: "Sandbox purchase recorded", Data: data})
}

// seededCharge is one of the demo's charges, dated from now.
type seededCharge struct {
	ago        time.Duration
	status     string
	major      int64  // in the currency's main unit
	currency   string // "" is the integration's home currency
	subaccount string // business name of the seeded subaccount it is split with; "" is not split
	plan       string // seeded plan name; "" is a one-time payment
	channel    string
	first      string
	last       string
}

// seededCharges show every case the audit and a list of charges tell
// apart: successes split with a subaccount and one that was not (all of it
// to the main account), one split with another subaccount, a failure, an
// abandoned checkout, and a card paid in USD. They are older than the
// audit's 30-day window: whichever subaccount a demo picks, its audit
// judges only the test purchase the merchant then makes (AddPurchase,
// POST /_sandbox/purchase), as a new integration's would.
var seededCharges = []seededCharge{
	{32 * day, "success", 5000, "", "Chinedu Okafor Academy", "Monthly Membership", "card", "Adaeze", "Okafor"},
	{31 * day, "abandoned", 2500, "", "Chinedu Okafor Academy", "Weekly Coaching", "card", "Musa", "Danjuma"},
	{33 * day, "failed", 5000, "", "Chinedu Okafor Academy", "Monthly Membership", "card", "Ibrahim", "Bello"},
	{35 * day, "success", 5000, "", "", "", "card", "Kemi", "Adebayo"},
	{39 * day, "success", 25000, "", "Chinedu Okafor Academy", "", "bank_transfer", "Obinna", "Ibekwe"},
	{42 * day, "success", 20, "USD", "Chinedu Okafor Academy", "", "card", "Zainab", "Olawale"},
	{50 * day, "success", 7500, "", "Ngozi Bakes", "", "card", "Amaka", "Uche"},
}

// seedTransactions gives the integration the demo's charges.
func (s *Server) seedTransactions(in *integration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	// Oldest first, as charges arrive.
	order := make([]seededCharge, len(seededCharges))
	copy(order, seededCharges)
	slices.SortFunc(order, func(a, b seededCharge) int { return cmp.Compare(b.ago, a.ago) })
	for _, c := range order {
		t := &transaction{status: c.status, amount: c.major * 100, currency: c.currency, channel: c.channel, created: now.Add(-c.ago)}
		if t.currency == "" {
			t.currency = in.balances[0].currency
		}
		for _, a := range in.subs {
			if c.subaccount != "" && a.businessName == c.subaccount {
				t.sub = a
			}
		}
		for i := range in.plans {
			if c.plan != "" && in.plans[i].name == c.plan {
				t.plan = &in.plans[i]
			}
		}
		t.customer = s.customerLocked(in, "", c.first, c.last)
		s.addTransactionLocked(in, t)
	}
}
