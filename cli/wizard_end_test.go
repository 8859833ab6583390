package cli

import (
	"context"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/setup"
	"paystack-setup/state"
	"paystack-setup/steps"
)

// endSession opens a profile with a webhook URL recorded, as a run that got
// past step 6 leaves it.
func endSession(t *testing.T, demo bool) *setup.Session {
	t.Helper()
	s, _, err := setup.Open(context.Background(), setup.Options{Profile: "shop", Demo: demo, StateRoot: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	if _, _, err := s.RecordWebhookURL("https://systeme.io/api/paystack/webhook/42"); err != nil {
		t.Fatal(err)
	}
	return s
}

// What is left on the normal screen once either front end has ended: the
// webhook URL to paste, where the answers are, and what a stop kept, in the
// merchant's language, and the exit code that goes with it.
func TestWizardAfterSaysWhatTheEndMeans(t *testing.T) {
	en := func(id msg.ID, args ...any) string { return msg.In(msg.English, id, args...) }
	full := &state.FileError{Path: "/home/ada/.config/paystack-setup/profiles/shop/state.json", Err: syscall.ENOSPC}
	hook := "Webhook URL for Paystack (test mode): https://systeme.io/api/paystack/webhook/42"
	for _, tc := range []struct {
		name          string
		demo          bool
		audit         *state.AuditRecord // the final audit recorded, if any
		stoppedChecks bool               // the summary's checks were stopped (esc) before Finish
		end           wizardEnd
		code          int
		out, err      []string
		notOut, notE  []string
	}{
		{name: "finished", code: ExitOK, out: []string{hook, "Answers saved in "}, notE: []string{"exit code 1"}},
		{name: "finished clean", audit: &state.AuditRecord{Pass: 20, Warn: 2}, code: ExitOK, out: []string{"Answers saved in "}, notE: []string{"exit code 1"}},
		{name: "finished with a failure", audit: &state.AuditRecord{Pass: 20, Fail: 1}, code: ExitFail,
			out: []string{hook, "Answers saved in "}, err: []string{en(msg.WizAfterFailed, 1, 0)}},
		{name: "finished with a check not made", audit: &state.AuditRecord{Pass: 20, Error: 2}, code: ExitFail,
			err: []string{en(msg.WizAfterFailed, 0, 2)}},
		{name: "finished with the final checks stopped", audit: &state.AuditRecord{Pass: 20}, stoppedChecks: true, code: ExitFail,
			out: []string{"Answers saved in "}, err: []string{en(msg.WizAfterUnchecked)}},
		{name: "stopped after a failed audit", audit: &state.AuditRecord{Fail: 1}, end: wizardEnd{interrupted: true}, code: ExitInterrupted,
			notE: []string{"exit code 1"}},
		{name: "stopped", end: wizardEnd{interrupted: true}, code: ExitInterrupted,
			out: []string{hook}, err: []string{en(msg.Interrupted)}, notOut: []string{"Answers saved in"}},
		{name: "stopped unsaved", end: wizardEnd{interrupted: true, saveErr: full}, code: ExitInterrupted,
			err: []string{"disk", en(msg.WizStoppedUnsaved)}, notE: []string{en(msg.Interrupted)}, notOut: []string{"Answers saved in"}},
		{name: "demo finished", demo: true, code: ExitOK, out: []string{hook, en(msg.WizAfterDemo)}, notOut: []string{"Answers saved in"}},
		{name: "demo stopped", demo: true, end: wizardEnd{interrupted: true}, code: ExitInterrupted,
			out: []string{en(msg.WizDemoStopped)}, notE: []string{en(msg.Interrupted)}},
		{name: "a step stopped", end: wizardEnd{err: &steps.Stop{Why: msg.New(msg.AccKeyEnvFix)}}, code: ExitFail,
			err: []string{en(msg.AccKeyEnvFix)}, notOut: []string{hook}},
		{name: "a bug", end: wizardEnd{err: steps.ErrInternal}, code: ExitFail,
			err: []string{en(msg.ErrInternal)}, notE: []string{"steps:"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env, out, errOut := sandboxEnv()
			end := tc.end
			end.session = endSession(t, tc.demo)
			end.session.State().LastAudit = tc.audit
			if tc.stoppedChecks {
				end.session.RecordAuditStopped()
			}
			if code := wizardAfter(env, msg.NewPrinter(msg.English), end); code != tc.code {
				t.Errorf("exit %d, want %d", code, tc.code)
			}
			for _, w := range tc.out {
				if !strings.Contains(out.String(), w) {
					t.Errorf("stdout lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tc.err {
				if !strings.Contains(errOut.String(), w) {
					t.Errorf("stderr lacks %q:\n%s", w, errOut)
				}
			}
			for _, w := range tc.notOut {
				if strings.Contains(out.String(), w) {
					t.Errorf("stdout says %q:\n%s", w, out)
				}
			}
			for _, w := range tc.notE {
				if strings.Contains(errOut.String(), w) {
					t.Errorf("stderr says %q:\n%s", w, errOut)
				}
			}
		})
	}
}

// The end is said in the language the command was given, whatever else
// runs in the process.
func TestWizardAfterSpeaksThePrintersLanguage(t *testing.T) {
	env, out, errOut := sandboxEnv()
	code := wizardAfter(env, msg.NewPrinter(msg.Hindi), wizardEnd{session: endSession(t, false), interrupted: true})
	if code != ExitInterrupted || !strings.Contains(errOut.String(), msg.In(msg.Hindi, msg.Interrupted)) ||
		!strings.Contains(out.String(), msg.In(msg.Hindi, msg.WizAfterWebhook, msg.ModeText("test"), "https://systeme.io/api/paystack/webhook/42")) {
		t.Fatalf("exit %d\nstdout %s\nstderr %s", code, out, errOut)
	}
}

// accessibleEnv runs the wizard in accessible mode on answers typed at a
// terminal (stdin is one), with a memory keyring.
func accessibleEnv(t *testing.T, answers string) (*Env, *syncBuffer, *syncBuffer) {
	t.Helper()
	old := keyBackend
	keyBackend = func(*Env) keystore.Backend { return keystore.NewMemoryBackend() }
	t.Cleanup(func() { keyBackend = old })
	env, out, errOut := sandboxEnv()
	env.In, env.InTTY, env.ConfigDir = strings.NewReader(answers), true, t.TempDir()
	return env, out, errOut
}

// Accessible mode ends with the same words as the screen: the demo stopped
// keeps nothing, a real run stopped at the end of input keeps its answers.
func TestAccessibleWizardEndsAsTheScreenDoes(t *testing.T) {
	env, out, errOut := accessibleEnv(t, "1\n")
	if code := Main([]string{"--lang", "en", "--accessible", "--demo"}, env); code != ExitInterrupted {
		t.Fatalf("demo: exit %d\n%s%s", code, out, errOut)
	}
	if all := out.String() + errOut.String(); !strings.Contains(all, msg.In(msg.English, msg.WizDemoStopped)) || strings.Contains(all, msg.In(msg.English, msg.Interrupted)) {
		t.Errorf("the demo's stop is not said as the demo's:\n%s", all)
	}

	env, out, errOut = accessibleEnv(t, "3\n")
	if code := Main([]string{"--lang", "en", "--accessible", "--profile", "shop"}, env); code != ExitInterrupted {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	if !strings.Contains(errOut.String(), msg.In(msg.English, msg.Interrupted)) {
		t.Errorf("the stop is not said:\n%s%s", out, errOut)
	}
	if st, _, err := state.Read(env.ConfigDir, "shop"); err != nil || st.Country != "KE" || !st.IsDone("welcome") {
		t.Errorf("the answer before the stop was not kept: %+v %v", st, err)
	}
}

// A profile another wizard holds is refused naming the process, so a
// wizard suspended with ctrl+z or left in a detached tmux can be found; the
// refusal without a recorded process still names the profile.
func TestWizardRefusesAHeldProfileNamingTheProcess(t *testing.T) {
	env, out, errOut := accessibleEnv(t, "")
	h, err := state.Open(env.ConfigDir, "shop")
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	if code := Main([]string{"--lang", "en", "--accessible", "--profile", "shop"}, env); code != ExitFail {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	if want := msg.In(msg.English, msg.WizLockedPID, "shop", os.Getpid()); !strings.Contains(errOut.String(), want) {
		t.Errorf("the refusal does not name process %d:\n%s", os.Getpid(), errOut)
	}
	if strings.Contains(out.String(), "Step 1") {
		t.Errorf("the wizard asked something of a profile it does not hold:\n%s", out)
	}
	said := msg.NewPrinter(msg.English).Text(lockedError{profile: "shop", locked: &state.LockedError{Profile: "shop"}}.Text())
	if strings.Contains(said, "process") || !strings.Contains(said, `"shop"`) || strings.Contains(said, strconv.Itoa(os.Getpid())) {
		t.Errorf("without a recorded process: %q", said)
	}
}

// The notices said before the first question: a key that could not be
// read is mentioned only when the run starts past the key step, where the
// key step cannot say it; an API base that sends the key elsewhere is said.
func TestWizardOpenSaysWhatToKnowBeforeTheFirstQuestion(t *testing.T) {
	env, _, _ := accessibleEnv(t, "")
	keyring := keystore.NewFaultyBackend(keystore.NewMemoryBackend())
	keyring.FailOn(keystore.OpGet, keystore.SimulatedError(keystore.ProblemLocked))
	keyBackend = func(*Env) keystore.Backend { return keyring }
	env.Profile, env.APIBase = "shop", "https://abc123.ngrok.example"
	svc, err := env.services()
	if err != nil {
		t.Fatal(err)
	}
	open := wizardOpen(env, svc)
	ids := func() []msg.ID {
		s, notices, err := open(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		var out []msg.ID
		for _, n := range notices {
			out = append(out, n.ID)
		}
		return out
	}
	if got := ids(); len(got) != 1 || got[0] != msg.CLIAPIBaseElsewhere {
		t.Errorf("at the start: notices %v, want only the API base warning", got)
	}
	h, err := state.Open(env.ConfigDir, "shop")
	if err != nil {
		t.Fatal(err)
	}
	st, _, _ := h.Load()
	st.MarkDone("welcome")
	st.MarkDone("key")
	if err := h.Save(st); err != nil {
		t.Fatal(err)
	}
	_ = h.Close()
	if got := ids(); len(got) != 2 || got[1] != msg.WizKeyUnread {
		t.Errorf("resumed past the key step: notices %v, want the unread key said", got)
	}
	env.Demo = true
	if w := env.apiBaseWarning(); !w.IsZero() {
		t.Error("the demo warns about an API base it never uses")
	}
}
