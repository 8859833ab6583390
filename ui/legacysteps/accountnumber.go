package legacysteps

import (
	"errors"

	"paystack-setup/country"
	"paystack-setup/msg"
)

// Country codes the wizard knows account number rules for.
const (
	CountryNigeria     = country.Nigeria
	CountryGhana       = country.Ghana
	CountryKenya       = country.Kenya
	CountrySouthAfrica = country.SouthAfrica
)

// CountryCode maps state.Country ("nigeria", "south africa", or a code) to NG/GH/KE/ZA;
// "" when unknown.
func CountryCode(c string) string { return country.Code(c) }

// BankTypeMobileMoney is Paystack's bank type for mobile money wallets (Ghana, M-PESA in Kenya).
const BankTypeMobileMoney = country.BankTypeMobileMoney

// AccountNumberError says which rule a typed account number broke, in words a merchant can act on.
type AccountNumberError struct {
	Problem msg.ID
	Args    []any
}

func (e *AccountNumberError) Error() string { return msg.T(e.Problem, e.Args...) }

// localized turns the country package's typed refusal into one whose
// Error() is the sentence, which is what these screens show.
func localized(err error) error {
	var ce *country.Error
	if errors.As(err, &ce) {
		return &AccountNumberError{Problem: ce.Problem, Args: ce.Args}
	}
	return err
}

// ValidateAccountNumber is country.ValidateAccountNumber with a sentence for an error.
func ValidateAccountNumber(c, bankType, typed string) (string, error) {
	n, err := country.ValidateAccountNumber(c, bankType, typed)
	return n, localized(err)
}

// MaskAccountNumber keeps the last four digits, as bank statements do.
func MaskAccountNumber(number string) string { return country.MaskAccountNumber(number) }
