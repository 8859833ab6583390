package legacysteps

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"paystack-setup/internal/teakeys"
)

func TestWelcomeShowsWhatIsNeededAndSetsCurrency(t *testing.T) {
	d := newDriver(t, func(c *Context) Step { return NewWelcome(c) }, false)
	d.init()
	d.wantView("systeme.io account", "Paystack account", "paystack.com/signup", "Nigeria", "Ghana", "Kenya", "South Africa", "currency depends on your country")
	d.press("down", "down", "enter") // Kenya
	if d.ctx.State.Country != "KE" || d.ctx.State.Currency != "KES" {
		t.Fatalf("country %q currency %q, want KE KES", d.ctx.State.Country, d.ctx.State.Currency)
	}
	if _, ok := d.lastShell().(NextMsg); !ok {
		t.Fatal("choosing a country does not go on")
	}
}

func TestWelcomeResumesOnSavedCountry(t *testing.T) {
	d := newDriver(t, nil, false)
	d.ctx.State.Country, d.ctx.State.Currency = "ZA", "ZAR"
	d.step = NewWelcome(d.ctx)
	d.init()
	d.wantView("› South Africa · ZAR")
	d.press("enter")
	if d.ctx.State.Currency != "ZAR" {
		t.Fatal("a saved country was lost on enter")
	}
}

func TestMyStepsFitTheSmallestWindow(t *testing.T) {
	builders := map[string]func(*Context) Step{
		"welcome":     func(c *Context) Step { return NewWelcome(c) },
		"key":         func(c *Context) Step { return NewKey(c) },
		"systeme":     func(c *Context) Step { return NewSysteme(c) },
		"ipwhitelist": func(c *Context) Step { return NewIPWhitelist(c) },
		"webhook":     func(c *Context) Step { return NewWebhook(c) },
	}
	for name, build := range builders {
		d := newDriver(t, build, true)
		d.init()
		for _, line := range strings.Split(d.step.View(60, 16), "\n") {
			if w := ansi.StringWidth(line); w > 60 {
				t.Errorf("%s: line of %d cells in a 60-cell window: %q", name, w, line)
			}
		}
	}
}

func TestWelcomeProgramChoosesCountry(t *testing.T) {
	d := newDriver(t, nil, false)
	tm := runStep(t, NewWelcome(d.ctx))
	waitScreen(t, tm, "paystack.com/signup")
	tm.Send(teakeys.Press("up"))
	tm.Send(teakeys.Press("enter"))
	waitScreen(t, tm, "<<NEXT>>")
	if d.ctx.State.Currency != "ZAR" {
		t.Fatalf("up from Nigeria should wrap to South Africa, got %q", d.ctx.State.Currency)
	}
}
