package ui

import (
	"context"
	"sync"
	"sync/atomic"

	"paystack-setup/msg"
	"paystack-setup/steps"
)

// screenPrompter is the Prompter the flow's goroutine talks to: each call
// becomes an event for the Bubble Tea program, and a question blocks until
// the screen answers it or the flow's context ends (ctrl+c, kill).
type screenPrompter struct {
	ctx    context.Context
	events chan<- any
	picks  atomic.Int64 // numbers each Pick, so rows of an old one are dropped
}

var _ steps.Prompter = (*screenPrompter)(nil)

// Events from the flow to the screen.
type (
	beginEvent struct{ step steps.StepInfo }
	tellEvent  struct{ blocks []steps.Block }
	askEvent   struct {
		ctx   context.Context // the flow's: a form's Resolve runs under it
		q     any             // steps.Choice, steps.Input, *steps.Form, pickRequest
		reply chan<- answer
	}
	waitEvent struct {
		label  msg.Text
		cancel func() // esc: the work's context ends and Wait returns ErrCanceled
	}
	waitEndEvent struct{}
	copyEvent    struct{ text string }
	rowsEvent    struct {
		pick  int64
		load  int // which of the Pick's loads: a page of a stopped one is dropped
		rows  []steps.Row
		total int
		done  bool
		err   error
	}
	savedEvent struct{ err error }
)

type pickRequest struct {
	q      steps.Pick
	id     int64
	loader *pickLoader
}

// pickLoader runs a Pick's Load on a goroutine of its own, and again from
// the first row when the merchant asks to load again; esc stops it.
type pickLoader struct {
	p      *screenPrompter
	ctx    context.Context // the Pick's: it ends when the Pick is answered
	id     int64
	load   func(ctx context.Context, emit func(rows []steps.Row, total int)) error
	mu     sync.Mutex
	n      int
	cancel context.CancelFunc
}

// start stops the load running, if any, and starts a new one; it returns
// the new load's number, which its rows carry.
func (l *pickLoader) start() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.cancel != nil {
		l.cancel()
	}
	l.n++
	n := l.n
	ctx, cancel := context.WithCancel(l.ctx)
	l.cancel = cancel
	if l.load == nil {
		go l.p.send(ctx, rowsEvent{pick: l.id, load: n, done: true})
		return n
	}
	go func() {
		err := l.load(ctx, func(rows []steps.Row, total int) {
			l.p.send(ctx, rowsEvent{pick: l.id, load: n, rows: rows, total: total})
		})
		l.p.send(ctx, rowsEvent{pick: l.id, load: n, done: true, err: err})
	}()
	return n
}

// stop ends the running load; what it delivered stays on screen.
func (l *pickLoader) stop() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.cancel != nil {
		l.cancel()
		l.cancel = nil
	}
}

// answer is the screen's reply to a question.
type answer struct {
	n    int
	text string
	err  error
}

// send hands an event to the program; false once the flow is stopping.
func (p *screenPrompter) send(ctx context.Context, ev any) bool {
	select {
	case p.events <- ev:
		return true
	case <-ctx.Done():
		return false
	}
}

func (p *screenPrompter) ask(q any) answer {
	if p.ctx.Err() != nil {
		return answer{err: steps.ErrInterrupted}
	}
	reply := make(chan answer, 1)
	if !p.send(p.ctx, askEvent{ctx: p.ctx, q: q, reply: reply}) {
		return answer{err: steps.ErrInterrupted}
	}
	select {
	case a := <-reply:
		return a
	case <-p.ctx.Done():
		// The screen answers before it cancels (a form's values written
		// back for its draft): that answer wins.
		select {
		case a := <-reply:
			return a
		default:
			return answer{err: steps.ErrInterrupted}
		}
	}
}

func (p *screenPrompter) Begin(step steps.StepInfo) { p.send(p.ctx, beginEvent{step}) }

func (p *screenPrompter) Tell(blocks ...steps.Block) { p.send(p.ctx, tellEvent{blocks}) }

func (p *screenPrompter) Choose(q steps.Choice) (int, error) {
	a := p.ask(q)
	return a.n, a.err
}

func (p *screenPrompter) Input(q steps.Input) (string, error) {
	a := p.ask(q)
	return a.text, a.err
}

func (p *screenPrompter) Form(f *steps.Form) error { return p.ask(f).err }

func (p *screenPrompter) Pick(q steps.Pick) (int, error) {
	if p.ctx.Err() != nil {
		return 0, steps.ErrInterrupted
	}
	ctx, cancel := context.WithCancel(p.ctx)
	defer cancel()
	id := p.picks.Add(1)
	loader := &pickLoader{p: p, ctx: ctx, id: id, load: q.Load}
	reply := make(chan answer, 1)
	if !p.send(ctx, askEvent{ctx: p.ctx, q: pickRequest{q: q, id: id, loader: loader}, reply: reply}) {
		return 0, steps.ErrInterrupted
	}
	loader.start()
	select {
	case a := <-reply:
		return a.n, a.err
	case <-p.ctx.Done():
		return 0, steps.ErrInterrupted
	}
}

func (p *screenPrompter) Wait(label msg.Text, work func(ctx context.Context) error) error {
	if p.ctx.Err() != nil {
		return steps.ErrInterrupted
	}
	ctx, cancel := context.WithCancel(p.ctx)
	defer cancel()
	var canceled atomic.Bool
	p.send(p.ctx, waitEvent{label: label, cancel: func() { canceled.Store(true); cancel() }})
	err := work(ctx)
	p.send(p.ctx, waitEndEvent{})
	switch {
	case p.ctx.Err() != nil:
		return steps.ErrInterrupted
	case canceled.Load():
		return steps.ErrCanceled
	}
	return err
}

// Copy sends the text to the terminal's clipboard (OSC52).
func (p *screenPrompter) Copy(text string) bool { return p.send(p.ctx, copyEvent{text}) }

func (p *screenPrompter) CanCopy() bool { return true }

// Saved tells the screen how the wizard's save went (steps.SaveWatcher).
func (p *screenPrompter) Saved(err error) { p.send(p.ctx, savedEvent{err}) }
