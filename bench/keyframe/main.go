//go:build linux

// Command keyframe measures the subaccount picker the way a merchant meets
// it, at a pty read by a terminal emulator (charmbracelet/x/vt): a sandbox
// on loopback holds the subaccounts (its memory is not the program's), the
// program is driven to its list, and each figure is read off the emulated
// screen.
//
//	keyframe -kind wizard -subaccounts 50000 -- ./paystack-setup
//	keyframe -kind table  -subaccounts 50000 -- ./bubblestable -fps 120   # gets -base
//
// For the wizard it passes the three screens before the picker with enter
// and times enter on "Use a subaccount I already have" until the screen says
// "N of N shown" with nothing loading (load_ms). Then, for both kinds, it
// types and erases words in the filter, one key at a time, and times each
// press until the screen shows that filter and the count of rows it must
// leave (reckoned here from the same subaccounts, bench/internal/subrows):
// a frame that is late, partial or wrong is not the answer. Last, with the
// list loaded and filtered, the program's peak resident memory (VmHWM).
// With -rerun the wizard then quits, waited for, and runs again on the same
// profile, which resumes at the picker and starts from the pace the first
// run kept (learned_per_second): its list is timed too (rerun_load_ms).
//
// Output is key=value lines (times in ms, memory in KiB).
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/charmbracelet/x/vt"
	"github.com/creack/pty"

	"paystack-setup/bench/internal/subrows"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/ui/list"
)

// screen is the emulated terminal and when its content last changed.
type screen struct {
	mu      sync.Mutex
	term    *vt.Emulator
	changed time.Time
	notify  chan struct{}
}

func (s *screen) feed(b []byte) {
	s.mu.Lock()
	s.term.Write(b)
	s.changed = time.Now()
	s.mu.Unlock()
	select {
	case s.notify <- struct{}{}:
	default:
	}
}

// waitFor returns when the output that first made ok true arrived.
func (s *screen) waitFor(ok func(string) bool, timeout time.Duration) (time.Time, string, bool) {
	deadline := time.After(timeout)
	for {
		s.mu.Lock()
		text, at := s.term.String(), s.changed
		s.mu.Unlock()
		if ok(text) {
			return at, text, true
		}
		select {
		case <-s.notify:
		case <-deadline:
			return time.Time{}, text, false
		}
	}
}

func has(text string) func(string) bool {
	return func(s string) bool { return strings.Contains(s, text) }
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "keyframe: "+format+"\n", args...)
	os.Exit(1)
}

func main() {
	kind := flag.String("kind", "wizard", "wizard (drive paystack-setup to its picker) or table (bench/bubblestable)")
	n := flag.Int("subaccounts", 10000, "generated subaccounts in the sandbox")
	latency := flag.Duration("latency", 20*time.Millisecond, "latency the sandbox adds to every request")
	presses := flag.Int("presses", 200, "key presses to time")
	timeout := flag.Duration("timeout", 120*time.Second, "give up waiting for a screen after this long")
	rerun := flag.Bool("rerun", false, "wizard: after the key presses, quit and run the program again on the same profile, and time its list too (rerun_load_ms)")
	cols, rows := 120, 40
	flag.Parse()
	if flag.NArg() == 0 {
		fail("give the program after --")
	}

	srv := sandbox.New(sandbox.Options{Subaccounts: *n})
	base, stop, err := srv.Listen("127.0.0.1:0")
	if err != nil {
		fail("could not serve the sandbox on loopback: %v", err)
	}
	defer stop()
	key, err := paystack.ParseSecretKey(sandbox.DemoTestKey)
	if err != nil {
		fail("the sandbox demo key does not parse: %v", err)
	}
	subs, err := paystack.New(key, paystack.WithBaseURL(base), paystack.WithRateLimit(0, 0)).AllSubaccounts(context.Background(), nil)
	if err != nil {
		fail("could not list the sandbox's subaccounts: %v", err)
	}
	_, keys := subrows.Rows(subs)
	subs = nil
	srv.SetLatency(*latency)

	args := flag.Args()
	if *kind == "table" {
		args = append(args, "-base", base)
	}
	config, err := os.MkdirTemp("", "keyframe-config")
	if err != nil {
		fail("%v", err)
	}
	defer os.RemoveAll(config)
	// The sandbox's public demo key, given as a merchant would: in the environment.
	env := append(os.Environ(), "PAYSTACK_API_BASE="+base, "PAYSTACK_SECRET_KEY="+sandbox.DemoTestKey,
		"XDG_CONFIG_HOME="+config, "LANG=C", "LC_ALL=C", "TERM=xterm-256color")
	run := launch(args, env, cols, rows, *timeout)
	defer run.kill()

	en := msg.NewPrinter(msg.English)
	all := list.Thousands(len(keys))
	loaded := func(s string) bool {
		return strings.Contains(s, en.T(msg.ListCount, all, all)) && !strings.Contains(s, "loading")
	}
	if *kind == "wizard" {
		fmt.Printf("load_ms=%.1f\n", run.loadList(true, all, loaded))
	} else {
		run.wait(all+" of "+all+" shown", loaded)
	}
	fmt.Printf("items=%d\n", len(keys))

	// Words that narrow the list a letter at a time, each erased again.
	words := []string{"ade", "okaf", "bank", "ngoz", "yus", "zenith"}
	filter := ""
	countLine := regexp.MustCompile(`[0-9,]+ of [0-9,]+ shown`)
	var times []float64
	rng := rand.New(rand.NewPCG(1, 2))
	for w := 0; len(times) < *presses; w++ {
		word := words[w%len(words)]
		var seq []string
		for _, r := range word {
			seq = append(seq, string(r))
		}
		for range word {
			seq = append(seq, "\x7f")
		}
		for _, k := range seq {
			if k == "\x7f" {
				filter = filter[:len(filter)-1]
			} else {
				filter += k
			}
			prompt := strings.TrimSpace(en.T(msg.ListFilterPrompt, filter))
			count := en.T(msg.ListCount, list.Thousands(subrows.Count(keys, filter)), all)
			expected := func(s string) bool {
				return slices.ContainsFunc(strings.Split(s, "\n"), func(l string) bool { return strings.TrimSpace(l) == prompt }) &&
					countLine.FindString(s) == count
			}
			// At a random point of the frame cycle, as a person would press.
			time.Sleep(time.Duration(rng.IntN(10_000)) * time.Microsecond)
			start := time.Now()
			run.send(k)
			at := run.wait(fmt.Sprintf("%q with %q", prompt, count), expected)
			times = append(times, ms(at.Sub(start)))
		}
	}
	slices.Sort(times)
	fmt.Printf("presses=%d\np50_ms=%.1f\np99_ms=%.1f\nmax_ms=%.1f\n", len(times),
		times[len(times)/2], times[min(len(times)-1, len(times)*99/100)], times[len(times)-1])
	if rss, err := peakRSS(run.cmd.Process.Pid); err == nil {
		fmt.Printf("peak_rss_kib=%d\n", rss)
	}
	if *kind != "wizard" || !*rerun {
		run.send("\x03")
		return
	}
	// The same profile run again: the first run must end on its own, so
	// that it keeps what it learned (the pace) as a merchant's would.
	run.quit()
	printLearnedPace(config)
	again := launch(args, env, cols, rows, *timeout)
	defer again.kill()
	fmt.Printf("rerun_load_ms=%.1f\n", again.loadList(false, all, loaded))
	again.quit()
}

// run is the program running in a pty read by a terminal emulator.
type run struct {
	cmd     *exec.Cmd
	ptmx    *os.File
	scr     *screen
	timeout time.Duration
}

func launch(args, env []string, cols, rows int, timeout time.Duration) *run {
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Env = env
	ptmx, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: uint16(rows), Cols: uint16(cols)})
	if err != nil {
		fail("could not start %s in a pty: %v", args[0], err)
	}
	r := &run{cmd: cmd, ptmx: ptmx, timeout: timeout,
		scr: &screen{term: vt.NewEmulator(cols, rows), notify: make(chan struct{}, 1)}}
	go func() { _, _ = io.Copy(ptmx, r.scr.term) }() // the emulator's answers to the program's queries
	go func() {
		buf := make([]byte, 64<<10)
		for {
			k, err := ptmx.Read(buf)
			if k > 0 {
				r.scr.feed(buf[:k])
			}
			if err != nil {
				return
			}
		}
	}()
	return r
}

func (r *run) send(s string) {
	if _, err := r.ptmx.Write([]byte(s)); err != nil {
		fail("typing into the pty: %v", err)
	}
}

func (r *run) wait(what string, ok func(string) bool) time.Time {
	at, text, found := r.scr.waitFor(ok, r.timeout)
	if !found {
		fail("never saw %s; the screen: %q", what, lastLines(text, 4))
	}
	return at
}

// loadList drives the wizard to its subaccount step and times enter on
// "Use a subaccount I already have" until every subaccount is shown, in
// ms. A first run passes the welcome, the key (from the environment) and
// its check; a rerun of the profile resumes at the subaccount step.
func (r *run) loadList(first bool, all string, loaded func(string) bool) float64 {
	if first {
		for _, marker := range []string{"Step 1 of", "Step 2 of", "accepted"} {
			r.wait(marker, has(marker))
			r.send("\r")
		}
	}
	r.wait("Step 3 of", has("Step 3 of"))
	start := time.Now()
	r.send("\r") // use a subaccount I already have
	return ms(r.wait(all+" of "+all+" shown", loaded).Sub(start))
}

// quit ends the program with ctrl+c and waits for it to exit.
func (r *run) quit() {
	r.send("\x03")
	done := make(chan error, 1)
	go func() { done <- r.cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(r.timeout):
		fail("the program did not exit after ctrl+c")
	}
	r.ptmx.Close()
	r.cmd = nil
}

func (r *run) kill() {
	if r.cmd == nil {
		return
	}
	_ = r.cmd.Process.Kill()
	_ = r.cmd.Wait()
	r.ptmx.Close()
}

// printLearnedPace says what pace the first run kept for the rerun (none
// when it learned nothing above the default start).
func printLearnedPace(config string) {
	found, _ := filepath.Glob(filepath.Join(config, "*", "profiles", "*", "pace.json"))
	var p struct {
		PerSecond float64 `json:"per_second"`
		Limited   bool    `json:"limited"`
	}
	if len(found) == 1 {
		if data, err := os.ReadFile(found[0]); err == nil && json.Unmarshal(data, &p) == nil {
			fmt.Printf("learned_per_second=%.0f\nlearned_limited=%v\n", p.PerSecond, p.Limited)
			return
		}
	}
	fmt.Printf("learned_per_second=none\n")
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func peakRSS(pid int) (int, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			var kib int
			_, err := fmt.Sscan(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), &kib)
			return kib, err
		}
	}
	return 0, fmt.Errorf("no VmHWM for %d", pid)
}

func lastLines(s string, n int) string {
	var keep []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			keep = append(keep, strings.TrimSpace(l))
		}
	}
	return strings.Join(keep[max(len(keep)-n, 0):], " | ")
}
