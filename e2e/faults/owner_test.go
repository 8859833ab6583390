//go:build unix

package faults

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"paystack-setup/e2e/internal/harness"
	"paystack-setup/msg"
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

// TestAuditStateFileOfAnotherUser: a 0600 state.json that belongs to another
// user passed "only you can read it" (that user can read and change it, and
// for the merchant it may be unreadable). The audit fails the check and says
// whose it is and how to take it back, in `audit --json` too.
func TestAuditStateFileOfAnotherUser(t *testing.T) {
	w := harness.NewWorld(t)
	s := w.FinishedSetup(t, w.Profile)
	giveToAnotherUser(t, w.StatePath(w.Profile))
	env := map[string]string{"PAYSTACK_SECRET_KEY": s.Key}
	wantDetail := msg.In(msg.English, msg.ChkStorageStateForeign, w.StatePath(w.Profile), nobody)

	r := w.Run(t, "audit-json", harness.Opts{Env: env}, "--profile", w.Profile, "audit", "--json", "--offline")
	var rep auditReport
	if err := json.Unmarshal([]byte(r.Stdout), &rep); err != nil {
		t.Fatalf("audit --json is not JSON: %v\n%s", err, r)
	}
	found := false
	for _, c := range rep.Checks {
		if c.ID != "storage.state_file" {
			continue
		}
		found = true
		if c.Status != "fail" || c.Detail != wantDetail || !strings.Contains(c.Fix, "chown") {
			t.Errorf("storage.state_file = %s: %q (fix %q); want fail: %q with a chown fix", c.Status, c.Detail, c.Fix, wantDetail)
		}
	}
	if !found || r.Code != 1 {
		t.Errorf("exit %d, storage.state_file found: %v\n%s", r.Code, found, r)
	}

	// The audit's record of itself rewrote the file as this user's.
	giveToAnotherUser(t, w.StatePath(w.Profile))
	human := w.Run(t, "audit", harness.Opts{Env: env}, "--profile", w.Profile, "audit", "--offline")
	if !strings.Contains(harness.Flat(human.Stdout), harness.Flat(wantDetail)) {
		t.Errorf("the audit does not say whose the file is:\n%s", human)
	}
}

// TestKeyShowPlainFileOfAnotherUser: `key show` warns about a plain key file
// that belongs to another user, by the audit's own rule and words.
func TestKeyShowPlainFileOfAnotherUser(t *testing.T) {
	w := harness.NewWorld(t)
	// Not one of the world's watched keys: this test puts it in a plain
	// file on purpose. Built here so that no source line looks like a key.
	key := "sk_" + "test_" + strings.Repeat("q", 36) + "ab12"
	path := filepath.Join(w.StateDir(), "profiles", w.Profile, "secret-key")
	// Before the world's leak scan, which would find the key in it.
	t.Cleanup(func() { _ = os.Remove(path) })
	set := w.Run(t, "key-set", harness.Opts{Stdin: key + "\n"}, "--profile", w.Profile, "key", "set", "--stdin", "--plain-file")
	if set.Code != 0 {
		t.Fatalf("key set --plain-file failed:\n%s", set)
	}
	giveToAnotherUser(t, path)
	show := w.Run(t, "key-show", harness.Opts{}, "--profile", w.Profile, "key", "show")
	want := msg.In(msg.English, msg.ChkStoragePlainFileForeign, path, nobody)
	if show.Code != 0 || !strings.Contains(harness.Flat(show.Stderr), harness.Flat(want)) {
		t.Errorf("key show does not warn that %s is another user's:\n%s", path, show)
	}
}
