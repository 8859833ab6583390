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
