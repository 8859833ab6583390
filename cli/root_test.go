package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/state"
)

// With HOME unset the answers used to go to /tmp/paystack-setup, shared by
// every user and wiped at reboot; now the command refuses and says what to set.
func TestNoHomeRefusesInsteadOfUsingTempFolder(t *testing.T) {
	t.Setenv("HOME", "")
	t.Setenv("XDG_CONFIG_HOME", "")
	t.Setenv(EnvConfigDir, "")
	for _, args := range [][]string{{"audit"}, {"profiles", "list"}, {"key", "status"}, {"wizard"}} {
		e := SystemEnv("test")
		if e.ConfigDir != "" {
			t.Fatalf("config folder %q chosen with no HOME", e.ConfigDir)
		}
		var out, errb bytes.Buffer
		e.Out, e.Err = &out, &errb
		code := Main(append([]string{"--lang", "en"}, args...), e)
		if code != ExitFail {
			t.Errorf("%v: exit %d, want %d", args, code, ExitFail)
		}
		if got := errb.String(); !strings.Contains(got, "Set HOME") || strings.Contains(got, "$HOME are defined") {
			t.Errorf("%v: stderr %q does not say to set HOME", args, got)
		}
	}
}

func TestRelativeXDGConfigHomeRefused(t *testing.T) {
	t.Setenv("HOME", "")
	t.Setenv("XDG_CONFIG_HOME", "relative/config")
	t.Setenv(EnvConfigDir, "")
	e := SystemEnv("test")
	var errb bytes.Buffer
	e.Err = &errb
	if code := Main([]string{"--lang", "hi", "audit"}, e); code != ExitFail {
		t.Fatalf("exit %d, want %d", code, ExitFail)
	}
	if want := msg.In(msg.Hindi, msg.NoConfigDir); strings.TrimSpace(errb.String()) != want {
		t.Errorf("stderr %q, want the Hindi advice", errb.String())
	}
}

// The demo and the sandbox keep nothing in the config folder, so they still run.
func TestNoHomeStillRunsVersionAndHelp(t *testing.T) {
	t.Setenv("HOME", "")
	t.Setenv("XDG_CONFIG_HOME", "")
	t.Setenv(EnvConfigDir, "")
	e := SystemEnv("test")
	var out bytes.Buffer
	e.Out = &out
	if code := Main([]string{"audit", "--help"}, e); code != ExitOK || out.Len() == 0 {
		t.Errorf("audit --help: exit %d, output %q", code, out.String())
	}
}

type fullDisk struct{}

func (fullDisk) Write([]byte) (int, error) { return 0, syscall.ENOSPC }

// `paystack-setup profiles > list.txt` on a full disk exited 0 with the list
// lost; now the person is told and a script sees exit 1.
func TestOutputThatCannotBeWrittenIsAnError(t *testing.T) {
	for _, args := range [][]string{{"--version"}, {"profiles"}, {"audit", "--help"}} {
		var errb bytes.Buffer
		dir := t.TempDir()
		h, err := state.Open(dir, "shop")
		if err != nil {
			t.Fatal(err)
		}
		if err := h.Save(state.State{Country: "NG"}); err != nil {
			t.Fatal(err)
		}
		h.Close()
		e := &Env{Out: fullDisk{}, Err: &errb, Getenv: func(string) string { return "" }, ConfigDir: dir, Version: "test"}
		code := Main(append([]string{"--lang", "en"}, args...), e)
		if code != ExitFail {
			t.Errorf("%v: exit %d, want %d", args, code, ExitFail)
		}
		if got := strings.TrimSpace(errb.String()); got != msg.In(msg.English, msg.OutputFailed) {
			t.Errorf("%v: stderr %q, want the one output-failed sentence", args, got)
		}
		if _, ok := e.Out.(fullDisk); !ok {
			t.Errorf("%v: Env.Out was not given back", args)
		}
	}
}

// PAYSTACK_SETUP_CONFIG_DIR, like gh's GH_CONFIG_DIR, puts the answers in the
// folder it names, whatever HOME and XDG_CONFIG_HOME say.
func TestConfigDirOverride(t *testing.T) {
	home, dir := t.TempDir(), t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	t.Setenv("PAYSTACK_SETUP_CONFIG_DIR", dir)
	old := keyBackend
	keyBackend = func(*Env) keystore.Backend { return keystore.NewMemoryBackend() }
	t.Cleanup(func() { keyBackend = old })

	e := SystemEnv("test")
	var out, errb bytes.Buffer
	e.Out, e.Err = &out, &errb
	e.Getenv = func(name string) string {
		if name == keystore.EnvKey {
			return sandbox.DemoTestKey
		}
		return os.Getenv(name)
	}
	Main([]string{"--lang", "en", "--profile", "shop", "audit", "--offline", "--fields", "email,first_name,last_name"}, e)
	if _, err := os.Stat(state.Path(dir, "shop")); err != nil {
		t.Errorf("no answers in PAYSTACK_SETUP_CONFIG_DIR: %v (stderr %q)", err, errb.String())
	}
	if entries, _ := os.ReadDir(home); len(entries) != 0 {
		t.Errorf("the home folder was written to: %v", entries)
	}
}

// A relative PAYSTACK_SETUP_CONFIG_DIR would keep a different set of answers
// in every folder the merchant runs from: refused, saying what to set.
func TestRelativeConfigDirOverrideRefused(t *testing.T) {
	t.Setenv("PAYSTACK_SETUP_CONFIG_DIR", "paystack")
	e := SystemEnv("test")
	var errb bytes.Buffer
	e.Err = &errb
	if code := Main([]string{"--lang", "en", "audit"}, e); code != ExitFail {
		t.Fatalf("exit %d, want %d", code, ExitFail)
	}
	if got := errb.String(); !strings.Contains(got, `PAYSTACK_SETUP_CONFIG_DIR is "paystack", which is not a full path`) {
		t.Errorf("stderr %q does not say the folder must be a full path", got)
	}
}

// A refusal of a global flag is said in the language --lang chose, wherever
// --lang stands: it used to be rendered as the flag was read, before a later
// --lang was.
func TestFlagRefusalSpeaksTheChosenLanguage(t *testing.T) {
	env, out, errOut := sandboxEnv()
	if code := Main([]string{"--profile", "a/b", "--lang", "hi", "audit"}, env); code != ExitUsage {
		t.Fatalf("exit %d", code)
	}
	if want := msg.In(msg.Hindi, msg.CLIBadProfile, "a/b"); !strings.Contains(errOut.String(), want) || out.String() != "" {
		t.Errorf("stderr %q, want %q", errOut, want)
	}
}
