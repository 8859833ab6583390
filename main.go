// Command paystack-setup connects a systeme.io merchant's Paystack account and
// audits that connection on every later run.
//
//	paystack-setup            # the wizard
//	paystack-setup --demo     # the wizard on an embedded sandbox
//	paystack-setup audit      # every check again, for scripts
package main

import (
	"os"
	"runtime/debug"
	"time"

	"paystack-setup/cli"
	"paystack-setup/internal/version"
	"paystack-setup/keystore"
)

// stampedVersion is set by scripts/release with
// -ldflags "-X main.stampedVersion=$(git describe --tags --always --dirty)";
// without it the version comes from what the Go toolchain recorded.
var stampedVersion string

func main() {
	// Before any key is read: a crash must not write it to a core file.
	keystore.ProtectProcess()
	deferStartupCollection()
	os.Exit(cli.Main(os.Args[1:], cli.SystemEnv(version.String(stampedVersion))))
}

// startupHeadroom is how long start-up runs before the collector's usual
// pace comes back, and startupGCPercent the pace until then.
const (
	startupHeadroom  = 100 * time.Millisecond
	startupGCPercent = 400
)

// deferStartupCollection lets start-up finish before the first collection:
// the catalog, the command tree and the first frame's buffers pass the 4 MB
// at which Go first collects a few milliseconds in, and that collection
// landed on the wizard's way to its first frame (1.5 ms of 20, measured by
// scripts/bench's first-frame row). At 400% the first one waits for 16 MB,
// which start-up does not reach; then the pace the environment asked for
// (GOGC) is back.
func deferStartupCollection() {
	pace := debug.SetGCPercent(startupGCPercent)
	time.AfterFunc(startupHeadroom, func() { debug.SetGCPercent(pace) })
}
