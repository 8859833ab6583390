package cli

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"paystack-setup/internal/safetext"
	"paystack-setup/msg"
	"paystack-setup/plans"
	"paystack-setup/problem"
	"paystack-setup/renewals"
	"paystack-setup/setup"
	"paystack-setup/steps"
	"paystack-setup/ui"
)

// RenewalsOptions are `renewals`'.
type RenewalsOptions struct {
	Env *Env // streams, environment and global flags

	JSON, CSV bool
	Reasons   []renewals.Reason // nil: every reason
}

// NewCmdRenewals is `paystack-setup renewals` (issue #13): the subscriptions
// whose renewal failed or will fail. On a terminal it opens the renewals
// view, the flow the wizard's summary opens; otherwise it prints the list.
func NewCmdRenewals(e *Env, runF func(context.Context, *RenewalsOptions) error) *cobra.Command {
	p := e.printer()
	opts := &RenewalsOptions{Env: e}
	var reason string
	cmd := &cobra.Command{
		Use:     "renewals",
		Short:   p.T(msg.RenCmdSummary),
		Long:    p.T(msg.RenCmdHelp),
		Example: p.T(msg.RenCmdExamples),
		Args:    onlyCommands(msg.CLIUnknownCommand),
		RunE: func(c *cobra.Command, _ []string) error {
			if opts.JSON && opts.CSV {
				return refuse(msg.New(msg.RenCmdJSONAndCSV), seeHelp(c))
			}
			var err error
			if opts.Reasons, err = parseReasonFlag(c, reason); err != nil {
				return err
			}
			if runF != nil {
				return runF(c.Context(), opts)
			}
			return renewalsRun(c.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&opts.JSON, "json", false, p.T(msg.RenCmdFlagJSON))
	f.BoolVar(&opts.CSV, "csv", false, p.T(msg.RenCmdFlagCSV))
	reasonFlag(cmd, &reason, p.T(msg.RenCmdFlagReason), renewals.Reasons)
	cmd.AddCommand(NewCmdRenewalsSendLinks(e, nil), NewCmdRenewalsLink(e, nil))
	return cmd
}

// parseReasonFlag reads --reason with the domain's rule, refusing a word
// that is no reason with the reasons there are.
func parseReasonFlag(c *cobra.Command, text string) ([]renewals.Reason, error) {
	reasons, err := renewals.ParseReasons(text)
	if err != nil {
		return nil, refuse(msg.New(msg.CLIFlagProblem, "--reason", problem.Text(err)), seeHelp(c))
	}
	return reasons, nil
}

// reasonFlag is --reason LIST, read into text, which the shell completes
// with the reasons the command takes.
func reasonFlag(cmd *cobra.Command, text *string, help string, reasons []renewals.Reason) {
	cmd.Flags().StringVar(text, "reason", "", help)
	setValueName(cmd.Flags(), "reason", "LIST")
	_ = cmd.RegisterFlagCompletionFunc("reason", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return reasonWords(reasons), cobra.ShellCompDirectiveNoFileComp
	})
}

// reasonWords are reasons as the merchant types them.
func reasonWords(reasons []renewals.Reason) []string {
	words := make([]string, len(reasons))
	for i, r := range reasons {
		words[i] = string(r)
	}
	return words
}

func renewalsRun(ctx context.Context, o *RenewalsOptions) error {
	e, p := o.Env, o.Env.printer()
	// Looking only, as `subaccount list` does: no lock, so the renewals work
	// beside a running wizard; the card-update emails have their own lock
	// (the ledger).
	s, notices, closeAll, err := commandSession(ctx, e, p, withDemoKey(e.services), setup.Read)
	if err != nil {
		return err
	}
	defer closeAll()
	if err := needKey(e, s, msg.RenCmdNoKey); err != nil {
		return err
	}
	if e.CanPrompt() && !o.JSON && !o.CSV {
		return exitWith(renewalsView(ctx, e, p, s, notices, o.Reasons))
	}
	sayAll(e, p, notices)
	items, err := loadRenewals(ctx, e, p, s, o.Reasons, !o.JSON && !o.CSV)
	if err != nil {
		return err
	}
	emails, err := s.CardEmailsSent()
	if err != nil {
		// The list stands without them; when each was emailed is unknown.
		fmt.Fprintln(e.Err, p.T(msg.FrameWarnWord, problem.Text(err)))
	}
	listing := renewals.NewListing(items, emails, s.Now())
	switch {
	case o.JSON:
		return listing.WriteJSON(e.Out)
	case o.CSV:
		return listing.WriteCSV(e.Out)
	}
	if len(items) == 0 {
		fmt.Fprintln(e.Err, p.Text(nothingFor(o.Reasons)))
		return nil
	}
	counts := renewals.Count(items)
	fmt.Fprintln(e.Out, p.T(msg.RenOverview, counts[renewals.FailedCharge], counts[renewals.CardExpiring], counts[renewals.NonRenewing]))
	if counts[renewals.FailedCharge] > 0 {
		fmt.Fprintln(e.Out, p.T(msg.RenNoRetry))
	}
	fmt.Fprintln(e.Out)
	rows := [][]string{{p.T(msg.SubCmdColCode), p.T(msg.RenColReason), p.T(msg.RenColCustomer), p.T(msg.RenColEmail),
		p.T(msg.RenColPlan), p.T(msg.RenCmdColAmount), p.T(msg.RenColNext), p.T(msg.RenColCard), p.T(msg.RenColEmailed)}}
	for _, it := range items {
		sub := it.Subscription
		emailed := ""
		if at := emails[sub.Code].At; !at.IsZero() {
			emailed = steps.When(at)
		}
		rows = append(rows, []string{sub.Code, p.Text(steps.ReasonWord(it.Reason)), renewals.CustomerName(sub.Customer), sub.Customer.Email,
			sub.Plan.Name, plans.FormatAmount(renewals.Amount(sub), sub.Plan.Currency), steps.Day(sub.NextPaymentDate),
			strings.TrimSpace(sub.Authorization.Last4 + " " + renewals.CardExpiry(sub.Authorization)), emailed})
	}
	// Aligned even in a file or a pipe: this is the list for people;
	// --csv and --json are the ones for programs.
	writeTable(e.Out, rows, true)
	return nil
}

// nothingFor says that no subscription needs the merchant, for reasons.
func nothingFor(reasons []renewals.Reason) msg.Text {
	if len(reasons) == 0 {
		return msg.New(msg.RenEmpty)
	}
	return msg.New(msg.RenEmptyReasons, strings.Join(reasonWords(reasons), ", "))
}

// loadRenewals reads every subscription and keeps those of reasons, saying
// on a stderr terminal what it waits for.
func loadRenewals(ctx context.Context, e *Env, p *msg.Printer, s *setup.Session, reasons []renewals.Reason, spin bool) ([]renewals.Item, error) {
	items, err := waitFor(ctx, e, p, spin, msg.New(msg.RenLoading), func(*spinner) ([]renewals.Item, error) {
		return s.Renewals(ctx)
	})
	if err != nil {
		return nil, err
	}
	return renewals.Only(items, reasons...), nil
}

// renewalsView runs the renewals view on the screen, or as plain lines in
// accessible mode, on the session already open, and returns the exit code.
func renewalsView(ctx context.Context, e *Env, p *msg.Printer, s *setup.Session, notices []msg.Text, reasons []renewals.Reason) int {
	open := func(context.Context) (*setup.Session, []msg.Text, error) { return s, notices, nil }
	flow := steps.Renewals(reasons...)
	if e.Accessible {
		return renewalsAfter(e, p, runAccessibleWizard(ctx, e, open, flow))
	}
	return runScreen(ctx, e, &ScreenWizard{
		Model: ui.NewWizard(ui.WizardOptions{Open: open, Flow: flow, Demo: e.Demo, NoColor: e.NoColor, Lang: e.Lang}),
		e:     e,
		after: renewalsAfter,
	})
}

// renewalsAfter is what follows the renewals view: why it stopped, if it
// did. The answers are untouched, so nothing is said about them.
func renewalsAfter(e *Env, p *msg.Printer, end wizardEnd) int {
	switch {
	case end.err != nil:
		fmt.Fprintln(e.Err, p.Text(problem.Text(end.err)))
		return ExitFail
	case end.interrupted && e.Demo:
		fmt.Fprintln(e.Err, p.T(msg.WizDemoStopped))
		return ExitInterrupted
	case end.interrupted:
		fmt.Fprintln(e.Err, p.T(msg.RenCmdViewStopped))
		return ExitInterrupted
	case e.Demo:
		fmt.Fprintln(e.Out, p.T(msg.WizAfterDemo))
	}
	return ExitOK
}

// RenewalsSendOptions are `renewals send-links`'.
type RenewalsSendOptions struct {
	Env *Env

	Reasons []renewals.Reason // failed_charge, card_expiring or both
	Yes     bool              // do not ask
	DryRun  bool              // list, send nothing
}

// emailReasons are the reasons a card-update email can help: a
// non-renewing subscription is never charged again.
var emailReasons = []renewals.Reason{renewals.FailedCharge, renewals.CardExpiring}

// NewCmdRenewalsSendLinks is `paystack-setup renewals send-links`.
func NewCmdRenewalsSendLinks(e *Env, runF func(context.Context, *RenewalsSendOptions) error) *cobra.Command {
	p := e.printer()
	opts := &RenewalsSendOptions{Env: e}
	var reason string
	cmd := &cobra.Command{
		Use:     "send-links",
		Short:   p.T(msg.RenCmdSendSummary),
		Long:    p.T(msg.RenCmdSendHelp),
		Example: p.T(msg.RenCmdSendExamples),
		Args:    noArgs(func(arg string) msg.Text { return msg.New(msg.CLINoArgs, "renewals send-links", arg) }),
		RunE: func(c *cobra.Command, _ []string) error {
			var err error
			if opts.Reasons, err = parseReasonFlag(c, reason); err != nil {
				return err
			}
			if slices.Contains(opts.Reasons, renewals.NonRenewing) {
				return refuse(msg.New(msg.RenCmdSendNonRenewing), seeHelp(c))
			}
			if len(opts.Reasons) == 0 {
				opts.Reasons = emailReasons
			}
			// Emails to customers go only when the merchant says so: a
			// script says it with --yes.
			if !opts.Yes && !opts.DryRun && !e.CanPrompt() {
				return refuse(msg.New(msg.RenCmdSendNeedYes))
			}
			if runF != nil {
				return runF(c.Context(), opts)
			}
			return renewalsSendRun(c.Context(), opts)
		},
	}
	f := cmd.Flags()
	reasonFlag(cmd, &reason, p.T(msg.RenCmdFlagSendReason), emailReasons)
	f.BoolVar(&opts.Yes, "yes", false, p.T(msg.RenCmdFlagYes))
	f.BoolVar(&opts.DryRun, "dry-run", false, p.T(msg.RenCmdFlagDryRun))
	return cmd
}

func renewalsSendRun(ctx context.Context, o *RenewalsSendOptions) error {
	e, p := o.Env, o.Env.printer()
	s, closeAll, err := keyedSession(ctx, e, p, withDemoKey(e.services), setup.Read, msg.RenCmdNoKey)
	if err != nil {
		return err
	}
	defer closeAll()
	items, err := loadRenewals(ctx, e, p, s, o.Reasons, true)
	if err != nil {
		return err
	}
	if len(items) == 0 {
		said := msg.New(msg.RenCmdSendNobody)
		if !slices.Equal(o.Reasons, emailReasons) {
			said = nothingFor(o.Reasons)
		}
		fmt.Fprintln(e.Out, p.Text(said))
		return nil
	}
	sender, err := s.CardEmailSender()
	if err != nil {
		return err
	}
	byCode := make(map[string]renewals.Item, len(items))
	codes := make([]string, len(items))
	for i, it := range items {
		codes[i] = it.Subscription.Code
		byCode[codes[i]] = it
	}
	// Who would get one now, by the ledger: those emailed within 24 hours
	// from any profile are skipped.
	plan, err := sender.Plan(codes)
	if err != nil {
		return err
	}
	send := plan.Codes(renewals.Sent)
	skipped := plan.Count(renewals.Skipped)
	if len(send) == 0 {
		fmt.Fprintln(e.Out, p.N(msg.RenNobodyToEmail, skipped, steps.When(plan.Latest(renewals.Skipped))))
		if !o.DryRun {
			fmt.Fprintln(e.Out, p.T(msg.RenSentSummary, 0, skipped, 0))
		}
		return nil
	}

	heading := msg.RenCmdSendWill
	if o.DryRun {
		heading = msg.RenCmdSendWould
	}
	fmt.Fprintln(e.Out, p.N(heading, len(send)))
	rows := [][]string{{p.T(msg.SubCmdColCode), p.T(msg.RenColReason), p.T(msg.RenColCustomer), p.T(msg.RenColEmail), p.T(msg.RenColPlan)}}
	for _, code := range send {
		it := byCode[code]
		sub := it.Subscription
		rows = append(rows, []string{code, string(it.Reason), renewals.CustomerName(sub.Customer), sub.Customer.Email, sub.Plan.Name})
	}
	writeTable(e.Out, rows, true)
	if skipped > 0 {
		fmt.Fprintln(e.Out, p.N(msg.RenConsentSkipped, skipped, steps.When(plan.Latest(renewals.Skipped))))
	}
	if o.DryRun {
		return nil
	}
	if !o.Yes {
		// Asked once; Enter alone, or anything but yes, sends nothing.
		fmt.Fprint(e.Err, p.N(msg.RenCmdSendAsk, len(send)))
		answer, _ := newPromptReader(ctx, e).line()
		if ctx.Err() != nil {
			fmt.Fprintln(e.Err)
			fmt.Fprintln(e.Err, p.T(msg.RenNotSent))
			return exitWith(ExitInterrupted)
		}
		if !saidYes(answer) {
			fmt.Fprintln(e.Out, p.T(msg.RenNotSent))
			return nil
		}
	}

	spin := startSpinner(e, p, true)
	spin.Say(msg.Plural(msg.RenSending, len(send)))
	sender.Progress = func(done, total int) { spin.Say(msg.New(msg.RenCmdSendProgress, done, total)) }
	report, sendErr := sender.Send(ctx, send)
	spin.Stop()
	return exitWith(sendOutcome(e, p, plan, report, sendErr, byCode, ctx.Err() != nil))
}

// sendOutcome says what became of the emails, row by row for the ones that
// did not go, then how many were sent, skipped and failed, and returns the
// exit code: 1 when an email failed or may not have gone, so that a script
// knows to look (running it again retries only the failed); 130 stopped.
func sendOutcome(e *Env, p *msg.Printer, plan, r renewals.Report, sendErr error, byCode map[string]renewals.Item, stopped bool) int {
	sent, failed, unknown, notTried := r.Count(renewals.Sent), r.Count(renewals.Failed), r.Count(renewals.Unknown), r.Count(renewals.NotTried)
	failedRows, unknownRows := steps.EmailProblems(r, byCode)
	if failed > 0 {
		fmt.Fprintln(e.Err, p.T(msg.RenFailedHead))
		for _, row := range failedRows {
			fmt.Fprintln(e.Err, "  "+p.Text(row))
		}
	}
	if unknown > 0 {
		fmt.Fprintln(e.Err, p.N(msg.RenUnknownHead, unknown, steps.When(r.Latest(renewals.Unknown))))
		for _, row := range unknownRows {
			fmt.Fprintln(e.Err, "  "+p.Text(row))
		}
	}
	if notTried > 0 {
		fmt.Fprintln(e.Err, p.N(msg.RenStopped, notTried))
	}
	if sendErr != nil {
		fmt.Fprintln(e.Err, p.Text(problem.Text(sendErr)))
	}
	// Skipped now: by the plan, and any another run emailed in between.
	skipped := plan.Count(renewals.Skipped) + r.Count(renewals.Skipped)
	fmt.Fprintln(e.Out, p.T(msg.RenSentSummary, sent, skipped, failed))
	if skipped > 0 {
		until := plan.Latest(renewals.Skipped)
		if later := r.Latest(renewals.Skipped); later.After(until) {
			until = later
		}
		fmt.Fprintln(e.Out, p.T(msg.RenSkippedUntil, steps.When(until)))
	}
	switch {
	case stopped:
		return ExitInterrupted
	case failed+unknown+notTried > 0 || sendErr != nil:
		return ExitFail
	}
	return ExitOK
}

// RenewalsLinkOptions are `renewals link`'s.
type RenewalsLinkOptions struct {
	Env *Env

	Code string
}

// NewCmdRenewalsLink is `paystack-setup renewals link CODE`.
func NewCmdRenewalsLink(e *Env, runF func(context.Context, *RenewalsLinkOptions) error) *cobra.Command {
	p := e.printer()
	opts := &RenewalsLinkOptions{Env: e}
	return &cobra.Command{
		Use:     "link CODE",
		Short:   p.T(msg.RenCmdLinkSummary),
		Long:    p.T(msg.RenCmdLinkHelp),
		Example: p.T(msg.RenCmdLinkExamples),
		Args:    oneCode(msg.RenCmdLinkCodeMissing, "renewals link"),
		RunE: func(c *cobra.Command, args []string) error {
			opts.Code = strings.TrimSpace(args[0])
			if runF != nil {
				return runF(c.Context(), opts)
			}
			return renewalsLinkRun(c.Context(), opts)
		},
	}
}

func renewalsLinkRun(ctx context.Context, o *RenewalsLinkOptions) error {
	e, p := o.Env, o.Env.printer()
	s, closeAll, err := keyedSession(ctx, e, p, withDemoKey(e.services), setup.Read, msg.RenCmdNoKey)
	if err != nil {
		return err
	}
	defer closeAll()
	link, err := askByCode(ctx, e, p, s, o.Code, msg.New(msg.RenLinkAsking), msg.RenCmdLinkUnknown, s.CardUpdateLink)
	if err != nil {
		return err
	}
	fmt.Fprintln(e.Out, safetext.Line(link))
	return nil
}
