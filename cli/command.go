package cli

import (
	"errors"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"paystack-setup/msg"
	"paystack-setup/state"
)

// NewCmdRoot is the whole command line for one run, its texts in e.Lang.
// Without a command it runs the wizard. cmd/man builds it in English to
// write the man pages.
func NewCmdRoot(e *Env) *cobra.Command {
	p := e.printer()
	root := &cobra.Command{
		Use:     "paystack-setup",
		Short:   p.T(msg.WizSummary),
		Long:    p.T(msg.CLIRootHelp),
		Example: p.T(msg.CLIRootExamples),
		Annotations: map[string]string{
			NotesAnnotation: p.T(msg.CLIRootNotes),
		},
		// Main says every error, in the merchant's language; cobra's own
		// "Error:" lines and usage dumps are English.
		SilenceErrors: true,
		SilenceUsage:  true,
		// The man pages' dates come from the release's commit, not the
		// day they were built (scripts/release is reproducible).
		DisableAutoGenTag: true,
		Args:              onlyCommands(msg.CLIUnknownCommand),
		PersistentPreRunE: func(c *cobra.Command, _ []string) error {
			// Without a config folder the answers and a plain-file key
			// would land in a different place in every folder, or nowhere.
			if e.ConfigErr != nil && !e.Demo && keepsAnswers(c) {
				return e.ConfigErr
			}
			return nil
		},
		RunE: wizardRunE(e, nil),
	}
	root.CompletionOptions.DisableDefaultCmd = true // newCmdCompletion says it in the catalog's words
	root.SetIn(e.In)
	root.SetOut(e.Out)
	root.SetErr(e.Err)

	globals := root.PersistentFlags()
	globals.SortFlags = false
	globals.Var(profileFlag{e}, "profile", p.T(msg.CLIFlagProfile))
	setValueName(globals, "profile", "NAME")
	globals.StringVar(&e.APIBase, "api-base", e.APIBase, p.T(msg.CLIFlagAPIBase))
	setValueName(globals, "api-base", "URL")
	globals.Var(langFlag{e}, "lang", p.T(msg.CLIFlagLang))
	setValueName(globals, "lang", "en|hi")
	globals.BoolVar(&e.Accessible, "accessible", e.Accessible, p.T(msg.CLIFlagAccessible))
	globals.BoolVar(&e.NoColor, "no-color", e.NoColor, p.T(msg.CLIFlagNoColor))
	globals.BoolVar(&e.Demo, "demo", e.Demo, p.T(msg.CLIFlagDemo))
	globals.BoolP("version", "v", false, p.T(msg.CLIFlagVersion))
	globals.BoolP("help", "h", false, p.T(msg.CLIFlagHelp))
	_ = root.RegisterFlagCompletionFunc("lang", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return []string{"en\tEnglish", "hi\tहिन्दी"}, cobra.ShellCompDirectiveNoFileComp
	})
	_ = root.RegisterFlagCompletionFunc("profile", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		names, _ := state.Profiles(e.ConfigDir)
		return names, cobra.ShellCompDirectiveNoFileComp
	})

	root.SetFlagErrorFunc(e.flagError)
	root.SetHelpFunc(func(c *cobra.Command, _ []string) { e.writeHelp(c.OutOrStdout(), c) })
	root.SetUsageFunc(func(c *cobra.Command) error { e.writeHelp(c.ErrOrStderr(), c); return nil })
	root.SetHelpCommand(newCmdHelp(e))
	root.SetVersionTemplate("paystack-setup {{.Version}}\n")
	root.AddCommand(
		NewCmdWizard(e, nil),
		NewCmdAudit(e, nil),
		NewCmdKey(e),
		NewCmdProfiles(e, nil),
		NewCmdSubaccount(e),
		NewCmdRenewals(e, nil),
		NewCmdWatch(e, nil),
		NewCmdSandbox(e, nil),
		newCmdCompletion(e),
		newCmdVersion(e),
	)
	version := e.Version
	if version == "" {
		version = "dev"
	}
	walk(root, func(c *cobra.Command) {
		// --version after any command prints the version (docs/usage.md):
		// cobra looks for it only on a command that has a Version.
		c.Version = version
		c.Flags().SortFlags = false
		// cobra's own default, which it sets only on its English path.
		c.SuggestionsMinimumDistance = 2
	})
	return root
}

func walk(c *cobra.Command, visit func(*cobra.Command)) {
	visit(c)
	for _, sub := range c.Commands() {
		walk(sub, visit)
	}
}

// Annotations a command can carry.
const (
	// NotesAnnotation is rendered text the help shows before the examples
	// (the environment, the exit codes); the man pages add it to the
	// description.
	NotesAnnotation = "paystack-setup/notes"
	// keepsNothingAnnotation marks a command that runs without a config
	// folder (the sandbox, completion scripts, help, the version).
	keepsNothingAnnotation = "paystack-setup/keeps-nothing"
	// valueNameAnnotation is a flag's value as the help shows it (NAME).
	valueNameAnnotation = "paystack-setup/value-name"
)

var keepsNothing = map[string]string{keepsNothingAnnotation: "true"}

// keepsAnswers reports whether c reads or writes the answers or keys, and so
// needs the config folder.
func keepsAnswers(c *cobra.Command) bool {
	if c.Name() == cobra.ShellCompRequestCmd || c.Name() == cobra.ShellCompNoDescRequestCmd {
		return false
	}
	for ; c != nil; c = c.Parent() {
		if c.Annotations[keepsNothingAnnotation] != "" {
			return false
		}
	}
	return true
}

func setValueName(fs *pflag.FlagSet, flag, name string) {
	_ = fs.SetAnnotation(flag, valueNameAnnotation, []string{name})
}

// profileFlag refuses a profile name that cannot be a folder, naming the
// rule, rather than pflag's "invalid argument".
type profileFlag struct{ e *Env }

func (f profileFlag) String() string { return f.e.Profile }
func (f profileFlag) Type() string   { return "string" }
func (f profileFlag) Set(v string) error {
	if !state.ValidProfile(v) {
		return refuse(msg.New(msg.CLIBadProfile, v))
	}
	f.e.Profile = v
	return nil
}

// langFlag refuses a language the catalog does not have, naming those it has.
type langFlag struct{ e *Env }

func (f langFlag) String() string { return string(f.e.Lang) }
func (f langFlag) Type() string   { return "string" }
func (f langFlag) Set(v string) error {
	l, ok := msg.ParseLang(v)
	if !ok {
		return refuse(msg.New(msg.CLIBadLang, v))
	}
	f.e.Lang = l
	return nil
}

// langInArgs is the language --lang asks for anywhere on the command line
// (the last one wins, as cobra reads it), before cobra parses it.
// -lang=hi, Go's spelling, counts too: a refusal that follows should still
// be in the language the merchant asked for.
func langInArgs(args []string) (msg.Lang, bool) {
	var lang msg.Lang
	found := false
	for i, a := range args {
		if a == "--" {
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "lang" {
			continue
		}
		if !hasValue && i+1 < len(args) {
			value = args[i+1]
		}
		if l, ok := msg.ParseLang(value); ok {
			lang, found = l, true
		}
	}
	return lang, found
}

// flagError turns pflag's typed errors into the merchant's sentences, with
// the flag as it was typed, what was probably meant, and where the command's
// flags are listed.
func (e *Env) flagError(c *cobra.Command, err error) error {
	var refused *usageError
	if errors.As(err, &refused) { // --profile and --lang say their own rule
		return refused
	}
	var (
		unknown  *pflag.NotExistError
		noValue  *pflag.ValueRequiredError
		badValue *pflag.InvalidValueError
		syntax   *pflag.InvalidSyntaxError
		lines    []msg.Text
	)
	switch {
	case errors.As(err, &unknown):
		name := unknown.GetSpecifiedName()
		typed := "--" + name
		if group := unknown.GetSpecifiedShortnames(); group != "" {
			// "-lang=hi" as Go's flag package spells it, read by pflag as
			// the letters -l -a -n -g: the flag meant is the word.
			typed = "-" + group
			name, _, _ = strings.Cut(group, "=")
		}
		lines = append(lines, msg.New(msg.CLIUnknownFlag, typed))
		if s := suggest(name, flagNames(c)); s != "" {
			lines = append(lines, msg.New(msg.CLIDidYouMean, "--"+s))
		}
	case errors.As(err, &noValue):
		lines = append(lines, msg.New(msg.CLIFlagNeedsValue, "--"+noValue.GetFlag().Name))
	case errors.As(err, &badValue):
		lines = append(lines, msg.New(msg.CLIBadFlagValue, strconv.Quote(badValue.GetValue()), "--"+badValue.GetFlag().Name))
	case errors.As(err, &syntax):
		lines = append(lines, msg.New(msg.CLIBadFlag, syntax.GetSpecifiedFlag()))
	default:
		return err // not the command line's fault: the internal-error sentence
	}
	return refuse(append(lines, seeHelp(c))...)
}

// flagNames are the flags c takes, its own and the global ones.
func flagNames(c *cobra.Command) []string {
	var names []string
	c.Flags().VisitAll(func(f *pflag.Flag) {
		if !f.Hidden {
			names = append(names, f.Name)
		}
	})
	return names
}

// commandPath is how the merchant types c: "key set"; "" for the root.
func commandPath(c *cobra.Command) string {
	return strings.TrimSpace(strings.TrimPrefix(c.CommandPath(), c.Root().Name()))
}

// seeHelp points to the help that lists what c accepts; the wizard's flags
// are the global ones, shown by the root's help.
func seeHelp(c *cobra.Command) msg.Text {
	if path := commandPath(c); path != "" && path != "wizard" {
		return msg.New(msg.CLISeeCommandHelp, path)
	}
	return msg.New(msg.CLISeeHelp)
}

// unknownCommand refuses a word that is not one of c's commands, with the
// closest one cobra knows: first the line saying so (each group words it
// its own way), then what was meant and where the help is.
func unknownCommand(c *cobra.Command, typed string, said msg.Text) error {
	lines := []msg.Text{said}
	if s := c.SuggestionsFor(typed); len(s) > 0 {
		lines = append(lines, msg.New(msg.CLIDidYouMean, strings.TrimSpace(commandPath(c)+" "+s[0])))
	}
	return refuse(append(lines, seeHelp(c))...)
}

// noArgs refuses any argument with the command's own sentence.
func noArgs(said func(arg string) msg.Text) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) > 0 {
			return refuse(said(args[0]), seeHelp(c))
		}
		return nil
	}
}

// oneCode takes exactly one argument that is not blank, a code: none is
// refused with missing, a second with command's sentence for an argument
// it does not take.
func oneCode(missing msg.ID, command string) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		switch {
		case len(args) == 0 || strings.TrimSpace(args[0]) == "":
			return refuse(msg.New(missing), seeHelp(c))
		case len(args) > 1:
			return refuse(msg.New(msg.CLINoArgs, command+" "+args[0], args[1]), seeHelp(c))
		}
		return nil
	}
}

// onlyCommands refuses any argument as a word that is none of c's commands,
// with c's own sentence (unknown, with the word).
func onlyCommands(unknown msg.ID) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if len(args) > 0 {
			return unknownCommand(c, args[0], msg.New(unknown, args[0]))
		}
		return nil
	}
}

// newCmdHelp is `help [command]`: the command's help, or the refusal of a
// command that does not exist, with what was meant.
func newCmdHelp(e *Env) *cobra.Command {
	p := e.printer()
	return &cobra.Command{
		Use:         "help [command]",
		Short:       p.T(msg.CLIHelpSummary),
		Long:        p.T(msg.CLIHelpHelp),
		Example:     p.T(msg.CLIHelpExamples),
		Annotations: keepsNothing,
		RunE: func(c *cobra.Command, args []string) error {
			target, rest, err := c.Root().Find(args)
			if err != nil || target == nil {
				return unknownCommand(c.Root(), args[0], msg.New(msg.CLIUnknownCommand, args[0]))
			}
			if len(rest) > 0 {
				return unknownCommand(target, rest[0], msg.New(msg.CLIUnknownCommand, rest[0]))
			}
			return target.Help()
		},
	}
}

// newCmdVersion is `paystack-setup version`, the same as --version.
func newCmdVersion(e *Env) *cobra.Command {
	return &cobra.Command{
		Use:         "version",
		Short:       e.printer().T(msg.CLIFlagVersion),
		Hidden:      true,
		Annotations: keepsNothing,
		Args:        cobra.ArbitraryArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			_, err := c.OutOrStdout().Write([]byte("paystack-setup " + c.Version + "\n"))
			return err
		},
	}
}

// suggest returns the closest known name within two edits, else the one
// name that starts with word ("--percent" for --percentage), or "": as
// cobra suggests commands, for flags and profile names, which it has no
// suggestions for.
func suggest(word string, known []string) string {
	best, bestD := "", 3
	var prefixed []string
	for _, k := range known {
		if d := editDistance(word, k); d < bestD {
			best, bestD = k, d
		}
		if word != "" && strings.HasPrefix(k, word) {
			prefixed = append(prefixed, k)
		}
	}
	if best == "" && len(prefixed) == 1 {
		return prefixed[0]
	}
	return best
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}
