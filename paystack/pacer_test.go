package paystack

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"
)

var pacerEpoch = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

// Whatever the arrivals, the slots handed out never exceed burst + rate·t in
// any window, which is what keeps a server-side token bucket of at least that
// size and rate from ever answering 429.
func TestPacerNeverExceedsBurstPlusRate(t *testing.T) {
	const rate, burst = 50.0, 5
	p := newPacer(rate, burst)
	rng := rand.New(rand.NewPCG(1, 2))
	now := pacerEpoch
	var slots []time.Time
	for range 600 {
		// Clumps of simultaneous arrivals, then idle gaps that refill the bucket.
		if rng.IntN(10) == 0 {
			now = now.Add(time.Duration(rng.IntN(300)) * time.Millisecond)
		}
		slot := p.reserve(now).at
		if slot.Before(now) {
			t.Fatalf("slot %v is before the request arrived at %v", slot, now)
		}
		slots = append(slots, slot)
	}
	for i := range slots {
		for j := i; j < len(slots); j++ {
			window := slots[j].Sub(slots[i]).Seconds()
			if n := float64(j - i + 1); n > burst+rate*window+1e-6 {
				t.Fatalf("%v requests in %.4fs, allowed %v", n, window, burst+rate*window)
			}
		}
	}
}

// Pacing must not be slower than asked either: a crowd arriving at once gets
// the burst straight away and the rest exactly 1/rate apart.
func TestPacerSpacesACrowdAtTheRate(t *testing.T) {
	p := newPacer(200, 20)
	for i := range 100 {
		slot := p.reserve(pacerEpoch).at
		want := time.Duration(max(i-19, 0)) * 5 * time.Millisecond
		if got := slot.Sub(pacerEpoch); got != want {
			t.Fatalf("request %d goes at +%v, want +%v", i, got, want)
		}
	}
}

// One overshoot (several 429s for requests booked before the first came back)
// halves the pace once and holds everyone back for Retry-After; a 429 for a
// request booked after that halves it again.
func TestPacerSlowsDownOnceAfterAnOvershoot(t *testing.T) {
	p := newPacer(200, 20)
	var turns []turn
	for range 8 {
		turns = append(turns, p.reserve(pacerEpoch))
	}
	for _, booked := range turns {
		p.slowDown(pacerEpoch, time.Second, booked)
	}
	if got := p.perSecond(); got != 100 {
		t.Fatalf("after one overshoot the pace is %v/s, want 100/s", got)
	}
	if !p.stale(turns[0]) {
		t.Error("a slot booked before the slow-down is still honoured at the old pace")
	}
	after := p.reserve(pacerEpoch)
	slot := after.at
	if want := pacerEpoch.Add(time.Second); !slot.Equal(want) {
		t.Errorf("first request after the 429 goes at %v, want when Retry-After ends (%v)", slot, want)
	}
	next := p.reserve(pacerEpoch).at
	if gap := next.Sub(slot); gap != 10*time.Millisecond {
		t.Errorf("after the pause requests are %v apart, want 10ms (100/s)", gap)
	}
	p.slowDown(pacerEpoch.Add(time.Second), 0, after)
	if got := p.perSecond(); got != 50 {
		t.Errorf("a 429 at the slower pace left it at %v/s, want 50/s", got)
	}
	for range 20 {
		p.slowDown(pacerEpoch, 0, p.reserve(pacerEpoch))
	}
	if got := p.perSecond(); got != minRatePerSecond {
		t.Errorf("repeated 429s left the pace at %v/s, want the floor %v/s", got, float64(minRatePerSecond))
	}
}

// An unpaced client still honours a 429's pause.
func TestPacerOffStillPauses(t *testing.T) {
	p := newPacer(0, 0)
	if slot := p.reserve(pacerEpoch).at; !slot.Equal(pacerEpoch) {
		t.Fatalf("unpaced request waits until %v", slot)
	}
	p.slowDown(pacerEpoch, 2*time.Second, p.reserve(pacerEpoch))
	if slot := p.reserve(pacerEpoch).at; !slot.Equal(pacerEpoch.Add(2 * time.Second)) {
		t.Errorf("unpaced request after a 429 goes at %v, want after the 2s pause", slot)
	}
}

// The default pace is learned: it starts under 50 a second, doubles while
// requests queue for it and nothing refuses them (never past its ceiling),
// and does not ramp while requests come slower than the pace. A 429 holds
// every request back for Retry-After and halves the pace, which then stays
// put however long requests queue: the limit is known to be above it.
func TestPacerLearnsItsPace(t *testing.T) {
	p := newLearningPacer()
	if got := p.perSecond(); got >= 50 {
		t.Fatalf("a new client starts at %v/s, want under a cautious 50/s", got)
	}
	// Requests that never queue (one every second) leave the pace alone.
	now := pacerEpoch
	for range 30 {
		p.reserve(now)
		now = now.Add(time.Second)
	}
	if got := p.perSecond(); got != startRatePerSecond {
		t.Fatalf("requests that never waited moved the pace to %v/s", got)
	}
	// A crowd: each request is asked for when the one before it went.
	var rates []float64
	var changed []time.Time // when the request that set each pace in rates asked
	for range 2000 {
		asked := now
		now = p.reserve(asked).at
		if r := p.perSecond(); len(rates) == 0 || r != rates[len(rates)-1] {
			rates = append(rates, r)
			changed = append(changed, asked)
		}
	}
	// Each pace is held for rampEvery of queueing before it doubles: a
	// limit the pace has reached gets time to answer 429 first.
	for i := 2; i < len(changed); i++ {
		if held := changed[i].Sub(changed[i-1]); held < rampEvery {
			t.Errorf("the pace %v/s was held %v before doubling, want at least %v", rates[i-1], held, rampEvery)
		}
	}
	want := []float64{startRatePerSecond, 2 * startRatePerSecond, 4 * startRatePerSecond, 8 * startRatePerSecond, maxRampPerSecond}
	if len(rates) < 2 || rates[len(rates)-1] != maxRampPerSecond {
		t.Fatalf("under a crowd the pace went %v, want it doubled up to %v/s", rates, float64(maxRampPerSecond))
	}
	for i, r := range rates {
		if i < len(want) && r != want[i] {
			t.Fatalf("under a crowd the pace went %v, want %v", rates, want)
		}
	}
	// An overshoot: every request on the wire comes back 429, Retry-After 1s.
	var turns []turn
	for range 8 {
		turns = append(turns, p.reserve(now))
	}
	for _, booked := range turns {
		p.slowDown(now, time.Second, booked)
	}
	learned := p.perSecond()
	if learned != maxRampPerSecond/2 {
		t.Fatalf("after one overshoot the pace is %v/s, want half of %v/s", learned, float64(maxRampPerSecond))
	}
	if slot := p.reserve(now).at; slot.Before(now.Add(time.Second)) {
		t.Errorf("a request after the 429 goes at %v, before its Retry-After ends at %v", slot, now.Add(time.Second))
	}
	for range 5000 {
		now = p.reserve(now).at
	}
	if got := p.perSecond(); got != learned {
		t.Errorf("after a 429 the pace ramped to %v/s, past the %v/s it learned", got, learned)
	}
}

// crowd books n requests for p, each asked for when the one before it went
// and answered at once without a 429, as a page walk that the pace holds
// back; it returns when the last one went.
func crowd(p *pacer, now time.Time, n int) time.Time {
	for range n {
		t := p.reserve(now)
		now = t.at
		p.served(now, t)
	}
	return now
}

// What a pace learns is only what Paystack showed: the ramp passing 80,
// 160 and 320 a second for 0.4 s each teaches nothing (a limiter's bucket
// can absorb that much), and a rate answered for a second is learned, as
// is, after a 429, the halved rate, as a ceiling.
func TestPacerLearnsOnlyAPaceHeldASecond(t *testing.T) {
	p := newLearningPacer()
	now := pacerEpoch
	var learnedAt time.Time
	for p.perSecond() < maxRampPerSecond || learnedAt.IsZero() {
		now = crowd(p, now, 1)
		if _, ok := p.learned(); ok && learnedAt.IsZero() {
			learnedAt = now
		}
		if now.Sub(pacerEpoch) > time.Minute {
			t.Fatalf("after a minute of queueing the pace is %v/s and learned nothing", p.perSecond())
		}
	}
	got, _ := p.learned()
	if got.PerSecond != maxRampPerSecond || got.Limited {
		t.Fatalf("held at %v/s, the pace learned %+v, want %v/s and no ceiling", float64(maxRampPerSecond), got, float64(maxRampPerSecond))
	}
	// The ramp reaches 400 a second after four doublings; it is learned
	// one second of answers later, not before.
	reached := pacerEpoch.Add(4 * rampEvery)
	if held := learnedAt.Sub(reached); held < heldFor-rampEvery/10 || held > heldFor+rampEvery {
		t.Errorf("the pace was learned %v after the ramp reached it, want about %v", held, heldFor)
	}

	p.slowDown(now, time.Second, p.reserve(now))
	got, ok := p.learned()
	if !ok || !got.Limited || got.PerSecond != maxRampPerSecond/2 || !got.At.Equal(now) {
		t.Errorf("after a 429 the pace learned %+v %v, want the halved %v/s as a ceiling, dated %v", got, ok, float64(maxRampPerSecond/2), now)
	}
	// Held at the ceiling for long, it stays a ceiling of that date, so
	// it is forgotten on time.
	crowd(p, now, 2000)
	if again, _ := p.learned(); again != got {
		t.Errorf("holding the ceiling changed what was learned from %+v to %+v", got, again)
	}
}

// Requests that come slower than the pace (a slow link, few workers) show
// only the pace they came at, and nothing above the default start is not
// worth remembering.
func TestPacerLearnsThePaceRequestsCameAt(t *testing.T) {
	p := newLearningPacer()
	p.resume(Pace{PerSecond: maxRampPerSecond}, pacerEpoch)
	now := pacerEpoch
	for range 300 { // 100 a second for 3 s
		p.served(now, p.reserve(now))
		now = now.Add(10 * time.Millisecond)
	}
	if got, _ := p.learned(); got.PerSecond != maxRampPerSecond {
		t.Errorf("a resumed %v/s became %+v though nothing contradicted it", float64(maxRampPerSecond), got)
	}
	fresh := newLearningPacer()
	now = pacerEpoch
	for range 300 { // 20 a second: the pace never queues
		fresh.served(now, fresh.reserve(now))
		now = now.Add(50 * time.Millisecond)
	}
	if got, ok := fresh.learned(); ok {
		t.Errorf("requests at 20/s taught %+v, want nothing worth remembering", got)
	}
	slow := newLearningPacer()
	slow.rate, slow.ceiling = 100, 100 // workers that manage 60 a second against a pace of 100
	now = pacerEpoch
	for range 200 {
		slow.served(now, slow.reserve(now))
		now = now.Add(time.Second / 60)
	}
	if got, _ := slow.learned(); got.PerSecond < 55 || got.PerSecond > 61 {
		t.Errorf("requests answered at 60/s under a pace of %v/s taught %v/s, want about 60", slow.perSecond(), got.PerSecond)
	}
}

// Where a resumed pace starts, and whether it may ramp: never above
// maxRampPerSecond, never below the default start unless a 429 said so; a
// ceiling holds for forgetCeilingAfter, then the pace ramps from it; a
// pace that makes no sense is the default start; a pace set by hand is
// kept.
func TestPacerResumesWhatARunLearned(t *testing.T) {
	week := forgetCeilingAfter
	for _, tc := range []struct {
		name  string
		pace  Pace
		start float64
		ramps bool
	}{
		{"learned 400", Pace{PerSecond: 400, At: pacerEpoch}, 400, false},
		{"learned 120", Pace{PerSecond: 120, At: pacerEpoch}, 120, true},
		{"above the ramp's top", Pace{PerSecond: 5000, At: pacerEpoch}, maxRampPerSecond, false},
		{"below the start", Pace{PerSecond: 10, At: pacerEpoch}, startRatePerSecond, true},
		{"a ceiling", Pace{PerSecond: 25, Limited: true, At: pacerEpoch.Add(-week + time.Hour)}, 25, false},
		{"a ceiling above the ramp's top", Pace{PerSecond: 900, Limited: true, At: pacerEpoch}, maxRampPerSecond, false},
		{"a ceiling a week old", Pace{PerSecond: 25, Limited: true, At: pacerEpoch.Add(-week)}, 25, true},
		{"a ceiling from the future", Pace{PerSecond: 25, Limited: true, At: pacerEpoch.Add(time.Hour)}, 25, true},
		{"nothing", Pace{}, startRatePerSecond, true},
		{"negative", Pace{PerSecond: -3, Limited: true}, startRatePerSecond, true},
		{"not a number", Pace{PerSecond: math.NaN()}, startRatePerSecond, true},
		{"infinite", Pace{PerSecond: math.Inf(1)}, startRatePerSecond, true},
	} {
		p := newLearningPacer()
		p.resume(tc.pace, pacerEpoch)
		if got := p.perSecond(); got != tc.start {
			t.Errorf("%s: %+v starts at %v/s, want %v/s", tc.name, tc.pace, got, tc.start)
		}
		crowd(p, pacerEpoch, 3000)
		if ramped := p.perSecond() > tc.start; ramped != tc.ramps {
			t.Errorf("%s: from %v/s a crowd took the pace to %v/s; want ramping %v", tc.name, tc.start, p.perSecond(), tc.ramps)
		}
	}
	byHand := newPacer(20, 5)
	byHand.resume(Pace{PerSecond: 400}, pacerEpoch)
	crowd(byHand, pacerEpoch, 500)
	if got := byHand.perSecond(); got != 20 {
		t.Errorf("a pace set by hand at 20/s became %v/s", got)
	}
	if got, ok := byHand.learned(); ok {
		t.Errorf("a pace set by hand taught %+v", got)
	}
}
