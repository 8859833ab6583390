package legacysteps

import (
	"testing"

	"paystack-setup/internal/teakeys"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
)

func TestIPWhitelistNamesTheIPAndTheKeysMode(t *testing.T) {
	d := newDriver(t, nil, false)
	k, _ := paystack.ParseSecretKey(sandbox.DemoLiveKey)
	d.ctx.Key = k
	d.step = NewIPWhitelist(d.ctx)
	d.init()
	d.wantView("185.236.142.1", "Settings → API Keys & Webhooks", "Live secret key")
	if d.ctx.State.IPWhitelist["live"] {
		t.Fatal("confirmed before the merchant said so")
	}
	d.press("enter")
	if !d.ctx.State.IPWhitelist["live"] || d.ctx.State.IPWhitelist["test"] {
		t.Fatalf("confirmation stored for the wrong mode: %v", d.ctx.State.IPWhitelist)
	}
	if _, ok := d.lastShell().(NextMsg); !ok {
		t.Fatal("confirming does not go on")
	}
}

func TestIPWhitelistBack(t *testing.T) {
	d := newDriver(t, func(c *Context) Step { return NewIPWhitelist(c) }, false)
	d.init()
	d.press("shift+tab")
	if _, ok := d.lastShell().(BackMsg); !ok {
		t.Fatal("shift+tab does not go back")
	}
	if d.ctx.State.IPWhitelist["test"] {
		t.Fatal("going back confirmed the whitelist")
	}
}

func TestIPWhitelistProgramBackAndConfirm(t *testing.T) {
	d := newDriver(t, nil, false)
	tm := runStep(t, NewIPWhitelist(d.ctx))
	waitScreen(t, tm, "185.236.142.1", "Test secret key")
	tm.Send(teakeys.Press("esc"))
	waitScreen(t, tm, "<<BACK>>")
}
