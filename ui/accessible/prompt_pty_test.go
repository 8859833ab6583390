//go:build linux

package accessible

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
	"golang.org/x/sys/unix"

	"paystack-setup/internal/leakscan"
	"paystack-setup/msg"
)

// echoAtPrompt is the output of a Terminal on a pty: the moment the prompt is
// written it tells whether the terminal would echo a paste.
type echoAtPrompt struct {
	tty    interface{ Fd() uintptr }
	prompt string
	echo   chan bool
}

func (w *echoAtPrompt) Write(p []byte) (int, error) {
	if strings.Contains(string(p), w.prompt) {
		tio, err := unix.IoctlGetTermios(int(w.tty.Fd()), unix.TCGETS)
		w.echo <- err != nil || tio.Lflag&unix.ECHO != 0
	}
	return len(p), nil
}

// TestSecretPromptIsWrittenWithEchoAlreadyOff: the hidden key question was
// written first and echo switched off afterwards, by the read in another
// goroutine, so a paste that came at once could be echoed (the e2e tests wait
// for echo to go off before they paste, which a person does not). The
// terminal is looked at the very moment the prompt is written, so the old
// order fails every run.
func TestSecretPromptIsWrittenWithEchoAlreadyOff(t *testing.T) {
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	defer ptmx.Close()
	defer tty.Close()
	var mu sync.Mutex
	var shown strings.Builder // what the terminal itself shows: only its echo
	copied := make(chan struct{})
	go func() {
		buf := make([]byte, 256)
		for {
			n, err := ptmx.Read(buf)
			mu.Lock()
			shown.Write(buf[:n])
			mu.Unlock()
			if err != nil {
				close(copied)
				return
			}
		}
	}()
	out := &echoAtPrompt{tty: tty, prompt: "Paste your secret key:", echo: make(chan bool, 1)}
	type answer struct {
		text string
		err  error
	}
	done := make(chan answer, 1)
	go func() {
		a, err := NewTerminal(context.Background(), tty, out, msg.English).AskSecret("Paste your secret key:")
		done <- answer{a, err}
	}()

	select {
	case echo := <-out.echo:
		if echo {
			t.Error("the key question was written while the terminal still echoed what is typed")
		}
	case <-time.After(time.Minute):
		t.Fatal("the key question was never written")
	}
	key := "sk_live_" + strings.Repeat("qz", 18) + "ab12"
	if _, err := ptmx.Write([]byte(key + "\r")); err != nil {
		t.Fatal(err)
	}
	select {
	case a := <-done:
		if a.err != nil || a.text != key {
			t.Errorf("AskSecret returned %d characters (%v), want the key", len(a.text), a.err)
		}
	case <-time.After(time.Minute):
		t.Fatal("AskSecret did not return after the key and Enter")
	}
	if tio, err := unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS); err != nil || tio.Lflag&unix.ECHO == 0 {
		t.Errorf("the terminal was left without echo (%v)", err)
	}
	// With the program's side closed, the copy ends once it has everything.
	tty.Close()
	<-copied
	mu.Lock()
	defer mu.Unlock()
	if hits := leakscan.Bytes([]string{key}, "terminal", []byte(shown.String())); len(hits) > 0 {
		t.Errorf("the key was echoed on the terminal: %v", hits)
	}
}
