package checks

import (
	"strings"

	"paystack-setup/msg"
	"paystack-setup/plans"
)

// planMinimum is the smallest amount Paystack documents for a subscription
// plan, in minor units: NGN 100, from Paystack's API error reference,
// Subscriptions ("The minimum amount for creating a subscription plan is NGN
// 100"). Paystack publishes no plan minimum for GHS, KES, ZAR, USD, XOF or
// EGP, nor any for a one-time price, so none is checked or shown there.
var planMinimum = map[string]int64{"NGN": 10000}

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
		return result("plan.interval", Fail, StepCheckout, title, detail, fix).by(EvidenceMerchant)
	}
	switch {
	case p.Interval.Supported() && p.Every() == 1:
		return result("plan.interval", Pass, StepCheckout, title, how, Text{}).by(EvidenceMerchant)
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

// planAmount judges a price the merchant recorded against what Paystack
// publishes.
func planAmount(p plans.Plan) Result {
	cur := strings.ToUpper(p.Currency)
	title := t(msg.ChkPlanAmountTitle, p.Name)
	price := plans.FormatAmount(p.Amount, cur)
	if p.Amount <= 0 {
		return result("plan.amount", Fail, StepCheckout, title, t(msg.ChkPlanAmountZero, price), t(msg.ChkPlanAmountZeroFix)).by(EvidenceMerchant)
	}
	if p.Interval == plans.OneTime {
		return result("plan.amount", Skip, StepCheckout, title, t(msg.ChkPlanAmountNoMinimumOneTime, price), Text{})
	}
	minimum, published := planMinimum[cur]
	switch {
	case !published:
		return result("plan.amount", Skip, StepCheckout, title, t(msg.ChkPlanAmountNoMinimum, price, cur), Text{})
	case p.Amount < minimum:
		low := plans.FormatAmount(minimum, cur)
		return result("plan.amount", Fail, StepCheckout, title, t(msg.ChkPlanAmountLow, price, low), t(msg.ChkPlanAmountLowFix, low)).by(EvidenceMerchant)
	}
	return result("plan.amount", Pass, StepCheckout, title, t(msg.ChkPlanAmountOK, price, plans.FormatAmount(minimum, cur)), Text{}).by(EvidenceMerchant)
}
