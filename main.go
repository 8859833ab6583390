// Command paystack-setup connects a systeme.io merchant's Paystack account and
// audits that connection on every later run.
//
//	paystack-setup            # the wizard
//	paystack-setup --demo     # the wizard on an embedded sandbox
//	paystack-setup audit      # every check again, for scripts
package main

import (
	"os"

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
	os.Exit(cli.Main(os.Args[1:], cli.SystemEnv(version.String(stampedVersion))))
}
