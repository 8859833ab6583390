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
	"paystack-setup/keystore"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	// Before any key is read: a crash must not write it to a core file.
	keystore.ProtectProcess()
	os.Exit(cli.Main(os.Args[1:], cli.SystemEnv(version)))
}
