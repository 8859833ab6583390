package cli

import (
	"context"
	"errors"
	"io"
	"os"
	"os/signal"
	"sync"
	"syscall"
)

// interruptSignals stop any command as ctrl+c does (README, exit code 130):
// ctrl+c itself, `kill` or a shutdown (SIGTERM), and the terminal window
// closed (SIGHUP). Left to the system, SIGTERM and SIGHUP kill a command
// without a word (exit 143 or 129).
var interruptSignals = []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP}

// interruptContext makes the context Main hands every command; tests replace
// it to stop a command themselves.
var interruptContext = notifyInterrupt

// notifyInterrupt returns a context that ends at the first of
// interruptSignals. Only the first is caught: a second one gets the system's
// default and ends the process, so a command stuck where it cannot notice
// can still be stopped. A signal the program was started with ignored
// (nohup, a script's background job) stays ignored: `nohup paystack-setup
// audit &` must outlive the terminal it was started from.
func notifyInterrupt() (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(context.Background())
	var caught []os.Signal
	for _, s := range interruptSignals {
		if !signal.Ignored(s) {
			caught = append(caught, s)
		}
	}
	if len(caught) == 0 {
		return ctx, cancel
	}
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, caught...)
	done := make(chan struct{})
	go func() {
		select {
		case <-sig:
			signal.Stop(sig)
			cancel()
		case <-done:
		}
	}()
	var once sync.Once
	return ctx, func() {
		once.Do(func() {
			signal.Stop(sig)
			close(done)
		})
		cancel()
	}
}

// readAll is io.ReadAll of at most limit bytes that gives up when ctx ends:
// the program piping a key in may never close the pipe, and with the signals
// caught for the whole command nothing else would end the wait. The read
// left behind ends with the process.
func readAll(ctx context.Context, r io.Reader, limit int64) ([]byte, error) {
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1)
	go func() {
		b, err := io.ReadAll(io.LimitReader(r, limit))
		done <- result{b, err}
	}()
	select {
	case res := <-done:
		return res.data, res.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// endsAtHangup makes the end of the wizard's terminal input call hungUp. A
// terminal gives end-of-file only when it is gone: a window closed while the
// shell around the wizard keeps the hang-up to itself (a wrapper script that
// traps SIGHUP) sends the wizard no signal at all. Bubble Tea then just
// stops reading, and the wizard would wait forever, holding the profile.
func endsAtHangup(in io.Reader, hungUp func()) io.Reader {
	f, ok := in.(*os.File)
	if !ok {
		return in
	}
	return hangupReader{f, hungUp}
}

// hangupReader is still the *os.File Bubble Tea needs for raw mode and for
// cancelling its read.
type hangupReader struct {
	*os.File
	hungUp func()
}

func (h hangupReader) Read(p []byte) (int, error) {
	n, err := h.File.Read(p)
	if errors.Is(err, io.EOF) {
		h.hungUp()
	}
	return n, err
}
