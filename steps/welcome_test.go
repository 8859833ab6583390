package steps

import (
	"testing"
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
