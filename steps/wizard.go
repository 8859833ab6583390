package steps

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"paystack-setup/msg"
	"paystack-setup/setup"
	"paystack-setup/state"
)

// Step is one step of systeme.io's article: its questions, written once
// against a Prompter, and what the answers change in the session.
//
// Run returns nil when the step is done (the wizard then marks it done and
// saves), ErrBack to go to the step before, Jump to open another step, and
// ErrInterrupted when the merchant stopped. It records answers through the
// session's Record operations and never saves: the wizard does.
type Step struct {
	ID    string
	Title msg.ID
	Run   func(ctx context.Context, s *setup.Session, p Prompter) error
	// Parts are the places inside the step a Jump opens by "ID.part"
	// ("checkout.plans"), so the summary can send the merchant to the half
	// of a step that fixes a check. A part runs in place of Run, under the
	// step's title, and counts as the step.
	Parts map[string]func(ctx context.Context, s *setup.Session, p Prompter) error
}

// All is the one ordered list of steps, in systeme.io's article order; every
// front end walks it with RunWizard.
var All = []Step{Welcome, Key, Subaccount, Systeme, IPWhitelist, Webhook, Checkout, Purchase, Summary}

// Jump is what a step returns to open another one: the summary sends the
// merchant to the step that fixes a check. To is a step's ID, or "ID.part"
// for one of its Parts. After a step whose answers no later step repeats
// (fixedInPlace), the wizard comes back to the summary.
type Jump struct{ To string }

func (j Jump) Error() string { return "steps: jump to " + j.To }

// fixedInPlace are the steps whose answers no later step repeats: after one
// is fixed from the summary, the summary follows. A new key or subaccount
// must be entered again in systeme.io (step 4), so those go on in order.
var fixedInPlace = map[string]bool{"systeme": true, "ipwhitelist": true, "webhook": true, "checkout": true, "purchase": true}

// SaveError is a save that failed; RunWizard joins it to ErrInterrupted
// when the answers could not be kept on the way out, so the front end does
// not claim they were.
type SaveError struct{ Err error }

func (e *SaveError) Error() string { return "steps: save: " + e.Err.Error() }
func (e *SaveError) Unwrap() error { return e.Err }

// ErrInternal is a bug in a step (it panicked). The answers so far were
// saved; the front end says the internal-error sentence.
var ErrInternal error = internalError{}

type internalError struct{}

func (internalError) Error() string        { return "steps: internal error" }
func (internalError) In(l msg.Lang) string { return msg.In(l, msg.ErrInternal) }

// Stop is what a step returns when the merchant must change something
// outside the wizard before it can go on (PAYSTACK_SECRET_KEY holds a key
// that cannot work). The wizard saves the answers so far and returns it; the
// front end says Why where it stays readable once the program has ended (the
// screen prints it after closing) and exits with 1.
type Stop struct{ Why msg.Text }

func (e *Stop) Error() string { return "steps: stopped: " + string(e.Why.ID) }

// Text is Why, for problem.Text.
func (e *Stop) Text() msg.Text { return e.Why }

// SaveWatcher is a Prompter that wants to know how each save went: the
// screen's help bar stops promising "progress is saved" after one failed.
type SaveWatcher interface{ Saved(err error) }

// RunWizard walks All: from the first unfinished step (on a rerun with every
// step done, the summary, which is the audit), marking each done and saving
// after it. ErrBack goes to the step before; a Jump from the summary opens a
// step and comes back; on ErrInterrupted the forms' half-typed values are
// kept as drafts and saved. Both renderers and the tests call it.
func RunWizard(ctx context.Context, s *setup.Session, p Prompter) error {
	return Run(ctx, s, p, All)
}

// Run is RunWizard over any list of steps (tests and partial walks).
func Run(ctx context.Context, s *setup.Session, p Prompter, list []Step) (err error) {
	ctx = context.WithValue(ctx, walkKey{}, list)
	w := &walk{s: s, list: list, p: &counting{Prompter: p, drafts: map[string]map[string]string{}}}
	w.watch, _ = p.(SaveWatcher)
	if g, ok := p.(GlanceTeller); ok {
		w.p.glancesTold = g.TellsGlances()
	}
	defer func() {
		if r := recover(); r != nil {
			// Whatever broke, what the merchant typed is kept: a rerun
			// resumes from the last step saved, with the drafts.
			w.keepDrafts()
			_ = s.Save()
			err = fmt.Errorf("%w (%v)", ErrInternal, r)
		}
	}()
	return w.run(ctx)
}

// walkKey carries the list a walk goes through to its steps: the summary
// numbers the step that fixes a check and lists every step in its menu.
// (A step cannot name All: All holds the step.)
type walkKey struct{}

// walked is the list of the walk a step runs in; nil outside one.
func walked(ctx context.Context) []Step {
	list, _ := ctx.Value(walkKey{}).([]Step)
	return list
}

type walk struct {
	s     *setup.Session
	list  []Step
	p     *counting
	watch SaveWatcher
}

// index is a step's 0-based place in the walk; -1 when it is not there.
func (w *walk) index(id string) int { return stepIndex(w.list, id) - 1 }

// start is the first step still to walk (setup.Pending), or the last one
// (the summary) when every step is done.
func (w *walk) start() int {
	for i, st := range w.list {
		if w.s.Pending(st.ID) {
			return i
		}
	}
	return len(w.list) - 1
}

func (w *walk) run(ctx context.Context) error {
	if len(w.list) == 0 {
		return nil
	}
	keyAt := w.index("key")
	i := w.start()
	backing := false
	returnTo := -1 // the summary a Jump came from
	part := ""     // the part of the step at i a Jump opened
	var carry []Block
	for {
		st := w.list[i]
		if keyAt >= 0 && i > keyAt && !w.s.IsDone("key") {
			// A later step reached past an unfinished key (by a jump, or a
			// key the keyring lost) could only fail for want of it.
			i, returnTo, part = keyAt, -1, ""
			continue
		}
		run := st.Run
		if part != "" {
			run, part = st.Parts[part], ""
		}
		w.p.Begin(StepInfo{ID: st.ID, Title: st.Title, Index: i + 1, Count: len(w.list)})
		if len(carry) > 0 {
			w.p.Tell(carry...)
			carry = nil
		}
		asked := w.p.asked
		err := run(ctx, w.s, w.p)
		if err != nil && ctx.Err() != nil {
			err = ErrInterrupted
		}
		var jump Jump
		switch {
		case err == nil:
			w.p.forgetDrafts()
			w.s.MarkDone(st.ID)
			if serr := w.save(); serr != nil {
				// Stay: the step runs again under the problem, and nothing
				// typed is lost (the answers are in the session).
				carry = []Block{{Kind: Paragraph, Tone: Error, Text: SaveProblem(serr)}}
				continue
			}
			if backing && w.p.asked == asked && i > 0 {
				// Reached by going back and nothing to answer here (a key
				// from PAYSTACK_SECRET_KEY): going on would land on the
				// very question the merchant left.
				i--
				continue
			}
			backing = false
			if returnTo >= 0 && i != returnTo {
				back := returnTo
				returnTo = -1
				if fixedInPlace[st.ID] {
					i = back
					continue
				}
			}
			if i == len(w.list)-1 {
				return nil
			}
			i++
		case errors.Is(err, ErrBack):
			w.p.keepDrafts(w.s)
			returnTo = -1
			if i == 0 {
				carry = []Block{{Kind: Paragraph, Tone: Muted, Text: msg.New(msg.AccNoBack)}}
				continue
			}
			i, backing = i-1, true
		case errors.As(err, &jump):
			id, to, _ := strings.Cut(jump.To, ".")
			j := w.index(id)
			if j < 0 || to != "" && w.list[j].Parts[to] == nil {
				return fmt.Errorf("%w: no step %q", ErrInternal, jump.To)
			}
			w.p.keepDrafts(w.s)
			returnTo = -1
			if st.ID == "summary" && j != i {
				returnTo = i
			}
			i, backing, part = j, false, to
		case errors.Is(err, ErrInterrupted):
			w.p.keepDrafts(w.s)
			if serr := w.save(); serr != nil {
				return errors.Join(ErrInterrupted, &SaveError{Err: serr})
			}
			return ErrInterrupted
		default:
			w.p.keepDrafts(w.s)
			if serr := w.save(); serr != nil {
				return errors.Join(err, &SaveError{Err: serr})
			}
			return err
		}
	}
}

func (w *walk) save() error {
	err := w.s.Save()
	if w.watch != nil {
		w.watch.Saved(err)
	}
	return err
}

func (w *walk) keepDrafts() { w.p.keepDrafts(w.s) }

// SaveProblem is what to say when a save failed: a state.FileError already
// says "Could not save your answers to …", so only other errors get that
// lead-in.
func SaveProblem(err error) msg.Text {
	var fe *state.FileError
	if errors.As(err, &fe) {
		return msg.New(msg.Verbatim, fe)
	}
	return msg.New(msg.WizSaveFailed, err)
}

// counting passes every call through, counts the questions (a step reached
// by going back that asked none is skipped backwards too) and remembers
// what each form held, so a step left halfway keeps its draft.
type counting struct {
	Prompter
	asked       int
	drafts      map[string]map[string]string // form ID → values, for the step running now
	glancesTold bool                         // the renderer says a Glance and goes on: no question
}

func (c *counting) Choose(q Choice) (int, error) {
	if !q.Glance || !c.glancesTold {
		c.asked++
	}
	return c.Prompter.Choose(q)
}

func (c *counting) Input(q Input) (string, error) {
	c.asked++
	return c.Prompter.Input(q)
}

func (c *counting) Pick(q Pick) (int, error) {
	c.asked++
	return c.Prompter.Pick(q)
}

func (c *counting) Form(f *Form) error {
	c.asked++
	err := c.Prompter.Form(f)
	if f.ID != "" {
		c.drafts[f.ID] = f.Values()
	}
	return err
}

// keepDrafts puts the forms of a step that was left (back, a jump, a quit)
// into the session, where the step takes them back when it runs again.
func (c *counting) keepDrafts(s *setup.Session) {
	for id, values := range c.drafts {
		s.SetDraft(id, values)
	}
	c.forgetDrafts()
}

func (c *counting) forgetDrafts() { clear(c.drafts) }
