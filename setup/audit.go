package setup

import (
	"net/http"

	"paystack-setup/checks"
	"paystack-setup/keystore"
	"paystack-setup/state"
)

// AuditOptions are the audit's own choices, beside what the session knows.
type AuditOptions struct {
	Offline      bool // no call to Paystack; network checks are skipped
	ProbeWebhook bool // one request to the webhook URL
	// ProbeClient makes the webhook probe; nil means the checks' default.
	ProbeClient *http.Client
}

// AuditInput is the one place checks.Input is built, for the wizard's
// summary, accessible mode and the audit command alike: the answers, the key
// and where it came from (or why none could be read), a client for it, the
// state file's permissions and the plain-file consent.
func (s *Session) AuditInput(o AuditOptions) checks.Input {
	in := checks.Input{
		Profile:      s.o.Profile,
		State:        s.st,
		Key:          s.key,
		KeySource:    s.keySource,
		StatePath:    s.path,
		Demo:         s.o.Demo,
		KeyUnstored:  s.keyUnstored,
		Offline:      o.Offline,
		ProbeWebhook: o.ProbeWebhook,
		ProbeClient:  o.ProbeClient,
		// The session's clock, so the payment window and a renewal's
		// age follow the same now as everything else the session dates.
		Now: s.now,
	}
	switch {
	case s.key.IsZero() && s.keyReadErr != nil:
		in.KeyErr = s.keyReadErr
	case s.key.IsZero():
		in.KeyErr = &keystore.Diagnosis{Problem: keystore.ProblemNotFound, Profile: s.o.Profile}
	default:
		// A nil *paystack.Client would be a non-nil checks.API.
		if c := s.Client(); c != nil {
			in.Client = c
		}
	}
	if s.keySource == keystore.SourceFile {
		// The key store keeps the consent record under the same config dir.
		if c, err := keystore.ReadConsent(s.o.StateRoot, s.o.Profile); err == nil {
			in.PlainFile = c
		}
	}
	return in
}

// RecordAudit keeps the outcome of an audit, for `profiles list`.
func (s *Session) RecordAudit(rep checks.Report) {
	s.auditStopped = false
	s.st.LastAudit = &state.AuditRecord{
		At: s.now(), Pass: rep.Summary[checks.Pass], Warn: rep.Summary[checks.Warn],
		Fail: rep.Summary[checks.Fail], Skip: rep.Summary[checks.Skip], Error: rep.Summary[checks.Error],
	}
}

// RecordAuditStopped notes that the run's last audit was stopped before it
// finished. The saved LastAudit stays (it is still the last one made), but
// AuditStopped says that nothing checked the setup as it ends.
func (s *Session) RecordAuditStopped() { s.auditStopped = true }

// AuditStopped reports whether the run's last audit was stopped.
func (s *Session) AuditStopped() bool { return s.auditStopped }
