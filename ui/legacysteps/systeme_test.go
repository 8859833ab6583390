package legacysteps

import (
	"strings"
	"testing"

	"paystack-setup/internal/teakeys"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/state"
)

func newSystemeDriver(t *testing.T) *driver {
	d := newDriver(t, nil, false)
	k, _ := paystack.ParseSecretKey(sandbox.DemoTestKey)
	d.ctx.Key = k
	d.ctx.State.Subaccount = &state.SubaccountRef{Code: "ACCT_shopcode", BusinessName: "Ada Shop"}
	d.step = NewSysteme(d.ctx)
	d.init()
	return d
}

func TestSystemeShowsTheClicksAndTheSubaccountToPick(t *testing.T) {
	d := newSystemeDriver(t)
	d.wantView("profile photo → Settings → Payment gateways", "Connect", "Ada Shop (ACCT_shopcode)", "Save", "Synchronization", "sk_test_…0001")
	d.wantNoKeyOnScreen(sandbox.DemoTestKey)
	d.press("enter")
	if !d.ctx.State.SystemeConnected || d.ctx.State.SystemeConnectedAt.IsZero() {
		t.Fatal("confirmation not recorded")
	}
}

func TestSystemeCopiesTheKeyOnlyAfterTwoConfirmations(t *testing.T) {
	d := newSystemeDriver(t)
	d.press("c")
	d.wantView("other apps")
	if len(d.copied) != 0 {
		t.Fatal("copied before any confirmation")
	}
	d.press("y")
	if len(d.copied) != 0 {
		t.Fatal("copied after a single confirmation")
	}
	d.press("y")
	if len(d.copied) != 1 || d.copied[0] != sandbox.DemoTestKey {
		t.Fatalf("key not copied after the second confirmation (%d copies)", len(d.copied))
	}
	d.wantNoKeyOnScreen(sandbox.DemoTestKey)
}

func TestSystemeCopyCanBeRefused(t *testing.T) {
	d := newSystemeDriver(t)
	d.press("c", "y", "n")
	d.wantView("Not copied")
	if len(d.copied) != 0 {
		t.Fatal("copied although the merchant said no")
	}
	if d.lastShell() != nil {
		t.Fatal("refusing the copy left the step")
	}
	// Coming back to the step later: the old answer is no news any more.
	d.press("esc")
	d.init()
	if strings.Contains(d.view(), "Not copied") {
		t.Fatalf("a copy refused on an earlier visit is still reported:\n%s", d.view())
	}
}

func TestSystemeProgramWarnsBeforeCopy(t *testing.T) {
	d := newDriver(t, nil, false)
	k, _ := paystack.ParseSecretKey(sandbox.DemoTestKey)
	d.ctx.Key = k
	tm := runStep(t, NewSysteme(d.ctx))
	waitScreen(t, tm, "Payment gateways")
	tm.Send(teakeys.Press("c"))
	waitScreen(t, tm, "(y/n)")
	tm.Send(teakeys.Press("n"))
	tm.Send(teakeys.Press("enter"))
	waitScreen(t, tm, "<<NEXT>>")
}
