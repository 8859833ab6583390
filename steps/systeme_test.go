package steps_test

import (
	"context"
	"strings"
	"testing"

	"paystack-setup/msg"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/state"
	"paystack-setup/steps"
	"paystack-setup/steps/steptest"
)

func systemeSession(t *testing.T) *sessionT {
	s, root := newSession(t, sandbox.DemoTestKey)
	s.State().Subaccount = &state.SubaccountRef{Code: "ACCT_shopcode", BusinessName: "Ada Shop"}
	return &sessionT{s, root}
}

func TestSystemeShowsTheClicksAndTheSubaccountToPick(t *testing.T) {
	st := systemeSession(t)
	p := steptest.New(t, steptest.ChooseLabel(msg.StSysDone))
	if err := steps.Systeme.Run(context.Background(), st.s, p); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"profile photo → Settings → Payment gateways", "Connect", "Ada Shop (ACCT_shopcode)", "Save", "Synchronization", "sk_test_…0001"} {
		if !strings.Contains(p.Transcript(), want) {
			t.Errorf("the step does not say %q:\n%s", want, p.Transcript())
		}
	}
	if strings.Contains(p.Transcript(), sandbox.DemoTestKey) {
		t.Fatal("the key was shown in full")
	}
	if !st.s.State().SystemeConnected || st.s.State().SystemeConnectedAt.IsZero() {
		t.Fatal("the confirmation was not recorded")
	}
}

func TestSystemeCopiesTheKeyOnlyAfterTwoConfirmations(t *testing.T) {
	st := systemeSession(t)
	p := steptest.New(t,
		steptest.ChooseLabel(msg.StSysCopyKey),
		steptest.ChooseLabel(msg.StSysCopyYes), // the risks, read
		steptest.ChooseLabel(msg.StSysCopyYes), // once more
		steptest.ChooseLabel(msg.StSysDone))
	p.Clipboard = true
	if err := steps.Systeme.Run(context.Background(), st.s, p); err != nil {
		t.Fatal(err)
	}
	if got := p.Copied(); len(got) != 1 || got[0] != sandbox.DemoTestKey {
		t.Fatalf("copied %d texts, want the key once", len(got))
	}
	if !p.Said(msg.StSysCopyWarning) || !p.Said(msg.StSysCopyConfirm) || !p.Said(msg.StSysCopied) {
		t.Errorf("the copy was not warned about, confirmed and reported:\n%s", p.Transcript())
	}
}

func TestSystemeCopyCanBeRefusedAtEitherConfirmation(t *testing.T) {
	for _, refuse := range [][]steptest.Answer{
		{steptest.ChooseLabel(msg.StSysCopyNo)},
		{steptest.Back(steptest.OnChoose)},
		{steptest.ChooseLabel(msg.StSysCopyYes), steptest.ChooseLabel(msg.StSysCopyNo)},
	} {
		st := systemeSession(t)
		p := steptest.New(t, steptest.ChooseLabel(msg.StSysCopyKey))
		p.Add(refuse...)
		p.Add(steptest.ChooseLabel(msg.StSysDone))
		p.Clipboard = true
		if err := steps.Systeme.Run(context.Background(), st.s, p); err != nil {
			t.Fatal(err)
		}
		if len(p.Copied()) != 0 {
			t.Fatal("copied although the merchant said no")
		}
		if !p.Said(msg.StSysNotCopied) {
			t.Errorf("the refusal is not acknowledged:\n%s", p.Transcript())
		}
	}
}

// Where the renderer cannot copy (accessible mode), or there is no key yet,
// copying is not offered at all.
func TestSystemeOffersNoCopyWithoutClipboardOrKey(t *testing.T) {
	st := systemeSession(t)
	p := steptest.New(t, steptest.Choose(0))
	if err := steps.Systeme.Run(context.Background(), st.s, p); err != nil {
		t.Fatal(err)
	}
	if p.Said(msg.StSysCopyKey) {
		t.Errorf("copying offered without a clipboard:\n%s", p.Transcript())
	}
	noKey, _ := newSession(t, "")
	p = steptest.New(t, steptest.Choose(0))
	p.Clipboard = true
	if err := steps.Systeme.Run(context.Background(), noKey, p); err != nil {
		t.Fatal(err)
	}
	if p.Said(msg.StSysCopyKey) || !p.Said(msg.StSysNoKey) || !p.Said(msg.StSysNoSubaccount) {
		t.Errorf("without a key or subaccount the step must say so and offer no copy:\n%s", p.Transcript())
	}
}

func TestSystemeBackRecordsNothing(t *testing.T) {
	st := systemeSession(t)
	p := steptest.New(t, steptest.Back(steptest.OnChoose))
	if err := steps.Systeme.Run(context.Background(), st.s, p); err != steps.ErrBack {
		t.Fatalf("err %v, want ErrBack", err)
	}
	if st.s.State().SystemeConnected {
		t.Fatal("going back recorded the connection")
	}
}
