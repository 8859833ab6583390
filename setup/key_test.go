package setup_test

import (
	"context"
	"errors"
	"os"
	"testing"

	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/setup"
	"paystack-setup/state"
)

func TestVerifyKeyAsksPaystack(t *testing.T) {
	w := newWorld(t)
	s := w.open()
	ctx := context.Background()
	if err := s.VerifyKey(ctx, demoKey(t)); err != nil {
		t.Fatalf("the sandbox's own key was refused: %v", err)
	}
	if err := s.VerifyKey(ctx, unknownKey(t)); paystack.KindOf(err) != paystack.KindInvalidKey {
		t.Fatalf("an unknown key: %v, want invalid_key", err)
	}
	w.srv.InjectFault(sandbox.Fault{Path: "/balance", Kind: sandbox.FaultIPNotAllowed})
	if err := s.VerifyKey(ctx, demoKey(t)); paystack.KindOf(err) != paystack.KindIPNotAllowed {
		t.Fatalf("a machine off the whitelist: %v, want ip_not_allowed", err)
	}
	if k, _ := s.Key(); !k.IsZero() {
		t.Error("verifying a key made it the session's before it was kept or stored")
	}
}

func TestVerifyKeyWithoutAWayToPaystack(t *testing.T) {
	w := newWorld(t)
	o := w.options()
	o.NewClient = nil
	s, _, err := setup.Open(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.VerifyKey(context.Background(), demoKey(t)); !errors.Is(err, setup.ErrNoClient) {
		t.Fatalf("got %v, want ErrNoClient", err)
	}
}

func TestStoreKeyKeepsItInTheKeyringAndSaysSo(t *testing.T) {
	w := newWorld(t)
	s := w.withKey()
	k, src := s.Key()
	if k != demoKey(t) || src != keystore.SourceKeyring {
		t.Fatalf("after StoreKey the session holds %v from %q", k, src)
	}
	if st := s.State(); st.KeyStorage != state.StorageKeyring || st.Mode != "test" {
		t.Fatalf("recorded storage %q, mode %q", st.KeyStorage, st.Mode)
	}
	again := w.reopen(s)
	if k, src := again.Key(); k != demoKey(t) || src != keystore.SourceKeyring {
		t.Fatalf("the next run reads %v from %q", k, src)
	}
}

// The visual wizard left the plain-file consent in the saved answers after
// the key went back into the keyring; the accessible one cleared it. The
// session does what the accessible one did, for every front end.
func TestStoreKeyAfterPlainFileForgetsTheConsent(t *testing.T) {
	w := newWorld(t)
	s := w.open()
	k := demoKey(t)
	path, err := s.StoreKeyInFile(k, keystore.PlainFileWord)
	if err != nil {
		t.Fatal(err)
	}
	if s.State().PlainFileConsentAt.IsZero() {
		t.Fatal("the consent was not recorded")
	}
	if err := s.StoreKey(context.Background(), k); err != nil {
		t.Fatal(err)
	}
	st := s.State()
	if !st.PlainFileConsentAt.IsZero() || st.KeyStorage != state.StorageKeyring {
		t.Fatalf("after moving the key to the keyring: consent %v, storage %q", st.PlainFileConsentAt, st.KeyStorage)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("the plain file is still there: %v", err)
	}
}

// Every keyring failure that should offer the fallbacks is reported as such,
// and nothing is recorded as stored.
func TestStoreKeyReportsEachKeyringFailure(t *testing.T) {
	for _, p := range []keystore.Problem{
		keystore.ProblemNoSessionBus, keystore.ProblemNoSecretService, keystore.ProblemLocked,
		keystore.ProblemTooBig, keystore.ProblemKeyring,
	} {
		t.Run(string(p), func(t *testing.T) {
			w := newWorld(t)
			w.keyring.FailOn(keystore.OpSet, keystore.SimulatedError(p))
			s := w.open()
			err := s.StoreKey(context.Background(), demoKey(t))
			if keystore.ProblemOf(err) != p || !keystore.KeyringUnusable(err) {
				t.Fatalf("got %v (%q), want %q offering the fallbacks", err, keystore.ProblemOf(err), p)
			}
			if k, _ := s.Key(); !k.IsZero() || s.State().KeyStorage != "" {
				t.Fatalf("a failed store left key %v, storage %q", k, s.State().KeyStorage)
			}
		})
	}
}

func TestStoreKeyRefusesAKeyringThatGivesBackSomethingElse(t *testing.T) {
	w := newWorld(t)
	w.keyring.AlterReads(func(v string) string { return v + "x" })
	s := w.open()
	err := s.StoreKey(context.Background(), demoKey(t))
	if keystore.ProblemOf(err) != keystore.ProblemReadBack {
		t.Fatalf("got %v, want read_back", err)
	}
}

func TestStoreKeyStoppedByTheMerchantIsNoFallback(t *testing.T) {
	w := newWorld(t)
	w.keyring.HangOn(keystore.OpSet)
	s := w.open()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := s.StoreKey(ctx, demoKey(t))
	if keystore.ProblemOf(err) != keystore.ProblemCanceled || keystore.KeyringUnusable(err) {
		t.Fatalf("got %v, want canceled without the fallbacks", err)
	}
}

func TestStoreKeyWithoutAKeyStore(t *testing.T) {
	w := newWorld(t)
	o := w.options()
	o.Keys = nil
	s, _, err := setup.Open(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.StoreKey(context.Background(), demoKey(t)); !errors.Is(err, setup.ErrNoKeyStore) {
		t.Fatalf("got %v", err)
	}
	if _, err := s.StoreKeyInFile(demoKey(t), keystore.PlainFileWord); !errors.Is(err, setup.ErrNoKeyStore) {
		t.Fatalf("got %v", err)
	}
}

func TestPlainFileOnlyWithTheConfirmationWord(t *testing.T) {
	w := newWorld(t)
	s := w.open()
	k := demoKey(t)
	if _, err := s.StoreKeyInFile(k, "yes"); !errors.Is(err, setup.ErrNotConfirmed) {
		t.Fatalf("stored with the wrong word: %v", err)
	}
	if _, err := os.Stat(s.PlainFilePath()); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a file was written without consent: %v", err)
	}
	if !s.State().PlainFileConsentAt.IsZero() {
		t.Fatal("a consent was recorded without the word")
	}
	path, err := s.StoreKeyInFile(k, " Plain-File ")
	if err != nil {
		t.Fatal(err)
	}
	if path != s.PlainFilePath() {
		t.Errorf("stored at %s, announced %s", path, s.PlainFilePath())
	}
	st := s.State()
	if st.KeyStorage != state.StorageFile || !st.PlainFileConsentAt.Equal(w.now) || st.Mode != "test" {
		t.Fatalf("recorded storage %q, consent %v, mode %q", st.KeyStorage, st.PlainFileConsentAt, st.Mode)
	}
	if got, src := w.reopen(s).Key(); got != k || src != keystore.SourceFile {
		t.Fatalf("the next run reads %v from %q", got, src)
	}
}

func TestThisShellOnlyStoresNothing(t *testing.T) {
	w := newWorld(t)
	w.keyring.FailOn(keystore.OpSet, keystore.SimulatedError(keystore.ProblemNoSessionBus))
	s := w.open()
	k := demoKey(t)
	if err := s.StoreKey(context.Background(), k); err == nil {
		t.Fatal("the broken keyring stored the key")
	}
	s.KeepKeyForThisShell(k)
	if got, _ := s.Key(); got != k || !s.KeyUnstored() || s.KeyFromEnv() {
		t.Fatalf("key %v, unstored %v, from env %v", got, s.KeyUnstored(), s.KeyFromEnv())
	}
	if s.State().KeyStorage != state.StorageEnv {
		t.Fatalf("recorded storage %q", s.State().KeyStorage)
	}
	if s.Client() == nil {
		t.Fatal("the run cannot use the key it keeps")
	}
	if got, _ := w.reopen(s).Key(); !got.IsZero() {
		t.Fatal("a key kept for this shell only was found by the next run")
	}
}

func TestKeyFromTheEnvironment(t *testing.T) {
	w := newWorld(t)
	w.env[keystore.EnvKey] = sandbox.DemoTestKey
	s := w.open()
	k, src := s.Key()
	if k != demoKey(t) || src != keystore.SourceEnv || !s.KeyFromEnv() {
		t.Fatalf("key %v from %q, from env %v", k, src, s.KeyFromEnv())
	}
	s.UseKey(k, src)
	if s.State().KeyStorage != state.StorageEnv {
		t.Fatalf("recorded storage %q", s.State().KeyStorage)
	}
}

// A key that cannot be read is no reason to refuse the profile: the key step
// says why and asks for the key again.
func TestUnreadableKeyOpensAndSaysWhy(t *testing.T) {
	w := newWorld(t)
	w.keyring.FailOn(keystore.OpGet, keystore.SimulatedError(keystore.ProblemLocked))
	s := w.open()
	if keystore.ProblemOf(s.KeyReadErr()) != keystore.ProblemLocked {
		t.Fatalf("KeyReadErr = %v", s.KeyReadErr())
	}
	w2 := newWorld(t)
	w2.env[keystore.EnvKey] = "pk_test_" + "ab"
	s2 := w2.open()
	if keystore.ProblemOf(s2.KeyReadErr()) != keystore.ProblemEnvInvalid {
		t.Fatalf("KeyReadErr = %v", s2.KeyReadErr())
	}
	if _, src := s2.Key(); src != keystore.SourceEnv {
		t.Fatalf("source %q, want the environment that holds the bad key", src)
	}
	// Once a key works, the old reason no longer applies.
	s.UseKey(demoKey(t), keystore.SourceKeyring)
	if s.KeyReadErr() != nil {
		t.Fatal("the read error outlived a working key")
	}
}

func TestNoKeyIsNoReadError(t *testing.T) {
	s := newWorld(t).open()
	if k, _ := s.Key(); !k.IsZero() || s.KeyReadErr() != nil {
		t.Fatalf("an empty keyring: key %v, error %v", k, s.KeyReadErr())
	}
	if s.Client() != nil {
		t.Fatal("a client without a key")
	}
}

func TestModeIsTheKeysThenTheSavedOne(t *testing.T) {
	w := newWorld(t)
	s := w.open()
	if s.Mode() != paystack.ModeTest {
		t.Fatalf("a new profile is in %q mode, want test", s.Mode())
	}
	s.State().Mode = "live"
	if s.Mode() != paystack.ModeLive {
		t.Fatalf("saved live, Mode %q", s.Mode())
	}
	s.UseKey(demoKey(t), keystore.SourceKeyring)
	if s.Mode() != paystack.ModeTest || s.State().Mode != "test" {
		t.Fatalf("a test key: Mode %q, recorded %q", s.Mode(), s.State().Mode)
	}
}

func TestKeyPlaceSaysWhereWithoutTheKey(t *testing.T) {
	w := newWorld(t)
	s := w.open()
	if !s.KeyPlace().IsZero() {
		t.Fatal("a place for no key")
	}
	k := demoKey(t)
	path, err := s.StoreKeyInFile(k, keystore.PlainFileWord)
	if err != nil {
		t.Fatal(err)
	}
	if p := s.KeyPlace(); len(p.Args) != 1 || p.Args[0] != path {
		t.Fatalf("plain file place %v, want the path %s", p, path)
	}
	// "This shell only": the key is in no variable the merchant has set yet,
	// and in no keyring; only this run holds it.
	s.KeepKeyForThisShell(k)
	if p := s.KeyPlace(); p.ID != msg.StSumKeyMemory {
		t.Fatalf("this shell only: %v", p)
	}
}
