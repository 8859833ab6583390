// Package accessible runs the whole setup wizard as plain sequential prompts
// that a screen reader can follow (--accessible, ACCESSIBLE=1, TERM=dumb):
//
//	code := accessible.Run(ctx, accessible.Options{In: os.Stdin, Out: os.Stderr, Profile: "default", ...})
//
// No cursor movement, no colour, no escape sequences: numbered choices, long
// lists searched by typed text, the secret key read without echo. It asks the
// same steps in the same order as the visual wizard and saves the same state
// after each step. Typing "b" or "back" at any question goes back one
// question without losing answers. Ctrl+C or the end of input stops and keeps
// progress (exit code 130).
package accessible

import (
	"context"
	"errors"
	"io"
	"strings"

	"paystack-setup/internal/safetext"
	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/setup"
	"paystack-setup/state"
	steps "paystack-setup/ui/legacysteps"
)

// Exit codes, the same as the command line's.
const (
	ExitOK          = 0
	ExitFail        = 1
	ExitInterrupted = 130 // Ctrl+C, and also the end of input before the setup is finished
)

// StepOrder is the visual wizard's order, which follows systeme.io's article.
var StepOrder = setup.Steps

// Options are the runner's dependencies, real or demo.
type Options struct {
	In  io.Reader // answers; a terminal lets the key be read without echo
	Out io.Writer // everything the person reads
	// Prompter replaces In and Out (tests).
	Prompter Prompter

	Profile   string
	Demo      bool
	Keys      *keystore.Store
	NewClient func(paystack.SecretKey) *paystack.Client
	StateRoot string
	// Audit runs the checks for the summary; nil says the audit is unavailable.
	Audit func(ctx context.Context, sc *steps.Context) []steps.CheckResult
}

// Internal outcomes of a question or a step.
var (
	errBack = errors.New("back")
	errSkip = errors.New("skip")
	errStop = errors.New("stop") // already explained to the person; end with ExitFail
)

type runner struct {
	ctx    context.Context
	p      Prompter
	o      Options
	sc     *steps.Context
	st     *state.State
	handle *state.Handle
	client *paystack.Client
	asked  int // questions put so far; a step that adds none asked nothing
}

// Run asks every unfinished step and returns the exit code.
func Run(ctx context.Context, o Options) int {
	p := o.Prompter
	if p == nil {
		p = NewTerminal(ctx, o.In, o.Out, "")
	}
	r := &runner{ctx: ctx, o: o}
	r.p = &counting{Prompter: p, n: &r.asked}
	if o.Demo {
		p.Say(msg.T(msg.DemoBanner))
	}
	h, err := state.Open(o.StateRoot, o.Profile)
	if err != nil {
		var locked *state.LockedError
		if errors.As(err, &locked) {
			p.Say(steps.LockedProblem(o.Profile, locked))
		} else {
			p.Say(msg.T(msg.WizStateFailed, o.Profile, err))
		}
		return ExitFail
	}
	defer h.Close()
	st, notices, err := h.Load()
	if err != nil {
		p.Say(msg.T(msg.WizStateFailed, o.Profile, err))
		return ExitFail
	}
	for _, n := range notices {
		p.Say(msg.T(msg.WizStateNotice, n.Message()))
	}
	st.Profile = o.Profile
	r.handle, r.st = h, &st
	r.sc = &steps.Context{
		Ctx: ctx, Profile: o.Profile, Demo: o.Demo, State: r.st,
		Keys: o.Keys, NewClient: o.NewClient, StatePath: h.Path(),
	}
	if o.Audit != nil {
		r.sc.Audit = func(ctx context.Context) []steps.CheckResult { return o.Audit(ctx, r.sc) }
	}
	return r.finish(r.loop())
}

// finish turns the loop's outcome into an exit code and the last words.
func (r *runner) finish(err error) int {
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, ErrInterrupted), errors.Is(err, io.EOF), errors.Is(err, context.Canceled):
		if r.o.Demo {
			// "Your progress is saved" would be untrue: the demo keeps nothing.
			r.p.Say("", msg.T(msg.WizDemoStopped))
		} else {
			r.p.Say("", msg.T(msg.Interrupted))
		}
		return ExitInterrupted
	case errors.Is(err, errStop):
		return ExitFail
	}
	r.p.Say(msg.T(msg.ErrInternal))
	return ExitFail
}

func (r *runner) loop() error {
	first := r.st.FirstUnfinished(StepOrder)
	if first == "" {
		return r.finished()
	}
	if first != "welcome" {
		r.p.Say(msg.T(msg.AccResuming, r.title(first)))
	}
	return r.from(indexOf(first))
}

// from runs the steps in order starting at i until the summary is done.
func (r *runner) from(i int) error {
	backing := false
	for i < len(StepOrder) {
		id := StepOrder[i]
		if id != "welcome" && id != "key" && !r.st.IsDone("key") && i > indexOf("key") {
			// A later step was reached by going back past an unfinished key.
			i = indexOf("key")
			continue
		}
		asked := r.asked
		err := r.runStep(id)
		switch {
		case err == nil:
			r.st.MarkDone(id)
			if err := r.save(); err != nil {
				return err
			}
			if backing && r.asked == asked && i > 0 {
				// Reached by "b" and nothing to answer here (a key from
				// PAYSTACK_SECRET_KEY): going forward again would land on
				// the very question the person left.
				i--
				continue
			}
			backing = false
			i++
		case errors.Is(err, errBack):
			if i > 0 {
				i--
				backing = true
			} else {
				r.p.Say(msg.T(msg.AccNoBack))
			}
		default:
			return err
		}
	}
	return nil
}

func (r *runner) runStep(id string) error {
	n := indexOf(id) + 1
	r.p.Say("", msg.T(msg.AccStepHeader, n, len(StepOrder), r.title(id)))
	switch id {
	case "welcome":
		return r.welcome()
	case "key":
		return r.key()
	case "subaccount":
		return r.subaccount()
	case "systeme":
		return r.systeme()
	case "ipwhitelist":
		return r.ipWhitelist()
	case "webhook":
		return r.webhook()
	case "checkout":
		return r.checkout()
	case "summary":
		return r.summary()
	}
	return nil
}

func (r *runner) save() error {
	if err := r.handle.Save(*r.st); err != nil {
		r.p.Say(steps.SaveProblem(err))
		return errStop
	}
	return nil
}

// finished shows the audit of a finished setup and offers to redo a step.
func (r *runner) finished() error {
	r.p.Say(msg.T(msg.AccAlreadyDone))
	if err := r.showAudit(); err != nil {
		return err
	}
	for {
		var options []string
		for _, id := range StepOrder[:len(StepOrder)-1] {
			options = append(options, r.title(id))
		}
		n, err := r.choose(msg.T(msg.AccRedoIntro), options, 0, true)
		if errors.Is(err, errBack) {
			continue
		}
		if err != nil {
			return err
		}
		if n < 0 {
			r.p.Say(msg.T(msg.AccBye))
			return nil
		}
		id := StepOrder[n]
		err = r.runStep(id)
		switch {
		case err == nil:
			r.st.MarkDone(id)
			if err := r.save(); err != nil {
				return err
			}
			if err := r.showAudit(); err != nil {
				return err
			}
		case errors.Is(err, errBack):
		default:
			return err
		}
	}
}

func indexOf(id string) int {
	for i, s := range StepOrder {
		if s == id {
			return i
		}
	}
	return 0
}

func (r *runner) title(id string) string {
	switch id {
	case "welcome":
		return msg.T(msg.StWelcomeTitle)
	case "key":
		return msg.T(msg.StKeyTitle)
	case "subaccount":
		return msg.T(msg.SubAcctTitle)
	case "systeme":
		return msg.T(msg.StSysTitle)
	case "ipwhitelist":
		return msg.T(msg.StIPTitle)
	case "webhook":
		return msg.T(msg.StHookTitle)
	case "checkout":
		return msg.T(msg.CkTitle)
	}
	return msg.T(msg.StSumTitle)
}

// isBack recognises the words that go back one question.
func isBack(answer string) bool {
	switch strings.ToLower(strings.TrimSpace(answer)) {
	case "b", "back", "पीछे":
		return true
	}
	return false
}

// ask reads one answer, trimmed; "b" or "back" comes back as errBack.
func (r *runner) ask(prompt string) (string, error) {
	if err := r.ctx.Err(); err != nil {
		return "", ErrInterrupted
	}
	a, err := r.p.Ask(prompt)
	if err != nil {
		return "", err
	}
	// A name typed (or pasted) here is read back, saved and sent to Paystack,
	// which shows it to the merchant again: no escape sequence may ride along.
	a = strings.TrimSpace(safetext.Line(a))
	if isBack(a) {
		return "", errBack
	}
	return a, nil
}

func (r *runner) say(texts ...string)             { r.p.Say(texts...) }
func (r *runner) t(id msg.ID, args ...any) string { return msg.T(id, args...) }

// askDefault is ask where Enter keeps the current answer, which the prompt shows.
func (r *runner) askDefault(prompt, current string) (string, error) {
	return askDefault(r, prompt, current)
}

// choose prints numbered options and returns the chosen index.
func (r *runner) choose(intro string, options []string, def int, optional bool) (int, error) {
	return choose(r, intro, options, def, optional)
}

// seq runs questions in order; errBack goes to the previous one (skipping
// those that have nothing to ask) and, from the first, leaves the sequence.
func seq(questions ...func() error) error {
	i, dir := 0, 1
	for {
		if i < 0 {
			return errBack
		}
		if i >= len(questions) {
			return nil
		}
		err := questions[i]()
		switch {
		case err == nil:
			i, dir = i+1, 1
		case errors.Is(err, errBack):
			i, dir = i-1, -1
		case errors.Is(err, errSkip):
			i += dir
		default:
			return err
		}
	}
}

// api is the client for the verified key; nil before the key step.
func (r *runner) api() *paystack.Client {
	if r.client == nil && !r.sc.Key.IsZero() && r.o.NewClient != nil {
		r.client = r.o.NewClient(r.sc.Key)
	}
	return r.client
}

// loadKey fetches the saved key when a rerun resumes after the key step.
func (r *runner) loadKey() error {
	if !r.sc.Key.IsZero() || r.o.Keys == nil {
		return nil
	}
	k, src, err := r.o.Keys.Get(r.ctx, r.o.Profile)
	if err != nil {
		return err
	}
	r.sc.Key, r.sc.KeySource, r.sc.KeyFromEnv = k, src, src == keystore.SourceEnv
	r.client = nil
	return nil
}

// needKey makes sure a step that calls Paystack has the key, or says why not
// and sends the person back to the key step.
func (r *runner) needKey() error {
	if err := r.loadKey(); err != nil || r.sc.Key.IsZero() {
		if err != nil {
			r.p.Say(err.Error())
		}
		r.p.Say(msg.T(msg.AccNeedKey))
		delete(r.st.Done, "key")
		return errBack
	}
	return nil
}

func modeText(m paystack.Mode) string {
	if m == paystack.ModeLive {
		return msg.T(msg.KeystoreModeLive)
	}
	return msg.T(msg.KeystoreModeTest)
}

// mode is the key's mode, or the saved one when the key is not loaded.
func (r *runner) mode() string {
	if m := r.sc.Key.Mode(); m != "" {
		return string(m)
	}
	if r.st.Mode != "" {
		return r.st.Mode
	}
	return string(paystack.ModeTest)
}

// counting passes questions through and counts them, so that going back can
// tell a step that asked something from one that only spoke.
type counting struct {
	Prompter
	n *int
}

func (c *counting) Ask(prompt string) (string, error) {
	*c.n++
	return c.Prompter.Ask(prompt)
}

func (c *counting) AskSecret(prompt string) (string, error) {
	*c.n++
	return c.Prompter.AskSecret(prompt)
}
