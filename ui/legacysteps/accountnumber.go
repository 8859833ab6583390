package legacysteps

import (
	"strings"
	"unicode"

	"paystack-setup/msg"
)

// Country codes the wizard knows account number rules for.
const (
	CountryNigeria     = "NG"
	CountryGhana       = "GH"
	CountryKenya       = "KE"
	CountrySouthAfrica = "ZA"
)

// CountryCode maps state.Country ("nigeria", "south africa", or a code) to NG/GH/KE/ZA;
// "" when unknown.
func CountryCode(country string) string {
	switch strings.ToLower(strings.TrimSpace(country)) {
	case "nigeria", "ng", "ngn":
		return CountryNigeria
	case "ghana", "gh", "ghs":
		return CountryGhana
	case "kenya", "ke", "kes":
		return CountryKenya
	case "south africa", "southafrica", "south-africa", "za", "zar":
		return CountrySouthAfrica
	}
	return ""
}

// BankTypeMobileMoney is Paystack's bank type for mobile money wallets (Ghana, M-PESA in Kenya).
const BankTypeMobileMoney = "mobile_money"

// AccountNumberError says which rule a typed account number broke, in words a merchant can act on.
type AccountNumberError struct {
	Problem msg.ID
	Args    []any
}

func (e *AccountNumberError) Error() string { return msg.T(e.Problem, e.Args...) }

// ValidateAccountNumber checks a typed account number against the rules of the
// country's banks (bankType is the Paystack bank's type, e.g. "mobile_money")
// and returns it with spaces and dashes removed. Paystack does not publish the
// lengths; these are what the banks issue, so an unknown country only gets
// the digits check and Paystack has the last word.
func ValidateAccountNumber(country, bankType, typed string) (string, error) {
	digits, bad := onlyDigits(typed)
	if bad != "" {
		return "", &AccountNumberError{Problem: msg.SubAcctNotDigits, Args: []any{bad}}
	}
	if digits == "" {
		return "", &AccountNumberError{Problem: msg.SubAcctEmpty}
	}
	n := len(digits)
	mobile := bankType == BankTypeMobileMoney
	switch CountryCode(country) {
	case CountryNigeria:
		if n != 10 {
			return "", &AccountNumberError{Problem: msg.SubAcctNigeriaLength, Args: []any{n}}
		}
	case CountryGhana:
		if mobile {
			if n == 12 && strings.HasPrefix(digits, "233") {
				digits = "0" + digits[3:] // +233 24… is the same wallet as 024…
				n = 10
			}
			if n != 10 || digits[0] != '0' {
				return "", &AccountNumberError{Problem: msg.SubAcctGhanaMobile, Args: []any{n}}
			}
		} else if n < 10 || n > 16 {
			return "", &AccountNumberError{Problem: msg.SubAcctGhanaLength, Args: []any{n}}
		}
	case CountryKenya:
		if mobile {
			local := n == 10 && (strings.HasPrefix(digits, "07") || strings.HasPrefix(digits, "01"))
			intl := n == 12 && (strings.HasPrefix(digits, "2547") || strings.HasPrefix(digits, "2541"))
			if !local && !intl {
				return "", &AccountNumberError{Problem: msg.SubAcctKenyaMpesa, Args: []any{n}}
			}
		} else if n < 6 || n > 14 {
			return "", &AccountNumberError{Problem: msg.SubAcctKenyaLength, Args: []any{n}}
		}
	case CountrySouthAfrica:
		if n < 7 || n > 11 {
			return "", &AccountNumberError{Problem: msg.SubAcctSouthAfricaLength, Args: []any{n}}
		}
	default:
		if n > 20 {
			return "", &AccountNumberError{Problem: msg.SubAcctTooLong, Args: []any{n}}
		}
	}
	return digits, nil
}

// onlyDigits drops the separators people copy from bank letters (spaces, dashes,
// dots, a leading +) and reports the first other character.
func onlyDigits(s string) (digits, bad string) {
	var b strings.Builder
	for _, r := range strings.TrimSpace(s) {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == ' ' || r == '-' || r == '.' || r == '+' || unicode.IsSpace(r):
		default:
			return "", string(r)
		}
	}
	return b.String(), ""
}

// MaskAccountNumber keeps the last four digits, as bank statements do.
func MaskAccountNumber(number string) string {
	r := []rune(number)
	if len(r) <= 4 {
		return "••••" + string(r)
	}
	return "••••" + string(r[len(r)-4:])
}
