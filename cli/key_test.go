package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"paystack-setup/internal/leakscan"
	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/state"
)

// testKey is well-formed but made of non-hex letters, so no scanner mistakes
// it for a real live key.
var testKey = "sk_test_" + strings.Repeat("q", 36) + "ab12"

type keyRun struct {
	code     int
	out, err string
}

// keyEnv is a command environment with its own config dir and keyring.
type keyEnv struct {
	t       *testing.T
	backend keystore.Backend
	vars    map[string]string
	config  string
	tty     bool
}

func newKeyEnv(t *testing.T, b keystore.Backend) *keyEnv {
	t.Helper()
	old := keyBackend
	keyBackend = func(*Env) keystore.Backend { return b }
	t.Cleanup(func() { keyBackend = old })
	return &keyEnv{t: t, backend: b, vars: map[string]string{"LANG": "C"}, config: t.TempDir()}
}

func (k *keyEnv) run(stdin string, args ...string) keyRun {
	k.t.Helper()
	var out, errb bytes.Buffer
	e := &Env{
		In: strings.NewReader(stdin), Out: &out, Err: &errb,
		InTTY: k.tty, OutTTY: k.tty,
		Getenv:    func(n string) string { return k.vars[n] },
		ConfigDir: k.config,
	}
	code := Main(args, e)
	r := keyRun{code, out.String(), errb.String()}
	if hits := leakscan.Bytes([]string{testKey}, "output", []byte(r.out+r.err)); len(hits) > 0 {
		k.t.Errorf("key %v leaked: %v", args, hits)
	}
	for _, raw := range []string{"org.freedesktop.DBus", "dbus:", "keystore:", "failed to unlock", "%!"} {
		if strings.Contains(r.out+r.err, raw) {
			k.t.Errorf("key %v shows raw error text %q:\n%s", args, raw, r.err)
		}
	}
	return r
}

func TestKeySetShowDelete(t *testing.T) {
	k := newKeyEnv(t, keystore.NewMemoryBackend())

	r := k.run(testKey+"\n", "key", "set", "--stdin")
	if r.code != ExitOK || !strings.Contains(r.out, "Stored sk_test_…ab12 (test mode) in the system keyring for profile default") {
		t.Fatalf("set: %d\n%s%s", r.code, r.out, r.err)
	}
	r = k.run("", "key", "show")
	if r.code != ExitOK || !strings.Contains(r.out, "sk_test_…ab12 (test mode)") || !strings.Contains(r.out, "system keyring") {
		t.Fatalf("show: %d\n%s%s", r.code, r.out, r.err)
	}
	r = k.run("", "key", "delete", "--yes")
	if r.code != ExitOK || !strings.Contains(r.out, "Removed the key of profile default from the system keyring") {
		t.Fatalf("delete: %d\n%s%s", r.code, r.out, r.err)
	}
	r = k.run("", "key", "show")
	if r.code != ExitFail || !strings.Contains(r.err, "No secret key is stored for profile default") {
		t.Fatalf("show after delete: %d\n%s%s", r.code, r.out, r.err)
	}
	r = k.run("", "key", "delete", "--yes")
	if r.code != ExitOK || !strings.Contains(r.out, "nothing to remove") {
		t.Errorf("second delete: %d\n%s%s", r.code, r.out, r.err)
	}
}

func TestKeySetRefusesKeyOnCommandLine(t *testing.T) {
	k := newKeyEnv(t, keystore.NewMemoryBackend())
	for _, args := range [][]string{
		{"key", "set", testKey},
		{"key", "set", "--stdin", testKey},
		{"key", "set", "--key=" + testKey},
	} {
		r := k.run("", args...)
		if r.code != ExitUsage || !strings.Contains(r.err, "history") {
			t.Errorf("%d\n%s", r.code, r.err)
		}
	}
	if v, _ := k.backend.Get(keystore.DefaultService, "default"); v != "" {
		t.Error("a key from the command line was stored")
	}
}

// TestEveryCommandRefusesKeyOnCommandLine: a key pasted after the wrong
// command, or as a flag value, is never repeated in the error (the "unknown
// command", "takes no argument", "bad profile" and "no file at" messages all
// quote what they got), and the merchant is told where a key belongs.
func TestEveryCommandRefusesKeyOnCommandLine(t *testing.T) {
	k := newKeyEnv(t, keystore.NewMemoryBackend())
	live := "sk_live_" + testKey[len("sk_test_"):]
	for i, args := range [][]string{
		{testKey},
		{"help", testKey},
		{"audit", testKey},
		{"audit", "--json", live},
		{"audit", "--plans", testKey},
		{"audit", "--key=" + testKey},
		{"--profile", testKey, "audit"},
		{"audit", "--profile=" + strings.ToUpper(testKey)},
		{"--lang", testKey},
		{"wizard", testKey},
		{"profiles", "list", testKey},
		{"key", testKey},
		{"key", "show", testKey},
		{"key", "delete", "--yes", testKey},
		{"sandbox", "--listen", testKey},
		{"--" + live},
		{"--lang", "hi", "audit", testKey},
		{"-lang=hi", testKey},
	} {
		r := k.run("", args...)
		if hits := leakscan.Bytes([]string{live}, "output", []byte(r.out+r.err)); len(hits) > 0 {
			t.Errorf("case %d: the live key leaked: %v", i, hits)
		}
		want := msg.In(msg.English, msg.KeystoreKeyOnCommandLine)
		if strings.Contains(strings.Join(args, " "), "lang hi") || args[0] == "-lang=hi" {
			want = msg.In(msg.Hindi, msg.KeystoreKeyOnCommandLine)
		}
		if r.code != ExitUsage || strings.TrimSpace(r.err) != want {
			t.Errorf("case %d: exit %d, stderr:\n%s", i, r.code, r.err)
		}
	}
	if v, _ := k.backend.Get(keystore.DefaultService, "default"); v != "" {
		t.Error("a key from the command line was stored")
	}
}

func TestKeySetWithoutTerminalNeedsStdinFlag(t *testing.T) {
	k := newKeyEnv(t, keystore.NewMemoryBackend())
	r := k.run(testKey+"\n", "key", "set")
	if r.code != ExitUsage || !strings.Contains(r.err, "--stdin") {
		t.Errorf("%d\n%s", r.code, r.err)
	}
	r = k.run("", "key", "set", "--stdin")
	if r.code != ExitUsage || !strings.Contains(r.err, "Nothing arrived") {
		t.Errorf("empty stdin: %d\n%s", r.code, r.err)
	}
}

func TestKeySetRejectsPublicKey(t *testing.T) {
	k := newKeyEnv(t, keystore.NewMemoryBackend())
	r := k.run("pk_test_"+strings.Repeat("q", 40)+"\n", "key", "set", "--stdin")
	if r.code != ExitUsage || r.err == "" || strings.Contains(r.out, "Stored") {
		t.Errorf("%d\n%s%s", r.code, r.out, r.err)
	}
}

func TestKeySetWithoutKeyringScriptGetsOptions(t *testing.T) {
	b := keystore.NewFaultyBackend(keystore.NewMemoryBackend())
	b.FailOn(keystore.OpSet, keystore.SimulatedError(keystore.ProblemNoSessionBus))
	k := newKeyEnv(t, b)
	r := k.run(testKey, "key", "set", "--stdin")
	if r.code != ExitFail {
		t.Fatalf("exit %d, want 1\n%s", r.code, r.err)
	}
	for _, want := range []string{"no desktop session bus", "read -rs PAYSTACK_SECRET_KEY && export PAYSTACK_SECRET_KEY", "--plain-file"} {
		if !strings.Contains(r.err, want) {
			t.Errorf("missing %q in:\n%s", want, r.err)
		}
	}
	if _, err := os.Stat(filepath.Join(k.config, "profiles", "default", "secret-key")); !os.IsNotExist(err) {
		t.Error("a plain file was written without consent")
	}
}

func TestKeySetOnTerminalFallsBackToPlainFileAfterTypedConsent(t *testing.T) {
	b := keystore.NewFaultyBackend(keystore.NewMemoryBackend())
	b.FailOn(keystore.OpSet, keystore.SimulatedError(keystore.ProblemLocked))
	b.FailOn(keystore.OpGet, keystore.SimulatedError(keystore.ProblemLocked))
	k := newKeyEnv(t, b)
	k.tty = true
	path := filepath.Join(k.config, "profiles", "default", "secret-key")

	r := k.run(testKey+"\n3\nyes\n", "key", "set")
	if r.code != ExitFail || !strings.Contains(r.err, "locked") || !strings.Contains(r.err, "not stored") {
		t.Errorf("wrong word: %d\n%s", r.code, r.err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatal("stored in plain file without the confirmation word")
	}

	r = k.run(testKey+"\n3\nplain-file\n", "key", "set")
	if r.code != ExitOK || !strings.Contains(r.out, path) || !strings.Contains(r.err, path) {
		t.Fatalf("plain-file: %d\n%s%s", r.code, r.out, r.err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("plain file: %v %v", fi, err)
	}
	r = k.run("", "key", "show")
	if r.code != ExitOK || !strings.Contains(r.out, "plain file, NOT encrypted: "+path) || !strings.Contains(r.err, "Warning") {
		t.Errorf("show: %d\n%s%s", r.code, r.out, r.err)
	}
	r = k.run("", "key", "delete", "--yes")
	if !strings.Contains(r.out, "Removed the plain file "+path) {
		t.Errorf("delete: %d\n%s%s", r.code, r.out, r.err)
	}
}

// key set asks what the wizard asks when the keyring fails, from the same
// flow: "b" at the choices goes back to type another key, and a wrong
// confirmation word is asked again rather than ending the command.
func TestKeySetOnTerminalSharesTheWizardsFallbacks(t *testing.T) {
	b := keystore.NewFaultyBackend(keystore.NewMemoryBackend())
	b.FailOn(keystore.OpSet, keystore.SimulatedError(keystore.ProblemNoSecretService))
	k := newKeyEnv(t, b)
	k.tty = true
	liveKey := "sk_live_" + strings.Repeat("q", 36) + "cd34"
	r := k.run(testKey+"\nb\n"+liveKey+"\n3\nyes\nplain-file\n", "key", "set")
	if r.code != ExitOK || !strings.Contains(r.out, "Stored sk_live_…cd34 (live mode)") {
		t.Fatalf("exit %d\n%s%s", r.code, r.out, r.err)
	}
	if !strings.Contains(r.err, msg.In(msg.English, msg.StKeyWordMismatch)) {
		t.Errorf("the wrong word was not explained:\n%s", r.err)
	}
	if strings.Count(r.err, msg.In(msg.English, msg.KeystoreSetPrompt)) != 2 {
		t.Errorf("b at the choices did not ask for another key:\n%s", r.err)
	}
	if hits := leakscan.Bytes([]string{liveKey}, "output", []byte(r.out+r.err)); len(hits) > 0 {
		t.Errorf("the second key leaked: %v", hits)
	}
}

func TestKeySetOnTerminalEnvChoiceStoresNothing(t *testing.T) {
	b := keystore.NewFaultyBackend(keystore.NewMemoryBackend())
	b.FailOn(keystore.OpSet, keystore.SimulatedError(keystore.ProblemNoSecretService))
	k := newKeyEnv(t, b)
	k.tty = true
	r := k.run(testKey+"\n2\n", "key", "set")
	if r.code != ExitOK || !strings.Contains(r.err, "read -rs PAYSTACK_SECRET_KEY") {
		t.Errorf("%d\n%s", r.code, r.err)
	}
	if _, err := os.Stat(filepath.Join(k.config, "profiles")); !os.IsNotExist(err) {
		t.Error("the environment choice wrote files")
	}
}

func TestKeySetOnTerminalRetriesAfterFix(t *testing.T) {
	b := keystore.NewFaultyBackend(keystore.NewMemoryBackend())
	b.FailOn(keystore.OpSet, keystore.SimulatedError(keystore.ProblemLocked))
	k := newKeyEnv(t, b)
	k.tty = true
	// The person unlocks the keyring while the choices are on screen.
	in := &healingReader{r: strings.NewReader(testKey + "\n1\n"), heal: func() { b.FailOn(keystore.OpSet, nil) }, after: len(testKey) + 1}
	var out, errb bytes.Buffer
	e := &Env{In: in, Out: &out, Err: &errb, InTTY: true, OutTTY: true, Getenv: func(string) string { return "" }, ConfigDir: k.config}
	if code := Main([]string{"key", "set"}, e); code != ExitOK || !strings.Contains(out.String(), "Stored sk_test_…ab12") {
		t.Errorf("%d\n%s%s", code, out.String(), errb.String())
	}
}

// healingReader calls heal once the key line has been read.
type healingReader struct {
	r     *strings.Reader
	heal  func()
	after int
	read  int
}

func (h *healingReader) Read(p []byte) (int, error) {
	// One byte at a time, like a terminal in line mode, so heal runs between lines.
	if len(p) > 1 {
		p = p[:1]
	}
	n, err := h.r.Read(p)
	h.read += n
	if h.read == h.after {
		h.heal()
	}
	return n, err
}

func TestKeyShowWithEnvironmentVariable(t *testing.T) {
	k := newKeyEnv(t, keystore.NewMemoryBackend())
	k.vars[keystore.EnvKey] = testKey
	r := k.run("", "key", "show")
	if r.code != ExitOK || !strings.Contains(r.out, "environment variable PAYSTACK_SECRET_KEY") {
		t.Errorf("%d\n%s%s", r.code, r.out, r.err)
	}
	r = k.run("", "key", "delete", "--yes")
	if r.code != ExitOK || !strings.Contains(r.err, "PAYSTACK_SECRET_KEY in this shell is not affected") {
		t.Errorf("delete: %d\n%s%s", r.code, r.out, r.err)
	}
}

func TestKeyDeleteAsksOrNeedsYes(t *testing.T) {
	k := newKeyEnv(t, keystore.NewMemoryBackend())
	k.backend.Set(keystore.DefaultService, "default", testKey)
	r := k.run("", "key", "delete")
	if r.code != ExitUsage || !strings.Contains(r.err, "--yes") {
		t.Errorf("no terminal: %d\n%s", r.code, r.err)
	}
	k.tty = true
	r = k.run("n\n", "key", "delete")
	if r.code != ExitOK || !strings.Contains(r.err, "Nothing was deleted") {
		t.Errorf("answered n: %d\n%s", r.code, r.err)
	}
	if v, _ := k.backend.Get(keystore.DefaultService, "default"); v != testKey {
		t.Fatal("deleted although the person said no")
	}
	r = k.run("y\n", "key", "delete")
	if r.code != ExitOK || !strings.Contains(r.out, "Removed") {
		t.Errorf("answered y: %d\n%s%s", r.code, r.out, r.err)
	}
}

func TestKeyCommandsInHindi(t *testing.T) {
	k := newKeyEnv(t, keystore.NewMemoryBackend())
	r := k.run("", "--lang", "hi", "key", "show")
	if r.code != ExitFail || !strings.Contains(r.err, "सीक्रेट की") {
		t.Errorf("%d\n%s", r.code, r.err)
	}
}

func TestBadKeyringTimeoutIsReported(t *testing.T) {
	k := newKeyEnv(t, keystore.NewMemoryBackend())
	k.vars[keystore.EnvTimeout] = "soon"
	r := k.run("", "key", "show")
	if !strings.Contains(r.err, `PAYSTACK_SETUP_KEYRING_TIMEOUT="soon" is not a duration such as 90s or 2m; using the default of 60s.`) {
		t.Errorf("%s", r.err)
	}
}

// `key show` and `audit` print a keyring diagnosis with no menu after it, so
// "the plain-file option" alone would name something the merchant never saw:
// each diagnosis names the command instead.
func TestKeyringDiagnosesNameThePlainFileCommand(t *testing.T) {
	for _, p := range []keystore.Problem{keystore.ProblemNoSessionBus, keystore.ProblemNoSecretService} {
		b := keystore.NewFaultyBackend(keystore.NewMemoryBackend())
		b.FailOn(keystore.OpGet, keystore.SimulatedError(p))
		k := newKeyEnv(t, b)
		r := k.run("", "key", "show")
		if r.code != ExitFail || !strings.Contains(r.err, "paystack-setup key set --plain-file") {
			t.Errorf("%s: exit %d, the plain-file command is not named:\n%s", p, r.code, r.err)
		}
	}
}

// Paystack keeps test and live apart: a live key stored in a profile set up
// in test mode leaves its subaccount, IP whitelist and webhook answers in the
// wrong mode. key set says so, and how to keep the modes apart.
func TestKeySetWarnsWhenTheModeChanges(t *testing.T) {
	k := newKeyEnv(t, keystore.NewMemoryBackend())
	h, err := state.Open(k.config, "default")
	if err != nil {
		t.Fatal(err)
	}
	st, _, _ := h.Load()
	st.Mode = "test"
	if err := h.Save(st); err != nil {
		t.Fatal(err)
	}
	h.Close()
	liveKey := "sk_live_" + strings.Repeat("q", 36) + "ab12"
	r := k.run(liveKey, "key", "set", "--stdin")
	if r.code != ExitOK || !strings.Contains(r.err, "--profile live") || !strings.Contains(r.err, "test mode") {
		t.Errorf("exit %d, no warning about the mode change:\n%s", r.code, r.err)
	}
	r = k.run(testKey, "key", "set", "--stdin")
	if strings.Contains(r.err, "--profile live") {
		t.Errorf("warned although the mode is the same:\n%s", r.err)
	}
}

// TestKeyInAFileIsNotQuotedBack: `audit --plans .env` (the wrong file picked
// by tab completion) quoted the file's first line, key and all, in its
// "Unknown column" problem. Every error line is masked before it is printed.
func TestKeyInAFileIsNotQuotedBack(t *testing.T) {
	k := newKeyEnv(t, keystore.NewMemoryBackend())
	dir := t.TempDir()
	for name, text := range map[string]string{
		".env":      "PAYSTACK_SECRET_KEY=" + testKey + "\n",
		"plans.csv": "name,amount,currency,interval,interval_count\nGold," + testKey + ",NGN,monthly,1\n",
	} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		r := k.run("", "--demo", "audit", "--plans", path) // k.run fails the test on any leak
		if r.code == ExitOK || !strings.Contains(r.err, "sk_test_…") {
			t.Errorf("%s: exit %d; want a refusal that shows where the key was, masked:\n%s", name, r.code, r.err)
		}
	}
}

// TestWordsEndingInSkAreNotKeys: "desk_test_plans.csv" holds "sk_test_" but
// is no key; it must reach the command, not the key-on-command-line refusal.
func TestWordsEndingInSkAreNotKeys(t *testing.T) {
	k := newKeyEnv(t, keystore.NewMemoryBackend())
	path := filepath.Join(t.TempDir(), "desk_test_plans2026.csv")
	r := k.run("", "--demo", "audit", "--plans", path)
	if strings.Contains(r.err, "history") || !strings.Contains(r.err, "desk_test_plans2026.csv") {
		t.Errorf("a file named desk_test_… was taken for a key:\n%s", r.err)
	}
}

// TestKeyDeleteWithUnreachableKeyring: the plain file is removed but the
// keyring cannot be reached (over SSH, no session bus). The key this computer
// used is gone, so the exit is 0, and the merchant is told what was removed,
// that an older copy may remain in the keyring and how to check; it exited 1
// as if nothing had been done. With nothing removed the exit stays 1.
func TestKeyDeleteWithUnreachableKeyring(t *testing.T) {
	b := keystore.NewFaultyBackend(keystore.NewMemoryBackend())
	for _, op := range []keystore.Op{keystore.OpGet, keystore.OpDelete} {
		b.FailOn(op, keystore.SimulatedError(keystore.ProblemNoSessionBus))
	}
	k := newKeyEnv(t, b)
	path := filepath.Join(k.config, "profiles", "default", "secret-key")
	if r := k.run(testKey+"\n", "key", "set", "--stdin", "--plain-file"); r.code != ExitOK {
		t.Fatalf("key set --plain-file: %d\n%s", r.code, r.err)
	}

	r := k.run("", "key", "delete", "--yes")
	if r.code != ExitOK || !strings.Contains(r.out, "Removed the plain file "+path) {
		t.Errorf("delete: exit %d, want 0 with the removed file named\n%s%s", r.code, r.out, r.err)
	}
	if want := msg.In(msg.English, msg.KeystoreDeleteKeyringUnchecked, "default"); !strings.Contains(r.err, want) {
		t.Errorf("delete does not say the keyring was not checked and how to check it:\n%s", r.err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Error("the plain file is still there")
	}

	r = k.run("", "key", "delete", "--yes")
	if r.code != ExitFail || !strings.Contains(r.err, "keyring cannot be reached") {
		t.Errorf("nothing to remove and no keyring: exit %d, want 1 with the diagnosis\n%s%s", r.code, r.out, r.err)
	}
}
