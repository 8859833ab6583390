package checks

import (
	"strings"
	"testing"
	"time"

	"paystack-setup/keystore"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
)

func TestKeyChecks(t *testing.T) {
	tests := []struct {
		name   string
		break_ func(*fixture)
		id     string
		want   Status
		detail string // substring of Detail
		fix    string // substring of Fix
	}{
		{"present from keyring", nil, "key.present", Pass, "keyring", ""},
		{"masked in detail", nil, "key.present", Pass, "sk_live_…", ""},
		{"present from env", func(f *fixture) { f.in.KeySource = keystore.SourceEnv }, "key.present", Pass, "PAYSTACK_SECRET_KEY", ""},
		{"none stored", noKey, "key.present", Fail, "No secret key", "paystack-setup key set"},
		{"none stored skips format", noKey, "key.format", Skip, "", ""},
		{"none stored skips network", noKey, "key.accepted", Skip, "no usable secret key", ""},
		{"malformed stored key", func(f *fixture) {
			f.in.Key, f.in.KeyErr = paystack.SecretKey{}, &keystore.Diagnosis{Problem: keystore.ProblemStoredInvalid}
		}, "key.format", Fail, "", "paystack-setup key set"},
		{"live mode", nil, "key.mode", Pass, "Live", ""},
		{"test mode warns", func(f *fixture) {
			k, _ := paystack.ParseSecretKey(sandbox.DemoTestKey)
			f.in.Key, f.in.Client = k, newClient(f.srv, k)
		}, "key.mode", Warn, "Test key", "live"},
		{"accepted", nil, "key.accepted", Pass, "", ""},
		{"revoked", func(f *fixture) { f.srv.RevokeKey(sandbox.DemoLiveKey) }, "key.accepted", Fail, "refused", "paystack-setup key set"},
		{"revoked: IP unknown", func(f *fixture) { f.srv.RevokeKey(sandbox.DemoLiveKey) }, "key.ip_allowed", Skip, "", ""},
		// A whitelist that keeps this computer out is no fault of the setup:
		// skipped, and the report's note says once what to do.
		{"IP not allowed", ipBlocked, "key.ip_allowed", Skip, "YOUR computer", ""},
		{"IP not allowed: acceptance unknown", ipBlocked, "key.accepted", Skip, "refused this computer's address", ""},
		{"IP not allowed, 403", func(f *fixture) {
			f.srv.InjectFault(sandbox.Fault{Kind: sandbox.FaultIPNotAllowed, Status: 403})
		}, "key.ip_allowed", Skip, "not allowed", ""},
		{"server error is an error, not a fail", func(f *fixture) {
			f.srv.InjectFault(sandbox.Fault{Path: "/balance", Kind: sandbox.FaultStatus, Status: 500})
		}, "key.accepted", Error, "Could not check", "again"},
		{"Cloudflare page is an error", func(f *fixture) {
			f.srv.InjectFault(sandbox.Fault{Path: "/balance", Kind: sandbox.FaultHTML})
		}, "key.ip_allowed", Error, "Could not check", ""},
		{"timeout is an error", func(f *fixture) {
			f.srv.InjectFault(sandbox.Fault{Kind: sandbox.FaultHang})
			f.in.Client = paystack.New(f.in.Key, paystack.WithBaseURL(sandbox.BaseURL),
				paystack.WithHTTPClient(httpClientFor(f.srv)), paystack.WithMaxRetries(0), paystack.WithTimeout(50*time.Millisecond))
		}, "key.accepted", Error, "Could not check", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, sandboxOpts())
			if tt.break_ != nil {
				tt.break_(f)
			}
			r := find(t, f.run(t), tt.id)
			assertResult(t, r, tt.want, tt.detail, tt.fix)
		})
	}
}

func TestKeyNeverAppearsInResults(t *testing.T) {
	f := newFixture(t, sandboxOpts())
	for _, r := range f.run(t).Results {
		if strings.Contains(r.Title+r.Detail+r.Fix, f.in.Key.Reveal()) {
			t.Fatalf("%s shows the secret key", r.ID)
		}
	}
}

func noKey(f *fixture) {
	f.in.Key, f.in.Client = paystack.SecretKey{}, nil
	f.in.KeyErr = &keystore.Diagnosis{Problem: keystore.ProblemNotFound, Profile: "shop-ng"}
}

func ipBlocked(f *fixture) { f.srv.InjectFault(sandbox.Fault{Kind: sandbox.FaultIPNotAllowed}) }

func sandboxOpts() sandbox.Options { return sandbox.Options{} }

func assertResult(t *testing.T, r Result, want Status, detail, fix string) {
	t.Helper()
	if r.Status != want {
		t.Errorf("%s: status %s, want %s (detail %q, fix %q)", r.ID, r.Status, want, r.Detail, r.Fix)
	}
	if !strings.Contains(r.Detail, detail) {
		t.Errorf("%s: detail %q lacks %q", r.ID, r.Detail, detail)
	}
	if !strings.Contains(r.Fix, fix) {
		t.Errorf("%s: fix %q lacks %q", r.ID, r.Fix, fix)
	}
	if want != Pass && want != Skip && r.Fix == "" {
		t.Errorf("%s: %s without a fix", r.ID, want)
	}
}
