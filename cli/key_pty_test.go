//go:build linux

// Linux only: the no-echo check reads the pty's terminal settings with
// TCGETS, which macOS names differently and Windows has no pty for.

package cli

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
	"golang.org/x/sys/unix"

	"paystack-setup/internal/leakscan"
)

// lockedBuffer collects what the terminal shows while the program runs.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// buildCLI builds the binary the pty tests run.
func buildCLI(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "paystack-setup")
	if out, err := exec.Command("go", "build", "-o", bin, "paystack-setup").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// ptyRun is the binary running in a pseudo-terminal; screen collects what
// the terminal shows, and copied closes once the terminal has nothing more.
type ptyRun struct {
	cmd    *exec.Cmd
	tty    *os.File
	screen lockedBuffer
	copied chan struct{}
	ctx    context.Context
	cancel context.CancelFunc
}

// startInPTY runs bin with args in a pseudo-terminal, with a fresh config
// folder, and waits (up to the run's minute) until the screen shows prompt.
func startInPTY(t *testing.T, bin string, args []string, prompt string) *ptyRun {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = append(os.Environ(), "LANG=C", "XDG_CONFIG_HOME="+t.TempDir(), "TERM=xterm")
	tty, err := pty.Start(cmd)
	if err != nil {
		cancel()
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	r := &ptyRun{cmd: cmd, tty: tty, copied: make(chan struct{}), ctx: ctx, cancel: cancel}
	go func() { io.Copy(&r.screen, tty); close(r.copied) }()
	for !strings.Contains(r.screen.String(), prompt) && ctx.Err() == nil {
		time.Sleep(10 * time.Millisecond)
	}
	return r
}

// On a real terminal the pasted key must not be echoed: the screen shows the
// masked key only. --demo keeps the keyring in memory.
func TestKeySetOnRealTerminalDoesNotEchoTheKey(t *testing.T) {
	bin := buildCLI(t)
	for _, args := range [][]string{{"--demo", "key", "set"}, {"--demo", "key", "set", "--stdin"}} {
		r := startInPTY(t, bin, args, "It is not shown")
		r.tty.Write([]byte(testKey + "\r"))
		err := r.cmd.Wait()
		<-r.copied
		r.tty.Close()
		r.cancel()
		shown := r.screen.String()
		if err != nil || !strings.Contains(shown, "Stored sk_test_…ab12 (test mode)") {
			t.Errorf("%v: %v\n%s", args, err, shown)
		}
		if hits := leakscan.Bytes([]string{testKey}, "terminal", []byte(shown)); len(hits) > 0 {
			t.Errorf("%v: the key was echoed on the terminal: %v", args, hits)
		}
	}
}

// Ctrl+C at a key command's question stops it at once with 130, and the
// terminal echoes again afterwards: the hidden key prompt switched echo off.
func TestCtrlCAtKeyPromptsStops(t *testing.T) {
	bin := buildCLI(t)
	for _, c := range []struct {
		args   []string
		prompt string
	}{
		{[]string{"--demo", "key", "set"}, "It is not shown"},
		{[]string{"--demo", "key", "delete"}, "Type y to delete"},
	} {
		r := startInPTY(t, bin, c.args, c.prompt)
		time.Sleep(100 * time.Millisecond) // let the prompt start reading
		r.tty.Write([]byte{0x03})
		err := r.cmd.Wait()
		echo := true
		if tio, terr := unix.IoctlGetTermios(int(r.tty.Fd()), unix.TCGETS); terr == nil {
			echo = tio.Lflag&unix.ECHO != 0
		}
		r.tty.Close()
		<-r.copied
		stopped := r.ctx.Err() == nil
		r.cancel()
		var ee *exec.ExitError
		if !stopped || !errors.As(err, &ee) || ee.ExitCode() != ExitInterrupted {
			t.Errorf("%v: ctrl+c did not stop it with 130 (%v)\n%s", c.args, err, r.screen.String())
		}
		if !echo {
			t.Errorf("%v: the terminal was left without echo", c.args)
		}
	}
}
