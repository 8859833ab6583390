// Package problem turns an error into the sentence a merchant reads, at the
// edge, in the front end's language:
//
//	p.Say(problem.Text(err))          // a msg.Text, rendered by the front end
//	fmt.Fprintln(os.Stderr, problem.Message(err)) // rendered now, in msg.Current()
//
// The domain packages return typed errors and know no language: a Paystack
// failure is a *paystack.Error of some Kind, a pasted key is a
// *paystack.KeyFormatError, a refusal of the session or of a country's rules
// carries its message (Text() msg.Text). What none of these is (a raw Go
// error, a bug) becomes the internal-error sentence: a merchant never reads
// a Go error.
package problem

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"time"

	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/plans"
	"paystack-setup/renewals"
	"paystack-setup/state"
)

// texter is an error that carries its own message: setup's, country's,
// checks' webhook URL refusals, keystore's diagnoses, and those made by New.
type texter interface {
	error
	Text() msg.Text
}

// Text is the sentence for err, left unrendered; the zero Text for nil. The
// outermost error that has a sentence speaks: a session's refusal that wraps
// a Paystack failure says its own words.
func Text(err error) msg.Text {
	if err == nil {
		return msg.Text{}
	}
	if t, ok := firstText(err); ok {
		return t
	}
	switch {
	case errors.Is(err, context.Canceled):
		return msg.New(msg.PaystackErrCanceled)
	case errors.Is(err, context.DeadlineExceeded):
		return msg.New(msg.PaystackErrTimeout)
	}
	return msg.New(msg.ErrInternal)
}

// firstText is the message of the outermost error in err's tree that has
// one, joined errors (a failed save beside an interrupt) included.
func firstText(err error) (msg.Text, bool) {
	for e := err; e != nil; e = errors.Unwrap(e) {
		if t, ok := textOf(e); ok {
			return t, true
		}
		if joined, ok := e.(interface{ Unwrap() []error }); ok {
			for _, x := range joined.Unwrap() {
				if t, ok := firstText(x); ok {
					return t, true
				}
			}
			return msg.Text{}, false
		}
	}
	return msg.Text{}, false
}

// textOf is the sentence of one error of the chain, if it has one.
func textOf(err error) (msg.Text, bool) {
	switch e := err.(type) {
	case texter:
		return e.Text(), true
	case *paystack.Error:
		return paystackText(e), true
	case *paystack.KeyFormatError:
		return keyFormatText(e), true
	case *renewals.LedgerError:
		if e.Damaged {
			return msg.New(msg.RenLedgerDamaged, e.Path), true
		}
		return msg.New(msg.RenLedgerFailed, e.Path), true
	case *renewals.ReasonError:
		return msg.New(msg.RenReasonUnknown, e.Given), true
	case *state.FileError, *state.ProfileError, *state.LockedError,
		*plans.FileError, *plans.ReadError, *plans.AmountError, *plans.FieldsError:
		// Their Error() is already the merchant's sentence, in the current language.
		return msg.New(msg.Verbatim, e), true
	}
	if err == state.ErrSecretInState || err == state.ErrStateTooBig {
		return msg.New(msg.Verbatim, err), true
	}
	return msg.Text{}, false
}

// Message is Text rendered in the current language, for the front ends that
// print at once (the command line, the legacy wizard steps).
func Message(err error) string { return Text(err).In(msg.Current()) }

// New is an error that says a message: what a flow's validation or a front
// end returns when the words are its own.
func New(id msg.ID, args ...any) error { return &textError{msg.New(id, args...)} }

type textError struct{ text msg.Text }

func (e *textError) Error() string  { return e.text.In(msg.Current()) }
func (e *textError) Text() msg.Text { return e.text }

// paystackText says what a failed call means and what to do, by its kind.
func paystackText(e *paystack.Error) msg.Text {
	switch e.Kind {
	case paystack.KindInvalidKey:
		return msg.New(msg.PaystackErrInvalidKey)
	case paystack.KindIPNotAllowed:
		return msg.New(msg.PaystackErrIPBlocked)
	case paystack.KindNotFound:
		return msg.New(msg.PaystackErrNotFound, orDefault(e.Message, "Entity not found"))
	case paystack.KindValidation:
		said := orDefault(e.Message, strconv.Itoa(e.Status))
		if e.Code != "" {
			said += " (" + e.Code + ")"
		}
		t := msg.New(msg.PaystackErrValidation, said)
		if e.NextStep != "" {
			t = msg.New(msg.ProblemSentences, t, msg.New(msg.PaystackErrNextStep, e.NextStep))
		}
		return t
	case paystack.KindRefused:
		return msg.New(msg.PaystackErrRefused, e.Status, orDefault(e.Message, http.StatusText(e.Status)))
	case paystack.KindRateLimited:
		if e.RetryAfter > 0 {
			return msg.New(msg.PaystackErrRetryAfter, e.RetryAfter.Round(time.Second).String())
		}
		return msg.New(msg.PaystackErrRateLimited)
	case paystack.KindUnavailable:
		return msg.New(msg.PaystackErrUnavailable, e.Status)
	case paystack.KindNotJSON:
		return msg.New(msg.PaystackErrNotJSON, e.Status)
	case paystack.KindMalformed:
		return msg.New(msg.PaystackErrMalformed, e.Status)
	case paystack.KindTimeout:
		return msg.New(msg.PaystackErrTimeout)
	case paystack.KindNetwork:
		return msg.New(msg.PaystackErrNetwork, orDefault(e.Host, paystack.DefaultBaseURL))
	case paystack.KindCanceled:
		return msg.New(msg.PaystackErrCanceled)
	case paystack.KindOutcomeUnknown:
		// The cause's own advice ("try again") would contradict "look first".
		return msg.New(msg.PaystackErrOutcomeUnknown)
	case paystack.KindInsecureBaseURL:
		return msg.New(msg.PaystackErrInsecureBase, e.Host)
	}
	return msg.New(msg.PaystackErrBadRequest, orDefault(e.Message, e.Op))
}

// keyFormatText says what is wrong with a pasted key, never repeating it.
func keyFormatText(e *paystack.KeyFormatError) msg.Text {
	switch e.Problem {
	case paystack.KeyEmpty:
		return msg.New(msg.PaystackKeyEmpty)
	case paystack.KeyPublic:
		return msg.New(msg.PaystackKeyPublic)
	case paystack.KeyTruncated:
		return msg.Plural(msg.PaystackKeyTruncated, e.Got, e.Want)
	case paystack.KeyTooLong:
		return msg.New(msg.PaystackKeyTooLong, e.Got, e.Want)
	case paystack.KeyInnerWhitespace:
		return msg.New(msg.PaystackKeyWhitespace)
	case paystack.KeyInvalidChars:
		return msg.New(msg.PaystackKeyInvalidChars)
	}
	return msg.New(msg.PaystackKeyNotPaystack)
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
