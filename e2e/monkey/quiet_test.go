package monkey

import (
	"bytes"
	"runtime"
	"strings"
)

// Quiescence: the driver takes its next step only when nothing in the wizard
// can move without it, so that a step's outcome never depends on how fast a
// goroutine ran. A goroutine is either busy (running, runnable, in a
// syscall, or sleeping on a clock that will wake it) or blocked on something
// only another goroutine, the driver or a gate can release: a held request,
// a held keyring call, a held command result.
//
// Clocks that wake a goroutine by themselves are the client's back-off and
// pace (sleepCtx) and the sandbox's latency; those count as busy. The
// client's and the keyring's timeouts are set to a day (forever), so the
// timers they arm never decide anything.

// progressFrames are waits that end on their own, without the driver.
var progressFrames = []string{
	"paystack-setup/paystack.sleepCtx(",
	"paystack-setup/paystack/sandbox.(*Server).wait(",
}

// blockedStates are the goroutine states that wait on another goroutine.
var blockedStates = []string{"chan ", "select", "sync.", "semacquire"}

// quiet reports whether every goroutine but the caller waits on something
// only another goroutine, the driver or a gate can release, and returns the
// dump for a hang report. Of goroutines outside this module only the running
// and the runnable count: one just started by sync.WaitGroup.Go (the checks'
// fetchers) shows no frame of this module until it has run, while one that
// sleeps in a loop of its own (a profiler's writer) must not stall the driver.
func quiet() (bool, string) {
	self := goroutineHeader(false)
	dump := allStacks()
	for _, g := range strings.Split(dump, "\n\n") {
		header, _, _ := strings.Cut(g, "\n")
		if header == self || !strings.HasPrefix(header, "goroutine ") || strings.Contains(g, "os/signal.") {
			continue
		}
		if strings.Contains(header, "[running") || strings.Contains(header, "[runnable") {
			return false, dump
		}
		if !strings.Contains(g, "paystack-setup/") {
			continue
		}
		if !isBlocked(header) {
			return false, dump
		}
		for _, f := range progressFrames {
			if strings.Contains(g, f) {
				return false, dump
			}
		}
	}
	return true, dump
}

// isBlocked reads the state out of "goroutine 7 [chan receive, 2 minutes]:".
func isBlocked(header string) bool {
	_, state, ok := strings.Cut(header, "[")
	if !ok {
		return false
	}
	for _, s := range blockedStates {
		if strings.HasPrefix(state, s) {
			return true
		}
	}
	return false
}

// goroutineHeader is the caller's "goroutine N [running]:" line.
func goroutineHeader(all bool) string {
	buf := make([]byte, 256)
	n := runtime.Stack(buf, all)
	line, _, _ := bytes.Cut(buf[:n], []byte("\n"))
	return string(line)
}

func allStacks() string {
	buf := make([]byte, 1<<16)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			return string(buf[:n])
		}
		buf = make([]byte, 2*len(buf))
	}
}

// ownGoroutines keeps the goroutines of this module from a dump.
func ownGoroutines(dump string) string {
	var own []string
	for _, g := range strings.Split(dump, "\n\n") {
		if strings.Contains(g, "paystack-setup/") {
			own = append(own, g)
		}
	}
	return strings.Join(own, "\n\n")
}
