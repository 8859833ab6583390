package theme

import (
	"strings"
	"testing"

	"paystack-setup/msg"
)

func TestNoColorThemeDrawsNoColours(t *testing.T) {
	th := New(true, true)
	for _, s := range []string{th.Title.Render("x"), th.Bad.Render("x"), th.Warn.Render("x"), th.Demo.Render("x"), th.Code.Render("x")} {
		if strings.Contains(s, "\x1b[38") || strings.Contains(s, "\x1b[48") {
			t.Fatalf("colour in a no-colour theme: %q", s)
		}
	}
}

func TestColoursFollowTheBackground(t *testing.T) {
	dark, light := New(true, false), New(false, false)
	if dark.Title.Render("x") == light.Title.Render("x") || dark.Bad.Render("x") == light.Bad.Render("x") {
		t.Fatal("the same colours on dark and light terminals")
	}
}

// The keys' help is in the printer's language, so two front ends in one
// process (a Hindi screen, English JSON) never share one.
func TestKeysHaveHelpInThePrintersLanguage(t *testing.T) {
	for _, lang := range msg.Langs {
		keys := NewKeys(msg.NewPrinter(lang))
		for _, b := range []struct {
			id   msg.ID
			help string
		}{{msg.WizKeyNext, keys.Next.Help().Desc}, {msg.WizKeyBack, keys.Back.Help().Desc}, {msg.WizKeyQuit, keys.Quit.Help().Desc}} {
			if b.help == "" || b.help != msg.In(lang, b.id) {
				t.Errorf("%s: %s says %q", lang, b.id, b.help)
			}
		}
		if !strings.Contains(strings.Join(keys.Back.Keys(), " "), "shift+tab") || !strings.Contains(strings.Join(keys.Back.Keys(), " "), "esc") {
			t.Errorf("back keys %v", keys.Back.Keys())
		}
	}
}
