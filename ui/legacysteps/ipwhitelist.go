package legacysteps

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"paystack-setup/msg"
	"paystack-setup/ui/theme"
)

// SystemeIP is the address systeme.io calls Paystack from; Paystack refuses
// the key's requests from it unless it is on the key's IP whitelist.
const SystemeIP = "185.236.142.1"

// IPWhitelist asks the merchant to add systeme.io's IP in Paystack for the
// key's mode; Paystack has no API to check it, so the merchant confirms.
type IPWhitelist struct{ ctx *Context }

func NewIPWhitelist(ctx *Context) *IPWhitelist { return &IPWhitelist{ctx: ctx} }

func (s *IPWhitelist) ID() string    { return "ipwhitelist" }
func (s *IPWhitelist) Title() string { return msg.T(msg.StIPTitle) }
func (s *IPWhitelist) Busy() bool    { return false }
func (s *IPWhitelist) Init() tea.Cmd { return nil }

func (s *IPWhitelist) Keys() []key.Binding {
	done := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", msg.T(msg.StIPDone)))
	return []key.Binding{done, theme.Keys.Back}
}

// mode is the key's mode; test when nothing says otherwise, since a new
// merchant starts with test keys.
func currentMode(ctx *Context) string {
	if !ctx.Key.IsZero() {
		return string(ctx.Key.Mode())
	}
	if ctx.State.Mode != "" {
		return ctx.State.Mode
	}
	return "test"
}

// ModeName is the localized "Test" / "Live" as Paystack's dashboard labels it.
func ModeName(mode string) string {
	if mode == "live" {
		return msg.T(msg.StModeLive)
	}
	return msg.T(msg.StModeTest)
}

func (s *IPWhitelist) Update(m tea.Msg) tea.Cmd {
	kp, ok := m.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	switch {
	case kp.String() == "enter" || kp.String() == "tab":
		if s.ctx.State.IPWhitelist == nil {
			s.ctx.State.IPWhitelist = map[string]bool{}
		}
		s.ctx.State.IPWhitelist[currentMode(s.ctx)] = true
		return Next
	case key.Matches(kp, theme.Keys.Back):
		return Back
	}
	return nil
}

func (s *IPWhitelist) View(width, height int) string {
	th := s.ctx.T()
	mode := ModeName(currentMode(s.ctx))
	var b strings.Builder
	b.WriteString(para(width, msg.T(msg.StIPIntro)) + "\n\n")
	b.WriteString("    " + th.Accent.Render(SystemeIP) + "\n\n")
	b.WriteString(item(width, "1. ", msg.T(msg.StIPStep1)) + "\n")
	b.WriteString(item(width, "2. ", msg.T(msg.StIPStep2, mode)) + "\n")
	b.WriteString(item(width, "3. ", msg.T(msg.StIPStep3, SystemeIP)) + "\n\n")
	b.WriteString(th.Muted.Render(para(width, msg.T(msg.StIPOthers))) + "\n\n")
	b.WriteString(th.Subtitle.Render(para(width, msg.T(msg.StIPConfirmAsk, SystemeIP, mode))))
	return b.String()
}
