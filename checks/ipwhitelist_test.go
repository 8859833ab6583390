package checks

import (
	"strings"
	"testing"

	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
)

func TestIPWhitelistChecks(t *testing.T) {
	tests := []struct {
		name      string
		confirmed map[string]bool
		testKey   bool
		want      Status
		detail    string
	}{
		{"confirmed for live", map[string]bool{"live": true}, false, Pass, "185.236.142.1"},
		{"never confirmed", nil, false, Fail, "live"},
		{"confirmed for test only, live key", map[string]bool{"test": true}, false, Fail, "live"},
		{"confirmed for test, test key", map[string]bool{"test": true}, true, Pass, "test"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, sandboxOpts())
			f.in.State.IPWhitelist, f.in.Offline = tt.confirmed, true
			if tt.testKey {
				f.in.Key, _ = paystack.ParseSecretKey(sandbox.DemoTestKey)
			}
			fix := ""
			if tt.want == Fail {
				fix = "185.236.142.1"
			}
			assertResult(t, find(t, f.run(t), "ipwhitelist.confirmed"), tt.want, tt.detail, fix)
		})
	}
}

// With no key and no saved mode, the test/live mode is unknown: the checks
// that depend on it wait for a key instead of naming a guessed mode.
func TestModeChecksWaitForAKey(t *testing.T) {
	f := newFixture(t, sandboxOpts())
	f.in.Key, f.in.KeyErr, f.in.State.Mode, f.in.Offline = paystack.SecretKey{}, nil, "", true
	rep := f.run(t)
	for _, id := range []string{"ipwhitelist.confirmed", "webhook.url", "webhook.reachable"} {
		r := find(t, rep, id)
		if r.Status != Skip || strings.Contains(r.Title, "mode") || strings.Contains(r.Detail, "live") {
			t.Errorf("%s without a key: %s %q %q, want a skip that names no mode", id, r.Status, r.Title, r.Detail)
		}
	}
	f.in.State.Mode = "test" // a saved mode is known even without the key
	if r := find(t, f.run(t), "ipwhitelist.confirmed"); r.Status != Fail || !strings.Contains(r.Title, "test mode") {
		t.Errorf("with a saved test mode: %s %q", r.Status, r.Title)
	}
}
