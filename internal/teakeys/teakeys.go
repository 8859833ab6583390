// Package teakeys turns key names into the key presses a terminal sends, for
// tests that drive a Bubble Tea model directly.
//
//	m.Update(teakeys.Press("shift+tab"))
package teakeys

import (
	"strings"

	tea "charm.land/bubbletea/v2"
)

var named = map[string]tea.KeyPressMsg{
	"enter":     {Code: tea.KeyEnter},
	"esc":       {Code: tea.KeyEscape},
	"tab":       {Code: tea.KeyTab},
	"shift+tab": {Code: tea.KeyTab, Mod: tea.ModShift},
	"backspace": {Code: tea.KeyBackspace},
	"space":     {Code: tea.KeySpace, Text: " "},
	"up":        {Code: tea.KeyUp},
	"down":      {Code: tea.KeyDown},
	"left":      {Code: tea.KeyLeft},
	"right":     {Code: tea.KeyRight},
	"delete":    {Code: tea.KeyDelete},
	"f1":        {Code: tea.KeyF1},
	"alt+enter": {Code: tea.KeyEnter, Mod: tea.ModAlt},
	"pgup":      {Code: tea.KeyPgUp},
	"pgdown":    {Code: tea.KeyPgDown},
	"home":      {Code: tea.KeyHome},
	"end":       {Code: tea.KeyEnd},
}

// Press is the key press for a name such as "enter", "ctrl+c" or "a"; any
// other text is one printable key whose text is the name itself.
func Press(name string) tea.KeyPressMsg {
	if k, ok := named[name]; ok {
		return k
	}
	if rest, ok := strings.CutPrefix(name, "ctrl+"); ok && rest != "" {
		return tea.KeyPressMsg{Code: []rune(rest)[0], Mod: tea.ModCtrl}
	}
	return tea.KeyPressMsg{Code: []rune(name)[0], Text: name}
}
