package country

import (
	"strings"

	"paystack-setup/msg"
	"paystack-setup/paystack"
)

// South African accounts cannot be resolved by number alone: Paystack asks
// the bank to check them with the holder's ID document, and only at banks
// listed with enabled_for_verification. The check is optional, offered just
// before the subaccount is created.

// CanVerifyZA tells whether the bank can check an account for this country.
func CanVerifyZA(country string, bank *paystack.Bank) bool {
	return Code(country) == SouthAfrica && bank != nil && bank.EnabledForVerification
}

// ZAIDNumber reads a typed South African ID number (13 digits; the spaces and
// dashes people copy are dropped).
func ZAIDNumber(typed string) (string, error) {
	id, bad := onlyDigits(typed)
	if bad != "" || len(id) != 13 {
		return "", &Error{Problem: msg.SubAcctZAIDBad, Args: []any{len(id)}}
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
		CountryCode:    SouthAfrica,
		DocumentType:   "identityNumber",
		DocumentNumber: id,
	}
}

// ZAVerdict is what the merchant reads about the bank's answer, and whether
// the bank confirmed the account.
func ZAVerdict(res paystack.ValidationResult) (msg.Text, bool) {
	if res.Verified {
		return msg.New(msg.SubAcctZAVerified), true
	}
	return msg.New(msg.SubAcctZANotVerified, res.VerificationMessage), false
}
