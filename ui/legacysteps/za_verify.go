package legacysteps

import (
	"strings"

	"paystack-setup/msg"
	"paystack-setup/paystack"
)

// South African accounts cannot be resolved by number alone: Paystack asks
// the bank to check them with the holder's ID document, and only at banks
// listed with enabled_for_verification. Both the screen and the accessible
// mode offer it as an optional check before creating the subaccount.

// CanVerifyZA tells whether the bank can check an account for this country.
func CanVerifyZA(country string, bank *paystack.Bank) bool {
	return CountryCode(country) == CountrySouthAfrica && bank != nil && bank.EnabledForVerification
}

// ZAIDNumber reads a typed South African ID number (13 digits; the spaces and
// dashes people copy are dropped).
func ZAIDNumber(typed string) (string, error) {
	id, bad := onlyDigits(typed)
	if bad != "" || len(id) != 13 {
		return "", &AccountNumberError{Problem: msg.SubAcctZAIDBad, Args: []any{len(id)}}
	}
	return id, nil
}

// ZAValidateRequest is the check Paystack runs for a personal account.
func ZAValidateRequest(holder, account, bankCode, id string) paystack.ValidateRequest {
	return paystack.ValidateRequest{
		AccountName:    strings.TrimSpace(holder),
		AccountNumber:  account,
		AccountType:    "personal",
		BankCode:       bankCode,
		CountryCode:    "ZA",
		DocumentType:   "identityNumber",
		DocumentNumber: id,
	}
}

// ZAVerdict is what the merchant reads about the bank's answer, and whether
// the bank confirmed the account.
func ZAVerdict(res paystack.ValidationResult, err error) (string, bool) {
	switch {
	case err != nil:
		return msg.T(msg.SubAcctZANotVerified, err.Error()), false
	case res.Verified:
		return msg.T(msg.SubAcctZAVerified), true
	default:
		return msg.T(msg.SubAcctZANotVerified, res.VerificationMessage), false
	}
}
