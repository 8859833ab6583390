// Package cli parses the command line and runs one command:
//
//	paystack-setup [global flags] [command] [flags]
//
// Global flags (--profile, --api-base, --lang, --accessible, --no-color) are
// accepted before or after the command name. Each command lives in its own
// file and registers itself with Register.
package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"

	"github.com/charmbracelet/x/term"

	"paystack-setup/internal/safetext"
	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/problem"
	"paystack-setup/state"
)

// Exit codes, documented in --help and docs/usage.md.
const (
	ExitOK          = 0
	ExitFail        = 1 // a check failed or the operation failed
	ExitUsage       = 2 // usage error or bad input
	ExitInterrupted = 130
)

// Env is everything a command reads from the outside world, so that a test can
// give a command its own streams, environment and directories.
type Env struct {
	In     io.Reader
	Out    io.Writer // data a script wants
	Err    io.Writer // messages for the person
	InTTY  bool
	OutTTY bool
	Width  int // columns of the terminal on Out; 0 when Out is no terminal
	Getenv func(string) string

	Version   string
	ConfigDir string // $PAYSTACK_SETUP_CONFIG_DIR, or paystack-setup in os.UserConfigDir
	// ConfigErr is set when no config folder can be known (HOME unset, or a
	// relative XDG_CONFIG_HOME or PAYSTACK_SETUP_CONFIG_DIR); commands that
	// keep answers or keys refuse to run.
	ConfigErr error

	// Global flags, after parsing.
	Profile    string
	APIBase    string
	Lang       msg.Lang
	Accessible bool
	NoColor    bool
	Demo       bool

	// terminal is Out as it was given, before Main made it mask keys: Bubble
	// Tea sizes and drives the terminal through the file itself, and masks
	// its frames where it draws them.
	terminal io.Writer
}

// T renders a message in the language the command was given. Each command
// renders with its own printer (msg.Printer), so two languages can live in
// one process: audit --json writes English while stderr speaks Hindi.
func (e *Env) T(id msg.ID, args ...any) string { return e.printer().T(id, args...) }

func (e *Env) printer() *msg.Printer { return msg.NewPrinter(e.Lang) }

// sentence is what the merchant reads for err, in the command's language:
// problem's sentence for the outermost error that has one, never a raw Go
// error.
func (e *Env) sentence(err error) string { return e.printer().Text(problem.Text(err)) }

// terminalOut is what Bubble Tea draws on.
func (e *Env) terminalOut() io.Writer {
	if e.terminal != nil {
		return e.terminal
	}
	return e.Out
}

// CanPrompt reports whether a person can answer questions: both ends are terminals.
func (e *Env) CanPrompt() bool { return e.InTTY && e.OutTTY }

// Command is one subcommand.
type Command struct {
	Name    string
	Summary msg.ID // one line for the command list
	Help    msg.ID // full help with examples; printed for --help
	// Run's ctx ends when the person stops the program (ctrl+c, `kill`, the
	// terminal window closed): whatever the command waits for must end
	// then, with one line saying what was left undone and ExitInterrupted.
	Run func(ctx context.Context, env *Env, args []string) int
}

var commands = map[string]*Command{}

// Register adds a command; called from init in the command's own file.
func Register(c *Command) { commands[c.Name] = c }

// SystemEnv is the real environment.
func SystemEnv(version string) *Env {
	e := &Env{
		In: os.Stdin, Out: os.Stdout, Err: os.Stderr,
		InTTY: isTerminal(os.Stdin), OutTTY: isTerminal(os.Stdout),
		Getenv:  os.Getenv,
		Version: version,
	}
	e.ConfigDir, e.ConfigErr = configDir(os.Getenv)
	if e.OutTTY {
		if w, _, err := term.GetSize(os.Stdout.Fd()); err == nil {
			e.Width = w
		}
	}
	return e
}

// EnvConfigDir names the folder for answers and a plain-file key outright,
// as GH_CONFIG_DIR does for gh: a second set of profiles, a synced folder, a
// test that must not touch the real ones.
const EnvConfigDir = "PAYSTACK_SETUP_CONFIG_DIR"

// configDir is where the answers and a plain-file key live.
func configDir(getenv func(string) string) (string, error) {
	if dir := getenv(EnvConfigDir); dir != "" {
		// A relative folder would follow the current directory, and the
		// answers would seem lost whenever the merchant ran it elsewhere.
		if !filepath.IsAbs(dir) {
			return "", configDirRelativeError{dir}
		}
		return filepath.Clean(dir), nil
	}
	// No fallback to the temp folder: it is shared by every user and emptied
	// at reboot, so answers (and a plain key file) kept there would be lost or
	// readable by others, and the merchant would never know why.
	cfg, err := os.UserConfigDir()
	if err != nil {
		return "", noConfigDirError{}
	}
	return filepath.Join(cfg, "paystack-setup"), nil
}

// isTerminal asks the terminal driver: /dev/null is a character device too,
// and a prompt shown to it would wait for an answer nobody can type.
func isTerminal(f *os.File) bool {
	return term.IsTerminal(f.Fd())
}

// globalFlag describes a flag every command accepts.
type globalFlag struct {
	name    string
	takes   bool // takes a value
	apply   func(e *Env, v string) error
	helpMsg msg.ID
}

var globalFlags = []globalFlag{
	{"profile", true, func(e *Env, v string) error {
		if !state.ValidProfile(v) {
			return usageError{msg.New(msg.CLIBadProfile, v)}
		}
		e.Profile = v
		return nil
	}, msg.CLIFlagProfile},
	{"api-base", true, func(e *Env, v string) error { e.APIBase = v; return nil }, msg.CLIFlagAPIBase},
	{"lang", true, func(e *Env, v string) error {
		l, ok := msg.ParseLang(v)
		if !ok {
			return usageError{msg.New(msg.CLIBadLang, v)}
		}
		e.Lang = l
		return nil
	}, msg.CLIFlagLang},
	{"accessible", false, func(e *Env, _ string) error { e.Accessible = true; return nil }, msg.CLIFlagAccessible},
	{"no-color", false, func(e *Env, _ string) error { e.NoColor = true; return nil }, msg.CLIFlagNoColor},
	{"demo", false, func(e *Env, _ string) error { e.Demo = true; return nil }, msg.CLIFlagDemo},
}

// usageError is a refusal of the command line, said once every global flag
// is read, in the language --lang chose wherever it stands.
type usageError struct{ text msg.Text }

func (u usageError) Error() string  { return "usage: " + string(u.text.ID) }
func (u usageError) Text() msg.Text { return u.text }

// extractGlobals removes global flags from anywhere in args, so that
// `paystack-setup audit --profile shop` and `paystack-setup --profile shop audit`
// mean the same. Everything after "--" is left alone.
func extractGlobals(e *Env, args []string) ([]string, error) {
	var rest []string
	var refused error
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			rest = append(rest, args[i:]...)
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || a == "-" {
			rest = append(rest, a)
			continue
		}
		var f *globalFlag
		for j := range globalFlags {
			if globalFlags[j].name == name {
				f = &globalFlags[j]
			}
		}
		if f == nil {
			rest = append(rest, a)
			continue
		}
		if f.takes && !hasValue {
			if i+1 >= len(args) {
				return nil, firstOf(refused, usageError{msg.New(msg.CLIFlagNeedsValue, "--"+name)})
			}
			i++
			value = args[i]
		}
		// The first refusal is kept and the rest still read, so that a
		// --lang after a bad --profile says the refusal in its language.
		if err := f.apply(e, value); err != nil && refused == nil {
			refused = err
		}
	}
	if refused != nil {
		return nil, refused
	}
	return rest, nil
}

func firstOf(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// Main runs the command line and returns the exit code.
func Main(args []string, e *Env) (code int) {
	defer func() {
		// A panic must never reach a merchant as a Go stack trace.
		if r := recover(); r != nil {
			fmt.Fprintln(e.Err, e.T(msg.ErrInternal))
			code = ExitFail
		}
	}()
	outputDone := watchOutput(e)
	defer func() { code = outputDone(code) }()
	// Errors quote what they were given (a line of a --plans file, a flag
	// value, Paystack's answer), which may be a secret key or hold escape
	// sequences; no command styles its messages, so all of them are cleaned.
	e.Err = keystore.MaskingWriter(safetext.Writer(e.Err))
	// The audit quotes the saved answers, which may hold a key written there
	// by hand, by an older release or by a bug.
	e.terminal, e.Out = e.Out, keystore.MaskingWriter(e.Out)
	e.Profile = "default"
	e.Lang = msg.FromEnv()
	if v := e.Getenv("PAYSTACK_API_BASE"); v != "" {
		e.APIBase = v
	}
	if v := e.Getenv("ACCESSIBLE"); v != "" && v != "0" {
		e.Accessible = true
	}
	if e.Getenv("TERM") == "dumb" {
		e.Accessible = true
	}
	if _, ok := os.LookupEnv("NO_COLOR"); ok && e.Getenv("NO_COLOR") != "" {
		e.NoColor = true
	}
	if refuseKeyInArgs(e, args) {
		return ExitUsage
	}
	rest, err := extractGlobals(e, args)
	// cli renders its own texts with the command's printer (e.T, e.sentence).
	// The one global switch stays for sentences made below the front ends
	// before a printer can reach them: a plans file's problems are rendered
	// as it is read, the checks engine localizes its results with the current
	// language, a webhook URL's warning and checks.PlainKeyFileProblem are
	// strings, and a typed error's Error() (state, plans, keystore) is its
	// sentence in the current language wherever it is printed as it is.
	msg.SetLang(e.Lang)
	if err != nil {
		fmt.Fprintln(e.Err, e.sentence(err))
		return ExitUsage
	}
	if len(rest) > 0 {
		switch rest[0] {
		case "--version", "-v", "version":
			fmt.Fprintf(e.Out, "paystack-setup %s\n", e.Version)
			return ExitOK
		case "--help", "-h", "help":
			if len(rest) > 1 {
				c, ok := commands[rest[1]]
				if !ok {
					return unknownCommand(e, rest[1])
				}
				fmt.Fprintln(e.Out, e.T(c.Help))
				return ExitOK
			}
			fmt.Fprintln(e.Out, e.T(msg.CLIRootHelp))
			return ExitOK
		}
	}
	name := "wizard"
	if len(rest) > 0 && !strings.HasPrefix(rest[0], "-") {
		name, rest = rest[0], rest[1:]
	}
	c, ok := commands[name]
	if !ok {
		return unknownCommand(e, name)
	}
	for _, a := range rest {
		switch a {
		case "--help", "-h":
			fmt.Fprintln(e.Out, e.T(c.Help))
			return ExitOK
		case "--version":
			fmt.Fprintf(e.Out, "paystack-setup %s\n", e.Version)
			return ExitOK
		}
	}
	if e.ConfigErr != nil && !e.Demo && c.Name != "sandbox" {
		fmt.Fprintln(e.Err, e.sentence(e.ConfigErr))
		return ExitFail
	}
	ctx, stop := interruptContext()
	defer stop()
	return c.Run(ctx, e, rest)
}

// watchOutput makes a failed write to a file or pipe (disk full, closed
// pipe) an error the person sees and the exit code carries: the commands
// print with fmt and would otherwise exit 0 with the data lost. The wizard's
// terminal is left alone, since Bubble Tea needs the *os.File.
func watchOutput(e *Env) (done func(code int) int) {
	if e.OutTTY {
		return func(code int) int { return code }
	}
	w := &outputWatch{out: e.Out, err: e.Err}
	e.Out, e.Err = outWriter{w}, errWriter{w}
	return func(code int) int {
		e.Out, e.Err = w.out, w.err
		if !w.failed.Load() {
			return code
		}
		if !w.toldAfter.Load() {
			fmt.Fprintln(e.Err, e.T(msg.OutputFailed))
		}
		if code == ExitOK {
			code = ExitFail
		}
		return code
	}
}

// outputWatch notes a failed write to Out, and whether the command said
// anything on Err afterwards (then it reported the failure itself).
type outputWatch struct {
	out, err io.Writer
	// Atomic: the sandbox command writes from its request goroutines.
	failed, toldAfter atomic.Bool
}

type outWriter struct{ w *outputWatch }

func (o outWriter) Write(p []byte) (int, error) {
	n, err := o.w.out.Write(p)
	if err != nil {
		o.w.failed.Store(true)
	}
	return n, err
}

type errWriter struct{ w *outputWatch }

func (e errWriter) Write(p []byte) (int, error) {
	if e.w.failed.Load() {
		e.w.toldAfter.Store(true)
	}
	return e.w.err.Write(p)
}

// noConfigDirError says which variable to set instead of the system's
// "neither $XDG_CONFIG_HOME nor $HOME are defined".
type noConfigDirError struct{}

func (noConfigDirError) Error() string {
	return "no config folder: HOME unset or XDG_CONFIG_HOME relative"
}
func (noConfigDirError) Text() msg.Text { return msg.New(msg.NoConfigDir) }

type configDirRelativeError struct{ dir string }

func (e configDirRelativeError) Error() string { return EnvConfigDir + " is relative: " + e.dir }

func (e configDirRelativeError) Text() msg.Text {
	return msg.New(msg.ConfigDirRelative, EnvConfigDir, e.dir)
}

// unknownCommand says so with the closest command, for a typo in the command
// or in `help COMMAND`.
func unknownCommand(e *Env, name string) int {
	fmt.Fprintln(e.Err, e.T(msg.CLIUnknownCommand, name))
	if s := suggest(name, commandNames()); s != "" {
		fmt.Fprintln(e.Err, e.T(msg.CLIDidYouMean, s))
	}
	fmt.Fprintln(e.Err, e.T(msg.CLISeeHelp))
	return ExitUsage
}

func commandNames() []string {
	var names []string
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// suggest returns the closest known name within two edits, or "".
func suggest(word string, known []string) string {
	best, bestD := "", 3
	for _, k := range known {
		if d := editDistance(word, k); d < bestD {
			best, bestD = k, d
		}
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
