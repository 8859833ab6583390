// Package ui is the wizard's Bubble Tea program shell: it shows one step per
// screen with a step indicator and a help bar, moves between steps, saves the
// answers after each one and keeps the layout usable down to 60×20.
//
//	m := ui.New(ui.Options{Ctx: ctx, Load: load, Save: save, Demo: demo})
//	final, err := tea.NewProgram(m).Run()
//	if final.(*ui.Model).Interrupted() { os.Exit(130) }
//
// Load runs after the first frame, so that the program owns the terminal (and
// keys typed early are not echoed in clear text) before any slow work.
package ui

import (
	"reflect"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"paystack-setup/internal/safetext"
	"paystack-setup/keystore"
	"paystack-setup/msg"
	steps "paystack-setup/ui/legacysteps"
	"paystack-setup/ui/list"
	"paystack-setup/ui/theme"
)

// Loaded is what Load hands the shell once the saved answers and the key are read.
type Loaded struct {
	Steps []steps.Step
	// Start is the id of the first step shown ("" = the first step).
	Start string
	// Notices are shown once above the first step (a corrupt file moved aside, ...).
	Notices []string
}

// Options configure the shell.
type Options struct {
	Ctx  *steps.Context
	Load func() (Loaded, error)
	// Save persists Ctx.State; called after each finished step and on quit.
	Save    func() error
	Demo    bool
	NoColor bool
}

// Model is the shell. It is a pointer model: steps mutate themselves too.
type Model struct {
	opts   Options
	ctx    *steps.Context
	steps  []steps.Step
	cur    int
	loaded bool

	width, height int
	help          help.Model
	notices       []string
	saveErr       error

	err         error
	interrupted bool
	finished    bool

	// A step opened from the summary (to fix a failed check) returns there
	// when done, instead of walking every later step again: jumpedTo is that
	// step, returnTo the summary; -1 when no jump is under way.
	jumpedTo, returnTo int
}

// fixedInPlace are the steps whose answers no later step repeats: after one
// is fixed from the summary, the summary follows. A new key or subaccount
// must be entered again in systeme.io (step 4), so those go on in order.
var fixedInPlace = map[string]bool{"systeme": true, "ipwhitelist": true, "webhook": true, "checkout": true}

// New builds the shell; nothing slow happens until Init's command runs.
func New(opts Options) *Model {
	if opts.Ctx == nil {
		opts.Ctx = &steps.Context{}
	}
	if opts.Ctx.Theme == nil {
		t := theme.New(true, opts.NoColor)
		opts.Ctx.Theme = &t
	}
	theme.Init()
	m := &Model{opts: opts, ctx: opts.Ctx, help: help.New(), width: 80, height: 24, jumpedTo: -1, returnTo: -1}
	m.styleHelp()
	return m
}

// Err is the error that ended the program early (Load failed), if any.
func (m *Model) Err() error { return m.err }

// SaveErr is the last save's failure, nil once a later save worked: after a
// ctrl+c the caller must not claim the answers were saved when this is set.
func (m *Model) SaveErr() error { return m.saveErr }

// Interrupted reports a ctrl+c: the caller exits with 130.
func (m *Model) Interrupted() bool { return m.interrupted }

// Finished reports that the last step was completed.
func (m *Model) Finished() bool { return m.finished }

// Current is the id of the step on screen ("" before loading).
func (m *Model) Current() string {
	if !m.loaded || len(m.steps) == 0 {
		return ""
	}
	return m.steps[m.cur].ID()
}

// StopMsg ends the wizard (either shell) as ctrl+c does (drafts kept,
// saved, Interrupted). The caller sends it for SIGTERM and SIGHUP: Bubble Tea answers its own
// InterruptMsg and QuitMsg itself, so the model would never see those.
type StopMsg struct{}

type loadedMsg struct {
	loaded Loaded
	err    error
}

func (m *Model) Init() tea.Cmd {
	load := m.opts.Load
	return guardedBatch(tea.RequestBackgroundColor, func() tea.Msg {
		if load == nil {
			return loadedMsg{}
		}
		l, err := load()
		return loadedMsg{loaded: l, err: err}
	})
}

func (m *Model) styleHelp() { styleHelp(&m.help, m.ctx.T()) }

// Update recovers from a bug in a step: Bubble Tea's own recovery prints a Go
// stack trace and skips the quit's save, so what was typed since the last
// step would be lost. Instead the answers are saved and the program ends with
// the internal-error message (Err).
func (m *Model) Update(message tea.Msg) (_ tea.Model, cmd tea.Cmd) {
	defer func() {
		if r := recover(); r != nil {
			cmd = m.crashed()
		}
	}()
	if _, ok := message.(crashMsg); ok {
		return m, m.crashed()
	}
	_, cmd = m.update(message)
	return m, guard(cmd)
}

// crashMsg is a command that panicked, reported back to Update.
type crashMsg struct{}

// guard reports a panic in a command (they run on their own goroutines, out
// of Update's reach) as crashMsg; commands batched inside are guarded too.
func guard(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (out tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				out = crashMsg{}
			}
		}()
		out = cmd()
		guardInside(out)
		return out
	}
}

// guardInside guards the commands a batch or a sequence holds. A sequence's
// slice has a type Bubble Tea keeps unexported, so it is found by its shape:
// a slice of commands.
func guardInside(out tea.Msg) {
	if batch, ok := out.(tea.BatchMsg); ok {
		for i := range batch {
			batch[i] = guard(batch[i])
		}
		return
	}
	v := reflect.ValueOf(out)
	if !v.IsValid() || v.Kind() != reflect.Slice || v.Type().Elem() != reflect.TypeFor[tea.Cmd]() {
		return
	}
	for i := range v.Len() {
		if c, ok := v.Index(i).Interface().(tea.Cmd); ok {
			v.Index(i).Set(reflect.ValueOf(guard(c)))
		}
	}
}

func guardedBatch(cmds ...tea.Cmd) tea.Cmd { return guard(tea.Batch(cmds...)) }

// crashed keeps and saves what it can, once, and quits with ErrInternal.
func (m *Model) crashed() tea.Cmd {
	if m.err == nil {
		m.err = internalError{}
		func() {
			defer func() { _ = recover() }() // a step's Draft may be what is broken
			m.keepDrafts()
		}()
		m.save()
	}
	return tea.Quit
}

// internalError is ErrInternal: no Go text, and the answers are saved.
type internalError struct{}

func (internalError) Error() string { return msg.T(msg.ErrInternal) }

func (m *Model) update(message tea.Msg) (tea.Model, tea.Cmd) {
	switch v := message.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = v.Width, v.Height
		return m, m.forward(v)
	case tea.ModeReportMsg:
		// The renderer switches to grapheme widths when the terminal supports
		// mode 2027; the long list must measure the same way to stay aligned.
		if v.Mode == ansi.ModeUnicodeCore && (v.Value == ansi.ModeReset || v.Value == ansi.ModeSet || v.Value == ansi.ModePermanentlySet) {
			list.SetWidthMethod(ansi.GraphemeWidth)
		}
		return m, m.forward(v)
	case tea.BackgroundColorMsg:
		*m.ctx.Theme = theme.New(v.IsDark(), m.opts.NoColor)
		m.styleHelp()
		return m, nil
	case loadedMsg:
		return m, m.onLoaded(v)
	case tea.KeyPressMsg:
		if key.Matches(v, theme.Keys.Quit) {
			m.interrupted = true
			m.keepDrafts()
			m.save()
			return m, tea.Quit
		}
		if !m.loaded || m.tooSmall() {
			// Only the resize advice is on screen: an enter typed now would
			// choose or confirm something the merchant cannot see.
			return m, nil
		}
		m.notices = nil
		return m, m.forward(v)
	case tea.PasteMsg:
		if m.tooSmall() {
			return m, nil
		}
		// A paste is how an escape sequence reaches a field whole: the field
		// drops ESC and BEL but keeps the rest as text ("Gold]0;title").
		v.Content = safetext.Line(v.Content)
		m.notices = nil
		if m.loaded && m.steps[m.cur].ID() != "key" && keystore.HoldsSecretKey(v.Content) {
			// The clipboard still holds the key from step 2: in any other
			// field it would be drawn on screen in full.
			m.notices = []string{msg.T(msg.KeystorePastedOutsideKeyStep)}
			return m, nil
		}
		return m, m.forward(v)
	case StopMsg:
		m.interrupted = true
		m.keepDrafts()
		m.save()
		return m, tea.Quit
	case steps.NextMsg:
		return m, m.next()
	case steps.BackMsg:
		m.jumpedTo, m.returnTo = -1, -1
		if m.cur > 0 {
			return m, m.show(m.cur - 1)
		}
		return m, nil
	case steps.GotoMsg:
		for i, s := range m.steps {
			if s.ID() == v.ID {
				m.jumpedTo, m.returnTo = -1, -1
				if m.loaded && m.steps[m.cur].ID() == "summary" && i != m.cur {
					m.jumpedTo, m.returnTo = i, m.cur
				}
				return m, m.show(i)
			}
		}
		return m, nil
	}
	return m, m.forward(message)
}

func (m *Model) onLoaded(v loadedMsg) tea.Cmd {
	if v.err != nil {
		m.err = v.err
		return tea.Quit
	}
	m.steps = v.loaded.Steps
	m.notices = v.loaded.Notices
	m.loaded = true
	if len(m.steps) == 0 {
		m.finished = true
		return tea.Quit
	}
	start := 0
	for i, s := range m.steps {
		if s.ID() == v.loaded.Start {
			start = i
		}
	}
	return m.show(start)
}

func (m *Model) forward(message tea.Msg) tea.Cmd {
	if !m.loaded || len(m.steps) == 0 {
		return nil
	}
	return m.steps[m.cur].Update(message)
}

// show swaps a step in; Init runs every time because a step's inputs must be
// focused again after another step had the keyboard.
func (m *Model) show(i int) tea.Cmd {
	m.cur = i
	return m.steps[i].Init()
}

func (m *Model) next() tea.Cmd {
	if !m.loaded {
		return nil
	}
	id := m.steps[m.cur].ID()
	if m.ctx.State != nil {
		m.ctx.State.MarkDone(id)
	}
	if !m.save() {
		return nil // stay: the error is on screen and the answers are not lost
	}
	if m.cur == len(m.steps)-1 {
		m.finished = true
		return tea.Quit
	}
	if m.cur == m.jumpedTo {
		back := m.returnTo
		m.jumpedTo, m.returnTo = -1, -1
		if fixedInPlace[id] {
			return m.show(back)
		}
	}
	return m.show(m.cur + 1)
}

// keepDrafts puts what is half-typed in every step into the state before the
// quit's save; steps that got their draft back at the start hold it in their
// fields, so asking every step (not only the one on screen) loses none.
func (m *Model) keepDrafts() {
	if !m.loaded || m.ctx == nil || m.ctx.State == nil {
		return
	}
	for _, step := range m.steps {
		if d, ok := step.(steps.Drafter); ok {
			m.ctx.State.SetDraft(step.ID(), d.Draft())
		}
	}
}

func (m *Model) save() bool {
	if m.opts.Save == nil || !m.loaded {
		return true
	}
	m.saveErr = m.opts.Save()
	return m.saveErr == nil
}

func (m *Model) View() tea.View {
	// Whatever way a key got into a field, the screen never draws it.
	v := tea.NewView(keystore.MaskSecretKeys(m.safeRender()))
	v.AltScreen = true
	v.WindowTitle = msg.T(msg.AppName)
	return v
}

// safeRender draws the internal-error message instead of letting a step's
// broken View reach Bubble Tea's stack-trace printer; ctrl+c still saves.
func (m *Model) safeRender() (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = wrapText(msg.T(msg.ErrInternal), max(m.width, 10)) + "\n\nctrl+c " + m.quitKey().Help().Desc
		}
	}()
	return m.render()
}

func (m *Model) tooSmall() bool { return m.chrome().tooSmall() }

// chrome is the frame around the step on screen, as the shell stands now.
func (m *Model) chrome() chrome {
	return chrome{th: m.ctx.T(), help: &m.help, width: m.width, height: m.height, demo: m.opts.Demo, saveErr: m.saveErr}
}

// quitKey is ctrl+c with what quitting keeps.
func (m *Model) quitKey() key.Binding { return m.chrome().quitKey() }

func (m *Model) render() string {
	c := m.chrome()
	if c.tooSmall() {
		return c.tooSmallView()
	}
	title := msg.T(msg.AppName)
	if m.loaded && len(m.steps) > 0 {
		title = msg.T(msg.WizStepOf, m.cur+1, len(m.steps), m.steps[m.cur].Title())
	}
	header := c.header(title)
	if !m.loaded {
		return header + "\n\n" + msg.T(msg.WizLoading)
	}
	th := c.th
	step := m.steps[m.cur]
	top := []string{header}
	for _, n := range m.notices {
		top = append(top, th.Warn.Render(wrapText(msg.T(msg.WizStateNotice, n), m.width)))
	}
	if m.saveErr != nil {
		top = append(top, th.Bad.Render(wrapText(steps.SaveProblem(m.saveErr), m.width)))
	}
	return c.compose(top, step.View, step.Keys())
}
