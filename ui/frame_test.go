package ui

import (
	"testing"

	"charm.land/bubbles/v2/key"

	"paystack-setup/msg"
)

// The help bar is laid out again only when what it shows changes: a
// binding's words, a binding switched off, or the width. Each frame of a
// sequence of such changes shows what laying it out afresh shows.
func TestTheRememberedHelpBarFollowsEveryChange(t *testing.T) {
	w := NewWizard(WizardOptions{Lang: msg.English, NoColor: true})
	enter := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "choose"))
	back := key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back"))
	finish := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "finish"))
	off := key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back"), key.WithDisabled())
	frames := []struct {
		bindings []key.Binding
		width    int
	}{
		{[]key.Binding{enter, back}, 80},
		{[]key.Binding{enter, back}, 80},
		{[]key.Binding{finish, back}, 80}, // the same keys, other words
		{[]key.Binding{finish, off}, 80},  // one switched off
		{[]key.Binding{finish, off}, 20},  // a narrower window
		{[]key.Binding{enter, back}, 80},
	}
	cached := w.chrome()
	fresh := w.chrome()
	fresh.helpBar = nil
	for i, f := range frames {
		if got, want := cached.fitHelp(f.bindings, f.width), fresh.fitHelp(f.bindings, f.width); got != want {
			t.Errorf("frame %d: the help bar reads\n%q\nlaid out afresh it reads\n%q", i, got, want)
		}
	}
}
