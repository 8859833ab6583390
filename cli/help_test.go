package cli

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"paystack-setup/msg"
)

// Help is read in an 80-column terminal: a longer line wraps mid-word and
// breaks the aligned flag columns, in both languages.
func TestEveryHelpFitsEightyColumns(t *testing.T) {
	for _, lang := range []string{"en", "hi"} {
		for _, topic := range append([]string{""}, commandPaths(t)...) {
			env, out, _ := sandboxEnv()
			args := []string{"--lang", lang, "--help"}
			if topic != "" {
				args = append(args, strings.Fields(topic)...)
			}
			if code := Main(args, env); code != ExitOK {
				t.Fatalf("%v: exit %d", args, code)
			}
			for _, line := range strings.Split(out.String(), "\n") {
				if w := ansi.StringWidthWc(line); w > 80 {
					t.Errorf("%s help %q: %d columns: %s", lang, topic, w, line)
				}
			}
		}
	}
	msg.SetLang(msg.English)
}

// commandPaths are every command the merchant can type, as typed: "key set".
func commandPaths(t *testing.T) []string {
	t.Helper()
	env, _, _ := sandboxEnv()
	var paths []string
	walk(NewCmdRoot(env), func(c *cobra.Command) {
		if path := commandPath(c); path != "" && (c.IsAvailableCommand() || c.Name() == "help") {
			paths = append(paths, path)
		}
	})
	if len(paths) < 15 {
		t.Fatalf("only %d commands found: %v", len(paths), paths)
	}
	return paths
}

// A flag with a wrong or missing value is explained in the merchant's
// language, names the flag as typed (--latency, not -latency) and points to
// that command's own help, where the accepted values are shown.
func TestBadFlagValuesAreExplainedNotGoText(t *testing.T) {
	cases := []struct {
		args []string
		want []string
	}{
		{[]string{"--lang", "en", "sandbox", "--latency", "5"}, []string{`"5"`, "--latency", "paystack-setup sandbox --help"}},
		{[]string{"--lang", "en", "audit", "--json=maybe"}, []string{`"maybe"`, "--json", "paystack-setup audit --help"}},
		{[]string{"--lang", "en", "audit", "--plans"}, []string{"--plans needs a value", "paystack-setup audit --help"}},
		{[]string{"--lang", "en", "key", "delete", "--yes=2"}, []string{`"2"`, "--yes", "paystack-setup key delete --help"}},
		{[]string{"--lang", "hi", "sandbox", "--rate", "abc"}, []string{`"abc"`, "--rate", "paystack-setup sandbox --help"}},
	}
	for _, c := range cases {
		env, _, errOut := sandboxEnv()
		env.ConfigDir = t.TempDir()
		if code := Main(c.args, env); code != ExitUsage {
			t.Errorf("%v: exit %d, want %d", c.args, code, ExitUsage)
		}
		got := errOut.String()
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%v: %q missing in:\n%s", c.args, w, got)
			}
		}
		for _, raw := range []string{"parse error", "invalid value", "invalid boolean", "flag needs an argument", " -latency", " -json", " -plans", " -yes", " -rate"} {
			if strings.Contains(got, raw) {
				t.Errorf("%v: Go's flag text %q shown:\n%s", c.args, raw, got)
			}
		}
	}
	msg.SetLang(msg.English)
}

// docs/usage.md and --help list --version among the flags accepted before or
// after the command; a merchant pasting `paystack-setup audit --version`
// into a support ticket should get the version, not an error.
func TestVersionAfterTheCommand(t *testing.T) {
	for _, args := range [][]string{{"audit", "--version"}, {"key", "show", "--version"}, {"--version"}} {
		env, out, errOut := sandboxEnv()
		env.Version = "1.2.3"
		if code := Main(args, env); code != ExitOK || out.String() != "paystack-setup 1.2.3\n" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out.String(), errOut.String())
		}
	}
}
