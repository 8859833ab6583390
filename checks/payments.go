package checks

import (
	"slices"
	"strings"
	"time"

	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/plans"
)

// PaymentWindow is how far back the payment checks look at successful
// charges: 30 days is this product's choice (issue #12), long enough for a
// shop that sells now and then.
const PaymentWindow = 30 * 24 * time.Hour

// paymentChecks are the proof that money flows (issue #12): a successful
// charge lately, and every one of them split with the subaccount chosen
// in systeme.io. Paystack's own list of charges is the evidence.
func paymentChecks(s *snapshot) []Result {
	out := []Result{paymentsRecent(s), paymentsRouted(s)}
	if r, ok := paymentsSysteme(s); ok {
		out = append(out, r)
	}
	return out
}

// latest is the most recent charge, by when it was paid.
func latest(txs []paystack.Transaction) paystack.Transaction {
	return slices.MaxFunc(txs, func(a, b paystack.Transaction) int { return a.When().Compare(b.When()) })
}

func paymentsRecent(s *snapshot) Result {
	word := msg.ModeText(string(s.mode))
	title := t(msg.ChkPayRecentTitle, word)
	if !s.asked() {
		return result("payments.recent", Skip, StepPurchase, title, s.skipReason(), Text{})
	}
	if s.chargesErr != nil {
		st, d := paystackFailure(s.chargesErr)
		return result("payments.recent", st, StepPurchase, title, d, t(msg.ChkRetryFix))
	}
	if len(s.charges) == 0 {
		// Not a fault yet: a new shop may simply not have sold.
		fix := t(msg.ChkPayRecentFixLive)
		if s.mode == paystack.ModeTest {
			fix = t(msg.ChkPayRecentFixTest)
		}
		return result("payments.recent", Warn, StepPurchase, title, t(msg.ChkPayRecentNone, word), fix).by(EvidencePaystack)
	}
	tx := latest(s.charges)
	return result("payments.recent", Pass, StepPurchase, title,
		t(msg.ChkPayRecentOK, plans.FormatAmount(tx.Amount, tx.Currency), day(tx.When()), tx.Reference), Text{}).by(EvidencePaystack)
}

// paymentsRouted: a successful charge that was not split with the chosen
// subaccount (not split at all, or split with another) means systeme.io
// is not set to that subaccount, or the charge came from elsewhere.
func paymentsRouted(s *snapshot) Result {
	title := t(msg.ChkPayRoutedTitle)
	ref := s.in.State.Subaccount
	switch {
	case ref == nil || ref.Code == "":
		return result("payments.routed", Skip, StepSysteme, title, t(msg.ChkPayRoutedNoSub), Text{})
	case !s.asked():
		return result("payments.routed", Skip, StepSysteme, title, s.skipReason(), Text{})
	case s.chargesErr != nil:
		st, d := paystackFailure(s.chargesErr)
		return result("payments.routed", st, StepSysteme, title, d, t(msg.ChkRetryFix))
	case len(s.charges) == 0:
		return result("payments.routed", Skip, StepSysteme, title, t(msg.ChkPayRoutedNone), Text{})
	}
	name, currency := ref.BusinessName, strings.ToUpper(ref.Currency)
	if s.sub != nil {
		// Paystack's current name and currency, over what was saved.
		name, currency = s.sub.BusinessName, strings.ToUpper(s.sub.Currency)
	}
	if name == "" {
		name = ref.Code
	}
	var missed []paystack.Transaction
	var otherCurrencies []string
	other := 0
	for _, tx := range s.charges {
		switch {
		case tx.Subaccount.Code != ref.Code:
			missed = append(missed, tx)
		case currency != "" && tx.Currency != currency:
			other++
			if !slices.Contains(otherCurrencies, tx.Currency) {
				otherCurrencies = append(otherCurrencies, tx.Currency)
			}
		}
	}
	if len(missed) > 0 {
		last := latest(missed)
		return result("payments.routed", Fail, StepSysteme, title,
			t(msg.ChkPayRoutedMissed, name, ref.Code, len(missed), len(s.charges), last.Reference, day(last.When())),
			t(msg.ChkPayRoutedFix, name, ref.Code)).by(EvidencePaystack)
	}
	if other > 0 {
		return result("payments.routed", Warn, StepSysteme, title,
			t(msg.ChkPayRoutedCurrency, name, ref.Code, currency, other, strings.Join(otherCurrencies, ", ")),
			t(msg.ChkPayRoutedCurrencyFix, currency)).by(EvidencePaystack)
	}
	return result("payments.routed", Pass, StepSysteme, title, t(msg.ChkPayRoutedOK, len(s.charges), name, ref.Code), Text{}).by(EvidencePaystack)
}

// paymentsSysteme is what the merchant saw in systeme.io after the
// wizard's test purchase reached Paystack: the order paid, or not, which
// points at the webhook Paystack tells systeme.io through. Only the
// merchant can see it (systeme.io's public API documents no list of orders,
// paystack-facts.md),
// so it rests on their word; it is there only once they answered.
func paymentsSysteme(s *snapshot) (Result, bool) {
	p, ok := s.in.State.Purchases[string(s.mode)]
	if !ok || p.SystemePaid == nil {
		return Result{}, false
	}
	title := t(msg.ChkPaySystemeTitle, msg.ModeText(string(s.mode)))
	amount := plans.FormatAmount(p.Amount, p.Currency)
	if *p.SystemePaid {
		return result("payments.systeme_paid", Pass, StepPurchase, title, t(msg.ChkPaySystemeOK, amount, p.Reference), Text{}).by(EvidenceMerchant), true
	}
	return result("payments.systeme_paid", Fail, StepWebhook, title, t(msg.ChkPaySystemeNot, amount, p.Reference),
		t(msg.ChkPaySystemeFix, WebhookField(s.mode))).by(EvidenceMerchant), true
}
