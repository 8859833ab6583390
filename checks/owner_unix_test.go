//go:build unix

package checks

import (
	"os"
	"path/filepath"
	"paystack-setup/msg"
	"testing"
	"time"

	"paystack-setup/keystore"
)

// nobody is a user id that is not the test's: the usual "nobody".
const nobody = 65534

// giveToAnotherUser makes path belong to another user; only root can.
func giveToAnotherUser(t *testing.T, path string) {
	t.Helper()
	if os.Getuid() != 0 {
		t.Skip("giving a file to another user needs root (CI runs as root); as any other user this test cannot set up its file")
	}
	if err := os.Chown(path, nobody, nobody); err != nil {
		t.Fatalf("chown: %v", err)
	}
}

// A 0600 state file of another user's passed as "only you can read it";
// that user can read and change it, and for the merchant it may be
// unreadable, so that every other check said "No subaccount is chosen"
// without a word why.
func TestStateFileOfAnotherUserFails(t *testing.T) {
	f := newFixture(t, sandboxOpts())
	f.in.Offline = true
	giveToAnotherUser(t, f.in.StatePath)
	r := find(t, f.run(t), "storage.state_file")
	assertResult(t, r, Fail, "belongs to another user account (user id 65534), not to you",
		`sudo chown "$(id -un)" `+f.in.StatePath+" && chmod 600 "+f.in.StatePath)
}

// The plain key file of another user's: that user can read the key and
// replace it, whatever the permission bits say.
func TestPlainKeyFileOfAnotherUserFails(t *testing.T) {
	path := privateFile(t, filepath.Join(t.TempDir(), "secret-key"))
	giveToAnotherUser(t, path)
	f := newFixture(t, sandboxOpts())
	f.in.Offline, f.in.KeySource = true, keystore.SourceFile
	f.in.PlainFile = &keystore.Consent{At: time.Now(), Path: path}
	r := find(t, f.run(t), "storage.key")
	assertResult(t, r, Fail, "which belongs to another user account (user id 65534)", `sudo chown "$(id -un)" `+path)
	if detail, fix, exposed := PlainKeyFileProblem(path); !exposed || detail.In(msg.English) != r.Detail || fix.In(msg.English) != r.Fix {
		t.Errorf("key show's rule says %v %q %q; the audit's says %q %q", exposed, detail.In(msg.English), fix.In(msg.English), r.Detail, r.Fix)
	}
}
