package checks

import (
	"errors"
	"net/url"
	"strings"
	"testing"

	"paystack-setup/msg"
	"paystack-setup/state"
)

// liveKeyShape is the start of a live secret key with n body characters,
// built here so that no source line looks like a key.
func liveKeyShape(n int) string { return "sk_" + "live_" + strings.Repeat("a1", n)[:n] }

func TestValidateWebhookURL(t *testing.T) {
	tests := []struct {
		name        string
		in          string
		wantClean   string
		wantProblem msg.ID
		wantWarning bool
	}{
		{"systeme subdomain", "https://api.systeme.io/payment/paystack/webhook/abc", "https://api.systeme.io/payment/paystack/webhook/abc", "", false},
		{"trimmed and host lowercased", "  https://API.Systeme.IO/x?y=1 \n", "https://api.systeme.io/x?y=1", "", false},
		{"bare systeme host", "https://systeme.io", "https://systeme.io", "", false},
		{"scheme upper case", "HTTPS://systeme.io/hook", "https://systeme.io/hook", "", false},
		{"other host warns, not refused", "https://example.com/hook", "https://example.com/hook", "", true},
		{"look-alike host warns", "https://evilsysteme.io/hook", "https://evilsysteme.io/hook", "", true},
		{"empty", "   ", "", msg.ChkWebhookURLEmpty, false},
		{"http refused", "http://systeme.io/hook", "", msg.ChkWebhookURLNotHTTPS, false},
		{"no scheme", "systeme.io/hook", "", msg.ChkWebhookURLNoScheme, false},
		{"inner space", "https://systeme.io/ho ok", "", msg.ChkWebhookURLSpaces, false},
		{"credentials", "https://user:pw@systeme.io/hook", "", msg.ChkWebhookURLCredentials, false},
		{"fragment", "https://systeme.io/hook#frag", "", msg.ChkWebhookURLFragment, false},
		{"empty fragment", "https://systeme.io/hook#", "", msg.ChkWebhookURLFragment, false},
		{"no host", "https:///hook", "", msg.ChkWebhookURLNoHost, false},
		{"opaque", "https:systeme.io", "", msg.ChkWebhookURLNoScheme, false},
		{"bad host", "https://-bad-.systeme.io/x", "", msg.ChkWebhookURLNoHost, false},
		{"bad port", "https://systeme.io:99999/x", "", msg.ChkWebhookURLInvalid, false},
		// The saved answers refuse anything key-shaped, so a URL holding a key
		// would be accepted here and then never save.
		{"a whole secret key in the path", "https://x.systeme.io/hook/" + liveKeyShape(40), "", msg.ChkWebhookURLSecretKey, false},
		{"a key's start in the query", "https://x.systeme.io/hook?k=" + liveKeyShape(1), "", msg.ChkWebhookURLSecretKey, false},
		{"a key as the host", "https://" + liveKeyShape(8) + ".example.com/hook", "", msg.ChkWebhookURLSecretKey, false},
		{"a key as the host, in capitals the host is lowercased into", "https://" + strings.ToUpper(liveKeyShape(8)) + ".example.com/hook", "", msg.ChkWebhookURLSecretKey, false},
		{"a key after an http scheme: the key is what to say", "http://x.systeme.io/" + liveKeyShape(40), "", msg.ChkWebhookURLSecretKey, false},
		{"sk_live_ inside a word is not a key", "https://x.systeme.io/desk_live_abc", "https://x.systeme.io/desk_live_abc", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clean, err, warning := ValidateWebhookURL(tt.in)
			if tt.wantProblem != "" {
				var we *WebhookURLError
				if !errors.As(err, &we) || we.Problem != tt.wantProblem {
					t.Fatalf("ValidateWebhookURL(%q) error = %v, want problem %s", tt.in, err, tt.wantProblem)
				}
				if clean != "" {
					t.Errorf("refused URL still returned %q", clean)
				}
				return
			}
			if err != nil {
				t.Fatalf("ValidateWebhookURL(%q) refused: %v", tt.in, err)
			}
			if clean != tt.wantClean {
				t.Errorf("clean = %q, want %q", clean, tt.wantClean)
			}
			if warning.IsZero() == tt.wantWarning {
				t.Errorf("warning = %q, want warning: %v", warning.In(msg.English), tt.wantWarning)
			}
		})
	}
}

func TestWebhookURLErrorSaysWhatToDo(t *testing.T) {
	_, err, _ := ValidateWebhookURL("http://systeme.io/x")
	if err == nil || !strings.Contains(err.Error(), "https://") || !strings.Contains(err.Error(), "http://") {
		t.Errorf("error %q should name the wrong scheme and the right one", err)
	}
}

func FuzzValidateWebhookURL(f *testing.F) {
	for _, seed := range []string{
		"https://api.systeme.io/webhook/paystack/1", "http://systeme.io", "", " https://x.systeme.io ",
		"https://u:p@systeme.io", "https://systeme.io/#x", "https://SK_" + "LIVE_A.systeme.io", "https://[::1]:443/x", "https://%zz", "ftp://systeme.io",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		clean, err, _ := ValidateWebhookURL(raw)
		if err != nil {
			return
		}
		u, perr := url.Parse(clean)
		if perr != nil || u.Scheme != "https" || u.Hostname() == "" || u.User != nil || u.Fragment != "" {
			t.Fatalf("accepted %q as %q, which is not an https URL with a host", raw, clean)
		}
		if state.HoldsSecretKey(clean) {
			t.Fatalf("accepted %q as %q, which the saved answers refuse as key-shaped", raw, clean)
		}
		again, err2, _ := ValidateWebhookURL(clean)
		if err2 != nil || again != clean {
			t.Fatalf("cleaning is not stable: %q → %q → %q (%v)", raw, clean, again, err2)
		}
	})
}
