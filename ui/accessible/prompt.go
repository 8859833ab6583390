package accessible

import (
	"bufio"
	"context"
	"errors"
	"io"
	"strings"

	"github.com/charmbracelet/x/term"

	"paystack-setup/internal/safetext"
	"paystack-setup/internal/ttyecho"
	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/ui/render"
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
// line at a time; a hidden answer is read the same way, with echo off.
type Terminal struct {
	ctx context.Context
	in  io.Reader
	out io.Writer
	br  *bufio.Reader
	pr  render.Printer

	warnedTTY bool
}

// NewTerminal reads answers from in and writes to out until ctx is cancelled;
// its own words (a key pasted at the wrong question) are in lang ("" is
// English).
// Everything written loses its escape sequences, so that no message, Paystack
// answer or file name can move a screen reader's cursor or colour the text.
func NewTerminal(ctx context.Context, in io.Reader, out io.Writer, lang msg.Lang) *Terminal {
	return &Terminal{ctx: ctx, in: in, out: safetext.Writer(out), br: bufio.NewReader(in), pr: render.NewPrinter(lang)}
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
		a, err := t.read()
		// The key pasted at the wrong question would be quoted back by its
		// "not one of the choices" and read aloud; only AskSecret takes it.
		if err != nil || !keystore.HoldsSecretKey(a) {
			return a, err
		}
		t.Say(t.pr.T(msg.KeystorePastedOutsideKeyStep))
	}
}

// AskSecret switches echo off before the prompt is written: a paste that
// arrives the moment the prompt is read out would otherwise be echoed by the
// terminal itself before any read began. Echo comes back however the read
// ends, Ctrl+C, kill and a closed terminal included (each ends ctx).
func (t *Terminal) AskSecret(prompt string) (string, error) {
	fd, ok := t.fd()
	if !ok || !term.IsTerminal(fd) {
		if !t.warnedTTY {
			t.warnedTTY = true
			t.Say(t.pr.T(msg.AccKeyNotHidden))
		}
		t.prompt(prompt)
		return t.read()
	}
	restore, err := ttyecho.Off(fd)
	if err != nil {
		return "", io.EOF
	}
	defer restore()
	t.prompt(prompt)
	line, err := t.read()
	if err == nil {
		// The Enter that ended the hidden input was not echoed either.
		_, _ = io.WriteString(t.out, "\n")
	}
	return line, err
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

type readResult struct {
	line string
	err  error
}

// read waits for one line or for Ctrl+C, whichever comes first. The reading
// goroutine is left behind after Ctrl+C; the program is about to end.
func (t *Terminal) read() (string, error) {
	done := make(chan readResult, 1)
	go func() {
		s, err := t.readLine()
		done <- readResult{s, err}
	}()
	select {
	case r := <-done:
		return r.line, r.err
	case <-t.ctx.Done():
		_, _ = io.WriteString(t.out, "\n")
		return "", ErrInterrupted
	}
}

func (t *Terminal) readLine() (string, error) {
	s, err := t.br.ReadString('\n')
	if err != nil && (s == "" || !errors.Is(err, io.EOF)) {
		if errors.Is(err, io.EOF) {
			return "", io.EOF
		}
		return "", err
	}
	return strings.TrimRight(s, "\r\n"), nil
}
