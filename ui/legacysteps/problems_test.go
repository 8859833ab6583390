package legacysteps

import (
	"strings"
	"syscall"
	"testing"

	"paystack-setup/msg"
	"paystack-setup/state"
)

func TestSaveProblemSaysItOnce(t *testing.T) {
	msg.SetLang(msg.English)
	fe := &state.FileError{Path: "/home/ada/.config/paystack-setup/profiles/shop/state.json", Err: syscall.ENOSPC}
	if got := SaveProblem(fe); strings.Count(got, "Could not save your answers") != 1 || !strings.Contains(got, "disk is full") {
		t.Errorf("file error said as %q", got)
	}
	if got := SaveProblem(state.ErrSecretInState); !strings.HasPrefix(got, "Could not save your answers") {
		t.Errorf("other errors get no lead-in: %q", got)
	}
}

func TestLockedProblemNamesTheHolderWhenKnown(t *testing.T) {
	msg.SetLang(msg.English)
	if got := LockedProblem("shop", &state.LockedError{Profile: "shop", PID: 4242}); !strings.Contains(got, "4242") || !strings.Contains(got, "fg") {
		t.Errorf("with a PID: %q", got)
	}
	if got := LockedProblem("shop", &state.LockedError{Profile: "shop"}); strings.Contains(got, "process") || !strings.Contains(got, `"shop"`) {
		t.Errorf("without a PID: %q", got)
	}
}
