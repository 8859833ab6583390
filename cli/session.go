package cli

import (
	"context"
	"errors"
	"fmt"

	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/problem"
	"paystack-setup/setup"
	"paystack-setup/state"
)

// sessionOpener is setup.Open (a command that records an answer: the
// profile is locked) or setup.Read (one that only looks: no lock, so it
// works beside a running wizard).
type sessionOpener func(context.Context, setup.Options) (*setup.Session, []state.Notice, error)

// commandSession opens the profile's session for a command with open; a
// profile another paystack-setup holds is refused naming it, as the wizard
// refuses it. notices are what to say first (an API base that sends the
// key elsewhere, a state file set aside); when there is no session they are
// said here, before the error. closeAll releases the profile and the
// services.
func commandSession(ctx context.Context, e *Env, p *msg.Printer, services func() (*Services, error), open sessionOpener) (*setup.Session, []msg.Text, func(), error) {
	svc, err := services()
	if err != nil {
		return nil, nil, nil, err
	}
	var notices []msg.Text
	if w := e.apiBaseWarning(); !w.IsZero() {
		notices = append(notices, w)
	}
	s, said, err := openProfile(ctx, e, svc, open)
	notices = append(notices, said...)
	if err != nil {
		sayAll(e, p, notices)
		svc.Close()
		return nil, nil, nil, err
	}
	return s, notices, func() { _ = s.Close(); svc.Close() }, nil
}

// openProfile opens e's profile on svc with open, for the wizard and the
// commands alike: what open noticed, as texts, and a profile another
// paystack-setup holds, or answers that cannot be read, refused naming the
// profile.
func openProfile(ctx context.Context, e *Env, svc *Services, open sessionOpener) (*setup.Session, []msg.Text, error) {
	s, notices, err := open(ctx, svc.options(e, e.Profile))
	var texts []msg.Text
	for _, n := range notices {
		texts = append(texts, msg.New(msg.Verbatim, n))
	}
	if err != nil {
		var locked *state.LockedError
		if errors.As(err, &locked) {
			return nil, texts, lockedError{profile: e.Profile, locked: locked}
		}
		return nil, texts, stateError{e.Profile, err}
	}
	return s, texts, nil
}

// keyedSession is commandSession for a command that asks Paystack: the
// notices said, and a profile without a key refused with noKey (needKey).
func keyedSession(ctx context.Context, e *Env, p *msg.Printer, services func() (*Services, error), open sessionOpener, noKey msg.ID) (*setup.Session, func(), error) {
	s, notices, closeAll, err := commandSession(ctx, e, p, services, open)
	if err != nil {
		return nil, nil, err
	}
	sayAll(e, p, notices)
	if err := needKey(e, s, noKey); err != nil {
		closeAll()
		return nil, nil, err
	}
	return s, closeAll, nil
}

// withDemoKey is services that give a --demo run the sandbox's test key:
// each demo run starts with an empty keyring, and the demo's subscribers,
// in every status, and its watched payments are test mode's.
func withDemoKey(services func() (*Services, error)) func() (*Services, error) {
	return func() (*Services, error) {
		svc, err := services()
		if err != nil || svc.Sandbox == nil {
			return svc, err
		}
		svc.Keys = keystore.New(keystore.Options{Dir: svc.StateRoot, Backend: keystore.NewMemoryBackend(),
			Getenv: func(name string) string {
				if name == keystore.EnvKey {
					return sandbox.DemoTestKey
				}
				return ""
			}})
		return svc, nil
	}
}

// sayAll says each notice on stderr, where a command's asides go.
func sayAll(e *Env, p *msg.Printer, notices []msg.Text) {
	for _, n := range notices {
		fmt.Fprintln(e.Err, p.Text(n))
	}
}

// needKey refuses a command that asks Paystack when the profile has no key,
// saying how to store one (noKey, with the profile twice), or why it could
// not be read.
func needKey(e *Env, s *setup.Session, noKey msg.ID) error {
	if k, _ := s.Key(); !k.IsZero() {
		return nil
	}
	if err := s.KeyReadErr(); err != nil {
		return err
	}
	return problem.New(noKey, e.Profile, e.Profile)
}

// waitFor runs do while the spinner says waiting (on a stderr terminal,
// when spin); do may say its progress on the spinner it is given. ctrl+c
// during the wait says the command stopped (exit 130).
func waitFor[T any](ctx context.Context, e *Env, p *msg.Printer, spin bool, waiting msg.Text, do func(*spinner) (T, error)) (T, error) {
	sp := startSpinner(e, p, spin)
	sp.Say(waiting)
	got, err := do(sp)
	sp.Stop()
	if ctx.Err() != nil {
		fmt.Fprintln(e.Err, p.T(msg.SubCmdStopped))
		var none T
		return none, exitWith(ExitInterrupted)
	}
	return got, err
}

// askByCode asks Paystack about the code the merchant typed, the spinner
// saying waiting meanwhile: a code Paystack does not know is refused with
// unknown (the code, the mode, the profile), and ctrl+c says the command
// stopped (exit 130).
func askByCode[T any](ctx context.Context, e *Env, p *msg.Printer, s *setup.Session, code string, waiting msg.Text,
	unknown msg.ID, ask func(context.Context, string) (T, error)) (T, error) {
	got, err := waitFor(ctx, e, p, true, waiting, func(*spinner) (T, error) { return ask(ctx, code) })
	if paystack.KindOf(err) == paystack.KindNotFound {
		var none T
		return none, problem.New(unknown, code, msg.ModeText(string(s.Mode())), e.Profile)
	}
	return got, err
}
