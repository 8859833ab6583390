package setup

import "paystack-setup/msg"

// Error is a refusal of the session's own: Problem is the message a front end
// shows (with Args), in its language. Cause, when set, is what went wrong
// underneath (a Paystack error), kept for errors.Is and for the message.
type Error struct {
	Problem msg.ID
	Args    []any
	Cause   error
}

// Error is for logs; the merchant reads Text.
func (e *Error) Error() string {
	s := "setup: " + string(e.Problem)
	if e.Cause != nil {
		s += ": " + e.Cause.Error()
	}
	return s
}

// Text is the sentence for the merchant, left for the front end to render.
func (e *Error) Text() msg.Text { return msg.New(e.Problem, e.Args...) }

func (e *Error) Unwrap() error { return e.Cause }

// Is matches errors of the same problem, so errors.Is(err, ErrCreateUnknown)
// holds for every lost create whatever its cause.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Problem == e.Problem
}

// The session's refusals a flow tells apart.
var (
	// ErrNoKey: a call to Paystack before the key step gave the session a key.
	ErrNoKey = &Error{Problem: msg.SubAcctNoKey}
	// ErrNoClient: this build has no way to reach Paystack.
	ErrNoClient = &Error{Problem: msg.StKeyNoClient}
	// ErrNoKeyStore: the session was opened without a key store.
	ErrNoKeyStore = &Error{Problem: msg.StKeyNoStore}
	// ErrNotConfirmed: the plain-file confirmation word was not typed.
	ErrNotConfirmed = &Error{Problem: msg.StKeyWordMismatch}
	// ErrCreateUnknown: a create's answer was lost and the subaccount could
	// not be found afterwards; trying again is safe, as it looks first.
	ErrCreateUnknown = &Error{Problem: msg.SubAcctCreateUnknown}
	// ErrKeyInAnswers: Save refused answers holding part of the key.
	ErrKeyInAnswers = &Error{Problem: msg.SetupSaveKeyPart}
	// ErrReadOnly is Save on a session made by Read or Snapshot.
	ErrReadOnly = &Error{Problem: msg.ErrInternal}
)
