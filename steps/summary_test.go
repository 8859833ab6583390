package steps

import (
	"context"
	"paystack-setup/internal/teakeys"
	"strings"
	"testing"
)

func newSummaryDriver(t *testing.T, results []CheckResult) *driver {
	d := newDriver(t, nil, false)
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
	for _, want := range []string{"› Finish", "state.json"} {
		if !strings.Contains(view, want) {
			t.Fatalf("%q not visible:\n%s", want, view)
		}
	}
	d.press("down") // wraps to the first check
	if view := d.step.View(60, 14); !strings.Contains(view, "check number A") || !strings.Contains(view, "state.json") {
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
