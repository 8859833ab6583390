// Package render turns what a flow says (msg.Text, errors, data) into the
// merchant's language for both renderers of the Prompter, the screen (ui)
// and accessible mode (ui/accessible), and wraps it to the screen:
//
//	p := render.NewPrinter(msg.Hindi)
//	line := p.Text(msg.New(msg.StSysStep4, businessName)) // data stripped of control bytes
//	why := p.Sentence(err)                                // never a raw Go error
//	rows := render.Para(width, line)
package render

import (
	"strings"

	"paystack-setup/internal/safetext"
	"paystack-setup/msg"
	"paystack-setup/problem"
	"paystack-setup/steps"
)

// Printer renders texts in one language: msg's Printer, with the data in
// every argument made safe to draw first.
type Printer struct{ mp *msg.Printer }

// NewPrinter renders in l; "" (a front end's zero Options) means English.
func NewPrinter(l msg.Lang) Printer { return Printer{mp: msg.NewPrinter(l)} }

// Lang is the printer's language.
func (p Printer) Lang() msg.Lang { return p.mp.Lang() }

// Text renders a text; the data in its arguments (a business name from
// Paystack, a URL the merchant pasted) cannot move the cursor or colour the
// screen.
func (p Printer) Text(t msg.Text) string { return p.mp.Text(p.clean(t)) }

// T renders a message of the renderer's own.
func (p Printer) T(id msg.ID, args ...any) string { return p.Text(msg.New(id, args...)) }

func (p Printer) clean(t msg.Text) msg.Text {
	if len(t.Args) == 0 {
		return t
	}
	args := make([]any, len(t.Args))
	for i, a := range t.Args {
		switch v := a.(type) {
		case string:
			args[i] = Data(v)
		case msg.Text:
			args[i] = p.clean(v)
		case []msg.Text:
			parts := make([]msg.Text, len(v))
			for j, x := range v {
				parts[j] = p.clean(x)
			}
			args[i] = parts
		case error:
			args[i] = p.Sentence(v)
		case interface{ In(msg.Lang) string }:
			args[i] = Data(v.In(p.Lang()))
		case interface{ String() string }:
			args[i] = Data(v.String())
		default:
			args[i] = a
		}
	}
	return msg.Text{ID: t.ID, Args: args, Plural: t.Plural}
}

// Sentence is what the merchant reads for an error: problem's sentence for
// the outermost error that has one (a refusal of the session or of a
// country's rules, a Paystack failure, a state or plans problem, a stopped
// wait), in the printer's language; an error no one gave a sentence says the
// internal-error one, never its Go text.
func (p Printer) Sentence(err error) string {
	if err == nil {
		return ""
	}
	t := problem.Text(err)
	if t.ID == msg.Verbatim && len(t.Args) == 1 {
		// problem's word for an error whose own text is the merchant's
		// sentence (a state or plans file problem): said in this language
		// when it can be, its meant line breaks kept (a command on its line).
		if e, ok := t.Args[0].(error); ok {
			if l, ok := e.(interface{ In(msg.Lang) string }); ok {
				return Lines(l.In(p.Lang()))
			}
			return Lines(e.Error())
		}
	}
	return p.Text(t)
}

// Cells are a list row's cells as shown: its data stripped of control
// bytes, its words in the printer's language.
func (p Printer) Cells(r steps.Row) []string {
	out := make([]string, max(len(r.Cells), len(r.Words)))
	for i := range out {
		switch {
		case i < len(r.Words) && !r.Words[i].IsZero():
			out[i] = p.Text(r.Words[i])
		case i < len(r.Cells):
			out[i] = Data(r.Cells[i])
		}
	}
	return out
}

// Lines is Data for a text whose line breaks are meant (a sentence with a
// command on a line of its own): they are kept, the rest is dropped.
func Lines(s string) string {
	parts := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	for i, part := range parts {
		parts[i] = Data(part)
	}
	return strings.Join(parts, "\n")
}

// Data makes text from outside (Paystack, a file, the merchant) safe to
// draw: escape sequences and control characters are dropped, and line
// breaks and tabs become spaces so a value stays on its line. It is
// safetext.Line, which the command line cleans the same data with, so a
// name reads the same on the screen as in a table: an 8-bit CSI (U+009B)
// goes with its whole sequence, where a terminal library's strip left its
// parameters on screen ("a\u009b31mb" read "a31mb"). Plain data is
// returned as it is, not copied.
func Data(s string) string { return safetext.Line(s) }
