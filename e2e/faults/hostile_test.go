//go:build unix

package faults

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"paystack-setup/e2e/internal/harness"
	"paystack-setup/msg"
)

// TestWizardSaveFailsThenCtrlC: the state file cannot be written any more
// (here a folder took its name, which stops root too). The save error is on
// screen, ctrl+c still exits with 130, and the goodbye lines do not claim the
// answers were saved.
func TestWizardSaveFailsThenCtrlC(t *testing.T) {
	w := harness.NewWorld(t)
	term := w.StartTerm(t, "wizard", nil, "--lang", "en", "--profile", w.Profile)
	term.WaitFor("welcome", screenWait, "Step 1 of 9")
	_ = os.Remove(w.StatePath(w.Profile))
	if err := os.Mkdir(w.StatePath(w.Profile), 0o700); err != nil {
		t.Fatal(err)
	}
	term.Keys("Enter")
	screen := term.WaitFor("save-failed", screenWait, "Could not save your answers")
	harness.NoRawGoError(t, "the save error", screen)
	if !strings.Contains(screen, "Step 1 of 9") {
		t.Errorf("the wizard moved on although nothing was saved:\n%s", screen)
	}
	term.Keys("C-c")
	if code := term.WaitExit(screenWait); code != 130 {
		t.Errorf("ctrl+c exit code = %d, want 130", code)
	}
	after := term.Screen() + "\n" + term.Stderr()
	for _, lie := range []string{msg.In(msg.English, msg.Interrupted), "Answers saved in"} {
		if strings.Contains(after, lie) {
			t.Errorf("after a failed save the wizard still says %q:\n%s", lie, after)
		}
	}
	if !strings.Contains(harness.Flat(after), harness.Flat(msg.In(msg.English, msg.WizStoppedUnsaved))) {
		t.Errorf("the exit does not say the latest answers were not saved:\n%s", after)
	}
}

// TestWizardLockedThenHolderKilled: a second wizard on the same profile is
// refused and told which process holds it (a wizard left behind ctrl+z or in a
// detached tmux is otherwise hard to find); once that process is killed -9
// the profile opens again, without a stale lock to delete by hand.
func TestWizardLockedThenHolderKilled(t *testing.T) {
	w := harness.NewWorld(t)
	first := w.StartTerm(t, "wizard", nil, "--lang", "en", "--profile", w.Profile)
	first.WaitFor("first", screenWait, "Step 1 of 9")
	pid := lockHolder(t, w)

	second := w.StartTerm(t, "wizard", nil, "--lang", "en", "--profile", w.Profile)
	if code := second.WaitExit(screenWait); code != 1 {
		t.Errorf("second wizard exit code = %d, want 1", code)
	}
	if want := msg.In(msg.English, msg.WizLockedPID, w.Profile, pid); !strings.Contains(harness.Flat(second.Stderr()), want) {
		t.Errorf("the refusal does not name process %d:\n%s", pid, second.Stderr())
	}

	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	first.WaitExit(screenWait)
	third := w.StartTerm(t, "wizard", nil, "--lang", "en", "--profile", w.Profile)
	third.WaitFor("after-kill", screenWait, "Step 1 of 9")
	third.Keys("C-c")
	third.WaitExit(screenWait)
}

// TestWizardKilledWithSIGTERM: `kill` (or a system shutdown), and SIGHUP (the
// terminal window closed), end the wizard as ctrl+c does. Bubble Tea's own
// handler quit on SIGTERM without telling the model, so the wizard exited 0
// and claimed "Answers saved in …" for a file never written; SIGHUP killed it.
func TestWizardKilledWithSIGTERM(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) {
			w := harness.NewWorld(t)
			term := w.StartTerm(t, "wizard", nil, "--lang", "en", "--profile", w.Profile)
			term.WaitFor("welcome", screenWait, "Step 1 of 9")
			term.Keys("Down")
			pid := lockHolder(t, w)
			if err := syscall.Kill(pid, sig); err != nil {
				t.Fatal(err)
			}
			if code := term.WaitExit(screenWait); code != 130 {
				t.Errorf("exit code after %v = %d, want 130 (stopped, not finished)", sig, code)
			}
			if want := msg.In(msg.English, msg.Interrupted); !strings.Contains(term.Stderr(), want) {
				t.Errorf("stderr does not say the wizard was stopped: %q", term.Stderr())
			}
			if _, ok := harness.ReadState(t, w.StatePath(w.Profile)); !ok {
				t.Errorf("no state file after %v, though the wizard saves on a stop", sig)
			}
		})
	}
}

// lockHolder is the process id a running wizard wrote into the profile's lock.
func lockHolder(t *testing.T, w *harness.World) int {
	t.Helper()
	lock, err := os.ReadFile(filepath.Join(filepath.Dir(w.StatePath(w.Profile)), "state.lock"))
	if err != nil {
		t.Fatal(err)
	}
	// The PID starts after the first byte, which Windows' lock covers (state/lock.go).
	pid, err := strconv.Atoi(strings.TrimSpace(strings.TrimLeft(string(lock), "\x00")))
	if err != nil {
		t.Fatalf("the lock file does not hold a process id: %q", lock)
	}
	return pid
}
