// Package accessible runs the setup flow as plain sequential prompts that a
// screen reader can follow (--accessible, ACCESSIBLE=1, TERM=dumb):
//
//	end := accessible.RunWizard(ctx, accessible.WizardOptions{In: os.Stdin, Out: os.Stdout, Lang: lang, Open: open})
//
// No cursor movement, no colour, no escape sequences: numbered choices, long
// lists searched by typed text, the secret key read without echo. It walks
// the same flow as the screen (steps.RunWizard), which saves after each
// step. Typing "b" or "back" at any question goes back one question without
// losing answers. Ctrl+C, a kill or the end of input stops and keeps
// progress.
package accessible

import (
	"context"
	"errors"
	"io"
	"strconv"
	"strings"

	"paystack-setup/checks"
	"paystack-setup/internal/safetext"
	"paystack-setup/msg"
	"paystack-setup/setup"
	"paystack-setup/steps"
	"paystack-setup/ui/render"
)

// Lines is the setup flow as plain sequential prompts: the steps.Prompter
// for screen readers. Every question is a line; choices are numbered, a long
// list is searched nine at a time, a secret is read without echo, and "b"
// at any question goes back one question.
type Lines struct {
	ctx   context.Context
	p     Prompter
	pr    render.Printer
	began bool
}

var _ steps.Prompter = (*Lines)(nil)

// NewLines renders on p (a Terminal, or a test's script) in lang ("" is
// English) until ctx ends.
func NewLines(ctx context.Context, p Prompter, lang msg.Lang) *Lines {
	return &Lines{ctx: ctx, p: p, pr: render.NewPrinter(lang)}
}

func (l *Lines) say(texts ...string)             { l.p.Say(texts...) }
func (l *Lines) t(id msg.ID, args ...any) string { return l.pr.T(id, args...) }

func (l *Lines) ask(prompt string) (string, error) {
	if l.ctx.Err() != nil {
		return "", ErrInterrupted
	}
	a, err := l.p.Ask(prompt)
	if err != nil {
		return "", err
	}
	// A name typed (or pasted) here is saved and sent to Paystack, which
	// shows it to the merchant again: no escape sequence may ride along.
	a = strings.TrimSpace(safetext.Line(a))
	if isBack(a) {
		return "", errBack
	}
	return a, nil
}

// outcome turns what a line question ended with into the Prompter's words.
func (l *Lines) outcome(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, errBack):
		return steps.ErrBack
	case errors.Is(err, ErrInterrupted), errors.Is(err, io.EOF), l.ctx.Err() != nil:
		return steps.ErrInterrupted
	}
	return err
}

// Begin says the step's header; the first also says where a rerun resumes
// and how to go back.
func (l *Lines) Begin(s steps.StepInfo) {
	title := l.t(s.Title)
	switch {
	case s.Count == 0:
		// A flow of its own (the renewals view): its title alone.
		l.say("", title)
	case !l.began && s.Index > 1:
		l.say(l.t(msg.AccResuming, title))
		fallthrough
	default:
		l.say("", l.t(msg.AccStepHeader, s.Index, s.Count, title))
	}
	if !l.began {
		l.say(l.t(msg.AccWelcomeBack))
		l.began = true
	}
}

// Tell says blocks as lines: a value alone on its line (to be selected and
// copied whole), a warning or problem with a word, since a screen reader
// cannot hear a colour.
func (l *Lines) Tell(blocks ...steps.Block) {
	for _, b := range blocks {
		l.say(l.block(b)...)
	}
}

func (l *Lines) block(b steps.Block) []string {
	switch b.Kind {
	case steps.Numbered, steps.Bullets:
		var out []string
		if !b.Text.IsZero() {
			out = append(out, l.pr.Text(b.Text))
		}
		for i, it := range b.Items {
			lead := "- "
			if b.Kind == steps.Numbered {
				lead = strconv.Itoa(i+1) + ". "
			}
			out = append(out, lead+l.toned(b.Tone, l.pr.Text(it)))
		}
		return out
	case steps.TableBlock:
		return l.table(b.Table)
	case steps.Value:
		return []string{l.pr.Text(b.Text)}
	}
	if b.Text.IsZero() {
		return nil
	}
	return []string{l.toned(b.Tone, l.pr.Text(b.Text))}
}

func (l *Lines) toned(t steps.Tone, text string) string {
	switch t {
	case steps.Warn:
		return l.t(msg.FrameWarnWord, text)
	case steps.Error:
		return l.t(msg.FrameErrorWord, text)
	}
	return text
}

// table reads each row as "column: cell" pairs; a grid means nothing read
// aloud.
func (l *Lines) table(t *steps.Table) []string {
	if t == nil {
		return nil
	}
	var out []string
	for _, r := range t.Rows {
		parts := make([]string, len(r))
		for i, cell := range r {
			parts[i] = render.Data(cell)
			if i < len(t.Columns) {
				parts[i] = l.pr.Text(t.Columns[i]) + ": " + parts[i]
			}
		}
		out = append(out, strings.Join(parts, ", "))
	}
	return out
}

// option is one option as a line. A check is said with its status as a
// word (PASS, असफल: a screen reader skips ✓ and ✗) and its fix after
// "Fix:"; a masked account number is said by its last digits.
func (l *Lines) option(o steps.Option) string {
	text := l.pr.Text(o.Label)
	if !o.Detail.IsZero() {
		detail := l.pr.Text(o.Detail)
		if o.Mark != "" {
			detail = l.t(msg.AccFix, detail)
		}
		text += " — " + detail
	}
	if o.Mark != "" {
		text = l.pr.Text(checks.Status(o.Mark).Text()) + ": " + text
	}
	return spokenMaskIn(l.t, text)
}

// counts says how many of a choice's checks passed, warned, failed…: what
// the screen's marks show at a glance; "" when no option is a check.
func (l *Lines) counts(options []steps.Option) string {
	n := map[checks.Status]int{}
	marked := false
	for _, o := range options {
		if o.Mark == "" {
			continue
		}
		marked = true
		switch st := checks.Status(o.Mark); st {
		case checks.Pass, checks.Warn, checks.Fail, checks.Skip:
			n[st]++
		default:
			n[checks.Error]++
		}
	}
	if !marked {
		return ""
	}
	return l.t(msg.AccAuditCounts, n[checks.Pass], n[checks.Warn], n[checks.Fail], n[checks.Skip], n[checks.Error])
}

// Choose numbers the options, then says the footer (and, for checks, their
// counts) before asking; any word of an option's Key typed alone takes it
// too. An action page with one action is a question that Enter answers. An
// action page's rows are said first, each with its notes, and an option for
// a row asks which one when there are several. A glance is said with no
// question at all.
func (l *Lines) Choose(q steps.Choice) (int, error) {
	l.Tell(q.Body...)
	if q.Glance {
		if !q.Title.IsZero() {
			l.say(l.pr.Text(q.Title))
		}
		l.Tell(q.Footer...)
		if l.ctx.Err() != nil {
			return 0, steps.ErrInterrupted
		}
		return 0, nil
	}
	rows := 0
	if q.Rows != nil {
		rows = len(q.Rows.Items)
		for i, it := range q.Rows.Items {
			l.say(l.option(it))
			if i < len(q.Rows.Notes) {
				l.Tell(q.Rows.Notes[i]...)
			}
		}
	}
	var shown []int // the options offered: one for a row is none without rows
	for i, o := range q.Options {
		if !o.OnRow || rows > 0 {
			shown = append(shown, i)
		}
	}
	if q.Style == steps.ActionStyle && len(shown) == 1 && rows == 0 {
		l.Tell(q.Footer...)
		prompt := l.pr.Text(q.Title)
		if prompt == "" {
			prompt = l.t(msg.AccContinue)
		}
		_, err := l.ask(prompt)
		return shown[0], l.outcome(err)
	}
	labels, keys := make([]string, len(shown)), make([]string, len(shown))
	offered := make([]steps.Option, len(shown))
	def := 0
	for j, i := range shown {
		offered[j] = q.Options[i]
		labels[j], keys[j] = l.option(q.Options[i]), q.Options[i].Key
		if i == q.Default {
			def = j + 1
		}
	}
	for {
		sayChoices(l, l.pr.Text(q.Title), labels)
		if c := l.counts(offered); c != "" {
			l.say("", c)
		}
		l.Tell(q.Footer...)
		n, err := readChoice(l, len(labels), def, false, keys)
		if err != nil {
			return 0, l.outcome(err)
		}
		chosen := shown[n]
		if !q.Options[chosen].OnRow {
			return chosen, nil
		}
		row := 0
		if rows > 1 {
			items := make([]string, rows)
			for i, it := range q.Rows.Items {
				items[i] = l.option(it)
			}
			at := 0
			if c := q.Rows.Cursor; c >= 0 && c < rows {
				at = c + 1
			}
			row, err = choose(l, l.t(msg.FrameWhichOne, labels[n]), items, at, false)
			if errors.Is(err, errBack) {
				continue // back to the actions, not out of the page
			}
			if err != nil {
				return 0, l.outcome(err)
			}
		}
		q.Rows.Cursor = row
		return chosen, nil
	}
}

// Input asks one line: Enter keeps what the field holds, a secret is read
// without echo, and the answer is checked when it is given.
func (l *Lines) Input(q steps.Input) (string, error) {
	l.Tell(q.Body...)
	prompt := l.pr.Text(q.Label)
	if prompt == "" {
		prompt = l.pr.Text(q.Title)
	} else if !q.Title.IsZero() {
		l.say(l.pr.Text(q.Title))
	}
	if q.Refused != nil {
		l.say(l.pr.Sentence(q.Refused))
	}
	// The screen lists its shortcuts in the help bar; a line has to say them.
	for _, sc := range q.Shortcuts {
		if k := shortcutLetter(sc.Key); k != "" {
			l.say(l.t(msg.AccShortcut, l.pr.Text(sc.Label), k))
		}
	}
	for {
		v, err := l.readInput(q, prompt)
		if err != nil {
			return "", l.outcome(err)
		}
		if q.Validate != nil {
			if verr := q.Validate(v); verr != nil {
				l.say(l.pr.Sentence(verr))
				continue
			}
		}
		if q.Notes != nil {
			l.Tell(q.Notes(v)...)
		}
		return v, nil
	}
}

func (l *Lines) readInput(q steps.Input, prompt string) (string, error) {
	if !q.Secret {
		current := q.Value
		if q.Refused != nil {
			current = "" // that text was turned down; Enter must not offer it
		}
		v, err := askDefault(l, prompt, current)
		return l.shortcut(q, v), err
	}
	if l.ctx.Err() != nil {
		return "", ErrInterrupted
	}
	v, err := l.p.AskSecret(prompt)
	if err != nil {
		return "", err
	}
	v = safetext.Line(v)
	if isBack(v) {
		return "", errBack
	}
	return l.shortcut(q, v), nil
}

// shortcut takes a Shortcut's letter typed alone ("g" for ctrl+g on screen).
func (l *Lines) shortcut(q steps.Input, v string) string {
	for _, sc := range q.Shortcuts {
		if k := shortcutLetter(sc.Key); k != "" && strings.EqualFold(strings.TrimSpace(v), k) {
			return sc.Value
		}
	}
	return v
}

// shortcutLetter is what a line takes for a screen's shortcut key: its
// letter, since a control key typed at a line prompt is no answer.
func shortcutLetter(key string) string { return strings.TrimPrefix(key, "ctrl+") }

// Form asks field after field; "b" goes back one field, and from the first
// leaves the form. What was answered stays in the fields (the draft).
func (l *Lines) Form(f *steps.Form) error {
	if !f.Title.IsZero() {
		l.say(l.pr.Text(f.Title))
	}
	l.Tell(f.Body...)
	if f.Checklist {
		return l.checklist(f)
	}
	for i := 0; i < len(f.Fields); {
		fl := &f.Fields[i]
		v, err := l.field(fl)
		switch {
		case errors.Is(err, errBack) && i == 0:
			return steps.ErrBack
		case errors.Is(err, errBack):
			i--
			continue
		case err != nil:
			return l.outcome(err)
		}
		v = settle(f, i, v)
		if fl.Validate != nil {
			if verr := fl.Validate(v); verr != nil {
				l.say(l.pr.Sentence(verr))
				continue
			}
		}
		fl.Value = v
		if f.Resolve != nil {
			blocks, rerr := f.Resolve(l.ctx, fl.Key, f.Values())
			l.Tell(blocks...)
			if rerr != nil {
				l.say(l.t(msg.FrameWarnWord, l.pr.Sentence(rerr)))
			}
		}
		if fl.Notes != nil {
			l.Tell(fl.Notes(f.Values())...)
		}
		i++
	}
	return nil
}

// settle applies field i's Settle to its answer v: the other fields it
// changes take their new values at once, and v comes back as settled.
func settle(f *steps.Form, i int, v string) string {
	fl := f.Fields[i]
	if fl.Settle == nil {
		return v
	}
	values := f.Values()
	values[fl.Key] = v
	for k, nv := range fl.Settle(values) {
		for j := range f.Fields {
			switch {
			case f.Fields[j].Key != k:
			case j == i:
				v = nv
			default:
				f.Fields[j].Value = nv
			}
		}
	}
	return v
}

// checklist asks a form of toggles as one question: the numbers of the ones
// to tick (or their names), replacing the ticks; Enter keeps them. When the
// notes then name a problem, which a screen shows before enter is pressed,
// the merchant may answer again before it is taken.
func (l *Lines) checklist(f *steps.Form) error {
	for i, fl := range f.Fields {
		mark := ""
		if fl.Value != "" {
			mark = " " + l.t(msg.AccFieldChosen)
		}
		l.say("  " + strconv.Itoa(i+1) + ". " + l.pr.Text(fl.Label) + mark)
	}
	prompt := l.t(msg.FrameChecklistPrompt)
	for {
		a, err := l.ask(prompt)
		if err != nil {
			return l.outcome(err)
		}
		confirming := prompt == l.t(msg.FrameChecklistConfirm)
		prompt = l.t(msg.FrameChecklistPrompt)
		if a == "" && confirming {
			return nil
		}
		if a != "" {
			ticked, wrong := l.ticked(f, a)
			if wrong != "" {
				l.say(l.t(msg.AccNotAChoice, wrong, len(f.Fields)))
				continue
			}
			for i := range f.Fields {
				f.Fields[i].Value = ""
				if ticked[i] {
					f.Fields[i].Value = "yes"
				}
			}
		}
		refused, problem := false, false
		for _, fl := range f.Fields {
			if fl.Validate != nil {
				if verr := fl.Validate(fl.Value); verr != nil {
					l.say(l.pr.Sentence(verr))
					refused = true
				}
			}
		}
		if refused {
			continue
		}
		for _, fl := range f.Fields {
			if fl.Notes == nil {
				continue
			}
			notes := fl.Notes(f.Values())
			l.Tell(notes...)
			for _, b := range notes {
				problem = problem || b.Tone == steps.Error
			}
		}
		if !problem {
			return nil
		}
		prompt = l.t(msg.FrameChecklistConfirm)
	}
}

// ticked reads "1,3" or "Email, Phone number" as the fields to tick; wrong
// is the first part that names none.
func (l *Lines) ticked(f *steps.Form, answer string) (ticked map[int]bool, wrong string) {
	ticked = map[int]bool{}
	for _, part := range strings.Split(answer, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		found := false
		if n, err := strconv.Atoi(part); err == nil && n >= 1 && n <= len(f.Fields) {
			ticked[n-1], found = true, true
		}
		for i, fl := range f.Fields {
			if !found && strings.EqualFold(part, l.pr.Text(fl.Label)) {
				ticked[i], found = true, true
			}
		}
		if !found {
			return nil, part
		}
	}
	return ticked, ""
}

func (l *Lines) field(fl *steps.Field) (string, error) {
	label := l.pr.Text(fl.Label)
	switch fl.Kind {
	case steps.ToggleField:
		def := 2
		if fl.Value != "" {
			def = 1
		}
		n, err := choose(l, label, []string{l.t(msg.FrameYes), l.t(msg.FrameNo)}, def, false)
		if err != nil || n == 1 {
			return "", err
		}
		return "yes", nil
	case steps.SelectField:
		labels := make([]string, len(fl.Options))
		for i, o := range fl.Options {
			labels[i] = l.option(o)
		}
		def := 0
		if i, err := strconv.Atoi(fl.Value); err == nil && i >= 0 && i < len(labels) {
			def = i + 1
		}
		n, err := choose(l, label, labels, def, false)
		return strconv.Itoa(n), err
	}
	return askDefault(l, question(label), fl.Value)
}

// question ends a field's label as a prompt, unless it already ends so.
func question(label string) string {
	if strings.HasSuffix(label, ":") || strings.HasSuffix(label, "?") || strings.HasSuffix(label, "：") {
		return label
	}
	return label + ":"
}

// Pick waits for the whole list, then searches it nine matches at a time.
// Extra options ("Create a new subaccount") are offered first, beside the
// list itself.
func (l *Lines) Pick(q steps.Pick) (int, error) {
	l.Tell(q.Body...)
	var rows []steps.Row
	var loadErr error
	if q.Load != nil {
		loadErr = q.Load(l.ctx, func(page []steps.Row, _ int) { rows = append(rows, page...) })
	}
	if l.ctx.Err() != nil {
		return 0, steps.ErrInterrupted
	}
	if loadErr != nil {
		l.say(l.t(msg.FrameErrorWord, l.pr.Sentence(loadErr)))
	}
	if len(rows) == 0 {
		empty := l.pr.Text(q.Empty)
		if empty == "" {
			empty = l.t(msg.FrameNothingToPick)
		}
		l.say(empty)
	}
	if len(q.Extra) > 0 {
		var labels []string
		if len(rows) > 0 {
			labels = append(labels, l.pr.Text(q.Title))
		}
		for _, o := range q.Extra {
			labels = append(labels, l.option(o))
		}
		n, err := choose(l, "", labels, 0, false)
		if err != nil {
			return 0, l.outcome(err)
		}
		if len(rows) > 0 {
			n--
		}
		if n >= 0 {
			// "Everyone listed" is the list as the last search left it.
			shown := all(len(rows))
			if q.Filter != "" {
				shown = filter(shown, q.Filter, haystack(l, rows))
			}
			l.seen(q, q.Filter, shown)
			return steps.ExtraChosen(n), nil
		}
	} else if len(rows) == 0 {
		// Nothing to choose and nothing else to do: back to the question
		// before, once the merchant has heard why.
		_, err := l.ask(l.t(msg.AccContinue))
		if err == nil {
			err = errBack
		}
		return 0, l.outcome(err)
	} else if !q.Title.IsZero() {
		l.say(l.pr.Text(q.Title))
	}
	prompt := l.pr.Text(q.Label)
	if prompt == "" {
		prompt = l.t(msg.AccSearchSubaccount)
	}
	n, matches, query, err := searchFrom(l, prompt, q.Filter, len(rows), spoken(l, rows), haystack(l, rows))
	if err == nil {
		l.seen(q, query, matches)
	}
	return n, l.outcome(err)
}

// spoken is how a row of a Pick is read out.
func spoken(l *Lines, rows []steps.Row) func(i int) string {
	return func(i int) string {
		if !rows[i].Spoken.IsZero() {
			return l.pr.Text(rows[i].Spoken)
		}
		return strings.Join(l.pr.Cells(rows[i]), ", ")
	}
}

// haystack is what a search of a Pick's rows looks in.
func haystack(l *Lines, rows []steps.Row) func(i int) string {
	say := spoken(l, rows)
	return func(i int) string {
		return say(i) + " " + strings.Join(l.pr.Cells(rows[i]), " ") + " " + rows[i].Search
	}
}

// seen tells the flow what the Pick showed when it was answered.
func (l *Lines) seen(q steps.Pick, query string, shown []int) {
	if q.Seen != nil {
		q.Seen.Filter, q.Seen.Shown = query, shown
	}
}

// all is every index of n rows, in order.
func all(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// Wait says what it waits for; nothing can cancel it here but ctrl+c.
func (l *Lines) Wait(label msg.Text, work func(ctx context.Context) error) error {
	if l.ctx.Err() != nil {
		return steps.ErrInterrupted
	}
	l.say(l.pr.Text(label))
	err := work(l.ctx)
	if l.ctx.Err() != nil {
		return steps.ErrInterrupted
	}
	return err
}

// Copy is not possible on plain lines: a value is said alone on its line to
// be selected instead.
func (l *Lines) Copy(string) bool { return false }
func (l *Lines) CanCopy() bool    { return false }

// TellsGlances implements steps.GlanceTeller: a glance is said, not asked.
func (l *Lines) TellsGlances() bool { return true }

// WizardOptions are what RunWizard needs, real or demo.
type WizardOptions struct {
	In  io.Reader // answers; a terminal lets a secret be read without echo
	Out io.Writer // everything said
	// Prompter replaces In and Out (tests).
	Prompter Prompter
	Lang     msg.Lang
	Demo     bool
	// Open opens the profile's session; its notices are said first.
	Open func(ctx context.Context) (*setup.Session, []msg.Text, error)
	// Flow runs on the session; nil is steps.RunWizard.
	Flow func(ctx context.Context, s *setup.Session, p steps.Prompter) error
}

// Ended is how RunWizard ended, in the screen's terms (ui.Wizard's Session,
// Err, Interrupted and SaveErr), so that the command says the same after
// either front end.
type Ended struct {
	// Session is the session the flow ran on; nil when Open failed. The
	// caller closes it.
	Session *setup.Session
	// Err ended the run early: Open's error, a *steps.Stop (say its Why,
	// exit 1) or steps.ErrInternal after a bug (the answers were saved).
	Err         error
	Interrupted bool  // ctrl+c, a kill, a closed terminal or the end of input
	SaveErr     error // the last save failed: the answers kept are older than what was typed
}

// RunWizard walks the setup flow as plain prompts. What the end means (the
// stop's words, the webhook URL, where the answers are) is the caller's to
// say, as it is after the screen.
func RunWizard(ctx context.Context, o WizardOptions) Ended {
	p := o.Prompter
	if p == nil {
		p = NewTerminal(ctx, o.In, o.Out, o.Lang)
	}
	l := NewLines(ctx, p, o.Lang)
	if o.Demo {
		l.say(l.t(msg.DemoBanner))
	}
	s, notices, err := o.Open(ctx)
	if err != nil {
		return Ended{Err: err}
	}
	for _, n := range notices {
		l.say(l.t(msg.WizStateNotice, n))
	}
	flow := o.Flow
	if flow == nil {
		flow = steps.RunWizard
	}
	end := Ended{Session: s}
	err = flow(ctx, s, l)
	var unsaved *steps.SaveError
	if errors.As(err, &unsaved) {
		end.SaveErr = unsaved.Err
	}
	var stop *steps.Stop
	switch {
	case err == nil:
	case errors.As(err, &stop):
		end.Err = stop
	case errors.Is(err, steps.ErrInterrupted):
		end.Interrupted = true
	default:
		// Whatever else ended the flow is a bug for the merchant: the
		// answers are saved, and only the internal-error sentence is said.
		end.Err = steps.ErrInternal
	}
	return end
}
