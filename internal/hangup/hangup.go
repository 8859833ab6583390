// Package hangup, imported for its effect by the tests that close a
// terminal on the program, gives the programs they start what a program
// started from a terminal has: SIGHUP at its default.
//
// A child inherits an ignored SIGHUP across exec. When the tests themselves
// run with it ignored (under nohup, or a CI runner started that way), the
// program rightly keeps ignoring it, as `nohup paystack-setup audit &` must,
// and every closed-window test waits for an exit that never comes. A handler
// installed here is reset to the default in every child.
package hangup

import (
	"os"
	"os/signal"
	"syscall"
)

func init() { signal.Notify(make(chan os.Signal, 1), syscall.SIGHUP) }
