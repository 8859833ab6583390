package checks

import (
	"slices"
	"strings"

	"paystack-setup/msg"
	"paystack-setup/plans"
)

// authorisationExample is the small first charge a customer may see per
// currency (card authorisation minimums seen, the article's 1 ZAR); KES and
// USD have no published figure, so their text names none.
var authorisationExample = map[string]int64{"NGN": 5000, "GHS": 10, "ZAR": 100}

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
		if minor, ok := authorisationExample[c]; ok {
			detail = t(msg.ChkFirstChargeDetail, t(msg.ChkVerbatim, plans.FormatAmount(minor, c)))
		}
		r := result("first_charge.notice", Pass, StepCheckout, t(msg.ChkFirstChargeTitle, c), detail, Text{})
		r.Subject = c
		out = append(out, r)
	}
	return out
}
