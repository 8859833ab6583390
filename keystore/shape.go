package keystore

import (
	"bytes"
	"io"
	"strings"
	"sync"

	"paystack-setup/internal/leakscan"
	"paystack-setup/internal/safetext"
	"paystack-setup/paystack"
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

// MaskKeyParts replaces every run of leakscan.Window or more characters of
// one of keys in text with an ellipsis, colour and cursor sequences between
// them included: the screen's net for the keys the wizard holds, which
// MaskSecretKeys cannot see once a key's "sk_live_" is gone. A terminal
// without bracketed paste types a pasted key in as keys; on a page with no
// field in focus its first letters act as commands (e opens the webhook
// field) and the rest lands in a field, where nothing else marks it as a key.
func MaskKeyParts(text string, keys ...paystack.SecretKey) string {
	sc := takeScratch()
	defer sc.release()
	masked := keyParts(text, keys, sc)
	if masked == nil {
		return text
	}
	var b strings.Builder
	for i := range len(text) {
		switch {
		case !masked[i]:
			b.WriteByte(text[i])
		case i == 0 || !masked[prevPlain(sc.esc, i)]:
			b.WriteString("…")
		}
	}
	return b.String()
}

// HoldsKeyPart reports whether text holds leakscan.Window characters in a
// row of one of keys (see MaskKeyParts).
func HoldsKeyPart(text string, keys ...paystack.SecretKey) bool {
	sc := takeScratch()
	defer sc.release()
	return keyParts(text, keys, sc) != nil
}

// maskScratch is keyParts' working memory, kept for the next call: the
// wizard masks every frame it draws, and fresh buffers the size of a frame
// each time were most of what a key press allocated (60 KB of a 10 KB
// frame), which over 50,000 subaccounts brought on the garbage collector
// cycles that made the slowest key presses slow.
type maskScratch struct {
	esc   []bool  // esc[i]: text[i] belongs to an escape sequence
	plain []byte  // text without its escape sequences
	at    []int32 // at[i] is where plain[i] is in text
	cover []bool  // cover[i]: plain[i] is part of a key
}

var scratchPool = sync.Pool{New: func() any { return new(maskScratch) }}

func takeScratch() *maskScratch { return scratchPool.Get().(*maskScratch) }

// release returns the scratch to the pool with the frame's text wiped from
// it: a frame that held part of a key must not outlive its masking.
func (sc *maskScratch) release() {
	clear(sc.plain)
	sc.plain = sc.plain[:0]
	scratchPool.Put(sc)
}

// keyParts marks the bytes of text that belong to a run of
// leakscan.Window or more characters of one of keys; masked is nil when
// there is no such run. sc.esc marks those that belong to escape sequences
// (valid until sc is released).
func keyParts(text string, keys []paystack.SecretKey, sc *maskScratch) (masked []bool) {
	prepared, found := false, false
	for _, key := range keys {
		secret := key.Reveal()
		if len(secret) < leakscan.Window {
			continue
		}
		if !prepared {
			prepared = true
			sc.esc = escapeBytes(text, sc.esc)
			sc.plain, sc.at = sc.plain[:0], sc.at[:0]
			for i := range len(text) {
				if !sc.esc[i] {
					sc.plain, sc.at = append(sc.plain, text[i]), append(sc.at, int32(i))
				}
			}
		}
		for i := 0; i+leakscan.Window <= len(secret); i++ {
			part := secret[i : i+leakscan.Window]
			for from := 0; ; {
				j := bytes.Index(sc.plain[from:], []byte(part))
				if j < 0 {
					break
				}
				if !found {
					found = true
					sc.cover = resetBools(sc.cover, len(sc.plain))
				}
				for k := from + j; k < from+j+leakscan.Window; k++ {
					sc.cover[k] = true
				}
				from += j + 1
			}
		}
	}
	if !found {
		return nil
	}
	// A key's characters are ASCII, so a covered byte is never part of a
	// longer character.
	masked = make([]bool, len(text))
	for i, c := range sc.cover[:len(sc.plain)] {
		masked[sc.at[i]] = c
	}
	return masked
}

// resetBools is buf holding n falses, reusing its storage when it can.
func resetBools(buf []bool, n int) []bool {
	if cap(buf) < n {
		return make([]bool, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// prevPlain is the position of the text byte before i, escape sequences
// skipped; 0 when there is none.
func prevPlain(esc []bool, i int) int {
	for j := i - 1; j >= 0; j-- {
		if !esc[j] {
			return j
		}
	}
	return 0
}

// escapeBytes marks the bytes of text that belong to terminal escape
// sequences (safetext.SkipEscape), in buf's storage when it is large enough.
func escapeBytes(text string, buf []bool) []bool {
	esc := resetBools(buf, len(text))
	for i := 0; i < len(text); i++ {
		if text[i] != 0x1b {
			continue
		}
		end := safetext.SkipEscape(text, i)
		for j := i; j < end; j++ {
			esc[j] = true
		}
		i = end - 1
	}
	return esc
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
