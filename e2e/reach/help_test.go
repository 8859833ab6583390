package reach

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/creack/pty"

	"paystack-setup/e2e/internal/harness"
	"paystack-setup/msg"
)

// examplesHeading is how each language titles the examples of a help text.
var examplesHeading = map[msg.Lang]string{msg.English: "Examples:", msg.Hindi: "उदाहरण:"}

// TestHelpEverywhere: every way a newcomer asks for help on every command
// prints that command's help, with examples, in their language.
func TestHelpEverywhere(t *testing.T) {
	w := harness.NewWorld(t)
	cases := []struct {
		args []string
		// mentions is what the help must name: the command as typed.
		mentions string
	}{
		{[]string{"--help"}, "paystack-setup --demo"},
		{[]string{"-h"}, "paystack-setup --demo"},
		{[]string{"help"}, "paystack-setup --demo"},
		{[]string{"wizard", "--help"}, "paystack-setup --demo"},
		{[]string{"--demo", "--help"}, "paystack-setup --demo"},
		{[]string{"audit", "--help"}, "paystack-setup audit"},
		{[]string{"help", "audit"}, "paystack-setup audit"},
		{[]string{"key", "--help"}, "paystack-setup key set"},
		{[]string{"key", "set", "--help"}, "paystack-setup key set"},
		{[]string{"key", "show", "--help"}, "paystack-setup key show"},
		{[]string{"key", "delete", "-h"}, "paystack-setup key delete"},
		{[]string{"help", "key"}, "paystack-setup key show"},
		{[]string{"profiles", "--help"}, "paystack-setup profiles"},
		{[]string{"profiles", "list", "--help"}, "paystack-setup profiles list"},
		{[]string{"sandbox", "--help"}, "paystack-setup sandbox"},
		{[]string{"help", "sandbox"}, "paystack-setup sandbox"},
		{[]string{"subaccount", "--help"}, "paystack-setup subaccount use"},
		{[]string{"subaccount", "list", "--help"}, "paystack-setup subaccount list"},
		{[]string{"help", "subaccount", "use"}, "paystack-setup subaccount use CODE"},
		{[]string{"subaccount", "create", "-h"}, "--percentage"},
		{[]string{"completion", "--help"}, "paystack-setup completion bash"},
		{[]string{"help", "completion"}, "paystack-setup completion zsh"},
	}
	for _, c := range cases {
		english := ""
		for _, lang := range msg.Langs {
			args := append([]string{"--lang", string(lang)}, c.args...)
			res := w.Run(t, "help", harness.Opts{}, args...)
			what := "paystack-setup " + strings.Join(args, " ")
			if res.Code != 0 {
				t.Errorf("%s: exit code %d, want 0\n%s", what, res.Code, res)
				continue
			}
			out := res.Stdout
			heading := examplesHeading[lang]
			_, examples, ok := strings.Cut(out, heading)
			if !ok {
				t.Errorf("%s: no %q section\n%s", what, heading, out)
				continue
			}
			if !strings.Contains(examples, "paystack-setup") {
				t.Errorf("%s: the examples show no command line:\n%s", what, examples)
			}
			if !strings.Contains(out, c.mentions) {
				t.Errorf("%s: the help does not show %q\n%s", what, c.mentions, out)
			}
			harness.NoRawGoError(t, what, res.Output())
			switch lang {
			case msg.English:
				english = out
			case msg.Hindi:
				if out == english || !hasDevanagari(out) {
					t.Errorf("%s: the help is not in Hindi:\n%s", what, out)
				}
			}
		}
	}
}

func hasDevanagari(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Devanagari, r) {
			return true
		}
	}
	return false
}

// TestTyposSuggest: a mistyped command, subcommand or flag names what was
// meant and exits 2, in both languages.
func TestTyposSuggest(t *testing.T) {
	w := harness.NewWorld(t)
	cases := []struct {
		args    []string
		meant   string
		unknown func(l msg.Lang) string
	}{
		{[]string{"auditt"}, "audit", func(l msg.Lang) string { return msg.In(l, msg.CLIUnknownCommand, "auditt") }},
		{[]string{"help", "auditt"}, "audit", func(l msg.Lang) string { return msg.In(l, msg.CLIUnknownCommand, "auditt") }},
		{[]string{"profils"}, "profiles", func(l msg.Lang) string { return msg.In(l, msg.CLIUnknownCommand, "profils") }},
		{[]string{"sandbx"}, "sandbox", func(l msg.Lang) string { return msg.In(l, msg.CLIUnknownCommand, "sandbx") }},
		{[]string{"audit", "--jsn"}, "--json", func(l msg.Lang) string { return msg.In(l, msg.CLIUnknownFlag, "--jsn") }},
		{[]string{"audit", "--ofline"}, "--offline", func(l msg.Lang) string { return msg.In(l, msg.CLIUnknownFlag, "--ofline") }},
		{[]string{"sandbox", "--listn", "x"}, "--listen", func(l msg.Lang) string { return msg.In(l, msg.CLIUnknownFlag, "--listn") }},
		{[]string{"--profle", "shop"}, "--profile", func(l msg.Lang) string { return msg.In(l, msg.CLIUnknownFlag, "--profle") }},
		{[]string{"audit", "--profle", "shop"}, "--profile", func(l msg.Lang) string { return msg.In(l, msg.CLIUnknownFlag, "--profle") }},
		{[]string{"key", "sett"}, "key set", func(l msg.Lang) string { return msg.In(l, msg.KeystoreUnknownSub, "sett") }},
		{[]string{"key", "delet"}, "key delete", func(l msg.Lang) string { return msg.In(l, msg.KeystoreUnknownSub, "delet") }},
		{[]string{"subacount", "list"}, "subaccount", func(l msg.Lang) string { return msg.In(l, msg.CLIUnknownCommand, "subacount") }},
		{[]string{"subaccount", "lst"}, "subaccount list", func(l msg.Lang) string { return msg.In(l, msg.CLIUnknownCommand, "lst") }},
		{[]string{"subaccount", "create", "--bnak", "057"}, "--bank", func(l msg.Lang) string { return msg.In(l, msg.CLIUnknownFlag, "--bnak") }},
		{[]string{"completion", "zhs"}, "completion zsh", func(l msg.Lang) string { return msg.In(l, msg.CLIUnknownCommand, "zhs") }},
		{[]string{"profiles", "--jsno"}, "--json", func(l msg.Lang) string { return msg.In(l, msg.CLIUnknownFlag, "--jsno") }},
	}
	for _, c := range cases {
		for _, lang := range msg.Langs {
			args := append([]string{"--lang", string(lang)}, c.args...)
			what := "paystack-setup " + strings.Join(args, " ")
			res := w.Run(t, "typo", harness.Opts{}, args...)
			if res.Code != 2 {
				t.Errorf("%s: exit code %d, want 2\n%s", what, res.Code, res)
			}
			if want := c.unknown(lang); !strings.Contains(res.Stderr, want) {
				t.Errorf("%s: stderr does not say %q\n%s", what, want, res)
			}
			if want := msg.In(lang, msg.CLIDidYouMean, c.meant); !strings.Contains(res.Stderr, want) {
				t.Errorf("%s: stderr does not suggest %q\n%s", what, want, res)
			}
			harness.NoRawGoError(t, what, res.Output())
		}
	}
}

// TestWithoutTerminal: the wizard started from a script, a pipe or cron says
// what to run instead and exits 2, with or without --demo, in accessible mode
// too (--accessible, ACCESSIBLE=1, and TERM=dumb, which CI machines set).
// Accessible mode took the empty input for ctrl+c: exit 130, "Your progress
// is saved", and a profile folder left behind.
func TestWithoutTerminal(t *testing.T) {
	w := harness.NewWorld(t)
	runs := []struct {
		env  map[string]string
		args []string
	}{
		{nil, nil}, {nil, []string{"--demo"}}, {nil, []string{"wizard"}},
		{nil, []string{"--accessible"}}, {nil, []string{"--accessible", "--demo"}},
		{map[string]string{"ACCESSIBLE": "1"}, []string{"wizard"}},
		{map[string]string{"TERM": "dumb"}, nil},
	}
	for _, lang := range msg.Langs {
		want := msg.In(lang, msg.NeedTerminal)
		for _, r := range runs {
			all := append([]string{"--lang", string(lang), "--profile", w.Profile}, r.args...)
			what := "paystack-setup " + strings.Join(all, " ")
			for k, v := range r.env {
				what = k + "=" + v + " " + what
			}
			res := w.Run(t, "no-terminal", harness.Opts{Env: r.env}, all...)
			if res.Code != 2 || !strings.Contains(res.Stderr, want) {
				t.Errorf("%s without a terminal: exit %d, want 2 and %q\n%s", what, res.Code, want, res)
			}
			if _, err := os.Stat(filepath.Dir(w.StatePath(w.Profile))); !os.IsNotExist(err) {
				t.Fatalf("%s without a terminal left the profile's folder behind (%v)", what, err)
			}
		}
		// `paystack-setup | less`: the keyboard is a terminal, the screen is a pipe.
		code, stdout, stderr := runKeyboardOnly(t, w, "", "--lang", string(lang), "--demo")
		if code != 2 || !strings.Contains(stderr, want) {
			t.Errorf("paystack-setup --demo | cat (%s): exit %d, want 2 and %q\nstdout: %s\nstderr: %s", lang, code, want, stdout, stderr)
		}
		// Accessible mode's plain lines read as well through `| tee log`: only
		// the keyboard matters. ctrl+d ends its first question.
		code, stdout, stderr = runKeyboardOnly(t, w, "\x04", "--lang", string(lang), "--accessible", "--demo")
		question := msg.In(lang, msg.AccChoose, 4)
		if code != 130 || !strings.Contains(stdout, question) || strings.Contains(stderr, want) {
			t.Errorf("paystack-setup --accessible --demo | tee (%s): exit %d, want 130 after the question %q\nstdout: %s\nstderr: %s", lang, code, question, stdout, stderr)
		}
	}
}

// runKeyboardOnly runs the binary with a terminal on stdin, where typed is
// already typed, and pipes on stdout and stderr.
func runKeyboardOnly(t *testing.T, w *harness.World, typed string, args ...string) (int, string, string) {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pty: %v", err)
	}
	defer ptmx.Close()
	defer tty.Close()
	cmd := exec.Command(harness.Binary(t), args...)
	cmd.Env = w.Environ(nil)
	cmd.Dir = w.Home
	var stdout, stderr bytes.Buffer
	cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, &stdout, &stderr
	if _, err := ptmx.Write([]byte(typed)); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		_ = cmd.Process.Kill()
		<-done
		t.Fatalf("paystack-setup %s with a pipe for a screen still runs after 30s (waiting for keys?)", strings.Join(args, " "))
	}
	w.Save(t, "keyboard-only.stdout", stdout.Bytes())
	w.Save(t, "keyboard-only.stderr", stderr.Bytes())
	return cmd.ProcessState.ExitCode(), stdout.String(), stderr.String()
}
