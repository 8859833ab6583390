package paystack

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"paystack-setup/internal/safetext"
)

// FlexBool reads the booleans Paystack sends: true/false in single fetches,
// 1/0 in lists (the spec types list "active" as an integer), sometimes as
// strings, and null (false).
type FlexBool bool

func (b *FlexBool) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	switch string(data) {
	case "true", `"true"`, `"True"`, `"TRUE"`:
		*b = true
		return nil
	case "false", `"false"`, `"False"`, `"FALSE"`, "null", `""`:
		*b = false
		return nil
	}
	var n json.Number
	if data[0] == '"' {
		s, err := jsonString(data)
		if err != nil {
			return err
		}
		n = json.Number(strings.TrimSpace(s))
	} else {
		n = json.Number(data)
	}
	f, err := n.Float64()
	if err != nil {
		return fmt.Errorf("paystack: %s is not a boolean", truncate(data))
	}
	*b = f != 0
	return nil
}

// FlexInt reads an integer sent as a number, a numeric string, or null (0).
type FlexInt int64

func (i *FlexInt) UnmarshalJSON(data []byte) error {
	f, err := flexNumber(data)
	if err != nil {
		return err
	}
	if f > math.MaxInt64 || f < math.MinInt64 {
		return fmt.Errorf("paystack: %s is out of range", truncate(data))
	}
	*i = FlexInt(f)
	return nil
}

// FlexFloat reads a number sent as a number, a numeric string, or null (0).
type FlexFloat float64

func (f *FlexFloat) UnmarshalJSON(data []byte) error {
	v, err := flexNumber(data)
	*f = FlexFloat(v)
	return err
}

func flexNumber(data []byte) (float64, error) {
	data = bytes.TrimSpace(data)
	if len(data) == 0 || string(data) == "null" {
		return 0, nil
	}
	s := string(data)
	if data[0] == '"' {
		var err error
		if s, err = jsonString(data); err != nil {
			return 0, err
		}
		s = strings.TrimSpace(s)
		if s == "" {
			return 0, nil
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, fmt.Errorf("paystack: %s is not a number", truncate(data))
	}
	return f, nil
}

// flexString reads a string that may come as a number (account numbers, bank
// codes), a boolean, or null (empty). Every text Paystack sends is one line of
// printable text once read: business, bank and account names are shown on
// the merchant's terminal, where an escape sequence in one would act.
type flexString string

func (s *flexString) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	switch {
	case len(data) == 0 || string(data) == "null":
		*s = ""
	case data[0] == '"':
		v, err := jsonString(data)
		if err != nil {
			return err
		}
		*s = flexString(safetext.Line(v))
	case data[0] == '{' || data[0] == '[':
		return fmt.Errorf("paystack: expected text, got %s", truncate(data))
	default:
		*s = flexString(data)
	}
	return nil
}

// rawText keeps metadata however it comes: a string stays its content, an
// object or array stays its JSON text, null is empty.
type rawText string

func (t *rawText) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	switch {
	case len(data) == 0 || string(data) == "null":
		*t = ""
	case data[0] == '"':
		v, err := jsonString(data)
		if err != nil {
			return err
		}
		*t = rawText(v)
	default:
		*t = rawText(data)
	}
	return nil
}

// jsonString reads a JSON string. The decoder has checked it before it
// hands it to an UnmarshalJSON, so one without an escape is its bytes, read
// here without checking and decoding it a second time; one with an escape,
// or anything odd, is left to encoding/json.
func jsonString(data []byte) (string, error) {
	if len(data) >= 2 && data[0] == '"' && data[len(data)-1] == '"' {
		inner := data[1 : len(data)-1]
		plain, ascii := true, true
		for _, c := range inner {
			if c < 0x20 || c == '"' || c == '\\' {
				plain = false
				break
			}
			if c >= utf8.RuneSelf {
				ascii = false
			}
		}
		if plain && (ascii || utf8.Valid(inner)) {
			return string(inner), nil
		}
	}
	var s string
	err := json.Unmarshal(data, &s)
	return s, err
}

func truncate(b []byte) string {
	if len(b) > 40 {
		return string(b[:40]) + "…"
	}
	return string(b)
}

// envelope is every Paystack answer, success or failure.
type envelope struct {
	Status  FlexBool        `json:"status"`
	Message flexString      `json:"message"`
	Data    json.RawMessage `json:"data"`
	Meta    json.RawMessage `json:"meta"`
	Type    flexString      `json:"type"`
	Code    flexString      `json:"code"`
}

// wireMeta holds both pagination styles and the error advice, since all of
// them arrive under "meta". Its numbers are read loosely: a perPage sent as
// text (the spec allows a string on GET /transaction) must not lose the
// total beside it.
type wireMeta struct {
	Total     looseInt   `json:"total"`
	Skipped   looseInt   `json:"skipped"`
	PerPage   looseInt   `json:"perPage"`
	Page      looseInt   `json:"page"`
	PageCount looseInt   `json:"pageCount"`
	Next      flexString `json:"next"`
	Previous  flexString `json:"previous"`
	NextStep  flexString `json:"nextStep"`
}

func decodeMeta(raw json.RawMessage) (PageMeta, string) {
	var m wireMeta
	if len(raw) == 0 || json.Unmarshal(raw, &m) != nil {
		return PageMeta{}, ""
	}
	return PageMeta{
		Total: int(m.Total), Skipped: int(m.Skipped), PerPage: int(m.PerPage),
		Page: int(m.Page), PageCount: int(m.PageCount),
		Next: string(m.Next), Previous: string(m.Previous),
	}, string(m.NextStep)
}

type wireSubaccount struct {
	ID                  FlexInt    `json:"id"`
	Code                flexString `json:"subaccount_code"`
	BusinessName        flexString `json:"business_name"`
	Description         flexString `json:"description"`
	SettlementBank      flexString `json:"settlement_bank"`
	BankID              FlexInt    `json:"bank_id"`
	Bank                FlexInt    `json:"bank"`
	AccountNumber       flexString `json:"account_number"`
	AccountName         flexString `json:"account_name"`
	Currency            flexString `json:"currency"`
	PercentageCharge    FlexFloat  `json:"percentage_charge"`
	IsVerified          FlexBool   `json:"is_verified"`
	Active              FlexBool   `json:"active"`
	SettlementSchedule  flexString `json:"settlement_schedule"`
	Domain              flexString `json:"domain"`
	Product             flexString `json:"product"`
	PrimaryContactName  flexString `json:"primary_contact_name"`
	PrimaryContactEmail flexString `json:"primary_contact_email"`
	PrimaryContactPhone flexString `json:"primary_contact_phone"`
	Metadata            rawText    `json:"metadata"`
	CreatedAt           flexString `json:"createdAt"`
	UpdatedAt           flexString `json:"updatedAt"`
}

// UnmarshalJSON accepts both the reduced list item and the full object.
func (s *Subaccount) UnmarshalJSON(data []byte) error {
	var w wireSubaccount
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	bankID := w.BankID
	if bankID == 0 {
		// Single fetches name the bank id "bank"; lists name it "bank_id".
		bankID = w.Bank
	}
	*s = Subaccount{
		ID: int64(w.ID), Code: string(w.Code), BusinessName: string(w.BusinessName),
		Description: string(w.Description), SettlementBank: string(w.SettlementBank),
		BankID: int64(bankID), AccountNumber: string(w.AccountNumber),
		AccountName: string(w.AccountName), Currency: strings.ToUpper(string(w.Currency)),
		PercentageCharge: float64(w.PercentageCharge), IsVerified: bool(w.IsVerified),
		Active:             bool(w.Active),
		SettlementSchedule: strings.ToLower(strings.TrimSpace(string(w.SettlementSchedule))),
		Domain:             Mode(strings.ToLower(string(w.Domain))), Product: string(w.Product),
		PrimaryContactName: string(w.PrimaryContactName), PrimaryContactEmail: string(w.PrimaryContactEmail),
		PrimaryContactPhone: string(w.PrimaryContactPhone), Metadata: string(w.Metadata),
		CreatedAt: string(w.CreatedAt), UpdatedAt: string(w.UpdatedAt),
	}
	return nil
}

type wireBank struct {
	ID                     FlexInt    `json:"id"`
	Name                   flexString `json:"name"`
	Slug                   flexString `json:"slug"`
	Code                   flexString `json:"code"`
	Longcode               flexString `json:"longcode"`
	Gateway                flexString `json:"gateway"`
	Country                flexString `json:"country"`
	Currency               flexString `json:"currency"`
	Type                   flexString `json:"type"`
	Active                 FlexBool   `json:"active"`
	IsDeleted              FlexBool   `json:"is_deleted"`
	PayWithBank            FlexBool   `json:"pay_with_bank"`
	SupportsTransfer       FlexBool   `json:"supports_transfer"`
	EnabledForVerification FlexBool   `json:"enabled_for_verification"`
}

func (b *Bank) UnmarshalJSON(data []byte) error {
	var w wireBank
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	*b = Bank{
		ID: int64(w.ID), Name: string(w.Name), Slug: string(w.Slug), Code: string(w.Code),
		Longcode: string(w.Longcode), Gateway: string(w.Gateway), Country: string(w.Country),
		Currency: strings.ToUpper(string(w.Currency)), Type: strings.ToLower(string(w.Type)),
		Active: bool(w.Active), IsDeleted: bool(w.IsDeleted), PayWithBank: bool(w.PayWithBank),
		SupportsTransfer: bool(w.SupportsTransfer), EnabledForVerification: bool(w.EnabledForVerification),
	}
	return nil
}

func (b *Balance) UnmarshalJSON(data []byte) error {
	var w struct {
		Currency flexString `json:"currency"`
		Balance  FlexInt    `json:"balance"`
	}
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	*b = Balance{Currency: strings.ToUpper(string(w.Currency)), Balance: int64(w.Balance)}
	return nil
}

func (r *ResolvedAccount) UnmarshalJSON(data []byte) error {
	var w struct {
		AccountNumber flexString `json:"account_number"`
		AccountName   flexString `json:"account_name"`
		BankID        FlexInt    `json:"bank_id"`
	}
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	*r = ResolvedAccount{AccountNumber: string(w.AccountNumber), AccountName: string(w.AccountName), BankID: int64(w.BankID)}
	return nil
}

func (v *ValidationResult) UnmarshalJSON(data []byte) error {
	var w struct {
		Verified                          FlexBool   `json:"verified"`
		VerificationMessage               flexString `json:"verificationMessage"`
		AccountAcceptsDebits              FlexBool   `json:"accountAcceptsDebits"`
		AccountAcceptsCredits             FlexBool   `json:"accountAcceptsCredits"`
		AccountOpenForMoreThanThreeMonths FlexBool   `json:"accountOpenForMoreThanThreeMonths"`
		AccountHolderMatch                FlexBool   `json:"accountHolderMatch"`
		AccountOpen                       FlexBool   `json:"accountOpen"`
	}
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	*v = ValidationResult{
		Verified: bool(w.Verified), VerificationMessage: string(w.VerificationMessage),
		AccountAcceptsDebits: bool(w.AccountAcceptsDebits), AccountAcceptsCredits: bool(w.AccountAcceptsCredits),
		AccountOpenForMoreThanThreeMonths: bool(w.AccountOpenForMoreThanThreeMonths),
		AccountHolderMatch:                bool(w.AccountHolderMatch), AccountOpen: bool(w.AccountOpen),
	}
	return nil
}

func (p *Plan) UnmarshalJSON(data []byte) error {
	var w struct {
		ID                FlexInt    `json:"id"`
		Code              flexString `json:"plan_code"`
		Name              flexString `json:"name"`
		Description       rawText    `json:"description"` // untyped in the spec: any JSON value
		Amount            FlexInt    `json:"amount"`
		Interval          flexString `json:"interval"`
		Currency          flexString `json:"currency"`
		InvoiceLimit      FlexInt    `json:"invoice_limit"`
		SendInvoices      FlexBool   `json:"send_invoices"`
		SendSMS           FlexBool   `json:"send_sms"`
		HostedPage        FlexBool   `json:"hosted_page"`
		IsDeleted         FlexBool   `json:"is_deleted"`
		IsArchived        FlexBool   `json:"is_archived"`
		Domain            flexString `json:"domain"`
		Subscriptions     []any      `json:"subscriptions"`
		SubscriptionCount FlexInt    `json:"subscription_count"`
		Total             FlexInt    `json:"total_subscriptions"`
		ActiveCount       FlexInt    `json:"active_subscriptions"`
		CreatedAt         flexString `json:"createdAt"`
	}
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	count := int(max(w.SubscriptionCount, w.Total))
	if count == 0 {
		count = len(w.Subscriptions)
	}
	*p = Plan{
		ID: int64(w.ID), Code: string(w.Code), Name: string(w.Name), Description: string(w.Description),
		Amount: int64(w.Amount), Interval: strings.ToLower(string(w.Interval)),
		Currency: strings.ToUpper(string(w.Currency)), InvoiceLimit: int64(w.InvoiceLimit),
		SendInvoices: bool(w.SendInvoices), SendSMS: bool(w.SendSMS), HostedPage: bool(w.HostedPage),
		IsDeleted: bool(w.IsDeleted), IsArchived: bool(w.IsArchived),
		Domain: Mode(strings.ToLower(string(w.Domain))), SubscriptionCount: count,
		ActiveSubscriptions: int(w.ActiveCount),
		CreatedAt:           string(w.CreatedAt),
	}
	return nil
}

// flexTime reads a moment Paystack sends as ISO 8601 text (with or without
// milliseconds or a zone, or a date alone) or as Unix seconds. An empty,
// null or unreadable value is the zero time rather than an error: one odd
// date must not lose a whole list.
type flexTime time.Time

var timeLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05.000Z07:00", "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02"}

func (t *flexTime) UnmarshalJSON(data []byte) error {
	*t = flexTime{}
	data = bytes.TrimSpace(data)
	if len(data) == 0 || data[0] == '{' || data[0] == '[' {
		return nil
	}
	if data[0] != '"' {
		if secs, err := flexNumber(data); err == nil && secs > 0 {
			if secs > 1e12 { // milliseconds
				secs /= 1000
			}
			*t = flexTime(time.Unix(int64(secs), 0).UTC())
		}
		return nil
	}
	s, err := jsonString(data)
	if err != nil {
		return nil
	}
	s = strings.TrimSpace(s)
	for _, layout := range timeLayouts {
		if v, err := time.Parse(layout, s); err == nil {
			*t = flexTime(v.UTC())
			return nil
		}
	}
	return nil
}

// or is t, or alt when t is zero (Paystack sends paid_at and paidAt).
func (t flexTime) or(alt flexTime) time.Time {
	if !time.Time(t).IsZero() {
		return time.Time(t)
	}
	return time.Time(alt)
}

// objectOrRef reads a field Paystack sends as an object, an id, a code, null
// or {} depending on the endpoint: an object is decoded into obj; a number
// is returned as id and a string as code. Anything else is empty.
func objectOrRef(data []byte, obj any) (id int64, code string, err error) {
	data = bytes.TrimSpace(data)
	switch {
	case len(data) == 0 || string(data) == "null" || data[0] == '[':
		return 0, "", nil
	case data[0] == '{':
		// The decoder has checked data before handing it here: an obj that
		// reads itself is given it directly, where json.Unmarshal would
		// check it again and scan it once more to find where it ends.
		if u, ok := obj.(json.Unmarshaler); ok {
			return 0, "", u.UnmarshalJSON(data)
		}
		return 0, "", json.Unmarshal(data, obj)
	case data[0] == '"':
		var s flexString
		if err := json.Unmarshal(data, &s); err != nil {
			return 0, "", err
		}
		return 0, strings.TrimSpace(string(s)), nil
	default:
		var n FlexInt
		if n.UnmarshalJSON(data) != nil {
			return 0, "", nil // true/false: no reference at all
		}
		return int64(n), "", nil
	}
}

// looseSubaccount is a transaction's subaccount: the object when the charge
// was split, {} or null when it was not, sometimes only its code or id.
type looseSubaccount Subaccount

func (s *looseSubaccount) UnmarshalJSON(data []byte) error {
	var full Subaccount
	id, code, err := objectOrRef(data, &full)
	if id != 0 || code != "" {
		full = Subaccount{ID: id, Code: code}
	}
	*s = looseSubaccount(full)
	return err
}

// loosePlan is a plan inside a transaction or subscription: an object, {}
// for none, its code, or its id.
type loosePlan Plan

func (p *loosePlan) UnmarshalJSON(data []byte) error {
	var full Plan
	id, code, err := objectOrRef(data, &full)
	if id != 0 || code != "" {
		full = Plan{ID: id, Code: code}
	}
	*p = loosePlan(full)
	return err
}

// looseCustomer is a customer object, or only its id (create answers).
type looseCustomer Customer

func (c *looseCustomer) UnmarshalJSON(data []byte) error {
	var full Customer
	id, code, err := objectOrRef(data, &full)
	if id != 0 || code != "" {
		full = Customer{ID: id, Code: code}
	}
	*c = looseCustomer(full)
	return err
}

// looseSplit keeps the code of a transaction's split group: {} when none.
type looseSplit string

func (s *looseSplit) UnmarshalJSON(data []byte) error {
	var w struct {
		Code flexString `json:"split_code"`
	}
	_, code, err := objectOrRef(data, &w)
	if code == "" {
		code = string(w.Code)
	}
	*s = looseSplit(code)
	return err
}

// looseInt is a number that may come as text, where something unreadable
// means "not known" (0) rather than a broken answer: a card's expiry month
// and year are strings in the spec, and one odd card must not lose the list.
type looseInt int

func (i *looseInt) UnmarshalJSON(data []byte) error {
	var n FlexInt
	if n.UnmarshalJSON(data) != nil {
		n = 0
	}
	*i = looseInt(n)
	return nil
}
