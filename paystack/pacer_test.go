package paystack

import (
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
		slot, _ := p.reserve(now)
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
		slot, _ := p.reserve(pacerEpoch)
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
	var eras []int
	for range 8 {
		_, era := p.reserve(pacerEpoch)
		eras = append(eras, era)
	}
	for _, era := range eras {
		p.slowDown(pacerEpoch, time.Second, era)
	}
	if got := p.perSecond(); got != 100 {
		t.Fatalf("after one overshoot the pace is %v/s, want 100/s", got)
	}
	if !p.stale(eras[0]) {
		t.Error("a slot booked before the slow-down is still honoured at the old pace")
	}
	slot, era := p.reserve(pacerEpoch)
	if want := pacerEpoch.Add(time.Second); !slot.Equal(want) {
		t.Errorf("first request after the 429 goes at %v, want when Retry-After ends (%v)", slot, want)
	}
	next, _ := p.reserve(pacerEpoch)
	if gap := next.Sub(slot); gap != 10*time.Millisecond {
		t.Errorf("after the pause requests are %v apart, want 10ms (100/s)", gap)
	}
	p.slowDown(pacerEpoch.Add(time.Second), 0, era)
	if got := p.perSecond(); got != 50 {
		t.Errorf("a 429 at the slower pace left it at %v/s, want 50/s", got)
	}
	for range 20 {
		_, era = p.reserve(pacerEpoch)
		p.slowDown(pacerEpoch, 0, era)
	}
	if got := p.perSecond(); got != minRatePerSecond {
		t.Errorf("repeated 429s left the pace at %v/s, want the floor %v/s", got, float64(minRatePerSecond))
	}
}

// An unpaced client still honours a 429's pause.
func TestPacerOffStillPauses(t *testing.T) {
	p := newPacer(0, 0)
	if slot, _ := p.reserve(pacerEpoch); !slot.Equal(pacerEpoch) {
		t.Fatalf("unpaced request waits until %v", slot)
	}
	_, era := p.reserve(pacerEpoch)
	p.slowDown(pacerEpoch, 2*time.Second, era)
	if slot, _ := p.reserve(pacerEpoch); !slot.Equal(pacerEpoch.Add(2 * time.Second)) {
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
		slot, _ := p.reserve(asked)
		now = slot
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
	var eras []int
	for range 8 {
		_, era := p.reserve(now)
		eras = append(eras, era)
	}
	for _, era := range eras {
		p.slowDown(now, time.Second, era)
	}
	learned := p.perSecond()
	if learned != maxRampPerSecond/2 {
		t.Fatalf("after one overshoot the pace is %v/s, want half of %v/s", learned, float64(maxRampPerSecond))
	}
	if slot, _ := p.reserve(now); slot.Before(now.Add(time.Second)) {
		t.Errorf("a request after the 429 goes at %v, before its Retry-After ends at %v", slot, now.Add(time.Second))
	}
	for range 5000 {
		slot, _ := p.reserve(now)
		now = slot
	}
	if got := p.perSecond(); got != learned {
		t.Errorf("after a 429 the pace ramped to %v/s, past the %v/s it learned", got, learned)
	}
}
