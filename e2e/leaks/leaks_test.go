// Package leaks proves that the secret key never leaves the places it is
// meant to be (the keyring, the Authorization header):
//
//	go test ./e2e/leaks
//
// Each test runs the built binary with fresh canary keys against a sandbox,
// keeps every stdout, stderr, screen capture and every file the program
// wrote, and the harness scans all of it for the key, for any 12 characters of
// it and for anything shaped like a full Paystack key. The fault matrix in
// e2e/faults is scanned the same way.
package leaks

import (
	"bufio"
	"encoding/base64"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"paystack-setup/e2e/internal/harness"
	"paystack-setup/internal/leakscan"
	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
)

func TestMain(m *testing.M) { os.Exit(harness.Main(m)) }

const screenWait = 20 * time.Second

// mustExit fails when a run did not end as expected (a leak test that only
// saw an early usage error would prove little) or showed raw Go text.
func mustExit(t *testing.T, r harness.Result, codes ...int) {
	t.Helper()
	harness.NoRawGoError(t, r.Name, r.Output())
	for _, c := range codes {
		if r.Code == c {
			return
		}
	}
	t.Errorf("%s: exit code %d, want one of %v\n%s", r.Name, r.Code, codes, r)
}

// TestKeyCommandsLeakNothing: key set, show and delete, with good and bad
// keys, through the real Secret Service when there is one (scripts/test), and
// through the environment and the demo's memory keyring everywhere.
func TestKeyCommandsLeakNothing(t *testing.T) {
	w := harness.NewWorld(t)
	key := w.NewKey(sandbox.ModeLive)
	parsed, err := paystack.ParseSecretKey(key)
	if err != nil {
		t.Fatal(err)
	}
	masked := parsed.Masked()
	profile := w.Profile

	if harness.RealKeyring() {
		set := w.Run(t, "key-set-stdin", harness.Opts{Stdin: key + "\n"}, "--profile", profile, "key", "set", "--stdin")
		mustExit(t, set, 0)
		if !strings.Contains(set.Stdout, masked) {
			t.Errorf("key set does not confirm the masked key %q\n%s", masked, set)
		}
		show := w.Run(t, "key-show", harness.Opts{}, "--profile", profile, "key", "show")
		mustExit(t, show, 0)
		if !strings.Contains(show.Output(), masked) {
			t.Errorf("key show does not show the masked key %q\n%s", masked, show)
		}
		keyringItemHoldsKeyOnlyAsSecret(t, w, profile)
		audit := w.Run(t, "audit-keyring", harness.Opts{}, "--profile", profile, "audit", "--json")
		mustExit(t, audit, 0, 1)
		del := w.Run(t, "key-delete", harness.Opts{}, "--profile", profile, "key", "delete", "--yes")
		mustExit(t, del, 0)
	} else {
		// No Secret Service: the diagnosis and the fallback commands are printed.
		set := w.Run(t, "key-set-stdin-no-keyring", harness.Opts{Stdin: key + "\n"}, "--profile", profile, "key", "set", "--stdin")
		mustExit(t, set, 1)
		show := w.Run(t, "key-show-no-keyring", harness.Opts{}, "--profile", profile, "key", "show")
		mustExit(t, show, 0, 1)
		del := w.Run(t, "key-delete-no-keyring", harness.Opts{}, "--profile", profile, "key", "delete", "--yes")
		mustExit(t, del, 0, 1)
	}

	env := map[string]string{"PAYSTACK_SECRET_KEY": key}
	show := w.Run(t, "key-show-env", harness.Opts{Env: env}, "--profile", profile, "key", "show")
	mustExit(t, show, 0)
	if !strings.Contains(show.Output(), masked) {
		t.Errorf("key show (PAYSTACK_SECRET_KEY) does not show the masked key %q\n%s", masked, show)
	}
	w.Run(t, "key-delete-env", harness.Opts{Env: env}, "--profile", profile, "key", "delete", "--yes")

	demo := w.Run(t, "demo-key-set", harness.Opts{Stdin: key}, "--demo", "key", "set", "--stdin")
	mustExit(t, demo, 0)
	w.Run(t, "demo-key-show", harness.Opts{}, "--demo", "key", "show")

	// Wrong keys are explained, never repeated back.
	body := key[len("sk_live_"):]
	bad := map[string]string{
		"too-long":    key + "9z",
		"truncated":   key[:len(key)-6],
		"public":      "pk_live_" + body,
		"space":       key[:20] + " " + key[20:],
		"no-prefix":   body,
		"other-shape": "sk_prod_" + body,
	}
	for name, input := range bad {
		r := w.Run(t, "key-set-bad-"+name, harness.Opts{Stdin: input}, "--profile", profile, "key", "set", "--stdin")
		mustExit(t, r, 2)
		r = w.Run(t, "audit-bad-env-"+name, harness.Opts{Env: map[string]string{"PAYSTACK_SECRET_KEY": input}}, "--profile", profile, "audit")
		mustExit(t, r, 1)
	}
	// A key typed on the command line is refused without being echoed.
	r := w.Run(t, "key-set-argv", harness.Opts{}, "--profile", profile, "key", "set", key)
	mustExit(t, r, 2)
	r = w.Run(t, "key-set-flag", harness.Opts{}, "--profile", profile, "key", "set", "--stdin="+key)
	mustExit(t, r, 2)
	// Pasted after the wrong command, or as another flag's value: every
	// command's own error would quote it back.
	for i, args := range [][]string{
		{key}, {"audit", key}, {"--profile", key, "audit"}, {"--lang", key},
		{"audit", "--plans", key}, {"wizard", key}, {"profiles", key}, {"key", key}, {"help", key},
	} {
		r := w.Run(t, fmt.Sprintf("key-in-args-%d", i), harness.Opts{}, args...)
		mustExit(t, r, 2)
		if !strings.Contains(r.Stderr, msg.In(msg.English, msg.KeystoreKeyOnCommandLine)) {
			t.Errorf("key-in-args-%d: not told where the key belongs\n%s", i, r.Stderr)
		}
	}
	w.SnapshotConfig(t, "end")
}

// keyringItemHoldsKeyOnlyAsSecret saves what anyone browsing the keyring
// (secret-tool, Seahorse) sees of the item besides its secret, label and
// attributes, for the scan.
func keyringItemHoldsKeyOnlyAsSecret(t *testing.T, w *harness.World, profile string) {
	t.Helper()
	cmd := exec.Command("secret-tool", "search", "--all", "service", keystore.DefaultService, "username", profile)
	cmd.Env = w.Environ(nil)
	out, err := cmd.CombinedOutput() // the attributes come on stderr
	if err != nil {
		t.Logf("secret-tool search: %v (item label not checked)", err)
		return
	}
	var shown []string
	for _, line := range strings.Split(string(out), "\n") {
		if !strings.HasPrefix(line, "secret = ") {
			shown = append(shown, line)
		}
	}
	w.Save(t, "keyring-item", []byte(strings.Join(shown, "\n")))
	if !strings.Contains(string(out), "attribute.username = "+profile) {
		t.Errorf("secret-tool found no item for the profile, so its label was not checked:\n%s", strings.Join(shown, "\n"))
	}
}

// TestAuditAndProfilesLeakNothing: the audit in all its forms and the
// profile list, on a finished setup whose key comes from the environment.
func TestAuditAndProfilesLeakNothing(t *testing.T) {
	w := harness.NewWorld(t)
	s := w.FinishedSetup(t, w.Profile)
	env := map[string]string{"PAYSTACK_SECRET_KEY": s.Key}
	for _, run := range []struct {
		name string
		args []string
	}{
		{"audit", []string{"--profile", w.Profile, "audit"}},
		{"audit-json", []string{"--profile", w.Profile, "audit", "--json"}},
		{"audit-offline", []string{"--profile", w.Profile, "audit", "--offline"}},
		{"audit-hi", []string{"--profile", w.Profile, "--lang", "hi", "audit"}},
		{"audit-all", []string{"audit", "--all-profiles", "--json"}},
		{"profiles-list", []string{"profiles", "list"}},
		{"profiles-json", []string{"profiles", "list", "--json"}},
	} {
		r := w.Run(t, run.name, harness.Opts{Env: env}, run.args...)
		mustExit(t, r, 0, 1)
		harness.NoRawGoError(t, run.name, r.Output())
	}
	// The key revoked: the refusal is explained without the key.
	w.Sandbox.RevokeKey(s.Key)
	r := w.Run(t, "audit-revoked", harness.Opts{Env: env}, "--profile", w.Profile, "audit", "--json")
	mustExit(t, r, 1)
	w.SnapshotConfig(t, "end")
}

// TestHelpLeaksNothing: every command's help, with a key in the environment.
func TestHelpLeaksNothing(t *testing.T) {
	w := harness.NewWorld(t)
	env := map[string]string{"PAYSTACK_SECRET_KEY": w.NewKey(sandbox.ModeTest)}
	runs := [][]string{{"--help"}, {"--version"}, {"help"}, {"--lang", "hi", "--help"}}
	for _, c := range []string{"wizard", "audit", "key", "profiles", "sandbox"} {
		runs = append(runs, []string{"help", c}, []string{c, "--help"})
	}
	runs = append(runs, []string{"key", "set", "--help"}, []string{"key", "show", "--help"}, []string{"key", "delete", "--help"}, []string{"nosuchcommand"})
	for _, args := range runs {
		r := w.Run(t, "help-"+strings.Join(args, "-"), harness.Opts{Env: env}, args...)
		mustExit(t, r, 0, 2)
	}
}

// TestSandboxCommandLeaksNothing: the sandbox command prints its demo keys
// masked, and nothing of a key in the environment.
func TestSandboxCommandLeaksNothing(t *testing.T) {
	w := harness.NewWorld(t)
	key := w.NewKey(sandbox.ModeLive)
	cmd := exec.Command(harness.Binary(t), "sandbox", "--listen", "127.0.0.1:0")
	cmd.Env = w.Environ(map[string]string{"PAYSTACK_SECRET_KEY": key})
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(stdout).ReadString('\n')
		lines <- line
		_, _ = io.Copy(io.Discard, stdout)
	}()
	var first string
	select {
	case first = <-lines:
	case <-time.After(screenWait):
		_ = cmd.Process.Kill()
		t.Fatal("the sandbox command printed no PAYSTACK_API_BASE line")
	}
	_ = cmd.Process.Signal(syscall.SIGINT)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(screenWait):
		_ = cmd.Process.Kill()
		t.Error("the sandbox command did not stop on ctrl+c")
	}
	w.Save(t, "sandbox.stdout", []byte(first))
	w.Save(t, "sandbox.stderr", []byte(stderr.String()))
	if !strings.HasPrefix(first, "PAYSTACK_API_BASE=http://127.0.0.1:") {
		t.Errorf("sandbox stdout = %q", first)
	}
	// The demo keys are public, but the command promises to print them masked.
	for _, demo := range []string{sandbox.DemoTestKey, sandbox.DemoLiveKey} {
		for _, h := range leakscan.Bytes([]string{demo}, "sandbox.stderr", []byte(stderr.String())) {
			t.Errorf("the sandbox command prints the demo key unmasked: %s", h)
		}
	}
}

// TestWizardWithEnvKeyLeaksNothing walks the whole wizard in a real terminal
// with the key in PAYSTACK_SECRET_KEY, capturing every screen.
func TestWizardWithEnvKeyLeaksNothing(t *testing.T) {
	w := harness.NewWorld(t)
	key := w.NewKey(sandbox.ModeTest)
	term := w.StartTerm(t, "wizard-env", map[string]string{"PAYSTACK_SECRET_KEY": key}, "--lang", "en", "--profile", w.Profile)
	term.WaitFor("welcome", screenWait, "Step 1 of 9")
	term.Keys("Enter")
	term.WaitFor("key", screenWait, "Step 2 of 9", "PAYSTACK_SECRET_KEY")
	term.Keys("Enter")
	term.WaitFor("key-accepted", screenWait, "Paystack accepted the secret key")
	term.Keys("Enter")
	term.WaitFor("subaccount", screenWait, "Step 3 of 9", "Create a new subaccount")
	term.Keys("Down", "Enter")
	term.WaitFor("banks", screenWait, "Access Bank")
	term.Keys("Enter")
	term.WaitFor("account-number", screenWait, "Account number")
	term.Type("0123456789")
	term.Keys("Enter")
	term.WaitFor("business-name", screenWait, "Business name")
	term.Type("Canary Leak Shop")
	term.Keys("Enter")
	term.Keys("Enter")
	term.Type("canary@example.com")
	term.Keys("Enter")
	term.WaitFor("confirm-create", screenWait, "Press enter to create it")
	term.Keys("Enter")
	term.WaitFor("systeme", screenWait, "Step 4 of 9", "Canary Leak Shop")
	term.Keys("Enter")
	term.WaitFor("ipwhitelist", screenWait, "Step 5 of 9", "185.236.142.1")
	term.Keys("Enter")
	term.WaitFor("webhook", screenWait, "Step 6 of 9", "Webhook URL")
	// The clipboard still holds the key from step 2.
	term.Paste(key)
	term.WaitForSentence("key-paste-refused", screenWait, msg.In(msg.English, msg.KeystorePastedOutsideKeyStep))
	term.Type("https://canary.systeme.io/paystack/webhook/leaks")
	term.Keys("Enter")
	term.WaitFor("webhook-saved", screenWait, "Test Webhook URL")
	term.Keys("Enter")
	term.WaitFor("checkout", screenWait, "Step 7 of 9")
	term.Keys("Enter")
	term.WaitFor("checkout-continue", screenWait, "press s to continue")
	term.Keys("s")
	term.WaitFor("purchase", screenWait, "Step 8 of 9", "Test purchase")
	term.Keys("s")
	// The summary opens on Finish, below the last checks: the key storage
	// check shows the audit has run (the subaccount's may be scrolled away).
	term.WaitFor("summary", screenWait, "Step 9 of 9", "Secret key storage")
	term.Keys("r")
	term.WaitFor("summary-again", screenWait, "Step 9 of 9")
	term.Keys("C-c")
	if code := term.WaitExit(screenWait); code != 130 {
		t.Errorf("ctrl+c on the summary: exit code %d, want 130", code)
	}
	w.SnapshotConfig(t, "end")
	// Rerun on the finished setup: the audit view opens.
	again := w.StartTerm(t, "wizard-env-rerun", map[string]string{"PAYSTACK_SECRET_KEY": key}, "--lang", "en", "--profile", w.Profile)
	again.WaitFor("rerun-summary", screenWait, "Secret key storage")
	again.Keys("C-c")
	again.WaitExit(screenWait)
}

// TestWizardWithPastedKeyLeaksNothing: the key pasted into the key step, in
// English and in Hindi, stored wherever this machine allows: the keyring under
// scripts/test, else "for this shell only".
func TestWizardWithPastedKeyLeaksNothing(t *testing.T) {
	for _, lang := range []msg.Lang{msg.English, msg.Hindi} {
		t.Run(string(lang), func(t *testing.T) {
			w := harness.NewWorld(t)
			key := w.NewKey(sandbox.ModeLive)
			parsed, err := paystack.ParseSecretKey(key)
			if err != nil {
				t.Fatal(err)
			}
			profile := w.Profile
			term := w.StartTerm(t, "wizard-paste", nil, "--lang", string(lang), "--profile", profile)
			term.WaitForSentence("welcome", screenWait, msg.In(lang, msg.StWelcomeTitle))
			term.Keys("Enter")
			term.WaitForSentence("key", screenWait, msg.In(lang, msg.StKeyTitle))
			// A cut-off key first: its problem is explained, the key is not repeated.
			term.Paste(key[:30])
			term.WaitFor("truncated", screenWait, strings.Repeat("•", 30))
			term.Keys("C-u")
			term.Paste(key)
			term.WaitFor("pasted", screenWait, parsed.Masked())
			term.Keys("Enter")
			if !harness.RealKeyring() {
				term.WaitForSentence("no-keyring", screenWait, msg.In(lang, msg.StKeyFallbackIntro))
				term.Keys("Down", "Enter") // for this shell only
			}
			term.WaitForSentence("accepted", screenWait, msg.In(lang, msg.StKeyVerified))
			term.Keys("Enter")
			term.WaitForSentence("subaccount", screenWait, msg.In(lang, msg.SubAcctTitle))
			term.Keys("C-c")
			if code := term.WaitExit(screenWait); code != 130 {
				t.Errorf("ctrl+c: exit code %d, want 130", code)
			}
			if harness.RealKeyring() {
				del := w.Run(t, "key-delete", harness.Opts{}, "--profile", profile, "key", "delete", "--yes")
				mustExit(t, del, 0)
			}
			w.SnapshotConfig(t, "end")
		})
	}
}

// TestGoldenFilesLeakNothing: no golden or snapshot file in the repository
// (anything under a testdata directory, teatest's .golden files included) and
// no Markdown document (README's screens are copied from captures) holds
// anything shaped like a Paystack secret key. Fuzz corpora are inputs
// and are left out.
func TestGoldenFilesLeakNothing(t *testing.T) {
	root := harness.RepoRoot(t)
	var files []string
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if name == ".git" || name == ".cache" || name == "node_modules" || name == "vendor" {
				return filepath.SkipDir
			}
			if name == "fuzz" && filepath.Base(filepath.Dir(path)) == "testdata" {
				return filepath.SkipDir
			}
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		if strings.Contains("/"+filepath.ToSlash(rel), "/testdata/") || strings.HasSuffix(name, ".golden") || strings.HasSuffix(name, ".md") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(path, ".md") {
			// The documents (README's screens among them) may list the
			// sandbox's public demo keys; nothing else key-shaped.
			for _, demo := range []string{sandbox.DemoTestKey, sandbox.DemoLiveKey} {
				data = []byte(strings.ReplaceAll(string(data), demo, "<demo key>"))
			}
		}
		for _, h := range leakscan.Bytes(nil, path, data) {
			t.Errorf("LEAK in a golden file or document: %s", h)
		}
	}
	t.Logf("%d testdata, golden and Markdown files scanned", len(files))
}

// TestAccessibleWizardLeaksNothing: the screen-reader wizard with the key
// pasted at its prompt, refused once (IP whitelist), then accepted.
func TestAccessibleWizardLeaksNothing(t *testing.T) {
	w := harness.NewWorld(t)
	key := w.NewKey(sandbox.ModeLive)
	w.Sandbox.InjectFault(sandbox.Fault{Path: "/balance", Kind: sandbox.FaultIPNotAllowed, Count: 1})
	term := w.StartTerm(t, "accessible", nil, "--accessible", "--lang", "en", "--profile", w.Profile)
	term.WaitFor("welcome", screenWait, "Type a number from 1 to 4")
	term.Type("1")
	term.Keys("Enter")
	term.WaitFor("key-prompt", screenWait, "Paste your secret key")
	term.Paste(key)
	term.Keys("Enter")
	screen := term.WaitForSentence("ip-blocked", screenWait, msg.In(msg.English, msg.PaystackErrIPBlocked))
	harness.NoRawGoError(t, "the accessible key step", screen)
	term.Type("1") // try again
	term.Keys("Enter")
	// Without a keyring the ways out come first, saying the key works.
	term.WaitForAny("accepted", screenWait, "Paystack accepted", "The key works")
	if !harness.RealKeyring() {
		term.WaitFor("no-keyring", screenWait, "Type a number from 1 to 3")
		term.Type("2") // for this shell only
		term.Keys("Enter")
	}
	term.WaitFor("subaccount", screenWait, "Step 3 of 9")
	term.Keys("C-c")
	term.WaitExit(screenWait)
	w.SnapshotConfig(t, "end")
}

// TestDemoWizardLeaksNothing: the demo fills in its public test key with
// ctrl+g; even that key is only ever shown masked.
func TestDemoWizardLeaksNothing(t *testing.T) {
	w := harness.NewWorld(t)
	w.Watch(sandbox.DemoTestKey)
	w.Watch(sandbox.DemoLiveKey)
	demo, err := paystack.ParseSecretKey(sandbox.DemoTestKey)
	if err != nil {
		t.Fatal(err)
	}
	term := w.StartTerm(t, "demo", nil, "--demo", "--lang", "en", "--profile", w.Profile)
	term.WaitFor("welcome", screenWait, "Step 1 of 9")
	term.Keys("Enter")
	term.WaitFor("key", screenWait, "Step 2 of 9")
	term.Keys("C-g")
	term.WaitFor("filled", screenWait, demo.Masked())
	term.Keys("Enter")
	term.WaitFor("accepted", screenWait, "Paystack accepted the secret key")
	term.Keys("Enter")
	term.WaitFor("subaccount", screenWait, "Step 3 of 9")
	term.Keys("C-c")
	if code := term.WaitExit(screenWait); code != 130 {
		t.Errorf("ctrl+c: exit code %d, want 130", code)
	}
}

// osc52 finds clipboard writes in raw terminal output.
var osc52 = regexp.MustCompile(`\x1b\]52;[^;\x07\x1b]*;([A-Za-z0-9+/=]*)(?:\x07|\x1b\\)`)

// TestCopyKeyGoesOnlyToTheClipboard: the systeme.io step can copy the key for
// pasting into systeme.io. Declining sends nothing; after two yeses the key
// goes to the terminal only as a clipboard write (OSC 52), and nowhere on
// screen or in any other output.
func TestCopyKeyGoesOnlyToTheClipboard(t *testing.T) {
	w := harness.NewWorld(t)
	s := w.PartialSetup(t, w.Profile, "welcome", "key", "subaccount")
	term := w.StartTerm(t, "wizard", map[string]string{"PAYSTACK_SECRET_KEY": s.Key}, "--lang", "en", "--profile", w.Profile)
	term.ClipboardAllowed = true
	term.WaitFor("systeme", screenWait, "Step 4 of 9")
	term.Keys("c")
	term.WaitForSentence("warning", screenWait, msg.In(msg.English, msg.StSysCopyAsk))
	term.Keys("n")
	term.WaitForSentence("declined", screenWait, msg.In(msg.English, msg.StSysNotCopied))
	if osc52.Match(term.RawOutput()) {
		t.Fatal("declining the copy still wrote to the clipboard")
	}
	term.Keys("c")
	term.WaitForSentence("warning-again", screenWait, msg.In(msg.English, msg.StSysCopyAsk))
	term.Keys("y")
	term.WaitForSentence("confirm", screenWait, msg.In(msg.English, msg.StSysCopyConfirm))
	term.Keys("y")
	term.WaitForSentence("copied", screenWait, msg.In(msg.English, msg.StSysCopied))
	var copied []string
	deadline := time.Now().Add(screenWait)
	for len(copied) == 0 && time.Now().Before(deadline) {
		for _, m := range osc52.FindAllSubmatch(term.RawOutput(), -1) {
			text, _ := base64.StdEncoding.DecodeString(string(m[1]))
			copied = append(copied, string(text))
		}
		time.Sleep(50 * time.Millisecond)
	}
	if len(copied) != 1 || copied[0] != s.Key {
		t.Errorf("after two yeses the clipboard got %d writes, want exactly one with the key", len(copied))
	}
	term.Keys("C-c")
	term.WaitExit(screenWait)
}
