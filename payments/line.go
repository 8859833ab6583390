package payments

import (
	"strings"
	"time"
	"unicode/utf8"

	"paystack-setup/internal/money"
)

// Line is one charge as the `watch` command prints it with --json: one
// JSON object per line, so a script can read charges as they arrive. The
// customer's email is left out: a log of charges should not collect
// addresses. Fields are only ever added (docs/json.md).
type Line struct {
	Reference string `json:"reference"`
	// Amount is in the currency's main unit, two decimals, no thousands
	// separator: "5000.00" for 500000 kobo.
	Amount   string `json:"amount"`
	Currency string `json:"currency"`
	// Status is Paystack's: success, failed or reversed.
	Status string `json:"status"`
	// PaidAt is RFC 3339 in UTC; null for a charge that was not paid.
	PaidAt *string `json:"paid_at"`
	// SubaccountCode is the subaccount the charge was split with; "" when
	// it all went to the main account.
	SubaccountCode string `json:"subaccount_code"`
	// Routed: split with the subaccount chosen for systeme.io.
	Routed bool `json:"routed"`
}

// LineOf is c as the JSON line says it.
func LineOf(c Charge) Line {
	l := Line{Reference: c.Reference, Amount: money.Major(c.Amount, ""), Currency: c.Currency, Status: string(c.Status),
		SubaccountCode: c.SubaccountCode, Routed: c.Routed}
	if !c.PaidAt.IsZero() {
		at := c.PaidAt.UTC().Format(time.RFC3339)
		l.PaidAt = &at
	}
	return l
}

// MaskEmail shows enough of a customer's address to recognise one's own
// test purchase, and no more: "amaka.uche@example.com" is
// "a***@example.com". Text without an @ is hidden whole.
func MaskEmail(email string) string {
	email = strings.TrimSpace(email)
	if email == "" {
		return ""
	}
	at := strings.LastIndexByte(email, '@')
	if at <= 0 {
		return "***"
	}
	first, _ := utf8.DecodeRuneInString(email)
	return string(first) + "***" + email[at:]
}
