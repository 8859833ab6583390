package legacysteps

import (
	"context"
	"errors"
	"net/http"
	"paystack-setup/internal/teakeys"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/cursor"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/state"
)

// Fake keys are built so that no test source contains a key-shaped literal.
var (
	unknownTestKey = "sk_test_" + strings.Repeat("zq", 20)
	publicTestKey  = "pk_test_" + strings.Repeat("ab", 20)
)

// driver runs a step the way the shell does, synchronously: commands run,
// their messages go back to the step, and messages for the shell are kept.
// Spinner ticks are dropped so that a spinner never loops.
type driver struct {
	t      *testing.T
	step   Step
	ctx    *Context
	srv    *sandbox.Server
	keys   *keystore.Store
	shell  []tea.Msg
	copied []string
}

func newDriver(t *testing.T, build func(*Context) Step, demo bool) *driver {
	t.Helper()
	srv := sandbox.New(sandbox.Options{})
	hc := &http.Client{Transport: srv.Transport()}
	store := keystore.New(keystore.Options{Backend: keystore.NewMemoryBackend(), Dir: t.TempDir(), Getenv: func(string) string { return "" }})
	d := &driver{t: t, srv: srv, keys: store}
	d.ctx = &Context{
		Ctx:     context.Background(),
		Profile: "default",
		Demo:    demo,
		State:   &state.State{Schema: state.SchemaVersion, Profile: "default"},
		Keys:    store,
		NewClient: func(k paystack.SecretKey) *paystack.Client {
			return paystack.New(k, paystack.WithBaseURL(sandbox.BaseURL), paystack.WithHTTPClient(hc), paystack.WithMaxRetries(0))
		},
	}
	d.ctx.Clipboard = func(text string) tea.Cmd {
		return func() tea.Msg { d.copied = append(d.copied, text); return nil }
	}
	if build != nil {
		d.step = build(d.ctx)
	}
	return d
}

func (d *driver) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch m := cmd().(type) {
	case nil, spinner.TickMsg, cursor.BlinkMsg:
	case tea.BatchMsg:
		for _, c := range m {
			d.run(c)
		}
	case NextMsg, BackMsg, GotoMsg:
		d.shell = append(d.shell, m)
	default:
		d.run(d.step.Update(m))
	}
}

func (d *driver) init() { d.run(d.step.Init()) }

func (d *driver) press(keys ...string) {
	for _, k := range keys {
		d.run(d.step.Update(teakeys.Press(k)))
	}
}

func (d *driver) typeText(s string) {
	for _, r := range s {
		d.run(d.step.Update(tea.KeyPressMsg{Code: r, Text: string(r)}))
	}
}

func (d *driver) paste(s string) { d.run(d.step.Update(tea.PasteMsg{Content: s})) }

// view is the screen text without styling, as a person reads it.
func (d *driver) view() string { return ansi.Strip(d.step.View(80, 24)) }

func (d *driver) wantView(subs ...string) {
	d.t.Helper()
	v := d.view()
	for _, s := range subs {
		if !strings.Contains(v, s) {
			d.t.Fatalf("screen lacks %q:\n%s", s, v)
		}
	}
}

func (d *driver) lastShell() tea.Msg {
	if len(d.shell) == 0 {
		return nil
	}
	return d.shell[len(d.shell)-1]
}

func (d *driver) wantNoKeyOnScreen(key string) {
	d.t.Helper()
	if strings.Contains(d.step.View(80, 24), key) {
		d.t.Fatal("the screen shows the whole secret key")
	}
}

func TestKeyPublicKeyIsExplainedAsYouType(t *testing.T) {
	d := newDriver(t, func(c *Context) Step { return NewKey(c) }, false)
	d.init()
	d.paste(publicTestKey)
	d.wantView("public key")
	d.press("enter")
	if d.lastShell() != nil || d.srv.Requests() != 0 {
		t.Fatal("a public key was sent to Paystack or accepted")
	}
}

func TestKeyTruncatedKeySaysHowShort(t *testing.T) {
	d := newDriver(t, func(c *Context) Step { return NewKey(c) }, false)
	d.init()
	d.typeText(sandbox.DemoTestKey[:30])
	d.wantView("22") // 30 - len("sk_test_") characters of the 40 needed
	d.press("enter")
	if d.srv.Requests() != 0 {
		t.Fatal("a truncated key was sent to Paystack")
	}
}

func TestKeyWhitespaceInsideIsItsOwnProblem(t *testing.T) {
	d := newDriver(t, func(c *Context) Step { return NewKey(c) }, false)
	d.init()
	k := sandbox.DemoTestKey
	d.paste(k[:20] + " " + k[20:])
	trunc := newDriver(t, func(c *Context) Step { return NewKey(c) }, false)
	trunc.init()
	trunc.paste(k[:30])
	if d.view() == trunc.view() {
		t.Fatal("a key with a space inside gets the same message as a truncated key")
	}
}

func TestKeyVerifiedStoredAndMaskedOnly(t *testing.T) {
	d := newDriver(t, func(c *Context) Step { return NewKey(c) }, false)
	d.init()
	d.paste(sandbox.DemoTestKey)
	d.wantNoKeyOnScreen(sandbox.DemoTestKey)
	d.press("enter")
	d.wantView("sk_test_…0001", "test mode", "keyring")
	d.wantNoKeyOnScreen(sandbox.DemoTestKey)
	got, src, err := d.keys.Get(context.Background(), "default")
	if err != nil || got.Reveal() != sandbox.DemoTestKey || src != keystore.SourceKeyring {
		t.Fatalf("key not in the keyring: %v %v %v", got, src, err)
	}
	if d.ctx.State.Mode != "test" || d.ctx.State.KeyStorage != state.StorageKeyring {
		t.Fatalf("state not updated: mode %q storage %q", d.ctx.State.Mode, d.ctx.State.KeyStorage)
	}
	d.press("enter")
	if _, ok := d.lastShell().(NextMsg); !ok {
		t.Fatal("enter after verification does not go on")
	}
}

// A key that goes back into the keyring after a plain-file fallback leaves no
// plain-file consent in the saved answers; accessible mode already cleared
// it, this screen did not.
func TestKeyStoredInTheKeyringForgetsThePlainFileConsent(t *testing.T) {
	d := newDriver(t, func(c *Context) Step { return NewKey(c) }, false)
	d.ctx.State.KeyStorage = state.StorageFile
	d.ctx.State.PlainFileConsentAt = time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	d.init()
	d.paste(sandbox.DemoTestKey)
	d.press("enter")
	if d.ctx.State.KeyStorage != state.StorageKeyring || !d.ctx.State.PlainFileConsentAt.IsZero() {
		t.Fatalf("after storing in the keyring: storage %q, consent %v", d.ctx.State.KeyStorage, d.ctx.State.PlainFileConsentAt)
	}
}

func TestKeyRejectedByPaystackStaysOnInput(t *testing.T) {
	d := newDriver(t, func(c *Context) Step { return NewKey(c) }, false)
	d.init()
	d.paste(unknownTestKey)
	d.press("enter")
	d.wantView("Invalid") // Paystack's 401 explained
	if _, _, err := d.keys.Get(context.Background(), "default"); err == nil {
		t.Fatal("a key Paystack refused was stored")
	}
	if d.lastShell() != nil {
		t.Fatal("a refused key finished the step")
	}
}

func TestKeyEscCancelsVerificationKeepingTheInput(t *testing.T) {
	d := newDriver(t, func(c *Context) Step { return NewKey(c) }, false)
	d.init()
	d.paste(sandbox.DemoTestKey)
	pending := d.step.Update(teakeys.Press("enter")) // the request has not run yet
	if !d.step.Busy() {
		t.Fatal("no wait shown while Paystack is asked")
	}
	d.press("esc")
	if d.step.Busy() || d.lastShell() != nil {
		t.Fatal("esc did not cancel the verification")
	}
	d.run(pending) // the late answer must not override the cancel
	if !d.ctx.Key.IsZero() {
		t.Fatal("a cancelled verification still set the key")
	}
	d.press("enter")
	d.wantView("Paystack accepted")
}

// The demo key is filled with ctrl+g, which the help bar names; ctrl+d is
// the end of input to a shell (issue #14) and fills nothing.
func TestKeyDemoShortcutOnlyInDemo(t *testing.T) {
	demo := newDriver(t, func(c *Context) Step { return NewKey(c) }, true)
	demo.init()
	demo.wantView("DEMO", "ctrl+g")
	if help := bindingHelp(demo.step.Keys()); !strings.Contains(help, "ctrl+g "+msg.T(msg.StKeyDemoFill)) || strings.Contains(help, "ctrl+d") {
		t.Fatalf("the help bar says %q", help)
	}
	demo.press("ctrl+d", "enter")
	if !demo.ctx.Key.IsZero() {
		t.Fatal("ctrl+d filled the demo key")
	}
	demo.press("ctrl+g", "enter")
	demo.wantView("Paystack accepted", "memory")
	real := newDriver(t, func(c *Context) Step { return NewKey(c) }, false)
	real.init()
	real.press("ctrl+g", "enter")
	if !real.ctx.Key.IsZero() {
		t.Fatal("the demo key shortcut works outside the demo")
	}
}

func TestKeyFromEnvironmentIsShownNotStored(t *testing.T) {
	d := newDriver(t, nil, false)
	k, _ := paystack.ParseSecretKey(sandbox.DemoTestKey)
	d.ctx.Key, d.ctx.KeySource, d.ctx.KeyFromEnv = k, keystore.SourceEnv, true
	d.step = NewKey(d.ctx)
	d.init()
	d.wantView("PAYSTACK_SECRET_KEY", "sk_test_…0001")
	d.press("r") // replacing is not offered: the environment wins anyway
	d.wantView("PAYSTACK_SECRET_KEY")
	d.press("enter")
	d.wantView("Paystack accepted")
	if _, _, err := d.keys.Get(context.Background(), "default"); err == nil {
		t.Fatal("the environment's key was written to the keyring")
	}
	if d.ctx.State.KeyStorage != state.StorageEnv {
		t.Fatalf("key storage recorded as %q", d.ctx.State.KeyStorage)
	}
}

func TestKeyStoredKeyOffersReplace(t *testing.T) {
	d := newDriver(t, nil, false)
	k, _ := paystack.ParseSecretKey(sandbox.DemoLiveKey)
	d.ctx.Key, d.ctx.KeySource = k, keystore.SourceKeyring
	d.step = NewKey(d.ctx)
	d.init()
	d.wantView("sk_live_…0001", "LIVE")
	d.press("r")
	d.paste(sandbox.DemoTestKey)
	d.press("enter")
	if d.ctx.Key.Mode() != paystack.ModeTest {
		t.Fatal("replacing the stored key did not take the new one")
	}
	d.press("esc")
	if _, ok := d.lastShell().(BackMsg); !ok {
		t.Fatal("esc on the finished key screen does not go back")
	}
}

func TestKeyKeyringFailureOffersThreeChoices(t *testing.T) {
	d := newDriver(t, nil, false)
	faulty := keystore.NewFaultyBackend(keystore.NewMemoryBackend())
	faulty.FailOn(keystore.OpSet, keystore.SimulatedError(keystore.ProblemNoSessionBus))
	dir := t.TempDir()
	d.ctx.Keys = keystore.New(keystore.Options{Backend: faulty, Dir: dir, Getenv: func(string) string { return "" }})
	d.step = NewKey(d.ctx)
	d.init()
	d.paste(sandbox.DemoTestKey)
	d.press("enter")
	for _, f := range keystore.Fallbacks() {
		d.wantView(ansi.Strip(f.Label())[:10])
	}
	d.press("down", "down", "enter") // plain file
	// The key was checked already: enter now writes the file, and the help
	// bar must say so rather than offer another check with Paystack.
	if help := bindingHelp(d.step.Keys()); !strings.Contains(help, "enter "+msg.T(msg.StKeySaveToFile)) || strings.Contains(help, msg.T(msg.StKeyVerify)) {
		t.Fatalf("the confirmation word's help bar says %q", help)
	}
	d.typeText("yes")
	d.press("enter")
	if !d.ctx.Key.IsZero() {
		t.Fatal("a wrong confirmation word still stored the key")
	}
	d.press("ctrl+u")
	d.typeText(keystore.PlainFileWord)
	d.press("enter")
	if d.ctx.State.KeyStorage != state.StorageFile || d.ctx.State.PlainFileConsentAt.IsZero() {
		t.Fatalf("plain-file choice not recorded: %q", d.ctx.State.KeyStorage)
	}
	if !strings.Contains(strings.ReplaceAll(d.view(), "\n", ""), d.ctx.Keys.FilePath("default")) {
		t.Fatalf("the plain file's path is not shown:\n%s", d.view())
	}
}

func TestKeyNetworkFailureIsExplained(t *testing.T) {
	d := newDriver(t, nil, false)
	d.ctx.NewClient = func(k paystack.SecretKey) *paystack.Client {
		hc := &http.Client{Transport: keyTestTransport(func(*http.Request) (*http.Response, error) {
			return nil, errors.New("dial tcp: connection refused")
		})}
		return paystack.New(k, paystack.WithBaseURL(sandbox.BaseURL), paystack.WithHTTPClient(hc), paystack.WithMaxRetries(0))
	}
	d.step = NewKey(d.ctx)
	d.init()
	d.paste(sandbox.DemoTestKey)
	d.press("enter")
	v := d.view()
	if strings.Contains(v, "dial tcp") || !strings.Contains(v, "sandbox.paystack.invalid") {
		t.Fatalf("network failure not explained in the user's terms:\n%s", v)
	}
}

type keyTestTransport func(*http.Request) (*http.Response, error)

func (f keyTestTransport) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// stepProgram runs one step as a whole Bubble Tea program for teatest; the
// shell's messages show up on screen as markers a test can wait for.
type stepProgram struct {
	step   Step
	marker *string
}

func (p stepProgram) Init() tea.Cmd { return p.step.Init() }

func (p stepProgram) Update(m tea.Msg) (tea.Model, tea.Cmd) {
	switch v := m.(type) {
	case NextMsg:
		*p.marker = "<<NEXT>>"
		return p, nil
	case BackMsg:
		*p.marker = "<<BACK>>"
		return p, nil
	case GotoMsg:
		*p.marker = "<<GOTO " + v.ID + ">>"
		return p, nil
	}
	return p, p.step.Update(m)
}

func (p stepProgram) View() tea.View {
	return tea.NewView(p.step.View(80, 22) + "\n" + *p.marker)
}

func runStep(t *testing.T, s Step) *teatest.TestModel {
	t.Helper()
	tm := teatest.NewTestModel(t, stepProgram{step: s, marker: new(string)}, teatest.WithInitialTermSize(80, 24))
	t.Cleanup(func() { _ = tm.Quit() })
	return tm
}

func waitScreen(t *testing.T, tm *teatest.TestModel, texts ...string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		s := ansi.Strip(string(b))
		for _, x := range texts {
			if !strings.Contains(s, x) {
				return false
			}
		}
		return true
	}, teatest.WithDuration(10*time.Second))
}

func TestKeyProgramPublicAndTruncatedKeys(t *testing.T) {
	d := newDriver(t, nil, false)
	tm := runStep(t, NewKey(d.ctx))
	waitScreen(t, tm, "eye icon")
	tm.Send(tea.PasteMsg{Content: publicTestKey})
	waitScreen(t, tm, "public key")
	tm.Send(teakeys.Press("ctrl+u"))
	tm.Send(tea.PasteMsg{Content: sandbox.DemoTestKey[:30]})
	waitScreen(t, tm, "22")
	tm.Send(teakeys.Press("esc"))
	waitScreen(t, tm, "<<BACK>>")
}

// bindingHelp is the help bar's text for bindings.
func bindingHelp(bs []key.Binding) string {
	var parts []string
	for _, b := range bs {
		parts = append(parts, b.Help().Key+" "+b.Help().Desc)
	}
	return strings.Join(parts, " • ")
}
