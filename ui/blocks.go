package ui

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/textinput"
	"github.com/charmbracelet/x/ansi"

	"paystack-setup/keystore"
	"paystack-setup/steps"
	"paystack-setup/ui/render"
	"paystack-setup/ui/theme"
)

// blocks draws what a page says, a blank row between blocks.
func (w *Wizard) blocks(width int, bs []steps.Block) string {
	parts := make([]string, 0, len(bs))
	for _, b := range bs {
		if s := w.block(width, b); s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, "\n\n")
}

// tone is how a tone draws: a style (nil for plain text, which is drawn as
// it is) and a mark, which carries the meaning where colour is off
// (NO_COLOR) or unseen.
func (w *Wizard) tone(t steps.Tone) (style func(...string) string, mark string) {
	plain := func(s ...string) string { return strings.Join(s, " ") }
	switch t {
	case steps.Muted:
		return w.th.Muted.Render, ""
	case steps.Accent:
		return w.th.Accent.Render, ""
	case steps.Success:
		return w.th.Good.Render, theme.MarkPass + " "
	case steps.Warn:
		return w.th.Warn.Render, theme.MarkWarn + " "
	case steps.Error:
		return w.th.Bad.Render, theme.MarkFail + " "
	}
	return plain, ""
}

func (w *Wizard) block(width int, b steps.Block) string {
	style, mark := w.tone(b.Tone)
	switch b.Kind {
	case steps.Numbered, steps.Bullets:
		var rows []string
		if !b.Text.IsZero() {
			rows = append(rows, w.th.Subtitle.Render(render.Para(width, w.pr.Text(b.Text))))
		}
		for i, it := range b.Items {
			marker := "  • "
			if b.Kind == steps.Numbered {
				marker = strconv.Itoa(i+1) + ". "
			}
			rows = append(rows, style(render.Item(width, marker, w.pr.Text(it))))
		}
		return strings.Join(rows, "\n")
	case steps.Value:
		text := w.pr.Text(b.Text)
		if b.Tone == steps.Plain {
			// Unstyled and unindented, so that a mouse selection copies
			// exactly the value; broken at the edge because the terminal
			// cuts, not wraps, a long row.
			return ansi.HardwrapWc(text, width, false)
		}
		return "    " + style(text)
	case steps.TableBlock:
		return w.table(width, b.Table)
	}
	if b.Text.IsZero() {
		return ""
	}
	return style(render.Para(width, mark+w.pr.Text(b.Text)))
}

// table lines its columns up; cells are data, stripped of control bytes.
func (w *Wizard) table(width int, t *steps.Table) string {
	if t == nil {
		return ""
	}
	rows := [][]string{{}}
	for _, c := range t.Columns {
		rows[0] = append(rows[0], w.pr.Text(c))
	}
	for _, r := range t.Rows {
		cells := make([]string, len(r))
		for i, c := range r {
			cells[i] = render.Data(c)
		}
		rows = append(rows, cells)
	}
	var widths []int
	for _, r := range rows {
		for i, c := range r {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], ansi.StringWidthWc(c))
		}
	}
	out := make([]string, len(rows))
	for n, r := range rows {
		var b strings.Builder
		for i, c := range r {
			if i > 0 {
				b.WriteString("  ")
			}
			b.WriteString(c)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-ansi.StringWidthWc(c)))
			}
		}
		line := ansi.TruncateWc(b.String(), width, "…")
		if n == 0 {
			line = w.th.Subtitle.Render(line)
		}
		out[n] = line
	}
	return strings.Join(out, "\n")
}

// markFor is a check's status as the mark the summary shows.
func (w *Wizard) markFor(status string) string {
	switch status {
	case "pass":
		return w.th.Good.Render(theme.MarkPass)
	case "warn":
		return w.th.Warn.Render(theme.MarkWarn)
	case "fail", "error":
		return w.th.Bad.Render(theme.MarkFail)
	case "":
		return ""
	}
	return w.th.Muted.Render(theme.MarkSkip)
}

// steadyInput is a text input with a steady cursor: a blinking one redraws the
// screen twice a second for nothing and distracts screen magnifiers.
func steadyInput() textinput.Model {
	in := textinput.New()
	st := in.Styles()
	st.Cursor.Blink = false
	in.SetStyles(st)
	in.Prompt = "› "
	return in
}

// fieldView draws a text input with any secret key in its value masked
// first. A field shows only the part of a long value around the cursor, and
// draws the cursor as a colour sequence inside the text: a key whose
// "sk_live_" has scrolled out of sight, or has the cursor in it, no longer
// looks like one to the mask the shell puts over the screen. A key gets into
// a field other than the key's when a terminal without bracketed paste
// types a paste in.
func fieldView(in textinput.Model) string {
	value := in.Value()
	if in.EchoMode != textinput.EchoNormal || !keystore.HoldsSecretKey(value) {
		return in.View()
	}
	// in is a copy: the field keeps what was typed, only the drawing changes.
	runes := []rune(value)
	pos := min(in.Position(), len(runes))
	in.SetValue(keystore.MaskSecretKeys(value))
	in.SetCursor(utf8.RuneCountInString(keystore.MaskSecretKeys(string(runes[:pos]))))
	return in.View()
}
