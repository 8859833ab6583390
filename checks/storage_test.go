package checks

import (
	"os"
	"testing"
	"time"

	"paystack-setup/keystore"
)

func TestStorageChecks(t *testing.T) {
	consent := &keystore.Consent{At: time.Date(2026, 5, 4, 10, 0, 0, 0, time.UTC), Path: "/home/ada/.config/paystack-setup/profiles/shop-ng/secret-key"}
	tests := []struct {
		name   string
		demo   bool
		source keystore.Source
		mode   os.FileMode
		path   string
		id     string
		want   Status
		detail string
		fix    string
	}{
		{"keyring", false, keystore.SourceKeyring, 0o600, "", "storage.key", Pass, "keyring", ""},
		{"environment", false, keystore.SourceEnv, 0o600, "", "storage.key", Pass, "PAYSTACK_SECRET_KEY", ""},
		{"plain file: path and consent date", false, keystore.SourceFile, 0o600, "", "storage.key", Warn, consent.Path + " (you agreed on 2026-05-04)", "key set"},
		{"state private", false, keystore.SourceKeyring, 0o600, "", "storage.state_file", Pass, "0600", ""},
		{"state readable by group", false, keystore.SourceKeyring, 0o640, "", "storage.state_file", Fail, "0640", "chmod 600 /home/ada/.config/paystack-setup/profiles/shop-ng/state.json"},
		{"state readable by all, path with a space", false, keystore.SourceKeyring, 0o644, "/Users/Ada Obi/state.json", "storage.state_file", Fail, "0644", "chmod 600 '/Users/Ada Obi/state.json'"},
		{"demo: memory, not the keyring", true, keystore.SourceKeyring, 0o600, "", "storage.key", Pass, "in memory for this run only", ""},
		{"no state yet", false, keystore.SourceKeyring, 0, "", "storage.state_file", Skip, "No saved answers", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, sandboxOpts())
			f.in.Offline = true
			f.in.KeySource, f.in.StateFileMode, f.in.Demo = tt.source, tt.mode, tt.demo
			if tt.source == keystore.SourceFile {
				f.in.PlainFile = consent
			}
			if tt.path != "" {
				f.in.StatePath = tt.path
			}
			assertResult(t, find(t, f.run(t), tt.id), tt.want, tt.detail, tt.fix)
		})
	}
}
