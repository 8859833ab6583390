package legacysteps

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"paystack-setup/country"
	"paystack-setup/msg"
	"paystack-setup/ui/theme"
)

// Country is one market Paystack serves for systeme.io merchants; the
// country decides the currency and the bank list.
type Country = country.Country

// Countries in the order the welcome screen lists them.
var Countries = country.All

// Welcome is "before you start": what the merchant needs, and their country.
type Welcome struct {
	ctx    *Context
	cursor int
}

// NewWelcome starts on the country saved earlier, if any.
func NewWelcome(ctx *Context) *Welcome {
	w := &Welcome{ctx: ctx}
	for i, c := range Countries {
		if ctx.State != nil && c.Code == ctx.State.Country {
			w.cursor = i
		}
	}
	return w
}

func (w *Welcome) ID() string    { return "welcome" }
func (w *Welcome) Title() string { return msg.T(msg.StWelcomeTitle) }
func (w *Welcome) Init() tea.Cmd { return nil }
func (w *Welcome) Busy() bool    { return false }
func (w *Welcome) Keys() []key.Binding {
	return []key.Binding{theme.Keys.Up, theme.Keys.Down, chooseKey()}
}

func chooseKey() key.Binding {
	return key.NewBinding(key.WithKeys("enter", "tab"), key.WithHelp("enter", msg.T(msg.StKeyChoose)))
}

func (w *Welcome) Update(m tea.Msg) tea.Cmd {
	kp, ok := m.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	switch {
	case key.Matches(kp, theme.Keys.Up):
		w.cursor = (w.cursor + len(Countries) - 1) % len(Countries)
	case key.Matches(kp, theme.Keys.Down):
		w.cursor = (w.cursor + 1) % len(Countries)
	case key.Matches(kp, theme.Keys.Next):
		c := Countries[w.cursor]
		if w.ctx.State.Country != c.Code {
			// Banks differ per country: a subaccount chosen for another
			// country's bank list no longer fits.
			w.ctx.State.Country, w.ctx.State.Currency = c.Code, c.Currency
		}
		return Next
	case key.Matches(kp, theme.Keys.Back):
		return Back
	}
	return nil
}

func (w *Welcome) View(width, height int) string {
	th := w.ctx.T()
	var b strings.Builder
	b.WriteString(para(width, msg.T(WelcomeIntro(w.ctx.Demo))) + "\n\n")
	b.WriteString(th.Subtitle.Render(msg.T(msg.StWelcomeNeed)) + "\n")
	b.WriteString(item(width, "  • ", msg.T(msg.StWelcomeNeedSysteme)) + "\n")
	b.WriteString(item(width, "  • ", msg.T(msg.StWelcomeNeedPaystack)) + "\n\n")
	b.WriteString(th.Subtitle.Render(msg.T(msg.StWelcomeCountry)) + "\n")
	for i, c := range Countries {
		line := "  " + msg.T(c.Name) + " · " + c.Currency
		if i == w.cursor {
			line = th.Accent.Render("› " + msg.T(c.Name) + " · " + c.Currency)
		}
		b.WriteString(line + "\n")
	}
	b.WriteString("\n" + th.Muted.Render(para(width, msg.T(msg.StWelcomeCurrencyNote))))
	return b.String()
}

// CountryName is the localized name of a country code, or the code itself.
func CountryName(code string) string {
	if c, ok := country.Lookup(code); ok {
		return msg.T(c.Name)
	}
	return code
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

// WelcomeIntro is the opening paragraph; the demo's does not promise that
// answers are kept, as it keeps none.
func WelcomeIntro(demo bool) msg.ID {
	if demo {
		return msg.StWelcomeIntroDemo
	}
	return msg.StWelcomeIntro
}
