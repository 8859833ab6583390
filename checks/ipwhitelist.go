package checks

import "paystack-setup/msg"

// ipWhitelistChecks apply article note 1. Paystack has no API to read a key's
// whitelist, so the merchant's confirmation in the wizard is what is
// checked, except when Paystack refused this computer: that refusal proves
// the key has a whitelist, which is Paystack's evidence. Whether systeme.io's
// address is on it stays the merchant's word either way.
func ipWhitelistChecks(s *snapshot) []Result {
	mode := string(s.mode)
	if !s.modeKnown {
		// Whitelists are per key mode; naming one before any key is known
		// would send the merchant to the wrong list.
		return []Result{result("ipwhitelist.confirmed", Skip, StepIPWhitelist, t(msg.ChkIPTitleNoMode, SystemeIP), t(msg.ChkSkippedNoKey), Text{})}
	}
	word := msg.ModeText(mode)
	title := t(msg.ChkIPTitle, SystemeIP, word)
	confirmed := s.in.State.IPWhitelist[mode]
	fix := t(msg.ChkIPFix, SystemeIP, word)
	switch {
	case s.blocked && confirmed:
		return []Result{result("ipwhitelist.confirmed", Pass, StepIPWhitelist, title, t(msg.ChkIPProvenConfirmed, word, SystemeIP), Text{}).by(EvidencePaystack)}
	case s.blocked:
		// A whitelist is on, so systeme.io is refused unless its address is
		// on it too.
		return []Result{result("ipwhitelist.confirmed", Fail, StepIPWhitelist, title, t(msg.ChkIPProvenNotConfirmed, word, SystemeIP), fix).by(EvidencePaystack)}
	case confirmed:
		return []Result{result("ipwhitelist.confirmed", Pass, StepIPWhitelist, title, t(msg.ChkIPConfirmed, SystemeIP, word), Text{}).by(EvidenceMerchant)}
	}
	return []Result{result("ipwhitelist.confirmed", Fail, StepIPWhitelist, title, t(msg.ChkIPNotConfirmed, word), fix).by(EvidenceMerchant)}
}
