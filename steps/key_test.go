package steps_test

import (
	"context"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/problem"
	"paystack-setup/setup"
	"paystack-setup/state"
	"paystack-setup/steps"
	"paystack-setup/steps/steptest"
)

// Keys are built at run time, so no source line looks like a live key.
var (
	unknownKey = "sk_test_" + strings.Repeat("zq", 20) // well formed, no account has it
	publicKey  = "pk_test_" + strings.Repeat("ab", 20)
)

// keyWorld is a merchant's machine for the key step: a config folder, a
// keyring that fails on demand, an environment and Paystack's sandbox.
type keyWorld struct {
	t       *testing.T
	root    string
	srv     *sandbox.Server
	keyring *keystore.FaultyBackend
	env     map[string]string
	demo    bool
	now     time.Time
}

func newKeyWorld(t *testing.T) *keyWorld {
	t.Helper()
	w := &keyWorld{t: t, root: t.TempDir(), srv: sandbox.New(sandbox.Options{}),
		keyring: keystore.NewFaultyBackend(keystore.NewMemoryBackend()), env: map[string]string{},
		now: time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)}
	t.Cleanup(w.keyring.Release)
	return w
}

func (w *keyWorld) keys() *keystore.Store {
	return keystore.New(keystore.Options{Dir: w.root, Backend: w.keyring, Getenv: func(n string) string { return w.env[n] }})
}

// store puts a key in the keyring as an earlier run would have.
func (w *keyWorld) store(key string) {
	w.t.Helper()
	if err := w.keys().Set(context.Background(), "default", parse(w.t, key)); err != nil {
		w.t.Fatal(err)
	}
}

func (w *keyWorld) open() *setup.Session {
	w.t.Helper()
	hc := &http.Client{Transport: w.srv.Transport()}
	s, _, err := setup.Open(context.Background(), setup.Options{
		Profile: "default", Demo: w.demo, StateRoot: w.root, Keys: w.keys(),
		NewClient: func(k paystack.SecretKey) *paystack.Client {
			return paystack.New(k, paystack.WithBaseURL(sandbox.BaseURL), paystack.WithHTTPClient(hc), paystack.WithMaxRetries(0))
		},
		Now: func() time.Time { return w.now },
	})
	if err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(func() { _ = s.Close() })
	return s
}

// stored is what the keyring holds for the profile ("" for nothing).
func (w *keyWorld) stored() string {
	w.keyring.FailOn(keystore.OpGet, nil)
	v, _ := w.keyring.Get(keystore.DefaultService, "default")
	return v
}

func parse(t *testing.T, key string) paystack.SecretKey {
	t.Helper()
	k, err := paystack.ParseSecretKey(key)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func runKey(t *testing.T, s *setup.Session, p steps.Prompter) error {
	t.Helper()
	return steps.Key.Run(context.Background(), s, p)
}

// hooked lets a test act at a question, as a merchant fixing the keyring
// while its choices are shown, and keeps the inputs asked.
type hooked struct {
	steps.Prompter
	choose func(steps.Choice)
	wait   func(label msg.Text) error // non-nil: returned instead of running the work (esc)
	inputs []steps.Input
}

func (h *hooked) Choose(q steps.Choice) (int, error) {
	if h.choose != nil {
		h.choose(q)
	}
	return h.Prompter.Choose(q)
}

func (h *hooked) Input(q steps.Input) (string, error) {
	h.inputs = append(h.inputs, q)
	return h.Prompter.Input(q)
}

func (h *hooked) Wait(label msg.Text, work func(context.Context) error) error {
	if h.wait != nil {
		if err := h.wait(label); err != nil {
			return err
		}
	}
	return h.Prompter.Wait(label, work)
}

func said(t *testing.T, p *steptest.Prompter, texts ...string) {
	t.Helper()
	for _, x := range texts {
		if !strings.Contains(p.Transcript(), x) {
			t.Errorf("not said: %q\n%s", x, p.Transcript())
		}
	}
}

// A pasted key is judged as it is typed, checked with Paystack, stored in
// the keyring and shown masked with its mode; the session records both.
func TestKeyTypedIsCheckedStoredAndShownMasked(t *testing.T) {
	w := newKeyWorld(t)
	s := w.open()
	p := steptest.New(t, steptest.Type(sandbox.DemoTestKey), steptest.Choose(0))
	if err := runKey(t, s, p); err != nil {
		t.Fatal(err)
	}
	said(t, p, "Looks like a secret key: sk_test_…0001 · test mode", "… Checking with Paystack", "… Saving the key",
		"Paystack accepted the secret key.", "\nsk_test_…0001 · test mode\n", msg.In(msg.English, msg.StKeyStoredKeyring))
	if w.stored() != sandbox.DemoTestKey {
		t.Fatal("the key is not in the keyring")
	}
	if k, src := s.Key(); k.Reveal() != sandbox.DemoTestKey || src != keystore.SourceKeyring {
		t.Fatalf("the session holds %v from %q", k, src)
	}
	if st := s.State(); st.KeyStorage != state.StorageKeyring || st.Mode != "test" {
		t.Fatalf("recorded storage %q mode %q", st.KeyStorage, st.Mode)
	}
}

// A public key and a cut-off key are explained by their own sentences and
// never sent to Paystack.
func TestKeyFormatProblemsNeverReachPaystack(t *testing.T) {
	w := newKeyWorld(t)
	s := w.open()
	p := steptest.New(t, steptest.Type(publicKey), steptest.Type(sandbox.DemoTestKey[:30]),
		steptest.Type(sandbox.DemoTestKey[:20]+" "+sandbox.DemoTestKey[20:]), steptest.Back(steptest.OnInput))
	if err := runKey(t, s, p); !errors.Is(err, steps.ErrBack) {
		t.Fatalf("err %v, want back", err)
	}
	for _, id := range []msg.ID{msg.PaystackKeyPublic, msg.PaystackKeyTruncated, msg.PaystackKeyWhitespace} {
		if !p.Said(id) {
			t.Errorf("%s not said:\n%s", id, p.Transcript())
		}
	}
	if n := w.srv.Requests(); n != 0 {
		t.Fatalf("%d requests reached Paystack for malformed keys", n)
	}
}

// A key Paystack refuses is asked again with why under the field, the
// pasted text kept; nothing is stored.
func TestKeyRefusedByPaystackIsAskedAgain(t *testing.T) {
	w := newKeyWorld(t)
	s := w.open()
	h := &hooked{Prompter: steptest.New(t, steptest.Type(unknownKey), steptest.Type(sandbox.DemoTestKey), steptest.Choose(0))}
	if err := runKey(t, s, h); err != nil {
		t.Fatal(err)
	}
	if len(h.inputs) != 2 || paystack.KindOf(h.inputs[1].Refused) != paystack.KindInvalidKey || h.inputs[1].Value != unknownKey {
		t.Fatalf("the refused key was not asked again with the reason: %+v", h.inputs)
	}
	if w.stored() != sandbox.DemoTestKey {
		t.Fatal("the key Paystack accepted is not the one stored")
	}
}

// esc while Paystack is asked stops the check: the field comes back with
// the key still in it and a word on what happened.
func TestKeyEscDuringTheCheckKeepsTheField(t *testing.T) {
	w := newKeyWorld(t)
	s := w.open()
	canceled := false
	h := &hooked{Prompter: steptest.New(t, steptest.Type(sandbox.DemoTestKey), steptest.Back(steptest.OnInput))}
	h.wait = func(label msg.Text) error {
		if !canceled {
			canceled = true
			return steps.ErrCanceled
		}
		return nil
	}
	if err := runKey(t, s, h); !errors.Is(err, steps.ErrBack) {
		t.Fatalf("err %v", err)
	}
	if len(h.inputs) != 2 || h.inputs[1].Value != sandbox.DemoTestKey || !h.Prompter.(*steptest.Prompter).Said(msg.StKeyCanceled) {
		t.Fatalf("after esc the field is not back with the key and the word: %+v", h.inputs)
	}
	if k, _ := s.Key(); !k.IsZero() || w.stored() != "" {
		t.Fatal("a stopped check still took the key")
	}
}

// A failure that is not the key's (Paystack down) offers to try again or
// to type another key.
func TestKeyCheckFailureOffersTryAgainOrAnother(t *testing.T) {
	w := newKeyWorld(t)
	s := w.open()
	w.srv.InjectFault(sandbox.Fault{Path: "/balance", Kind: sandbox.FaultStatus, Status: 503, Count: 2})
	sp := steptest.New(t, steptest.Type(sandbox.DemoTestKey), steptest.ChooseLabel(msg.AccTryAgain),
		steptest.ChooseLabel(msg.AccKeyOther), steptest.Type(sandbox.DemoLiveKey), steptest.Choose(0))
	h := &hooked{Prompter: sp}
	if err := runKey(t, s, h); err != nil {
		t.Fatal(err)
	}
	if !sp.Said(msg.PaystackErrUnavailable) {
		t.Errorf("Paystack's outage is not explained:\n%s", sp.Transcript())
	}
	if len(h.inputs) != 2 || h.inputs[1].Value != "" {
		t.Errorf("another key was not asked for with an empty field: %+v", h.inputs)
	}
	if k, _ := s.Key(); k.Mode() != paystack.ModeLive || s.State().Mode != "live" {
		t.Fatalf("the live key typed after is not the session's: %v", k)
	}
	said(t, sp, "sk_live_…0001 · LIVE mode: real money")
}

// A saved key is kept (checked with Paystack again) or replaced; back from
// the new key's field returns to that choice.
func TestKeySavedKeepOrReplace(t *testing.T) {
	w := newKeyWorld(t)
	w.store(sandbox.DemoTestKey)
	s := w.open()
	p := steptest.New(t, steptest.Choose(0), steptest.Choose(0))
	if err := runKey(t, s, p); err != nil {
		t.Fatal(err)
	}
	said(t, p, "A secret key is already saved for this profile: sk_test_…0001 (test mode).", "Paystack accepted the secret key.")
	if w.srv.RequestsTo("GET", "/balance") != 1 || s.State().KeyStorage != state.StorageKeyring {
		t.Fatalf("the kept key was not checked or recorded: %d checks, storage %q", w.srv.RequestsTo("GET", "/balance"), s.State().KeyStorage)
	}

	s = newKeyWorldWithKey(t, sandbox.DemoTestKey)
	p = steptest.New(t, steptest.ChooseLabel(msg.AccKeyReplace), steptest.Back(steptest.OnInput),
		steptest.ChooseLabel(msg.AccKeyReplace), steptest.Type(sandbox.DemoLiveKey), steptest.Choose(0))
	if err := runKey(t, s, p); err != nil {
		t.Fatal(err)
	}
	if strings.Count(p.Transcript(), "A secret key is already saved") != 2 {
		t.Errorf("back from the field did not return to keep or replace:\n%s", p.Transcript())
	}
	if k, _ := s.Key(); k.Reveal() != sandbox.DemoLiveKey {
		t.Fatal("the replacement was not taken")
	}
}

func newKeyWorldWithKey(t *testing.T, key string) *setup.Session {
	w := newKeyWorld(t)
	w.store(key)
	return w.open()
}

// A saved key Paystack no longer accepts (revoked in the dashboard) leads
// to the field, saying why.
func TestKeySavedButRefusedAsksForANewOne(t *testing.T) {
	s := newKeyWorldWithKey(t, unknownKey)
	h := &hooked{Prompter: steptest.New(t, steptest.ChooseLabel(msg.AccKeyKeep), steptest.Type(sandbox.DemoTestKey), steptest.Choose(0))}
	if err := runKey(t, s, h); err != nil {
		t.Fatal(err)
	}
	if len(h.inputs) != 1 || paystack.KindOf(h.inputs[0].Refused) != paystack.KindInvalidKey {
		t.Fatalf("the refusal is not said at the field: %+v", h.inputs)
	}
}

// A key that cannot be read at the start is said where the key is asked.
func TestKeyUnreadableIsSaidWhereTheKeyIsAsked(t *testing.T) {
	w := newKeyWorld(t)
	w.keyring.FailOn(keystore.OpGet, keystore.SimulatedError(keystore.ProblemLocked))
	s := w.open()
	w.keyring.FailOn(keystore.OpGet, nil) // unlocked meanwhile
	p := steptest.New(t, steptest.Type(sandbox.DemoTestKey), steptest.Choose(0))
	if err := runKey(t, s, p); err != nil {
		t.Fatal(err)
	}
	tr := p.Transcript()
	locked, ask := strings.Index(tr, msg.In(msg.English, msg.KeystoreLocked)), strings.Index(tr, "? Input")
	if locked < 0 || locked > ask {
		t.Fatalf("the keyring's problem is not said with the question:\n%s", tr)
	}
}

// PAYSTACK_SECRET_KEY's key is shown masked and checked, never stored and
// never replaced here.
func TestKeyFromEnvIsShownCheckedNotStored(t *testing.T) {
	w := newKeyWorld(t)
	w.env[keystore.EnvKey] = sandbox.DemoTestKey
	s := w.open()
	p := steptest.New(t, steptest.Choose(0), steptest.Choose(0))
	if err := runKey(t, s, p); err != nil {
		t.Fatal(err)
	}
	said(t, p, "PAYSTACK_SECRET_KEY", "sk_test_…0001 · test mode", msg.In(msg.English, msg.AccKeyEnvFix), "Paystack accepted the secret key.")
	if w.stored() != "" || s.State().KeyStorage != state.StorageEnv {
		t.Fatalf("the environment's key was stored (%q) or recorded as %q", w.stored(), s.State().KeyStorage)
	}
}

// In accessible mode a key from PAYSTACK_SECRET_KEY asks nothing, so "b"
// from the next step goes past it to the step before, as it always did.
func TestKeyFromEnvIsPassedOverOnTheWayBack(t *testing.T) {
	w := newKeyWorld(t)
	w.env[keystore.EnvKey] = sandbox.DemoTestKey
	s := w.open()
	var ran []string
	list := []steps.Step{asks("welcome", &ran), steps.Key, asks("systeme", &ran)}
	p := steptest.New(t, steptest.Choose(0), steptest.Back(steptest.OnChoose), steptest.Choose(0), steptest.Choose(0))
	p.Glances = true
	if err := steps.Run(context.Background(), s, p, list); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(ran, " "); got != "welcome systeme welcome systeme" {
		t.Fatalf("ran %q", got)
	}
}

// A PAYSTACK_SECRET_KEY that cannot work stops the wizard with how to fix
// the variable: anything typed here would be hidden by it on every run.
func TestKeyFromEnvThatCannotWorkStops(t *testing.T) {
	for _, tc := range []struct {
		name    string
		value   string
		answers []steptest.Answer
		says    string
	}{
		{"not a key", publicKey, nil, "PAYSTACK_SECRET_KEY is set but is not a Paystack secret key"},
		{"refused", unknownKey, []steptest.Answer{steptest.Choose(0)}, msg.In(msg.English, msg.PaystackErrInvalidKey)},
		{"another key wanted", sandbox.DemoTestKey, []steptest.Answer{steptest.Choose(0), steptest.ChooseLabel(msg.AccKeyOther)}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newKeyWorld(t)
			w.env[keystore.EnvKey] = tc.value
			if tc.name == "another key wanted" {
				w.srv.InjectFault(sandbox.Fault{Path: "/balance", Kind: sandbox.FaultStatus, Status: 503})
			}
			s := w.open()
			err := runKey(t, s, steptest.New(t, tc.answers...))
			var stop *steps.Stop
			if !errors.As(err, &stop) {
				t.Fatalf("err %v, want a stop", err)
			}
			why := problem.Text(err).In(msg.English)
			if !strings.Contains(why, tc.says) || !strings.HasSuffix(why, msg.In(msg.English, msg.AccKeyEnvFix)) {
				t.Errorf("the stop says %q", why)
			}
			if strings.Contains(why, tc.value) {
				t.Error("the stop quotes the variable's value")
			}
		})
	}
}

// keyringDown is a world whose keyring cannot store (no session bus, as over SSH).
func keyringDown(t *testing.T) *keyWorld {
	w := newKeyWorld(t)
	w.keyring.FailOn(keystore.OpSet, keystore.SimulatedError(keystore.ProblemNoSessionBus))
	return w
}

// The keyring's three ways out, offered under its diagnosis: try again once
// it is fixed.
func TestKeyKeyringDownTryAgainAfterTheFix(t *testing.T) {
	w := keyringDown(t)
	s := w.open()
	sp := steptest.New(t, steptest.Type(sandbox.DemoTestKey), steptest.ChooseLabel(msg.KeystoreChoiceRetry), steptest.Choose(0))
	h := &hooked{Prompter: sp, choose: func(q steps.Choice) {
		if q.Title.ID == msg.StKeyFallbackIntro {
			w.keyring.FailOn(keystore.OpSet, nil) // the merchant starts the keyring
		}
	}}
	if err := runKey(t, s, h); err != nil {
		t.Fatal(err)
	}
	said(t, sp, "The key works, but it could not be saved in a keyring. Choose what to do:", "no desktop session bus")
	if w.stored() != sandbox.DemoTestKey || s.State().KeyStorage != state.StorageKeyring {
		t.Fatal("the retry did not store the key")
	}
}

// "This shell only" stores nothing, says how to export the key, and the
// session uses it for this run.
func TestKeyKeyringDownThisShellOnly(t *testing.T) {
	w := keyringDown(t)
	s := w.open()
	p := steptest.New(t, steptest.Type(sandbox.DemoTestKey), steptest.ChooseLabel(msg.KeystoreChoiceEnv), steptest.Choose(0))
	if err := runKey(t, s, p); err != nil {
		t.Fatal(err)
	}
	said(t, p, keystore.EnvCommand(), "Paystack accepted the secret key.")
	if !s.KeyUnstored() || s.State().KeyStorage != state.StorageEnv || w.stored() != "" {
		t.Fatalf("unstored %v, storage %q", s.KeyUnstored(), s.State().KeyStorage)
	}
	if _, err := os.Stat(s.PlainFilePath()); !os.IsNotExist(err) {
		t.Fatal("this shell only wrote a file")
	}
}

// The plain file only after the typed word: a wrong word is refused and
// asked again, back returns to the choices, and the right word writes a
// 0600 file and records the consent with its time.
func TestKeyKeyringDownPlainFileNeedsTheWord(t *testing.T) {
	w := keyringDown(t)
	s := w.open()
	h := &hooked{Prompter: steptest.New(t, steptest.Type(sandbox.DemoTestKey),
		steptest.ChooseLabel(msg.KeystoreChoicePlainFile), steptest.Type("yes"), steptest.Back(steptest.OnInput),
		steptest.ChooseLabel(msg.KeystoreChoicePlainFile), steptest.Type(keystore.PlainFileWord),
		steptest.Choose(0))}
	if err := runKey(t, s, h); err != nil {
		t.Fatal(err)
	}
	path := s.PlainFilePath()
	if len(h.inputs) != 4 || !errors.Is(h.inputs[2].Refused, setup.ErrNotConfirmed) {
		t.Fatalf("the wrong word was not refused at its question: %+v", h.inputs)
	}
	if !strings.Contains(h.inputs[1].Body[0].Text.In(msg.English), path) {
		t.Errorf("the warning does not name the file: %v", h.inputs[1].Body)
	}
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("plain file %v %v", fi, err)
	}
	if st := s.State(); st.KeyStorage != state.StorageFile || !st.PlainFileConsentAt.Equal(w.now) {
		t.Fatalf("storage %q consent %v", st.KeyStorage, st.PlainFileConsentAt)
	}
	said(t, h.Prompter.(*steptest.Prompter), msg.In(msg.English, msg.StKeyStoredFile, path))
}

// Back from the keyring's choices returns to the field with the key in it.
func TestKeyKeyringDownBackToTheField(t *testing.T) {
	w := keyringDown(t)
	s := w.open()
	h := &hooked{Prompter: steptest.New(t, steptest.Type(sandbox.DemoTestKey), steptest.Back(steptest.OnChoose),
		steptest.Back(steptest.OnInput))}
	if err := runKey(t, s, h); !errors.Is(err, steps.ErrBack) {
		t.Fatalf("err %v", err)
	}
	if len(h.inputs) != 2 || h.inputs[1].Value != sandbox.DemoTestKey {
		t.Fatalf("the field did not come back with the key: %+v", h.inputs)
	}
}

// esc while the keyring is waited for (an unlock window nobody answers)
// returns to the field.
func TestKeyEscWhileStoring(t *testing.T) {
	w := newKeyWorld(t)
	s := w.open()
	sp := steptest.New(t, steptest.Type(sandbox.DemoTestKey), steptest.Type(sandbox.DemoTestKey), steptest.Choose(0))
	stopped := false
	h := &hooked{Prompter: sp, wait: func(label msg.Text) error {
		if label.ID == msg.StKeyStoring && !stopped {
			stopped = true
			return steps.ErrCanceled
		}
		return nil
	}}
	if err := runKey(t, s, h); err != nil {
		t.Fatal(err)
	}
	if len(h.inputs) != 2 || h.inputs[1].Value != sandbox.DemoTestKey || !sp.Said(msg.StKeyCanceled) {
		t.Fatalf("after esc the field is not back with the key: %+v", h.inputs)
	}
}

// A store failure that is not the keyring's being unusable (a folder where
// the old plain key file was) is said, with try again or another key.
func TestKeyStoreFailureOffersTryAgain(t *testing.T) {
	w := newKeyWorld(t)
	path := w.keys().FilePath("default")
	if err := os.MkdirAll(filepath.Join(path, "x"), 0o700); err != nil {
		t.Fatal(err)
	}
	s := w.open()
	sp := steptest.New(t, steptest.Type(sandbox.DemoTestKey), steptest.ChooseLabel(msg.AccTryAgain), steptest.Choose(0))
	h := &hooked{Prompter: sp, choose: func(q steps.Choice) {
		if len(q.Options) == 2 && q.Options[0].Label.ID == msg.AccTryAgain {
			_ = os.RemoveAll(path) // the merchant moves it away
		}
	}}
	if err := runKey(t, s, h); err != nil {
		t.Fatal(err)
	}
	said(t, sp, path)
	if w.stored() != sandbox.DemoTestKey {
		t.Fatal("trying again did not store the key")
	}
}

// The demo fills its public test key with ctrl+g (ctrl+d ends input in a
// shell); elsewhere there is no such shortcut. The demo keeps the key in
// memory and says so.
func TestKeyDemoShortcut(t *testing.T) {
	w := newKeyWorld(t)
	w.demo = true
	s := w.open()
	p := steptest.New(t, steptest.Type(steps.DemoKeyShortcut), steptest.Choose(0))
	if err := runKey(t, s, p); err != nil {
		t.Fatal(err)
	}
	if k, _ := s.Key(); k.Reveal() != sandbox.DemoTestKey || !p.Said(msg.StKeyStoredDemo) {
		t.Fatalf("the demo key was not filled in and kept in memory:\n%s", p.Transcript())
	}

	s = newKeyWorld(t).open()
	h := &hooked{Prompter: steptest.New(t, steptest.Back(steptest.OnInput))}
	if err := runKey(t, s, h); !errors.Is(err, steps.ErrBack) || len(h.inputs[0].Shortcuts) != 0 {
		t.Fatalf("a shortcut outside the demo: %+v", h.inputs)
	}
}

// ctrl+c at any question ends the step as interrupted, storing nothing.
func TestKeyInterrupt(t *testing.T) {
	w := keyringDown(t)
	s := w.open()
	p := steptest.New(t, steptest.Type(sandbox.DemoTestKey), steptest.Interrupt(steptest.OnChoose))
	if err := runKey(t, s, p); !errors.Is(err, steps.ErrInterrupted) {
		t.Fatalf("err %v", err)
	}
	if k, _ := s.Key(); !k.IsZero() {
		t.Fatal("an interrupted step took the key")
	}
}
