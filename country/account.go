package country

import (
	"strings"
	"unicode"

	"paystack-setup/msg"
)

// ValidateAccountNumber checks a typed account number against the rules of
// the country's banks (bankType is the Paystack bank's type, e.g.
// "mobile_money") and returns it with spaces and dashes removed. Paystack
// does not publish the lengths; these are what the banks issue, so a country
// outside the four only gets the digits check and Paystack has the last word.
func ValidateAccountNumber(country, bankType, typed string) (string, error) {
	digits, bad := onlyDigits(typed)
	if bad != "" {
		return "", &Error{Problem: msg.SubAcctNotDigits, Args: []any{bad}}
	}
	if digits == "" {
		return "", &Error{Problem: msg.SubAcctEmpty}
	}
	n := len(digits)
	mobile := bankType == BankTypeMobileMoney
	switch Code(country) {
	case Nigeria:
		if n != 10 {
			return "", &Error{Problem: msg.SubAcctNigeriaLength, Args: []any{n}}
		}
	case Ghana:
		if mobile {
			if n == 12 && strings.HasPrefix(digits, "233") {
				digits = "0" + digits[3:] // +233 24… is the same wallet as 024…
				n = 10
			}
			if n != 10 || digits[0] != '0' {
				return "", &Error{Problem: msg.SubAcctGhanaMobile, Args: []any{n}}
			}
		} else if n < 10 || n > 16 {
			return "", &Error{Problem: msg.SubAcctGhanaLength, Args: []any{n}}
		}
	case Kenya:
		if mobile {
			local := n == 10 && (strings.HasPrefix(digits, "07") || strings.HasPrefix(digits, "01"))
			intl := n == 12 && (strings.HasPrefix(digits, "2547") || strings.HasPrefix(digits, "2541"))
			if !local && !intl {
				return "", &Error{Problem: msg.SubAcctKenyaMpesa, Args: []any{n}}
			}
		} else if n < 6 || n > 14 {
			return "", &Error{Problem: msg.SubAcctKenyaLength, Args: []any{n}}
		}
	case SouthAfrica:
		if n < 7 || n > 11 {
			return "", &Error{Problem: msg.SubAcctSouthAfricaLength, Args: []any{n}}
		}
	default:
		if n > 20 {
			return "", &Error{Problem: msg.SubAcctTooLong, Args: []any{n}}
		}
	}
	return digits, nil
}

// onlyDigits drops the separators people copy from bank letters (spaces,
// dashes, dots, a leading +) and reports the first other character.
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

// MaskAccountNumber keeps the last four digits, as bank statements do: enough
// to recognise an account, useless to misuse it.
func MaskAccountNumber(number string) string {
	r := []rune(number)
	if len(r) <= 4 {
		return "••••" + string(r)
	}
	return "••••" + string(r[len(r)-4:])
}
