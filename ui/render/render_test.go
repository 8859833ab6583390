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
)

// A business name or URL from outside cannot drive the terminal: its escape
// sequences and control bytes never reach the screen, in any argument.
func TestDataArgumentsLoseControlBytes(t *testing.T) {
	p := NewPrinter(msg.English)
	hostile := "Ada\x1b]52;c;ZXZpbA==\x07 Shop\x1b[2J\r\nLine\x9b"
	for _, x := range []msg.Text{
		msg.New(msg.Verbatim, hostile),
		msg.New(msg.StSysStep4, msg.New(msg.Verbatim, hostile)),
		msg.New(msg.WizSaveFailed, errors.New(hostile)),
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

type hindiError struct{}

func (hindiError) Error() string        { return "english" }
func (hindiError) In(l msg.Lang) string { return "in " + string(l) + "\n  second line" }

// An error that speaks languages is said in the renderer's, its own line
// breaks kept; any other says its text, never with control bytes.
func TestSentence(t *testing.T) {
	p := NewPrinter(msg.Hindi)
	if got := p.Sentence(errors.Join(errors.New("wrapped"), hindiError{})); got != "in hi\n  second line" {
		t.Errorf("localized error rendered %q", got)
	}
	if got := p.Sentence(errors.New("plain\x1b[31m red")); got != "plain red" {
		t.Errorf("plain error rendered %q", got)
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
