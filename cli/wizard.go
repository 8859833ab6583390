package cli

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"slices"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/spf13/cobra"

	"paystack-setup/msg"
	"paystack-setup/problem"
	"paystack-setup/setup"
	"paystack-setup/state"
	"paystack-setup/steps"
	"paystack-setup/ui"
)

// WizardOptions are what the wizard runs with once the command line is read.
type WizardOptions struct {
	Env *Env // streams, environment and global flags
}

// NewCmdWizard is `paystack-setup wizard`, which `paystack-setup` alone runs too.
func NewCmdWizard(e *Env, runF func(context.Context, *WizardOptions) error) *cobra.Command {
	p := e.printer()
	return &cobra.Command{
		Use:     "wizard",
		Short:   p.T(msg.WizCmdSummary),
		Long:    p.T(msg.WizHelp),
		Example: p.T(msg.WizExamples),
		Args:    noArgs(func(arg string) msg.Text { return msg.New(msg.WizExtraArgs, arg) }),
		RunE:    wizardRunE(e, runF),
	}
}

// wizardRunE runs the wizard for the root command and for `wizard`.
func wizardRunE(e *Env, runF func(context.Context, *WizardOptions) error) func(*cobra.Command, []string) error {
	return func(c *cobra.Command, _ []string) error {
		opts := &WizardOptions{Env: e}
		if runF != nil {
			return runF(c.Context(), opts)
		}
		return wizardRun(c.Context(), opts)
	}
}

func wizardRun(ctx context.Context, opts *WizardOptions) error {
	return exitWith(runWizard(ctx, opts.Env))
}

// wizardProgramOptions are the program's terminal; tests give their own.
var wizardProgramOptions = func(e *Env) []tea.ProgramOption {
	// 120 frames a second: at Bubble Tea's default 60 a key press can wait up to
	// 16.7 ms for the next frame, which alone breaks the 16 ms key-to-frame goal
	// (scripts/bench measured p99 19 ms at 60, 11 ms at 120).
	return []tea.ProgramOption{tea.WithInput(e.In), tea.WithOutput(e.terminalOut()), tea.WithFPS(120)}
}

// openFunc opens the profile's session for a front end, with the notices
// to show before the first question.
type openFunc = func(ctx context.Context) (*setup.Session, []msg.Text, error)

// wizardEnd is how a wizard run ended, whichever front end ran it.
type wizardEnd struct {
	session *setup.Session // nil when the profile could not be opened
	// err ended the run early: Open's refusal, a *steps.Stop (what to
	// change before running again), steps.ErrInternal, or the terminal
	// failing the program. nil when the flow was walked or stopped.
	err         error
	interrupted bool  // ctrl+c, kill, a closed terminal, the end of input
	saveErr     error // the last save failed: the answers on disk are older than what was typed
}

func runWizard(ctx context.Context, e *Env) int {
	p := e.printer()
	// Accessible mode only needs someone at the keyboard: its plain lines
	// read as well through `| tee` as on the screen. Without a keyboard,
	// either mode would wait for answers nobody can type.
	if !e.CanPrompt() && !(e.Accessible && e.InTTY) {
		fmt.Fprintln(e.Err, p.T(msg.NeedTerminal))
		return ExitUsage
	}
	svc, err := e.services()
	if err != nil {
		fmt.Fprintln(e.Err, e.sentence(err))
		return ExitFail
	}
	defer svc.Close()
	if !e.Accessible {
		return runScreenWizard(ctx, e, svc)
	}
	end := runAccessibleWizard(ctx, e, wizardOpen(e, svc), nil)
	defer func() { _ = end.session.Close() }()
	return wizardAfter(e, p, end)
}

// wizardOpen opens the profile for either front end: a profile another
// wizard holds, or saved answers that cannot be opened, are refused naming
// the profile; a state file set aside, an API base that sends the key
// elsewhere, and a key that could not be read when the run resumes past
// the key step are said before the first question.
func wizardOpen(e *Env, svc *Services) openFunc {
	return func(ctx context.Context) (*setup.Session, []msg.Text, error) {
		s, texts, err := openProfile(ctx, e, svc, setup.Open)
		if err != nil {
			return nil, nil, err
		}
		if w := e.apiBaseWarning(); !w.IsZero() {
			texts = append(texts, w)
		}
		if s.KeyReadErr() != nil && resumesPastKey(s) {
			// The key step says why when it is reached; a step before it
			// that fails for want of the key would otherwise be a mystery.
			texts = append(texts, msg.New(msg.WizKeyUnread))
		}
		return s, texts, nil
	}
}

// resumesPastKey reports that the wizard starts after the key step (the
// summary, on a rerun with every step done).
func resumesPastKey(s *setup.Session) bool {
	start := s.FirstUnfinished()
	if start == "" {
		return true
	}
	return slices.Index(setup.Steps, start) > slices.Index(setup.Steps, "key")
}

// runScreenWizard runs the flow on the Bubble Tea screen.
func runScreenWizard(ctx context.Context, e *Env, svc *Services) int {
	return runScreen(ctx, e, NewScreenWizard(e, svc))
}

// runScreen runs w's program on e's terminal until it ends, and returns
// Finish's exit code: a closed terminal, `kill` and ctrl+c stop it alike.
func runScreen(ctx context.Context, e *Env, w *ScreenWizard) int {
	ctx, hungUp := context.WithCancel(ctx)
	defer hungUp()
	e.In = endsAtHangup(e.In, hungUp)
	defer boundHeap(e.Getenv)()
	prog := tea.NewProgram(w.Model, append(wizardProgramOptions(e), w.ProgramOptions()...)...)
	stopWatching := stopOnInterrupt(ctx, prog)
	_, runErr := prog.Run()
	stopWatching()
	return w.Finish(runErr)
}

// wizardMemoryLimit is the heap the screen wizard asks Go's collector to
// keep under. The subaccount picker holds about 500 bytes a subaccount (25
// MB at 50,000); left to its default the collector lets the heap grow to
// twice what is live before collecting, and the wizard's peak RSS to about
// 85 MB. Past the limit (an account with well over 50,000 subaccounts) the
// runtime keeps collection under half the CPU: the list loads slower, it
// does not fail.
const wizardMemoryLimit = 40 << 20

// boundHeap sets wizardMemoryLimit, unless GOMEMLIMIT asks for another,
// until the returned func puts the old limit back.
func boundHeap(getenv func(string) string) (restore func()) {
	if getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	old := debug.SetMemoryLimit(wizardMemoryLimit)
	return func() { debug.SetMemoryLimit(old) }
}

// ScreenWizard is the wizard on the screen as `paystack-setup wizard`
// assembles it: the profile opened as wizardOpen opens it, the shell, the
// program's options, and what is said and returned once the program has
// ended. The monkey test (e2e/monkey) drives this very assembly on its own
// Services and terminal, so that what it finds is what merchants get.
type ScreenWizard struct {
	Model *ui.Wizard
	e     *Env
	// after says what follows the screen and gives the exit code;
	// wizardAfter for the wizard, renewalsAfter for the renewals view.
	after func(*Env, *msg.Printer, wizardEnd) int
}

// NewScreenWizard builds the wizard for e's profile on svc; nothing is
// opened until the program starts the model.
func NewScreenWizard(e *Env, svc *Services) *ScreenWizard {
	return &ScreenWizard{
		Model: ui.NewWizard(ui.WizardOptions{Open: wizardOpen(e, svc), Demo: e.Demo, NoColor: e.NoColor, Lang: e.Lang}),
		e:     e,
		after: wizardAfter,
	}
}

// ProgramOptions are the program's options besides its terminal: signals
// are the caller's (send ui.StopMsg on SIGTERM and SIGHUP, as
// stopOnInterrupt does), and without colour the text inputs' own defaults
// (placeholder, cursor) lose theirs too, not only the theme.
func (w *ScreenWizard) ProgramOptions() []tea.ProgramOption {
	opts := []tea.ProgramOption{tea.WithoutSignalHandler()}
	if w.e.NoColor {
		opts = append(opts, tea.WithColorProfile(colorprofile.Ascii))
	}
	return opts
}

// Finish is the end of the run once the program has returned runErr: it
// says what the merchant needs on the normal screen (wizardAfter, or
// renewalsAfter for the renewals view), lets the profile go, and returns
// the exit code (130 after ctrl+c, SIGTERM or SIGHUP).
func (w *ScreenWizard) Finish(runErr error) int {
	end := wizardEnd{session: w.Model.Session(), err: w.Model.Err(), interrupted: w.Model.Interrupted(), saveErr: w.Model.SaveErr()}
	switch {
	case errors.Is(runErr, tea.ErrInterrupted):
		end.interrupted = end.err == nil
	case runErr != nil && end.err == nil:
		end.err = runFailed{runErr}
	}
	defer func() { _ = end.session.Close() }()
	return w.after(w.e, msg.NewPrinter(w.e.Lang), end)
}

// stopOnInterrupt makes `kill` (SIGTERM) and a closed terminal window
// (SIGHUP, or the end of its input) end the wizard as ctrl+c does:
// half-typed answers kept, saved, exit 130. Bubble Tea's own handler (turned off) quit on SIGTERM without
// telling the model, so the wizard exited 0 claiming "Answers saved".
func stopOnInterrupt(ctx context.Context, p *tea.Program) (stop func()) {
	done := make(chan struct{})
	go func() {
		select {
		case <-ctx.Done():
			p.Send(ui.StopMsg{})
		case <-done:
		}
	}()
	return func() { close(done) }
}

// wizardAfter leaves on the normal screen what the merchant needs once the
// front end has ended, the same for both: why it stopped early, the webhook
// URL to paste, where the answers are, and what a stop kept.
func wizardAfter(e *Env, p *msg.Printer, end wizardEnd) int {
	if end.err != nil {
		fmt.Fprintln(e.Err, p.Text(problem.Text(end.err)))
		if end.saveErr != nil {
			fmt.Fprintln(e.Err, p.Text(steps.SaveProblem(end.saveErr)))
		}
		return ExitFail
	}
	s := end.session
	if s == nil {
		return ExitFail
	}
	if u := s.WebhookURL(); u != "" {
		fmt.Fprintln(e.Out, p.T(msg.WizAfterWebhook, msg.ModeText(string(s.Mode())), u))
	}
	switch {
	case s.Demo() && end.interrupted:
		// "Your progress is saved" would be untrue: the demo keeps nothing.
		fmt.Fprintln(e.Out, p.T(msg.WizDemoStopped))
	case s.Demo():
		fmt.Fprintln(e.Out, p.T(msg.WizAfterDemo))
	case end.saveErr != nil:
		// The error was on the screen, which is gone now.
		fmt.Fprintln(e.Err, p.Text(steps.SaveProblem(end.saveErr)))
		if end.interrupted {
			fmt.Fprintln(e.Err, p.T(msg.WizStoppedUnsaved))
		}
	case end.interrupted:
		fmt.Fprintln(e.Err, p.T(msg.Interrupted))
	default:
		fmt.Fprintln(e.Out, p.T(msg.WizAfterState, s.StatePath()))
	}
	if end.interrupted {
		return ExitInterrupted
	}
	// A finished wizard's exit status is its final audit's, as the audit
	// command's is (#12 item 8): a script that runs the wizard learns
	// that something failed, and the summary said so before Finish.
	if s.AuditStopped() {
		fmt.Fprintln(e.Err, p.T(msg.WizAfterUnchecked))
		return ExitFail
	}
	if a := s.State().LastAudit; a != nil && (a.Fail > 0 || a.Error > 0) {
		fmt.Fprintln(e.Err, p.T(msg.WizAfterFailed, a.Fail, a.Error))
		return ExitFail
	}
	return ExitOK
}

// lockedError is the wizard's refusal of a profile another wizard holds. It
// names that process when the lock recorded it: a wizard suspended with
// ctrl+z or left in a detached tmux is otherwise hard to find.
type lockedError struct {
	profile string
	locked  *state.LockedError
}

func (l lockedError) Error() string { return "wizard: " + l.locked.Error() }

func (l lockedError) Text() msg.Text {
	if l.locked.PID > 0 {
		return msg.New(msg.WizLockedPID, l.profile, l.locked.PID)
	}
	return msg.New(msg.WizLocked, l.profile)
}

// stateError keeps the state package's advice and names the profile.
type stateError struct {
	profile string
	err     error
}

func (s stateError) Error() string { return "wizard: " + s.err.Error() }

func (s stateError) Text() msg.Text {
	return msg.New(msg.WizStateFailed, s.profile, problem.Text(s.err))
}

func (s stateError) Unwrap() error { return s.err }

// runFailed is the terminal refusing the program (no raw mode, a closed
// output) before or while it drew.
type runFailed struct{ err error }

func (r runFailed) Error() string  { return "wizard: " + r.err.Error() }
func (r runFailed) Text() msg.Text { return msg.New(msg.WizRunFailed, r.err) }
