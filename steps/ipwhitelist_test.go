package steps_test

import (
	"context"
	"strings"
	"testing"

	"paystack-setup/msg"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/steps"
	"paystack-setup/steps/steptest"
)

func TestIPWhitelistNamesTheAddressAndRecordsItForTheKeysMode(t *testing.T) {
	s, _ := newSession(t, sandbox.DemoLiveKey)
	p := steptest.New(t, steptest.Choose(0))
	if err := steps.IPWhitelist.Run(context.Background(), s, p); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"\n185.236.142.1\n", "your Live secret key", "Add 185.236.142.1 and save", "185.236.142.2"} {
		if !strings.Contains(p.Transcript(), want) {
			t.Errorf("the step does not say %q:\n%s", want, p.Transcript())
		}
	}
	if !p.Said(msg.StIPConfirmAsk) {
		t.Errorf("the step does not ask for the confirmation:\n%s", p.Transcript())
	}
	if !s.State().IPWhitelist["live"] || s.State().IPWhitelist["test"] {
		t.Fatalf("recorded %v, want live only", s.State().IPWhitelist)
	}
}

// With no key yet, the whitelist is the test key's: a new merchant starts there.
func TestIPWhitelistWithoutKeyIsForTestMode(t *testing.T) {
	s, _ := newSession(t, "")
	p := steptest.New(t, steptest.Choose(0))
	if err := steps.IPWhitelist.Run(context.Background(), s, p); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(p.Transcript(), "your Test secret key") || !s.State().IPWhitelist["test"] {
		t.Fatalf("recorded %v:\n%s", s.State().IPWhitelist, p.Transcript())
	}
}

func TestIPWhitelistBackRecordsNothing(t *testing.T) {
	s, _ := newSession(t, "")
	p := steptest.New(t, steptest.Back(steptest.OnChoose))
	if err := steps.IPWhitelist.Run(context.Background(), s, p); err != steps.ErrBack {
		t.Fatalf("err %v, want ErrBack", err)
	}
	if len(s.State().IPWhitelist) != 0 {
		t.Fatal("going back recorded the whitelist")
	}
}
