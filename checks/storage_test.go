package checks

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"paystack-setup/keystore"
)

func TestStorageChecks(t *testing.T) {
	consent := &keystore.Consent{At: time.Date(2026, 5, 4, 10, 0, 0, 0, time.UTC), Path: "/home/ada/.config/paystack-setup/profiles/shop-ng/secret-key"}
	// The state file is made for each case with its mode, in a folder named
	// dir; 0 means there is none. The expected texts may name it as PATH.
	tests := []struct {
		name     string
		demo     bool
		unstored bool
		source   keystore.Source
		mode     os.FileMode
		dir      string
		id       string
		want     Status
		detail   string
		fix      string
	}{
		{"keyring", false, false, keystore.SourceKeyring, 0o600, "", "storage.key", Pass, "keyring", ""},
		{"environment", false, false, keystore.SourceEnv, 0o600, "", "storage.key", Pass, "PAYSTACK_SECRET_KEY", ""},
		{"plain file: path and consent date", false, false, keystore.SourceFile, 0o600, "", "storage.key", Warn, consent.Path + " (you agreed on 2026-05-04)", "key set"},
		{"state private", false, false, keystore.SourceKeyring, 0o600, "", "storage.state_file", Pass, "only you can read it (permissions 0600)", ""},
		{"state readable by group", false, false, keystore.SourceKeyring, 0o640, "", "storage.state_file", Fail, "0640", "chmod 600 PATH"},
		{"state readable by all, path with a space", false, false, keystore.SourceKeyring, 0o644, "Ada Obi", "storage.state_file", Fail, "0644", "chmod 600 'PATH'"},
		{"demo: memory, not the keyring", true, false, keystore.SourceKeyring, 0o600, "", "storage.key", Pass, "in memory for this run only", ""},
		{"demo: the key is said to be in memory", true, false, keystore.SourceKeyring, 0o600, "", "key.present", Pass, "the demo's memory", ""},
		{"demo: the webhook probe is not offered", true, false, keystore.SourceKeyring, 0o600, "", "webhook.reachable", Skip, "Not tested in the demo", ""},
		{"typed for this run only: a warning that the next audit has no key", false, true, keystore.SourceEnv, 0o600, "", "storage.key", Warn, "stored nowhere", "key set"},
		{"typed for this run only: not called the environment variable", false, true, keystore.SourceEnv, 0o600, "", "key.present", Pass, "stored nowhere", ""},
		{"no state yet", false, false, keystore.SourceKeyring, 0, "", "storage.state_file", Skip, "No saved answers", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, sandboxOpts())
			f.in.Offline = true
			f.in.KeySource, f.in.Demo, f.in.KeyUnstored = tt.source, tt.demo, tt.unstored
			if tt.source == keystore.SourceFile {
				f.in.PlainFile = consent
			}
			dir := filepath.Join(t.TempDir(), tt.dir)
			if err := os.MkdirAll(dir, 0o700); err != nil {
				t.Fatal(err)
			}
			f.in.StatePath = filepath.Join(dir, "state.json")
			if tt.mode != 0 {
				privateFile(t, f.in.StatePath)
				if err := os.Chmod(f.in.StatePath, tt.mode); err != nil {
					t.Fatal(err)
				}
			}
			named := func(s string) string { return strings.ReplaceAll(s, "PATH", f.in.StatePath) }
			assertResult(t, find(t, f.run(t), tt.id), tt.want, named(tt.detail), named(tt.fix))
		})
	}
}

// The plain key file is the one file here that holds the secret: widened
// permissions on it are a failure, not the usual plain-file warning.
func TestPlainKeyFileReadableByOthersFails(t *testing.T) {
	for _, tt := range []struct {
		perm   os.FileMode
		want   Status
		detail string
	}{
		{0o600, Warn, "you agreed on"},
		{0o644, Fail, "other users of this computer can read it (permissions 0644)"},
		{0o640, Fail, "(permissions 0640)"},
	} {
		t.Run(tt.perm.String(), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "secret-key")
			if err := os.WriteFile(path, []byte("not a key\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(path, tt.perm); err != nil {
				t.Fatal(err)
			}
			f := newFixture(t, sandboxOpts())
			f.in.Offline, f.in.KeySource = true, keystore.SourceFile
			f.in.PlainFile = &keystore.Consent{At: time.Now(), Path: path}
			fix := "key set"
			if tt.want == Fail {
				fix = "chmod 600 " + path
			}
			assertResult(t, find(t, f.run(t), "storage.key"), tt.want, tt.detail, fix)
		})
	}
}
