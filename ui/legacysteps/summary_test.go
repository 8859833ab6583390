package legacysteps

import (
	"context"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"paystack-setup/internal/teakeys"
	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/state"
)

func newSummaryDriver(t *testing.T, results []CheckResult) *driver {
	d := newDriver(t, nil, false)
	d.ctx.Key, _ = paystack.ParseSecretKey(sandbox.DemoTestKey)
	d.ctx.StatePath = "/home/ada/.config/paystack-setup/profiles/default/state.json"
	d.ctx.Audit = func(context.Context) []CheckResult { return results }
	s := NewSummary(d.ctx)
	s.SetMenu([]MenuEntry{{"welcome", "Before you start"}, {"webhook", "Webhook URL"}})
	d.step = s
	d.init()
	return d
}

var sampleResults = []CheckResult{
	{ID: "key.accepted", Title: "Paystack accepts the key", Status: "pass", Step: "key"},
	{ID: "ip", Title: "IP whitelist has 185.236.142.1", Status: "fail", Fix: "Add it in Paystack", Step: "ipwhitelist"},
	{ID: "hook", Title: "Webhook URL", Status: "warn", Fix: "Paste the systeme.io URL", Step: "webhook"},
}

func TestSummaryShowsMarksFixesAndWhereThingsAre(t *testing.T) {
	d := newSummaryDriver(t, sampleResults)
	d.wantView("✓ Paystack accepts the key", "✗ IP whitelist", "→ Add it in Paystack", "! Webhook URL", "state.json", "keyring")
}

func TestSummaryInTheDemoDoesNotSendYouToTheKeyring(t *testing.T) {
	d := newDriver(t, nil, true)
	d.ctx.Audit = func(context.Context) []CheckResult { return sampleResults }
	d.step = NewSummary(d.ctx)
	d.init()
	d.wantView("kept in memory for this run only")
	if strings.Contains(d.view(), "stored in your system's keyring") {
		t.Fatalf("the demo summary points at the keyring:\n%s", d.view())
	}
}

func TestSummaryEnterJumpsToTheFixingStep(t *testing.T) {
	d := newSummaryDriver(t, sampleResults)
	d.press("enter") // the cursor starts on the first problem
	g, ok := d.lastShell().(GotoMsg)
	if !ok || g.ID != "ipwhitelist" {
		t.Fatalf("enter on the failed check sent %v", d.lastShell())
	}
	d.press("down", "enter")
	if g := d.lastShell().(GotoMsg); g.ID != "webhook" {
		t.Fatalf("went to %q", g.ID)
	}
	d.press("down", "enter") // Finish
	if _, ok := d.lastShell().(NextMsg); !ok {
		t.Fatal("Finish does not end the wizard")
	}
}

func TestSummaryMenuReachesAnyStep(t *testing.T) {
	d := newSummaryDriver(t, sampleResults)
	d.press("m")
	d.wantView("Before you start", "Webhook URL")
	d.press("down", "enter")
	if g, ok := d.lastShell().(GotoMsg); !ok || g.ID != "webhook" {
		t.Fatalf("menu sent %v", d.lastShell())
	}
}

func TestSummaryEscCancelsRunningChecks(t *testing.T) {
	d := newDriver(t, nil, false)
	d.ctx.Audit = func(ctx context.Context) []CheckResult { <-ctx.Done(); return nil }
	d.step = NewSummary(d.ctx)
	_ = d.step.Init() // not run: the checks "hang"
	if !d.step.Busy() {
		t.Fatal("no wait shown while checking")
	}
	d.press("esc")
	if d.step.Busy() {
		t.Fatal("esc did not stop the checks")
	}
	d.wantView("r to run them again")
}

func TestSummaryScrollsInASmallWindowKeepingTheFooter(t *testing.T) {
	var many []CheckResult
	for i := 0; i < 30; i++ {
		many = append(many, CheckResult{Title: "check number " + string(rune('A'+i)), Status: "pass"})
	}
	d := newSummaryDriver(t, many)
	view := d.step.View(60, 14)
	if n := strings.Count(view, "\n") + 1; n > 14 {
		t.Fatalf("%d lines in 14 rows", n)
	}
	for _, want := range []string{"› Finish", "state.json", "more above"} {
		if !strings.Contains(view, want) {
			t.Fatalf("%q not visible:\n%s", want, view)
		}
	}
	d.press("down") // wraps to the first check
	if view := d.step.View(60, 14); !strings.Contains(view, "check number A") || !strings.Contains(view, "state.json") || !strings.Contains(view, "more below") || strings.Contains(view, "more above") {
		t.Fatalf("the window did not follow the cursor:\n%s", view)
	}
}

func TestSummaryProgramRunsChecksAndJumps(t *testing.T) {
	d := newDriver(t, nil, false)
	d.ctx.Audit = func(context.Context) []CheckResult { return sampleResults }
	tm := runStep(t, NewSummary(d.ctx))
	waitScreen(t, tm, "IP whitelist has 185.236.142.1")
	tm.Send(teakeys.Press("enter"))
	waitScreen(t, tm, "<<GOTO ipwhitelist>>")
}

func TestSummaryWrappedChecksHangUnderTheirTitle(t *testing.T) {
	long := []CheckResult{{
		Title:  "Every plan bills every 1 day, week, month or year, as systeme.io can charge through Paystack",
		Status: "fail",
		Fix:    "Change the interval of the plan in systeme.io to one of the four allowed ones",
	}}
	d := newSummaryDriver(t, long)
	lines := strings.Split(ansi.Strip(d.step.View(40, 24)), "\n")
	var title, fix []string
	for i, l := range lines {
		if strings.Contains(l, "✗ Every plan") {
			for _, c := range lines[i+1:] {
				if strings.Contains(c, "→") {
					break
				}
				title = append(title, c)
			}
		}
		if strings.Contains(l, "→ Change") {
			for _, c := range lines[i+1:] {
				if strings.TrimSpace(c) == "" || strings.Contains(c, "Finish") {
					break
				}
				fix = append(fix, c)
			}
		}
	}
	if len(title) == 0 || len(fix) == 0 {
		t.Fatalf("the check did not wrap at 40 columns:\n%s", strings.Join(lines, "\n"))
	}
	for _, c := range title {
		if !strings.HasPrefix(c, "    ") || strings.HasPrefix(c, "     ") {
			t.Errorf("title continuation %q is not under the title", c)
		}
	}
	for _, c := range fix {
		if !strings.HasPrefix(c, "      ") || strings.HasPrefix(c, "       ") {
			t.Errorf("fix continuation %q is not under the fix", c)
		}
	}
}

func TestSummaryWindowNeverStartsInsideACheck(t *testing.T) {
	var many []CheckResult
	for i := 0; i < 12; i++ {
		many = append(many, CheckResult{
			Title:  "check number " + string(rune('A'+i)) + " has a long title that wraps over more than one row",
			Status: "fail",
			Fix:    "and a fix that also needs a second row to be read in full",
		})
	}
	d := newSummaryDriver(t, many)
	for step := 0; step < len(many)+1; step++ {
		view := ansi.Strip(d.step.View(40, 16))
		var first string
		for _, l := range strings.Split(view, "\n") {
			if strings.TrimSpace(l) != "" && !strings.Contains(l, "more above") {
				first = l
				break
			}
		}
		if !strings.HasPrefix(strings.TrimLeft(first, " ›"), "✗ check number") {
			t.Fatalf("after %d presses the window starts inside a check with %q:\n%s", step, first, view)
		}
		d.press("down")
	}
}

// TestSummarySaysAnUnstoredKeyIsInMemoryOnly: after "use the key for this
// shell only" nothing holds the key but this run; the footer must not send
// the merchant to a PAYSTACK_SECRET_KEY they have not set, nor to the
// keyring. A later run without any key says there is none.
func TestSummarySaysAnUnstoredKeyIsInMemoryOnly(t *testing.T) {
	d := newDriver(t, nil, false)
	faulty := keystore.NewFaultyBackend(keystore.NewMemoryBackend())
	faulty.FailOn(keystore.OpSet, keystore.SimulatedError(keystore.ProblemNoSessionBus))
	d.ctx.Keys = keystore.New(keystore.Options{Backend: faulty, Dir: t.TempDir(), Getenv: func(string) string { return "" }})
	d.ctx.Audit = func(context.Context) []CheckResult { return sampleResults }
	d.step = NewKey(d.ctx)
	d.init()
	d.paste(sandbox.DemoTestKey)
	d.press("enter")
	d.press("down", "enter") // this shell only
	if d.ctx.Key.IsZero() {
		t.Fatalf("the shell-only choice did not keep the key for this run:\n%s", d.view())
	}
	d.step = NewSummary(d.ctx)
	d.init()
	view := flat(d.view())
	if strings.Contains(view, "comes from the environment variable") || strings.Contains(view, "keyring") {
		t.Errorf("the footer claims a place that holds no key:\n%s", view)
	}
	if !strings.Contains(view, flat(msg.T(msg.StSumKeyMemory))) {
		t.Errorf("the footer does not say the key is used for this run only:\n%s", view)
	}

	rerun := newDriver(t, nil, false)
	rerun.ctx.State.KeyStorage = state.StorageEnv // what the first run saved
	rerun.ctx.Audit = d.ctx.Audit
	rerun.step = NewSummary(rerun.ctx)
	rerun.init()
	if view := flat(rerun.view()); strings.Contains(view, "comes from the environment variable") || !strings.Contains(view, flat(msg.T(msg.StSumKeyNone))) {
		t.Errorf("with no key at all the footer says:\n%s", view)
	}
}

// TestSummaryHomeAndEndJump: home goes to the first check, end to Finish,
// as in every other list of the wizard.
func TestSummaryHomeAndEndJump(t *testing.T) {
	d := newSummaryDriver(t, sampleResults)
	d.press("home", "enter")
	if g, ok := d.lastShell().(GotoMsg); !ok || g.ID != "key" {
		t.Fatalf("enter after home sent %v, want the first check's step", d.lastShell())
	}
	d.press("end", "enter")
	if _, ok := d.lastShell().(NextMsg); !ok {
		t.Fatalf("enter after end sent %v, want Finish", d.lastShell())
	}
	d.press("m", "end", "enter")
	if g, ok := d.lastShell().(GotoMsg); !ok || g.ID != "webhook" {
		t.Fatalf("end in the menu then enter sent %v, want its last step", d.lastShell())
	}
	if help := bindingHelp(d.step.Keys()); !strings.Contains(help, "home/end "+msg.T(msg.ListKeyEnds)) {
		t.Errorf("the help bar does not list home/end: %q", help)
	}
}

// The saved answers remember where an earlier run found the key; when this run
// read it from the keyring, that is what the summary must say.
func TestSummaryTrustsThisRunsKeySourceOverTheSavedOne(t *testing.T) {
	d := newDriver(t, nil, false)
	d.ctx.Key, _ = paystack.ParseSecretKey(sandbox.DemoTestKey)
	d.ctx.KeySource, d.ctx.State.KeyStorage = keystore.SourceKeyring, state.StorageEnv
	if got := KeyPlace(d.ctx, "none"); !strings.Contains(got, "(the system keyring)") {
		t.Errorf("key from the keyring, earlier run from the environment: %q", got)
	}
	d.ctx.KeySource = "" // a source this run does not know: the saved one is the best guess
	if got := KeyPlace(d.ctx, "none"); !strings.Contains(got, "PAYSTACK_SECRET_KEY") {
		t.Errorf("unknown source, saved environment: %q", got)
	}
}
