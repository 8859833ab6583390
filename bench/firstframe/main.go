//go:build linux

// Command firstframe starts a terminal program in a pseudo-terminal and
// measures what a person waits for: the time from exec until a marker text
// is on screen, and the program's peak resident memory. scripts/bench uses it
// for the start-up and memory rows.
//
//	firstframe -runs 10 -marker 'Step 1 of' -- ./paystack-setup --demo
//	firstframe -runs 1 -step 'wait=Step 1 of' -step 'send=\r' -step 'wait=10,000' -- ./paystack-setup
//
// Output is key=value lines (times in ms, memory in KiB) so a shell script can
// read them; the per-run figures go to stderr for whoever wants to look.
// Linux only, like the table it feeds: it needs a pty, and its peak memory
// is Linux's rusage figure in KiB (macOS reports bytes).
//
// Steps run in order after start: wait=TEXT waits until TEXT appears in the
// screen output after the previous wait's match; send=TEXT types TEXT (Go
// escapes allowed: \r enter, \x1b esc, \x03 ctrl+c); sleep=DURATION pauses.
// Matching ignores escape sequences and whitespace, because a renderer may
// replace spaces with cursor moves. A renderer that redraws only changed cells
// may never write a later screen's text whole: drive past such screens with
// sleep= rather than wait=. Key presses are timed by bench/keyframe, which
// reads each frame through a terminal emulator.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
	"unicode"

	"github.com/charmbracelet/x/ansi"
	"github.com/creack/pty"
)

type stepList []string

func (s *stepList) String() string     { return strings.Join(*s, "; ") }
func (s *stepList) Set(v string) error { *s = append(*s, v); return nil }

type envList []string

func (e *envList) String() string     { return strings.Join(*e, " ") }
func (e *envList) Set(v string) error { *e = append(*e, v); return nil }

func main() {
	runs := flag.Int("runs", 5, "how many times to start the program; the median is reported")
	marker := flag.String("marker", "", "text whose appearance counts as the first frame (default: any visible character)")
	timeout := flag.Duration("timeout", 20*time.Second, "give up on a run after this long")
	rows := flag.Int("rows", 40, "terminal rows")
	cols := flag.Int("cols", 120, "terminal columns")
	quit := flag.String("quit", `\x03`, "what to type to end the program after the last step (Go escapes)")
	var steps stepList
	var env envList
	flag.Var(&steps, "step", "wait=TEXT | send=TEXT | sleep=DURATION, repeatable, run after the first frame")
	flag.Var(&env, "env", "KEY=VALUE added to the program's environment, repeatable")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "firstframe: give the command to run after --, e.g. firstframe -- ./paystack-setup --demo")
		os.Exit(2)
	}
	quitKeys, err := unescape(*quit)
	if err != nil {
		fmt.Fprintln(os.Stderr, "firstframe: -quit:", err)
		os.Exit(2)
	}

	var frames []float64
	var peakKiB int64
	for i := range *runs {
		r, err := runOnce(flag.Args(), env, *marker, steps, quitKeys, *timeout, uint16(*rows), uint16(*cols))
		if err != nil {
			fmt.Fprintf(os.Stderr, "firstframe: run %d: %v\n", i+1, err)
			if r.tail != "" {
				fmt.Fprintf(os.Stderr, "firstframe: last screen text: %q\n", r.tail)
			}
			fmt.Println("error=" + strconv.Quote(err.Error()))
			os.Exit(1)
		}
		frames = append(frames, ms(r.firstFrame))
		peakKiB = max(peakKiB, r.peakKiB)
		fmt.Fprintf(os.Stderr, "run %d: first frame %.1f ms, peak RSS %d KiB\n", i+1, ms(r.firstFrame), r.peakKiB)
	}
	slices.Sort(frames)
	fmt.Printf("runs=%d\n", len(frames))
	fmt.Printf("first_frame_ms_median=%.1f\n", median(frames))
	fmt.Printf("first_frame_ms_min=%.1f\n", frames[0])
	fmt.Printf("first_frame_ms_max=%.1f\n", frames[len(frames)-1])
	fmt.Printf("peak_rss_kib=%d\n", peakKiB)
}

type result struct {
	firstFrame time.Duration
	peakKiB    int64
	tail       string // recent screen text, to explain a failed wait
}

// screen collects everything the program writes, as visible text without
// whitespace, and wakes waiters when more arrives.
type screen struct {
	mu   sync.Mutex
	cond *sync.Cond
	raw  strings.Builder
	done bool
}

func newScreen() *screen {
	s := &screen{}
	s.cond = sync.NewCond(&s.mu)
	return s
}

func (s *screen) pump(r io.Reader) {
	buf := make([]byte, 64<<10)
	for {
		n, err := r.Read(buf)
		s.mu.Lock()
		s.raw.Write(buf[:n])
		if err != nil {
			s.done = true
		}
		s.cond.Broadcast()
		s.mu.Unlock()
		if err != nil {
			return
		}
	}
}

// visible is the output so far without escape sequences or whitespace.
// Stripping the whole buffer each time keeps sequences split across reads whole.
func (s *screen) visibleLocked() string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, ansi.Strip(s.raw.String()))
}

// waitFor blocks until text appears after offset in the visible output and
// returns the offset just past it. Empty text means any visible character.
func (s *screen) waitFor(text string, offset int, deadline time.Time) (int, error) {
	want := strings.Join(strings.Fields(text), "")
	defer s.wakeAt(deadline).Stop()
	s.mu.Lock()
	defer s.mu.Unlock()
	for {
		v := s.visibleLocked()
		if offset > len(v) {
			offset = len(v)
		}
		if want == "" && len(v) > offset {
			return offset + 1, nil
		}
		if want != "" {
			if i := strings.Index(v[offset:], want); i >= 0 {
				return offset + i + len(want), nil
			}
		}
		if s.done {
			return offset, fmt.Errorf("the program ended before %q appeared", text)
		}
		if time.Now().After(deadline) {
			return offset, fmt.Errorf("%q did not appear in time", text)
		}
		s.cond.Wait()
	}
}

// wakeAt wakes every waiter at deadline, so that a wait notices its time is
// up even while the program writes nothing.
func (s *screen) wakeAt(deadline time.Time) *time.Timer {
	return time.AfterFunc(time.Until(deadline), func() {
		s.mu.Lock()
		s.cond.Broadcast()
		s.mu.Unlock()
	})
}

func (s *screen) tail() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	v := ansi.Strip(s.raw.String())
	if len(v) > 300 {
		v = v[len(v)-300:]
	}
	return v
}

func runOnce(argv, env []string, marker string, steps []string, quitKeys string, timeout time.Duration, rows, cols uint16) (result, error) {
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Env = append(os.Environ(), "TERM=xterm-256color")
	cmd.Env = append(cmd.Env, env...)
	deadline := time.Now().Add(timeout)
	start := time.Now()
	tty, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: rows, Cols: cols})
	if err != nil {
		return result{}, fmt.Errorf("start %s: %w", argv[0], err)
	}
	defer tty.Close()
	scr := newScreen()
	go scr.pump(tty)

	var r result
	offset, err := scr.waitFor(marker, 0, deadline)
	r.firstFrame = time.Since(start)
	for _, st := range steps {
		if err != nil {
			break
		}
		kind, arg, _ := strings.Cut(st, "=")
		switch kind {
		case "wait":
			offset, err = scr.waitFor(arg, offset, deadline)
		case "send":
			var keys string
			if keys, err = unescape(arg); err == nil {
				_, err = io.WriteString(tty, keys)
			}
		case "sleep":
			var d time.Duration
			if d, err = time.ParseDuration(arg); err == nil {
				time.Sleep(d)
			}
		default:
			err = fmt.Errorf("unknown step %q: use wait=, send= or sleep=", st)
		}
	}
	if err != nil {
		r.tail = scr.tail()
	}
	_, _ = io.WriteString(tty, quitKeys) // best effort: the kill below ends it anyway
	exited := make(chan struct{})
	go func() {
		_ = cmd.Wait() // a non-zero exit after ctrl+c is expected
		close(exited)
	}()
	select {
	case <-exited:
	case <-time.After(3 * time.Second):
		_ = cmd.Process.Kill()
		<-exited
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.peakKiB = ru.Maxrss // KiB on Linux
	}
	return r, err
}

func unescape(s string) (string, error) {
	u, err := strconv.Unquote(`"` + strings.ReplaceAll(s, `"`, `\"`) + `"`)
	if err != nil {
		return "", errors.New("not a valid Go-escaped string: " + s)
	}
	return u, nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func median(sorted []float64) float64 {
	n := len(sorted)
	if n%2 == 1 {
		return sorted[n/2]
	}
	return (sorted[n/2-1] + sorted[n/2]) / 2
}
