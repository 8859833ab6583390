package paystack

import (
	"sync"
	"time"
)

// Paystack publishes no request rate limit; it only answers 429, sometimes
// with Retry-After. The default pace below is a guess that a limiter allowing
// 200 requests a second per key is plausible for an account API, and it is
// the slowest pace that still loads 10,000 subaccounts (100 pages) in about
// half a second. If Paystack's real limit is lower, the first 429 pauses every
// request of the client and halves the pace, so an unknown limit costs one
// round of 429s (the requests already on the wire when the first came back),
// not one per goroutine.
const (
	defaultRatePerSecond = 200
	defaultRateBurst     = 20
	// minRatePerSecond stops repeated 429s from slowing the client to a crawl
	// that would look like a hang.
	minRatePerSecond = 1
)

// pacer is a token bucket shared by every request of a Client. Tokens may go
// negative: a request reserves the next free slot and waits for it, so slots
// are handed out in order and never faster than rate, after the first burst.
// Times come from the caller, so tests can drive it with a fake clock.
type pacer struct {
	mu     sync.Mutex
	rate   float64 // slots per second; 0 means unpaced
	burst  float64
	tokens float64
	last   time.Time // when tokens was last brought up to date
	// pausedUntil holds every request back after a 429.
	pausedUntil time.Time
	// era counts slow-downs. A 429 answering a request that was given its
	// slot before the latest slow-down is part of the overshoot that was
	// already dealt with, so it does not halve the rate again.
	era int
}

func newPacer(perSecond float64, burst int) *pacer {
	p := &pacer{}
	p.setRate(perSecond, burst)
	return p
}

func (p *pacer) setRate(perSecond float64, burst int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.rate = max(perSecond, 0)
	p.burst = float64(max(burst, 1))
	p.tokens = p.burst
	p.last = time.Time{}
}

// reserve books the next slot at or after now and returns when it is, and the
// era it was booked in (for slowDown).
func (p *pacer) reserve(now time.Time) (slot time.Time, era int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	start := now
	if p.pausedUntil.After(start) {
		start = p.pausedUntil
	}
	if p.rate <= 0 {
		return start, p.era
	}
	if p.last.IsZero() {
		p.last = start
	}
	if elapsed := start.Sub(p.last); elapsed > 0 {
		p.tokens = min(p.burst, p.tokens+elapsed.Seconds()*p.rate)
		p.last = start
	}
	p.tokens--
	slot = start
	if p.tokens < 0 {
		slot = start.Add(time.Duration(-p.tokens / p.rate * float64(time.Second)))
	}
	return slot, p.era
}

// stale reports whether a slot booked in era was cancelled by a slow-down
// since, so its request must book again rather than go at the old pace.
func (p *pacer) stale(era int) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return era != p.era
}

// slowDown reacts to a 429 on a request booked in era: every request waits
// until now+wait, and the first 429 of an overshoot halves the rate and
// leaves one token, so the retry goes as soon as Retry-After allows and the
// rest follow at the new pace rather than in a burst.
func (p *pacer) slowDown(now time.Time, wait time.Duration, era int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if until := now.Add(wait); until.After(p.pausedUntil) {
		p.pausedUntil = until
	}
	if era != p.era {
		return
	}
	p.era++
	if p.rate > 0 {
		p.rate = max(p.rate/2, minRatePerSecond)
	}
	p.tokens = 1
	p.last = p.pausedUntil
}

// perSecond is the current pace (for tests and diagnostics).
func (p *pacer) perSecond() float64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.rate
}
