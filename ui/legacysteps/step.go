// Package steps holds the wizard's steps, one file per step, in the order a
// merchant follows systeme.io's article; the shell in package ui shows them.
package legacysteps

import (
	"context"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/state"
	"paystack-setup/ui/theme"
)

// Step is one screen of the wizard. Steps are pointers and mutate themselves.
//
// A step finishes by returning the command Next (after writing its answers into
// Context.State; the shell then saves the state) and asks to go back with Back
// when esc or shift+tab reach it with nowhere inside the step to go back to.
type Step interface {
	ID() string    // stable id: welcome, key, subaccount, systeme, ipwhitelist, webhook, checkout, summary
	Title() string // localized short title for "Step 3 of 8 · Subaccount"
	// Init runs every time the step is shown, including after back navigation:
	// a huh form must be Init()ed each time it is swapped in or it ignores keys.
	Init() tea.Cmd
	Update(msg tea.Msg) tea.Cmd
	View(width, height int) string
	// Keys lists the bindings the help bar shows for the step's current screen.
	Keys() []key.Binding
	// Busy reports a network wait in progress, which esc cancels.
	Busy() bool
}

// Drafter is a step with fields worth keeping when the merchant quits halfway
// through them: the help bar promises "progress is saved", and retyping a plan
// or a subaccount form would break that promise. Draft returns nil when
// nothing is half-typed; the step takes its draft back from Context.State
// (State.TakeDraft) when it is made. Values must hold no secret.
type Drafter interface {
	Draft() map[string]string
}

// Context is everything with side effects a step may use, so that a step's test
// hands it fakes and a real run hands it the real thing.
type Context struct {
	Ctx     context.Context
	Profile string
	Demo    bool

	State *state.State // answers so far; the shell saves it after each step

	Keys       *keystore.Store
	NewClient  func(paystack.SecretKey) *paystack.Client
	Key        paystack.SecretKey // the verified key, once the key step has it
	KeySource  keystore.Source
	KeyFromEnv bool // PAYSTACK_SECRET_KEY is set: shown, never written to the keyring
	// KeyReadErr is why the key store could not be read when the wizard
	// started. The key step says it where the key is asked for, rather than
	// a notice filling the first screen.
	KeyReadErr error
	// KeyUnstored: the merchant chose "this shell only" when the keyring
	// failed. The key is used for this run and stored nowhere; until they
	// export PAYSTACK_SECRET_KEY, no environment variable holds it either.
	KeyUnstored bool

	// Clipboard copies text with OSC52; nil where copying is unavailable.
	Clipboard func(text string) tea.Cmd

	// Theme is shared with the shell, which updates it in place when the
	// terminal reports its background colour.
	Theme *theme.Theme
	// StatePath is the saved answers' file, shown on the summary.
	StatePath string
	// Audit runs the checks for the summary and the audit view; nil in tests
	// that do not need it.
	Audit func(ctx context.Context) []CheckResult
}

// CheckResult is one line of the summary: what was checked, how it went, how
// to fix it and which step fixes it. The wizard command fills it from the
// checks engine so that steps do not depend on it.
type CheckResult struct {
	ID, Title, Detail, Fix string
	Status                 string // pass, warn, fail, skip, error
	Step                   string
}

// T is the context's theme, or a colourless one when none was given (tests).
func (c *Context) T() *theme.Theme {
	if c.Theme == nil {
		t := theme.New(true, true)
		c.Theme = &t
	}
	return c.Theme
}

// NextMsg asks the shell to save and move to the next step.
type NextMsg struct{}

// BackMsg asks the shell to show the previous step, keeping every answer.
type BackMsg struct{}

// GotoMsg asks the shell to show a given step (from the summary or audit view).
type GotoMsg struct{ ID string }

// Next is the command a step returns when it is done.
func Next() tea.Msg { return NextMsg{} }

// Back is the command a step returns to go back.
func Back() tea.Msg { return BackMsg{} }

// Goto jumps to a step by id.
func Goto(id string) tea.Cmd { return func() tea.Msg { return GotoMsg{ID: id} } }

// fieldKeys is the help bar on one field of a form (a plan, a new
// subaccount), saying what the keys do on this very field: esc steps back a
// field and leaves the form only on the first one, and enter on the last one
// ends the form.
func fieldKeys(next, back key.Binding, first, last bool, endForm, leaveForm, prevField msg.ID) []key.Binding {
	if last {
		next = key.NewBinding(key.WithKeys("enter", "tab"), key.WithHelp("enter", msg.T(endForm)))
	}
	if first {
		back.SetHelp("esc", msg.T(leaveForm))
	} else {
		back.SetHelp("esc", msg.T(prevField))
	}
	return []key.Binding{next, back}
}
