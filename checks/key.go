package checks

import (
	"errors"

	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/problem"
)

// SystemeIP is the address systeme.io calls Paystack from (article note 1).
const SystemeIP = "185.236.142.1"

func keyChecks(s *snapshot) []Result {
	return []Result{keyPresent(s), keyFormat(s), keyMode(s), keyAccepted(s), keyIPAllowed(s)}
}

func sourceText(in Input) Text {
	switch {
	case in.Demo:
		return t(msg.ChkSourceDemo) // the demo's store is memory, whatever it calls itself
	case in.KeyUnstored:
		return t(msg.ChkSourceUnstored)
	}
	switch in.KeySource {
	case keystore.SourceEnv:
		return t(msg.ChkSourceEnv)
	case keystore.SourceFile:
		return t(msg.ChkSourceFile)
	default:
		return t(msg.ChkSourceKeyring)
	}
}

// keyMissing reports whether the store simply has no key, as opposed to a
// key it cannot read or one that is malformed.
func keyMissing(err error) bool {
	return keystore.ProblemOf(err) == keystore.ProblemNotFound
}

func keyMalformed(err error) bool {
	var kf *paystack.KeyFormatError
	p := keystore.ProblemOf(err)
	return errors.As(err, &kf) || p == keystore.ProblemStoredInvalid || p == keystore.ProblemEnvInvalid
}

func keyPresent(s *snapshot) Result {
	title := t(msg.ChkKeyPresentTitle)
	in := s.in
	switch {
	case s.keyOK:
		return result("key.present", Pass, StepKey, title, t(msg.ChkKeyPresentDetail, in.Key.Masked(), sourceText(in)), Text{}).by(EvidenceLocal)
	case in.KeyErr == nil || keyMissing(in.KeyErr):
		return result("key.present", Fail, StepKey, title, t(msg.ChkKeyMissing), t(msg.ChkKeyMissingFix)).by(EvidenceLocal)
	case keyMalformed(in.KeyErr):
		// The key is there; the format check says what is wrong with it.
		return result("key.present", Pass, StepKey, title, t(msg.ChkKeyPresentMalformed, sourceText(in)), Text{}).by(EvidenceLocal)
	default:
		return result("key.present", Fail, StepKey, title, t(msg.ChkKeyUnreadable, problem.Text(in.KeyErr)), t(msg.ChkKeyUnreadableFix)).by(EvidenceLocal)
	}
}

func keyFormat(s *snapshot) Result {
	title := t(msg.ChkKeyFormatTitle)
	switch {
	case s.keyOK:
		return result("key.format", Pass, StepKey, title, t(msg.ChkKeyFormatOK), Text{}).by(EvidenceLocal)
	case s.in.KeyErr != nil && keyMalformed(s.in.KeyErr):
		return result("key.format", Fail, StepKey, title, t(msg.ChkKeyFormatBad, problem.Text(s.in.KeyErr)), t(msg.ChkKeyMissingFix)).by(EvidenceLocal)
	default:
		return result("key.format", Skip, StepKey, title, t(msg.ChkSkippedNoKey), Text{})
	}
}

func keyMode(s *snapshot) Result {
	title := t(msg.ChkKeyModeTitle)
	if !s.keyOK {
		return result("key.mode", Skip, StepKey, title, t(msg.ChkSkippedNoKey), Text{})
	}
	// The mode is the key's prefix, read here.
	if s.in.Key.Mode() == paystack.ModeTest {
		return result("key.mode", Warn, StepKey, title, t(msg.ChkKeyModeTest), t(msg.ChkKeyModeTestFix)).by(EvidenceLocal)
	}
	return result("key.mode", Pass, StepKey, title, t(msg.ChkKeyModeLive), Text{}).by(EvidenceLocal)
}

// The balance call is the key's test: it needs nothing but a valid key.
func keyAccepted(s *snapshot) Result {
	title := t(msg.ChkKeyAcceptedTitle)
	if !s.asked() {
		return result("key.accepted", Skip, StepKey, title, s.skipReason(), Text{})
	}
	if s.balanceErr == nil {
		return result("key.accepted", Pass, StepKey, title, t(msg.ChkKeyAcceptedOK, msg.ModeText(string(s.in.Key.Mode()))), Text{}).by(EvidencePaystack)
	}
	switch paystack.KindOf(s.balanceErr) {
	case paystack.KindInvalidKey:
		return result("key.accepted", Fail, StepKey, title, t(msg.ChkKeyRejected), t(msg.ChkKeyRejectedFix)).by(EvidencePaystack)
	default:
		st, d := paystackFailure(s.balanceErr)
		return result("key.accepted", st, StepKey, title, d, t(msg.ChkRetryFix))
	}
}

func keyIPAllowed(s *snapshot) Result {
	title := t(msg.ChkKeyIPTitle)
	if !s.online {
		return result("key.ip_allowed", Skip, StepIPWhitelist, title, s.skipReason(), Text{})
	}
	switch {
	case s.blocked:
		// Not a fault of the setup: the report's note says once what to do.
		return result("key.ip_allowed", Skip, StepIPWhitelist, title, t(msg.ChkKeyIPBlocked), Text{})
	case paystack.KindOf(s.balanceErr) == paystack.KindInvalidKey:
		return result("key.ip_allowed", Skip, StepIPWhitelist, title, t(msg.ChkKeyIPUnknown), Text{})
	}
	if s.balanceErr != nil {
		st, d := paystackFailure(s.balanceErr)
		return result("key.ip_allowed", st, StepIPWhitelist, title, d, t(msg.ChkRetryFix))
	}
	return result("key.ip_allowed", Pass, StepIPWhitelist, title, t(msg.ChkKeyIPOK), Text{}).by(EvidencePaystack)
}
