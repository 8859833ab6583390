package keystore

import (
	"io"
	"strings"
)

// A key-shaped run is "sk_live_" or "sk_test_", in any case, followed by at
// least 8 key characters, where a word starts: "desk_test_plans.csv" is a
// file name, not a key. A colour or cursor sequence just before it (ESC [ …
// m) ends a word, and so does a JSON escape: in JSON output a key after a
// line break or a "<" reads \nsk_live_… or \u003csk_live_…, a letter
// before it. A whole key's 40 characters after the prefix are a key
// anywhere: a terminal without bracketed paste types a pasted key in after
// whatever the field held ("Gold" and the key read as one word). 40 is the
// length of a key's body (paystack.ParseSecretKey).
//
// The runs are found by a scan, not a regexp: every frame of the wizard is
// masked, and the case-insensitive regexps read a screen holding "sk_" (the
// key step's placeholder) byte by byte, at half a millisecond a frame.
const (
	keyPrefixLen   = len("sk_live_")
	shortestKeyRun = 8
	wholeKeyBody   = 40
)

// keyRun is one key-shaped run: text[start:body] is its prefix, text[body:end]
// the characters masked.
type keyRun struct{ start, body, end int }

// keyRuns lists the key-shaped runs of text, at most max of them (0: all).
func keyRuns(text string, max int) []keyRun {
	var runs []keyRun
	for i := 0; i+keyPrefixLen <= len(text); i++ {
		if text[i] != 's' && text[i] != 'S' || !isKeyPrefix(text[i:i+keyPrefixLen]) {
			continue
		}
		body := i + keyPrefixLen
		end := body
		for end < len(text) && isKeyChar(text[end]) {
			end++
		}
		if n := end - body; n >= wholeKeyBody || n >= shortestKeyRun && startsWord(text, i) {
			runs = append(runs, keyRun{i, body, end})
			if len(runs) == max {
				break
			}
			i = end - 1
		}
	}
	return runs
}

func isKeyPrefix(s string) bool {
	return strings.EqualFold(s, "sk_live_") || strings.EqualFold(s, "sk_test_")
}

func isKeyChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isHex(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// startsWord: text[i] follows no key character, or follows a terminal
// sequence (ESC [, digits and separators, a letter) or a JSON escape (\n,
// \t, \b, \f, \r, \u and four hex digits).
func startsWord(text string, i int) bool {
	if i == 0 || !isKeyChar(text[i-1]) {
		return true
	}
	if c := text[i-1]; isLetter(c) {
		if i >= 2 && text[i-2] == '\\' && strings.IndexByte("bfnrtBFNRT", c) >= 0 {
			return true
		}
		j := i - 2
		for j >= 0 && (text[j] >= '0' && text[j] <= '9' || strings.IndexByte(";:?", text[j]) >= 0) {
			j--
		}
		if j >= 1 && text[j] == '[' && text[j-1] == 0x1b {
			return true
		}
	}
	return i >= 6 && text[i-6] == '\\' && (text[i-5] == 'u' || text[i-5] == 'U') &&
		isHex(text[i-4]) && isHex(text[i-3]) && isHex(text[i-2]) && isHex(text[i-1])
}

// HoldsSecretKey reports whether text holds (the start of) a Paystack secret
// key, such as a paste meant for the key step that landed in another field.
func HoldsSecretKey(text string) bool { return len(keyRuns(text, 1)) > 0 }

// MaskSecretKeys replaces every key-shaped run in text with its prefix and an
// ellipsis: the last safety net before a screen is drawn, whatever way a key
// reached a field (typed by a terminal without bracketed paste, say).
func MaskSecretKeys(text string) string {
	runs := keyRuns(text, 0)
	if len(runs) == 0 {
		return text
	}
	var b strings.Builder
	last := 0
	for _, r := range runs {
		b.WriteString(text[last:r.body])
		b.WriteString("…")
		last = r.end
	}
	b.WriteString(text[last:])
	return b.String()
}

// maskingWriter masks every key-shaped run in what passes through it.
type maskingWriter struct{ w io.Writer }

// MaskingWriter wraps w so that nothing written through it shows a secret
// key: error messages quote what they were given (a line of a file, a flag
// value), and that may be a key. A key split across two writes is not caught;
// messages are written a line at a time.
func MaskingWriter(w io.Writer) io.Writer { return maskingWriter{w} }

func (m maskingWriter) Write(p []byte) (int, error) {
	if !HoldsSecretKey(string(p)) {
		return m.w.Write(p)
	}
	if _, err := io.WriteString(m.w, MaskSecretKeys(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}
