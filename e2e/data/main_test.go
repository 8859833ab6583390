// Package data feeds the built binary what merchants, older releases and
// Paystack itself may hand it: names with terminal control bytes in them,
// saved answers written by hand, the largest price list it accepts and one
// far larger:
//
//	go test ./e2e/data
//
// Whatever comes in, nothing reaches the terminal but printable text, no key
// is shown whole, and no input it accepts leaves a state file it refuses.
package data

import (
	"os"
	"testing"

	"paystack-setup/e2e/internal/harness"
)

func TestMain(m *testing.M) { os.Exit(harness.Main(m)) }
