package faults

import (
	"context"
	"strings"
	"testing"
	"time"

	"paystack-setup/e2e/internal/harness"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
)

// screenWait bounds each wait for a screen: generous for a loaded machine.
const screenWait = 20 * time.Second

// TestWizardKeyStepIPNotAllowed: the merchant pastes a key whose IP whitelist
// excludes this machine. The key step explains it and keeps the pasted key,
// so once the whitelist is fixed, enter alone ("Try again") verifies it.
func TestWizardKeyStepIPNotAllowed(t *testing.T) {
	w := harness.NewWorld(t)
	key := w.NewKey(sandbox.ModeLive)
	w.Sandbox.InjectFault(sandbox.Fault{Path: "/balance", Kind: sandbox.FaultIPNotAllowed})

	term := w.StartTerm(t, "wizard", nil, "--lang", "en", "--profile", w.Profile)
	term.WaitFor("welcome", screenWait, "Step 1 of 9")
	term.Keys("Enter")
	term.WaitFor("key-step", screenWait, "Step 2 of 9")
	term.Paste(key)
	term.WaitFor("key-pasted", screenWait, "••••")
	term.Keys("Enter")
	screen := term.WaitForSentence("ip-blocked", screenWait, msg.In(msg.English, msg.PaystackErrIPBlocked))
	harness.NoRawGoError(t, "the key step", screen)
	if !strings.Contains(screen, tryAgain) {
		t.Errorf("after the refusal enter does not try the same key again; the merchant would have to paste the key again:\n%s", screen)
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
	if st, ok := harness.ReadState(t, w.StatePath(w.Profile)); ok && st["country"] != "NG" {
		t.Errorf("the country chosen on the welcome step was not kept: %v", st)
	}
}

// TestWizardSubaccountDeletedMidSetup: the subaccount the state recorded was
// deleted in the Paystack dashboard; the wizard's summary says so and points to
// the subaccount step, and the saved answers stay.
func TestWizardSubaccountDeletedMidSetup(t *testing.T) {
	w := harness.NewWorld(t)
	s := w.FinishedSetup(t, w.Profile)
	before := answers(t, w, w.Profile)
	if !w.Sandbox.DeleteSubaccount(s.Subaccount) {
		t.Fatalf("no subaccount %s in the sandbox", s.Subaccount)
	}
	term := w.StartTerm(t, "wizard", map[string]string{"PAYSTACK_SECRET_KEY": s.Key}, "--lang", "en", "--profile", w.Profile)
	screen := term.WaitForSentence("summary", screenWait, msg.In(msg.English, msg.ChkSubGone, s.Subaccount))
	harness.NoRawGoError(t, "the summary", screen)
	term.Keys("C-c")
	if code := term.WaitExit(screenWait); code != 130 {
		t.Errorf("ctrl+c exit code = %d, want 130", code)
	}
	after := answers(t, w, w.Profile)
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

	term := w.StartTerm(t, "wizard", map[string]string{"PAYSTACK_SECRET_KEY": key}, "--lang", "en", "--profile", w.Profile)
	term.WaitFor("welcome", screenWait, "Step 1 of 9")
	term.Keys("Enter")
	term.WaitFor("key-step", screenWait, "Step 2 of 9", "PAYSTACK_SECRET_KEY")
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
	st, ok := harness.ReadState(t, w.StatePath(w.Profile))
	if !ok {
		t.Fatal("the welcome step's answers were not saved")
	}
	harness.NoTempFiles(t, w.StatePath(w.Profile))
	if st["country"] != "NG" {
		t.Errorf("the country chosen on the welcome step was lost: %v", st)
	}
	w.SnapshotConfig(t, "after")
}

// createSubaccount walks from the subaccount step's first screen to the
// confirmation and presses enter there.
func createSubaccount(term *harness.Term, business, account string) {
	term.WaitFor("subaccount", screenWait, "Step 3 of 9", "Create a new subaccount")
	term.Keys("Down", "Enter")
	term.WaitFor("banks", screenWait, "Access Bank")
	term.Keys("Enter")
	term.WaitFor("account-number", screenWait, "Account number")
	term.Type(account)
	term.Keys("Enter")
	term.WaitFor("business-name", screenWait, "Business name")
	term.Type(business)
	term.Keys("Enter")
	term.Keys("Enter") // percentage: keep the default
	term.Type("owner@example.com")
	term.Keys("Enter")
	term.WaitFor("confirm", screenWait, "Press enter to create it")
	term.Keys("Enter")
}

// subaccountsNamed gives the codes of the sandbox's subaccounts with that business name.
func subaccountsNamed(t *testing.T, w *harness.World, key, name string) []string {
	t.Helper()
	sk, err := paystack.ParseSecretKey(key)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), screenWait)
	defer cancel()
	all, err := paystack.New(sk, paystack.WithBaseURL(w.BaseURL)).AllSubaccounts(ctx, nil)
	if err != nil {
		t.Fatalf("list sandbox subaccounts: %v", err)
	}
	var codes []string
	for _, s := range all {
		if s.BusinessName == name {
			codes = append(codes, s.Code)
		}
	}
	return codes
}

// TestWizardCtrlCDuringCreateThenRerunDoesNotDuplicate: Paystack creates the
// subaccount but its answer never comes; the merchant presses ctrl+c. Nothing
// is half-written, and on the rerun the same details find the subaccount
// that exists instead of creating a second one.
func TestWizardCtrlCDuringCreateThenRerunDoesNotDuplicate(t *testing.T) {
	w := harness.NewWorld(t)
	key := w.NewKey(sandbox.ModeTest)
	const business = "Lost Answer Foods"
	w.Sandbox.InjectFault(sandbox.Fault{Method: "POST", Path: "/subaccount", Kind: sandbox.FaultCreateThenDrop, Count: 1})
	env := map[string]string{"PAYSTACK_SECRET_KEY": key}

	term := w.StartTerm(t, "wizard", env, "--lang", "en", "--profile", w.Profile)
	term.WaitFor("welcome", screenWait, "Step 1 of 9")
	term.Keys("Enter")
	term.WaitFor("key", screenWait, "Step 2 of 9", "PAYSTACK_SECRET_KEY")
	term.Keys("Enter")
	term.WaitFor("key-accepted", screenWait, "Paystack accepted the secret key")
	term.Keys("Enter")
	createSubaccount(term, business, "0123456789")
	deadline := time.Now().Add(screenWait)
	for w.Sandbox.RequestsTo("POST", "/subaccount") == 0 {
		if time.Now().After(deadline) {
			t.Fatalf("the wizard never sent the create:\n%s", term.Capture("no-post"))
		}
		time.Sleep(50 * time.Millisecond)
	}
	term.Capture("creating")
	term.Keys("C-c")
	if code := term.WaitExit(5 * time.Second); code != 130 {
		t.Errorf("ctrl+c during the create: exit code %d, want 130", code)
	}
	harness.NoRawGoError(t, "stderr", term.Stderr())
	st, ok := harness.ReadState(t, w.StatePath(w.Profile))
	if !ok {
		t.Fatal("nothing was saved before the subaccount step")
	}
	harness.NoTempFiles(t, w.StatePath(w.Profile))
	if done, _ := st["done"].(map[string]any); done["subaccount"] != nil {
		t.Errorf("the interrupted subaccount step was saved as done: %v", done)
	}
	created := subaccountsNamed(t, w, key, business)
	if len(created) != 1 {
		t.Fatalf("the sandbox has subaccounts %v named %q after the lost answer, want exactly 1", created, business)
	}

	// The half-filled form was kept over the ctrl+c (bank, business name,
	// share, email; never the account number), so the rerun carries on with
	// it: "Create" is already chosen and only the account number is typed.
	again := w.StartTerm(t, "wizard-rerun", env, "--lang", "en", "--profile", w.Profile)
	again.WaitFor("subaccount", screenWait, "Step 3 of 9", "› Create a new subaccount")
	again.Keys("Enter")
	again.WaitFor("banks", screenWait, "Access Bank")
	again.Keys("Enter")
	again.WaitFor("account-number", screenWait, "Account number")
	again.Type("0123456789")
	again.Keys("Enter")
	again.WaitFor("business-name", screenWait, business)
	again.Keys("Enter", "Enter", "Enter")
	again.WaitFor("confirm", screenWait, "Press enter to create it", "owner@example.com")
	again.Keys("Enter")
	screen := again.WaitForSentence("duplicate", screenWait, msg.In(msg.English, msg.SubAcctDuplicate, business, created[0]))
	harness.NoRawGoError(t, "the subaccount step", screen)
	again.Keys("Enter")
	again.WaitFor("systeme", screenWait, "Step 4 of 9", business)
	if n := w.Sandbox.RequestsTo("POST", "/subaccount"); n != 1 {
		t.Errorf("%d creates were sent in all, want 1: the rerun created again instead of finding the subaccount", n)
	}
	if codes := subaccountsNamed(t, w, key, business); len(codes) != 1 {
		t.Errorf("the sandbox has subaccounts %v named %q, want exactly 1", codes, business)
	}
	again.Keys("C-c")
	again.WaitExit(screenWait)
}

// TestWizardKeyStepFaults: whatever goes wrong while the pasted key is
// checked, the key step says what to do in words, shows no Go error, and keeps
// the pasted key: enter alone tries it again ("Try again"), or, when
// Paystack refused the key itself, it is in the field (masked) to correct.
func TestWizardKeyStepFaults(t *testing.T) {
	cases := []struct {
		name    string
		breakIt func(w *harness.World, key string) map[string]string
		want    func(env map[string]string) string
	}{
		{"connection_refused", func(w *harness.World, _ string) map[string]string {
			return map[string]string{"PAYSTACK_API_BASE": "http://" + closedPort(t)}
		}, func(env map[string]string) string {
			return msg.In(msg.English, msg.PaystackErrNetwork, strings.TrimPrefix(env["PAYSTACK_API_BASE"], "http://"))
		}},
		{"429", faultFor(sandbox.Fault{Kind: sandbox.FaultRateLimited}), sentence(msg.PaystackErrRateLimited)},
		{"429_retry_after", faultFor(sandbox.Fault{Kind: sandbox.FaultRateLimited, RetryAfter: "1"}), sentence(msg.PaystackErrRetryAfter, "1s")},
		{"503", faultFor(sandbox.Fault{Kind: sandbox.FaultStatus, Status: 503}), sentence(msg.PaystackErrUnavailable, 503)},
		{"cloudflare_html", faultFor(sandbox.Fault{Kind: sandbox.FaultHTML}), sentence(msg.PaystackErrNotJSON, 403)},
		{"malformed_json", faultFor(sandbox.Fault{Kind: sandbox.FaultMalformedJSON}), sentence(msg.PaystackErrMalformed, 200)},
		{"revoked_key", func(w *harness.World, key string) map[string]string {
			w.Sandbox.RevokeKey(key)
			return nil
		}, sentence(msg.PaystackErrInvalidKey)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			w := harness.NewWorld(t)
			key := w.NewKey(sandbox.ModeTest)
			parsed, err := paystack.ParseSecretKey(key)
			if err != nil {
				t.Fatal(err)
			}
			env := tc.breakIt(w, key)
			term := w.StartTerm(t, "wizard", env, "--lang", "en", "--profile", w.Profile)
			term.WaitFor("welcome", screenWait, "Step 1 of 9")
			term.Keys("Enter")
			term.WaitFor("key-step", screenWait, "Step 2 of 9")
			term.Paste(key)
			term.WaitFor("pasted", screenWait, parsed.Masked())
			term.Keys("Enter")
			screen := term.WaitForSentence("refused", screenWait, tc.want(env))
			harness.NoRawGoError(t, "the key step", screen)
			kept := tryAgain
			if tc.name == "revoked_key" {
				kept = strings.Repeat("•", 20)
			}
			if !strings.Contains(screen, kept) {
				t.Errorf("after the failure the pasted key is not kept (no %q):\n%s", kept, screen)
			}
			term.Keys("C-c")
			if code := term.WaitExit(screenWait); code != 130 {
				t.Errorf("ctrl+c: exit code %d, want 130", code)
			}
			harness.NoRawGoError(t, "stderr", term.Stderr())
		})
	}
}

// tryAgain is the key step's choice after a failed check, under the cursor:
// enter checks the same key again.
var tryAgain = "› " + msg.In(msg.English, msg.AccTryAgain)

func faultFor(f sandbox.Fault) func(*harness.World, string) map[string]string {
	return func(w *harness.World, _ string) map[string]string {
		w.Sandbox.InjectFault(f)
		return nil
	}
}

func sentence(id msg.ID, args ...any) func(map[string]string) string {
	return func(map[string]string) string { return msg.In(msg.English, id, args...) }
}

// TestWizardKeyStepHangEscKeepsKey: Paystack never answers the key check; esc
// stops waiting, says so, and the pasted key is still there to try again.
func TestWizardKeyStepHangEscKeepsKey(t *testing.T) {
	w := harness.NewWorld(t)
	key := w.NewKey(sandbox.ModeTest)
	parsed, err := paystack.ParseSecretKey(key)
	if err != nil {
		t.Fatal(err)
	}
	w.Sandbox.InjectFault(sandbox.Fault{Path: "/balance", Kind: sandbox.FaultHang, Count: 1})
	term := w.StartTerm(t, "wizard", nil, "--lang", "en", "--profile", w.Profile)
	term.WaitFor("welcome", screenWait, "Step 1 of 9")
	term.Keys("Enter")
	term.WaitFor("key-step", screenWait, "Step 2 of 9")
	term.Paste(key)
	term.WaitFor("pasted", screenWait, parsed.Masked())
	term.Keys("Enter")
	waitForRequest(t, w, "GET", "/balance")
	term.Keys("Escape")
	screen := term.WaitForSentence("canceled", screenWait, msg.In(msg.English, msg.StKeyCanceled))
	if !strings.Contains(screen, strings.Repeat("•", 20)) {
		t.Errorf("after esc the pasted key is gone from the field:\n%s", screen)
	}
	term.Keys("Enter") // the hang was for one call only
	term.WaitForAny("accepted", screenWait, "Paystack accepted the secret key", "The key works")
	term.Keys("C-c")
	if code := term.WaitExit(screenWait); code != 130 {
		t.Errorf("ctrl+c: exit code %d, want 130", code)
	}
}

// toSubaccountStep starts the wizard with key in the environment and walks to
// the subaccount step.
func toSubaccountStep(t *testing.T, w *harness.World, key string) *harness.Term {
	t.Helper()
	term := w.StartTerm(t, "wizard", map[string]string{"PAYSTACK_SECRET_KEY": key}, "--lang", "en", "--profile", w.Profile)
	term.WaitFor("welcome", screenWait, "Step 1 of 9")
	term.Keys("Enter")
	term.WaitFor("key", screenWait, "Step 2 of 9", "PAYSTACK_SECRET_KEY")
	term.Keys("Enter")
	term.WaitFor("key-accepted", screenWait, "Paystack accepted the secret key")
	term.Keys("Enter")
	term.WaitFor("subaccount", screenWait, "Step 3 of 9", "Create a new subaccount")
	return term
}

// TestWizardBankListFaults: the bank list cannot be loaded; the step says why
// and how to retry, and r loads it once Paystack is back.
func TestWizardBankListFaults(t *testing.T) {
	for _, tc := range []struct {
		name  string
		fault sandbox.Fault
		want  string
	}{
		{"cloudflare_html", sandbox.Fault{Path: "/bank", Kind: sandbox.FaultHTML}, msg.In(msg.English, msg.PaystackErrNotJSON, 403)},
		{"503", sandbox.Fault{Path: "/bank", Kind: sandbox.FaultStatus, Status: 503}, msg.In(msg.English, msg.PaystackErrUnavailable, 503)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			w := harness.NewWorld(t)
			key := w.NewKey(sandbox.ModeTest)
			term := toSubaccountStep(t, w, key)
			w.Sandbox.InjectFault(tc.fault)
			term.Keys("Down", "Enter")
			screen := term.WaitForSentence("bank-fault", screenWait, tc.want)
			harness.NoRawGoError(t, "the bank list", screen)
			if !strings.Contains(harness.Flat(screen), msg.In(msg.English, msg.SubAcctRetryHint)) {
				t.Errorf("the failure does not say how to try again:\n%s", screen)
			}
			w.Sandbox.ClearFaults()
			term.Keys("r")
			term.WaitFor("banks", screenWait, "Access Bank")
			term.Keys("C-c")
			if code := term.WaitExit(screenWait); code != 130 {
				t.Errorf("ctrl+c: exit code %d, want 130", code)
			}
		})
	}
}

// TestWizardCreateRefusedThenRetried: the create gets a 503 (nothing was
// created); the step looks before saying so, and r creates exactly one.
func TestWizardCreateRefusedThenRetried(t *testing.T) {
	w := harness.NewWorld(t)
	key := w.NewKey(sandbox.ModeTest)
	const business = "Retry Foods"
	term := toSubaccountStep(t, w, key)
	w.Sandbox.InjectFault(sandbox.Fault{Method: "POST", Path: "/subaccount", Kind: sandbox.FaultStatus, Status: 503, Count: 1})
	createSubaccount(term, business, "0123456789")
	screen := term.WaitForSentence("create-failed", screenWait, msg.In(msg.English, msg.SubAcctCreateUnknown))
	harness.NoRawGoError(t, "the subaccount step", screen)
	term.Keys("r")
	term.WaitFor("systeme", screenWait, "Step 4 of 9", business)
	if codes := subaccountsNamed(t, w, key, business); len(codes) != 1 {
		t.Errorf("the sandbox has subaccounts %v named %q, want exactly 1", codes, business)
	}
	term.Keys("C-c")
	if code := term.WaitExit(screenWait); code != 130 {
		t.Errorf("ctrl+c: exit code %d, want 130", code)
	}
	st, _ := harness.ReadState(t, w.StatePath(w.Profile))
	if sub, _ := st["subaccount"].(map[string]any); sub == nil || sub["business_name"] != business {
		t.Errorf("the created subaccount was not saved: %v", st["subaccount"])
	}
}
