package harness

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// NeedTmux skips the test when tmux is missing, unless PAYSTACK_SETUP_REQUIRE_ALL=1.
func NeedTmux(t testing.TB) {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv(EnvRequireAll) == "1" {
			t.Fatal("tmux is required (PAYSTACK_SETUP_REQUIRE_ALL=1) but not installed")
		}
		t.Skip("tmux is not installed: the real-terminal test is skipped")
	}
}

// Term is the program running in a real terminal (a tmux pane on a private
// tmux server). The pane stays after the program exits, so its last screen
// can still be captured.
type Term struct {
	t        testing.TB
	w        *World
	name     string
	socket   string
	codeFile string
	errFile  string
	rawFile  string
	// ClipboardAllowed marks a test in which the merchant asked to copy the
	// key: the clipboard write (OSC 52) in the raw output is then expected and
	// left out of the saved artifact; anything else is still scanned.
	ClipboardAllowed bool
	captures         int
}

// Width and Height of the terminal every test uses.
const (
	Width  = 100
	Height = 40
)

// StartTerm runs the binary with args in a new terminal. Secrets go in env,
// never in args, where anyone on the machine could read them.
func (w *World) StartTerm(t testing.TB, name string, env map[string]string, args ...string) *Term {
	t.Helper()
	return w.StartTermSize(t, name, Width, Height, env, args...)
}

// StartTermSize is StartTerm in a terminal of cols×rows.
func (w *World) StartTermSize(t testing.TB, name string, cols, rows int, env map[string]string, args ...string) *Term {
	t.Helper()
	NeedTmux(t)
	bin := Binary(t)
	dir, err := os.MkdirTemp(w.Root, "term-")
	if err != nil {
		t.Fatal(err)
	}
	// A Unix socket path must stay under about 100 bytes, so it gets its own short dir.
	sockDir, err := os.MkdirTemp("", "pse2e-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.RemoveAll(sockDir) })
	term := &Term{t: t, w: w, name: name, socket: filepath.Join(sockDir, "s"),
		codeFile: filepath.Join(dir, "exit-code"), errFile: filepath.Join(dir, "stderr"),
		rawFile: filepath.Join(dir, "raw-output")}
	goFile := filepath.Join(dir, "go")
	conf := filepath.Join(dir, "tmux.conf")
	if err := os.WriteFile(conf, []byte("set -g remain-on-exit on\nset -g status off\nset -g history-limit 5000\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	script := filepath.Join(dir, "run.sh")
	quoted := make([]string, len(args))
	for i, a := range args {
		quoted[i] = shellQuote(a)
	}
	// ctrl+c in a cooked terminal (the accessible mode) signals the whole
	// foreground group; the script catches it (the program still gets it, as a
	// caught signal is reset on exec) so it lives to record the exit code.
	// The program starts only once tmux records the pane's raw output.
	traps := "trap : INT\n"
	if w.ShellKeepsHangup {
		traps += "trap : HUP\n"
	}
	body := fmt.Sprintf("#!/bin/sh\n%swhile [ ! -e %s ]; do sleep 0.02; done\n%s %s 2>%s\necho $? >%s.tmp && mv %s.tmp %s\n",
		traps, shellQuote(goFile), shellQuote(bin), strings.Join(quoted, " "), shellQuote(term.errFile),
		shellQuote(term.codeFile), shellQuote(term.codeFile), shellQuote(term.codeFile))
	if err := os.WriteFile(script, []byte(body), 0o700); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("tmux", "-S", term.socket, "-f", conf, "new-session", "-d", "-s", "main",
		"-x", strconv.Itoa(cols), "-y", strconv.Itoa(rows), script)
	cmd.Env = w.Environ(env)
	cmd.Dir = w.Home
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("tmux new-session: %v\n%s", err, out)
	}
	t.Cleanup(func() {
		// The whole scrollback as the merchant could scroll it back (and
		// copy it) after the run: text split by escape sequences in the raw
		// stream is whole again here.
		if back, err := term.tmux("capture-pane", "-p", "-J", "-S", "-", "-E", "-", "-t", "main"); err == nil {
			w.Save(t, name+".scrollback", back)
		}
		_ = exec.Command("tmux", "-S", term.socket, "kill-server").Run()
		if data, err := os.ReadFile(term.errFile); err == nil {
			w.Save(t, name+".stderr", data)
		}
		if data, err := os.ReadFile(term.rawFile); err == nil {
			w.Save(t, name+".raw", term.scrubRaw(data))
		}
	})
	// Everything the program writes to the terminal, escape sequences and
	// all (window titles, hyperlinks, clipboard writes), which a screen
	// capture does not show but a terminal logger would keep.
	if _, err := term.tmux("pipe-pane", "-o", "-t", "main", "cat >>"+shellQuote(term.rawFile)); err != nil {
		t.Fatalf("tmux pipe-pane: %v", err)
	}
	if err := os.WriteFile(goFile, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	return term
}

// osc52 is a clipboard write: ESC ] 52 ; targets ; base64 (BEL or ESC \\).
var osc52 = regexp.MustCompile(`\x1b\]52;[^;\x07\x1b]*;[A-Za-z0-9+/=]*(\x07|\x1b\\)`)

func (m *Term) scrubRaw(raw []byte) []byte {
	if !m.ClipboardAllowed {
		return raw
	}
	return osc52.ReplaceAll(raw, []byte("<clipboard write>"))
}

// RawOutput is everything the program wrote to the terminal so far.
func (m *Term) RawOutput() []byte {
	data, _ := os.ReadFile(m.rawFile)
	return data
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

func (m *Term) tmux(args ...string) ([]byte, error) {
	return exec.Command("tmux", append([]string{"-S", m.socket}, args...)...).Output()
}

// Capture returns the screen as text, and saves it twice as an artifact:
// as shown (with escape sequences) and as plain text. Lines the terminal
// wrapped are joined (-J), so text split at the edge, a key included, is one
// string again for the assertions and the leak scan.
func (m *Term) Capture(label string) string {
	m.t.Helper()
	plain, err := m.tmux("capture-pane", "-p", "-J", "-t", "main")
	if err != nil {
		m.t.Fatalf("tmux capture-pane: %v", err)
	}
	escaped, _ := m.tmux("capture-pane", "-p", "-J", "-e", "-t", "main")
	m.captures++
	m.w.Save(m.t, fmt.Sprintf("%s.screen%02d-%s.txt", m.name, m.captures, label), plain)
	m.w.Save(m.t, fmt.Sprintf("%s.screen%02d-%s.ansi", m.name, m.captures, label), escaped)
	return string(plain)
}

func (m *Term) peek() string {
	plain, _ := m.tmux("capture-pane", "-p", "-J", "-t", "main")
	return string(plain)
}

// WaitFor waits until the screen shows every one of texts, then captures it.
// It fails the test with the last screen when that does not happen in time.
func (m *Term) WaitFor(label string, timeout time.Duration, texts ...string) string {
	m.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		screen := m.peek()
		all := true
		for _, s := range texts {
			if !strings.Contains(screen, s) {
				all = false
			}
		}
		if all {
			return m.Capture(label)
		}
		if time.Now().After(deadline) {
			last := m.Capture(label + "-timeout")
			m.t.Fatalf("%s: the screen did not show %q within %s; it shows:\n%s\nstderr: %s", m.name, texts, timeout, last, m.Stderr())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// WaitForAny waits until the screen shows one of texts and returns which.
func (m *Term) WaitForAny(label string, timeout time.Duration, texts ...string) (string, string) {
	m.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		screen := m.peek()
		for _, s := range texts {
			if strings.Contains(screen, s) {
				return s, m.Capture(label)
			}
		}
		if time.Now().After(deadline) {
			last := m.Capture(label + "-timeout")
			m.t.Fatalf("%s: the screen showed none of %q within %s; it shows:\n%s\nstderr: %s", m.name, texts, timeout, last, m.Stderr())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// Keys sends key names as tmux understands them ("Enter", "Escape", "C-c", "Down").
func (m *Term) Keys(keys ...string) {
	m.t.Helper()
	if _, err := m.tmux(append([]string{"send-keys", "-t", "main"}, keys...)...); err != nil {
		m.t.Fatalf("tmux send-keys %q: %v", keys, err)
	}
}

// Type sends text literally, as typed.
func (m *Term) Type(text string) {
	m.t.Helper()
	if _, err := m.tmux("send-keys", "-t", "main", "-l", text); err != nil {
		m.t.Fatalf("tmux send-keys: %v", err)
	}
}

// Paste pastes text the way a terminal pastes (bracketed paste); the text
// goes through tmux's stdin, so a key never appears in a process's arguments.
func (m *Term) Paste(text string) {
	m.t.Helper()
	load := exec.Command("tmux", "-S", m.socket, "load-buffer", "-b", "paste", "-")
	load.Stdin = strings.NewReader(text)
	if out, err := load.CombinedOutput(); err != nil {
		m.t.Fatalf("tmux load-buffer: %v\n%s", err, out)
	}
	if _, err := m.tmux("paste-buffer", "-p", "-d", "-b", "paste", "-t", "main"); err != nil {
		m.t.Fatalf("tmux paste-buffer: %v", err)
	}
}

// CloseWindow closes the terminal as a window's close button does: the
// terminal is gone and its shell gets the hang-up. The screen cannot be
// captured afterwards; wait for the end with Exited.
func (m *Term) CloseWindow() {
	m.t.Helper()
	m.Capture("before-close")
	if _, err := m.tmux("kill-session", "-t", "main"); err != nil {
		m.t.Fatalf("tmux kill-session: %v", err)
	}
}

// Exited reports whether the program has ended, and its exit code.
func (m *Term) Exited() (int, bool) {
	data, err := os.ReadFile(m.codeFile)
	if err != nil {
		return 0, false
	}
	code, err := strconv.Atoi(strings.TrimSpace(string(data)))
	if err != nil {
		return 0, false
	}
	return code, true
}

// WaitExit waits for the program to end and returns its exit code; the final
// screen is captured.
func (m *Term) WaitExit(timeout time.Duration) int {
	m.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		if code, ok := m.Exited(); ok {
			m.Capture("exit")
			return code
		}
		if time.Now().After(deadline) {
			last := m.Capture("exit-timeout")
			m.t.Fatalf("%s: the program did not exit within %s; the screen shows:\n%s", m.name, timeout, last)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// Stderr is what the program wrote to stderr so far.
func (m *Term) Stderr() string {
	data, _ := os.ReadFile(m.errFile)
	return string(bytes.TrimSpace(data))
}

var boxChars = regexp.MustCompile(`[│┃║╭╮╰╯┌┐└┘─━═╔╗╚╝▌▐█]`)
var spaces = regexp.MustCompile(`\s+`)
var hyphenBreak = regexp.MustCompile(`-[ \t]*\n[ \t]*`)

// Flat is a screen as one line: borders dropped, words the terminal broke
// after a hyphen joined again, and every run of spaces and line breaks made
// one space, so a sentence however it wrapped still matches.
func Flat(screen string) string {
	s := boxChars.ReplaceAllString(screen, " ")
	s = hyphenBreak.ReplaceAllString(s, "-")
	return strings.TrimSpace(spaces.ReplaceAllString(s, " "))
}

// WaitForSentence waits until the screen shows sentence, however it wrapped.
func (m *Term) WaitForSentence(label string, timeout time.Duration, sentence string) string {
	m.t.Helper()
	want := Flat(sentence)
	deadline := time.Now().Add(timeout)
	for {
		screen := m.peek()
		if strings.Contains(Flat(screen), want) {
			return m.Capture(label)
		}
		if time.Now().After(deadline) {
			last := m.Capture(label + "-timeout")
			m.t.Fatalf("%s: the screen did not show %q within %s; it shows:\n%s\nstderr: %s", m.name, sentence, timeout, last, m.Stderr())
		}
		time.Sleep(100 * time.Millisecond)
	}
}
