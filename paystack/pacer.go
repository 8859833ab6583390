package paystack

import (
	"sync"
	"time"
)

// Paystack publishes no request rate limit; it only answers 429, sometimes
// with Retry-After. So the pace is learned, as TCP learns a link: it starts
// at startRatePerSecond, under the 50 a second that is a cautious guess at
// an account API's limit, and doubles every rampEvery while requests queue
// for it and no 429 has come (up to maxRampPerSecond); the first 429 of an
// overshoot holds every request back for its Retry-After and halves the
// pace, which then stays there: the limit is known to be above it. Against
// a limiter of 50 a second with a bucket as deep (the sandbox's), the 101
// pages of 10,000 subaccounts load in about 1.15 s without a 429; a walk of
// 500 pages reaches 400 a second within 1.6 s where nothing limits it.
// rampEvery trades the two: at 500 ms 10,000 and 50,000 subaccounts took
// 1.29 s and 3.0 s at 20 ms a request, at 400 ms 1.16 s and 2.85 s; 350 ms
// (1.09 s and 2.4 s) drew a 429 at 50 a second on a walk without latency
// (TestAllSubaccountsAtDefaultPaceDrawsNo429), a margin too thin to keep.
const (
	startRatePerSecond = 40
	startBurst         = 10
	rampEvery          = 400 * time.Millisecond
	maxRampPerSecond   = 400
	// minRatePerSecond stops repeated 429s from slowing the client to a crawl
	// that would look like a hang.
	minRatePerSecond = 1
)

// pacer is a token bucket shared by every request of a Client. Tokens may go
// negative: a request reserves the next free slot and waits for it, so slots
// are handed out in order and never faster than rate, after the first burst.
// Times come from the caller, so tests can drive it with a fake clock.
type pacer struct {
	mu   sync.Mutex
	rate float64 // slots per second; 0 means unpaced
	// ceiling is as fast as rate may ramp up to; rate itself once a 429
	// said where the limit is, or the pace was set by hand.
	ceiling float64
	// rampFrom is when requests first queued at this rate (zero: not yet);
	// a request that queues rampEvery later doubles it. A moment without a
	// queue (workers slowed by a busy CPU) does not start the wait over.
	rampFrom time.Time
	burst    float64
	tokens   float64
	last     time.Time // when tokens was last brought up to date
	// pausedUntil holds every request back after a 429.
	pausedUntil time.Time
	// era counts slow-downs. A 429 answering a request that was given its
	// slot before the latest slow-down is part of the overshoot that was
	// already dealt with, so it does not halve the rate again.
	era int
}

// newPacer paces at perSecond, never faster (WithRateLimit).
func newPacer(perSecond float64, burst int) *pacer {
	p := &pacer{}
	p.setRate(perSecond, burst)
	return p
}

// newLearningPacer starts at startRatePerSecond and ramps up until a 429.
func newLearningPacer() *pacer {
	p := newPacer(startRatePerSecond, startBurst)
	p.ceiling = maxRampPerSecond
	return p
}

func (p *pacer) setRate(perSecond float64, burst int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.rate = max(perSecond, 0)
	p.ceiling = p.rate
	p.burst = float64(max(burst, 1))
	p.tokens = p.burst
	p.last = time.Time{}
	p.rampFrom = time.Time{}
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
		p.ramp(start)
	}
	return slot, p.era
}

// ramp doubles the rate once requests have queued for it for rampEvery, up
// to the ceiling: nothing has said the limit is lower.
func (p *pacer) ramp(now time.Time) {
	if p.rate >= p.ceiling {
		return
	}
	if p.rampFrom.IsZero() {
		p.rampFrom = now
		return
	}
	if now.Sub(p.rampFrom) >= rampEvery {
		p.rate = min(p.rate*2, p.ceiling)
		p.rampFrom = now
	}
}

// stale reports whether a slot booked in era was cancelled by a slow-down
// since, so its request must book again rather than go at the old pace.
func (p *pacer) stale(era int) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return era != p.era
}

// slowDown reacts to a 429 on a request booked in era: every request waits
// until now+wait, and the first 429 of an overshoot halves the rate for
// good and leaves one token, so the retry goes as soon as Retry-After
// allows and the rest follow at the new pace rather than in a burst.
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
		p.ceiling = p.rate // learned: no ramping back into the limit
	}
	p.tokens = 1
	p.last = p.pausedUntil
	p.rampFrom = time.Time{}
}

// perSecond is the current pace (for tests and diagnostics).
func (p *pacer) perSecond() float64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.rate
}
