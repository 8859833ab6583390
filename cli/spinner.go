package cli

import (
	"io"
	"sync"
	"time"

	bubbles "charm.land/bubbles/v2/spinner"
	"github.com/charmbracelet/x/ansi"

	"paystack-setup/internal/safetext"
	"paystack-setup/keystore"
	"paystack-setup/msg"
)

// spinner says on stderr what a command waits for, on one line it redraws
// and clears: bubbles' frames on a ticker, no Bubble Tea program. It is
// silent (every method does nothing) unless stderr is a terminal: a script
// or a log would get the redraws as garbage, and a screen reader would read
// every frame.
type spinner struct {
	w      io.Writer // nil: silent
	width  int
	frames []string
	fps    time.Duration

	mu    sync.Mutex
	p     *msg.Printer
	label string
	frame int
	drawn bool

	stop     chan struct{}
	done     chan struct{}
	stopOnce sync.Once
}

// startSpinner returns a spinner that draws when wanted, stderr is a
// terminal and the merchant did not ask for accessible mode.
func startSpinner(e *Env, p *msg.Printer, wanted bool) *spinner {
	s := &spinner{p: p}
	if !wanted || !e.ErrTTY || e.Accessible || e.errTerminal == nil {
		return s
	}
	s.w, s.width = e.errTerminal, e.ErrWidth
	if s.width <= 0 {
		s.width = helpWidth
	}
	s.frames, s.fps = bubbles.MiniDot.Frames, bubbles.MiniDot.FPS
	s.stop, s.done = make(chan struct{}), make(chan struct{})
	go s.tick()
	return s
}

func (s *spinner) tick() {
	defer close(s.done)
	t := time.NewTicker(s.fps)
	defer t.Stop()
	for {
		select {
		case <-s.stop:
			return
		case <-t.C:
			s.mu.Lock()
			if s.label != "" {
				s.frame = (s.frame + 1) % len(s.frames)
				s.draw()
			}
			s.mu.Unlock()
		}
	}
}

// Say shows what is waited for now, at once: a wait shorter than a frame is
// still said, and cleared.
func (s *spinner) Say(what msg.Text) {
	if s.w == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	// The label quotes a profile name; it is drawn past Err's cleaning.
	s.label = keystore.MaskSecretKeys(safetext.Line(s.p.Text(what)))
	s.draw()
}

// draw writes the frame and the label over the line, cut to the terminal:
// a line that wrapped could not be cleared.
func (s *spinner) draw() {
	line := ansi.Truncate(s.frames[s.frame]+" "+s.label, s.width-1, "…")
	_, _ = io.WriteString(s.w, "\r"+line+"\x1b[K")
	s.drawn = true
}

// Clear removes the line, so that what the command says next starts clean.
func (s *spinner) Clear() {
	if s.w == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.label = ""
	if s.drawn {
		_, _ = io.WriteString(s.w, "\r\x1b[K")
		s.drawn = false
	}
}

// Stop clears the line and ends the ticker; the spinner says nothing after.
func (s *spinner) Stop() {
	if s.w == nil {
		return
	}
	s.Clear()
	s.stopOnce.Do(func() {
		close(s.stop)
		<-s.done
	})
}
