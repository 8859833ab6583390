package keystore

import (
	"cmp"
	"context"
	"errors"
	"maps"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/zalando/go-keyring"

	"paystack-setup/msg"
	"paystack-setup/paystack"
)

// fakeKey builds a well-formed key from non-hex letters so that no test text
// looks like a real live key to the repository's secret scanner.
func fakeKey(t *testing.T, mode, tail string) paystack.SecretKey {
	t.Helper()
	k, err := paystack.ParseSecretKey("sk_" + mode + "_" + strings.Repeat("q", 36) + tail)
	if err != nil {
		t.Fatalf("fake key: %v", err)
	}
	return k
}

func envOf(vars map[string]string) func(string) string {
	return func(name string) string { return vars[name] }
}

func newTestStore(t *testing.T, b Backend, env map[string]string) *Store {
	t.Helper()
	return New(Options{Dir: t.TempDir(), Backend: b, Getenv: envOf(env), Timeout: 5 * time.Second})
}

// assertNoSecret fails when text contains the key or a raw D-Bus/Go error.
func assertClean(t *testing.T, text string, key paystack.SecretKey) {
	t.Helper()
	if !key.IsZero() && strings.Contains(text, key.Reveal()) {
		t.Errorf("the secret key appears in %q", text)
	}
	for _, raw := range []string{"org.freedesktop.DBus", "dbus:", "keystore:", "failed to unlock", "dial unix", "<nil>", "%!"} {
		if strings.Contains(text, raw) {
			t.Errorf("raw error text %q shown to the person: %q", raw, text)
		}
	}
}

func TestKeyringRoundTrip(t *testing.T) {
	s := newTestStore(t, NewMemoryBackend(), nil)
	key := fakeKey(t, "test", "ab12")
	if err := s.Set(context.Background(), "shop", key); err != nil {
		t.Fatalf("Set: %v", err)
	}
	got, src, err := s.Get(context.Background(), "shop")
	if err != nil || src != SourceKeyring || got.Reveal() != key.Reveal() {
		t.Fatalf("Get = %v, %q, %v; want the stored key from the keyring", got, src, err)
	}
	if _, _, err := s.Get(context.Background(), "other"); ProblemOf(err) != ProblemNotFound {
		t.Errorf("another profile sees a key: %v", err)
	}
}

func TestNotFoundSaysHowToStore(t *testing.T) {
	s := newTestStore(t, NewMemoryBackend(), nil)
	_, _, err := s.Get(context.Background(), "shop")
	if ProblemOf(err) != ProblemNotFound {
		t.Fatalf("err = %v, want not found", err)
	}
	if !strings.Contains(err.Error(), "shop") || !strings.Contains(err.Error(), "paystack-setup key set") {
		t.Errorf("message does not name the profile and the fix: %q", err)
	}
}

func TestEnvOverridesReadsAndIsNeverWritten(t *testing.T) {
	envKey := fakeKey(t, "live", "zz99")
	stored := fakeKey(t, "test", "ab12")
	b := NewMemoryBackend()
	s := newTestStore(t, b, map[string]string{EnvKey: " " + envKey.Reveal() + "\n"})

	if err := s.Set(context.Background(), "default", stored); err != nil {
		t.Fatalf("Set: %v", err)
	}
	got, src, err := s.Get(context.Background(), "default")
	if err != nil || src != SourceEnv || got.Reveal() != envKey.Reveal() {
		t.Fatalf("Get = %v, %q, %v; want the environment's key", got, src, err)
	}
	if v, _ := b.Get(DefaultService, "default"); v != stored.Reveal() {
		t.Errorf("the keyring holds something else than the stored key")
	}
	// Nothing in the config dir may hold the environment's key.
	filepath.WalkDir(s.dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if b, _ := os.ReadFile(path); strings.Contains(string(b), envKey.Reveal()) {
				t.Errorf("%s contains the PAYSTACK_SECRET_KEY value", path)
			}
		}
		return nil
	})
}

func TestEnvInvalidIsExplainedWithoutEchoingIt(t *testing.T) {
	bad := "pk_test_" + strings.Repeat("q", 40)
	s := newTestStore(t, NewMemoryBackend(), map[string]string{EnvKey: bad})
	_, src, err := s.Get(context.Background(), "default")
	if ProblemOf(err) != ProblemEnvInvalid || src != SourceEnv {
		t.Fatalf("err = %v (%q), want env_invalid", err, src)
	}
	if strings.Contains(err.Error(), bad) || !strings.Contains(err.Error(), "unset PAYSTACK_SECRET_KEY") {
		t.Errorf("message = %q", err)
	}
}

func TestEveryKeyringFailureIsDiagnosed(t *testing.T) {
	key := fakeKey(t, "live", "cd34")
	cases := []struct {
		name string
		err  error
		want Problem
		hint string // what-to-do text the person must see
	}{
		{"no bus", SimulatedError(ProblemNoSessionBus), ProblemNoSessionBus, "dbus-run-session"},
		{"no bus, library tried dbus-launch", errors.New(`exec: "dbus-launch": executable file not found in $PATH`), ProblemNoSessionBus, "PAYSTACK_SECRET_KEY"},
		{"stale bus socket", errors.New("dial unix /run/user/1000/bus: connect: no such file or directory"), ProblemNoSessionBus, "plain-file"},
		{"no secret service", errors.New("org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.secrets was not provided by any .service files"), ProblemNoSecretService, "gnome-keyring"},
		{"locked", SimulatedError(ProblemLocked), ProblemLocked, "nlock"},
		{"no collection", errors.New("Object does not exist at path “/org/freedesktop/secrets/collection/login” (org.freedesktop.DBus.Error.UnknownObject)"), ProblemLocked, "default keyring"},
		{"prompt dismissed", errors.New("prompt dismissed"), ProblemLocked, "nlock"},
		{"too big", errTooBig, ProblemTooBig, "only the key"},
		{"anything else", errors.New("org.freedesktop.DBus.Error.NoReply: Did not receive a reply"), ProblemKeyring, "PAYSTACK_SECRET_KEY"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := NewFaultyBackend(NewMemoryBackend())
			b.FailOn(OpSet, c.err)
			b.FailOn(OpGet, c.err)
			b.FailOn(OpDelete, c.err)
			s := newTestStore(t, b, nil)
			for op, err := range map[string]error{
				"set":    s.Set(context.Background(), "default", key),
				"get":    func() error { _, _, err := s.Get(context.Background(), "default"); return err }(),
				"delete": func() error { _, err := s.Delete(context.Background(), "default"); return err }(),
			} {
				var d *Diagnosis
				if !errors.As(err, &d) || d.Problem != c.want {
					t.Fatalf("%s: err = %v, want a %s diagnosis", op, err, c.want)
				}
				if !strings.Contains(err.Error(), c.hint) {
					t.Errorf("%s: %q does not say %q", op, err, c.hint)
				}
				assertClean(t, err.Error(), key)
				if !KeyringUnusable(err) {
					t.Errorf("%s: a %s failure must offer the fallbacks", op, c.want)
				}
			}
		})
	}
}

func TestTooBigFromGoKeyringIsDiagnosed(t *testing.T) {
	err := diagnose(translateKeyringError(keyring.ErrSetDataTooBig), "default")
	if err.Problem != ProblemTooBig {
		t.Errorf("go-keyring's ErrSetDataTooBig became %s", err.Problem)
	}
	if d := diagnose(translateKeyringError(keyring.ErrNotFound), "default"); d.Problem != ProblemNotFound {
		t.Errorf("go-keyring's ErrNotFound became %s", d.Problem)
	}
}

func TestHungKeyringTimesOutWithAdvice(t *testing.T) {
	b := NewFaultyBackend(NewMemoryBackend())
	t.Cleanup(b.Release)
	b.HangOn(OpGet)
	s := New(Options{Dir: t.TempDir(), Backend: b, Getenv: envOf(nil), Timeout: 20 * time.Millisecond})
	_, _, err := s.Get(context.Background(), "default")
	if ProblemOf(err) != ProblemTimeout {
		t.Fatalf("err = %v, want timeout", err)
	}
	if !strings.Contains(err.Error(), "20ms") || !strings.Contains(err.Error(), EnvTimeout) {
		t.Errorf("timeout message %q must give the wait and how to lengthen it", err)
	}
}

func TestTimeoutComesFromEnvironment(t *testing.T) {
	for v, want := range map[string]time.Duration{"": DefaultTimeout, "90": 90 * time.Second, "2m": 2 * time.Minute, "1.5": 1500 * time.Millisecond, "soon": DefaultTimeout, "-3s": DefaultTimeout} {
		s := New(Options{Backend: NewMemoryBackend(), Getenv: envOf(map[string]string{EnvTimeout: v})})
		if s.Timeout() != want {
			t.Errorf("%s=%q gives %v, want %v", EnvTimeout, v, s.Timeout(), want)
		}
	}
	if _, err := ParseTimeout("soon"); err == nil {
		t.Error("ParseTimeout accepts a word")
	}
}

func TestCancelledContextStopsWaiting(t *testing.T) {
	b := NewFaultyBackend(NewMemoryBackend())
	t.Cleanup(b.Release)
	b.HangOn(OpSet)
	s := newTestStore(t, b, nil)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.Set(ctx, "default", fakeKey(t, "test", "ab12")); ProblemOf(err) != ProblemCanceled {
		t.Errorf("err = %v, want canceled", err)
	}
}

func TestReadBackMismatchIsAnError(t *testing.T) {
	b := NewFaultyBackend(NewMemoryBackend())
	b.AlterReads(func(v string) string { return v[:len(v)-1] })
	s := newTestStore(t, b, nil)
	key := fakeKey(t, "test", "ab12")
	err := s.Set(context.Background(), "default", key)
	if ProblemOf(err) != ProblemReadBack {
		t.Fatalf("err = %v, want read_back", err)
	}
	assertClean(t, err.Error(), key)
}

func TestPlainFileIsPrivateRecordedAndRead(t *testing.T) {
	b := NewFaultyBackend(NewMemoryBackend())
	b.FailOn(OpGet, SimulatedError(ProblemNoSessionBus))
	s := newTestStore(t, b, nil)
	key := fakeKey(t, "live", "ef56")

	path, err := s.SetFile("shop", key)
	if err != nil {
		t.Fatalf("SetFile: %v", err)
	}
	want := filepath.Join(s.dir, "profiles", "shop", "secret-key")
	if path != want || !filepath.IsAbs(path) {
		t.Errorf("path = %q, want %q (absolute, so the person can find it)", path, want)
	}
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("file mode = %v (%v), want 0600", fi.Mode().Perm(), err)
	}
	if di, _ := os.Stat(filepath.Dir(path)); di.Mode().Perm() != 0o700 {
		t.Errorf("dir mode = %v, want 0700", di.Mode().Perm())
	}
	if leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".tmp-*")); len(leftovers) > 0 {
		t.Errorf("temporary files left behind: %v", leftovers)
	}

	got, src, err := s.Get(context.Background(), "shop")
	if err != nil || src != SourceFile || got.Reveal() != key.Reveal() {
		t.Fatalf("Get = %v, %q, %v; want the key from the file even with no keyring", got, src, err)
	}
	c, err := ReadConsent(s.dir, "shop")
	if err != nil || c == nil || c.Path != path || c.At.IsZero() {
		t.Fatalf("consent = %+v, %v; want a record naming %s", c, err, path)
	}
	st, err := s.Status(context.Background(), "shop")
	if err != nil || st.Path != path || st.Consent == nil {
		t.Errorf("Status = %+v, %v", st, err)
	}
	if c, _ := ReadConsent(s.dir, "other"); c != nil {
		t.Errorf("a profile that never chose the plain file has consent %+v", c)
	}
}

func TestDeleteRemovesKeyringAndFile(t *testing.T) {
	s := newTestStore(t, NewMemoryBackend(), nil)
	key := fakeKey(t, "test", "ab12")
	if err := s.Set(context.Background(), "default", key); err != nil {
		t.Fatal(err)
	}
	path, err := s.SetFile("default", key)
	if err != nil {
		t.Fatal(err)
	}
	removed, err := s.Delete(context.Background(), "default")
	if err != nil || !slices.Equal(removed, []Source{SourceFile, SourceKeyring}) {
		t.Fatalf("Delete = %v, %v; want both removed", removed, err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("the plain file is still there")
	}
	if c, _ := ReadConsent(s.dir, "default"); c != nil {
		t.Errorf("the consent record is still there")
	}
	if _, _, err := s.Get(context.Background(), "default"); ProblemOf(err) != ProblemNotFound {
		t.Errorf("after delete Get = %v", err)
	}
	if removed, err := s.Delete(context.Background(), "default"); err != nil || len(removed) != 0 {
		t.Errorf("second Delete = %v, %v; want nothing removed, no error", removed, err)
	}
}

// TestInterruptedPlainFileSaveLeavesNoCopy: a save killed between writing
// its temporary file and renaming it (kill -9, a power cut) leaves a hidden
// copy of the key beside the plain file. Deleting the key, moving it into the
// keyring or saving the plain file again must remove that copy too, or the
// key stays on disk after the merchant was told it is gone.
func TestInterruptedPlainFileSaveLeavesNoCopy(t *testing.T) {
	key := fakeKey(t, "live", "zz99")
	for _, tc := range []struct {
		name string
		then func(s *Store) error
	}{
		{"key delete", func(s *Store) error { _, err := s.Delete(context.Background(), "default"); return err }},
		{"key set into the keyring", func(s *Store) error { return s.Set(context.Background(), "default", key) }},
		{"plain file saved again", func(s *Store) error { _, err := s.SetFile("default", key); return err }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newTestStore(t, NewMemoryBackend(), nil)
			dir := filepath.Dir(s.FilePath("default"))
			if err := os.MkdirAll(dir, 0o700); err != nil {
				t.Fatal(err)
			}
			leftover := filepath.Join(dir, ".tmp-secret-key-4242")
			if err := os.WriteFile(leftover, []byte(key.Reveal()+"\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			if err := tc.then(s); err != nil {
				t.Fatal(err)
			}
			if _, err := os.Stat(leftover); !os.IsNotExist(err) {
				t.Errorf("after %s the interrupted save's copy of the key is still on disk", tc.name)
			}
		})
	}
}

func TestDeleteWithUnreachableKeyringStillRemovesFile(t *testing.T) {
	b := NewFaultyBackend(NewMemoryBackend())
	b.FailOn(OpDelete, SimulatedError(ProblemNoSessionBus))
	s := newTestStore(t, b, nil)
	if _, err := s.SetFile("default", fakeKey(t, "test", "ab12")); err != nil {
		t.Fatal(err)
	}
	removed, err := s.Delete(context.Background(), "default")
	if !slices.Equal(removed, []Source{SourceFile}) || ProblemOf(err) != ProblemNoSessionBus {
		t.Errorf("Delete = %v, %v; want the file removed and the keyring problem reported", removed, err)
	}
}

func TestSetIntoKeyringRemovesPlainFile(t *testing.T) {
	s := newTestStore(t, NewMemoryBackend(), nil)
	key := fakeKey(t, "test", "ab12")
	path, _ := s.SetFile("default", key)
	if err := s.Set(context.Background(), "default", key); err != nil {
		t.Fatal(err)
	}
	if _, ok := s.PlainFile("default"); ok {
		t.Errorf("%s is still there after the key went into the keyring", path)
	}
	if c, _ := ReadConsent(s.dir, "default"); c != nil {
		t.Error("consent record kept after the key left the plain file")
	}
	if _, src, _ := s.Get(context.Background(), "default"); src != SourceKeyring {
		t.Errorf("source = %q, want keyring", src)
	}
}

func TestNoSessionBusNeverReachesDBus(t *testing.T) {
	p := Probe{
		GOOS:       "linux",
		Getenv:     envOf(map[string]string{"DBUS_SESSION_BUS_ADDRESS": "autolaunch:", "XDG_RUNTIME_DIR": t.TempDir()}),
		RunUserDir: t.TempDir(),
		ReadFile: func(string) ([]byte, error) {
			return []byte("Linux version 6.1.0-13-amd64 (debian-kernel@lists.debian.org)"), nil
		},
	}
	s := New(Options{Dir: t.TempDir(), Backend: SystemBackendWith(p), Getenv: envOf(nil)})
	_, _, err := s.Get(context.Background(), "default")
	var nb *noBusError
	if !errors.As(err, &nb) {
		t.Fatalf("err = %v; want the refusal before any D-Bus call", err)
	}
	if d := err.(*Diagnosis); d.WSL || strings.Contains(err.Error(), "WSL") {
		t.Errorf("plain Linux diagnosed as WSL: %q", err)
	}

	p.ReadFile = func(string) ([]byte, error) {
		return []byte("Linux version 5.15.153.1-microsoft-standard-WSL2"), nil
	}
	_, _, err = New(Options{Dir: t.TempDir(), Backend: SystemBackendWith(p), Getenv: envOf(nil)}).Get(context.Background(), "default")
	if !strings.Contains(err.Error(), "WSL") {
		t.Errorf("WSL not mentioned: %q", err)
	}
}

func TestSessionBusFoundInRuntimeDir(t *testing.T) {
	dir, err := os.MkdirTemp("", "ks") // short: unix socket paths are limited to ~100 bytes
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	l, err := net.Listen("unix", filepath.Join(dir, "bus"))
	if err != nil {
		t.Skipf("cannot make a unix socket here: %v", err)
	}
	defer l.Close()
	p := SystemBackendWith(Probe{GOOS: "linux", Getenv: envOf(map[string]string{"XDG_RUNTIME_DIR": dir}), RunUserDir: "/nonexistent"}).(*systemBackend).probe
	if got, want := p.sessionBus(), "unix:path="+dir+"/bus"; got != want {
		t.Errorf("sessionBus = %q, want %q", got, want)
	}
	p.Getenv = envOf(map[string]string{"XDG_RUNTIME_DIR": t.TempDir()})
	p.RunUserDir = dir
	if p.sessionBus() == "" {
		t.Error("/run/user/<uid>/bus not found")
	}
	// A regular file called bus is not a bus.
	plain := t.TempDir()
	os.WriteFile(filepath.Join(plain, "bus"), nil, 0o600)
	p.RunUserDir = plain
	if got := p.sessionBus(); got != "" {
		t.Errorf("a plain file counted as a bus: %q", got)
	}
}

func TestDiagnosisSpeaksHindi(t *testing.T) {
	d := &Diagnosis{Problem: ProblemNotFound, Profile: "shop"}
	en := d.Error()
	hi := d.In(msg.Hindi)
	if hi == en || !strings.Contains(hi, "paystack-setup key set") || !strings.Contains(hi, "सीक्रेट की") {
		t.Errorf("Hindi diagnosis = %q", hi)
	}
}

func TestPlainFileConfirmation(t *testing.T) {
	for answer, want := range map[string]bool{"plain-file": true, " PLAIN-FILE\n": true, PlainFileWordHindi: true, "yes": false, "": false, "plain file": false} {
		if ConfirmsPlainFile(answer) != want {
			t.Errorf("ConfirmsPlainFile(%q) = %v", answer, !want)
		}
	}
	if !strings.Contains(EnvCommand(), "PAYSTACK_SECRET_KEY") {
		t.Errorf("the shell line does not set the variable: %q", EnvCommand())
	}
}

func TestMaskSecretKeysLeavesOnlyThePrefix(t *testing.T) {
	key := fakeKey(t, "live", "zz99").Reveal()
	for in, want := range map[string]string{
		"url: " + key + "/x":               "url: sk_live_…/x",
		strings.ToUpper(key):               "SK_LIVE_…",
		"sk_test_… or sk_live_…":           "sk_test_… or sk_live_…",
		"Stored sk_live_…zz99 for profile": "Stored sk_live_…zz99 for profile",
	} {
		if got := MaskSecretKeys(in); got != want {
			t.Errorf("MaskSecretKeys: got %q, want %q", got, want)
		}
	}
}

func TestWordsEndingInSkAreNotKeys(t *testing.T) {
	for _, text := range []string{"/home/ada/desk_test_plans2026.csv", "kiosk_live_streams_2026"} {
		if HoldsSecretKey(text) || MaskSecretKeys(text) != text {
			t.Errorf("%q taken for a key", text)
		}
	}
}

// TestMaskSecretKeysInJSONText: JSON writes a line break, a tab or "<" as
// a backslash and letters, so in JSON output a key after one follows a
// letter; the masking writer on stdout must still see it as a key.
func TestMaskSecretKeysInJSONText(t *testing.T) {
	key := fakeKey(t, "live", "zz99").Reveal()
	for _, before := range []string{`\n`, `\t`, `\u003c`, `\u2028`} {
		in := `{"name":"Gold` + before + key + `"}`
		want := `{"name":"Gold` + before + `sk_live_…"}`
		if got := MaskSecretKeys(in); got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
	if text := `C:\\desk_test_plans2026.csv`; MaskSecretKeys(text) != text {
		t.Errorf("%q taken for a key", text)
	}
}

// A terminal without bracketed paste types a pasted key in as keys, after
// whatever the field already held: "Gold" and then the key read as one word,
// so the key showed in full on the plan form and went into state.json. A
// whole key's length of key characters is a key wherever it starts; a
// shorter run still has to start a word (TestWordsEndingInSkAreNotKeys).
func TestAWholeKeyRightAfterOtherTextIsAKey(t *testing.T) {
	key := fakeKey(t, "live", "zz99").Reveal()
	for _, before := range []string{"Gold", "plan2", "https://systeme.io/webhook/ab", "desk_test_x"} {
		text := before + key + " and more"
		if !HoldsSecretKey(text) {
			t.Errorf("%q followed by a key not taken for a key", before)
		}
		if got, want := MaskSecretKeys(text), before+"sk_live_… and more"; got != want {
			t.Errorf("MaskSecretKeys(%q + key) = %q, want %q", before, got, want)
		}
	}
}

func TestMaskSecretKeysAfterAColourSequence(t *testing.T) {
	key := fakeKey(t, "live", "zz99").Reveal()
	if got, want := MaskSecretKeys("URL: \x1b[38;5;2m"+key+"\x1b[0m"), "URL: \x1b[38;5;2msk_live_…\x1b[0m"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestMaskKeyPartsHidesEveryTwelveCharactersOfTheKeys(t *testing.T) {
	k := fakeKey(t, "live", "zz99")
	other := fakeKey(t, "test", "ab12")
	body := k.Reveal()[len("sk_live_"):]
	otherBody := other.Reveal()[len("sk_test_"):]
	cases := map[string]string{
		"› abc123" + body[2:] + " ": "› abc123… ",
		"x" + body[:20] + "\x1b[7m" + body[20:21] + "\x1b[0m" + body[21:30] + "y": "x…\x1b[7m\x1b[0my",
		body[:11] + " and " + body[5:17]:                                          body[:11] + " and …",
		"\x1b]0;t\x07" + body[:12]:                                                "\x1b]0;t\x07…",
		// ESC ( B (the character set, in some terminals' reset) is three
		// bytes, all of them the sequence's: the B is not drawn.
		body[:6] + "\x1b(B" + body[6:12]:                          "…\x1b(B",
		"a " + otherBody[10:30] + " b":                            "a … b",
		"nothing of it":                                           "nothing of it",
		strings.Repeat("a long frame \x1b[1mof text\x1b[0m ", 40): strings.Repeat("a long frame \x1b[1mof text\x1b[0m ", 40),
	}
	// Shortest first, then longest first: the working memory kept from
	// one text (longer or shorter, with or without a key) must not show in
	// the next one's result.
	ins := slices.SortedFunc(maps.Keys(cases), func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	longestFirst := slices.Clone(ins)
	slices.Reverse(longestFirst)
	for _, in := range append(ins, longestFirst...) {
		want := cases[in]
		if got := MaskKeyParts(in, k, other); got != want {
			t.Errorf("MaskKeyParts(%q) = %q, want %q", in, got, want)
		}
		if HoldsKeyPart(in, k, other) != (in != want) {
			t.Errorf("HoldsKeyPart(%q) = %v", in, !(in != want))
		}
	}
	if got := MaskKeyParts(body, paystack.SecretKey{}); got != body {
		t.Errorf("with no key held the text changed: %q", got)
	}
}
