package checks

import (
	"net"
	"net/url"
	"strings"

	"paystack-setup/msg"
	"paystack-setup/state"
)

// Systeme.io's host; its webhook URLs are expected under it or a subdomain.
const systemeHost = "systeme.io"

// WebhookURLError says why a pasted webhook URL cannot be used; Error() is the
// localized sentence with what to do.
type WebhookURLError struct {
	Problem msg.ID
	Args    []any
}

func (e *WebhookURLError) Error() string { return e.In(msg.English) }

// In says the problem in a language.
func (e *WebhookURLError) In(l msg.Lang) string { return msg.In(l, e.Problem, e.Args...) }

// Text is the refusal left unrendered, for a front end that renders later.
func (e *WebhookURLError) Text() msg.Text { return msg.New(e.Problem, e.Args...) }

// ValidateWebhookURL checks a webhook URL the merchant copied from systeme.io.
// It returns the cleaned URL, an error when the URL cannot work, and a
// warning (the zero Text when none) when it can work but looks unusual. The path is left
// alone because systeme.io does not document the format of its webhook URL.
func ValidateWebhookURL(raw string) (clean string, err error, warning msg.Text) {
	s := strings.TrimSpace(raw)
	if s == "" {
		return "", &WebhookURLError{Problem: msg.ChkWebhookURLEmpty}, msg.Text{}
	}
	// First, so that no other message quotes a part of the key.
	if state.HoldsSecretKey(s) {
		return "", &WebhookURLError{Problem: msg.ChkWebhookURLSecretKey}, msg.Text{}
	}
	if strings.ContainsAny(s, " \t\r\n") {
		return "", &WebhookURLError{Problem: msg.ChkWebhookURLSpaces}, msg.Text{}
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f {
			return "", &WebhookURLError{Problem: msg.ChkWebhookURLInvalid}, msg.Text{}
		}
	}
	if !strings.Contains(s, "://") {
		return "", &WebhookURLError{Problem: msg.ChkWebhookURLNoScheme}, msg.Text{}
	}
	u, perr := url.Parse(s)
	if perr != nil {
		return "", &WebhookURLError{Problem: msg.ChkWebhookURLInvalid}, msg.Text{}
	}
	if !strings.EqualFold(u.Scheme, "https") {
		return "", &WebhookURLError{Problem: msg.ChkWebhookURLNotHTTPS, Args: []any{u.Scheme}}, msg.Text{}
	}
	if u.User != nil {
		return "", &WebhookURLError{Problem: msg.ChkWebhookURLCredentials}, msg.Text{}
	}
	if u.Fragment != "" || strings.Contains(s, "#") {
		return "", &WebhookURLError{Problem: msg.ChkWebhookURLFragment}, msg.Text{}
	}
	if u.Opaque != "" {
		return "", &WebhookURLError{Problem: msg.ChkWebhookURLNoHost}, msg.Text{}
	}
	host := strings.ToLower(u.Hostname())
	if !validHost(host) {
		return "", &WebhookURLError{Problem: msg.ChkWebhookURLNoHost}, msg.Text{}
	}
	if port := u.Port(); port != "" && !validPort(port) {
		return "", &WebhookURLError{Problem: msg.ChkWebhookURLInvalid}, msg.Text{}
	}
	u.Scheme = "https"
	u.Host = strings.ToLower(u.Host)
	clean = u.String()
	// The host is lowercased above, which can turn SK_LIVE_… into a key shape
	// that the saved answers would refuse.
	if state.HoldsSecretKey(clean) {
		return "", &WebhookURLError{Problem: msg.ChkWebhookURLSecretKey}, msg.Text{}
	}
	return clean, nil, WebhookURLWarning(clean)
}

// WebhookURLWarning is what looks unusual about a URL ValidateWebhookURL
// accepted, left unrendered: a host other than systeme.io's. The zero Text
// when nothing does.
func WebhookURLWarning(clean string) msg.Text {
	u, err := url.Parse(clean)
	if err != nil || IsSystemeHost(u.Hostname()) {
		return msg.Text{}
	}
	return msg.New(msg.ChkWebhookURLNotSysteme, strings.ToLower(u.Hostname()))
}

// IsSystemeHost reports whether host is systeme.io or one of its subdomains;
// a look-alike such as "evilsysteme.io" is not.
func IsSystemeHost(host string) bool {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	return host == systemeHost || strings.HasSuffix(host, "."+systemeHost)
}

func validHost(host string) bool {
	if host == "" {
		return false
	}
	if net.ParseIP(host) != nil {
		return true
	}
	host = strings.TrimSuffix(host, ".")
	if host == "" || len(host) > 253 {
		return false
	}
	for _, label := range strings.Split(host, ".") {
		if label == "" || len(label) > 63 || strings.HasPrefix(label, "-") || strings.HasSuffix(label, "-") {
			return false
		}
		for _, r := range label {
			if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
				return false
			}
		}
	}
	return true
}

func validPort(p string) bool {
	if len(p) > 5 {
		return false
	}
	n := 0
	for _, r := range p {
		if r < '0' || r > '9' {
			return false
		}
		n = n*10 + int(r-'0')
	}
	return n > 0 && n <= 65535
}
