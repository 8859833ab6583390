package cli

import (
	"bytes"
	"strings"
	"syscall"
	"testing"

	"paystack-setup/msg"
	"paystack-setup/state"
)

// With HOME unset the answers used to go to /tmp/paystack-setup, shared by
// every user and wiped at reboot; now the command refuses and says what to set.
func TestNoHomeRefusesInsteadOfUsingTempFolder(t *testing.T) {
	t.Setenv("HOME", "")
	t.Setenv("XDG_CONFIG_HOME", "")
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
