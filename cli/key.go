package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"paystack-setup/checks"
	"paystack-setup/internal/ttyecho"
	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/setup"
	"paystack-setup/state"
	"paystack-setup/steps"
	"paystack-setup/ui/accessible"
)

// NewCmdKey is `paystack-setup key`: set, show or delete the secret key.
func NewCmdKey(e *Env) *cobra.Command {
	return newGroupCmd(e, groupWords{"key", msg.KeystoreSummary, msg.KeystoreHelp, msg.KeystoreExamples, msg.KeystoreUnknownSub},
		NewCmdKeySet(e, nil), NewCmdKeyShow(e, nil), NewCmdKeyDelete(e, nil))
}

// KeySetOptions are `key set`'s choices.
type KeySetOptions struct {
	Env *Env // streams, environment and global flags

	Stdin     bool // read the key from standard input
	PlainFile bool // store it in a 0600 file, not the keyring
}

// NewCmdKeySet is `paystack-setup key set`. A key on the command line is
// refused before anything else (Main does, for any command): shells keep
// it in their history.
func NewCmdKeySet(e *Env, runF func(context.Context, *KeySetOptions) error) *cobra.Command {
	p := e.printer()
	opts := &KeySetOptions{Env: e}
	cmd := &cobra.Command{
		Use:     "set",
		Short:   p.T(msg.KeystoreSetSummary),
		Long:    p.T(msg.KeystoreSetHelp),
		Example: p.T(msg.KeystoreSetExamples),
		Args: func(_ *cobra.Command, args []string) error {
			if keyLikeArg(args) {
				return refuse(msg.New(msg.KeystoreKeyOnCommandLine))
			}
			if len(args) > 0 {
				return refuse(msg.New(msg.KeystoreSetNoArgs))
			}
			return nil
		},
		RunE: func(c *cobra.Command, _ []string) error {
			if !opts.Stdin && !e.InTTY {
				return refuse(msg.New(msg.KeystoreSetNeedStdin))
			}
			if runF != nil {
				return runF(c.Context(), opts)
			}
			return exitWith(runKeySet(c.Context(), opts))
		},
	}
	cmd.Flags().BoolVar(&opts.Stdin, "stdin", false, p.T(msg.KeystoreFlagStdin))
	cmd.Flags().BoolVar(&opts.PlainFile, "plain-file", false, p.T(msg.KeystoreFlagPlainFile))
	// A value pasted after a flag (--stdin=pk_live_…) would be quoted back
	// by the flag's refusal.
	cmd.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		if keyLikeArg(e.args) {
			return refuse(msg.New(msg.KeystoreKeyOnCommandLine))
		}
		return e.flagError(c, err)
	})
	return cmd
}

// keyLikeArg: an argument, or a flag's value, looks like a Paystack key.
func keyLikeArg(args []string) bool {
	for _, a := range args {
		_, v, _ := strings.Cut(a, "=")
		if looksLikeKey(a) || looksLikeKey(v) {
			return true
		}
	}
	return false
}

// KeyShowOptions are `key show`'s.
type KeyShowOptions struct {
	Env *Env
}

// NewCmdKeyShow is `paystack-setup key show`.
func NewCmdKeyShow(e *Env, runF func(context.Context, *KeyShowOptions) error) *cobra.Command {
	p := e.printer()
	return &cobra.Command{
		Use:     "show",
		Short:   p.T(msg.KeystoreShowSummary),
		Long:    p.T(msg.KeystoreShowHelp),
		Example: p.T(msg.KeystoreShowExamples),
		Args:    noArgs(func(arg string) msg.Text { return msg.New(msg.KeystoreUnknownSub, arg) }),
		RunE: func(c *cobra.Command, _ []string) error {
			opts := &KeyShowOptions{Env: e}
			if runF != nil {
				return runF(c.Context(), opts)
			}
			return exitWith(runKeyShow(c.Context(), opts))
		},
	}
}

// KeyDeleteOptions are `key delete`'s.
type KeyDeleteOptions struct {
	Env *Env

	Yes bool // do not ask
}

// NewCmdKeyDelete is `paystack-setup key delete` (or rm, remove).
func NewCmdKeyDelete(e *Env, runF func(context.Context, *KeyDeleteOptions) error) *cobra.Command {
	p := e.printer()
	opts := &KeyDeleteOptions{Env: e}
	cmd := &cobra.Command{
		Use:     "delete",
		Aliases: []string{"rm", "remove"},
		Short:   p.T(msg.KeystoreDeleteSummary),
		Long:    p.T(msg.KeystoreDeleteHelp),
		Example: p.T(msg.KeystoreDeleteExamples),
		Args:    noArgs(func(arg string) msg.Text { return msg.New(msg.KeystoreUnknownSub, arg) }),
		RunE: func(c *cobra.Command, _ []string) error {
			if !opts.Yes && !e.CanPrompt() {
				return refuse(msg.New(msg.KeystoreDeleteNeedYes))
			}
			if runF != nil {
				return runF(c.Context(), opts)
			}
			return exitWith(runKeyDelete(c.Context(), opts))
		},
	}
	cmd.Flags().BoolVar(&opts.Yes, "yes", false, p.T(msg.KeystoreFlagYes))
	return cmd
}

// demoKeyring is shared by every store built in one demo run, so a key stored
// by the wizard is there for the audit; nothing real is touched.
var demoKeyring = keystore.NewMemoryBackend()

// keyBackend picks the keyring; tests replace it to inject failures.
var keyBackend = func(e *Env) keystore.Backend {
	if e.Demo {
		return demoKeyring
	}
	return keystore.SystemBackendWith(keystore.SystemProbe(e.Getenv))
}

// keyStoreFor builds the key store for a command from its environment. An
// unreadable PAYSTACK_SETUP_KEYRING_TIMEOUT is reported and the default used.
func keyStoreFor(e *Env) *keystore.Store {
	getenv := e.Getenv
	if e.Demo {
		// The demo runs on the sandbox: a real key from the environment has
		// no business there.
		getenv = func(name string) string {
			if name == keystore.EnvKey {
				return ""
			}
			return e.Getenv(name)
		}
	}
	timeout, err := keystore.ParseTimeout(e.Getenv(keystore.EnvTimeout))
	if err != nil {
		timeout = keystore.DefaultTimeout
		// "60s", as a merchant would write it, not Go's "1m0s".
		fmt.Fprintln(e.Err, e.T(msg.KeystoreBadTimeout, e.Getenv(keystore.EnvTimeout), fmt.Sprintf("%gs", timeout.Seconds())))
	}
	return keystore.New(keystore.Options{
		Timeout: timeout,
		Dir:     e.ConfigDir,
		Backend: keyBackend(e),
		Getenv:  getenv,
	})
}

// exitForDiagnosis maps a store error to an exit code, printing it. A
// cancelled run (Ctrl-C) exits like any interrupted command.
func exitForDiagnosis(e *Env, err error) int {
	fmt.Fprintln(e.Err, e.sentence(err))
	if keystore.ProblemOf(err) == keystore.ProblemCanceled {
		return ExitInterrupted
	}
	return ExitFail
}

func looksLikeKey(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.HasPrefix(s, "sk_") || strings.HasPrefix(s, "pk_") || len(s) >= 32
}

func runKeySet(ctx context.Context, opts *KeySetOptions) int {
	e := opts.Env
	in := newPromptReader(ctx, e)
	var key paystack.SecretKey
	// --stdin typed at a terminal would echo the key while the person waits
	// for EOF; there the hidden prompt is the same input, only safer.
	if opts.Stdin && !e.InTTY {
		raw, err := readAll(ctx, e.In, 4096)
		if ctx.Err() != nil {
			return interruptedKeySet(e)
		}
		if err != nil {
			fmt.Fprintln(e.Err, e.T(msg.KeystoreStdinUnreadable))
			return ExitUsage
		}
		text := strings.TrimSpace(string(raw))
		if text == "" {
			fmt.Fprintln(e.Err, e.T(msg.KeystoreStdinEmpty))
			return ExitUsage
		}
		if key, err = paystack.ParseSecretKey(text); err != nil {
			fmt.Fprintln(e.Err, e.sentence(err))
			return ExitUsage
		}
	} else {
		var code int
		if key, code = askKey(e, in); code != ExitOK {
			return code
		}
	}

	store := keyStoreFor(e)
	if opts.PlainFile {
		path, err := store.SetFile(e.Profile, key)
		if err != nil {
			return exitForDiagnosis(e, err)
		}
		return storedInFile(e, key, path)
	}
	oldFile, hadFile := store.PlainFile(e.Profile)
	// A session over the key alone: key set keeps no answers (Save refuses)
	// and takes no profile lock, so it works beside a running wizard.
	s := setup.Snapshot(setup.Options{Profile: e.Profile, Demo: e.Demo, Keys: store}, state.State{}, "", setup.KeyFacts{})
	if !e.CanPrompt() {
		err := s.StoreKey(ctx, key)
		switch {
		case err == nil:
			return keyKept(e, s, key, oldFile, hadFile)
		case !keystore.KeyringUnusable(err):
			return exitForDiagnosis(e, err)
		}
		// Nobody to ask: the ways out as commands to run.
		fmt.Fprintln(e.Err, e.sentence(err))
		fmt.Fprintln(e.Err)
		fmt.Fprintln(e.Err, e.T(msg.KeystoreOptionsCommands, keystore.EnvCommand()))
		return ExitFail
	}
	// The wizard's own "the keyring failed, what now", as plain lines read
	// from the same input as the hidden prompt.
	lines := accessible.NewLines(ctx, accessible.NewTerminal(ctx, in.reader(), e.Err, e.Lang), e.Lang)
	for {
		err := steps.StoreKey(ctx, s, lines, key)
		switch {
		case err == nil:
			return keyKept(e, s, key, oldFile, hadFile)
		case ctx.Err() != nil:
			return interruptedKeySet(e)
		case errors.Is(err, steps.ErrBack):
			// "Type another key", or back from the keyring's choices.
			var code int
			if key, code = askKey(e, in); code != ExitOK {
				return code
			}
			continue
		}
		// The end of input at a question: nothing chosen.
		fmt.Fprintln(e.Err, e.T(msg.KeystoreNotStored))
		return ExitFail
	}
}

// keyKept says where steps.StoreKey or the session kept the key.
func keyKept(e *Env, s *setup.Session, key paystack.SecretKey, oldFile string, hadFile bool) int {
	_, src := s.Key()
	switch {
	case s.KeyUnstored():
		return ExitOK // the export line was said with the choice
	case src == keystore.SourceFile:
		return storedInFile(e, key, s.PlainFilePath())
	}
	fmt.Fprintln(e.Out, e.T(msg.KeystoreStored, key.Masked(), e.modeText(key.Mode()), e.Profile))
	if hadFile {
		fmt.Fprintln(e.Err, e.T(msg.KeystorePlainRemoved, oldFile))
	}
	warnModeChange(e, key)
	warnEnvOverrides(e)
	return ExitOK
}

func storedInFile(e *Env, key paystack.SecretKey, path string) int {
	fmt.Fprintln(e.Out, e.T(msg.KeystoreStoredFile, key.Masked(), e.modeText(key.Mode()), e.Profile, path))
	fmt.Fprintln(e.Err, e.T(msg.KeystoreShowFileWarning))
	warnModeChange(e, key)
	warnEnvOverrides(e)
	return ExitOK
}

// warnModeChange speaks up when the key's mode differs from the one the
// profile was set up in: Paystack keeps a subaccount, IP whitelist and
// webhook URL per mode, so the saved answers no longer apply.
func warnModeChange(e *Env, key paystack.SecretKey) {
	if e.Demo {
		return
	}
	st, _, err := state.Read(e.ConfigDir, e.Profile)
	if err != nil || st.Mode == "" || st.Mode == string(key.Mode()) {
		return
	}
	was, now := paystack.Mode(st.Mode), key.Mode()
	other := "live"
	if now == paystack.ModeTest {
		other = "test"
	}
	fmt.Fprintln(e.Err, e.T(msg.KeystoreModeChanged, e.Profile, e.modeText(was), e.modeText(now), other))
}

func warnEnvOverrides(e *Env) {
	if !e.Demo && strings.TrimSpace(e.Getenv(keystore.EnvKey)) != "" {
		fmt.Fprintln(e.Err, e.T(msg.KeystoreEnvOverrides))
	}
}

// interruptedKeySet ends key set after ctrl+c at one of its questions.
func interruptedKeySet(e *Env) int {
	fmt.Fprintln(e.Err)
	fmt.Fprintln(e.Err, e.T(msg.KeystoreNotStored))
	return ExitInterrupted
}

// askKey reads the key without echo, up to three tries, each wrong format
// explained by its own message. The code is ExitOK with a key.
func askKey(e *Env, in *promptReader) (paystack.SecretKey, int) {
	for range 3 {
		text, err := in.secret(e.T(msg.KeystoreSetPrompt))
		if in.ctx.Err() != nil {
			return paystack.SecretKey{}, interruptedKeySet(e)
		}
		fmt.Fprintln(e.Err)
		if err != nil {
			fmt.Fprintln(e.Err, e.T(msg.KeystoreStdinUnreadable))
			return paystack.SecretKey{}, ExitUsage
		}
		text = strings.TrimSpace(text)
		if text == "" {
			continue
		}
		key, err := paystack.ParseSecretKey(text)
		if err == nil {
			return key, ExitOK
		}
		fmt.Fprintln(e.Err, e.sentence(err))
	}
	fmt.Fprintln(e.Err, e.T(msg.KeystoreNotStored))
	return paystack.SecretKey{}, ExitUsage
}

func (e *Env) modeText(m paystack.Mode) string {
	if m == paystack.ModeLive {
		return e.T(msg.KeystoreModeLive)
	}
	return e.T(msg.KeystoreModeTest)
}

func runKeyShow(ctx context.Context, opts *KeyShowOptions) int {
	e := opts.Env
	st, err := keyStoreFor(e).Status(ctx, e.Profile)
	if err != nil {
		return exitForDiagnosis(e, err)
	}
	fmt.Fprintln(e.Out, e.T(msg.KeystoreShowKey, st.Key.Masked(), e.modeText(st.Key.Mode())))
	fmt.Fprintln(e.Out, e.T(msg.KeystoreShowProfile, e.Profile))
	switch st.Source {
	case keystore.SourceEnv:
		fmt.Fprintln(e.Out, e.T(msg.KeystoreShowEnv))
	case keystore.SourceFile:
		fmt.Fprintln(e.Out, e.T(msg.KeystoreShowFile, st.Path))
		if st.Consent != nil {
			fmt.Fprintln(e.Out, e.T(msg.KeystoreShowConsent, st.Consent.At.Local().Format(time.DateTime)))
		}
		fmt.Fprintln(e.Err, e.T(msg.KeystoreShowFileWarning))
		if problem, fix, exposed := checks.PlainKeyFileProblem(st.Path); exposed {
			fmt.Fprintln(e.Err, e.T(msg.KeystoreShowFileProblem, problem, fix))
		}
	default:
		fmt.Fprintln(e.Out, e.T(msg.KeystoreShowKeyring, keystore.DefaultService))
	}
	return ExitOK
}

func runKeyDelete(ctx context.Context, opts *KeyDeleteOptions) int {
	e := opts.Env
	if !opts.Yes {
		fmt.Fprint(e.Err, e.T(msg.KeystoreDeleteConfirm, e.Profile))
		answer, _ := newPromptReader(ctx, e).line()
		if ctx.Err() != nil {
			fmt.Fprintln(e.Err)
			fmt.Fprintln(e.Err, e.T(msg.KeystoreDeleteCanceled))
			return ExitInterrupted
		}
		if !saidYes(answer) {
			fmt.Fprintln(e.Err, e.T(msg.KeystoreDeleteCanceled))
			return ExitOK
		}
	}
	store := keyStoreFor(e)
	filePath := store.FilePath(e.Profile)
	removed, err := store.Delete(ctx, e.Profile)
	for _, src := range removed {
		switch src {
		case keystore.SourceKeyring:
			fmt.Fprintln(e.Out, e.T(msg.KeystoreDeletedKeyring, e.Profile))
		case keystore.SourceFile:
			fmt.Fprintln(e.Out, e.T(msg.KeystoreDeletedFile, filePath))
		}
	}
	if err == nil && len(removed) == 0 {
		fmt.Fprintln(e.Out, e.T(msg.KeystoreDeletedNothing, e.Profile))
	}
	if !e.Demo && strings.TrimSpace(e.Getenv(keystore.EnvKey)) != "" {
		fmt.Fprintln(e.Err, e.T(msg.KeystoreDeleteEnvKept))
	}
	if err != nil && slices.Contains(removed, keystore.SourceFile) && keystore.KeyringUnusable(err) {
		// The plain file is read before the keyring, so the key this
		// computer used is gone and what the merchant asked for is done:
		// exit 0 (README). An older copy in a keyring that cannot be reached
		// from here (over SSH, say) may remain; only its own session can tell.
		fmt.Fprintln(e.Err, e.T(msg.KeystoreDeleteKeyringUnchecked, e.Profile))
		return ExitOK
	}
	if err != nil {
		return exitForDiagnosis(e, err)
	}
	return ExitOK
}

// saidYes reports whether a typed answer is yes, in English or Hindi; Enter
// alone, or anything else, is no.
func saidYes(answer string) bool {
	switch strings.ToLower(strings.TrimSpace(answer)) {
	case "y", "yes", "हाँ", "हां", "ha", "haan":
		return true
	}
	return false
}

// promptReader reads answers from the person. The key itself is read without
// echo when stdin is a real terminal; other lines are read normally. Ctrl+C
// is caught for the whole command (so that a keyring wait can be cancelled),
// which leaves a blocked read deaf to it: every read also ends when ctx does.
type promptReader struct {
	ctx   context.Context
	e     *Env
	br    *bufio.Reader
	lines chan lineRead // the read still running after a cancelled wait
}

type lineRead struct {
	text string
	err  error
}

func newPromptReader(ctx context.Context, e *Env) *promptReader {
	return &promptReader{ctx: ctx, e: e}
}

func (p *promptReader) reader() *bufio.Reader {
	if p.br == nil {
		p.br = bufio.NewReader(p.e.In)
	}
	return p.br
}

func (p *promptReader) line() (string, error) {
	if p.lines == nil {
		p.lines = make(chan lineRead, 1)
		go func() {
			s, err := p.reader().ReadString('\n')
			if err != nil && !(errors.Is(err, io.EOF) && s != "") {
				p.lines <- lineRead{"", err}
				return
			}
			p.lines <- lineRead{strings.TrimRight(s, "\r\n"), nil}
		}()
	}
	select {
	case r := <-p.lines:
		p.lines = nil
		return r.text, r.err
	case <-p.ctx.Done():
		return "", p.ctx.Err()
	}
}

// secret writes prompt and reads the answer, without echo on a terminal.
// Echo goes off before the prompt is written: a paste that arrives the moment
// the prompt shows would otherwise be echoed by the terminal itself before
// any read began. It comes back on every way out, the answer, an error,
// ctrl+c, kill or a closed terminal, since each of the last three ends ctx.
func (p *promptReader) secret(prompt string) (string, error) {
	f, ok := p.e.In.(interface{ Fd() uintptr })
	if !ok || !term.IsTerminal(f.Fd()) {
		fmt.Fprint(p.e.Err, prompt)
		return p.line()
	}
	restore, err := ttyecho.Off(f.Fd())
	if err != nil {
		return "", err
	}
	defer restore()
	fmt.Fprint(p.e.Err, prompt)
	return p.line()
}

// secretKeyInArg finds a Paystack secret key prefix anywhere in an argument
// (a bare word, --key=…, a flag value) but not inside a word (a file named
// desk_test_plans.csv), in any case, since a merchant who
// pastes it into the wrong command gets it quoted back by "unknown command",
// "takes no argument" or "bad profile" messages, and from there into
// scrollback and terminal logs.
var secretKeyInArg = regexp.MustCompile(`(?i)(^|[^a-z0-9])sk_(live|test)_`)

// refuseKeyInArgs answers a command line holding a secret key with the one
// message that explains where a key belongs, before any other message can
// repeat the key. It reads --lang from the other arguments so the refusal is
// in the merchant's language.
func refuseKeyInArgs(e *Env, args []string) bool {
	var others []string
	found := false
	for _, a := range args {
		if secretKeyInArg.MatchString(a) {
			found = true
			continue
		}
		others = append(others, a)
	}
	if !found {
		return false
	}
	if l, ok := langInArgs(others); ok {
		e.Lang = l
	}
	fmt.Fprintln(e.Err, e.T(msg.KeystoreKeyOnCommandLine))
	return true
}
