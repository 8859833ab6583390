package keystore

import (
	"io"
	"regexp"
)

// secretKeyShape is the start of a Paystack secret key, in any case and
// wherever it sits in a text, with enough of its body to be one. It must not
// continue a word: "desk_test_plans.csv" is a file name, not a key. A colour
// or cursor sequence just before it (ESC [ … m) counts as a word's end, and
// so does a JSON escape: in JSON output a key after a line break or a "<"
// reads \nsk_live_… or \u003csk_live_…, a letter before it.
var secretKeyShape = regexp.MustCompile(`(?i)(?:^|[^a-z0-9]|` + csi + `|` + jsonEscape + `)sk_(?:live|test)_[a-z0-9]{8}`)

// csi is a terminal control sequence, which ends in a letter.
const csi = `\x1b\[[0-9;:?]*[a-z]`

// jsonEscape is a character JSON writes as a backslash and letters.
const jsonEscape = `\\(?:[bfnrt]|u[0-9a-f]{4})`

// HoldsSecretKey reports whether text holds (the start of) a Paystack secret
// key, such as a paste meant for the key step that landed in another field.
func HoldsSecretKey(text string) bool { return secretKeyShape.MatchString(text) }

// secretKeyRun is a whole key-shaped run of characters, for masking.
var secretKeyRun = regexp.MustCompile(`(?i)(^|[^a-z0-9]|` + csi + `|` + jsonEscape + `)(sk_(?:live|test)_)[a-z0-9]{8,}`)

// MaskSecretKeys replaces every key-shaped run in text with its prefix and an
// ellipsis: the last safety net before a screen is drawn, whatever way a key
// reached a field (typed by a terminal without bracketed paste, say).
func MaskSecretKeys(text string) string {
	if !HoldsSecretKey(text) {
		return text
	}
	return secretKeyRun.ReplaceAllString(text, "${1}${2}…")
}

// maskingWriter masks every key-shaped run in what passes through it.
type maskingWriter struct{ w io.Writer }

// MaskingWriter wraps w so that nothing written through it shows a secret
// key: error messages quote what they were given (a line of a file, a flag
// value), and that may be a key. A key split across two writes is not caught;
// messages are written a line at a time.
func MaskingWriter(w io.Writer) io.Writer { return maskingWriter{w} }

func (m maskingWriter) Write(p []byte) (int, error) {
	if !secretKeyShape.Match(p) {
		return m.w.Write(p)
	}
	if _, err := io.WriteString(m.w, MaskSecretKeys(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}
