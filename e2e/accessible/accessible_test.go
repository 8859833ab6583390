//go:build linux

// Package accessible_test drives the real binary's accessible mode through a
// real pty, as a screen reader user's terminal would:
//
//	go test ./e2e/accessible/
//
// It builds paystack-setup, answers every prompt of the demo wizard once the
// prompt's text has appeared, and checks what the person would notice: the
// key is never echoed, no escape sequence is ever written, the summary
// appears and the exit code is right.
package accessible_test

import (
	"bytes"
	"errors"
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

	"paystack-setup/msg"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/state"

	_ "paystack-setup/internal/hangup" // the closed-window tests need SIGHUP at its default
)

// wait bounds every expectation; the demo answers in milliseconds, so only
// a hang reaches it.
const wait = 30 * time.Second

var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "paystack-setup-e2e-")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "paystack-setup")
	build := exec.Command("go", "build", "-o", binary, "paystack-setup")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		_ = os.RemoveAll(dir)
		panic("building paystack-setup: " + err.Error())
	}
	code := m.Run()
	_ = os.RemoveAll(dir)
	os.Exit(code)
}

// session is one run of the binary in a pty.
type session struct {
	t    *testing.T
	cmd  *exec.Cmd
	ptmx *os.File

	mu   sync.Mutex
	out  bytes.Buffer
	seen int // how far expect has read
	done chan struct{}
}

func start(t *testing.T, env []string, args ...string) *session {
	t.Helper()
	return startIn(t, t.TempDir(), env, args...)
}

// startIn runs the binary with home as HOME, so that a second run finds what
// the first one saved.
func startIn(t *testing.T, home string, env []string, args ...string) *session {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Env = append([]string{
		"HOME=" + home, "XDG_CONFIG_HOME=" + filepath.Join(home, ".config"),
		"PATH=" + os.Getenv("PATH"), "LANG=C.UTF-8",
	}, env...)
	ptmx, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 40, Cols: 100})
	if err != nil {
		t.Fatal(err)
	}
	s := &session{t: t, cmd: cmd, ptmx: ptmx, done: make(chan struct{})}
	go func() {
		defer close(s.done)
		buf := make([]byte, 4096)
		for {
			n, err := ptmx.Read(buf)
			s.mu.Lock()
			s.out.Write(buf[:n])
			s.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = ptmx.Close()
	})
	return s
}

// loopbackSandbox serves a fresh sandbox on loopback for the test's length.
func loopbackSandbox(t *testing.T) (base string) {
	t.Helper()
	base, stop, err := sandbox.New(sandbox.Options{}).Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = stop() })
	return base
}

func (s *session) output() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.out.String()
}

// expect waits until text appears after what earlier expectations consumed.
func (s *session) expect(text string) {
	s.t.Helper()
	found := func() bool {
		s.mu.Lock()
		defer s.mu.Unlock()
		all := s.out.String()
		if i := strings.Index(all[s.seen:], text); i >= 0 {
			s.seen += i + len(text)
			return true
		}
		return false
	}
	deadline := time.Now().Add(wait)
	for time.Now().Before(deadline) {
		if found() {
			return
		}
		select {
		case <-s.done:
			if found() { // the last output arrived with the end
				return
			}
			s.t.Fatalf("the program ended before showing %q; output:\n%s", text, s.output())
		case <-time.After(20 * time.Millisecond):
		}
	}
	s.t.Fatalf("%q did not appear within %s; output:\n%s", text, wait, s.output())
}

func (s *session) send(line string) {
	s.t.Helper()
	if _, err := s.ptmx.Write([]byte(line + "\r")); err != nil {
		s.t.Fatal(err)
	}
}

// waitEchoOff waits until the program has switched the terminal's echo off,
// so that the key typed next cannot be echoed by the terminal itself.
func (s *session) waitEchoOff() {
	s.t.Helper()
	deadline := time.Now().Add(wait)
	for time.Now().Before(deadline) {
		tio, err := unix.IoctlGetTermios(int(s.ptmx.Fd()), unix.TCGETS)
		if err != nil {
			s.t.Fatal(err)
		}
		if tio.Lflag&unix.ECHO == 0 {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	s.t.Fatalf("echo was never switched off for the secret key; output:\n%s", s.output())
}

// exitCode waits for the program to end.
func (s *session) exitCode() int {
	s.t.Helper()
	errc := make(chan error, 1)
	go func() { errc <- s.cmd.Wait() }()
	select {
	case err := <-errc:
		<-s.done
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return ee.ExitCode()
		}
		if err != nil {
			s.t.Fatal(err)
		}
		return 0
	case <-time.After(wait):
		s.t.Fatalf("the program did not end; output:\n%s", s.output())
		return -1
	}
}

func (s *session) assertClean() {
	s.t.Helper()
	out := s.output()
	if strings.Contains(out, sandbox.DemoTestKey) {
		s.t.Error("the secret key appeared on the terminal")
	}
	if i := strings.IndexByte(out, 0x1b); i >= 0 {
		s.t.Errorf("an escape sequence was written at byte %d: %q", i, out[max(i-40, 0):min(i+40, len(out))])
	}
}

// wholeWizard answers every step of the demo wizard.
func wholeWizard(t *testing.T, s *session) {
	s.expect("Type a number from 1 to 4")
	s.send("1")
	s.expect("Paste your secret key")
	s.waitEchoOff()
	s.send(sandbox.DemoTestKey)
	s.expect("Paystack accepted the secret key.")
	s.expect("sk_test_…0001 · test mode")
	s.expect("Type a number from 1 to 2")
	s.send("1")
	s.expect("Type part of the business name")
	s.send("ngozi bakes") // a Nigerian merchant's subaccount: active, paid in NGN
	s.expect("Ngozi Bakes")
	s.expect("Type the number (1 to 1)")
	s.send("1")
	s.expect("Press enter when you see the webhook URL")
	s.send("")
	s.expect("Press enter once 185.236.142.1")
	s.send("")
	s.expect("Paste the webhook URL")
	s.send("https://systeme.io/webhooks/paystack/e2e")
	s.expect("2. Paste the URL into the Test Webhook URL field.")
	s.expect("1. done, I pasted it")
	s.send("")
	s.expect("Type the numbers of every one that applies")
	s.send("1,2,3,4")
	s.expect("1. add plan")
	s.expect("Type a number from 1 to 3")
	s.send("1")
	s.expect("Name:")
	s.send("Gold")
	s.expect("Amount")
	s.send("5000")
	s.expect("Currency (NGN, GHS, KES, ZAR, USD) (Enter keeps: NGN):")
	s.send("")
	s.expect("Interval (day, week, month, year) (Enter keeps: month):")
	s.send("")
	s.expect("Intervals between charges (Enter keeps: 1):")
	s.send("")
	s.expect("PASS: Gold: NGN 5,000.00, every month")
	s.expect("save and continue")
	s.send("s")
	// The test purchase, read out as on the screen (#12 item 4): the
	// demo's purchase arrives a few seconds after "watch".
	s.expect("Step 8 of 9: Test purchase")
	s.expect("Type a number from 1 to 2 (Enter chooses 1)")
	s.send("1")
	s.expect("It was split with your subaccount Ngozi Bakes (ACCT_")
	s.expect("Does systeme.io show this order as paid?")
	s.expect("Type a number from 1 to 2")
	s.send("1")
	s.expect("Step 9 of 9")
	s.expect("Nothing failed: Finish ends the wizard with exit code 0.")
	s.expect("PASS: ")
	s.expect("Finish")
	s.send("") // Enter chooses Finish
	s.expect("Webhook URL for Paystack (test mode): https://systeme.io/webhooks/paystack/e2e")
	s.expect("Demo finished: nothing was saved")
	if code := s.exitCode(); code != 0 {
		t.Fatalf("exit code %d; output:\n%s", code, s.output())
	}
	s.assertClean()
}

func TestAccessibleFlagWholeWizard(t *testing.T) {
	s := start(t, []string{"TERM=xterm-256color"}, "--accessible", "--demo")
	wholeWizard(t, s)
}

func TestDumbTerminalWholeWizard(t *testing.T) {
	s := start(t, []string{"TERM=dumb"}, "--demo")
	wholeWizard(t, s)
}

func TestHindiFirstTwoPromptsThenCtrlC(t *testing.T) {
	s := start(t, []string{"TERM=xterm-256color"}, "--accessible", "--demo", "--lang", "hi")
	s.expect("1 से 4 तक कोई संख्या टाइप करें")
	s.send("1")
	s.expect("अपनी सीक्रेट की पेस्ट करें")
	s.waitEchoOff()
	if _, err := s.ptmx.Write([]byte{0x03}); err != nil { // Ctrl+C
		t.Fatal(err)
	}
	s.expect(msg.In(msg.Hindi, msg.WizDemoStopped)) // not "your progress is saved": the demo keeps nothing
	if code := s.exitCode(); code != 130 {
		t.Errorf("Ctrl+C should exit with 130, got %d", code)
	}
	if strings.Contains(s.output(), msg.In(msg.Hindi, msg.Interrupted)) {
		t.Error("the demo said its progress was saved")
	}
	s.assertClean()
}

func (s *session) ctrlC() {
	s.t.Helper()
	if _, err := s.ptmx.Write([]byte{0x03}); err != nil {
		s.t.Fatal(err)
	}
}

// A real (not demo) run against a loopback sandbox with no keyring: a wrong
// answer is explained, the typed key is never echoed, the plain file is
// chosen with its confirmation word, ctrl+c keeps the progress, and the next
// run resumes where it stopped; "b" then walks back step by step to the
// first question.
func TestWrongAnswerCtrlCResumeAndBack(t *testing.T) {
	home := t.TempDir()
	env := []string{"TERM=xterm-256color", "ACCESSIBLE=1", "PAYSTACK_API_BASE=" + loopbackSandbox(t),
		"DBUS_SESSION_BUS_ADDRESS=unix:path=" + filepath.Join(home, "no-bus")}

	s := startIn(t, home, env)
	s.expect("Type a number from 1 to 4")
	s.send("7")
	s.expect(`"7" is not one of the choices`)
	s.send("1")
	s.expect("Paste your secret key")
	s.waitEchoOff()
	s.send(sandbox.DemoTestKey)
	s.expect("The key works, but it could not be saved in a keyring")
	s.expect("Type a number from 1 to 3")
	s.send("3")
	s.expect(msg.In(msg.English, msg.KeystoreConfirmPrompt))
	s.send(msg.In(msg.English, msg.KeystoreConfirmWord))
	s.expect("Use a subaccount I already have")
	s.ctrlC()
	s.expect(msg.In(msg.English, msg.Interrupted))
	if code := s.exitCode(); code != 130 {
		t.Fatalf("ctrl+c should exit with 130, got %d", code)
	}
	s.assertClean()

	s = startIn(t, home, env)
	s.expect("Welcome back. Continuing at: Subaccount")
	s.expect("Use a subaccount I already have")
	s.send("b")
	s.expect("Step 2 of 9")
	s.expect("A secret key is already saved for this profile: sk_test_…0001")
	s.send("b")
	s.expect("Step 1 of 9")
	s.expect("Type a number from 1 to 4 (Enter chooses 1)")
	s.ctrlC()
	if code := s.exitCode(); code != 130 {
		t.Errorf("ctrl+c should exit with 130, got %d", code)
	}
	s.assertClean()
}

// `kill` (SIGTERM) and a closed terminal (SIGHUP) stop the accessible wizard
// as ctrl+c does: the answers so far are saved, it says so, and exits 130.
func TestAccessibleStopSignalsKeepProgress(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) {
			home := t.TempDir()
			env := []string{"TERM=xterm-256color", "ACCESSIBLE=1", "PAYSTACK_API_BASE=" + loopbackSandbox(t),
				"PAYSTACK_SECRET_KEY=" + sandbox.DemoTestKey}
			s := startIn(t, home, env)
			s.expect("Type a number from 1 to 4")
			s.send("2") // Ghana
			s.expect("Step 2 of 9")
			// SIGHUP is what the kernel sends when the terminal window
			// closes. Closing the pty here would not do it: the test's
			// reader holds the (blocking) master open until it reads again.
			if err := s.cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			if code := s.exitCode(); code != 130 {
				t.Fatalf("exit code after %v = %d, want 130; output:\n%s", sig, code, s.output())
			}
			if !strings.Contains(s.output(), msg.In(msg.English, msg.Interrupted)) {
				t.Errorf("the stop was not explained; output:\n%s", s.output())
			}
			raw, err := os.ReadFile(state.Path(filepath.Join(home, ".config", "paystack-setup"), "default"))
			if err != nil {
				t.Fatalf("no state after %v: %v", sig, err)
			}
			if !strings.Contains(string(raw), `"GH"`) || !strings.Contains(string(raw), `"welcome"`) {
				t.Errorf("the first answer was not kept:\n%s", raw)
			}
		})
	}
}
