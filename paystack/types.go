// Package paystack is the client for Paystack's REST API that the wizard and
// the audit use:
//
//	key, err := paystack.ParseSecretKey(pasted)
//	client := paystack.New(key, paystack.WithBaseURL(apiBase))
//	subs, err := client.AllSubaccounts(ctx, func(p paystack.SubaccountsPage) { ... })
//
// It decodes what Paystack really sends (integers for booleans in lists,
// upper-case enums, strings for numbers, nulls) and turns every failure into a
// typed *Error whose message tells the user what to do. It has no UI imports.
package paystack

// DefaultBaseURL is where calls go unless WithBaseURL says otherwise.
const DefaultBaseURL = "https://api.paystack.co"

// Mode is the Paystack environment a key belongs to.
type Mode string

const (
	ModeTest Mode = "test"
	ModeLive Mode = "live"
)

// Subaccount is one settlement subaccount. List responses carry a reduced
// object, so fields missing from lists stay zero.
type Subaccount struct {
	ID           int64  `json:"id"`
	Code         string `json:"subaccount_code"`
	BusinessName string `json:"business_name"`
	Description  string `json:"description"`
	// SettlementBank is the bank's NAME in every response, although requests
	// send the bank CODE in the field of the same name.
	SettlementBank      string  `json:"settlement_bank"`
	BankID              int64   `json:"bank_id"`
	AccountNumber       string  `json:"account_number"`
	AccountName         string  `json:"account_name"`
	Currency            string  `json:"currency"`
	PercentageCharge    float64 `json:"percentage_charge"`
	IsVerified          bool    `json:"is_verified"`
	Active              bool    `json:"active"`
	SettlementSchedule  string  `json:"settlement_schedule"` // lower-case: auto, weekly, monthly, manual
	Domain              Mode    `json:"domain"`
	Product             string  `json:"product"`
	PrimaryContactName  string  `json:"primary_contact_name"`
	PrimaryContactEmail string  `json:"primary_contact_email"`
	PrimaryContactPhone string  `json:"primary_contact_phone"`
	// Metadata is the raw JSON text of the metadata object, or the string
	// Paystack sent when it sent one; empty when null or absent.
	Metadata  string `json:"metadata,omitempty"`
	CreatedAt string `json:"createdAt,omitempty"`
	UpdatedAt string `json:"updatedAt,omitempty"`
}

// PageMeta is the pagination part of a list answer: offset fields for
// subaccounts and plans, cursor fields for banks.
type PageMeta struct {
	Total     int    `json:"total"`
	Skipped   int    `json:"skipped"`
	PerPage   int    `json:"perPage"`
	Page      int    `json:"page"`
	PageCount int    `json:"pageCount"`
	Next      string `json:"next,omitempty"`
	Previous  string `json:"previous,omitempty"`
}

// SubaccountsPage is one page delivered by AllSubaccounts while it walks.
type SubaccountsPage struct {
	Items  []Subaccount // this page's subaccounts
	Page   int          // 1-based page number
	Loaded int          // subaccounts delivered so far, this page included
	Total  int          // Paystack's total, as last reported
}

// SubaccountRequest creates a subaccount. SettlementBank is the bank CODE.
type SubaccountRequest struct {
	BusinessName        string  `json:"business_name"`
	SettlementBank      string  `json:"settlement_bank"`
	AccountNumber       string  `json:"account_number"`
	PercentageCharge    float64 `json:"percentage_charge"`
	Description         string  `json:"description,omitempty"`
	PrimaryContactEmail string  `json:"primary_contact_email,omitempty"`
	PrimaryContactName  string  `json:"primary_contact_name,omitempty"`
	PrimaryContactPhone string  `json:"primary_contact_phone,omitempty"`
	Metadata            string  `json:"metadata,omitempty"` // a JSON object as text, as the API asks
}

// SubaccountUpdate changes only the fields that are set.
type SubaccountUpdate struct {
	BusinessName        *string  `json:"business_name,omitempty"`
	SettlementBank      *string  `json:"settlement_bank,omitempty"` // bank CODE
	AccountNumber       *string  `json:"account_number,omitempty"`
	Active              *bool    `json:"active,omitempty"`
	PercentageCharge    *float64 `json:"percentage_charge,omitempty"`
	Description         *string  `json:"description,omitempty"`
	PrimaryContactEmail *string  `json:"primary_contact_email,omitempty"`
	PrimaryContactName  *string  `json:"primary_contact_name,omitempty"`
	PrimaryContactPhone *string  `json:"primary_contact_phone,omitempty"`
	Metadata            *string  `json:"metadata,omitempty"`
}

// Balance is the money held in one currency, in the smallest unit (kobo,
// pesewas, cents).
type Balance struct {
	Currency string `json:"currency"`
	Balance  int64  `json:"balance"`
}

// Bank is one entry of List Banks.
type Bank struct {
	ID                     int64  `json:"id"`
	Name                   string `json:"name"`
	Slug                   string `json:"slug"`
	Code                   string `json:"code"`
	Longcode               string `json:"longcode"`
	Gateway                string `json:"gateway"`
	Country                string `json:"country"`
	Currency               string `json:"currency"`
	Type                   string `json:"type"`
	Active                 bool   `json:"active"`
	IsDeleted              bool   `json:"is_deleted"`
	PayWithBank            bool   `json:"pay_with_bank"`
	SupportsTransfer       bool   `json:"supports_transfer"`
	EnabledForVerification bool   `json:"enabled_for_verification"`
}

// BankQuery filters List Banks; empty fields are not sent. Country is
// Paystack's lower-case name ("nigeria", "south africa").
type BankQuery struct {
	Country  string
	Currency string
	Type     string
	// EnabledForVerification asks only for banks /bank/validate accepts (ZA).
	EnabledForVerification bool
}

// ResolvedAccount is the answer of /bank/resolve (Nigeria and Ghana).
type ResolvedAccount struct {
	AccountNumber string `json:"account_number"`
	AccountName   string `json:"account_name"`
	BankID        int64  `json:"bank_id"`
}

// ValidateRequest is the South African account check of /bank/validate.
type ValidateRequest struct {
	AccountName    string `json:"account_name"`
	AccountNumber  string `json:"account_number"`
	AccountType    string `json:"account_type"` // personal or business
	BankCode       string `json:"bank_code"`
	CountryCode    string `json:"country_code"`  // ZA
	DocumentType   string `json:"document_type"` // identityNumber, passportNumber, businessRegistrationNumber
	DocumentNumber string `json:"document_number"`
}

// ValidationResult is what /bank/validate found.
type ValidationResult struct {
	Verified                          bool   `json:"verified"`
	VerificationMessage               string `json:"verificationMessage"`
	AccountAcceptsDebits              bool   `json:"accountAcceptsDebits"`
	AccountAcceptsCredits             bool   `json:"accountAcceptsCredits"`
	AccountOpenForMoreThanThreeMonths bool   `json:"accountOpenForMoreThanThreeMonths"`
	AccountHolderMatch                bool   `json:"accountHolderMatch"`
	AccountOpen                       bool   `json:"accountOpen"`
}

// Plan is a Paystack subscription plan. Amount is in the smallest unit.
type Plan struct {
	ID                int64  `json:"id"`
	Code              string `json:"plan_code"`
	Name              string `json:"name"`
	Description       string `json:"description"` // text, or the JSON of whatever else was sent
	Amount            int64  `json:"amount"`
	Interval          string `json:"interval"` // lower-case: daily, weekly, monthly, ...
	Currency          string `json:"currency"`
	InvoiceLimit      int64  `json:"invoice_limit"`
	SendInvoices      bool   `json:"send_invoices"`
	SendSMS           bool   `json:"send_sms"`
	HostedPage        bool   `json:"hosted_page"`
	IsDeleted         bool   `json:"is_deleted"`
	IsArchived        bool   `json:"is_archived"`
	Domain            Mode   `json:"domain"`
	SubscriptionCount int    `json:"subscription_count"`
	// ActiveSubscriptions is only in list answers.
	ActiveSubscriptions int    `json:"active_subscriptions"`
	CreatedAt           string `json:"createdAt,omitempty"`
}
