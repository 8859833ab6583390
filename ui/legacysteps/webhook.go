package legacysteps

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"paystack-setup/checks"
	"paystack-setup/msg"
	"paystack-setup/ui/theme"
)

// Webhook takes the webhook URL systeme.io shows after synchronisation and
// tells the merchant where to paste it in Paystack.
type Webhook struct {
	ctx     *Context
	input   textinput.Model
	err     error
	warning string
	clean   string // the accepted URL, shown back for copying
	copied  bool
	editing bool
}

func NewWebhook(ctx *Context) *Webhook {
	in := steadyInput()
	in.Placeholder = "https://…"
	in.CharLimit = 2048
	w := &Webhook{ctx: ctx, input: in, editing: true}
	if u := ctx.State.WebhookURL[currentMode(ctx)]; u != "" {
		in.SetValue(u)
		w.input = in
		w.accept(u)
	}
	return w
}

func (w *Webhook) ID() string    { return "webhook" }
func (w *Webhook) Title() string { return msg.T(msg.StHookTitle) }
func (w *Webhook) Busy() bool    { return false }

func (w *Webhook) Init() tea.Cmd {
	w.input.SetWidth(56)
	if w.editing {
		return w.input.Focus()
	}
	return nil
}

var (
	hookCopy = key.NewBinding(key.WithKeys("c"), key.WithHelp("c", ""))
	hookEdit = key.NewBinding(key.WithKeys("e"), key.WithHelp("e", ""))
)

func (w *Webhook) Keys() []key.Binding {
	if w.editing {
		check := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", msg.T(msg.StHookCheck)))
		return []key.Binding{check, theme.Keys.Back}
	}
	done := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", msg.T(msg.StHookDone)))
	ks := []key.Binding{done}
	if w.ctx.Clipboard != nil {
		c := hookCopy
		c.SetHelp("c", msg.T(msg.StHookCopy))
		ks = append(ks, c)
	}
	e := hookEdit
	e.SetHelp("e", msg.T(msg.StHookEdit))
	return append(ks, e, theme.Keys.Back)
}

func (w *Webhook) accept(raw string) bool {
	clean, err, warning := checks.ValidateWebhookURL(raw)
	w.err, w.warning = err, warning
	if err != nil {
		return false
	}
	w.clean, w.editing, w.copied = clean, false, false
	return true
}

func (w *Webhook) Update(m tea.Msg) tea.Cmd {
	if p, ok := m.(tea.PasteMsg); ok && w.editing {
		var cmd tea.Cmd
		w.input, cmd = w.input.Update(p)
		w.err = nil
		return cmd
	}
	kp, ok := m.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	if w.editing {
		switch {
		case kp.String() == "enter" || kp.String() == "tab":
			if w.accept(w.input.Value()) {
				w.input.Blur()
			}
			return nil
		case key.Matches(kp, theme.Keys.Back):
			if w.clean != "" {
				w.input.SetValue(w.clean)
				w.editing, w.err = false, nil
				w.input.Blur()
				return nil
			}
			return Back
		}
		var cmd tea.Cmd
		w.input, cmd = w.input.Update(kp)
		w.err = nil
		return cmd
	}
	switch {
	case kp.String() == "enter" || kp.String() == "tab":
		if w.ctx.State.WebhookURL == nil {
			w.ctx.State.WebhookURL = map[string]string{}
		}
		w.ctx.State.WebhookURL[currentMode(w.ctx)] = w.clean
		return Next
	case key.Matches(kp, hookCopy) && w.ctx.Clipboard != nil:
		w.copied = true
		return w.ctx.Clipboard(w.clean)
	case key.Matches(kp, hookEdit):
		w.editing = true
		return w.input.Focus()
	case key.Matches(kp, theme.Keys.Back):
		return Back
	}
	return nil
}

// fieldName is the dashboard field for the key's mode.
func (w *Webhook) fieldName() string {
	if currentMode(w.ctx) == "live" {
		return msg.T(msg.StHookFieldLive)
	}
	return msg.T(msg.StHookFieldTest)
}

func (w *Webhook) View(width, height int) string {
	th := w.ctx.T()
	w.input.SetWidth(max(width-4, 20))
	var b strings.Builder
	if w.editing {
		b.WriteString(para(width, msg.T(msg.StHookIntro)) + "\n\n")
		b.WriteString(w.input.View() + "\n")
		if w.err != nil {
			b.WriteString(th.Bad.Render(para(width, w.err.Error())) + "\n")
		}
		return b.String()
	}
	b.WriteString(th.Good.Render(theme.MarkPass+" "+msg.T(msg.StHookAccepted)) + "\n\n")
	// On its own rows and unstyled so that a mouse selection copies exactly the
	// URL; broken at the edge because the terminal cuts, not wraps, a long row.
	b.WriteString(ansi.HardwrapWc(w.clean, width, false) + "\n\n")
	if w.warning != "" {
		b.WriteString(th.Warn.Render(para(width, theme.MarkWarn+" "+w.warning)) + "\n\n")
	}
	b.WriteString(th.Subtitle.Render(msg.T(msg.StHookWhere)) + "\n")
	b.WriteString(item(width, "1. ", msg.T(msg.StHookStep1)) + "\n")
	b.WriteString(item(width, "2. ", msg.T(msg.StHookStep2, th.Accent.Render(w.fieldName()))) + "\n")
	b.WriteString(item(width, "3. ", msg.T(msg.StHookStep3)) + "\n")
	if w.copied {
		b.WriteString("\n" + th.Muted.Render(para(width, msg.T(msg.StHookCopied))) + "\n")
	}
	return b.String()
}
