package checks

import (
	"slices"
	"strings"

	"paystack-setup/msg"
	"paystack-setup/plans"
)

// authorisationAmount is the small, refunded charge a new (or replaced)
// card first sees, in minor units: systeme.io's article gives 1 ZAR as its
// example (note 2); Paystack's support article on replacing the card of a
// subscription gives NGN 50, USD 1, GHS 1 and ZAR 1. None is published for
// KES, so its text names no figure.
var authorisationAmount = map[string]int64{"NGN": 5000, "USD": 100, "GHS": 100, "ZAR": 100}

// firstChargeChecks explain article note 2, once per subscription currency:
// the customer's first payment is a small refunded authorisation, which
// surprises merchants who test their own checkout.
func firstChargeChecks(s *snapshot) []Result {
	var curs []string
	for _, p := range s.in.State.Plans {
		c := strings.ToUpper(p.Currency)
		if p.Interval != plans.OneTime && c != "" && !slices.Contains(curs, c) {
			curs = append(curs, c)
		}
	}
	var out []Result
	for _, c := range curs {
		detail := t(msg.ChkFirstChargeNoFigure)
		if minor, ok := authorisationAmount[c]; ok {
			detail = t(msg.ChkFirstChargeDetail, t(msg.ChkVerbatim, plans.FormatAmount(minor, c)))
		}
		r := result("first_charge.notice", Pass, StepCheckout, t(msg.ChkFirstChargeTitle, c), detail, Text{}).by(EvidenceNone)
		r.Subject = c
		out = append(out, r)
	}
	return out
}
