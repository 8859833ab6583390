package ui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"paystack-setup/msg"
	"paystack-setup/ui/render"
	"paystack-setup/ui/theme"
)

// The smallest window the layout is designed for.
const (
	MinWidth  = 60
	MinHeight = 20
)

// chrome is what every wizard screen draws around what a step shows: the
// step indicator with the DEMO label, notices, and the help bar, within a
// window of at least MinWidth×MinHeight.
type chrome struct {
	pr            render.Printer
	th            *theme.Theme
	keys          *theme.KeyMap
	help          *help.Model
	helpBar       *helpBarCache // nil: laid out every time
	width, height int
	demo          bool
	saveErr       error // the last save's failure: ctrl+c no longer promises progress is saved
}

func (c chrome) tooSmall() bool { return c.width < MinWidth || c.height < MinHeight }

// tooSmallView is the only thing drawn in a window below the minimum.
func (c chrome) tooSmallView() string {
	text := wrapText(c.th.Warn.Render(c.pr.T(msg.WizTooSmall, c.width, c.height, MinWidth, MinHeight)), max(c.width, 10))
	if c.demo {
		text = c.th.Demo.Render(c.pr.T(msg.WizDemoLabel)) + "\n" + text
	}
	return text
}

// quitKey is ctrl+c with what quitting keeps: "progress is saved" would be a
// false promise in the demo, which saves nothing, and after a failed save.
func (c chrome) quitKey() key.Binding {
	quit := c.keys.Quit // a copy: the shared binding keeps its words
	switch {
	case c.demo:
		quit.SetHelp(quit.Help().Key, c.pr.T(msg.WizKeyQuitDemo))
	case c.saveErr != nil:
		quit.SetHelp(quit.Help().Key, c.pr.T(msg.WizKeyQuitUnsaved))
	}
	return quit
}

// header is the step indicator, with the DEMO label at the right edge.
func (c chrome) header(title string) string {
	left := c.th.Title.Render(title)
	if !c.demo {
		return left
	}
	label := c.th.Demo.Render(c.pr.T(msg.WizDemoLabel))
	pad := c.width - ansi.StringWidthWc(left) - ansi.StringWidthWc(label)
	if pad < 1 {
		return left + "\n" + label
	}
	return left + strings.Repeat(" ", pad) + label
}

// compose lays a screen out: top (the header and notices), the body in the
// rows left, the help bar (with ctrl+c) at the bottom.
func (c chrome) compose(top []string, body func(width, height int) string, bindings []key.Binding) string {
	helpBar := c.fitHelp(append(bindings, c.quitKey()), textWidth(c.width))
	topText := strings.Join(top, "\n")
	bodyHeight := c.height - lipgloss.Height(topText) - lipgloss.Height(helpBar) - 2
	text := body(textWidth(c.width), max(bodyHeight, 1))
	// A step that draws more than fits must not push the help bar off screen.
	text = clipLines(text, max(bodyHeight, 1))
	gap := max(bodyHeight-lipgloss.Height(text), 0)
	return topText + "\n\n" + text + strings.Repeat("\n", gap) + "\n" + helpBar
}

// textWidth keeps the last column free of text: tmux (3.3a) draws a Devanagari
// vowel sign that lands in the last column on the cell before it while
// autowrap is off, as Bubble Tea's renderer has it, so "गेटवे" showed as "गेटेव".
func textWidth(width int) int { return max(width-1, 1) }

// helpRows is the most rows the help bar may take; past that the last row
// ends in "…" rather than squeezing the step.
const helpRows = 3

// fitHelp is the help bar within width cells as the terminal counts them. It
// wraps whole bindings onto more rows instead of cutting them, because a
// one-row bar at 80 columns hid "esc back", "ctrl+u clear" and "ctrl+c quit"
// on the busiest screens. Widths are measured with wcwidth: the help bubble
// measures graphemes, which is narrower than a terminal without grapheme
// support shows Hindi, so its own cut would land mid-word.
func (c chrome) fitHelp(bindings []key.Binding, width int) string {
	c.help.SetWidth(0)
	var shown []key.Binding
	for _, b := range bindings {
		if b.Enabled() && b.Help().Key != "" {
			shown = append(shown, b)
		}
	}
	if c.helpBar == nil {
		return c.layHelp(shown, width)
	}
	return c.helpBar.get(shown, width, c.layHelp)
}

// helpBarCache keeps the last help bar laid out, by the bindings and width
// it was laid out for: they seldom change from one frame to the next, and
// fitting a bar draws it once per binding, which was a third of what a key
// press in a list of 50,000 subaccounts allocated.
type helpBarCache struct {
	key string
	bar string
	buf []byte
}

func (h *helpBarCache) get(shown []key.Binding, width int, lay func([]key.Binding, int) string) string {
	h.buf = strconv.AppendInt(h.buf[:0], int64(width), 10)
	for _, b := range shown {
		help := b.Help()
		h.buf = append(append(append(append(h.buf, 0), help.Key...), 1), help.Desc...)
	}
	if string(h.buf) == h.key { // compared without a copy
		return h.bar
	}
	h.key, h.bar = string(h.buf), lay(shown, width)
	return h.bar
}

// layHelp lays the bindings shown out in rows (fitHelp).
func (c chrome) layHelp(shown []key.Binding, width int) string {
	var rows []string
	for len(shown) > 0 {
		n := 1
		for n < len(shown) && ansi.StringWidthWc(c.help.ShortHelpView(shown[:n+1])) <= width {
			n++
		}
		if len(rows) == helpRows-1 && n < len(shown) {
			rows = append(rows, c.cutHelp(shown, width))
			break
		}
		rows = append(rows, c.cutHelp(shown[:n], width))
		shown = shown[n:]
	}
	return strings.Join(rows, "\n")
}

// cutHelp is one row of bindings, ending in "…" where the rest does not fit.
func (c chrome) cutHelp(bindings []key.Binding, width int) string {
	for w := width; ; w-- {
		c.help.SetWidth(w)
		bar := c.help.ShortHelpView(bindings)
		if w <= 1 || ansi.StringWidthWc(bar) <= width {
			c.help.SetWidth(0)
			return bar
		}
	}
}

// styleHelp gives the help bar the theme's colours.
func styleHelp(h *help.Model, th *theme.Theme) {
	h.Styles.ShortKey = th.Accent
	h.Styles.ShortDesc = th.Help
	h.Styles.ShortSeparator = th.Help
	h.Styles.Ellipsis = th.Help
}

func clipLines(s string, n int) string {
	lines := strings.Split(s, "\n")
	if len(lines) <= n {
		return s
	}
	return strings.Join(lines[:n], "\n")
}

// wrapText wraps at spaces to width cells, keeping ANSI styling intact. It
// counts cells as wcwidth does, which is never less than the grapheme count:
// terminals without grapheme support (tmux, many others) give Devanagari
// vowel signs a cell of their own, and a line measured otherwise overflows.
// Hyphens are held while wrapping, as in package render, so that a notice's
// file path (…/paystack-setup/…) is not split where ansi breaks words.
func wrapText(s string, width int) string {
	const held = "\u2011"
	wrapped := ansi.WordwrapWc(strings.ReplaceAll(s, "-", held), width, "")
	// A path longer than the window (a moved-aside state file under a long
	// HOME is ~90 columns) would be cut off by the renderer; broken over two
	// lines it can still be read and typed.
	lines := strings.Split(wrapped, "\n")
	for i, line := range lines {
		if ansi.StringWidthWc(line) > width {
			lines[i] = ansi.HardwrapWc(line, width, true)
		}
	}
	return strings.ReplaceAll(strings.Join(lines, "\n"), held, "-")
}
