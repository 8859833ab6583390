package paystack

import (
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// ErrorKind sorts failures by what the user (or the caller) should do next.
type ErrorKind string

const (
	KindInvalidKey   ErrorKind = "invalid_key"    // 401: wrong, revoked or other-mode key
	KindIPNotAllowed ErrorKind = "ip_not_allowed" // the key's IP whitelist excludes this machine
	KindNotFound     ErrorKind = "not_found"      // 404
	KindValidation   ErrorKind = "validation"     // 400/422 or status:false: Paystack explains
	KindRefused      ErrorKind = "refused"        // any other 4xx Paystack answered in JSON
	KindRateLimited  ErrorKind = "rate_limited"   // 429
	KindUnavailable  ErrorKind = "unavailable"    // 5xx
	KindNotJSON      ErrorKind = "not_json"       // an HTML page: a firewall, proxy or Cloudflare answered
	KindMalformed    ErrorKind = "malformed"      // JSON that cannot be read
	KindTimeout      ErrorKind = "timeout"
	KindNetwork      ErrorKind = "network" // DNS failure, connection refused, ...
	KindCanceled     ErrorKind = "canceled"
	// KindOutcomeUnknown: a POST or PUT was sent and its answer was lost, so
	// Paystack may have acted on it. Look (FindSubaccount) before retrying.
	KindOutcomeUnknown ErrorKind = "outcome_unknown"
	KindBadRequest     ErrorKind = "bad_request" // the request could not even be built (bad --api-base)
	// KindInsecureBaseURL: --api-base is plain http to another computer,
	// which would send the secret key unencrypted; nothing was sent.
	KindInsecureBaseURL ErrorKind = "insecure_base_url"
)

// Error is every failure of a Client call. It carries what happened, typed,
// and Paystack's own words; the sentence a merchant reads is made by the
// front end from Kind and the fields (package problem), in its language.
// Error() is a short technical line for logs; it never holds the key.
type Error struct {
	Kind       ErrorKind
	Status     int    // HTTP status, 0 when no answer came
	Message    string // Paystack's message, scrubbed of anything key-like
	Code       string // Paystack's error code, when given
	Type       string // Paystack's error type (validation_error, api_error, ...)
	NextStep   string // Paystack's meta.nextStep advice, when given
	RetryAfter time.Duration
	Op         string // "GET /subaccount", for logs and tests
	Host       string // where the call went, for the network advice
	Err        error  // the underlying cause; never shown to the user
}

// Error is "paystack: GET /balance: invalid_key (HTTP 401): Invalid key",
// for logs and developers.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("paystack: ")
	if e.Op != "" {
		b.WriteString(e.Op + ": ")
	}
	b.WriteString(string(e.Kind))
	if e.Status != 0 {
		b.WriteString(" (HTTP " + strconv.Itoa(e.Status) + ")")
	}
	if e.Message != "" {
		b.WriteString(": " + e.Message)
	}
	if e.Code != "" {
		b.WriteString(" [" + e.Code + "]")
	}
	if e.RetryAfter > 0 {
		b.WriteString(", retry after " + e.RetryAfter.Round(time.Second).String())
	}
	if e.Host != "" && (e.Kind == KindNetwork || e.Kind == KindTimeout || e.Kind == KindInsecureBaseURL) {
		b.WriteString(", host " + e.Host)
	}
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// KindOf gives the kind of a Client error, or "" for any other error.
func KindOf(err error) ErrorKind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return ""
}

// Temporary reports whether the same call may succeed if tried again later.
func (e *Error) Temporary() bool {
	switch e.Kind {
	case KindRateLimited, KindUnavailable, KindTimeout, KindNetwork:
		return true
	}
	return false
}

// keyLike finds anything shaped like a Paystack key, whatever follows the
// prefix, so a key echoed back by a proxy or by Paystack never reaches a screen.
var keyLike = regexp.MustCompile(`(?i)\b([sp]k)_(test|live)_[^\s"'<>,;]*`)

// maxShownMessage bounds how much of a remote message is repeated to the user.
const maxShownMessage = 300

// scrub makes a remote text safe to show: key-like tokens (and the caller's
// own key, in any position) are masked, control characters that could drive
// the terminal are dropped, and length is bounded.
func scrub(text string, secret string) string {
	if secret != "" {
		text = strings.ReplaceAll(text, secret, Mask(secret))
		if body := strings.TrimPrefix(strings.TrimPrefix(secret, prefixLiveSecret), prefixTestSecret); len(body) >= 8 {
			text = strings.ReplaceAll(text, body, "…")
		}
	}
	text = keyLike.ReplaceAllStringFunc(text, func(tok string) string {
		return strings.ToLower(tok[:8]) + "…"
	})
	var b strings.Builder
	n := 0
	for _, r := range text {
		if n >= maxShownMessage {
			b.WriteString("…")
			break
		}
		switch {
		case r == '\n' || r == '\t' || r == '\r':
			b.WriteByte(' ')
		case unicode.IsControl(r) || r == unicode.ReplacementChar:
			continue
		default:
			b.WriteRune(r)
		}
		n++
	}
	return strings.TrimSpace(b.String())
}

// retryAfterCap bounds how long a Retry-After can make a call wait.
const retryAfterCap = 30 * time.Second

// parseRetryAfter reads seconds or an HTTP-date; 0 when absent or unreadable.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	var d time.Duration
	if secs, err := strconv.ParseFloat(v, 64); err == nil {
		if secs <= 0 {
			return 0
		}
		if secs > retryAfterCap.Seconds() {
			return retryAfterCap
		}
		d = time.Duration(secs * float64(time.Second))
	} else if t, err := http.ParseTime(v); err == nil {
		d = t.Sub(now)
	}
	if d <= 0 {
		return 0
	}
	return min(d, retryAfterCap)
}

func (e *Error) GoString() string {
	return fmt.Sprintf("&paystack.Error{Kind:%q, Status:%d, Op:%q}", e.Kind, e.Status, e.Op)
}
