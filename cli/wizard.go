package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"slices"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"paystack-setup/checks"
	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/setup"
	"paystack-setup/state"
	"paystack-setup/ui"
	steps "paystack-setup/ui/legacysteps"
)

func init() {
	Register(&Command{Name: "wizard", Summary: msg.WizSummary, Help: msg.WizHelp, Run: runWizard})
}

// StepOrder is the order of systeme.io's article, which the wizard follows.
var StepOrder = setup.Steps

// wizardProgramOptions lets tests give the program their own streams.
var wizardProgramOptions = func(e *Env) []tea.ProgramOption {
	// 120 frames a second: at Bubble Tea's default 60 a key press can wait up to
	// 16.7 ms for the next frame, which alone breaks the 16 ms key-to-frame goal
	// (scripts/bench measured p99 19 ms at 60, 11 ms at 120).
	return []tea.ProgramOption{tea.WithInput(e.In), tea.WithOutput(e.terminalOut()), tea.WithFPS(120)}
}

func runWizard(ctx context.Context, e *Env, args []string) int {
	fs := flag.NewFlagSet("wizard", flag.ContinueOnError)
	if !parseFlags(e, fs, args) {
		return ExitUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(e.Err, msg.T(msg.WizExtraArgs, fs.Arg(0)))
		return ExitUsage
	}
	// Accessible mode only needs someone at the keyboard: its plain lines
	// read as well through `| tee` as on the screen. Without a keyboard,
	// either mode would wait for answers nobody can type.
	if !e.CanPrompt() && !(e.Accessible && e.InTTY) {
		fmt.Fprintln(e.Err, msg.T(msg.NeedTerminal))
		return ExitUsage
	}
	svc, err := e.services()
	if err != nil {
		fmt.Fprintln(e.Err, err)
		return ExitFail
	}
	defer svc.Close()
	if e.Accessible {
		return runAccessibleWizard(ctx, e, svc)
	}

	runCtx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ctx, hungUp := context.WithCancel(ctx)
	defer hungUp()
	e.In = endsAtHangup(e.In, hungUp)
	st := &state.State{Schema: state.SchemaVersion, Profile: e.Profile}
	sctx := &steps.Context{
		Ctx:       runCtx,
		Profile:   e.Profile,
		Demo:      e.Demo,
		State:     st,
		Keys:      svc.Keys,
		NewClient: svc.NewClient,
		Clipboard: func(text string) tea.Cmd { return tea.SetClipboard(text) },
	}
	var handle *state.Handle
	defer func() { _ = handle.Close() }()

	load := func() (ui.Loaded, error) {
		h, err := state.Open(svc.StateRoot, e.Profile)
		if err != nil {
			var locked *state.LockedError
			if errors.As(err, &locked) {
				return ui.Loaded{}, lockedError{profile: e.Profile, locked: locked}
			}
			return ui.Loaded{}, stateError{e.Profile, err}
		}
		handle = h
		loaded, notices, err := h.Load()
		if err != nil {
			return ui.Loaded{}, stateError{e.Profile, err}
		}
		*st = loaded
		st.Profile = e.Profile
		sctx.StatePath = h.Path()
		var lines []string
		for _, n := range notices {
			lines = append(lines, n.Message())
		}
		if w := e.apiBaseWarning(); w != "" {
			lines = append(lines, w)
		}
		key, src, kerr := svc.Keys.Get(runCtx, e.Profile)
		switch {
		case kerr == nil:
			sctx.Key, sctx.KeySource = key, src
			sctx.KeyFromEnv = src == keystore.SourceEnv
		case keystore.ProblemOf(kerr) != keystore.ProblemNotFound:
			// The key step asks for the key again and says why there.
			sctx.KeyReadErr = kerr
		}
		sctx.Audit = auditFunc(e, sctx, svc)
		list, summary := buildSteps(sctx)
		start := st.FirstUnfinished(StepOrder)
		if start == "" {
			start = "summary"
			summary.Audit = true
		}
		if sctx.KeyReadErr != nil && slices.Index(StepOrder, start) > slices.Index(StepOrder, "key") {
			// Resumed past the key step: one line, so that what fails for
			// want of the key is no mystery.
			lines = append(lines, msg.T(msg.WizKeyUnread))
		}
		return ui.Loaded{Steps: list, Start: start, Notices: lines}, nil
	}
	save := func() error {
		if handle == nil {
			return nil
		}
		return handle.Save(*st)
	}

	model := ui.New(ui.Options{Ctx: sctx, Load: load, Save: save, Demo: e.Demo, NoColor: e.NoColor})
	opts := wizardProgramOptions(e)
	if e.NoColor {
		// The theme drops its colours, but bubbles' own defaults (the text
		// inputs' placeholder and cursor) would keep theirs without this.
		opts = append(opts, tea.WithColorProfile(colorprofile.Ascii))
	}
	prog := tea.NewProgram(model, append(opts, tea.WithoutSignalHandler())...)
	stopWatching := stopOnInterrupt(ctx, prog)
	final, runErr := prog.Run()
	stopWatching()
	cancel()
	m, _ := final.(*ui.Model)
	if m == nil {
		m = model
	}
	if runErr != nil && !errors.Is(runErr, tea.ErrInterrupted) {
		fmt.Fprintln(e.Err, msg.T(msg.WizRunFailed, runErr))
		return ExitFail
	}
	if err := m.Err(); err != nil {
		fmt.Fprintln(e.Err, err)
		return ExitFail
	}
	saveErr := m.SaveErr()
	interrupted := m.Interrupted() || errors.Is(runErr, tea.ErrInterrupted)
	printAfter(e, sctx, saveErr == nil, interrupted)
	if interrupted {
		if e.Demo {
			return ExitInterrupted // printAfter said the demo kept nothing
		}
		if saveErr != nil {
			// The error was on the alternate screen, which is gone now.
			fmt.Fprintln(e.Err, steps.SaveProblem(saveErr))
			fmt.Fprintln(e.Err, msg.T(msg.WizStoppedUnsaved))
			return ExitInterrupted
		}
		fmt.Fprintln(e.Err, msg.T(msg.Interrupted))
		return ExitInterrupted
	}
	return ExitOK
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

// lockedError is the wizard's refusal of a profile another wizard holds.
type lockedError struct {
	profile string
	locked  *state.LockedError
}

func (l lockedError) Error() string { return steps.LockedProblem(l.profile, l.locked) }

// stateError keeps the state package's localized advice and names the profile.
type stateError struct {
	profile string
	err     error
}

func (s stateError) Error() string { return msg.T(msg.WizStateFailed, s.profile, s.err) }

// buildSteps makes every step in StepOrder.
func buildSteps(ctx *steps.Context) ([]steps.Step, *steps.Summary) {
	summary := steps.NewSummary(ctx)
	list := []steps.Step{
		steps.NewWelcome(ctx),
		steps.NewKey(ctx),
		steps.NewSubaccount(ctx),
		steps.NewSysteme(ctx),
		steps.NewIPWhitelist(ctx),
		steps.NewWebhook(ctx),
		steps.NewCheckout(ctx),
		summary,
	}
	var menu []steps.MenuEntry
	for _, s := range list[:len(list)-1] {
		menu = append(menu, steps.MenuEntry{ID: s.ID(), Title: s.Title()})
	}
	summary.SetMenu(menu)
	return list, summary
}

// auditFunc runs the checks engine on the answers as they are now, with the
// input built by the setup session, as the audit command builds it.
func auditFunc(e *Env, sctx *steps.Context, svc *Services) func(context.Context) []steps.CheckResult {
	return func(ctx context.Context) []steps.CheckResult {
		s := setup.Snapshot(svc.options(e, sctx.Profile), *sctx.State, sctx.StatePath, setup.KeyFacts{
			Key: sctx.Key, Source: sctx.KeySource, ReadErr: sctx.KeyReadErr,
			// "This shell only" keeps the key in memory; the checks must not
			// call that the environment variable or the keyring.
			Unstored: sctx.KeyUnstored,
		})
		rep := checks.Run(ctx, s.AuditInput(setup.AuditOptions{}))
		out := make([]steps.CheckResult, 0, len(rep.Results))
		for _, r := range rep.Results {
			out = append(out, steps.CheckResult{ID: r.ID, Title: r.Title, Detail: r.Detail, Fix: r.Fix, Status: string(r.Status), Step: r.Step})
		}
		return out
	}
}

// printAfter leaves on the normal screen what the merchant may need after the
// program has cleared its own: the webhook URL and where the answers are.
func printAfter(e *Env, sctx *steps.Context, saved, interrupted bool) {
	mode := sctx.State.Mode
	if mode == "" {
		mode = string(paystack.ModeTest)
	}
	if u := sctx.State.WebhookURL[mode]; u != "" {
		fmt.Fprintln(e.Out, msg.T(msg.WizAfterWebhook, msg.ModeText(mode), u))
	}
	if e.Demo {
		if interrupted {
			fmt.Fprintln(e.Out, msg.T(msg.WizDemoStopped))
		} else {
			fmt.Fprintln(e.Out, msg.T(msg.WizAfterDemo))
		}
		return
	}
	if sctx.StatePath != "" && saved {
		fmt.Fprintln(e.Out, msg.T(msg.WizAfterState, sctx.StatePath))
	}
}
