package legacysteps

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"paystack-setup/msg"
	"paystack-setup/ui/theme"
)

type sysPhase int

const (
	sysGuide   sysPhase = iota
	sysWarn             // clipboard risks shown, waiting for "y"
	sysConfirm          // second confirmation before the key leaves the program
)

// Systeme guides the merchant through connecting Paystack inside systeme.io.
// Nothing here can be automated: systeme.io has no API for gateways.
type Systeme struct {
	ctx    *Context
	phase  sysPhase
	copied bool
	note   string
}

func NewSysteme(ctx *Context) *Systeme { return &Systeme{ctx: ctx} }

func (s *Systeme) ID() string    { return "systeme" }
func (s *Systeme) Title() string { return msg.T(msg.StSysTitle) }
func (s *Systeme) Busy() bool    { return false }
func (s *Systeme) Init() tea.Cmd {
	// "Copied" or "Not copied" answered an earlier visit; shown again after
	// going back and forth it reads as if something just happened.
	s.phase, s.note = sysGuide, ""
	return nil
}

var (
	sysCopyKey = key.NewBinding(key.WithKeys("c"), key.WithHelp("c", ""))
	sysYes     = key.NewBinding(key.WithKeys("y"), key.WithHelp("y", ""))
)

func (s *Systeme) Keys() []key.Binding {
	if s.phase != sysGuide {
		yes := sysYes
		yes.SetHelp("y", msg.T(msg.StSysCopyYes))
		no := key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n/esc", msg.T(msg.StSysCopyNo)))
		return []key.Binding{yes, no}
	}
	done := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", msg.T(msg.StSysDone)))
	ks := []key.Binding{done, theme.Keys.Back}
	if s.canCopy() {
		c := sysCopyKey
		c.SetHelp("c", msg.T(msg.StSysCopyKey))
		ks = append(ks, c)
	}
	return ks
}

func (s *Systeme) canCopy() bool { return s.ctx.Clipboard != nil && !s.ctx.Key.IsZero() }

func (s *Systeme) Update(m tea.Msg) tea.Cmd {
	kp, ok := m.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	switch s.phase {
	case sysWarn, sysConfirm:
		switch {
		case key.Matches(kp, sysYes) && s.phase == sysWarn:
			s.phase = sysConfirm
		case key.Matches(kp, sysYes):
			s.phase, s.copied = sysGuide, true
			s.note = msg.T(msg.StSysCopied)
			return s.ctx.Clipboard(s.ctx.Key.Reveal())
		default:
			s.phase = sysGuide
			s.note = msg.T(msg.StSysNotCopied)
		}
		return nil
	}
	switch {
	case kp.String() == "enter" || kp.String() == "tab":
		s.ctx.State.SystemeConnected = true
		s.ctx.State.SystemeConnectedAt = time.Now().UTC()
		return Next
	case key.Matches(kp, theme.Keys.Back):
		return Back
	case key.Matches(kp, sysCopyKey) && s.canCopy():
		s.phase, s.note = sysWarn, ""
	}
	return nil
}

// SubaccountLabel is how systeme.io's drop-down names the subaccount: its
// business name (the code helps when two share a name).
func (s *Systeme) SubaccountLabel() string {
	sa := s.ctx.State.Subaccount
	if sa == nil {
		return ""
	}
	if sa.BusinessName == "" {
		return sa.Code
	}
	return sa.BusinessName + " (" + sa.Code + ")"
}

func (s *Systeme) View(width, height int) string {
	th := s.ctx.T()
	var b strings.Builder
	switch s.phase {
	case sysWarn:
		b.WriteString(th.Warn.Render(para(width, msg.T(msg.StSysCopyWarning))) + "\n\n")
		b.WriteString(para(width, msg.T(msg.StSysCopyAsk)))
		return b.String()
	case sysConfirm:
		b.WriteString(th.Warn.Render(para(width, msg.T(msg.StSysCopyConfirm))))
		return b.String()
	}
	b.WriteString(para(width, msg.T(msg.StSysIntro)) + "\n\n")
	sub := s.SubaccountLabel()
	if sub == "" {
		sub = msg.T(msg.StSysNoSubaccount)
	}
	keyText := msg.T(msg.StSysNoKey)
	if !s.ctx.Key.IsZero() {
		keyText = s.ctx.Key.Masked()
	}
	lines := []string{
		msg.T(msg.StSysStep1),
		msg.T(msg.StSysStep2),
		msg.T(msg.StSysStep3, keyText),
		msg.T(msg.StSysStep4, th.Accent.Render(sub)),
		msg.T(msg.StSysStep5),
		msg.T(msg.StSysStep6),
	}
	for i, l := range lines {
		b.WriteString(item(width, string(rune('1'+i))+". ", l) + "\n")
	}
	if s.note != "" {
		b.WriteString("\n" + th.Muted.Render(para(width, s.note)) + "\n")
	}
	b.WriteString("\n" + th.Subtitle.Render(para(width, msg.T(msg.StSysConfirmAsk))))
	return b.String()
}
