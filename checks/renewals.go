package checks

import (
	"paystack-setup/msg"
	"paystack-setup/renewals"
)

// renewalChecks follow the article's last note: when a renewal fails,
// Paystack makes no new debit attempt before the next payment date, so a
// failed renewal, or a card that will not last until its next payment, is
// the merchant's to follow up (issue #13). The rule is renewals.Classify,
// which the renewals command lists subscriber by subscriber.
func renewalChecks(s *snapshot) []Result {
	title := t(msg.ChkRenewalsTitle)
	if !s.asked() {
		return []Result{result("renewals.attention", Skip, "", title, s.skipReason(), Text{})}
	}
	if s.subsErr != nil {
		st, d := paystackFailure(s.subsErr)
		return []Result{result("renewals.attention", st, "", title, d, t(msg.ChkRetryFix))}
	}
	items := renewals.Classify(s.subscriptions, s.now)
	counts := renewals.Count(items)
	failed, expiring := counts[renewals.FailedCharge], counts[renewals.CardExpiring]
	var r Result
	switch {
	case failed+expiring == 0:
		r = result("renewals.attention", Pass, "", title, t(msg.ChkRenewalsNone), Text{})
	case items[0].OverdueAt(s.now):
		// Classify puts the oldest failure first.
		r = result("renewals.attention", Fail, "", title, t(msg.ChkRenewalsOverdue, failed, day(items[0].FailedAt), expiring), t(msg.ChkRenewalsFix))
	default:
		r = result("renewals.attention", Warn, "", title, t(msg.ChkRenewalsWarn, failed, expiring), t(msg.ChkRenewalsFix))
	}
	return []Result{r.by(EvidencePaystack)}
}
