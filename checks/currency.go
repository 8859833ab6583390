package checks

import (
	"strings"

	"paystack-setup/msg"
)

// localCurrencies are the currencies Paystack settles through systeme.io
// (article note 5); USD needs international payments on the account (note 6).
var localCurrencies = []string{"NGN", "GHS", "KES", "ZAR"}

func isLocalCurrency(c string) bool {
	for _, l := range localCurrencies {
		if l == c {
			return true
		}
	}
	return false
}

func currencyChecks(s *snapshot) []Result {
	// Without plans there is nothing to check; plan.interval says so once.
	var out []Result
	for _, c := range planCurrencies(s) {
		r := currencyCheck(s, c)
		r.Subject = c
		out = append(out, r)
	}
	return out
}

func currencyCheck(s *snapshot, c string) Result {
	title := t(msg.ChkCurrencyTitle, c)
	switch {
	case isLocalCurrency(c):
		return result("currency.supported", Pass, StepCheckout, title, t(msg.ChkCurrencyLocal, c), Text{})
	case c == "USD":
		if !s.online {
			return result("currency.supported", Skip, StepCheckout, title, t(msg.ChkCurrencyUSDSkipped, s.skipReason()), Text{})
		}
		if s.balanceErr != nil {
			st, d := paystackFailure(s.balanceErr)
			return result("currency.supported", st, StepCheckout, title, d, t(msg.ChkRetryFix))
		}
		for _, b := range s.balances {
			if strings.EqualFold(b.Currency, "USD") {
				return result("currency.supported", Pass, StepCheckout, title, t(msg.ChkCurrencyUSDOn), Text{})
			}
		}
		return result("currency.supported", Warn, StepCheckout, title, t(msg.ChkCurrencyUSDOff), t(msg.ChkCurrencyUSDFix))
	default:
		return result("currency.supported", Fail, StepCheckout, title, t(msg.ChkCurrencyUnsupported, c), t(msg.ChkCurrencyUnsupportedFix))
	}
}
