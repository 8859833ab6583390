package plans

import (
	"strings"

	"paystack-setup/internal/safetext"
	"paystack-setup/msg"
)

// RequiredFields are the checkout fields Paystack needs on a systeme.io payment
// page (article note 4).
var RequiredFields = []string{"email", "first_name", "last_name"}

var fieldSynonyms = map[string]string{
	"e_mail": "email", "email_address": "email", "mail": "email",
	"firstname": "first_name", "first": "first_name", "given_name": "first_name", "forename": "first_name", "fname": "first_name",
	"lastname": "last_name", "last": "last_name", "surname": "last_name", "family_name": "last_name", "lname": "last_name",
	// The targets below are the ids the wizard's checkout step saves, so a
	// field recorded by `audit --fields` and one ticked in the wizard agree.
	"phone_number": "phone", "phonenumber": "phone", "telephone": "phone", "mobile": "phone", "mobile_number": "phone",
	"street_address": "address", "street": "address", "address_line": "address",
	"state_or_region": "state", "region": "state", "province": "state",
	"postal_code": "postcode", "zip": "postcode", "zip_code": "postcode", "zipcode": "postcode",
	"company_name": "company", "business_name": "company",
	// Hindi, as the Hindi screens name the fields (नुक़्ता-free: see normaliseWord).
	"ईमेल": "email", "ई_मेल": "email",
	"फर्स्ट_नेम": "first_name", "पहला_नाम": "first_name",
	"लास्ट_नेम": "last_name", "सरनेम": "last_name", "उपनाम": "last_name",
	"फोन": "phone", "मोबाइल": "phone",
}

// NormaliseField turns what a person typed ("First name", "E-mail", "surname")
// into the field's id ("first_name", "email", "last_name").
func NormaliseField(s string) string {
	w := normaliseWord(s)
	if canonical, ok := fieldSynonyms[w]; ok {
		return canonical
	}
	return w
}

// FieldsError lists the entries of a --fields value that are not field names.
type FieldsError struct {
	Empty   bool
	Invalid []string
}

func (e *FieldsError) Error() string { return e.In(msg.English) }

// In says it in a language.
func (e *FieldsError) In(l msg.Lang) string {
	if e.Empty {
		return msg.In(l, msg.PlansFieldsEmpty)
	}
	return msg.In(l, msg.PlansFieldsInvalid, strings.Join(e.Invalid, ", "))
}

// ParseFields reads a comma-separated list of checkout fields, normalised and
// without duplicates, in the order given.
func ParseFields(s string) ([]string, error) {
	s = safetext.Line(s) // an entry that is no field name is quoted back
	var out []string
	var invalid []string
	seen := map[string]bool{}
	for _, part := range strings.Split(s, ",") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		f := NormaliseField(part)
		if !validFieldID(f) {
			invalid = append(invalid, strings.TrimSpace(part))
			continue
		}
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	if len(invalid) > 0 {
		return nil, &FieldsError{Invalid: invalid}
	}
	if len(out) == 0 {
		return nil, &FieldsError{Empty: true}
	}
	return out, nil
}

func validFieldID(f string) bool {
	if f == "" || len(f) > 64 {
		return false
	}
	for _, r := range f {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_') {
			return false
		}
	}
	return true
}

// MissingRequired lists the required fields absent from fields, in RequiredFields order.
func MissingRequired(fields []string) []string {
	have := map[string]bool{}
	for _, f := range fields {
		have[NormaliseField(f)] = true
	}
	var missing []string
	for _, r := range RequiredFields {
		if !have[r] {
			missing = append(missing, r)
		}
	}
	return missing
}
