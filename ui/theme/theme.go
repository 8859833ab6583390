// Package theme holds the wizard's styles and key map, shared by the shell and
// every step so that all screens look and answer the same:
//
//	th := theme.New(hasDarkBackground, noColor)
//	title := th.Title.Render("Secret key")
//	keys := theme.NewKeys(printer)
//	if key.Matches(kp, keys.Next) { ... }
package theme

import (
	"image/color"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"

	"paystack-setup/msg"
)

// Theme is one set of styles. Colours are picked for the terminal's background
// so that text stays readable on light and dark terminals alike.
type Theme struct {
	NoColor bool

	Title, Subtitle, Text, Muted, Accent, Code, Good, Warn, Bad, Demo, Box, Help lipgloss.Style
}

// New builds the theme; noColor (NO_COLOR or --no-color) drops every colour
// and keeps only bold and faint, which survive on any terminal.
func New(dark, noColor bool) Theme {
	t := Theme{NoColor: noColor}
	base := lipgloss.NewStyle()
	if noColor {
		t.Title = base.Bold(true)
		t.Subtitle = base.Bold(true)
		t.Text = base
		t.Muted = base.Faint(true)
		t.Accent = base.Bold(true)
		t.Code = base
		t.Good = base
		t.Warn = base.Bold(true)
		t.Bad = base.Bold(true)
		t.Demo = base.Bold(true).Reverse(true)
		t.Box = base.Border(lipgloss.NormalBorder()).Padding(0, 1)
		t.Help = base.Faint(true)
		return t
	}
	ld := lipgloss.LightDark(dark)
	pick := func(light, darkc string) color.Color { return ld(lipgloss.Color(light), lipgloss.Color(darkc)) }
	accent := pick("#0B6E4F", "#3BD6A0") // Paystack-like teal, dark enough on white
	t.Title = base.Bold(true).Foreground(accent)
	t.Subtitle = base.Bold(true)
	t.Text = base
	t.Muted = base.Foreground(pick("#5C5C5C", "#A0A0A0"))
	t.Accent = base.Foreground(accent).Bold(true)
	t.Code = base.Foreground(pick("#1F3A93", "#8AB4F8"))
	t.Good = base.Foreground(pick("#1B7F2A", "#5FD068"))
	t.Warn = base.Foreground(pick("#8A5A00", "#F2C94C"))
	t.Bad = base.Foreground(pick("#B00020", "#FF6B6B"))
	t.Demo = base.Bold(true).Foreground(pick("#FFFFFF", "#000000")).Background(pick("#8A5A00", "#F2C94C")).Padding(0, 1)
	t.Box = base.Border(lipgloss.RoundedBorder()).BorderForeground(accent).Padding(0, 1)
	t.Help = base.Foreground(pick("#5C5C5C", "#A0A0A0"))
	return t
}

// Marks used for check results; they carry meaning without colour.
const (
	MarkPass = "✓"
	MarkWarn = "!"
	MarkFail = "✗"
	MarkSkip = "-"
)

// KeyMap is the shell's bindings, the same for every screen.
type KeyMap struct {
	Next, Back, Quit, Cancel, Up, Down, Copy, Menu key.Binding
}

// Printer renders the keys' help in the front end's language.
type Printer interface {
	T(id msg.ID, args ...any) string
}

// NewKeys builds the key map with its help in p's language: each front end
// has its own, so no language is global.
func NewKeys(p Printer) KeyMap {
	return KeyMap{
		Next:   key.NewBinding(key.WithKeys("enter", "tab"), key.WithHelp("enter", p.T(msg.WizKeyNext))),
		Back:   key.NewBinding(key.WithKeys("esc", "shift+tab"), key.WithHelp("esc", p.T(msg.WizKeyBack))),
		Quit:   key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", p.T(msg.WizKeyQuit))),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", p.T(msg.WizKeyCancel))),
		Up:     key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑", p.T(msg.WizKeyUp))),
		Down:   key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓", p.T(msg.WizKeyDown))),
		Copy:   key.NewBinding(key.WithKeys("c"), key.WithHelp("c", p.T(msg.WizKeyCopy))),
		Menu:   key.NewBinding(key.WithKeys("m"), key.WithHelp("m", p.T(msg.WizKeyMenu))),
	}
}
