package steps

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// para wraps a paragraph at spaces to the screen width, measuring as wcwidth
// does: terminals without grapheme support give Devanagari vowel signs their
// own cell, so Hindi text measured by graphemes overflows the line.
func para(width int, text string) string {
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

// keepHyphens wraps text with wrapFn without breaking at hyphens.
func keepHyphens(text string, wrapFn func(string) string) string {
	if !strings.Contains(text, "-") {
		return wrapFn(text)
	}
	return strings.ReplaceAll(wrapFn(strings.ReplaceAll(text, "-", heldHyphen)), heldHyphen, "-")
}

// hang wraps text to width with lead before the first row and indent before
// the others.
func hang(width int, lead, indent, text string) []string {
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

// item is one numbered or bulleted line; its wrapped rows start under its
// text, not under the number, so a step of the article reads as one block.
func item(width int, marker, text string) string {
	return strings.Join(hang(width, marker, strings.Repeat(" ", ansi.StringWidthWc(marker)), text), "\n")
}
