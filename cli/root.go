// Package cli is the command line, on github.com/spf13/cobra as gh's is:
//
//	paystack-setup [command] [flags]
//
// Global flags (--profile, --api-base, --lang, --accessible, --no-color,
// --demo) are accepted before or after the command name. Each command lives
// in its own file: NewCmdX(env, runF) parses and validates into XOptions,
// then calls xRun(opts), or runF in a test. Every word the merchant reads,
// cobra's own included (help headings, usage errors, the completion
// command), comes from the msg catalog in the command's language.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync/atomic"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"paystack-setup/internal/safetext"
	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/problem"
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
	ErrTTY bool // Err is a terminal: a spinner may draw there
	Width  int  // columns of the terminal on Out; 0 when Out is no terminal
	// ErrWidth is the columns of the terminal on Err; 0 when unknown.
	ErrWidth int
	Getenv   func(string) string

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
	// errTerminal is Err as it was given, for the spinner's redraws, which
	// the cleaning of Err would remove.
	errTerminal io.Writer
	// args is the command line as given, for refusals that must look at
	// what cobra has not parsed (a key pasted as a flag's value).
	args []string
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

// SystemEnv is the real environment.
func SystemEnv(version string) *Env {
	e := &Env{
		In: os.Stdin, Out: os.Stdout, Err: os.Stderr,
		InTTY: isTerminal(os.Stdin), OutTTY: isTerminal(os.Stdout), ErrTTY: isTerminal(os.Stderr),
		Getenv:  os.Getenv,
		Version: version,
	}
	e.ConfigDir, e.ConfigErr = configDir(os.Getenv)
	if e.OutTTY {
		if w, _, err := term.GetSize(os.Stdout.Fd()); err == nil {
			e.Width = w
		}
	}
	if e.ErrTTY {
		if w, _, err := term.GetSize(os.Stderr.Fd()); err == nil {
			e.ErrWidth = w
		}
	}
	// Windows: said when the program is started by a double click in
	// Explorer, where a window that closes at once would explain nothing.
	// Set here, once: the language is the environment's, as no command
	// line comes with a double click. Cobra reads it on Windows only, and
	// elsewhere it would cost every start a catalog the command line may
	// not ask for (--lang hi in an English environment).
	if runtime.GOOS == "windows" {
		cobra.MousetrapHelpText = msg.NewPrinter(msg.FromEnv()).T(msg.CLIMousetrap)
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
		return "", noConfigDirError{runtime.GOOS}
	}
	return filepath.Join(cfg, "paystack-setup"), nil
}

// isTerminal asks the terminal driver: /dev/null is a character device too,
// and a prompt shown to it would wait for an answer nobody can type.
func isTerminal(f *os.File) bool {
	return term.IsTerminal(f.Fd())
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
	// The spinner draws on the terminal itself: the cleaning below would
	// remove the very sequences that redraw and clear its line.
	e.errTerminal = e.Err
	outputDone := watchOutput(e)
	defer func() { code = outputDone(code) }()
	// Errors quote what they were given (a line of a --plans file, a flag
	// value, Paystack's answer), which may be a secret key or hold escape
	// sequences; no command styles its messages, so all of them are cleaned.
	e.Err = keystore.MaskingWriter(safetext.Writer(e.Err))
	// The audit quotes the saved answers, which may hold a key written there
	// by hand, by an older release or by a bug.
	e.terminal, e.Out = e.Out, keystore.MaskingWriter(e.Out)
	e.fromEnvironment()
	e.args = args
	if refuseKeyInArgs(e, args) {
		return ExitUsage
	}
	// The commands' texts are rendered as the command tree is built, and a
	// refusal of the command line may come before cobra reads --lang (a
	// typo in an earlier flag): both speak the language --lang asks for
	// wherever it stands.
	if l, ok := langInArgs(args); ok {
		e.Lang = l
	}
	root := NewCmdRoot(e)
	if args == nil {
		args = []string{} // nil makes cobra read os.Args
	}
	root.SetArgs(args)
	ctx, stop := interruptContext()
	defer stop()
	return e.exitCode(root.ExecuteContext(ctx))
}

// fromEnvironment sets what the environment says before the flags, which
// override it.
func (e *Env) fromEnvironment() {
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
}

// exitCode says what a command's error means to the merchant, unless the
// command said it itself, and gives the exit code that goes with it.
func (e *Env) exitCode(err error) int {
	var said exitError
	var usage *usageError
	switch {
	case err == nil:
		return ExitOK
	case errors.As(err, &said):
		return int(said)
	case errors.As(err, new(outputFailed)):
		return ExitFail
	case errors.As(err, &usage):
		p := e.printer()
		for _, t := range usage.lines {
			fmt.Fprintln(e.Err, p.Text(t))
		}
		return ExitUsage
	}
	fmt.Fprintln(e.Err, e.sentence(err))
	return ExitFail
}

// exitError ends a command that has already said why, with its exit code.
type exitError int

func (c exitError) Error() string { return "exit status " + strconv.Itoa(int(c)) }

// exitWith is the error a command returns for an exit code.
func exitWith(code int) error {
	if code == ExitOK {
		return nil
	}
	return exitError(code)
}

// usageError is a refusal of the command line: what was wrong, then what
// was meant or where the help is, in the language --lang chose wherever it
// stands. Said by Main, exit 2.
type usageError struct{ lines []msg.Text }

func refuse(lines ...msg.Text) *usageError { return &usageError{lines: lines} }

func (u *usageError) Error() string  { return "usage: " + string(u.lines[0].ID) }
func (u *usageError) Text() msg.Text { return u.lines[0] }

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
		return n, outputFailed{err}
	}
	return n, err
}

// outputFailed is a write to Out that failed; watchOutput says it once, so a
// command that returns it has nothing to add.
type outputFailed struct{ err error }

func (o outputFailed) Error() string { return "output: " + o.err.Error() }
func (o outputFailed) Unwrap() error { return o.err }

type errWriter struct{ w *outputWatch }

func (e errWriter) Write(p []byte) (int, error) {
	if e.w.failed.Load() {
		e.w.toldAfter.Store(true)
	}
	return e.w.err.Write(p)
}

// noConfigDirError says which variable to set instead of the system's
// "neither $XDG_CONFIG_HOME nor $HOME are defined"; Windows has neither,
// its folder comes from APPDATA, and `export HOME=` means nothing there.
type noConfigDirError struct{ goos string }

func (noConfigDirError) Error() string {
	return "no config folder: HOME or APPDATA unset, or XDG_CONFIG_HOME relative"
}

func (e noConfigDirError) Text() msg.Text {
	if e.goos == "windows" {
		return msg.New(msg.NoConfigDirWin)
	}
	return msg.New(msg.NoConfigDir)
}

type configDirRelativeError struct{ dir string }

func (e configDirRelativeError) Error() string { return EnvConfigDir + " is relative: " + e.dir }

func (e configDirRelativeError) Text() msg.Text {
	return msg.New(msg.ConfigDirRelative, EnvConfigDir, e.dir)
}
