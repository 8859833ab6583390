package checks

import (
	"strings"

	"paystack-setup/msg"
	"paystack-setup/plans"
)

var fieldNames = map[string]msg.ID{
	"email":      msg.ChkFieldEmail,
	"first_name": msg.ChkFieldFirstName,
	"last_name":  msg.ChkFieldLastName,
}

// fieldChecks apply article note 4: Paystack needs email, first and last name
// on every systeme.io payment page. systeme.io's pages cannot be read, so
// the fields are the ones the merchant recorded.
func fieldChecks(s *snapshot) []Result {
	title := t(msg.ChkFieldsTitle)
	var missing []Text
	for _, f := range plans.MissingRequired(s.in.State.CheckoutFields) {
		missing = append(missing, t(fieldNames[f]))
	}
	if len(missing) == 0 {
		return []Result{result("fields.required", Pass, StepCheckout, title, t(msg.ChkFieldsOK), Text{}).by(EvidenceMerchant)}
	}
	return []Result{result("fields.required", Fail, StepCheckout, title,
		t(msg.ChkFieldsMissing, missing), t(msg.ChkFieldsFix, strings.Join(plans.RequiredFields, ","))).by(EvidenceMerchant)}
}
