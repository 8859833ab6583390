package checks

import (
	"strings"

	"paystack-setup/msg"
	"paystack-setup/plans"
)

// minimumAmount is the smallest charge per currency, in minor units, from
// Paystack's published minimums and the authorisation example (1 ZAR). KES
// has no published minimum, so it is absent rather than guessed.
var minimumAmount = map[string]int64{
	"NGN": 5000, // NGN 50.00
	"GHS": 10,   // GHS 0.10
	"USD": 200,  // USD 2.00
	"ZAR": 100,  // ZAR 1.00
}

func planChecks(s *snapshot) []Result {
	ps := s.in.State.Plans
	if len(ps) == 0 {
		return []Result{result("plan.interval", Skip, StepCheckout, t(msg.ChkPlanIntervalNoneTitle), t(msg.ChkNoPlans), t(msg.ChkNoPlansFix))}
	}
	var out []Result
	for _, p := range ps {
		iv, amt := planInterval(p), planAmount(p)
		iv.Subject, amt.Subject = p.Name, p.Name
		out = append(out, iv, amt)
	}
	return out
}

// intervalText describes how often a plan charges, rendered late so that
// JSON output stays English.
func intervalText(p plans.Plan) Text {
	return p.DescribeText()
}

// planInterval fails each interval systeme.io cannot sell with what it is:
// "charges one-time, but multiple intervals are not supported" contradicted
// itself, and an hour is no multiple of anything.
func planInterval(p plans.Plan) Result {
	title := t(msg.ChkPlanIntervalTitle, p.Name)
	how := intervalText(p)
	fail := func(detail, fix Text) Result {
		return result("plan.interval", Fail, StepCheckout, title, detail, fix)
	}
	switch {
	case p.Interval.Supported() && p.Every() == 1:
		return result("plan.interval", Pass, StepCheckout, title, how, Text{})
	case p.Interval == plans.OneTime:
		// With a count above 1: a plans file refuses it, saved answers and
		// the wizard's form may hold it.
		return fail(t(msg.ChkPlanOneTimeRepeats, p.Every()), t(msg.ChkPlanIntervalAnswerFix, p.Name))
	case !p.Interval.Known():
		return fail(t(msg.ChkPlanIntervalUnknown, string(p.Interval)), t(msg.ChkPlanIntervalAnswerFix, p.Name))
	case p.Interval == plans.Hour:
		return fail(t(msg.ChkPlanIntervalTooShort, how), t(msg.ChkPlanIntervalFix, p.Name))
	}
	return fail(t(msg.ChkPlanIntervalBad, how), t(msg.ChkPlanIntervalFix, p.Name))
}

func planAmount(p plans.Plan) Result {
	cur := strings.ToUpper(p.Currency)
	title := t(msg.ChkPlanAmountTitle, p.Name)
	price := plans.FormatAmount(p.Amount, cur)
	if p.Amount <= 0 {
		return result("plan.amount", Fail, StepCheckout, title, t(msg.ChkPlanAmountZero, price), t(msg.ChkPlanAmountZeroFix))
	}
	minimum, known := minimumAmount[cur]
	switch {
	case !known && cur == "KES":
		return result("plan.amount", Skip, StepCheckout, title, t(msg.ChkPlanAmountNoMinimum, price, cur), Text{})
	case !known:
		return result("plan.amount", Skip, StepCheckout, title, t(msg.ChkPlanAmountOtherCurrency, price), Text{})
	case p.Amount < minimum:
		low := plans.FormatAmount(minimum, cur)
		return result("plan.amount", Fail, StepCheckout, title, t(msg.ChkPlanAmountLow, price, low), t(msg.ChkPlanAmountLowFix, low))
	}
	return result("plan.amount", Pass, StepCheckout, title, t(msg.ChkPlanAmountOK, price, plans.FormatAmount(minimum, cur)), Text{})
}
