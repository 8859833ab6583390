package cli

import (
	"strings"
	"testing"

	"paystack-setup/msg"
	"paystack-setup/state"
)

// Global flags are read wherever they stand: before the command, after it,
// or between its own flags.
func TestGlobalFlagsBeforeOrAfterTheCommand(t *testing.T) {
	w := newAuditWorld(t)
	heading := msg.In(msg.Hindi, msg.AuditHeading, "shop-ng")
	for _, args := range [][]string{
		{"--lang", "hi", "--profile", "shop-ng", "audit", "--offline"},
		{"audit", "--offline", "--profile", "shop-ng", "--lang", "hi"},
		{"audit", "--lang=hi", "--offline", "--profile=shop-ng"},
	} {
		env, out, errOut := sandboxEnv()
		env.ConfigDir, env.Getenv = w.dir, func(k string) string { return w.vars[k] }
		if code := Main(args, env); code != ExitOK || !strings.Contains(out.String(), heading) {
			t.Errorf("%v: exit %d, want the Hindi audit of shop-ng\n%s%s", args, code, out, errOut)
		}
	}
	msg.SetLang(msg.English)
}

// Hindi help is Hindi to its headings: none of cobra's English words
// (Usage:, Flags:, Available Commands:, [flags], "help for") is left, on
// any command.
func TestHelpHasNoneOfCobrasEnglish(t *testing.T) {
	defer msg.SetLang(msg.English)
	for _, path := range append([]string{""}, commandPaths(t)...) {
		env, out, _ := sandboxEnv()
		args := append([]string{"--lang", "hi"}, strings.Fields(path)...)
		if code := Main(append(args, "--help"), env); code != ExitOK {
			t.Fatalf("%v --help: exit %d", args, code)
		}
		for _, english := range []string{"Usage:", "Flags:", "Commands:", "Global Flags", "Examples:", "[flags]", "help for", "Use \"", "Additional help"} {
			if strings.Contains(out.String(), english) {
				t.Errorf("%q in Hindi shows %q:\n%s", path, english, out)
			}
		}
		for _, hindi := range []string{msg.In(msg.Hindi, msg.CLIHeadUsage), msg.In(msg.Hindi, msg.CLIHeadGlobalFlags)} {
			if !strings.Contains(out.String(), hindi) {
				t.Errorf("%q in Hindi lacks %q:\n%s", path, hindi, out)
			}
		}
	}
}

// pflag's typed errors name the flag as typed and what was meant, for a
// long flag, a single letter and Go's single-dash spelling alike.
func TestFlagRefusalsSayWhatWasMeant(t *testing.T) {
	for _, c := range []struct {
		args []string
		want []string
	}{
		{[]string{"audit", "--ofline"}, []string{"Unknown flag --ofline.", "Did you mean --offline?", "paystack-setup audit --help"}},
		{[]string{"audit", "-x"}, []string{"Unknown flag -x.", "paystack-setup audit --help"}},
		{[]string{"-lang=en", "audit"}, []string{"Unknown flag -lang=en.", "Did you mean --lang?"}},
		{[]string{"--profle", "shop"}, []string{"Unknown flag --profle.", "Did you mean --profile?", "paystack-setup --help"}},
		{[]string{"key", "delete", "--ys"}, []string{"Did you mean --yes?", "paystack-setup key delete --help"}},
		{[]string{"subaccount", "create", "--percent", "5"}, []string{"Did you mean --percentage?"}},
	} {
		env, out, errOut := sandboxEnv()
		env.ConfigDir = t.TempDir()
		code := Main(append([]string{"--lang", "en"}, c.args...), env)
		if code != ExitUsage || out.String() != "" {
			t.Errorf("%v: exit %d, stdout %q", c.args, code, out)
		}
		for _, want := range c.want {
			if !strings.Contains(errOut.String(), want) {
				t.Errorf("%v: %q missing in:\n%s", c.args, want, errOut)
			}
		}
	}
}

// A command a group does not have is refused with the group's sentence and
// the closest command; a group alone shows its commands on stderr, exit 2.
func TestGroupsRefuseWhatTheyDoNotHave(t *testing.T) {
	for _, c := range []struct {
		args []string
		want []string
	}{
		{[]string{"subaccount", "uze", "ACCT_1"}, []string{`Unknown command "uze".`, "Did you mean subaccount use?"}},
		{[]string{"completion", "tcsh"}, []string{`Unknown command "tcsh".`, "paystack-setup completion --help"}},
		{[]string{"help", "key", "sett"}, []string{`Unknown command "sett".`, "Did you mean key set?"}},
		{[]string{"subaccount"}, []string{"paystack-setup subaccount list", "paystack-setup subaccount create"}},
	} {
		env, out, errOut := sandboxEnv()
		env.ConfigDir = t.TempDir()
		if code := Main(append([]string{"--lang", "en"}, c.args...), env); code != ExitUsage || out.String() != "" {
			t.Errorf("%v: exit %d, stdout %q", c.args, code, out)
		}
		for _, want := range c.want {
			if !strings.Contains(errOut.String(), want) {
				t.Errorf("%v: %q missing in:\n%s", c.args, want, errOut)
			}
		}
	}
}

// The completion scripts come from cobra; what they ask the program for
// comes back in the merchant's language, and --profile completes to the
// profiles set up here.
func TestCompletion(t *testing.T) {
	for shell, want := range map[string]string{"bash": "__paystack-setup_debug", "zsh": "#compdef paystack-setup",
		"fish": "complete -c paystack-setup", "powershell": "Register-ArgumentCompleter"} {
		env, out, errOut := sandboxEnv()
		if code := Main([]string{"completion", shell}, env); code != ExitOK || !strings.Contains(out.String(), want) {
			t.Errorf("completion %s: exit %d, no %q (stderr %q)", shell, code, want, errOut)
		}
	}
	env, out, _ := sandboxEnv()
	Main([]string{"__complete", "--lang", "hi", "sub"}, env)
	if !strings.Contains(out.String(), "subaccount\t"+msg.In(msg.Hindi, msg.SubCmdSummary)) {
		t.Errorf("the command's description is not in Hindi:\n%s", out)
	}
	msg.SetLang(msg.English)

	env, out, _ = sandboxEnv()
	env.ConfigDir = t.TempDir()
	saveProfile(t, env.ConfigDir, "client-a", state.State{Country: "NG"})
	saveProfile(t, env.ConfigDir, "client-b", state.State{Country: "GH"})
	Main([]string{"__complete", "audit", "--profile", ""}, env)
	if !strings.Contains(out.String(), "client-a\nclient-b\n") {
		t.Errorf("--profile does not complete to the profiles:\n%s", out)
	}
}
