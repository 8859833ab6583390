package paystack

import (
	"math"
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
//
// A fresh process cannot know the limit, but the next run of the same
// merchant can start from what this one learned (Client.LearnedPace,
// Client.ResumePace), as Linux's tcp_metrics starts a connection from the
// ssthresh it cached for the destination. What counts as learned: a pace
// that Paystack answered without a 429 for at least heldFor (the pace
// actually reached, if the requests came slower than it), or, after a 429,
// the halved pace as a ceiling. Passing a pace for less than heldFor proves
// little: a limiter's bucket absorbs a short overshoot (the first walk
// above ramps past 50 a second and draws no 429 from a bucket 50 deep),
// and a rerun that started there would draw 429s all the way. heldFor is
// one second because a bucket is usually as deep as one second of its
// rate (the sandbox's is): then a pace held that long without a 429 is
// less than twice the limit, and a walk at it ends, or draws one 429 and
// learns the ceiling, before it could draw more; a longer walk simply
// keeps learning. A ceiling is not kept forever (forgetCeilingAfter).
const (
	startRatePerSecond = 40
	startBurst         = 10
	rampEvery          = 400 * time.Millisecond
	maxRampPerSecond   = 400
	// minRatePerSecond stops repeated 429s from slowing the client to a crawl
	// that would look like a hang.
	minRatePerSecond = 1
	heldFor          = time.Second
	// forgetCeilingAfter is how long a ceiling a 429 taught holds a rerun
	// under it. A limit can be raised, and a 429 can be a blip (the
	// merchant's other integrations share the account's limit); after a
	// week a rerun may ramp above it again, from it, so finding out costs
	// at most one overshoot a week, and a merchant who runs the tool
	// weekly (the audit's own rhythm) retries each time.
	forgetCeilingAfter = 7 * 24 * time.Hour
)

// Pace is what a client learned about how fast Paystack takes its
// requests, for the next run to start from (Client.ResumePace).
type Pace struct {
	// PerSecond is a pace Paystack answered without a 429 for at least a
	// second, or, when Limited, half a pace a 429 refused.
	PerSecond float64
	// Limited: a 429 set PerSecond, so it is a ceiling not to ramp above
	// (until it is forgetCeilingAfter old), not a floor to start from.
	Limited bool
	// At is when it was learned.
	At time.Time
}

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

	// learning: the pace is learned (the default), not set by hand
	// (WithRateLimit), which teaches nothing.
	learning bool
	// step counts changes of rate. What a rate has shown is gathered from
	// the answers to requests booked at one step: heldN of them came back
	// without a 429, their slots from heldFrom to heldTo.
	step             int
	heldN            int
	heldFrom, heldTo time.Time
	// known is the pace learned so far, or resumed; zero when nothing is.
	known Pace
}

// turn is a request's booking: when it may go, and the era and step of the
// pace it was booked at.
type turn struct {
	at   time.Time
	era  int
	step int
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
	p.learning = true
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
	p.learning = false
	p.known = Pace{}
	p.newStep()
}

// resume starts a learning pace from what an earlier run learned: a
// ceiling still in force is kept and not ramped above; any other pace is
// a start, from which the pace ramps as usual. The start is never above
// maxRampPerSecond, nor below startRatePerSecond unless a 429 said so. A
// pace that makes no sense (not a positive number) is ignored.
func (p *pacer) resume(k Pace, now time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.learning || !(k.PerSecond > 0) || math.IsInf(k.PerSecond, 0) {
		return
	}
	floor := float64(startRatePerSecond)
	if k.Limited {
		floor = minRatePerSecond
	}
	p.rate = min(max(k.PerSecond, floor), maxRampPerSecond)
	p.ceiling = maxRampPerSecond
	// A ceiling dated in the future came from a clock set wrong; it is
	// not trusted to last either.
	age := now.Sub(k.At)
	limited := k.Limited && age >= 0 && age < forgetCeilingAfter
	if limited {
		p.ceiling = p.rate
	}
	p.known = Pace{PerSecond: p.rate, Limited: limited, At: k.At}
	p.rampFrom = time.Time{}
	p.newStep()
}

// newStep starts gathering what a new rate shows.
func (p *pacer) newStep() {
	p.step++
	p.heldN = 0
}

// reserve books the next slot at or after now.
func (p *pacer) reserve(now time.Time) turn {
	p.mu.Lock()
	defer p.mu.Unlock()
	start := now
	if p.pausedUntil.After(start) {
		start = p.pausedUntil
	}
	if p.rate <= 0 {
		return turn{at: start, era: p.era, step: p.step}
	}
	if p.last.IsZero() {
		p.last = start
	}
	if elapsed := start.Sub(p.last); elapsed > 0 {
		p.tokens = min(p.burst, p.tokens+elapsed.Seconds()*p.rate)
		p.last = start
	}
	p.tokens--
	t := turn{at: start, era: p.era, step: p.step}
	if p.tokens < 0 {
		t.at = start.Add(time.Duration(-p.tokens / p.rate * float64(time.Second)))
		p.ramp(start)
	}
	return t
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
		p.newStep()
	}
}

// stale reports whether a slot booked in t was cancelled by a slow-down
// since, so its request must book again rather than go at the old pace.
func (p *pacer) stale(t turn) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return t.era != p.era
}

// served records that Paystack answered the request booked in t without a
// 429. Once the answers at one rate span heldFor, the pace they came at
// (the rate, or slower if the requests came slower) is known to be safe,
// unless a 429 already set a ceiling, which is not ramped above.
func (p *pacer) served(now time.Time, t turn) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.learning || t.step != p.step || p.rate <= 0 || p.known.Limited {
		return
	}
	if p.heldN == 0 || t.at.Before(p.heldFrom) {
		p.heldFrom = t.at
	}
	if p.heldN == 0 || t.at.After(p.heldTo) {
		p.heldTo = t.at
	}
	p.heldN++
	span := p.heldTo.Sub(p.heldFrom)
	if span < heldFor {
		return
	}
	if shown := min(p.rate, float64(p.heldN-1)/span.Seconds()); shown > p.known.PerSecond {
		p.known = Pace{PerSecond: shown, At: now}
	}
}

// slowDown reacts to a 429 on a request booked in t: every request waits
// until now+wait, and the first 429 of an overshoot halves the rate for
// good and leaves one token, so the retry goes as soon as Retry-After
// allows and the rest follow at the new pace rather than in a burst.
func (p *pacer) slowDown(now time.Time, wait time.Duration, t turn) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if until := now.Add(wait); until.After(p.pausedUntil) {
		p.pausedUntil = until
	}
	if t.era != p.era {
		return
	}
	p.era++
	if p.rate > 0 {
		p.rate = max(p.rate/2, minRatePerSecond)
		p.ceiling = p.rate // learned: no ramping back into the limit
		if p.learning {
			p.known = Pace{PerSecond: p.rate, Limited: true, At: now}
		}
	}
	p.tokens = 1
	p.last = p.pausedUntil
	p.rampFrom = time.Time{}
	p.newStep()
}

// learned is the pace worth starting the next run from: a ceiling, or a
// pace above the default start; false when there is none.
func (p *pacer) learned() (Pace, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	k := p.known
	if !p.learning || !(k.PerSecond > 0) || !k.Limited && k.PerSecond <= startRatePerSecond {
		return Pace{}, false
	}
	return k, true
}

// perSecond is the current pace (for tests and diagnostics).
func (p *pacer) perSecond() float64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.rate
}
