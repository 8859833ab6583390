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
//
// Output is key=value lines (times in ms, memory in KiB).
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
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
	cmd := exec.Command(args[0], args[1:]...)
	config, err := os.MkdirTemp("", "keyframe-config")
	if err != nil {
		fail("%v", err)
	}
	defer os.RemoveAll(config)
	// The sandbox's public demo key, given as a merchant would: in the environment.
	cmd.Env = append(os.Environ(), "PAYSTACK_API_BASE="+base, "PAYSTACK_SECRET_KEY="+sandbox.DemoTestKey,
		"XDG_CONFIG_HOME="+config, "LANG=C", "LC_ALL=C", "TERM=xterm-256color")
	ptmx, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: uint16(rows), Cols: uint16(cols)})
	if err != nil {
		fail("could not start %s in a pty: %v", args[0], err)
	}
	defer func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		ptmx.Close()
	}()
	scr := &screen{term: vt.NewEmulator(cols, rows), notify: make(chan struct{}, 1)}
	go func() { _, _ = io.Copy(ptmx, scr.term) }() // the emulator's answers to the program's queries
	go func() {
		buf := make([]byte, 64<<10)
		for {
			k, err := ptmx.Read(buf)
			if k > 0 {
				scr.feed(buf[:k])
			}
			if err != nil {
				return
			}
		}
	}()
	send := func(s string) {
		if _, err := ptmx.Write([]byte(s)); err != nil {
			fail("typing into the pty: %v", err)
		}
	}
	wait := func(what string, ok func(string) bool) time.Time {
		at, text, found := scr.waitFor(ok, *timeout)
		if !found {
			fail("never saw %s; the screen: %q", what, lastLines(text, 4))
		}
		return at
	}

	en := msg.NewPrinter(msg.English)
	all := list.Thousands(len(keys))
	loaded := func(s string) bool {
		return strings.Contains(s, en.T(msg.ListCount, all, all)) && !strings.Contains(s, "loading")
	}
	if *kind == "wizard" {
		for _, marker := range []string{"Step 1 of", "Step 2 of", "accepted"} {
			wait(marker, has(marker))
			send("\r")
		}
		wait("Step 3 of", has("Step 3 of"))
		start := time.Now()
		send("\r") // use a subaccount I already have
		fmt.Printf("load_ms=%.1f\n", ms(wait(all+" of "+all+" shown", loaded).Sub(start)))
	} else {
		wait(all+" of "+all+" shown", loaded)
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
			send(k)
			at := wait(fmt.Sprintf("%q with %q", prompt, count), expected)
			times = append(times, ms(at.Sub(start)))
		}
	}
	slices.Sort(times)
	fmt.Printf("presses=%d\np50_ms=%.1f\np99_ms=%.1f\nmax_ms=%.1f\n", len(times),
		times[len(times)/2], times[min(len(times)-1, len(times)*99/100)], times[len(times)-1])
	if rss, err := peakRSS(cmd.Process.Pid); err == nil {
		fmt.Printf("peak_rss_kib=%d\n", rss)
	}
	send("\x03")
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
