package checks

import "paystack-setup/msg"

// systemeChecks apply article step 3. systeme.io has no API that shows its
// gateway connections, so the merchant's confirmation in the wizard is what
// is checked; without it, nothing else here makes a payment page work.
func systemeChecks(s *snapshot) []Result {
	title := t(msg.ChkSystemeTitle)
	st := s.in.State
	if st.SystemeConnected {
		detail := t(msg.ChkSystemeConfirmedUndated)
		if !st.SystemeConnectedAt.IsZero() {
			detail = t(msg.ChkSystemeConfirmed, day(st.SystemeConnectedAt))
		}
		return []Result{result("systeme.connected", Pass, StepSysteme, title, detail, Text{}).by(EvidenceMerchant)}
	}
	sub := t(msg.ChkSystemeYourSubaccount)
	if ref := st.Subaccount; ref != nil && ref.Code != "" {
		name := ref.BusinessName
		if name == "" {
			name = ref.Code
		}
		sub = t(msg.ChkVerbatim, name)
	}
	return []Result{result("systeme.connected", Fail, StepSysteme, title, t(msg.ChkSystemeNotConfirmed), t(msg.ChkSystemeFix, sub)).by(EvidenceMerchant)}
}
