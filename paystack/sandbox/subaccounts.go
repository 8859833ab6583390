package sandbox

import (
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

type integration struct {
	mode     Mode
	subs     []*subaccount // oldest first; lists show newest first
	byCode   map[string]*subaccount
	balances []balance
	plans    []plan
	// Charges and subscriptions, oldest first, and their customers.
	txs             []*transaction
	subscriptions   []*subscription
	subsByCode      map[string]*subscription
	customerByEmail map[string]customer
	customerCodes   map[string]bool // one per customer: their count numbers the next
}

type balance struct {
	currency string
	amount   int64
}

type subaccount struct {
	id            int
	code          string
	businessName  string
	description   string
	contactName   string
	contactEmail  string
	contactPhone  string
	metadata      string
	percentage    float64
	bank          *bank
	accountNumber string
	accountName   string
	verified      bool
	schedule      string
	active        bool
	created       time.Time
	updated       time.Time
}

// subaccountJSON follows the spec's SubaccountFetchResponse data, which the
// create and update answers share.
type subaccountJSON struct {
	Integration          int     `json:"integration"`
	Bank                 int     `json:"bank"`
	ManagedByIntegration int     `json:"managed_by_integration"`
	Domain               string  `json:"domain"`
	SubaccountCode       string  `json:"subaccount_code"`
	BusinessName         string  `json:"business_name"`
	Description          *string `json:"description"`
	PrimaryContactName   *string `json:"primary_contact_name"`
	PrimaryContactEmail  *string `json:"primary_contact_email"`
	PrimaryContactPhone  *string `json:"primary_contact_phone"`
	Metadata             *string `json:"metadata"`
	PercentageCharge     float64 `json:"percentage_charge"`
	IsVerified           bool    `json:"is_verified"`
	SettlementBank       string  `json:"settlement_bank"`
	AccountNumber        string  `json:"account_number"`
	AccountName          *string `json:"account_name"`
	SettlementSchedule   string  `json:"settlement_schedule"`
	Active               bool    `json:"active"`
	Migrate              bool    `json:"migrate"`
	Currency             string  `json:"currency"`
	Product              string  `json:"product"`
	ID                   int     `json:"id"`
	CreatedAt            string  `json:"createdAt"`
	UpdatedAt            string  `json:"updatedAt"`
}

// subaccountListJSON is the reduced list item; "active" is an integer there.
type subaccountListJSON struct {
	ID                  int     `json:"id"`
	SubaccountCode      string  `json:"subaccount_code"`
	BusinessName        string  `json:"business_name"`
	Description         *string `json:"description"`
	PrimaryContactName  *string `json:"primary_contact_name"`
	PrimaryContactEmail *string `json:"primary_contact_email"`
	PrimaryContactPhone *string `json:"primary_contact_phone"`
	Metadata            *string `json:"metadata"`
	PercentageCharge    float64 `json:"percentage_charge"`
	SettlementBank      string  `json:"settlement_bank"`
	BankID              int     `json:"bank_id"`
	AccountNumber       string  `json:"account_number"`
	Currency            string  `json:"currency"`
	Active              int     `json:"active"`
	IsVerified          bool    `json:"is_verified"`
}

func (a *subaccount) full(mode Mode) subaccountJSON {
	return subaccountJSON{
		Integration: integrationID, Bank: a.bank.ID, ManagedByIntegration: integrationID,
		Domain: string(mode), SubaccountCode: a.code, BusinessName: a.businessName,
		Description: nullable(a.description), PrimaryContactName: nullable(a.contactName),
		PrimaryContactEmail: nullable(a.contactEmail), PrimaryContactPhone: nullable(a.contactPhone),
		Metadata: nullable(a.metadata), PercentageCharge: a.percentage, IsVerified: a.verified,
		SettlementBank: a.bank.Name, AccountNumber: a.accountNumber, AccountName: nullable(a.accountName),
		SettlementSchedule: a.schedule, Active: a.active, Currency: a.bank.Currency, Product: "collection",
		ID: a.id, CreatedAt: stamp(a.created), UpdatedAt: stamp(a.updated),
	}
}

func (a *subaccount) listItem() subaccountListJSON {
	active := 0
	if a.active {
		active = 1
	}
	return subaccountListJSON{
		ID: a.id, SubaccountCode: a.code, BusinessName: a.businessName,
		Description: nullable(a.description), PrimaryContactName: nullable(a.contactName),
		PrimaryContactEmail: nullable(a.contactEmail), PrimaryContactPhone: nullable(a.contactPhone),
		Metadata: nullable(a.metadata), PercentageCharge: a.percentage, SettlementBank: a.bank.Name,
		BankID: a.bank.ID, AccountNumber: a.accountNumber, Currency: a.bank.Currency,
		Active: active, IsVerified: a.verified,
	}
}

const codeAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789"

// newCodeLocked returns an unused code like ACCT_6uujpqtzmnufzkw; s.mu held.
func (s *Server) newCodeLocked(prefix string, taken func(string) bool) string {
	for {
		b := make([]byte, 15)
		for i := range b {
			b[i] = codeAlphabet[s.rng.IntN(len(codeAlphabet))]
		}
		code := prefix + string(b)
		if !taken(code) {
			return code
		}
	}
}

func (s *Server) addLocked(in *integration, a *subaccount) {
	a.id = s.nextID
	s.nextID++
	a.code = s.newCodeLocked("ACCT_", func(c string) bool { _, ok := in.byCode[c]; return ok })
	in.subs = append(in.subs, a)
	in.byCode[a.code] = a
}

// DeleteSubaccount removes a subaccount from whichever mode holds it, as a
// merchant can in the dashboard; it reports whether one was found.
func (s *Server) DeleteSubaccount(code string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, in := range s.data {
		if a, found := in.byCode[code]; found {
			delete(in.byCode, code)
			for i, x := range in.subs {
				if x == a {
					in.subs = append(in.subs[:i], in.subs[i+1:]...)
					break
				}
			}
			return true
		}
	}
	return false
}

func (s *Server) handleListSubaccounts(w http.ResponseWriter, r *http.Request) {
	perPage, _ := perPageParam(r)
	page, _ := pageParam(r)
	activeFilter, filterSet := boolParam(r, "active")
	s.mu.Lock()
	in := s.data[requestMode(r)]
	total := len(in.subs)
	if filterSet {
		total = 0
		for _, a := range in.subs {
			if a.active == activeFilter {
				total++
			}
		}
	}
	from, to, meta := pageBounds(total, page, perPage)
	items := make([]subaccountListJSON, 0, to-from)
	seen := 0
	for i := len(in.subs) - 1; i >= 0 && seen < to; i-- {
		a := in.subs[i]
		if filterSet && a.active != activeFilter {
			continue
		}
		if seen >= from {
			items = append(items, a.listItem())
		}
		seen++
	}
	s.mu.Unlock()
	ok(w, "Subaccounts retrieved", items, meta)
}

func (s *Server) handleFetchSubaccount(w http.ResponseWriter, r *http.Request) {
	mode := requestMode(r)
	s.mu.Lock()
	a, found := s.data[mode].byCode[r.PathValue("code")]
	var data subaccountJSON
	if found {
		data = a.full(mode)
	}
	s.mu.Unlock()
	if !found {
		writeJSON(w, http.StatusNotFound, errorBody{Message: "Subaccount not found"})
		return
	}
	ok(w, "Subaccount retrieved", data, nil)
}

// fields is a request body read as JSON or as a form, the two encodings the
// spec allows; values keep their JSON type so that numbers can be checked.
type fields map[string]any

func readFields(r *http.Request) (fields, bool) {
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	raw, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		return nil, false
	}
	if ct == "application/x-www-form-urlencoded" {
		vals, err := url.ParseQuery(string(raw))
		if err != nil {
			return nil, false
		}
		f := fields{}
		for k, v := range vals {
			f[k] = v[0]
		}
		return f, true
	}
	f := fields{}
	if len(strings.TrimSpace(string(raw))) == 0 {
		return f, true
	}
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.UseNumber()
	if err := dec.Decode(&f); err != nil {
		return nil, false
	}
	return f, true
}

// text returns a field as a string, whatever its JSON type.
func (f fields) text(name string) (string, bool) {
	v, present := f[name]
	if !present || v == nil {
		return "", false
	}
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x), strings.TrimSpace(x) != ""
	case json.Number:
		return x.String(), true
	case bool:
		return strconv.FormatBool(x), true
	default:
		b, _ := json.Marshal(x)
		return string(b), true
	}
}

func badJSON(w http.ResponseWriter) {
	writeJSON(w, http.StatusBadRequest, validationError("Invalid request body", "invalid_params", "Send the body as JSON or as a form"))
}

// settlementBank reads the bank code; current Paystack docs also call it bank_code.
func (f fields) settlementBank() (string, bool) {
	if v, ok := f.text("settlement_bank"); ok {
		return v, true
	}
	return f.text("bank_code")
}

type fieldError struct {
	status int
	body   errorBody
}

func (s *Server) checkBank(code string) (*bank, *fieldError) {
	b, found := s.banks.byCode[code]
	if !found || b.deleted {
		return nil, &fieldError{http.StatusBadRequest, validationError(
			"Unknown bank code: "+code, "invalid_bank_code", "Use a bank code from List Banks (GET /bank)")}
	}
	return b, nil
}

func checkAccountNumber(b *bank, number string) *fieldError {
	digits := number != ""
	for _, r := range number {
		if r < '0' || r > '9' {
			digits = false
		}
	}
	if digits && len(number) >= b.minDigits && len(number) <= b.maxDigits {
		return nil
	}
	want := fmt.Sprintf("%d digits", b.minDigits)
	if b.maxDigits != b.minDigits {
		want = fmt.Sprintf("%d to %d digits", b.minDigits, b.maxDigits)
	}
	return &fieldError{http.StatusBadRequest, validationError(
		"Account number must be "+want+" for "+b.Name, "invalid_account_number",
		"Check the account number and try again")}
}

func checkPercentage(v string) (float64, *fieldError) {
	p, err := strconv.ParseFloat(v, 64)
	if err != nil || p < 0 || p > 100 {
		return 0, &fieldError{http.StatusBadRequest, validationError(
			"Percentage charge must be a number between 0 and 100", "invalid_params",
			"Send percentage_charge as a number, e.g. 10")}
	}
	return p, nil
}

func (s *Server) handleCreateSubaccount(w http.ResponseWriter, r *http.Request) {
	f, valid := readFields(r)
	if !valid {
		badJSON(w)
		return
	}
	for _, req := range []struct{ name, label string }{
		{"business_name", "Business name"}, {"settlement_bank", "Settlement bank"},
		{"account_number", "Account number"}, {"percentage_charge", "Percentage charge"},
	} {
		var present bool
		if req.name == "settlement_bank" {
			_, present = f.settlementBank()
		} else {
			_, present = f.text(req.name)
		}
		if !present {
			writeJSON(w, http.StatusBadRequest, validationError(
				req.label+" is required", "missing_params", "Provide "+req.name+" and try again"))
			return
		}
	}
	code, _ := f.settlementBank()
	b, ferr := s.checkBank(code)
	if ferr == nil {
		number, _ := f.text("account_number")
		ferr = checkAccountNumber(b, number)
	}
	pct, _ := f.text("percentage_charge")
	var percentage float64
	if ferr == nil {
		percentage, ferr = checkPercentage(pct)
	}
	if ferr != nil {
		writeJSON(w, ferr.status, ferr.body)
		return
	}
	a := &subaccount{bank: b, percentage: percentage, schedule: "AUTO", active: true}
	a.businessName, _ = f.text("business_name")
	a.accountNumber, _ = f.text("account_number")
	a.description, _ = f.text("description")
	a.contactName, _ = f.text("primary_contact_name")
	a.contactEmail, _ = f.text("primary_contact_email")
	a.contactPhone, _ = f.text("primary_contact_phone")
	a.metadata, _ = f.text("metadata")
	if b.canResolve() {
		a.accountName, _ = accountName(b, a.accountNumber)
	}
	mode := requestMode(r)
	s.mu.Lock()
	a.created = s.now()
	a.updated = a.created
	s.addLocked(s.data[mode], a)
	data := a.full(mode)
	s.mu.Unlock()
	writeJSON(w, http.StatusCreated, envelope{Status: true, Message: "Subaccount created", Data: data})
}

func (s *Server) handleUpdateSubaccount(w http.ResponseWriter, r *http.Request) {
	f, valid := readFields(r)
	if !valid {
		badJSON(w)
		return
	}
	mode := requestMode(r)
	s.mu.Lock()
	defer s.mu.Unlock()
	a, found := s.data[mode].byCode[r.PathValue("code")]
	if !found {
		writeJSON(w, http.StatusNotFound, errorBody{Message: "Subaccount not found"})
		return
	}
	// Validate everything before changing anything, so that a refused update
	// leaves the subaccount as it was.
	b := a.bank
	var ferr *fieldError
	if code, present := f.settlementBank(); present {
		b, ferr = s.checkBank(code)
	}
	number := a.accountNumber
	if v, present := f.text("account_number"); present && ferr == nil {
		number = v
	}
	if ferr == nil && (b != a.bank || number != a.accountNumber) {
		ferr = checkAccountNumber(b, number)
	}
	percentage := a.percentage
	if v, present := f.text("percentage_charge"); present && ferr == nil {
		percentage, ferr = checkPercentage(v)
	}
	active := a.active
	if v, present := f.text("active"); present && ferr == nil {
		parsed, err := strconv.ParseBool(v)
		if err != nil {
			ferr = &fieldError{http.StatusBadRequest, validationError("Active must be true or false", "invalid_params", "Send active as true or false")}
		}
		active = parsed
	}
	if ferr != nil {
		writeJSON(w, ferr.status, ferr.body)
		return
	}
	if b != a.bank || number != a.accountNumber {
		a.bank, a.accountNumber, a.accountName = b, number, ""
		if b.canResolve() {
			a.accountName, _ = accountName(b, number)
		}
		a.verified = false // Paystack reviews new bank details again
	}
	a.percentage, a.active = percentage, active
	for name, dst := range map[string]*string{
		"business_name": &a.businessName, "description": &a.description,
		"primary_contact_name": &a.contactName, "primary_contact_email": &a.contactEmail,
		"primary_contact_phone": &a.contactPhone, "metadata": &a.metadata,
	} {
		if v, present := f.text(name); present {
			*dst = v
		}
	}
	if v, present := f.text("settlement_schedule"); present {
		a.schedule = strings.ToUpper(v)
	}
	a.updated = s.now()
	ok(w, "Subaccount updated", a.full(mode), nil)
}
