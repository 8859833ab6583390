package keystore

import (
	"regexp"
	"strings"
)

// secretKeyShape is the start of a Paystack secret key, in any case and
// wherever it sits in a text, with enough of its body to be one.
var secretKeyShape = regexp.MustCompile(`(?i)sk_(live|test)_[a-z0-9]{8}`)

// HoldsSecretKey reports whether text holds (the start of) a Paystack secret
// key, such as a paste meant for the key step that landed in another field.
func HoldsSecretKey(text string) bool { return secretKeyShape.MatchString(text) }

// secretKeyRun is a whole key-shaped run of characters, for masking.
var secretKeyRun = regexp.MustCompile(`(?i)sk_(live|test)_[a-z0-9]{8,}`)

// MaskSecretKeys replaces every key-shaped run in text with its prefix and an
// ellipsis: the last safety net before a screen is drawn, whatever way a key
// reached a field (typed by a terminal without bracketed paste, say).
func MaskSecretKeys(text string) string {
	if !HoldsSecretKey(text) {
		return text
	}
	return secretKeyRun.ReplaceAllStringFunc(text, func(k string) string {
		return strings.ToLower(k[:len("sk_live_")]) + "…"
	})
}
