package ui

import (
	"context"
	"errors"
	"slices"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"paystack-setup/internal/safetext"
	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/setup"
	"paystack-setup/steps"
	"paystack-setup/ui/list"
	"paystack-setup/ui/render"
	"paystack-setup/ui/theme"
)

// Wizard is the Bubble Tea front end of the setup flow: it runs the flow
// (steps.RunWizard) on a goroutine of its own and draws each question the
// flow asks, with the step indicator and the help bar:
//
//	w := ui.NewWizard(ui.WizardOptions{Open: open, Demo: demo, NoColor: noColor})
//	_, err := tea.NewProgram(w, tea.WithoutSignalHandler()).Run() // send ui.StopMsg{} on SIGTERM/SIGHUP
//	defer w.Session().Close()
//	if w.Interrupted() { os.Exit(130) }
//
// ctrl+c (or StopMsg) ends the flow's context and waits for the flow to
// return, which keeps the drafts and saves, before the program quits.
type Wizard struct {
	o  WizardOptions
	pr render.Printer
	th theme.Theme
	hp help.Model
	// helpBar is the last help bar laid out (chrome.fitHelp).
	helpBar helpBarCache
	keys    theme.KeyMap // in pr's language

	width, height int

	events chan any
	done   chan flowResult
	cancel context.CancelFunc

	session  *setup.Session // set when the flow has returned
	opened   bool
	step     steps.StepInfo
	begun    bool
	asked    bool // a question was asked in this step: back is possible from the next
	told     []steps.Block
	notices  []msg.Text
	cur      screen
	queued   []tea.Msg // keys typed between two questions, for the next one
	pasteBad bool      // a key was pasted outside the key's field and refused
	// held are the keys this run holds: the profile's, and each one given
	// in the key's field. No frame draws 12 characters of one (View).
	held []paystack.SecretKey

	saveErr     error
	err         error
	interrupted bool
	finished    bool
	stopping    bool
	flowDone    bool
}

// WizardOptions configure the Wizard.
type WizardOptions struct {
	// Open opens the profile's session. It runs after the first frame, so
	// the program owns the terminal (a key typed early is not echoed in
	// clear) before any slow work; its notices (a state file moved aside)
	// are shown until the first key press. Its error ends the program (Err).
	Open func(ctx context.Context) (*setup.Session, []msg.Text, error)
	// Flow runs on the session; nil is steps.RunWizard.
	Flow func(ctx context.Context, s *setup.Session, p steps.Prompter) error
	// Lang renders the flow's texts; "" is English.
	Lang    msg.Lang
	Demo    bool
	NoColor bool
}

// flowResult is how the flow's goroutine ended.
type flowResult struct {
	session *setup.Session
	err     error
	open    bool // err is Open's
}

// NewWizard builds the shell; nothing runs until the program starts it.
func NewWizard(o WizardOptions) *Wizard {
	if o.Flow == nil {
		o.Flow = steps.RunWizard
	}
	pr := render.NewPrinter(o.Lang)
	w := &Wizard{
		o: o, pr: pr, th: theme.New(true, o.NoColor), hp: help.New(), keys: theme.NewKeys(pr),
		width: 80, height: 24,
		events: make(chan any), done: make(chan flowResult, 1),
	}
	styleHelp(&w.hp, &w.th)
	return w
}

// Err is why the program ended early: Open's error, a *steps.Stop (a step
// said what to change before running again: print its Why, exit 1), or
// steps.ErrInternal after a bug (the answers were saved).
func (w *Wizard) Err() error { return w.err }

// SaveErr is the last save's failure, nil once a later save worked: after
// a ctrl+c the caller must not claim the answers were saved when it is set.
func (w *Wizard) SaveErr() error { return w.saveErr }

// Interrupted reports ctrl+c or StopMsg: the caller exits with 130.
func (w *Wizard) Interrupted() bool { return w.interrupted }

// Finished reports that the flow was walked to its end.
func (w *Wizard) Finished() bool { return w.finished }

// Session is the session the flow ran on, once it has returned (what to
// print after the program: the webhook URL, where the answers are); nil
// before, or when Open failed. The caller closes it.
func (w *Wizard) Session() *setup.Session { return w.session }

// Current is the id of the step on screen ("" before the first).
func (w *Wizard) Current() string { return w.step.ID }

// Busy reports that the screen waits on Paystack or the keyring: a wait
// (esc cancels it), a list still arriving (esc stops it once a page is in),
// or a form looking up what was typed while the merchant goes on.
func (w *Wizard) Busy() bool {
	switch s := w.cur.(type) {
	case *waitScreen:
		return true
	case *pickScreen:
		return !s.done && s.loading
	case *formScreen:
		return !s.done && s.resolving()
	}
	return false
}

// flowDoneMsg is the flow's goroutine having returned.
type flowDoneMsg flowResult

func (w *Wizard) Init() tea.Cmd {
	ctx, cancel := context.WithCancel(context.Background())
	w.cancel = cancel
	start := func() tea.Msg {
		go w.runFlow(ctx)
		return nil
	}
	return guardedBatch(tea.RequestBackgroundColor, start, w.listen)
}

// runFlow opens the session and walks the flow; a panic outside the steps
// (which RunWizard already catches) still ends the program with the
// internal-error sentence rather than a stack trace.
func (w *Wizard) runFlow(ctx context.Context) {
	res := flowResult{}
	defer func() {
		if r := recover(); r != nil {
			res.err = steps.ErrInternal
			if res.session != nil {
				_ = res.session.Save()
			}
		}
		w.done <- res
	}()
	if w.o.Open == nil {
		res.err, res.open = errors.New("ui: no session to open"), true
		return
	}
	s, notices, err := w.o.Open(ctx)
	if err != nil {
		res.err, res.open = err, true
		return
	}
	res.session = s
	p := &screenPrompter{ctx: ctx, events: w.events}
	key, _ := s.Key()
	if !p.send(ctx, openedEvent{notices, key}) {
		res.err = steps.ErrInterrupted
		return
	}
	res.err = w.o.Flow(ctx, s, p)
}

type openedEvent struct {
	notices []msg.Text
	key     paystack.SecretKey // the profile's, when it has one
}

// listen waits for the flow's next event; exactly one listen is pending
// while the flow runs, and each event handled starts the next.
func (w *Wizard) listen() tea.Msg {
	select {
	case ev := <-w.events:
		return ev
	case res := <-w.done:
		return flowDoneMsg(res)
	}
}

// Update recovers from a bug in a screen: Bubble Tea's own recovery prints
// a Go stack trace and skips the flow's save. Instead the flow is stopped,
// which saves, and the program ends with the internal-error sentence.
func (w *Wizard) Update(message tea.Msg) (_ tea.Model, cmd tea.Cmd) {
	defer func() {
		if r := recover(); r != nil {
			cmd = w.crashed()
		}
	}()
	if _, ok := message.(crashMsg); ok {
		return w, w.crashed()
	}
	return w, guard(w.update(message))
}

func (w *Wizard) crashed() tea.Cmd {
	if w.err == nil {
		w.err = steps.ErrInternal
	}
	return w.stop()
}

// stop ends the flow as ctrl+c does and waits for it to return (it keeps
// the drafts and saves); a second ctrl+c quits without waiting.
func (w *Wizard) stop() tea.Cmd {
	if w.flowDone || w.stopping {
		return tea.Quit
	}
	w.stopping, w.interrupted = true, w.err == nil
	if w.cur != nil {
		w.cur.interrupt()
	}
	if w.cancel != nil {
		w.cancel()
	}
	return nil
}

func (w *Wizard) update(message tea.Msg) tea.Cmd {
	switch v := message.(type) {
	case tea.WindowSizeMsg:
		w.width, w.height = v.Width, v.Height
		return nil
	case tea.ModeReportMsg:
		// The renderer switches to grapheme widths when the terminal supports
		// mode 2027; the long list must measure the same way to stay aligned.
		if v.Mode == ansi.ModeUnicodeCore && (v.Value == ansi.ModeReset || v.Value == ansi.ModeSet || v.Value == ansi.ModePermanentlySet) {
			list.SetWidthMethod(ansi.GraphemeWidth)
		}
		return nil
	case tea.BackgroundColorMsg:
		w.th = theme.New(v.IsDark(), w.o.NoColor)
		styleHelp(&w.hp, &w.th)
		return nil
	case StopMsg:
		return w.stop()
	case flowDoneMsg:
		return w.onFlowDone(flowResult(v))
	case tea.KeyPressMsg:
		if key.Matches(v, w.keys.Quit) {
			return w.stop()
		}
		if !w.opened || w.chrome().tooSmall() {
			// Only the resize advice (or "Loading…") is on screen: an enter
			// typed now would answer something the merchant cannot see.
			return nil
		}
		w.notices, w.pasteBad = nil, false
		return w.toScreen(v)
	case tea.PasteMsg:
		if !w.opened || w.chrome().tooSmall() {
			return nil
		}
		w.notices, w.pasteBad = nil, false
		// A paste is how an escape sequence reaches a field whole: the field
		// drops ESC and BEL but keeps the rest as text ("Gold]0;title").
		v.Content = safetext.Line(v.Content)
		if keystore.HoldsSecretKey(v.Content) && !w.secretField() {
			// The clipboard still holds the key from step 2: in any other
			// field it would be drawn on screen in full.
			w.pasteBad = true
			return nil
		}
		return w.toScreen(v)
	}
	if cmd, ok := w.onEvent(message); ok {
		return tea.Batch(cmd, w.listen)
	}
	if w.cur != nil {
		return w.cur.update(w, message)
	}
	return nil
}

// toScreen gives a key to the question on screen, or keeps it for the next
// question while the flow works between two (saving, a step's start).
func (w *Wizard) toScreen(m tea.Msg) tea.Cmd {
	if w.cur == nil || w.cur.answered() {
		if !w.stopping {
			w.queued = append(w.queued, m)
		}
		return nil
	}
	return w.cur.update(w, m)
}

// hold adds a key to those no frame shows any part of.
func (w *Wizard) hold(k paystack.SecretKey) {
	if !k.IsZero() && !slices.Contains(w.held, k) {
		w.held = append(w.held, k)
	}
}

func (w *Wizard) secretField() bool {
	in, ok := w.cur.(*inputScreen)
	return ok && !in.answered() && in.q.Secret
}

// onEvent handles what the flow sent; ok reports that message was an event.
func (w *Wizard) onEvent(message tea.Msg) (tea.Cmd, bool) {
	switch v := message.(type) {
	case openedEvent:
		w.opened, w.notices = true, v.notices
		w.hold(v.key)
	case beginEvent:
		w.step, w.begun, w.asked, w.told, w.cur = v.step, true, false, nil, nil
	case tellEvent:
		w.told = append(w.told, v.blocks...)
	case askEvent:
		return w.show(w.newScreen(v)), true
	case waitEvent:
		// Keys typed on the way to a wait are the wait's: an esc among them
		// cancels it, and the rest go as keys typed during a wait do. Kept
		// for the question after it, a second enter would answer that
		// question at once: esc would stop a check that then started over.
		// A wait is never answered, so show gives it every one.
		return w.show(newWaitScreen(w, v)), true
	case waitEndEvent:
		if _, ok := w.cur.(*waitScreen); ok {
			w.cur = nil
		}
	case copyEvent:
		return tea.SetClipboard(v.text), true
	case rowsEvent:
		if p, ok := w.cur.(*pickScreen); ok && p.id == v.pick {
			return p.rows(w, v), true
		}
	case savedEvent:
		w.saveErr = v.err
	default:
		return nil, false
	}
	return nil, true
}

func (w *Wizard) newScreen(ev askEvent) screen {
	// Back from the very first question of the wizard has nowhere to go;
	// from a flow of its own's, it leaves the flow.
	canBack := w.asked || w.step.Index > 1 || w.begun && w.step.Count == 0
	w.asked = true
	told := w.told
	w.told = nil
	base := asking{reply: ev.reply, told: told, canBack: canBack, km: &w.keys}
	switch q := ev.q.(type) {
	case steps.Choice:
		return newChoiceScreen(base, q)
	case steps.Input:
		return newInputScreen(base, q)
	case *steps.Form:
		return newFormScreen(base, q, ev.ctx)
	case pickRequest:
		return newPickScreen(w, base, q)
	}
	ev.reply <- answer{err: steps.ErrInternal}
	return nil
}

// show puts a question on screen and gives it the keys typed while it was
// on its way.
func (w *Wizard) show(s screen) tea.Cmd {
	w.cur = s
	if s == nil {
		return nil
	}
	cmds := []tea.Cmd{s.init()}
	queued := w.queued
	w.queued = nil
	for i, m := range queued {
		if s.answered() {
			w.queued = append(w.queued, queued[i:]...)
			break
		}
		cmds = append(cmds, s.update(w, m))
	}
	return tea.Batch(cmds...)
}

func (w *Wizard) onFlowDone(res flowResult) tea.Cmd {
	w.flowDone, w.session = true, res.session
	var se *steps.SaveError
	if errors.As(res.err, &se) {
		w.saveErr = se.Err
	}
	var stop *steps.Stop
	switch {
	case res.open:
		w.err, w.interrupted = res.err, false
	case res.err == nil:
		w.finished = !w.stopping
	case errors.Is(res.err, steps.ErrInterrupted):
		w.interrupted = w.err == nil
	case errors.As(res.err, &stop) && w.err == nil:
		// The screen closes as the program ends: the caller prints it.
		w.err = stop
	case w.err == nil:
		// Whatever else ended the flow is a bug for the merchant: the
		// answers are saved, and only the internal-error sentence is said.
		w.err = steps.ErrInternal
	}
	return tea.Quit
}

func (w *Wizard) chrome() chrome {
	return chrome{pr: w.pr, th: &w.th, keys: &w.keys, help: &w.hp, helpBar: &w.helpBar, width: w.width, height: w.height, demo: w.o.Demo, saveErr: w.saveErr}
}

func (w *Wizard) View() tea.View {
	// Whatever way a key got into a field, the screen never draws it, nor 12
	// characters of a key this run holds: typed in without bracketed paste
	// after its first letters acted as commands, what lands in a field has
	// no sk_live_ left for MaskSecretKeys to know it by.
	v := tea.NewView(keystore.MaskKeyParts(keystore.MaskSecretKeys(w.safeRender()), w.held...))
	v.AltScreen = true
	v.WindowTitle = w.pr.T(msg.AppName)
	return v
}

// safeRender draws the internal-error message instead of letting a broken
// screen reach Bubble Tea's stack-trace printer; ctrl+c still saves.
func (w *Wizard) safeRender() (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = wrapText(w.pr.T(msg.ErrInternal), max(w.width, 10)) + "\n\nctrl+c " + w.chrome().quitKey().Help().Desc
		}
	}()
	return w.render()
}

func (w *Wizard) render() string {
	c := w.chrome()
	if c.tooSmall() {
		return c.tooSmallView()
	}
	title := w.pr.T(msg.AppName)
	switch {
	case w.begun && w.step.Count == 0:
		title = w.pr.T(w.step.Title)
	case w.begun:
		title = w.pr.T(msg.WizStepOf, w.step.Index, w.step.Count, w.pr.T(w.step.Title))
	}
	header := c.header(title)
	if !w.opened {
		return header + "\n\n" + w.pr.T(msg.WizLoading)
	}
	top := []string{header}
	for _, n := range w.notices {
		top = append(top, w.th.Warn.Render(wrapText(w.pr.T(msg.WizStateNotice, n), w.width)))
	}
	if w.saveErr != nil {
		top = append(top, w.th.Bad.Render(wrapText(w.pr.Text(steps.SaveProblem(w.saveErr)), w.width)))
	}
	if w.pasteBad {
		top = append(top, w.th.Warn.Render(wrapText(w.pr.T(msg.KeystorePastedOutsideKeyStep), w.width)))
	}
	if w.cur == nil {
		return c.compose(top, func(width, _ int) string { return w.blocks(width, w.told) }, nil)
	}
	return c.compose(top, func(width, height int) string { return w.cur.view(w, width, height) }, w.cur.keys(w))
}
