// Package safetext makes text from outside the program (a plans file, a typed
// name, Paystack's answers, a hand-edited state file, an error that quotes
// any of them) safe to show on a terminal. Escape sequences are removed whole
// and every other control character goes, so data can neither retitle the
// window, ring the bell, hide text nor move the cursor; every printable
// character stays, Devanagari with its joiners included.
//
//	name := safetext.Line(cell)          // one line: tabs and line breaks become spaces
//	text := safetext.Text(problems)      // keeps line breaks and tabs
//	w := safetext.Writer(os.Stderr)      // every write goes through Text
//
// It cleans data, never a rendered screen: the program's own styling is made
// of the very sequences it removes.
package safetext

import (
	"io"
	"strings"
	"unicode/utf8"
)

// Line is s as one line of plain text: escape sequences and control
// characters removed, tabs and line breaks turned into spaces (a name split
// over two lines would break a table's columns).
func Line(s string) string { return clean(s, false) }

// Text is s with escape sequences and control characters removed, except the
// line breaks and tabs of a text of several lines.
func Text(s string) string { return clean(s, true) }

func clean(s string, keepLayout bool) string {
	if !needsCleaning(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			if keepLayout {
				return r
			}
			return ' '
		case r == '\r':
			if keepLayout {
				return -1 // "\r\n" is one line break; a lone \r would overwrite the line
			}
			return ' '
		case isControl(r):
			return -1
		}
		return r
	}, stripEscapes(c1AsEscape(s)))
}

// c1AsEscape writes each C1 control character in its 7-bit form: to many
// terminals U+009B is ESC [, so "\u009b2J" clears the screen and must go
// whole, like the sequence it starts.
func c1AsEscape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := c1At(s, i)
		switch {
		case r >= 0 && b.Len() == 0:
			b.Grow(len(s) + 8)
			b.WriteString(s[:i])
			fallthrough
		case r >= 0:
			b.WriteByte(0x1b)
			b.WriteByte(byte(r - 0x40))
		case b.Len() > 0:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	if b.Len() == 0 {
		return s
	}
	return b.String()
}

// c1At is the C1 control at s[i] (-1 when there is none) and the bytes it or
// the character there takes. A C1 is the character U+0080–U+009F, or such a
// byte alone outside UTF-8, which terminals that take 8-bit controls read the same.
func c1At(s string, i int) (rune, int) {
	r, size := utf8.DecodeRuneInString(s[i:])
	switch {
	case isC1(r):
		return r, size
	case r == utf8.RuneError && size == 1 && s[i] >= 0x80 && s[i] < 0xa0:
		return rune(s[i]), 1
	}
	return -1, size
}

// needsCleaning is the fast path: most text has no byte that could start a
// control character or a sequence, and is returned as it is.
func needsCleaning(s string) bool {
	for i := 0; i < len(s); i++ {
		b := s[i]
		if b < 0x20 || b == 0x7f {
			return true
		}
		if b >= 0x80 {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError || isControl(r) {
				return true // a raw 0x9b is an 8-bit CSI to some terminals
			}
			i += size - 1
		}
	}
	return false
}

// isControl is C0, DEL and C1: the characters a terminal acts on instead of
// drawing. Format characters such as the zero-width joiner are not among
// them; Devanagari needs those to draw its conjuncts.
func isControl(r rune) bool {
	return r < 0x20 || r == 0x7f || isC1(r)
}

func isC1(r rune) bool { return r >= 0x80 && r < 0xa0 }

// writer cleans everything written through it.
type writer struct{ w io.Writer }

// Writer wraps w so that what is written through it is cleaned with Text. It
// is for streams of messages, which the program never styles; a sequence
// split across two writes is not recognised, and messages are written a line
// at a time.
func Writer(w io.Writer) io.Writer { return writer{w} }

func (c writer) Write(p []byte) (int, error) {
	s := string(p)
	if !needsCleaning(s) {
		return c.w.Write(p)
	}
	if _, err := io.WriteString(c.w, Text(s)); err != nil {
		return 0, err
	}
	return len(p), nil
}

// stripEscapes removes ECMA-48 escape sequences whole: CSI (ESC [ … final),
// the control strings OSC, DCS, SOS, PM and APC (up to BEL or ST, or the end
// when never ended), and the two- and three-byte ESC sequences. Written here
// rather than taken from a terminal library, because the domain packages that
// clean what they read must not depend on a front end's toolkit.
func stripEscapes(s string) string {
	if !strings.Contains(s, "\x1b") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] != 0x1b {
			b.WriteByte(s[i])
			i++
			continue
		}
		i = SkipEscape(s, i)
	}
	return b.String()
}

// SkipEscape returns the index just past the escape sequence at s[i] (ESC).
func SkipEscape(s string, i int) int {
	i++ // ESC
	if i >= len(s) {
		return i
	}
	switch c := s[i]; {
	case c == '[': // CSI: parameters and intermediates, then one final byte
		for i++; i < len(s); i++ {
			if s[i] >= 0x40 && s[i] <= 0x7e {
				return i + 1
			}
		}
		return i
	case c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_': // control strings
		for i++; i < len(s); i++ {
			if s[i] == 0x07 {
				return i + 1
			}
			if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
		}
		return i
	case c >= 0x20 && c <= 0x2f: // intermediates, then a final byte
		for ; i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f; i++ {
		}
		if i < len(s) {
			i++
		}
		return i
	default: // a two-byte sequence (ESC 7, ESC c, ESC \\ …)
		return i + 1
	}
}
