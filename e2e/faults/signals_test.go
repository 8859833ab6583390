//go:build unix

package faults

import (
	"reflect"
	"strings"
	"syscall"
	"testing"
	"time"

	"paystack-setup/e2e/internal/harness"
	"paystack-setup/msg"
	"paystack-setup/paystack/sandbox"
)

// TestAuditStoppedByKillOrClosedTerminal: an audit waiting on a slow Paystack
// is stopped by `kill` (SIGTERM) or a closed terminal window (SIGHUP) as by
// ctrl+c: at once, exit 130, the one line saying so, the saved answers whole.
// Both signals killed it silently (exit 143 and 129).
func TestAuditStoppedByKillOrClosedTerminal(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) {
			t.Parallel()
			w := harness.NewWorld(t)
			s := w.FinishedSetup(t, w.Profile)
			before := answers(t, w, w.Profile)
			// Slower than the test's patience: only the signal can end it in time.
			w.Sandbox.SetLatency(10 * time.Minute)
			env := map[string]string{"PAYSTACK_SECRET_KEY": s.Key}
			p := w.Start(t, "audit", harness.Opts{Env: env, Timeout: 30 * time.Second}, "--lang", "en", "--profile", w.Profile, "audit")
			waitForRequest(t, w, "GET", "/balance")
			p.Signal(sig)
			r := p.Wait()
			if r.Code != 130 {
				t.Errorf("exit code after %v = %d, want 130\n%s", sig, r.Code, r)
			}
			if want := msg.In(msg.English, msg.AuditInterrupted); strings.TrimSpace(r.Stderr) != want {
				t.Errorf("stderr after %v is not the one line %q\n%s", sig, want, r)
			}
			harness.NoRawGoError(t, "audit", r.Output())
			if after := answers(t, w, w.Profile); !reflect.DeepEqual(before, after) {
				t.Errorf("the stopped audit changed the saved answers:\nbefore %v\nafter  %v", before, after)
			}
		})
	}
}

// TestAuditUnderNohupOutlivesTheTerminal: `nohup paystack-setup audit > report &`
// is started to survive the terminal closing; catching SIGHUP for every
// command must not turn its "ignore" back into "stop".
func TestAuditUnderNohupOutlivesTheTerminal(t *testing.T) {
	w := harness.NewWorld(t)
	s := w.FinishedSetup(t, w.Profile)
	w.Sandbox.InjectFault(sandbox.Fault{Kind: sandbox.FaultHang})
	env := map[string]string{"PAYSTACK_SECRET_KEY": s.Key, envHTTPTimeout: "1s"}
	p := w.Start(t, "audit", harness.Opts{Env: env, Nohup: true}, "--lang", "en", "--profile", w.Profile, "audit")
	waitForRequest(t, w, "GET", "/balance")
	p.Signal(syscall.SIGHUP)
	// The hung calls time out and their retries find Paystack answering.
	w.Sandbox.ClearFaults()
	r := p.Wait()
	if r.Code != 0 || strings.Contains(r.Stderr, msg.In(msg.English, msg.AuditInterrupted)) {
		t.Errorf("the audit under nohup did not finish after SIGHUP: exit %d, want 0\n%s", r.Code, r)
	}
	if want := msg.In(msg.English, msg.AuditHeading, w.Profile); !strings.Contains(r.Stdout, want) {
		t.Errorf("no report (%q) after SIGHUP\n%s", want, r)
	}
}

// TestWizardClosedWindowWithoutHangup: the window closes but the shell around
// the wizard keeps the hang-up to itself (a wrapper script trapping SIGHUP),
// so all the wizard sees is the end of its input. It stops as ctrl+c does:
// saved, 130. It waited forever instead, unseen, holding the profile.
func TestWizardClosedWindowWithoutHangup(t *testing.T) {
	w := harness.NewWorld(t)
	w.ShellKeepsHangup = true
	term := w.StartTerm(t, "wizard", nil, "--lang", "en", "--profile", w.Profile)
	term.WaitFor("welcome", screenWait, "Step 1 of 9")
	pid := lockHolder(t, w)
	t.Cleanup(func() {
		if t.Failed() {
			_ = syscall.Kill(pid, syscall.SIGKILL) // a wizard still waiting, unseen
		}
	})
	term.CloseWindow()
	deadline := time.Now().Add(screenWait)
	code, exited := term.Exited()
	for ; !exited && time.Now().Before(deadline); code, exited = term.Exited() {
		time.Sleep(50 * time.Millisecond)
	}
	if !exited || code != 130 {
		t.Fatalf("after the window closed: exited %v with %d, want 130; stderr: %q", exited, code, term.Stderr())
	}
	if want := msg.In(msg.English, msg.Interrupted); !strings.Contains(term.Stderr(), want) {
		t.Errorf("stderr does not say the wizard was stopped: %q", term.Stderr())
	}
	if _, ok := harness.ReadState(t, w.StatePath(w.Profile)); !ok {
		t.Error("no state file after the window closed, though the wizard saves on a stop")
	}
}
