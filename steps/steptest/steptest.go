// Package steptest is a scripted steps.Prompter, so that every flow is
// tested without any UI:
//
//	p := steptest.New(t, steptest.Choose(1), steptest.Type("https://systeme.io/hook"), steptest.Back(steptest.OnChoose))
//	err := steps.Webhook.Run(ctx, session, p)
//	if !p.Said(msg.StHookAccepted) { ... }
//
// Answers are kept in order per kind of question: the next Choose takes the
// next Choose answer, whatever Inputs came between. A question with no answer
// left fails the test (and returns ErrInterrupted, so the flow unwinds), and
// so do answers never asked for. Everything told and asked is recorded as
// rendered English, with keys masked, for assertions.
package steptest

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/problem"
	"paystack-setup/steps"
)

// Kind is the kind of call an answer is for.
type Kind int

const (
	OnChoose Kind = iota
	OnInput
	OnForm
	OnPick
	OnWait
	kinds
)

func (k Kind) String() string {
	return [...]string{"Choose", "Input", "Form", "Pick", "Wait"}[k]
}

// Answer is one scripted answer; build it with Choose, Type, Fill, PickRow…
type Answer struct {
	kind   Kind
	n      int
	label  msg.ID
	row    int // ChooseRow: the row an OnRow option is taken for, plus one
	text   string
	values map[string]string
	err    error
	enter  bool // Choose: the Default, as enter takes it
	// Pick: the filter typed and the rows it showed, for Pick.Seen.
	filter  string
	shown   []int
	showing bool
}

// Showing makes a Pick answer say that the merchant had typed filter and
// the list showed rows (Pick.Seen); without it, the filter the Pick started
// with and every row.
func (a Answer) Showing(filter string, rows ...int) Answer {
	a.filter, a.shown, a.showing = filter, rows, true
	return a
}

// Then makes the answer end in err after it is given: Fill(values).Then(steps.ErrBack)
// types into a form and leaves it, as esc does.
func (a Answer) Then(err error) Answer { a.err = err; return a }

// Choose answers a Choose with its option n.
func Choose(n int) Answer { return Answer{kind: OnChoose, n: n} }

// ChooseLabel answers a Choose with the option labelled id (the test fails if
// none is), so a script does not depend on which options come before it.
func ChooseLabel(id msg.ID) Answer { return Answer{kind: OnChoose, label: id} }

// Enter answers a Choose as the enter key does: with its Default, where the
// flow put the cursor.
func Enter() Answer { return Answer{kind: OnChoose, enter: true} }

// ChooseText answers a Choose with the first option whose label (in
// English) contains text: options whose labels share an ID (the summary's
// checks) are told apart by what they say.
func ChooseText(text string) Answer { return Answer{kind: OnChoose, text: text} }

// ChooseRow answers an action page with its option labelled id, taken for
// row n of its Rows (the plan to edit or remove), as a merchant moves the
// cursor there first.
func ChooseRow(id msg.ID, n int) Answer { return Answer{kind: OnChoose, label: id, row: n + 1} }

// Type answers an Input with text; text that fails the Input's Validate is
// refused as a renderer would, and the next Type answers again.
func Type(text string) Answer { return Answer{kind: OnInput, text: text} }

// Fill answers a Form by setting the given fields (the others keep their
// Value); a value failing its field's Validate refuses the whole answer.
func Fill(values map[string]string) Answer { return Answer{kind: OnForm, values: values} }

// PickRow answers a Pick with row n of what Load delivered.
func PickRow(n int) Answer { return Answer{kind: OnPick, n: n} }

// PickExtra answers a Pick with its Extra option i.
func PickExtra(i int) Answer { return Answer{kind: OnPick, n: steps.ExtraChosen(i)} }

// Fail makes the next call of a kind return err (steps.ErrBack,
// steps.ErrInterrupted; steps.ErrCanceled for OnWait, as esc during a wait).
func Fail(k Kind, err error) Answer { return Answer{kind: k, err: err, n: -1} }

// Back is Fail(k, steps.ErrBack).
func Back(k Kind) Answer { return Fail(k, steps.ErrBack) }

// Interrupt is Fail(k, steps.ErrInterrupted).
func Interrupt(k Kind) Answer { return Fail(k, steps.ErrInterrupted) }

// Prompter is the scripted steps.Prompter.
type Prompter struct {
	t testing.TB
	// Clipboard is what CanCopy and Copy answer.
	Clipboard bool
	// Glances makes a Glance choice pass without an answer, as accessible
	// mode says it and goes on; otherwise it needs one, as on screen.
	Glances bool

	queue  [kinds][]Answer
	log    strings.Builder
	said   map[msg.ID]bool
	copied []string
	began  []steps.StepInfo
}

var _ steps.Prompter = (*Prompter)(nil)

// New is a Prompter with answers; at the end of the test, answers never
// asked for fail it.
func New(t testing.TB, answers ...Answer) *Prompter {
	p := &Prompter{t: t, said: map[msg.ID]bool{}}
	p.Add(answers...)
	t.Cleanup(func() {
		for k, q := range p.queue {
			if len(q) > 0 {
				t.Errorf("steptest: %d %s answer(s) never asked for; transcript:\n%s", len(q), Kind(k), p.Transcript())
			}
		}
	})
	return p
}

// Add appends answers to the script.
func (p *Prompter) Add(answers ...Answer) {
	for _, a := range answers {
		p.queue[a.kind] = append(p.queue[a.kind], a)
	}
}

// Transcript is everything told and asked so far, in English.
func (p *Prompter) Transcript() string { return p.log.String() }

// Said reports whether any text with this ID was shown: told, in a
// question, an option or a refusal.
func (p *Prompter) Said(id msg.ID) bool { return p.said[id] }

// Copied is what the flow put on the clipboard, as it was (the transcript
// masks a key; a test needs to see that the right key was copied).
func (p *Prompter) Copied() []string { return p.copied }

// Began lists the steps announced, in order.
func (p *Prompter) Began() []steps.StepInfo { return p.began }

func (p *Prompter) next(k Kind, question string) (Answer, bool) {
	p.t.Helper()
	if len(p.queue[k]) == 0 {
		p.t.Errorf("steptest: unexpected %s:\n%s\ntranscript so far:\n%s", k, question, p.Transcript())
		return Answer{}, false
	}
	a := p.queue[k][0]
	p.queue[k] = p.queue[k][1:]
	return a, true
}

func (p *Prompter) text(x msg.Text) string {
	if x.IsZero() {
		return ""
	}
	p.note(x)
	return keystore.MaskSecretKeys(x.In(msg.English))
}

// note records the IDs of a text and of the texts in its arguments.
func (p *Prompter) note(x msg.Text) {
	p.said[x.ID] = true
	for _, a := range x.Args {
		switch v := a.(type) {
		case msg.Text:
			p.note(v)
		case []msg.Text:
			for _, t := range v {
				p.note(t)
			}
		}
	}
}

func (p *Prompter) line(format string, args ...any) {
	fmt.Fprintf(&p.log, format+"\n", args...)
}

func (p *Prompter) blocks(bs []steps.Block) {
	for _, b := range bs {
		switch b.Kind {
		case steps.Numbered, steps.Bullets:
			if !b.Text.IsZero() {
				p.line("%s", p.text(b.Text))
			}
			for i, it := range b.Items {
				if b.Kind == steps.Numbered {
					p.line("%d. %s", i+1, p.text(it))
				} else {
					p.line("• %s", p.text(it))
				}
			}
		case steps.TableBlock:
			if b.Table == nil {
				continue
			}
			var cols []string
			for _, c := range b.Table.Columns {
				cols = append(cols, p.text(c))
			}
			p.line("%s", strings.Join(cols, " | "))
			for _, r := range b.Table.Rows {
				p.line("%s", keystore.MaskSecretKeys(strings.Join(r, " | ")))
			}
		default:
			p.line("%s", p.text(b.Text))
		}
	}
}

func (p *Prompter) question(kind string, title msg.Text, body []steps.Block) {
	p.blocks(body)
	p.line("? %s %s", kind, p.text(title))
}

// Begin implements steps.Prompter.
func (p *Prompter) Begin(s steps.StepInfo) {
	p.began = append(p.began, s)
	p.said[s.Title] = true
	if s.Count == 0 {
		p.line("== %s", msg.In(msg.English, s.Title))
		return
	}
	p.line("== %s", msg.In(msg.English, msg.WizStepOf, s.Index, s.Count, msg.In(msg.English, s.Title)))
}

// Tell implements steps.Prompter.
func (p *Prompter) Tell(blocks ...steps.Block) { p.blocks(blocks) }

// Choose implements steps.Prompter.
func (p *Prompter) Choose(q steps.Choice) (int, error) {
	p.t.Helper()
	if q.Glance && p.Glances {
		p.question("Glance", q.Title, q.Body)
		p.blocks(q.Footer)
		return 0, nil
	}
	p.question("Choose", q.Title, q.Body)
	rows := 0
	if q.Rows != nil {
		rows = len(q.Rows.Items)
		for i, it := range q.Rows.Items {
			p.line("  - %s %s", it.Mark, p.text(it.Label))
			if i < len(q.Rows.Notes) {
				p.blocks(q.Rows.Notes[i])
			}
		}
	}
	for i, o := range q.Options {
		if o.OnRow && rows == 0 {
			continue // not offered without a row to act on
		}
		key := o.Key
		if i == q.Default {
			key = strings.TrimPrefix(key+"/enter", "/")
		}
		mark := ""
		if o.Mark != "" {
			mark = o.Mark + ": "
		}
		p.line("  [%d] %s%s (%s) %s", i, mark, p.text(o.Label), key, p.text(o.Detail))
	}
	p.blocks(q.Footer)
	a, ok := p.next(OnChoose, p.lastLines(len(q.Options)+1))
	if !ok {
		return 0, steps.ErrInterrupted
	}
	if a.err != nil {
		p.line("> %v", a.err)
		return 0, a.err
	}
	n := a.n
	switch {
	case a.enter:
		n = q.Default
	case a.label != "":
		n = -1
		for i, o := range q.Options {
			if o.Label.ID == a.label {
				n = i
			}
		}
	case a.text != "":
		n = -1
		for i, o := range q.Options {
			if strings.Contains(o.Label.In(msg.English), a.text) {
				n = i
				break
			}
		}
	}
	if n < 0 || n >= len(q.Options) || q.Options[n].OnRow && rows == 0 {
		p.t.Errorf("steptest: no option %d (%s%s) among %d:\n%s", a.n, a.label, a.text, len(q.Options), p.lastLines(len(q.Options)+1))
		return 0, steps.ErrInterrupted
	}
	if a.row > 0 {
		if !q.Options[n].OnRow || a.row > rows {
			p.t.Errorf("steptest: %s is not taken for row %d of %d", a.label, a.row-1, rows)
			return 0, steps.ErrInterrupted
		}
		q.Rows.Cursor = a.row - 1
	}
	if q.Options[n].OnRow {
		p.line("> %s (%s)", p.text(q.Options[n].Label), p.text(q.Rows.Items[q.Rows.Cursor].Label))
		return n, nil
	}
	p.line("> %s", p.text(q.Options[n].Label))
	return n, nil
}

// Input implements steps.Prompter.
func (p *Prompter) Input(q steps.Input) (string, error) {
	p.t.Helper()
	p.question("Input", q.Label, q.Body)
	if q.Refused != nil {
		p.line("! %s", p.sentence(q.Refused))
	}
	for {
		a, ok := p.next(OnInput, p.lastLines(1))
		if !ok {
			return "", steps.ErrInterrupted
		}
		if a.err != nil {
			p.line("> %v", a.err)
			return "", a.err
		}
		text := a.text
		for _, sc := range q.Shortcuts {
			if text == sc.Key {
				text = sc.Value
			}
		}
		shown := text
		if q.Secret {
			shown = strings.Repeat("•", len([]rune(text)))
		}
		p.line("> %s", keystore.MaskSecretKeys(shown))
		if q.Validate != nil {
			if err := q.Validate(text); err != nil {
				p.line("! %s", p.sentence(err))
				continue
			}
		}
		if q.Notes != nil {
			p.blocks(q.Notes(text))
		}
		return text, nil
	}
}

// Form implements steps.Prompter.
func (p *Prompter) Form(f *steps.Form) error {
	p.t.Helper()
	p.question("Form", f.Title, f.Body)
	for _, fl := range f.Fields {
		p.line("  %s: %s", p.text(fl.Label), keystore.MaskSecretKeys(fl.Value))
	}
	for {
		a, ok := p.next(OnForm, p.lastLines(len(f.Fields)+1))
		if !ok {
			return steps.ErrInterrupted
		}
		refused := false
		// An answer (Fill, even of nothing) walks the whole form as
		// accessible mode does: each field's notes are said after it, for
		// the values as they stand then (settled); a checklist, one
		// question there, says them all once it is ticked. Leaving at once
		// (Back) says none.
		answered := a.values != nil || a.err == nil
		for i := range f.Fields {
			fl := &f.Fields[i]
			if v, given := a.values[fl.Key]; given {
				refused = p.answer(f, fl, v, !refused) || refused
			}
			if fl.Notes != nil && answered && !refused && !f.Checklist {
				p.blocks(fl.Notes(f.Values()))
			}
		}
		if answered && !refused && f.Checklist {
			for _, fl := range f.Fields {
				if fl.Notes != nil {
					p.blocks(fl.Notes(f.Values()))
				}
			}
		}
		if a.err != nil {
			p.line("> %v", a.err)
			return a.err
		}
		if !refused {
			return nil
		}
	}
}

// answer types v into field fl of f as a renderer would: settled, judged,
// and (with resolve: no field before it was refused) resolved; it reports
// whether v was refused.
func (p *Prompter) answer(f *steps.Form, fl *steps.Field, v string, resolve bool) (refused bool) {
	fl.Value = v
	p.line("> %s: %s", fl.Key, keystore.MaskSecretKeys(v))
	if fl.Settle != nil {
		for k, sv := range fl.Settle(f.Values()) {
			for j := range f.Fields {
				if f.Fields[j].Key == k {
					f.Fields[j].Value = sv
					p.line("  (%s: %s)", k, keystore.MaskSecretKeys(sv))
				}
			}
		}
		v = fl.Value
	}
	if fl.Validate != nil {
		if err := fl.Validate(v); err != nil {
			p.line("! %s", p.sentence(err))
			return true
		}
	}
	if f.Resolve != nil && resolve {
		blocks, err := f.Resolve(context.Background(), fl.Key, f.Values())
		p.blocks(blocks)
		if err != nil {
			p.line("! %s", p.sentence(err))
		}
	}
	return false
}

// Pick implements steps.Prompter.
func (p *Prompter) Pick(q steps.Pick) (int, error) {
	p.t.Helper()
	p.question("Pick", q.Title, q.Body)
	var rows []steps.Row
	var loadErr error
	if q.Load != nil {
		loadErr = q.Load(context.Background(), func(page []steps.Row, _ int) { rows = append(rows, page...) })
	}
	if q.Filter != "" {
		p.line("  filter: %s", keystore.MaskSecretKeys(q.Filter))
	}
	if q.Cursor > 0 {
		p.line("  cursor: row %d", q.Cursor)
	}
	for _, r := range rows {
		p.line("  - %s", p.cells(r))
	}
	if loadErr != nil {
		p.line("! %s", p.sentence(loadErr))
	}
	if len(rows) == 0 && !q.Empty.IsZero() {
		p.line("%s", p.text(q.Empty))
	}
	for i, o := range q.Extra {
		p.line("  [extra %d] %s", i, p.text(o.Label))
	}
	a, ok := p.next(OnPick, p.lastLines(len(rows)+len(q.Extra)+1))
	if !ok {
		return 0, steps.ErrInterrupted
	}
	if a.err != nil {
		p.line("> %v", a.err)
		return 0, a.err
	}
	if q.Seen != nil {
		q.Seen.Filter, q.Seen.Shown = q.Filter, make([]int, len(rows))
		for i := range rows {
			q.Seen.Shown[i] = i
		}
		if a.showing {
			q.Seen.Filter, q.Seen.Shown = a.filter, a.shown
			p.line("  (typed %q: %d shown)", a.filter, len(a.shown))
		}
	}
	if i, extra := steps.IsExtra(a.n); extra {
		if i >= len(q.Extra) {
			p.t.Errorf("steptest: no Extra option %d among %d", i, len(q.Extra))
			return 0, steps.ErrInterrupted
		}
		p.line("> %s", p.text(q.Extra[i].Label))
		return a.n, nil
	}
	if a.n >= len(rows) {
		p.t.Errorf("steptest: no row %d among %d loaded", a.n, len(rows))
		return 0, steps.ErrInterrupted
	}
	p.line("> %s", p.cells(rows[a.n]))
	return a.n, nil
}

// cells is a row as the transcript shows it: data, and words in English.
func (p *Prompter) cells(r steps.Row) string {
	out := make([]string, max(len(r.Cells), len(r.Words)))
	for i := range out {
		switch {
		case i < len(r.Words) && !r.Words[i].IsZero():
			out[i] = p.text(r.Words[i])
		case i < len(r.Cells):
			out[i] = r.Cells[i]
		}
	}
	if !r.Spoken.IsZero() {
		p.note(r.Spoken)
	}
	return keystore.MaskSecretKeys(strings.Join(out, " | "))
}

// Wait implements steps.Prompter: the work runs, unless a Wait answer was
// scripted (Fail(OnWait, steps.ErrCanceled)), which is returned instead.
func (p *Prompter) Wait(label msg.Text, work func(ctx context.Context) error) error {
	p.line("… %s", p.text(label))
	if len(p.queue[OnWait]) > 0 {
		a := p.queue[OnWait][0]
		p.queue[OnWait] = p.queue[OnWait][1:]
		p.line("> %v", a.err)
		return a.err
	}
	err := work(context.Background())
	if err != nil {
		p.line("! %s", p.sentence(err))
	}
	return err
}

// Copy implements steps.Prompter.
func (p *Prompter) Copy(text string) bool {
	if !p.Clipboard {
		p.t.Errorf("steptest: Copy without a clipboard (CanCopy said no)")
		return false
	}
	p.copied = append(p.copied, text)
	p.line("(copied %s)", keystore.MaskSecretKeys(text))
	return true
}

// CanCopy implements steps.Prompter.
func (p *Prompter) CanCopy() bool { return p.Clipboard }

// TellsGlances implements steps.GlanceTeller.
func (p *Prompter) TellsGlances() bool { return p.Glances }

// sentence renders an error as a renderer would (problem's sentence, never
// a Go error's text), for the transcript; a typed error's message counts as said.
func (p *Prompter) sentence(err error) string { return p.text(problem.Text(err)) }

// lastLines is the end of the transcript, to show what an unexpected
// question asked.
func (p *Prompter) lastLines(n int) string {
	lines := strings.Split(strings.TrimRight(p.log.String(), "\n"), "\n")
	return strings.Join(lines[max(len(lines)-n, 0):], "\n")
}
