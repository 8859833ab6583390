package checks

import (
	"slices"
	"strings"

	"paystack-setup/msg"
	"paystack-setup/paystack"
)

func subaccountChecks(s *snapshot) []Result {
	exists := subaccountExists(s)
	if exists.Status != Pass {
		// Active, verified and currency say nothing about a subaccount that is
		// not there; one fail with one fix is clearer than four.
		return []Result{exists}
	}
	return []Result{exists, subaccountActive(s), subaccountVerified(s), subaccountCurrency(s)}
}

// maskAccount keeps the last four digits: enough to recognise the account.
func maskAccount(number string) string {
	number = strings.TrimSpace(number)
	if strings.Contains(number, "*") || strings.Contains(number, "•") {
		return number
	}
	if len(number) <= 4 {
		return "••••"
	}
	return "••••" + number[len(number)-4:]
}

func subaccountExists(s *snapshot) Result {
	title := t(msg.ChkSubExistsTitle)
	ref := s.in.State.Subaccount
	if ref == nil || ref.Code == "" {
		return result("subaccount.exists", Fail, StepSubaccount, title, t(msg.ChkSubNone), t(msg.ChkSubPickFix)).by(EvidenceMerchant)
	}
	if !s.asked() {
		r := result("subaccount.exists", Skip, StepSubaccount, title, t(msg.ChkSubSkipped, ref.Code, s.skipReason()), Text{})
		return r
	}
	if s.subErr != nil {
		if paystack.KindOf(s.subErr) == paystack.KindNotFound {
			return result("subaccount.exists", Fail, StepSubaccount, title, t(msg.ChkSubGone, ref.Code), t(msg.ChkSubPickFix)).by(EvidencePaystack)
		}
		if paystack.KindOf(s.subErr) == paystack.KindInvalidKey {
			return result("subaccount.exists", Skip, StepSubaccount, title, t(msg.ChkSubSkippedKey, ref.Code), Text{})
		}
		st, d := paystackFailure(s.subErr)
		return result("subaccount.exists", st, StepSubaccount, title, d, t(msg.ChkRetryFix))
	}
	sub := s.sub
	return result("subaccount.exists", Pass, StepSubaccount, title,
		t(msg.ChkSubFound, sub.BusinessName, sub.Code, sub.SettlementBank, maskAccount(sub.AccountNumber)), Text{}).by(EvidencePaystack)
}

func subaccountActive(s *snapshot) Result {
	title := t(msg.ChkSubActiveTitle)
	if !s.sub.Active {
		return result("subaccount.active", Fail, StepSubaccount, title, t(msg.ChkSubInactive, s.sub.BusinessName), t(msg.ChkSubInactiveFix)).by(EvidencePaystack)
	}
	return result("subaccount.active", Pass, StepSubaccount, title, t(msg.ChkSubActiveOK), Text{}).by(EvidencePaystack)
}

func subaccountVerified(s *snapshot) Result {
	title := t(msg.ChkSubVerifiedTitle)
	if !s.sub.IsVerified {
		return result("subaccount.verified", Warn, StepSubaccount, title, t(msg.ChkSubUnverified), t(msg.ChkSubUnverifiedFix)).by(EvidencePaystack)
	}
	return result("subaccount.verified", Pass, StepSubaccount, title, t(msg.ChkSubVerifiedOK), Text{}).by(EvidencePaystack)
}

// planCurrencies lists the plans' currencies, upper-case, in first-seen order.
func planCurrencies(s *snapshot) []string {
	var out []string
	for _, p := range s.in.State.Plans {
		c := strings.ToUpper(strings.TrimSpace(p.Currency))
		if c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// subaccountCurrency compares Paystack's subaccount with the plans the
// merchant recorded: the plans are their word, so is the outcome.
func subaccountCurrency(s *snapshot) Result {
	title := t(msg.ChkSubCurrencyTitle)
	subCur := strings.ToUpper(s.sub.Currency)
	curs := planCurrencies(s)
	if len(curs) == 0 {
		return result("subaccount.currency", Skip, StepSubaccount, title, t(msg.ChkSubCurrencyNoPlans, subCur), Text{})
	}
	var other []string
	for _, c := range curs {
		// Paystack settles international (USD) payments in the local currency.
		if c != subCur && c != "USD" {
			other = append(other, c)
		}
	}
	if len(other) > 0 {
		return result("subaccount.currency", Fail, StepSubaccount, title,
			t(msg.ChkSubCurrencyMismatch, subCur, strings.Join(other, ", ")), t(msg.ChkSubCurrencyFix, subCur)).by(EvidenceMerchant)
	}
	return result("subaccount.currency", Pass, StepSubaccount, title, t(msg.ChkSubCurrencyOK, subCur), Text{}).by(EvidenceMerchant)
}
