package checks

import (
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
