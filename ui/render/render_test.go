package render

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"paystack-setup/country"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/problem"
	"paystack-setup/setup"
	"paystack-setup/state"
)

// A business name or URL from outside cannot drive the terminal: its escape
// sequences and control bytes never reach the screen, in any argument.
func TestDataArgumentsLoseControlBytes(t *testing.T) {
	p := NewPrinter(msg.English)
	hostile := "Ada\x1b]52;c;ZXZpbA==\x07 Shop\x1b[2J\r\nLine\x9b"
	for _, x := range []msg.Text{
		msg.New(msg.Verbatim, hostile),
		msg.New(msg.StSysStep4, msg.New(msg.Verbatim, hostile)),
		msg.New(msg.WizSaveFailed, problem.New(msg.Verbatim, hostile)),
	} {
		got := p.Text(x)
		if _, isErr := x.Args[0].(error); isErr {
			// An error's own line breaks are meant (a command on its line).
			got = strings.ReplaceAll(got, "\n", " ")
		}
		if strings.ContainsAny(got, "\x1b\x07\r\n\x9b") {
			t.Errorf("%s rendered %q", x.ID, got)
		}
		if !strings.Contains(got, "Ada Shop") {
			t.Errorf("%s lost the data itself: %q", x.ID, got)
		}
	}
}

// Data cleans what it draws as the command line does (safetext.Line): a
// sequence started by an 8-bit CSI or OSC goes whole, not only its first
// character, and plain text is kept as it is.
func TestDataCleansAsTheCommandLineDoes(t *testing.T) {
	for in, want := range map[string]string{
		"a\u009b31mb":           "ab",
		"a\u009d0;title\u0007b": "ab",
		"a\x1b[31mb\x1b[0m":     "ab",
		"tab\there\nand\rthere": "tab here and there",
		"गुप्ता स्टोर्स":        "गुप्ता स्टोर्स",
		"••••0031":              "••••0031",
	} {
		if got := Data(in); got != want {
			t.Errorf("Data(%q) = %q, want %q", in, got, want)
		}
	}
}

type hindiError struct{}

func (hindiError) Error() string        { return "english" }
func (hindiError) In(l msg.Lang) string { return "in " + string(l) + "\n  second line" }

// An error is said as problem says it, in the renderer's language: a typed
// Paystack failure by its kind, a state file problem in its own words with
// its line breaks; a Go error no one gave a sentence, or a type problem does
// not know, is the internal-error sentence, never its text.
func TestSentence(t *testing.T) {
	p := NewPrinter(msg.Hindi)
	invalid := &paystack.Error{Kind: paystack.KindInvalidKey, Status: 401, Message: "Invalid key"}
	if got, want := p.Sentence(fmt.Errorf("verify: %w", invalid)), msg.In(msg.Hindi, msg.PaystackErrInvalidKey); got != want {
		t.Errorf("a Paystack failure: %q, want %q", got, want)
	}
	locked := &state.LockedError{Profile: "shop", PID: 42}
	if got := p.Sentence(fmt.Errorf("open: %w", locked)); got != locked.In(msg.Hindi) {
		t.Errorf("a state problem: %q, want %q", got, locked.In(msg.Hindi))
	}
	if got := p.Sentence(state.ErrStateTooBig); !strings.Contains(got, "MB") || got == state.ErrStateTooBig.Error() {
		t.Errorf("a state too big is not said in Hindi: %q", got)
	}
	internal := msg.In(msg.Hindi, msg.ErrInternal)
	for _, err := range []error{errors.New("open /tmp/x: permission denied\x1b[31m"), hindiError{}} {
		if got := p.Sentence(err); got != internal {
			t.Errorf("%T said %q, want the internal-error sentence", err, got)
		}
	}
	// An error inside a text is said the same way.
	if got := p.Text(msg.New(msg.WizSaveFailed, errors.New("rename /tmp/x: EIO"))); strings.Contains(got, "EIO") || !strings.Contains(got, internal) {
		t.Errorf("a save failure's Go error reached the screen: %q", got)
	}
}

// A plural text keeps its form when the renderer cleans its arguments, alone
// or inside another text (a plan's interval in a check's detail): "every
// month", not "every 1 months".
func TestPluralTextsKeepTheirForm(t *testing.T) {
	p := NewPrinter(msg.English)
	month := msg.Plural(msg.PlansEveryMonth, 1)
	if got := p.Text(month); got != "every month" {
		t.Errorf("rendered %q", got)
	}
	if got := p.Text(msg.New(msg.StSumCheck, msg.New(msg.Verbatim, "Gold"), month)); got != "Gold · every month" {
		t.Errorf("inside another text rendered %q", got)
	}
	if got := p.Text(msg.Plural(msg.PlansEveryMonth, 3)); got != "every 3 months" {
		t.Errorf("rendered %q", got)
	}
}

// The typed errors a flow meets (a country's rule, a session's refusal
// wrapping Paystack's failure, Paystack's own, a stopped wait) are said in
// the printer's language, never as their technical Error() line.
func TestSentenceOfTypedErrors(t *testing.T) {
	p := NewPrinter(msg.Hindi)
	lost := &paystack.Error{Kind: paystack.KindOutcomeUnknown, Op: "POST /subaccount"}
	for _, c := range []struct {
		err  error
		want msg.Text
	}{
		{&country.Error{Problem: msg.SubAcctNigeriaLength, Args: []any{9}}, msg.New(msg.SubAcctNigeriaLength, 9)},
		{fmt.Errorf("step: %w", &setup.Error{Problem: msg.SubAcctCreateUnknown, Cause: lost}), msg.New(msg.SubAcctCreateUnknown)},
		{&paystack.Error{Kind: paystack.KindIPNotAllowed}, msg.New(msg.PaystackErrIPBlocked)},
		{problem.New(msg.SubAcctEmailBad), msg.New(msg.SubAcctEmailBad)},
		{context.Canceled, msg.New(msg.PaystackErrCanceled)},
	} {
		if got, want := p.Sentence(c.err), msg.In(msg.Hindi, c.want.ID, c.want.Args...); got != want {
			t.Errorf("%v said %q, want %q", c.err, got, want)
		}
	}
}
