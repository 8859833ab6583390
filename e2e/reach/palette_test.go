package reach

import (
	"image/color"
	"math"
	"testing"

	"charm.land/lipgloss/v2"

	"paystack-setup/ui/theme"
)

// luminance is WCAG 2's relative luminance.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xffff
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// TestPaletteReadable: every coloured text style of the theme reaches WCAG
// AA contrast (4.5:1) on the background it was picked for, on typical light
// and dark terminals, and the DEMO label on its own background.
func TestPaletteReadable(t *testing.T) {
	backgrounds := []struct {
		name string
		dark bool
		bg   color.Color
	}{
		{"white", false, lipgloss.Color("#FFFFFF")},
		{"solarized light", false, lipgloss.Color("#FDF6E3")},
		{"black", true, lipgloss.Color("#000000")},
		{"dark grey (#1E1E1E)", true, lipgloss.Color("#1E1E1E")},
		{"solarized dark", true, lipgloss.Color("#002B36")},
	}
	for _, b := range backgrounds {
		th := theme.New(b.dark, false)
		styles := map[string]lipgloss.Style{
			"Title": th.Title, "Muted": th.Muted, "Accent": th.Accent, "Code": th.Code,
			"Good": th.Good, "Warn": th.Warn, "Bad": th.Bad, "Help": th.Help,
		}
		for name, st := range styles {
			fg := st.GetForeground()
			if _, none := fg.(lipgloss.NoColor); none || fg == nil {
				continue
			}
			if c := contrast(fg, b.bg); c < 4.5 {
				t.Errorf("%s on %s: contrast %.2f:1, under 4.5:1", name, b.name, c)
			}
		}
		if c := contrast(th.Demo.GetForeground(), th.Demo.GetBackground()); c < 4.5 {
			t.Errorf("DEMO label (%s theme): contrast %.2f:1, under 4.5:1", b.name, c)
		}
	}
}
