package legacysteps

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	tea "charm.land/bubbletea/v2"

	"paystack-setup/internal/teakeys"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
)

const systemeHook = "https://systeme.io/api/paystack/webhook/abc123"

func TestWebhookRefusesHTTP(t *testing.T) {
	d := newDriver(t, func(c *Context) Step { return NewWebhook(c) }, false)
	d.init()
	d.typeText("http://systeme.io/api/paystack/webhook/abc123")
	d.press("enter")
	d.wantView("https://")
	d.press("enter")
	if d.lastShell() != nil || d.ctx.State.WebhookURL["test"] != "" {
		t.Fatal("an http:// webhook URL was accepted")
	}
}

func TestWebhookAcceptedShownAloneAndStoredForTheMode(t *testing.T) {
	d := newDriver(t, nil, false)
	k, _ := paystack.ParseSecretKey(sandbox.DemoLiveKey)
	d.ctx.Key = k
	d.step = NewWebhook(d.ctx)
	d.init()
	d.paste(systemeHook)
	d.press("enter")
	d.wantView("\n"+systemeHook+"\n", "Live Webhook URL", "API Keys & Webhooks")
	d.press("c")
	if len(d.copied) != 1 || d.copied[0] != systemeHook {
		t.Fatal("c did not copy the webhook URL")
	}
	d.press("enter")
	if d.ctx.State.WebhookURL["live"] != systemeHook {
		t.Fatalf("stored %v", d.ctx.State.WebhookURL)
	}
	if _, ok := d.lastShell().(NextMsg); !ok {
		t.Fatal("enter does not go on")
	}
}

func TestWebhookOtherHostWarnsButAccepts(t *testing.T) {
	d := newDriver(t, func(c *Context) Step { return NewWebhook(c) }, false)
	d.init()
	d.paste("https://hooks.example.com/p")
	d.press("enter")
	d.wantView("hooks.example.com", "Test Webhook URL", "!")
	d.press("enter")
	if d.ctx.State.WebhookURL["test"] != "https://hooks.example.com/p" {
		t.Fatal("a warned URL was refused")
	}
}

func TestWebhookBackKeepsTheURL(t *testing.T) {
	d := newDriver(t, func(c *Context) Step { return NewWebhook(c) }, false)
	d.init()
	d.paste(systemeHook)
	d.press("enter", "e", "esc") // edit, then change one's mind
	d.wantView(systemeHook, "Test Webhook URL")
	d.press("esc")
	if _, ok := d.lastShell().(BackMsg); !ok {
		t.Fatal("esc does not go back")
	}
	d.run(d.step.Init())
	d.wantView(systemeHook)
}

func TestWebhookProgramHTTPThenHTTPSThenBack(t *testing.T) {
	d := newDriver(t, nil, false)
	tm := runStep(t, NewWebhook(d.ctx))
	waitScreen(t, tm, "paste it here")
	tm.Type("http://systeme.io/hook")
	tm.Send(teakeys.Press("enter"))
	waitScreen(t, tm, "needs https://")
	tm.Send(teakeys.Press("ctrl+u"))
	tm.Send(tea.PasteMsg{Content: systemeHook})
	tm.Send(teakeys.Press("enter"))
	waitScreen(t, tm, "Test Webhook URL")
	tm.Send(teakeys.Press("shift+tab"))
	waitScreen(t, tm, "<<BACK>>")
}

// TestWebhookLongURLShownWhole: a URL wider than the window is shown on
// several rows rather than cut at the edge, where a merchant copying it with
// the mouse would lose its end.
func TestWebhookLongURLShownWhole(t *testing.T) {
	long := "https://systeme.io/api/payment/webhook/paystack/0f3a9c6e-merchant-identifier-1234567890abcdef/abcdefghijklmnopqrstuvwxyz0123456789"
	d := newDriver(t, func(c *Context) Step { return NewWebhook(c) }, false)
	d.init()
	d.paste(long)
	d.press("enter")
	var rows []string
	for _, row := range strings.Split(d.view(), "\n") {
		if w := ansi.StringWidthWc(row); w > 80 {
			t.Errorf("row %d cells wide in an 80-column window: %q", w, row)
		}
		if strings.HasPrefix(row, "https://") || len(rows) > 0 && row != "" && !strings.Contains(row, " ") {
			rows = append(rows, row)
			continue
		}
		if len(rows) > 0 {
			break
		}
	}
	if got := strings.Join(rows, ""); got != long {
		t.Fatalf("the URL on screen reads %q, want %q:\n%s", got, long, d.view())
	}
}
