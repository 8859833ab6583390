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

	"paystack-setup/msg"
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

// Error is every failure of a Client call. Error() is the localized sentence
// a user sees, with what to do; the fields are for code.
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

func (e *Error) Error() string { return e.In(msg.Current()) }

// In is the sentence in language l, for a report rendered in another
// language than the one current when the call failed (audit --json).
func (e *Error) In(l msg.Lang) string {
	switch e.Kind {
	case KindInvalidKey:
		return msg.In(l, msg.PaystackErrInvalidKey)
	case KindIPNotAllowed:
		return msg.In(l, msg.PaystackErrIPBlocked)
	case KindNotFound:
		return msg.In(l, msg.PaystackErrNotFound, orDefault(e.Message, "Entity not found"))
	case KindValidation:
		s := msg.In(l, msg.PaystackErrValidation, orDefault(e.Message, strconv.Itoa(e.Status)))
		if e.Code != "" {
			s += " (" + e.Code + ")"
		}
		if e.NextStep != "" {
			s += " " + msg.In(l, msg.PaystackErrNextStep, e.NextStep)
		}
		return s
	case KindRefused:
		return msg.In(l, msg.PaystackErrRefused, e.Status, orDefault(e.Message, http.StatusText(e.Status)))
	case KindRateLimited:
		if e.RetryAfter > 0 {
			return msg.In(l, msg.PaystackErrRetryAfter, e.RetryAfter.Round(time.Second).String())
		}
		return msg.In(l, msg.PaystackErrRateLimited)
	case KindUnavailable:
		return msg.In(l, msg.PaystackErrUnavailable, e.Status)
	case KindNotJSON:
		return msg.In(l, msg.PaystackErrNotJSON, e.Status)
	case KindMalformed:
		return msg.In(l, msg.PaystackErrMalformed, e.Status)
	case KindTimeout:
		return msg.In(l, msg.PaystackErrTimeout)
	case KindNetwork:
		return msg.In(l, msg.PaystackErrNetwork, orDefault(e.Host, DefaultBaseURL))
	case KindCanceled:
		return msg.In(l, msg.PaystackErrCanceled)
	case KindOutcomeUnknown:
		// The cause's own advice ("try again") would contradict "look first";
		// it stays reachable through Unwrap for logs.
		return msg.In(l, msg.PaystackErrOutcomeUnknown)
	case KindInsecureBaseURL:
		return msg.In(l, msg.PaystackErrInsecureBase, e.Host)
	default:
		return msg.In(l, msg.PaystackErrBadRequest, orDefault(e.Message, e.Op))
	}
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

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
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
