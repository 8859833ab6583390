package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"paystack-setup/checks"
	"paystack-setup/internal/safetext"
	"paystack-setup/msg"
	"paystack-setup/plans"
	"paystack-setup/problem"
	"paystack-setup/setup"
	"paystack-setup/state"
)

// AuditSchemaVersion is the "version" of `audit --json`; it changes only when
// a field is removed or changes meaning (docs/json.md).
const AuditSchemaVersion = 1

// AuditOptions are the audit's choices, read from the command line.
type AuditOptions struct {
	Env *Env // streams, environment and global flags

	JSON, Offline, ProbeWebhook, AllProfiles bool
	PlansFile, Fields                        string
	// Given even when empty: `--fields "$FIELDS"` with FIELDS unset is a
	// mistake to report, not a flag to ignore.
	PlansGiven, FieldsGiven bool
}

// NewCmdAudit is `paystack-setup audit`.
func NewCmdAudit(e *Env, runF func(context.Context, *AuditOptions) error) *cobra.Command {
	p := e.printer()
	opts := &AuditOptions{Env: e}
	cmd := &cobra.Command{
		Use:     "audit",
		Short:   p.T(msg.AuditSummary),
		Long:    p.T(msg.AuditHelp),
		Example: p.T(msg.AuditExamples),
		Args:    noArgs(func(arg string) msg.Text { return msg.New(msg.AuditUnexpectedArg, arg) }),
		RunE: func(c *cobra.Command, _ []string) error {
			opts.PlansGiven, opts.FieldsGiven = c.Flags().Changed("plans"), c.Flags().Changed("fields")
			if opts.AllProfiles && (opts.PlansGiven || opts.FieldsGiven) {
				return refuse(msg.New(msg.AuditAllWithInput))
			}
			if runF != nil {
				return runF(c.Context(), opts)
			}
			return auditRun(c.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&opts.JSON, "json", false, p.T(msg.AuditFlagJSON))
	f.BoolVar(&opts.Offline, "offline", false, p.T(msg.AuditFlagOffline))
	f.BoolVar(&opts.ProbeWebhook, "probe-webhook", false, p.T(msg.AuditFlagProbe))
	f.StringVar(&opts.PlansFile, "plans", "", p.T(msg.AuditFlagPlans))
	setValueName(f, "plans", "FILE")
	f.StringVar(&opts.Fields, "fields", "", p.T(msg.AuditFlagFields))
	setValueName(f, "fields", "LIST")
	f.BoolVar(&opts.AllProfiles, "all-profiles", false, p.T(msg.AuditFlagAll))
	return cmd
}

func auditRun(ctx context.Context, o *AuditOptions) error {
	// Everything for the merchant is said in their language; --json is
	// rendered with an English printer of its own (toJSON).
	e, p := o.Env, o.Env.printer()
	svc, err := e.services()
	if err != nil {
		fmt.Fprintln(e.Err, p.Text(problem.Text(err)))
		return exitWith(ExitFail)
	}
	defer svc.Close()
	if w := e.apiBaseWarning(); !w.IsZero() {
		fmt.Fprintln(e.Err, p.Text(w))
	}

	if !o.AllProfiles && !e.Demo {
		hintUnknownProfile(e, p, svc.StateRoot)
	}
	if code := saveAuditInput(e, p, svc.StateRoot, o); code != ExitOK {
		return exitWith(code)
	}
	profiles := []string{e.Profile}
	if o.AllProfiles {
		profiles, err = state.Profiles(svc.StateRoot)
		if err != nil {
			fmt.Fprintln(e.Err, p.Text(problem.Text(err)))
			return exitWith(ExitFail)
		}
		if len(profiles) == 0 {
			fmt.Fprintln(e.Err, p.T(msg.AuditNoProfiles))
			return exitWith(ExitFail)
		}
	}
	// What the audit waits for is said on stderr, on a terminal only: a
	// script reading --json or a pipe gets no redraws.
	spin := startSpinner(e, p, !o.JSON)
	var reports []checks.Report
	for _, profile := range profiles {
		rep := auditProfile(ctx, e, p, svc, profile, o, spin)
		if ctx.Err() != nil {
			spin.Stop()
			fmt.Fprintln(e.Err, p.T(msg.AuditInterrupted))
			return exitWith(ExitInterrupted)
		}
		recordLastAudit(e, p, svc.StateRoot, profile, rep)
		reports = append(reports, rep)
	}
	spin.Stop()
	if o.JSON {
		if err := writeAuditJSON(e.Out, e.Version, reports, o.AllProfiles); err != nil {
			fmt.Fprintln(e.Err, p.T(msg.AuditWriteFailed))
			return exitWith(ExitFail)
		}
	} else if o.AllProfiles {
		writeProfilesSummary(e.Out, p, reports, markStyle(e))
	} else {
		writeAuditHuman(e.Out, p, reports[0], markStyle(e), terminalWidth(e))
	}
	for _, r := range reports {
		if r.Failed() {
			return exitWith(ExitFail)
		}
	}
	return nil
}

// saveAuditInput parses --plans and --fields completely before saving
// anything, so a file with one bad row changes nothing.
func saveAuditInput(e *Env, p *msg.Printer, root string, o *AuditOptions) int {
	if !o.PlansGiven && !o.FieldsGiven {
		return ExitOK
	}
	if o.PlansGiven && strings.TrimSpace(o.PlansFile) == "" {
		fmt.Fprintln(e.Err, p.T(msg.AuditPlansNoFile))
		return ExitUsage
	}
	var ps []plans.Plan
	var fields []string
	var err error
	if o.PlansGiven {
		if ps, err = plans.ParseFile(o.PlansFile); err != nil {
			fmt.Fprintln(e.Err, p.Text(problem.Text(err)))
			fmt.Fprintln(e.Err, p.T(msg.AuditNothingSaved))
			return ExitUsage
		}
	}
	if o.FieldsGiven {
		if fields, err = plans.ParseFields(o.Fields); err != nil {
			fmt.Fprintln(e.Err, p.Text(problem.Text(err)))
			fmt.Fprintln(e.Err, p.T(msg.AuditNothingSaved))
			return ExitUsage
		}
	}
	h, err := state.Open(root, e.Profile)
	if err != nil {
		fmt.Fprintln(e.Err, p.Text(problem.Text(err)))
		fmt.Fprintln(e.Err, p.T(msg.AuditNothingSaved))
		return ExitFail
	}
	defer h.Close()
	st, notices, err := h.Load()
	for _, n := range notices {
		fmt.Fprintln(e.Err, n.In(p.Lang()))
	}
	if err != nil {
		fmt.Fprintln(e.Err, p.Text(problem.Text(err)))
		return ExitFail
	}
	if o.PlansGiven {
		st.Plans = ps
	}
	if o.FieldsGiven {
		st.CheckoutFields = fields
	}
	if err := h.Save(st); err != nil {
		fmt.Fprintln(e.Err, p.Text(problem.Text(err)))
		return ExitFail
	}
	if o.PlansGiven {
		fmt.Fprintln(e.Err, p.T(msg.AuditPlansSaved, e.Profile, len(ps)))
	}
	if o.FieldsGiven {
		fmt.Fprintln(e.Err, p.T(msg.AuditFieldsSaved, strings.Join(fields, ", "), e.Profile))
	}
	return ExitOK
}

func auditProfile(ctx context.Context, e *Env, p *msg.Printer, svc *Services, profile string, o *AuditOptions, spin *spinner) checks.Report {
	// Reading the key may wait for the keyring to be unlocked (60 s).
	spin.Say(msg.New(msg.AuditWaitKey, profile))
	s, notices, err := setup.Read(ctx, svc.options(e, profile))
	spin.Clear()
	defer s.Close() // keeps the pace the audit's lists learned
	for _, n := range notices {
		fmt.Fprintln(e.Err, n.In(p.Lang()))
	}
	if err != nil {
		fmt.Fprintln(e.Err, p.Text(problem.Text(err)))
	}
	in := s.AuditInput(setup.AuditOptions{Offline: o.Offline, ProbeWebhook: o.ProbeWebhook})
	switch {
	case in.Client != nil && !in.Offline:
		spin.Say(msg.New(msg.AuditWaitPaystack, profile))
	default:
		spin.Say(msg.New(msg.AuditWaitLocal, profile))
	}
	defer spin.Clear()
	return checks.Run(ctx, in)
}

// hintUnknownProfile names the profiles that exist when the one asked for
// was never set up: a typo in --profile would otherwise read as a setup in
// which every check fails.
func hintUnknownProfile(e *Env, p *msg.Printer, root string) {
	if _, err := state.FileMode(root, e.Profile); err == nil {
		return
	}
	others, err := state.Profiles(root)
	if err != nil || len(others) == 0 {
		return
	}
	fmt.Fprintln(e.Err, p.T(msg.AuditUnknownProfile, e.Profile, strings.Join(others, ", ")))
	if s := suggest(e.Profile, others); s != "" {
		fmt.Fprintln(e.Err, p.T(msg.CLIDidYouMean, "--profile "+s))
	}
}

// recordLastAudit is best effort: the audit's answer matters more than its
// record, so a failure is one line on stderr and never changes the exit code.
func recordLastAudit(e *Env, p *msg.Printer, root, profile string, rep checks.Report) {
	if _, err := state.FileMode(root, profile); err != nil {
		return // nothing set up yet: do not create a profile just to record this
	}
	if _, notices, err := state.Read(root, profile); err != nil || len(notices) > 0 {
		// A damaged or newer file: the audit said it is left for the wizard,
		// which moves it aside and tells the merchant where it went.
		return
	}
	// No key store: recording the outcome needs no key.
	s, _, err := setup.Open(context.Background(), setup.Options{Profile: profile, StateRoot: root})
	if err != nil {
		if errors.Is(err, state.ErrLocked) {
			fmt.Fprintln(e.Err, p.T(msg.AuditNotRecordedLocked, profile))
		} else {
			fmt.Fprintln(e.Err, p.T(msg.AuditNotRecorded, profile))
		}
		return
	}
	defer s.Close()
	s.RecordAudit(rep)
	if err := s.Save(); err != nil {
		fmt.Fprintln(e.Err, p.T(msg.AuditNotRecorded, profile))
	}
}

// auditJSON is the documented schema of `audit --json` (docs/json.md, between the
// audit-json markers); TestAuditJSONMatchesDoc holds the two together.
type auditJSON struct {
	Version       int            `json:"version"`
	PaystackSetup string         `json:"paystack_setup"`
	Profile       string         `json:"profile"`
	Checks        []checkJSON    `json:"checks"`
	Summary       map[string]int `json:"summary"`
	Notes         []noteJSON     `json:"notes"`
}

type noteJSON struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

type checkJSON struct {
	ID      string `json:"id"`
	Subject string `json:"subject"`
	Status  string `json:"status"`
	Title   string `json:"title"`
	Detail  string `json:"detail"`
	Fix     string `json:"fix"`
	Step    string `json:"step"`
	// Evidence: paystack, merchant, local or none (checks.Evidence).
	Evidence string `json:"evidence"`
}

type auditAllJSON struct {
	Version       int         `json:"version"`
	PaystackSetup string      `json:"paystack_setup"`
	Profiles      []auditJSON `json:"profiles"`
}

// toJSON renders in English whatever --lang says, so scripts can match texts.
func toJSON(version string, rep checks.Report) auditJSON {
	en := msg.NewPrinter(msg.English)
	rep = rep.Localized(en)
	out := auditJSON{Version: AuditSchemaVersion, PaystackSetup: version, Profile: rep.Profile,
		Checks: []checkJSON{}, Summary: map[string]int{}, Notes: []noteJSON{}}
	for _, n := range rep.Notes {
		out.Notes = append(out.Notes, noteJSON{ID: n.ID, Text: en.Text(n.Text)})
	}
	for _, st := range checks.Statuses {
		out.Summary[string(st)] = rep.Summary[st]
	}
	for _, r := range rep.Results {
		out.Checks = append(out.Checks, checkJSON{ID: r.ID, Subject: r.Subject, Status: string(r.Status),
			Title: r.Title, Detail: r.Detail, Fix: r.Fix, Step: r.Step, Evidence: string(r.Evidence)})
	}
	return out
}

func writeAuditJSON(w io.Writer, version string, reports []checks.Report, all bool) error {
	if !all {
		return writeJSON(w, toJSON(version, reports[0]))
	}
	out := auditAllJSON{Version: AuditSchemaVersion, PaystackSetup: version, Profiles: []auditJSON{}}
	for _, r := range reports {
		out.Profiles = append(out.Profiles, toJSON(version, r))
	}
	return writeJSON(w, out)
}

func useColor(e *Env) bool { return e.OutTTY && !e.NoColor }

var marks = map[checks.Status]string{
	checks.Pass: "✓", checks.Warn: "!", checks.Fail: "✗", checks.Skip: "-", checks.Error: "?",
}

var markColors = map[checks.Status]string{
	checks.Pass: "32", checks.Warn: "33", checks.Fail: "31", checks.Skip: "2", checks.Error: "35",
}

// style is how a check's status is shown: a symbol, coloured on a
// terminal, or a word for screen readers, which skip "!", "-" and "?".
type style int

const (
	symbols style = iota
	colored
	words
)

func markStyle(e *Env) style {
	switch {
	case e.Accessible:
		return words
	case useColor(e):
		return colored
	}
	return symbols
}

func mark(p *msg.Printer, st checks.Status, s style) string {
	switch s {
	case words:
		return p.Text(st.Text()) + ":"
	case colored:
		return "\x1b[" + markColors[st] + "m" + marks[st] + "\x1b[0m"
	}
	return marks[st]
}

// lineName is how the closing hints name the lines of a status.
func lineName(p *msg.Printer, st checks.Status, s style) string {
	if s == words {
		return p.Text(st.Text())
	}
	return marks[st]
}

// writeAuditHuman prints one check per line. With width > 0 (a terminal)
// long lines wrap and hang under their text, so the marks stay a column; in
// a pipe each check stays on one line for grep.
func writeAuditHuman(w io.Writer, p *msg.Printer, rep checks.Report, color style, width int) {
	rep = rep.Localized(p)
	fmt.Fprintln(w, p.T(msg.AuditHeading, rep.Profile))
	for _, r := range rep.Results {
		// The texts quote names from files, Paystack and the saved answers;
		// cleaned here, before the coloured mark is added, so that no data
		// drives the terminal and each check stays one line for grep.
		title, detail, fix := safetext.Line(r.Title), safetext.Line(r.Detail), safetext.Line(r.Fix)
		if r.Status == checks.Pass {
			// "verified by Paystack" or "you confirmed": what the ✓ rests on.
			title = p.Text(r.Evidence.Text()) + " · " + title
		}
		fmt.Fprintln(w, hang("  "+mark(p, r.Status, color)+" ", "    ", title+": "+detail, width))
		if r.Status != checks.Pass && fix != "" {
			fmt.Fprintln(w, hang("      ", "        ", p.T(msg.AuditFixLine, fix), width))
		}
	}
	for _, n := range rep.Notes {
		fmt.Fprintln(w)
		fmt.Fprintln(w, hang("", "", safetext.Line(p.T(msg.AuditNoteLine, p.Text(n.Text))), width))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, summaryLine(p, rep, color))
	if rep.Summary[checks.Fail] > 0 {
		fmt.Fprintln(w, p.T(msg.AuditFailedHint, lineName(p, checks.Fail, color)))
	}
	if rep.Summary[checks.Error] > 0 {
		fmt.Fprintln(w, p.T(msg.AuditUncheckedHint, lineName(p, checks.Error, color)))
	}
}

func summaryLine(p *msg.Printer, rep checks.Report, color style) string {
	parts := make([]string, 0, len(checks.Statuses))
	for _, st := range checks.Statuses {
		n := rep.Summary[st]
		if n == 0 && (st == checks.Skip || st == checks.Error) {
			continue
		}
		count := p.T(statusCount[st], n)
		if color != words { // "FAIL: 2 fail" would say it twice
			count = mark(p, st, color) + " " + count
		}
		parts = append(parts, count)
	}
	return strings.Join(parts, " · ")
}

var statusCount = map[checks.Status]msg.ID{
	checks.Pass: msg.AuditCountPass, checks.Warn: msg.AuditCountWarn, checks.Fail: msg.AuditCountFail,
	checks.Skip: msg.AuditCountSkip, checks.Error: msg.AuditCountError,
}

func writeProfilesSummary(w io.Writer, p *msg.Printer, reports []checks.Report, color style) {
	width := 0
	for _, r := range reports {
		width = max(width, len(r.Profile))
	}
	for _, r := range reports {
		fmt.Fprintf(w, "%-*s  %s\n", width, r.Profile, summaryLine(p, r, color))
	}
	for _, r := range reports {
		if r.Failed() {
			fmt.Fprintln(w, p.T(msg.AuditAllFailedHint))
			break
		}
	}
}

func terminalWidth(e *Env) int {
	if !e.OutTTY {
		return 0
	}
	return e.Width
}

// commandUnits glues a paystack-setup command into one unbreakable unit up
// to the word that ends it with punctuation: a command split over two lines
// pastes as two commands, the first of them the wizard.
func commandUnits(words []string) []string {
	var out []string
	inCommand := false
	for _, w := range words {
		if inCommand {
			out[len(out)-1] += " " + w
		} else {
			out = append(out, w)
			inCommand = strings.HasSuffix(w, "paystack-setup")
		}
		if strings.ContainsAny(w[len(w)-1:], ".,;:)।") {
			inCommand = false
		}
	}
	return out
}

// hang writes text after first, wrapped to width at spaces, with every
// further line starting with indent; width 0 leaves it on one line. A word
// longer than the room (a path, a URL) stays whole: split, it could no
// longer be copied.
func hang(first, indent, text string, width int) string {
	room := width - ansi.StringWidthWc(indent)
	if width <= 0 || room < 20 {
		return first + text
	}
	var b strings.Builder
	b.WriteString(first)
	used := 0
	limit := max(width-ansi.StringWidthWc(first), 20) // the first line starts after first
	for _, word := range commandUnits(strings.Fields(text)) {
		w := ansi.StringWidthWc(word)
		if used > 0 && used+1+w > limit {
			b.WriteString("\n" + indent)
			used, limit = 0, room
		}
		if used > 0 {
			b.WriteByte(' ')
			used++
		}
		b.WriteString(word)
		used += w
	}
	return b.String()
}
