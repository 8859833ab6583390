package checks

import "paystack-setup/msg"

// failedPaymentChecks tell the merchant what the article says happens when a
// renewal fails: Paystack does not try again, so a reminder is theirs to send.
func failedPaymentChecks(*snapshot) []Result {
	return []Result{result("failed_payments.notice", Pass, "", t(msg.ChkFailedTitle), t(msg.ChkFailedDetail), Text{})}
}
