package paystack

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"unicode"
	"unicode/utf8"
)

// keyBodyLen is the length after the prefix of every secret key Paystack issues.
const keyBodyLen = 40

const (
	prefixTestSecret = "sk_test_"
	prefixLiveSecret = "sk_live_"
	prefixTestPublic = "pk_test_"
	prefixLivePublic = "pk_live_"
)

// SecretKey is a parsed Paystack secret key. Every way of printing or
// marshalling it yields the masked form, so it can travel through errors,
// logs and state without leaking; only Reveal gives the value.
type SecretKey struct {
	value string
	mode  Mode
}

// KeyProblem names why a pasted text is not a usable secret key.
type KeyProblem string

const (
	KeyEmpty           KeyProblem = "empty"
	KeyPublic          KeyProblem = "public_key"
	KeyNotPaystack     KeyProblem = "not_paystack"
	KeyTruncated       KeyProblem = "truncated"
	KeyTooLong         KeyProblem = "too_long"
	KeyInnerWhitespace KeyProblem = "inner_whitespace"
	KeyInvalidChars    KeyProblem = "invalid_chars"
)

// KeyFormatError says what is wrong with a pasted key without repeating it.
type KeyFormatError struct {
	Problem KeyProblem
	// Got and Want are lengths after the prefix, for truncated and too long.
	Got, Want int
}

// Error is for logs; a merchant reads the sentence the front end makes from
// Problem (package problem).
func (e *KeyFormatError) Error() string {
	s := "paystack: not a secret key: " + string(e.Problem)
	if e.Problem == KeyTruncated || e.Problem == KeyTooLong {
		s += fmt.Sprintf(" (%d characters after the prefix, want %d)", e.Got, e.Want)
	}
	return s
}

// ParseSecretKey accepts a pasted secret key: surrounding whitespace (a
// trailing newline from a file or pipe) is dropped, anything else must be
// exactly sk_test_ or sk_live_ followed by 40 letters or digits.
func ParseSecretKey(s string) (SecretKey, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return SecretKey{}, &KeyFormatError{Problem: KeyEmpty}
	}
	var mode Mode
	switch {
	case strings.HasPrefix(s, prefixTestSecret):
		mode = ModeTest
	case strings.HasPrefix(s, prefixLiveSecret):
		mode = ModeLive
	case strings.HasPrefix(s, prefixTestPublic), strings.HasPrefix(s, prefixLivePublic):
		return SecretKey{}, &KeyFormatError{Problem: KeyPublic}
	default:
		return SecretKey{}, &KeyFormatError{Problem: KeyNotPaystack}
	}
	body := s[len(prefixTestSecret):]
	if strings.IndexFunc(body, unicode.IsSpace) >= 0 {
		return SecretKey{}, &KeyFormatError{Problem: KeyInnerWhitespace}
	}
	for i := 0; i < len(body); i++ {
		if !isKeyChar(body[i]) {
			return SecretKey{}, &KeyFormatError{Problem: KeyInvalidChars}
		}
	}
	switch {
	case len(body) < keyBodyLen:
		return SecretKey{}, &KeyFormatError{Problem: KeyTruncated, Got: len(body), Want: keyBodyLen}
	case len(body) > keyBodyLen:
		return SecretKey{}, &KeyFormatError{Problem: KeyTooLong, Got: len(body), Want: keyBodyLen}
	}
	return SecretKey{value: s, mode: mode}, nil
}

func isKeyChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// Mode tells test from live; empty for the zero key.
func (k SecretKey) Mode() Mode { return k.mode }

// IsZero reports whether no key was parsed.
func (k SecretKey) IsZero() bool { return k.value == "" }

// Masked is the form shown to people: "sk_live_…a1b2".
func (k SecretKey) Masked() string { return Mask(k.value) }

// Reveal gives the key itself, for the Authorization header and the keyring only.
func (k SecretKey) Reveal() string { return k.value }

func (k SecretKey) String() string   { return k.Masked() }
func (k SecretKey) GoString() string { return fmt.Sprintf("paystack.SecretKey(%q)", k.Masked()) }

// Format makes every verb (%v, %+v, %#v, %s, %q, %x, ...) print the masked
// form, because fmt would otherwise reach the unexported value with %+v or %x.
func (k SecretKey) Format(f fmt.State, verb rune) {
	switch verb {
	case 'q':
		fmt.Fprintf(f, "%q", k.Masked())
	case 'v':
		if f.Flag('#') {
			_, _ = f.Write([]byte(k.GoString()))
			return
		}
		_, _ = f.Write([]byte(k.Masked()))
	default:
		_, _ = f.Write([]byte(k.Masked()))
	}
}

// MarshalJSON writes the masked form: a key must never reach a file by accident.
func (k SecretKey) MarshalJSON() ([]byte, error) { return json.Marshal(k.Masked()) }

// LogValue keeps structured logs masked too.
func (k SecretKey) LogValue() slog.Value { return slog.StringValue(k.Masked()) }

// maskTail is how many trailing characters a mask may show.
const maskTail = 4

// Mask hides a key-like text for display: the known prefix and the last four
// characters at most. Short texts show less (no tail below 12 characters
// after the prefix) so that a mask never gives away a large share of a
// secret. It accepts any input, including invalid UTF-8.
func Mask(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	prefix := ""
	for _, p := range []string{prefixTestSecret, prefixLiveSecret, prefixTestPublic, prefixLivePublic} {
		if strings.HasPrefix(s, p) {
			prefix = p
			break
		}
	}
	rest := s[len(prefix):]
	minRest := 12
	if prefix == "" {
		// Without a known prefix nothing tells how long the secret part is.
		minRest = 20
	}
	if !utf8.ValidString(rest) || utf8.RuneCountInString(rest) < minRest {
		return prefix + "…"
	}
	runes := []rune(rest)
	tail := runes[len(runes)-maskTail:]
	for _, r := range tail {
		if !unicode.IsPrint(r) || unicode.IsSpace(r) {
			return prefix + "…"
		}
	}
	return prefix + "…" + string(tail)
}
