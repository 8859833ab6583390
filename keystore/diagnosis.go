package keystore

import (
	"context"
	"errors"
	"strings"
	"time"

	"paystack-setup/msg"
	"paystack-setup/problem"
)

// Problem says what went wrong, in a word stable enough for tests and the audit.
type Problem string

const (
	ProblemNoSessionBus    Problem = "no_session_bus"    // SSH, server, container, WSL
	ProblemNoSecretService Problem = "no_secret_service" // a bus, but nobody provides org.freedesktop.secrets
	ProblemLocked          Problem = "locked"            // collection locked or missing, unlock prompt dismissed
	ProblemTimeout         Problem = "timeout"           // no answer within the timeout
	ProblemCanceled        Problem = "canceled"          // the person stopped the program first
	ProblemTooBig          Problem = "too_big"           // the keyring refuses the value's size (Windows, macOS)
	ProblemNotFound        Problem = "not_found"         // nothing stored for the profile
	ProblemReadBack        Problem = "read_back"         // the keyring gave back something else than was stored
	ProblemStoredInvalid   Problem = "stored_invalid"    // what is stored is not a secret key
	ProblemEnvInvalid      Problem = "env_invalid"       // PAYSTACK_SECRET_KEY is not a secret key
	ProblemFile            Problem = "file"              // the plain file cannot be read or written
	ProblemFileNotRegular  Problem = "file_not_regular"  // a link, folder, pipe or device where the plain file belongs
	ProblemFileTooBig      Problem = "file_too_big"      // the plain file is far longer than a key
	ProblemKeyring         Problem = "keyring"           // any other keyring failure
)

// Diagnosis is every error the store returns: a localized sentence that says
// what happened and what to do. The underlying error is kept for errors.Is and
// debugging but never rendered, because raw D-Bus and OS errors mean nothing
// to a merchant.
type Diagnosis struct {
	Problem Problem
	// Detail is said after the problem for some problems (the key format
	// problem of an invalid key); nil otherwise.
	Detail  error
	Profile string
	Path    string        // the plain file, for ProblemFile
	Timeout time.Duration // for ProblemTimeout
	Limit   int64         // for ProblemFileTooBig: the most bytes read
	WSL     bool          // for ProblemNoSessionBus: the advice differs on WSL
	cause   error
}

func (d *Diagnosis) Unwrap() error { return d.cause }

func (d *Diagnosis) Error() string { return d.In(msg.English) }

// In says what happened and what to do in a language.
func (d *Diagnosis) In(l msg.Lang) string {
	var s string
	switch d.Problem {
	case ProblemNoSessionBus:
		if d.WSL {
			s = msg.In(l, msg.KeystoreNoBusWSL)
		} else {
			s = msg.In(l, msg.KeystoreNoBus)
		}
	case ProblemNoSecretService:
		s = msg.In(l, msg.KeystoreNoSecretService)
	case ProblemLocked:
		s = msg.In(l, msg.KeystoreLocked)
	case ProblemTimeout:
		s = msg.In(l, msg.KeystoreTimeout, d.Timeout.String())
	case ProblemCanceled:
		s = msg.In(l, msg.KeystoreCanceled)
	case ProblemTooBig:
		s = msg.In(l, msg.KeystoreTooBig)
	case ProblemNotFound:
		s = msg.In(l, msg.KeystoreNotFound, d.Profile)
	case ProblemReadBack:
		s = msg.In(l, msg.KeystoreReadBack)
	case ProblemStoredInvalid:
		s = msg.In(l, msg.KeystoreStoredInvalid, d.Profile)
	case ProblemEnvInvalid:
		s = msg.In(l, msg.KeystoreEnvInvalid)
	case ProblemFile:
		s = msg.In(l, msg.KeystoreFileFailed, d.Path)
	case ProblemFileNotRegular:
		s = msg.In(l, msg.KeystoreFileNotRegular, d.Path)
	case ProblemFileTooBig:
		s = msg.In(l, msg.KeystoreFileTooBig, d.Path, d.Limit)
	default:
		s = msg.In(l, msg.KeystoreKeyringFailed)
	}
	if d.Detail != nil {
		s += " " + problem.Text(d.Detail).In(l)
	}
	return s
}

// Text is the diagnosis for a front end that renders later, in its own
// language; Error() is the English sentence.
func (d *Diagnosis) Text() msg.Text { return msg.New(msg.Verbatim, d) }

// ProblemOf returns the Problem of a Diagnosis anywhere in err's chain, or "".
func ProblemOf(err error) Problem {
	var d *Diagnosis
	if errors.As(err, &d) {
		return d.Problem
	}
	return ""
}

// KeyringUnusable reports whether err means the keyring cannot be used at all
// right now, so that the person should be offered the other choices
// (Fallbacks) rather than just shown the error.
func KeyringUnusable(err error) bool {
	switch ProblemOf(err) {
	case ProblemNoSessionBus, ProblemNoSecretService, ProblemLocked, ProblemTimeout,
		ProblemTooBig, ProblemReadBack, ProblemKeyring:
		return true
	}
	return false
}

// diagnose turns whatever a backend returned into a Diagnosis. The Secret
// Service errors arrive as D-Bus error strings from go-keyring, so they are
// recognised by their text; the phrases below are the ones measured against
// gnome-keyring and documented by the spec.
func diagnose(err error, profile string) *Diagnosis {
	var d *Diagnosis
	if errors.As(err, &d) {
		return d
	}
	var nb *noBusError
	p := ProblemKeyring
	switch {
	case errors.As(err, &nb):
		return &Diagnosis{Problem: ProblemNoSessionBus, WSL: nb.wsl, Profile: profile, cause: err}
	case errors.Is(err, ErrNotFound):
		p = ProblemNotFound
	case errors.Is(err, errTooBig):
		p = ProblemTooBig
	case errors.Is(err, context.Canceled):
		p = ProblemCanceled
	default:
		text := strings.ToLower(err.Error())
		switch {
		case containsAny(text, "org.freedesktop.secrets was not provided", "serviceunknown",
			"name has no owner", "not activatable"):
			p = ProblemNoSecretService
		case containsAny(text, "failed to unlock correct collection", "no such object", "nosuchobject",
			"unknownobject", "islocked", "is locked", "dismissed", "no such secret collection"):
			p = ProblemLocked
		case containsAny(text, "dbus-launch", "couldn't determine address of session bus",
			"connect: no such file", "connection refused", "dial unix"):
			p = ProblemNoSessionBus
		}
	}
	return &Diagnosis{Problem: p, Profile: profile, cause: err}
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// SimulatedError returns an error shaped like the one the real keyring gives
// for p, for FaultyBackend in tests elsewhere (the wizard's key step).
func SimulatedError(p Problem) error {
	switch p {
	case ProblemNoSessionBus:
		return &noBusError{}
	case ProblemNoSecretService:
		return errors.New("The name org.freedesktop.secrets was not provided by any .service files")
	case ProblemLocked:
		return errors.New("failed to unlock correct collection '/org/freedesktop/secrets/aliases/default'")
	case ProblemTooBig:
		return errTooBig
	case ProblemNotFound:
		return ErrNotFound
	}
	return errors.New("org.freedesktop.DBus.Error.Failed: simulated keyring failure")
}
