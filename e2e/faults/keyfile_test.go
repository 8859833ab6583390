//go:build unix

package faults

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"paystack-setup/e2e/internal/harness"
	"paystack-setup/msg"
)

// TestKeyFileReplacedByALinkOrAPipe: the plain key file's name holds a link
// to /dev/zero or a named pipe. `key show` grew to gigabytes and `audit` died
// with "fatal error: out of memory" on the link, and both waited forever on
// the pipe. Now both refuse at once, naming the file and saying what to do.
func TestKeyFileReplacedByALinkOrAPipe(t *testing.T) {
	for _, tc := range []struct {
		name  string
		place func(path string) error
	}{
		{"link to /dev/zero", func(path string) error { return os.Symlink("/dev/zero", path) }},
		{"named pipe", func(path string) error { return syscall.Mkfifo(path, 0o600) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := harness.NewWorld(t)
			path := filepath.Join(w.StateDir(), "profiles", w.Profile, "secret-key")
			if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
				t.Fatal(err)
			}
			if err := tc.place(path); err != nil {
				t.Skipf("cannot make a %s here: %v", tc.name, err)
			}
			want := harness.Flat(msg.In(msg.English, msg.KeystoreFileNotRegular, path))
			for _, args := range [][]string{{"key", "show"}, {"audit", "--offline"}} {
				// Far more than a refusal takes; the old hang and the old
				// growth to gigabytes both outlast it.
				r := w.Run(t, strings.Join(args, "-"), harness.Opts{Timeout: 30 * time.Second}, append([]string{"--lang", "en", "--profile", w.Profile}, args...)...)
				if r.Code != 1 {
					t.Errorf("%s: exit %d, want 1\n%s", args, r.Code, r)
				}
				if !strings.Contains(harness.Flat(r.Output()), want) {
					t.Errorf("%s does not say what is wrong with %s and what to do:\n%s", args, path, r)
				}
				harness.NoRawGoError(t, strings.Join(args, " "), r.Output())
			}
		})
	}
}
