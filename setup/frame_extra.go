package setup

import "paystack-setup/msg"

// What the flows of the redesign's first steps need from the session before
// the session's owner adds them for good; the lead folds this file into
// session.go (or the country package) at the merge.

// Country is one market Paystack serves for systeme.io merchants: the
// country decides the currency and the bank list.
type Country struct {
	Code, Currency string
	Name           msg.ID
}

// Countries in the order the welcome step lists them.
var Countries = []Country{
	{"NG", "NGN", msg.StCountryNG},
	{"GH", "GHS", msg.StCountryGH},
	{"KE", "KES", msg.StCountryKE},
	{"ZA", "ZAR", msg.StCountryZA},
}

// RecordCountry sets the merchant's country and with it the currency; a code
// that is not one of Countries changes nothing.
func (s *Session) RecordCountry(code string) {
	for _, c := range Countries {
		if c.Code == code {
			s.st.Country, s.st.Currency = c.Code, c.Currency
			return
		}
	}
}
