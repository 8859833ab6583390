// Package country holds the rules of the four markets Paystack serves for
// systeme.io merchants: the currency a country settles in, the name Paystack's
// bank list knows it by, the shape of its account numbers and the South
// African ID check.
//
//	c, ok := country.Lookup(st.Country)      // "NG", "nigeria" or "NGN"
//	number, err := country.ValidateAccountNumber(c.Code, bank.Type, typed)
//
// Nothing here renders a sentence: a refusal is an *Error carrying the
// message ID and its arguments, and the front end says it in its language.
package country

import (
	"strings"

	"paystack-setup/msg"
)

// Country codes, as the saved answers keep them.
const (
	Nigeria     = "NG"
	Ghana       = "GH"
	Kenya       = "KE"
	SouthAfrica = "ZA"
)

// Country is one market: the country decides the currency and the bank list.
type Country struct {
	Code     string // NG, GH, KE, ZA
	Currency string // NGN, GHS, KES, ZAR
	Name     msg.ID // the country's name for the merchant
	// PaystackName is the country as List Banks expects it ("south africa").
	PaystackName string
	// ResolveNote says why Paystack cannot name an account's holder from its
	// number here; empty where it can (/bank/resolve: Nigeria and Ghana).
	ResolveNote msg.ID
}

// All lists the markets in the order the welcome step offers them.
var All = []Country{
	{Code: Nigeria, Currency: "NGN", Name: msg.StCountryNG, PaystackName: "nigeria"},
	{Code: Ghana, Currency: "GHS", Name: msg.StCountryGH, PaystackName: "ghana"},
	{Code: Kenya, Currency: "KES", Name: msg.StCountryKE, PaystackName: "kenya", ResolveNote: msg.SubAcctResolveKenya},
	{Code: SouthAfrica, Currency: "ZAR", Name: msg.StCountryZA, PaystackName: "south africa", ResolveNote: msg.SubAcctResolveSouthAfrica},
}

// Code maps what the saved answers or a person may hold for a country
// ("NG", "nigeria", "south africa", or its currency "NGN") to its code; ""
// when it is none of the four.
func Code(s string) string {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "nigeria", "ng", "ngn":
		return Nigeria
	case "ghana", "gh", "ghs":
		return Ghana
	case "kenya", "ke", "kes":
		return Kenya
	case "south africa", "southafrica", "south-africa", "za", "zar":
		return SouthAfrica
	}
	return ""
}

// Lookup finds a market by anything Code accepts.
func Lookup(s string) (Country, bool) {
	code := Code(s)
	for _, c := range All {
		if c.Code == code {
			return c, true
		}
	}
	return Country{}, false
}

// CanResolve reports whether Paystack can name an account's holder from the
// number alone in this country.
func (c Country) CanResolve() bool { return c.Code != "" && c.ResolveNote == "" }

// BankTypeMobileMoney is Paystack's bank type for mobile money wallets
// (Ghana, M-PESA in Kenya), whose "account number" is a phone number.
const BankTypeMobileMoney = "mobile_money"

// AccountNumberLabel names the account number field for a bank of this
// type: a wallet is known by its phone number.
func AccountNumberLabel(bankType string) msg.ID {
	if bankType == BankTypeMobileMoney {
		return msg.SubAcctFieldAccountMobile
	}
	return msg.SubAcctFieldAccount
}

// Error is a typed refusal: Problem names the rule that was broken, as the
// message a front end shows with Args.
type Error struct {
	Problem msg.ID
	Args    []any
}

// Error is for logs; a merchant reads Text in their language.
func (e *Error) Error() string { return "country: refused: " + string(e.Problem) }

// Text is the refusal for the merchant, rendered by the front end.
func (e *Error) Text() msg.Text { return msg.New(e.Problem, e.Args...) }

// ErrUnknownCountry is a country that is none of the four markets, so no
// bank list or account rule applies.
var ErrUnknownCountry = &Error{Problem: msg.SubAcctUnknownCountry}
