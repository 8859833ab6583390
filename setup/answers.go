package setup

import (
	"slices"
	"strings"
	"unicode/utf8"

	"paystack-setup/checks"
	"paystack-setup/country"
	"paystack-setup/msg"
	"paystack-setup/plans"
)

// RecordCountry records the merchant's market and the currency it settles
// in. code is anything country.Lookup accepts; another is
// country.ErrUnknownCountry.
func (s *Session) RecordCountry(code string) error {
	c, ok := country.Lookup(code)
	if !ok {
		return country.ErrUnknownCountry
	}
	s.st.Country, s.st.Currency = c.Code, c.Currency
	return nil
}

// CheckWebhookURL judges a webhook URL copied from systeme.io without
// recording it (a field's live validation): the cleaned URL, what looks
// unusual about it (the zero Text when nothing), or why it cannot work
// (a *checks.WebhookURLError).
func CheckWebhookURL(raw string) (clean string, warning msg.Text, err error) {
	clean, err, _ = checks.ValidateWebhookURL(raw)
	if err != nil {
		return "", msg.Text{}, err
	}
	return clean, checks.WebhookURLWarning(clean), nil
}

// RecordWebhookURL records the webhook URL for the current mode (Paystack
// keeps one per mode) when CheckWebhookURL accepts it; the warning is for
// the merchant to confirm or retype.
func (s *Session) RecordWebhookURL(raw string) (clean string, warning msg.Text, err error) {
	clean, warning, err = CheckWebhookURL(raw)
	if err != nil {
		return "", msg.Text{}, err
	}
	if s.st.WebhookURL == nil {
		s.st.WebhookURL = map[string]string{}
	}
	s.st.WebhookURL[string(s.Mode())] = clean
	return clean, warning, nil
}

// WebhookURL is the webhook URL recorded for the session's mode, "" when
// none: the one a front end repeats once the wizard has ended, beside the
// mode it belongs to (Mode).
func (s *Session) WebhookURL() string { return s.st.WebhookURL[string(s.Mode())] }

// RecordCheckoutFields records the payment page's fields, each spelled as
// plans.NormaliseField spells it and once; a name that is no field is a
// *plans.FieldsError and nothing is recorded. Leaving out a field Paystack
// needs is allowed (plans.MissingRequired says which, for the flow to
// confirm): the audit fails it with the reason.
func (s *Session) RecordCheckoutFields(fields []string) error {
	if len(fields) == 0 {
		s.st.CheckoutFields = []string{}
		return nil
	}
	clean, err := plans.ParseFields(strings.Join(fields, ","))
	if err != nil {
		return err
	}
	s.st.CheckoutFields = clean
	return nil
}

// RecordPlans records the merchant's price plans, replacing the earlier
// ones. Two plans of the same name are refused (*Error naming it): the
// checks report per plan name, and the merchant could not tell which is which.
// So are more than plans.MaxPlans plans and a name longer than
// plans.MaxNameLength, which a plans file may not hold either: the saved
// answers must always load back.
func (s *Session) RecordPlans(ps []plans.Plan) error {
	if len(ps) > plans.MaxPlans {
		return &Error{Problem: msg.SetupPlansTooMany, Args: []any{len(ps), plans.MaxPlans}}
	}
	names := map[string]bool{}
	for _, p := range ps {
		if n := utf8.RuneCountInString(p.Name); n > plans.MaxNameLength {
			return &Error{Problem: msg.PlansNameTooLong, Args: []any{n, plans.MaxNameLength}}
		}
		name := strings.ToLower(strings.TrimSpace(p.Name))
		if names[name] {
			return &Error{Problem: msg.SetupPlanTwice, Args: []any{strings.TrimSpace(p.Name)}}
		}
		names[name] = true
	}
	s.st.Plans = slices.Clone(ps)
	return nil
}
