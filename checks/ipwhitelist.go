package checks

import "paystack-setup/msg"

// ipWhitelistChecks apply article note 1. Paystack has no API to read a key's
// whitelist, so the merchant's confirmation in the wizard is what is checked;
// key.ip_allowed catches the opposite case (this machine blocked).
func ipWhitelistChecks(s *snapshot) []Result {
	mode := string(s.mode)
	if !s.modeKnown {
		// Whitelists are per key mode; naming one before any key is known
		// would send the merchant to the wrong list.
		return []Result{result("ipwhitelist.confirmed", Skip, StepIPWhitelist, t(msg.ChkIPTitleNoMode, SystemeIP), t(msg.ChkSkippedNoKey), Text{})}
	}
	title := t(msg.ChkIPTitle, SystemeIP, msg.ModeText(mode))
	if s.in.State.IPWhitelist[mode] {
		return []Result{result("ipwhitelist.confirmed", Pass, StepIPWhitelist, title, t(msg.ChkIPConfirmed, SystemeIP, msg.ModeText(mode)), Text{})}
	}
	return []Result{result("ipwhitelist.confirmed", Fail, StepIPWhitelist, title, t(msg.ChkIPNotConfirmed, msg.ModeText(mode)), t(msg.ChkIPFix, SystemeIP, msg.ModeText(mode)))}
}
