// Package monkey drives the whole screen wizard as `paystack-setup wizard`
// assembles it (cli.NewScreenWizard: the profile opened, ui.Wizard on the
// real flows, the program's options, what is printed after the screen and
// the exit code) against the in-process sandbox with faults, a memory
// keyring and a temp dir, with long seeded random sequences of keys, typed
// and pasted text, resizes, network and keyring faults and signals, and
// after every action asserts what must always hold:
//
//   - no panic (the shell turns one into the internal-error ending, which
//     is a failure here too), no hang, no quitting by itself;
//   - no secret key shown whole, nor 12 characters of the secret part of a
//     key the run holds, in any frame, on the rested screen, in the files
//     the wizard writes or in what the command prints after the screen
//     (see world.leakIn);
//   - the state file, when there is one, loads as it is;
//   - esc on a screen that waits does something, and ends the wait where
//     the help bar offers esc to cancel it (see escEndsWait);
//   - ctrl+c and SIGTERM end the run with exit code 130 (a setup walked to
//     its end, with 0).
//
// A failure prints its seed and the shortest sequence of actions found that
// still fails the same way. See DEVELOPERS.md for the knobs (MONKEY_SEED,
// MONKEY_STEPS, MONKEY_SHRINK, MONKEY_TRACE).
package monkey

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"paystack-setup/cli"
	"paystack-setup/msg"
	"paystack-setup/ui"
)

// trace logs every action and where it left the wizard (MONKEY_TRACE=1, or
// =screens for the screen too), to follow a seed by hand.
var trace = os.Getenv("MONKEY_TRACE") != ""

// The seeds every run plays, plus one from the clock, which is printed.
var fixedSeeds = []uint64{1, 2, 3}

// defaultSteps per seed keeps the whole test to a few seconds.
const defaultSteps = 500

func TestMonkey(t *testing.T) {
	seeds, steps, shrinkFor := settings(t)
	defer msg.SetLang(msg.Current())
	for _, seed := range seeds {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			cfg := newConfig(seed)
			msg.SetLang(cfg.lang)
			run := play(t, cfg, nil, steps)
			t.Logf("seed %d: %d actions, %d sessions, screens reached %v", seed, len(run.actions), run.sessions, run.reached)
			if run.fail == nil {
				return
			}
			short, shortFail := shrink(t, cfg, run.actions, run.fail, shrinkFor)
			t.Error(report(cfg, run, short, shortFail, steps))
		})
	}
}

// TestMonkeyReplaysAlike: shrinking and the printed rerun line rely on a
// seed playing the same way every time, however loaded the machine; a
// command result, a key or a session end landing at another moment would
// show here as two different traces.
func TestMonkeyReplaysAlike(t *testing.T) {
	defer msg.SetLang(msg.Current())
	cfg := newConfig(2)
	msg.SetLang(cfg.lang)
	first, second := play(t, cfg, nil, 200), play(t, cfg, nil, 200)
	for i := range min(len(first.trace), len(second.trace)) {
		if first.trace[i] != second.trace[i] || first.actions[i].String() != second.actions[i].String() {
			t.Fatalf("the two plays of seed 2 part at action %d (%s): %q, then %q", i+1, first.actions[i], first.trace[i], second.trace[i])
		}
	}
	if len(first.actions) != len(second.actions) || (first.fail == nil) != (second.fail == nil) {
		t.Fatalf("one play of seed 2 ran %d actions (failure %v), the other %d (failure %v)", len(first.actions), first.fail, len(second.actions), second.fail)
	}
}

// settings reads MONKEY_SEED (one seed or a comma-separated list, instead
// of the usual ones), MONKEY_STEPS (actions per seed) and MONKEY_SHRINK (how
// long shrinking a failure may take).
func settings(t *testing.T) (seeds []uint64, steps int, shrinkFor time.Duration) {
	steps, shrinkFor = defaultSteps, 2*time.Minute
	if v := os.Getenv("MONKEY_STEPS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			t.Fatalf("MONKEY_STEPS=%q: want a positive number of actions per seed", v)
		}
		steps = n
	}
	if v := os.Getenv("MONKEY_SHRINK"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			t.Fatalf("MONKEY_SHRINK=%q: want a duration such as 5m", v)
		}
		shrinkFor = d
	}
	if v := os.Getenv("MONKEY_SEED"); v != "" {
		for _, f := range strings.Split(v, ",") {
			n, err := strconv.ParseUint(strings.TrimSpace(f), 10, 64)
			if err != nil {
				t.Fatalf("MONKEY_SEED=%q: want seeds as numbers, comma-separated", v)
			}
			seeds = append(seeds, n)
		}
		return seeds, steps, shrinkFor
	}
	clock := uint64(time.Now().UnixNano())
	t.Logf("this run's extra seed: %d (rerun it with MONKEY_SEED=%d)", clock, clock)
	return append(slices.Clone(fixedSeeds), clock), steps, shrinkFor
}

// failure is a property that broke; kind names the property, and shrinking
// keeps a shorter sequence only when it breaks the same one.
type failure struct {
	kind   string // panic, hang, ended, leak, state, wait, interrupt
	detail string
	screen string
}

// outcome is one play of a seed or of a sequence.
type outcome struct {
	fail     *failure
	actions  []action // what was done, up to the failing action
	sessions int
	reached  map[string]int
	// trace is where each action left the wizard: step, wait, screen height.
	trace []string
}

// play runs script, or steps actions from cfg's generator when script is
// nil, against a new world; it stops at the first failure.
func play(t testing.TB, cfg config, script []action, steps int) outcome {
	dir, err := worldDir(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	w, err := newWorld(cfg, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer w.close()
	gen := newGenerator(cfg)
	out := outcome{reached: map[string]int{}}
	width, height := 80, 24
	var s *session
	fail := func(f *failure) outcome {
		if s != nil {
			s.finish()
		}
		out.fail = f
		return out
	}
	if script != nil {
		steps = len(script)
	}
	var now look // where the last action left the wizard
	for i := range steps {
		if s == nil {
			var f *failure
			s, f = startSession(t, w, width, height)
			out.sessions++
			if f != nil {
				return fail(f)
			}
			now = s.look()
		}
		var a action
		if script != nil {
			a = script[i]
		} else {
			a = gen.next(now)
		}
		out.actions = append(out.actions, a)
		if a.kind == kindResize {
			width, height = a.width, a.height
		}
		before := now
		if f := s.do(a); f != nil {
			return fail(f)
		}
		quit := s.sentQuit()
		if quit {
			if f := s.interrupted(); f != nil {
				return fail(f)
			}
			now = s.look()
		} else {
			var f *failure
			if now, f = s.rest(); f != nil {
				return fail(f)
			}
		}
		if a.kind == kindKey && a.keys[0] == "esc" && !tooSmall(width, height) {
			if f := escEndsWait(before, now); f != nil {
				return fail(f)
			}
		}
		out.reached[now.step]++
		out.trace = append(out.trace, fmt.Sprintf("%s busy=%v lines=%d", now.step, now.busy, strings.Count(now.screen, "\n")))
		if trace {
			t.Logf("%4d %-40s → %s busy=%v", i+1, a, now.step, now.busy)
			if os.Getenv("MONKEY_TRACE") == "screens" {
				t.Logf("\n%s", now.screen)
			}
		}
		if s.hasEnded() || quit {
			if !quit {
				if f := s.endedEarly(); f != nil {
					return fail(f)
				}
			}
			if f := s.finish(); f != nil {
				return fail(f)
			}
			if f := w.checkFiles(); f != nil {
				return fail(f)
			}
			s = nil
		}
	}
	if s != nil {
		if f := s.finish(); f != nil {
			return fail(f)
		}
	}
	return out
}

func (s *session) sentQuit() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.quitSent
}

// worldDir is a new temp dir whose name has the same length in every play:
// paths are drawn (the summary shows the state file), and a path one
// character longer wraps a line differently in a replay.
func worldDir(cfg config) (string, error) {
	r := rand.New(rand.NewPCG(cfg.seed, uint64(time.Now().UnixNano())))
	for {
		dir := filepath.Join(os.TempDir(), fmt.Sprintf("paystack-setup-monkey-%016x", r.Uint64()))
		err := os.Mkdir(dir, 0o700)
		if !errors.Is(err, fs.ErrExist) {
			return dir, err
		}
	}
}

// look is the wizard at rest: the step, whether it waits, the screen.
type look struct {
	step   string
	busy   bool
	screen string
}

func (s *session) look() look {
	now, _ := s.rest()
	return now
}

// escEndsWait: on a step that waits on the network or the keyring, esc does
// something the merchant sees, and where the help bar offers esc to cancel
// the wait, the wait is over after it. (Busy also counts lookups that run
// behind a screen the merchant can go on using, such as the account name
// while the rest of the form is typed; there esc keeps its usual meaning.)
func escEndsWait(before, after look) *failure {
	if !before.busy || before.step != after.step || !after.busy {
		return nil
	}
	if after.screen == before.screen {
		return &failure{kind: "wait", detail: fmt.Sprintf("esc did nothing while the %q step waited", before.step), screen: after.screen}
	}
	if offersCancel(before.screen) && offersCancel(after.screen) {
		return &failure{kind: "wait", detail: fmt.Sprintf("esc, offered to cancel the wait on the %q step, did not end it", before.step), screen: after.screen}
	}
	return nil
}

// tooSmall: the shell shows only the advice to enlarge the window and, on
// purpose, acts on no key but ctrl+c, so esc cannot reach a wait either.
func tooSmall(width, height int) bool { return width < ui.MinWidth || height < ui.MinHeight }

// offersCancel: the help bar says esc cancels (or stops waiting).
func offersCancel(screen string) bool {
	for _, id := range []msg.ID{msg.WizKeyCancel, msg.SubAcctKeyCancel} {
		if strings.Contains(screen, "esc "+msg.T(id)) {
			return true
		}
	}
	return false
}

// interrupted: after ctrl+c or SIGTERM the program ends, with no error,
// and the command exits 130.
func (s *session) interrupted() *failure {
	select {
	case <-s.ended:
	case <-time.After(settleLimit):
		return &failure{kind: "interrupt", detail: "the wizard was still running " + settleLimit.String() + " after ctrl+c"}
	}
	if f := s.check(); f != nil {
		return f
	}
	if f := s.finish(); f != nil {
		return f
	}
	if s.code != cli.ExitInterrupted {
		return &failure{kind: "interrupt", detail: fmt.Sprintf("after ctrl+c the command exited %d, not %d", s.code, cli.ExitInterrupted), screen: s.w.printed()}
	}
	return nil
}

// shrink looks for a shorter sequence that fails the same way: it drops
// ever smaller chunks (delta debugging) and keeps a drop that still fails,
// then shortens long texts, until nothing more can go or time is up.
func shrink(t testing.TB, cfg config, actions []action, f *failure, budget time.Duration) ([]action, *failure) {
	deadline := time.Now().Add(budget)
	last := f
	fails := func(cand []action) ([]action, bool) {
		o := play(t, cfg, cand, 0)
		if o.fail == nil || o.fail.kind != f.kind {
			return nil, false
		}
		last = o.fail
		return o.actions, true // it may fail earlier: keep only what ran
	}
	if shorter, ok := fails(actions); ok {
		actions = shorter
	} else {
		t.Logf("the failure did not come back on a replay; the sequence is printed whole")
		return actions, f
	}
	// Chunks of halving sizes, each size in one sweep from the end (so that
	// a drop does not move what is still to be tried); sweeps at size 1
	// repeat until nothing more can go.
	for size := max(len(actions)/2, 1); time.Now().Before(deadline); {
		dropped := false
		for start := len(actions) - size; start > -size && time.Now().Before(deadline); start -= size {
			from, to := max(start, 0), min(start+size, len(actions))
			if from >= to {
				continue // an earlier drop failed sooner and cut the end
			}
			cand := append(slices.Clip(actions[:from]), actions[to:]...)
			if shorter, ok := fails(cand); ok {
				actions, dropped = shorter, true
			}
		}
		if size == 1 && !dropped {
			break
		}
		size = max(size/2, 1)
	}
	for i := 0; i < len(actions) && time.Now().Before(deadline); i++ {
		for r := []rune(actions[i].text); len(r) > 1 && time.Now().Before(deadline); {
			cand := slices.Clone(actions)
			cand[i].text = string(r[:len(r)/2])
			if _, ok := fails(cand); !ok {
				break
			}
			actions, r = cand, r[:len(r)/2]
		}
	}
	// The failure as the shortest sequence shows it.
	fails(actions)
	return actions, last
}

func report(cfg config, run outcome, short []action, shortFail *failure, steps int) string {
	var b strings.Builder
	mode := "real"
	if cfg.demo {
		mode = "demo"
	}
	fmt.Fprintf(&b, "monkey seed %d (%s, %s mode, no colour %v): %s: %s\n", cfg.seed, cfg.lang, mode, cfg.noColor, run.fail.kind, run.fail.detail)
	fmt.Fprintf(&b, "after %d actions; the shortest sequence found that fails the same way (%d actions):\n", len(run.actions), len(short))
	for i, a := range short {
		fmt.Fprintf(&b, "  %3d. %s\n", i+1, a)
	}
	fmt.Fprintf(&b, "which ends in: %s\n", shortFail.detail)
	if shortFail.screen != "" {
		fmt.Fprintf(&b, "the screen:\n%s\n", shortFail.screen)
	}
	fmt.Fprintf(&b, "rerun: MONKEY_SEED=%d MONKEY_STEPS=%d go test ./e2e/monkey/ -run 'TestMonkey$' -v", cfg.seed, steps)
	return b.String()
}
