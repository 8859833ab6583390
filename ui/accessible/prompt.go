package accessible

import (
	"bufio"
	"context"
	"errors"
	"io"
	"strings"
	"sync"

	"github.com/charmbracelet/x/term"

	"paystack-setup/internal/safetext"
	"paystack-setup/keystore"
	"paystack-setup/msg"
)

// Prompter is the only way the runner talks to the person: whole lines out,
// whole lines in. Tests replace it with a scripted one.
type Prompter interface {
	// Say prints each text on its own line(s).
	Say(texts ...string)
	// Ask prints prompt and returns the typed line without its line ending.
	Ask(prompt string) (string, error)
	// AskSecret is Ask without echo; the answer is never printed.
	AskSecret(prompt string) (string, error)
}

// Errors a Prompter returns besides read errors.
var (
	// ErrInterrupted: Ctrl+C (the context was cancelled) while waiting for an answer.
	ErrInterrupted = errors.New("accessible: interrupted")
)

// Terminal is the Prompter on real streams. It writes plain text only (every
// escape sequence is stripped, whatever a message contains) and reads one
// line at a time, so that a hidden key read straight from the terminal never
// competes with buffered input.
type Terminal struct {
	ctx context.Context
	in  io.Reader
	out io.Writer
	br  *bufio.Reader

	mu        sync.Mutex
	saved     *term.State // terminal settings to put back if Ctrl+C comes during a hidden read
	warnedTTY bool
}

// NewTerminal reads answers from in and writes to out until ctx is cancelled.
// Everything written loses its escape sequences, so that no message, Paystack
// answer or file name can move a screen reader's cursor or colour the text.
func NewTerminal(ctx context.Context, in io.Reader, out io.Writer) *Terminal {
	return &Terminal{ctx: ctx, in: in, out: safetext.Writer(out), br: bufio.NewReader(in)}
}

func (t *Terminal) Say(texts ...string) {
	for _, s := range texts {
		// A problem quotes what it was given (a line of a plans file), which
		// may be a key.
		_, _ = io.WriteString(t.out, keystore.MaskSecretKeys(s)+"\n")
	}
}

func (t *Terminal) Ask(prompt string) (string, error) {
	for {
		t.prompt(prompt)
		a, err := t.read(false)
		// The key pasted at the wrong question would be quoted back by its
		// "not one of the choices" and read aloud; only AskSecret takes it.
		if err != nil || !keystore.HoldsSecretKey(a) {
			return a, err
		}
		t.Say(msg.T(msg.KeystorePastedOutsideKeyStep))
	}
}

func (t *Terminal) AskSecret(prompt string) (string, error) {
	if !t.inputIsTerminal() && !t.warnedTTY {
		t.warnedTTY = true
		t.Say(msg.T(msg.AccKeyNotHidden))
	}
	t.prompt(prompt)
	return t.read(true)
}

func (t *Terminal) prompt(p string) {
	if p == "" {
		return
	}
	if !strings.HasSuffix(p, " ") && !strings.HasSuffix(p, "\n") {
		p += " "
	}
	_, _ = io.WriteString(t.out, p)
}

func (t *Terminal) fd() (uintptr, bool) {
	f, ok := t.in.(interface{ Fd() uintptr })
	if !ok {
		return 0, false
	}
	return f.Fd(), true
}

func (t *Terminal) inputIsTerminal() bool {
	fd, ok := t.fd()
	return ok && term.IsTerminal(fd)
}

type readResult struct {
	line string
	err  error
}

// read waits for one line or for Ctrl+C, whichever comes first. The reading
// goroutine is left behind after Ctrl+C; the program is about to end.
func (t *Terminal) read(secret bool) (string, error) {
	done := make(chan readResult, 1)
	go func() {
		s, err := t.readLine(secret)
		done <- readResult{s, err}
	}()
	select {
	case r := <-done:
		return r.line, r.err
	case <-t.ctx.Done():
		t.restore()
		_, _ = io.WriteString(t.out, "\n")
		return "", ErrInterrupted
	}
}

func (t *Terminal) readLine(secret bool) (string, error) {
	if fd, ok := t.fd(); ok && secret && t.br.Buffered() == 0 && term.IsTerminal(fd) {
		if st, err := term.GetState(fd); err == nil {
			t.mu.Lock()
			t.saved = st
			t.mu.Unlock()
		}
		b, err := term.ReadPassword(fd)
		t.mu.Lock()
		t.saved = nil
		t.mu.Unlock()
		// The Enter that ended the hidden input was not echoed either.
		_, _ = io.WriteString(t.out, "\n")
		if err != nil {
			return "", io.EOF
		}
		return string(b), nil
	}
	s, err := t.br.ReadString('\n')
	if err != nil && (s == "" || !errors.Is(err, io.EOF)) {
		if errors.Is(err, io.EOF) {
			return "", io.EOF
		}
		return "", err
	}
	return strings.TrimRight(s, "\r\n"), nil
}

// restore turns echo back on when Ctrl+C interrupts a hidden read, or the
// shell the person returns to would stay silent.
func (t *Terminal) restore() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.saved == nil {
		return
	}
	if fd, ok := t.fd(); ok {
		_ = term.Restore(fd, t.saved)
	}
	t.saved = nil
}
