package theme

import (
	"strings"
	"testing"
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

func TestKeysHaveHelp(t *testing.T) {
	Init()
	for _, b := range []struct{ name, help string }{
		{"next", Keys.Next.Help().Desc}, {"back", Keys.Back.Help().Desc}, {"quit", Keys.Quit.Help().Desc},
	} {
		if b.help == "" {
			t.Errorf("%s has no help text", b.name)
		}
	}
	if !strings.Contains(strings.Join(Keys.Back.Keys(), " "), "shift+tab") || !strings.Contains(strings.Join(Keys.Back.Keys(), " "), "esc") {
		t.Errorf("back keys %v", Keys.Back.Keys())
	}
}
