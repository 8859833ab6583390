package faults

import (
	"strings"
	"testing"
	"time"

	"paystack-setup/e2e/internal/harness"
	"paystack-setup/msg"
	"paystack-setup/paystack/sandbox"
)

// screenWait bounds each wait for a screen: generous for a loaded machine.
const screenWait = 20 * time.Second

// TestWizardKeyStepIPNotAllowed: the merchant pastes a key whose IP whitelist
// excludes this machine. The key step explains it and keeps the pasted key
// (masked), so once the whitelist is fixed, enter alone verifies it.
func TestWizardKeyStepIPNotAllowed(t *testing.T) {
	w := harness.NewWorld(t)
	key := w.NewKey(sandbox.ModeLive)
	w.Sandbox.InjectFault(sandbox.Fault{Path: "/balance", Kind: sandbox.FaultIPNotAllowed})

	term := w.StartTerm(t, "wizard", nil, "--lang", "en")
	term.WaitFor("welcome", screenWait, "Step 1 of 8")
	term.Keys("Enter")
	term.WaitFor("key-step", screenWait, "Step 2 of 8")
	term.Paste(key)
	term.WaitFor("key-pasted", screenWait, "••••")
	term.Keys("Enter")
	screen := term.WaitForSentence("ip-blocked", screenWait, msg.In(msg.English, msg.PaystackErrIPBlocked))
	harness.NoRawGoError(t, "the key step", screen)
	if !strings.Contains(screen, "••••") {
		t.Errorf("after the refusal the key field is empty; the merchant would have to paste the key again:\n%s", screen)
	}

	w.Sandbox.ClearFaults()
	term.Keys("Enter")
	// Without a keyring (no Secret Service here) the key is verified and then
	// the storage choices follow; either way Paystack accepted the same key.
	term.WaitForAny("accepted", screenWait, "Paystack accepted the secret key", "The key works")
	term.Keys("C-c")
	if code := term.WaitExit(screenWait); code != 130 {
		t.Errorf("ctrl+c exit code = %d, want 130", code)
	}
	if st, ok := harness.ReadState(t, w.StatePath("default")); ok && st["country"] != "NG" {
		t.Errorf("the country chosen on the welcome step was not kept: %v", st)
	}
}

// TestWizardSubaccountDeletedMidSetup: the subaccount the state recorded was
// deleted in the Paystack dashboard; the wizard's summary says so and points to
// the subaccount step, and the saved answers stay.
func TestWizardSubaccountDeletedMidSetup(t *testing.T) {
	w := harness.NewWorld(t)
	s := w.FinishedSetup(t, "shop")
	before := answers(t, w, "shop")
	if !w.Sandbox.DeleteSubaccount(s.Subaccount) {
		t.Fatalf("no subaccount %s in the sandbox", s.Subaccount)
	}
	term := w.StartTerm(t, "wizard", map[string]string{"PAYSTACK_SECRET_KEY": s.Key}, "--lang", "en", "--profile", "shop")
	screen := term.WaitForSentence("summary", screenWait, msg.In(msg.English, msg.ChkSubGone, s.Subaccount))
	harness.NoRawGoError(t, "the summary", screen)
	term.Keys("C-c")
	if code := term.WaitExit(screenWait); code != 130 {
		t.Errorf("ctrl+c exit code = %d, want 130", code)
	}
	after := answers(t, w, "shop")
	delete(before, "done")
	delete(after, "done")
	if sub, ok := after["subaccount"].(map[string]any); !ok || sub["code"] != s.Subaccount {
		t.Errorf("the recorded subaccount was dropped from the saved answers: %v", after["subaccount"])
	}
	w.SnapshotConfig(t, "after")
}

// TestWizardCtrlCDuringHangingRequest: Paystack never answers the key check;
// ctrl+c ends the program at once with 130 and the saved answers are whole.
func TestWizardCtrlCDuringHangingRequest(t *testing.T) {
	w := harness.NewWorld(t)
	key := w.NewKey(sandbox.ModeLive)
	w.Sandbox.InjectFault(sandbox.Fault{Kind: sandbox.FaultHang})

	term := w.StartTerm(t, "wizard", map[string]string{"PAYSTACK_SECRET_KEY": key}, "--lang", "en")
	term.WaitFor("welcome", screenWait, "Step 1 of 8")
	term.Keys("Enter")
	term.WaitFor("key-step", screenWait, "Step 2 of 8", "PAYSTACK_SECRET_KEY")
	term.Keys("Enter")
	// The request is in flight once the sandbox has it.
	deadline := time.Now().Add(screenWait)
	for w.Sandbox.RequestsTo("GET", "/balance") == 0 {
		if time.Now().After(deadline) {
			t.Fatalf("the key step never called Paystack:\n%s", term.Capture("no-request"))
		}
		time.Sleep(50 * time.Millisecond)
	}
	term.Capture("hanging")
	term.Keys("C-c")
	if code := term.WaitExit(5 * time.Second); code != 130 {
		t.Errorf("ctrl+c during a hanging call: exit code = %d, want 130", code)
	}
	harness.NoRawGoError(t, "stderr", term.Stderr())
	st, ok := harness.ReadState(t, w.StatePath("default"))
	if !ok {
		t.Fatal("the welcome step's answers were not saved")
	}
	if st["country"] != "NG" {
		t.Errorf("the country chosen on the welcome step was lost: %v", st)
	}
	w.SnapshotConfig(t, "after")
}
