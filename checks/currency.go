package checks

import (
	"slices"
	"strings"

	"paystack-setup/msg"
)

// localCurrencies are the currencies systeme.io's article lists for Paystack
// (note 5: GHS, NGN, KES, ZAR); USD needs international payments on the
// Paystack account (note 6).
var localCurrencies = []string{"NGN", "GHS", "KES", "ZAR"}

// paystackCurrencies are the currencies Paystack itself takes: the article's
// four and USD, plus XOF (Côte d'Ivoire) and EGP (Egypt), from Paystack's
// API reference, "Supported currencies"
// (paystack.com/docs/api/#supported-currency). A currency here but not in
// the article may work on Paystack and still not be offered by systeme.io.
var paystackCurrencies = []string{"NGN", "GHS", "KES", "ZAR", "USD", "XOF", "EGP"}

func isLocalCurrency(c string) bool { return slices.Contains(localCurrencies, c) }

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

// currencyCheck judges a currency the merchant's plans are priced in; only
// whether USD payments are on is Paystack's to show (its balances).
func currencyCheck(s *snapshot, c string) Result {
	title := t(msg.ChkCurrencyTitle, c)
	switch {
	case isLocalCurrency(c):
		return result("currency.supported", Pass, StepCheckout, title, t(msg.ChkCurrencyLocal, c), Text{}).by(EvidenceMerchant)
	case c == "USD":
		if !s.asked() {
			return result("currency.supported", Skip, StepCheckout, title, t(msg.ChkCurrencyUSDSkipped, s.skipReason()), Text{})
		}
		if s.balanceErr != nil {
			st, d := paystackFailure(s.balanceErr)
			return result("currency.supported", st, StepCheckout, title, d, t(msg.ChkRetryFix))
		}
		for _, b := range s.balances {
			if strings.EqualFold(b.Currency, "USD") {
				return result("currency.supported", Pass, StepCheckout, title, t(msg.ChkCurrencyUSDOn), Text{}).by(EvidencePaystack)
			}
		}
		return result("currency.supported", Warn, StepCheckout, title, t(msg.ChkCurrencyUSDOff), t(msg.ChkCurrencyUSDFix)).by(EvidencePaystack)
	case slices.Contains(paystackCurrencies, c):
		return result("currency.supported", Warn, StepCheckout, title, t(msg.ChkCurrencyNotInArticle, c), t(msg.ChkCurrencyNotInArticleFix, c)).by(EvidenceMerchant)
	default:
		return result("currency.supported", Fail, StepCheckout, title,
			t(msg.ChkCurrencyUnsupported, c, strings.Join(paystackCurrencies, ", ")), t(msg.ChkCurrencyUnsupportedFix)).by(EvidenceMerchant)
	}
}
