//go:build linux

// Linux only: it drives the key commands in a pty through key_pty_test.go's
// helpers, which read the terminal's modes with TCGETS.

package cli

import (
	"errors"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// echoes reports whether the terminal echoes what is typed.
func (r *ptyRun) echoes() bool {
	tio, err := unix.IoctlGetTermios(int(r.tty.Fd()), unix.TCGETS)
	return err != nil || tio.Lflag&unix.ECHO != 0
}

// `kill` (SIGTERM) and a closed terminal window (SIGHUP) stop a key command
// waiting at its question as ctrl+c does: exit 130, the line saying nothing
// was changed, and the terminal echoing again. Both killed it silently (exit
// 143 and 129), the hidden key prompt leaving echo off.
func TestKillOrClosedTerminalAtKeyPromptsStops(t *testing.T) {
	bin := buildCLI(t)
	for _, c := range []struct {
		args   []string
		prompt string
		said   string
		hidden bool // the key is read without echo
	}{
		{[]string{"--demo", "--lang", "en", "key", "set"}, "It is not shown", "The key was not stored.", true},
		{[]string{"--demo", "--lang", "en", "key", "delete"}, "Type y to delete", "Nothing was deleted.", false},
	} {
		for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGHUP} {
			what := strings.Join(c.args, " ") + " + " + sig.String()
			r := startInPTY(t, bin, c.args, c.prompt)
			// The hidden prompt turns echo off once it reads; a signal
			// before that would test nothing about putting it back.
			for c.hidden && r.echoes() && r.ctx.Err() == nil {
				time.Sleep(10 * time.Millisecond)
			}
			if err := r.cmd.Process.Signal(sig); err != nil {
				t.Fatalf("%s: %v", what, err)
			}
			err := r.cmd.Wait()
			echo := r.echoes()
			r.drain()
			stopped := r.ctx.Err() == nil
			r.cancel()
			var ee *exec.ExitError
			if !stopped || !errors.As(err, &ee) || ee.ExitCode() != ExitInterrupted {
				t.Errorf("%s: not stopped with 130 (%v)\n%s", what, err, r.screen.String())
			}
			if !strings.Contains(r.screen.String(), c.said) {
				t.Errorf("%s: the screen does not say %q\n%s", what, c.said, r.screen.String())
			}
			if !echo {
				t.Errorf("%s: the terminal was left without echo", what)
			}
		}
	}
}

// watch on a terminal shows how long it has been watching, and ctrl+c
// stops it with 130 and a sentence, the spinner's line cleared before it.
func TestWatchOnATerminalCountsAndCtrlCStops(t *testing.T) {
	bin := buildCLI(t)
	r := startInPTY(t, bin, []string{"--demo", "--lang", "en", "watch"}, "Watching for new payments in test mode · 0:01")
	if _, err := r.tty.Write([]byte{0x03}); err != nil { // ctrl+c, as the terminal sends it
		t.Fatal(err)
	}
	err := r.cmd.Wait()
	r.drain()
	stopped := r.ctx.Err() == nil
	r.cancel()
	var ee *exec.ExitError
	if !stopped || !errors.As(err, &ee) || ee.ExitCode() != ExitInterrupted {
		t.Fatalf("ctrl+c: not stopped with 130 (%v)\n%s", err, r.screen.String())
	}
	shown := r.screen.String()
	if !strings.Contains(shown, "\r\x1b[KStopped watching.") {
		t.Errorf("the spinner's line is not cleared before the last sentence:\n%q", shown)
	}
}
