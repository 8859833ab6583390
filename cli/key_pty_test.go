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
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
	"golang.org/x/sys/unix"

	"paystack-setup/internal/leakscan"
	"paystack-setup/keystore"
	"paystack-setup/msg"

	_ "paystack-setup/internal/hangup" // the closed-window tests need SIGHUP at its default
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

// drain waits, after the program has exited, until everything it wrote has
// been read from the terminal, and only then closes the terminal: closing it
// first (as the signal tests did) threw away the last lines whenever the
// copy was behind, which happened under load.
func (r *ptyRun) drain() {
	select {
	case <-r.copied:
	case <-r.ctx.Done():
	}
	r.tty.Close()
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
	for !strings.Contains(r.screen.String(), prompt) {
		if ctx.Err() != nil {
			t.Fatalf("%v: the prompt %q never appeared:\n%s", args, prompt, r.screen.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	return r
}

// echoOn reads the terminal's echo flag through the pty's master side.
func echoOn(t *testing.T, tty *os.File) bool {
	t.Helper()
	tio, err := unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatalf("reading the terminal's modes: %v", err)
	}
	return tio.Lflag&unix.ECHO != 0
}

// promptWatch is stderr for an in-process `key set` on a pty: the moment the
// key prompt is written, it notes whether the terminal would echo a paste.
type promptWatch struct {
	lockedBuffer
	tty   *os.File
	shown chan bool // echo on or off when the prompt was written
}

func (w *promptWatch) Write(p []byte) (int, error) {
	if strings.Contains(string(p), msg.In(msg.English, msg.KeystoreSetPrompt)) {
		tio, err := unix.IoctlGetTermios(int(w.tty.Fd()), unix.TCGETS)
		w.shown <- err != nil || tio.Lflag&unix.ECHO != 0
	}
	return w.lockedBuffer.Write(p)
}

// TestKeyPromptIsWrittenWithEchoAlreadyOff: `key set` wrote its prompt and
// only then switched echo off, in another goroutine, so a paste that arrived
// at once was echoed by the terminal (TestKeySetOnRealTerminalDoesNotEchoTheKey
// failed under load). The state of the terminal is read at the very moment
// the prompt is written, so this fails on every run of the old order.
func TestKeyPromptIsWrittenWithEchoAlreadyOff(t *testing.T) {
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	defer ptmx.Close()
	defer tty.Close()
	k := newKeyEnv(t, keystore.NewMemoryBackend())
	watch := &promptWatch{tty: tty, shown: make(chan bool, 3)}
	var out lockedBuffer
	e := &Env{In: tty, Out: &out, Err: watch, InTTY: true, OutTTY: true,
		Getenv: func(n string) string { return k.vars[n] }, ConfigDir: k.config}
	var shown lockedBuffer // what the terminal itself shows: only its echo
	copied := make(chan struct{})
	go func() { io.Copy(&shown, ptmx); close(copied) }()
	code := make(chan int, 1)
	go func() { code <- Main([]string{"key", "set"}, e) }()

	select {
	case echo := <-watch.shown:
		if echo {
			t.Error("the key prompt was written while the terminal still echoed what is typed")
		}
	case <-time.After(time.Minute):
		t.Fatalf("no key prompt:\n%s", watch.String())
	}
	if _, err := ptmx.Write([]byte(testKey + "\r")); err != nil {
		t.Fatal(err)
	}
	select {
	case c := <-code:
		if c != ExitOK || !strings.Contains(out.String(), "Stored sk_test_…ab12") {
			t.Errorf("exit %d\n%s%s", c, out.String(), watch.String())
		}
	case <-time.After(time.Minute):
		t.Fatalf("key set did not end after the key was typed:\n%s", watch.String())
	}
	if !echoOn(t, ptmx) {
		t.Error("the terminal was left without echo")
	}
	// With the terminal's program side closed, the copy ends once it has
	// taken everything the terminal showed.
	tty.Close()
	<-copied
	if hits := leakscan.Bytes([]string{testKey}, "terminal", []byte(shown.String())); len(hits) > 0 {
		t.Errorf("the key was echoed on the terminal: %v", hits)
	}
}

// On a real terminal the pasted key must not be echoed: the screen shows the
// masked key only. --demo keeps the keyring in memory.
func TestKeySetOnRealTerminalDoesNotEchoTheKey(t *testing.T) {
	bin := buildCLI(t)
	for _, args := range [][]string{{"--demo", "key", "set"}, {"--demo", "key", "set", "--stdin"}} {
		r := startInPTY(t, bin, args, "It is not shown")
		// Echo is off before the prompt is written, so it is off now that
		// the prompt shows, however slowly the program runs.
		if echoOn(t, r.tty) {
			t.Errorf("%v: the prompt shows while the terminal still echoes", args)
		}
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

// Ctrl+C at a key command's question stops it at once with 130, and so do
// kill (SIGTERM) and a closed terminal (SIGHUP) at the hidden key prompt; the
// terminal echoes again afterwards, although that prompt switched echo off
// (kill used to end the program with the terminal still silent). The signal
// handlers are in place before any prompt is written, so the stop is sent as
// soon as the prompt shows.
func TestStopAtKeyPromptsRestoresTheTerminal(t *testing.T) {
	bin := buildCLI(t)
	ctrlC := func(r *ptyRun) error { _, err := r.tty.Write([]byte{0x03}); return err }
	signal := func(sig syscall.Signal) func(*ptyRun) error {
		return func(r *ptyRun) error { return r.cmd.Process.Signal(sig) }
	}
	for _, c := range []struct {
		name   string
		args   []string
		prompt string
		stop   func(*ptyRun) error
	}{
		{"ctrl+c", []string{"--demo", "key", "set"}, "It is not shown", ctrlC},
		{"SIGTERM", []string{"--demo", "key", "set"}, "It is not shown", signal(syscall.SIGTERM)},
		{"SIGHUP", []string{"--demo", "key", "set"}, "It is not shown", signal(syscall.SIGHUP)},
		{"ctrl+c", []string{"--demo", "key", "delete"}, "Type y to delete", ctrlC},
	} {
		r := startInPTY(t, bin, c.args, c.prompt)
		if err := c.stop(r); err != nil {
			t.Fatal(err)
		}
		err := r.cmd.Wait()
		echo := echoOn(t, r.tty)
		r.drain()
		stopped := r.ctx.Err() == nil
		r.cancel()
		var ee *exec.ExitError
		if !stopped || !errors.As(err, &ee) || ee.ExitCode() != ExitInterrupted {
			t.Errorf("%v, %s: did not stop with 130 (%v)\n%s", c.args, c.name, err, r.screen.String())
		}
		if !echo {
			t.Errorf("%v, %s: the terminal was left without echo", c.args, c.name)
		}
	}
}
