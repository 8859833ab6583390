//go:build unix

package renewals_test

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"paystack-setup/paystack"
	"paystack-setup/renewals"
)

// A ledger that is a FIFO or a link to /dev/zero hung the renewals view
// and send-links on reading it (or ate the memory up to the cap); it is
// damaged, as the state files are when they are not regular files, so no
// email goes. Before the fix the FIFO's read never returned.
func TestANonRegularLedgerIsDamagedNotWaitedOn(t *testing.T) {
	for name, create := range map[string]func(path string) error{
		"fifo":     func(p string) error { return syscall.Mkfifo(p, 0o600) },
		"dev-zero": func(p string) error { return os.Symlink("/dev/zero", p) },
	} {
		root := t.TempDir()
		l := renewals.NewLedger(root)
		if err := os.MkdirAll(filepath.Dir(l.Path()), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := create(l.Path()); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		done := make(chan error, 1)
		go func() {
			_, err := l.Emails(paystack.ModeLive)
			done <- err
		}()
		select {
		case err := <-done:
			var le *renewals.LedgerError
			if !errors.As(err, &le) || !le.Damaged {
				t.Errorf("%s: %v, want a damaged ledger", name, err)
			}
		case <-time.After(30 * time.Second): // a hang, not a slow read
			t.Fatalf("%s: reading the ledger never returned", name)
		}
	}
}
