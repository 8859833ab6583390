package render

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Para wraps a paragraph at spaces to the screen width, measuring as wcwidth
// does: terminals without grapheme support give Devanagari vowel signs their
// own cell, so Hindi text measured by graphemes overflows the line.
func Para(width int, text string) string {
	if width < 20 {
		return text
	}
	return keepHyphens(text, func(s string) string { return ansi.WordwrapWc(s, width, "") })
}

// heldHyphen stands in for "-" while wrapping: ansi's wrappers always break
// after a hyphen, which split "paystack-setup", "dbus-run-session" and key
// file paths across rows, so a merchant copying them got a broken command.
// It is one cell wide like "-" and never appears in a message.
const heldHyphen = "\u2011"

// keepHyphens wraps text with wrapFn without breaking at hyphens, nor inside
// a paystack-setup command: split over two rows, a command pastes as two.
func keepHyphens(text string, wrapFn func(string) string) string {
	if !strings.Contains(text, "-") {
		return wrapFn(text)
	}
	held := strings.ReplaceAll(holdCommands(text), "-", heldHyphen)
	return strings.ReplaceAll(strings.ReplaceAll(wrapFn(held), heldHyphen, "-"), heldSpace, " ")
}

// heldSpace joins the words of a command while wrapping; ansi's wrappers do
// not break at a no-break space, and it is put back as a plain space.
const heldSpace = "\u00a0"

// commandWords are the words that may follow paystack-setup in a command the
// messages quote; flagsWithValue take the next word along.
var (
	commandWords   = map[string]bool{"audit": true, "key": true, "set": true, "show": true, "delete": true, "profiles": true, "list": true, "sandbox": true, "help": true}
	flagsWithValue = map[string]bool{"--profile": true, "--plans": true, "--fields": true, "--lang": true, "--listen": true, "--api-base": true, "--latency": true, "--subaccounts": true, "--rate": true}
)

// holdCommands joins each "paystack-setup …" command in text with held spaces.
func holdCommands(text string) string {
	words := strings.Split(text, " ")
	var b strings.Builder
	inCommand, takesValue := false, false
	for i, w := range words {
		bare := strings.TrimRight(w, ".,;:)।")
		joined := inCommand && (takesValue || commandWords[bare] || strings.HasPrefix(bare, "-") && len(bare) > 1)
		if i > 0 {
			if joined {
				b.WriteString(heldSpace)
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(w)
		switch {
		case strings.HasSuffix(bare, "paystack-setup"):
			inCommand, takesValue = true, false
		case joined:
			takesValue = flagsWithValue[bare] && bare == w
		default:
			inCommand, takesValue = false, false
		}
		if bare != w { // punctuation ends the command
			inCommand, takesValue = false, false
		}
	}
	return b.String()
}

// Hang wraps text to width with lead before the first row and indent before
// the others.
func Hang(width int, lead, indent, text string) []string {
	if width < 20 {
		return []string{lead + text}
	}
	wrapped := keepHyphens(text, func(s string) string { return ansi.WrapWc(s, width-ansi.StringWidthWc(indent), "") })
	lines := strings.Split(wrapped, "\n")
	for i := range lines {
		if i == 0 {
			lines[i] = lead + lines[i]
		} else {
			lines[i] = indent + lines[i]
		}
	}
	return lines
}

// Item is one numbered or bulleted line; its wrapped rows start under its
// text, not under the number, so a step of the article reads as one block.
func Item(width int, marker, text string) string {
	return strings.Join(Hang(width, marker, strings.Repeat(" ", ansi.StringWidthWc(marker)), text), "\n")
}
