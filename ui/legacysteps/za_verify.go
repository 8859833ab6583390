package legacysteps

import (
	"paystack-setup/country"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/problem"
)

// South African accounts cannot be resolved by number alone; the rules are
// in package country. Both the screen and the accessible mode offer the
// check as an optional step before creating the subaccount.

// CanVerifyZA tells whether the bank can check an account for this country.
func CanVerifyZA(c string, bank *paystack.Bank) bool { return country.CanVerifyZA(c, bank) }

// ZAIDNumber reads a typed South African ID number (13 digits; the spaces and
// dashes people copy are dropped).
func ZAIDNumber(typed string) (string, error) {
	id, err := country.ZAIDNumber(typed)
	return id, localized(err)
}

// ZAValidateRequest is the check Paystack runs for a personal account.
func ZAValidateRequest(holder, account, bankCode, id string) paystack.ValidateRequest {
	return country.ZAValidateRequest(holder, account, bankCode, id)
}

// ZAVerdict is what the merchant reads about the bank's answer, and whether
// the bank confirmed the account.
func ZAVerdict(res paystack.ValidationResult, err error) (string, bool) {
	if err != nil {
		return msg.T(msg.SubAcctZANotVerified, problem.Message(err)), false
	}
	text, ok := country.ZAVerdict(res)
	return text.In(msg.Current()), ok
}
