package ui

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"paystack-setup/internal/teakeys"
	"strings"
	"sync"
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
	steps "paystack-setup/ui/legacysteps"
)

type shellEnv struct {
	t     *testing.T
	m     *Model
	ctx   *steps.Context
	saves int
	keys  *keystore.Store
}

// newShell builds the shell on real steps (welcome, key, webhook, summary)
// against an in-process sandbox Paystack.
func newShell(t *testing.T, demo bool, start string) *shellEnv {
	srv := sandbox.New(sandbox.Options{})
	hc := &http.Client{Transport: srv.Transport()}
	e := &shellEnv{t: t}
	e.keys = keystore.New(keystore.Options{Backend: keystore.NewMemoryBackend(), Dir: t.TempDir(), Getenv: func(string) string { return "" }})
	e.ctx = &steps.Context{
		Ctx: context.Background(), Profile: "default", Demo: demo,
		State: &state.State{Schema: state.SchemaVersion, Profile: "default"},
		Keys:  e.keys,
		NewClient: func(k paystack.SecretKey) *paystack.Client {
			return paystack.New(k, paystack.WithBaseURL(sandbox.BaseURL), paystack.WithHTTPClient(hc))
		},
		Audit: func(context.Context) []steps.CheckResult {
			return []steps.CheckResult{{Title: "Webhook URL", Status: "fail", Fix: "paste it", Step: "webhook"}}
		},
	}
	load := func() (Loaded, error) {
		return Loaded{Start: start, Steps: []steps.Step{
			steps.NewWelcome(e.ctx), steps.NewKey(e.ctx), steps.NewWebhook(e.ctx), steps.NewSummary(e.ctx),
		}}, nil
	}
	e.m = New(Options{Ctx: e.ctx, Load: load, Save: func() error { e.saves++; return nil }, Demo: demo, NoColor: true})
	e.run(e.m.Init())
	e.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	return e
}

// run executes commands synchronously like the runtime would, feeding their
// messages back; spinner ticks and cursor blinks are dropped so nothing loops.
func (e *shellEnv) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	m := cmd()
	switch v := m.(type) {
	case nil, spinner.TickMsg, cursor.BlinkMsg:
		return
	case tea.BatchMsg:
		for _, c := range v {
			e.run(c)
		}
		return
	}
	if _, isQuit := m.(tea.QuitMsg); isQuit {
		return
	}
	e.send(m)
}

func (e *shellEnv) send(m tea.Msg) {
	_, cmd := e.m.Update(m)
	e.run(cmd)
}

func (e *shellEnv) press(keys ...string) {
	for _, k := range keys {
		e.send(teakeys.Press(k))
	}
}

func (e *shellEnv) typeText(s string) {
	for _, r := range s {
		e.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

func (e *shellEnv) screen() string { return ansi.Strip(e.m.View().Content) }

func (e *shellEnv) want(subs ...string) {
	e.t.Helper()
	s := e.screen()
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			e.t.Fatalf("screen lacks %q:\n%s", sub, s)
		}
	}
}

func TestStepIndicatorAndHelpBar(t *testing.T) {
	e := newShell(t, false, "")
	e.want("Step 1 of 4 · Before you start", "enter", "ctrl+c")
	e.press("enter")
	e.want("Step 2 of 4 · Secret key", "esc back")
}

func TestBackKeepsAnswers(t *testing.T) {
	e := newShell(t, false, "")
	e.press("down", "enter") // Ghana
	e.typeText("sk_test_abc")
	e.press("esc")
	e.want("Step 1 of 4", "› Ghana")
	e.press("tab")
	e.want("Step 2 of 4")
	if !strings.Contains(e.screen(), "•••••••••••") {
		t.Fatalf("the typed key was lost going back and forth:\n%s", e.screen())
	}
}

func TestAnswersSavedAfterEachStep(t *testing.T) {
	e := newShell(t, false, "")
	e.press("enter")
	if e.saves != 1 || !e.ctx.State.IsDone("welcome") {
		t.Fatalf("saves %d, done %v", e.saves, e.ctx.State.Done)
	}
}

func TestSaveFailureStaysAndSaysSo(t *testing.T) {
	e := newShell(t, false, "")
	e.m.opts.Save = func() error { return errors.New("disk full: free some space") }
	e.press("enter")
	e.want("Step 1 of 4", "Could not save", "disk full", "quit (latest answers not saved)")
	if strings.Contains(e.screen(), "progress is saved") {
		t.Errorf("the help bar still promises the progress is saved:\n%s", e.screen())
	}
}

// The help bar says what ctrl+c keeps: the progress in a real run, nothing
// in the demo, which saves nothing.
func TestQuitKeySaysWhatIsKept(t *testing.T) {
	real := newShell(t, false, "")
	real.want(msg.T(msg.WizKeyQuit))
	demo := newShell(t, true, "")
	demo.want(msg.T(msg.WizKeyQuitDemo))
	if strings.Contains(demo.screen(), msg.T(msg.WizKeyQuit)) {
		t.Errorf("the demo's help bar promises the progress is saved:\n%s", demo.screen())
	}
}

func TestResumeAtSavedStep(t *testing.T) {
	e := newShell(t, false, "webhook")
	e.want("Step 3 of 4 · Webhook URL")
	if e.m.Current() != "webhook" {
		t.Fatalf("current %q", e.m.Current())
	}
}

func TestSummaryJumpAndBack(t *testing.T) {
	e := newShell(t, false, "summary")
	e.want("Step 4 of 4", "✗ Webhook URL")
	e.press("enter")
	e.want("Step 3 of 4 · Webhook URL")
}

func TestCtrlCQuitsAndSaves(t *testing.T) {
	e := newShell(t, false, "")
	_, cmd := e.m.Update(teakeys.Press("ctrl+c"))
	if !e.m.Interrupted() || e.saves != 1 {
		t.Fatalf("interrupted %v saves %d", e.m.Interrupted(), e.saves)
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Fatal("ctrl+c does not quit")
	}
}

func TestTooSmallSaysSo(t *testing.T) {
	e := newShell(t, false, "")
	e.send(tea.WindowSizeMsg{Width: 59, Height: 30})
	e.want("make the window at least", "60×20")
	e.send(tea.WindowSizeMsg{Width: 60, Height: 20})
	e.want("Step 1 of 4")
	for _, line := range strings.Split(e.screen(), "\n") {
		if ansi.StringWidth(line) > 60 {
			t.Fatalf("line wider than the window: %q", line)
		}
	}
	if n := strings.Count(e.screen(), "\n") + 1; n > 20 {
		t.Fatalf("%d lines in a 20-line window", n)
	}
}

// While only the resize advice shows, keys must not act on the hidden step:
// an enter used to choose the highlighted country and move on unseen.
func TestTooSmallIgnoresKeysButNotCtrlC(t *testing.T) {
	e := newShell(t, false, "")
	e.send(tea.WindowSizeMsg{Width: 40, Height: 12})
	e.press("down", "enter")
	e.send(tea.PasteMsg{Content: "ignored"})
	e.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	e.want("Step 1 of 4")
	if e.saves != 0 || e.ctx.State.IsDone("welcome") || e.ctx.State.Country != "" {
		t.Fatalf("keys typed into a too-small window acted: saves %d, country %q", e.saves, e.ctx.State.Country)
	}
	e.send(tea.WindowSizeMsg{Width: 20, Height: 8})
	e.press("ctrl+c")
	if !e.m.Interrupted() {
		t.Fatal("ctrl+c does not quit a too-small window")
	}
}

// brokenStep panics where a bug in a real step would.
type brokenStep struct{ inCmd, inSequence, inView bool }

func (brokenStep) ID() string          { return "welcome" }
func (brokenStep) Title() string       { return "Broken" }
func (brokenStep) Init() tea.Cmd       { return nil }
func (brokenStep) Keys() []key.Binding { return nil }
func (brokenStep) Busy() bool          { return false }
func (b brokenStep) View(int, int) string {
	if b.inView {
		panic("view bug")
	}
	return "broken step"
}
func (b brokenStep) Update(m tea.Msg) tea.Cmd {
	if b.inCmd {
		return tea.Batch(nil, func() tea.Msg { panic("command bug") })
	}
	if b.inSequence {
		if _, pressed := m.(tea.KeyPressMsg); !pressed {
			return nil
		}
		return tea.Sequence(func() tea.Msg { return nil }, func() tea.Msg { panic("sequenced command bug") })
	}
	panic("update bug")
}

// A bug in a step used to reach Bubble Tea's recovery: a Go stack trace on
// screen and no quit save. Now the answers are saved and the merchant reads
// the internal-error sentence.
func TestBugInAStepSavesAndSaysSoWithoutAStackTrace(t *testing.T) {
	for _, b := range []brokenStep{{}, {inCmd: true}} {
		saves := 0
		m := New(Options{Ctx: &steps.Context{State: &state.State{}}, NoColor: true,
			Load: func() (Loaded, error) { return Loaded{Steps: []steps.Step{b}}, nil },
			Save: func() error { saves++; return nil }})
		e := &shellEnv{t: t, m: m, ctx: m.ctx}
		e.run(m.Init())
		e.send(tea.WindowSizeMsg{Width: 80, Height: 24})
		e.press("enter")
		if m.Err() == nil || m.Err().Error() != msg.T(msg.ErrInternal) {
			t.Errorf("inCmd=%v: err %v, want the internal-error sentence", b.inCmd, m.Err())
		}
		if saves != 1 {
			t.Errorf("inCmd=%v: %d saves after the bug, want 1", b.inCmd, saves)
		}
	}
	m := New(Options{Ctx: &steps.Context{State: &state.State{}}, NoColor: true,
		Load: func() (Loaded, error) { return Loaded{Steps: []steps.Step{brokenStep{inView: true}}}, nil }})
	e := &shellEnv{t: t, m: m, ctx: m.ctx}
	e.run(m.Init())
	e.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	if got := e.screen(); !strings.Contains(got, "Something went wrong") || !strings.Contains(got, "ctrl+c") {
		t.Errorf("a broken view draws:\n%s", got)
	}
}

// Bubble Tea runs a tea.Sequence's commands itself, one by one; a bug in one
// of them must end the same way as anywhere else, in a real program.
func TestBugInASequencedCommandSavesAndSaysSo(t *testing.T) {
	saves := 0
	m := New(Options{Ctx: &steps.Context{State: &state.State{}}, NoColor: true,
		Load: func() (Loaded, error) { return Loaded{Steps: []steps.Step{brokenStep{inSequence: true}}}, nil },
		Save: func() error { saves++; return nil }})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	waitFor(t, tm.Output(), "broken step")
	tm.Send(teakeys.Press("enter"))
	final, ok := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(*Model)
	if !ok {
		t.Fatal("the program ended without its model")
	}
	if final.Err() == nil || final.Err().Error() != msg.T(msg.ErrInternal) {
		t.Errorf("err %v, want the internal-error sentence", final.Err())
	}
	if saves != 1 {
		t.Errorf("%d saves after the bug, want 1", saves)
	}
}

func TestDemoLabelOnEveryScreen(t *testing.T) {
	e := newShell(t, true, "")
	for _, id := range []string{"welcome", "key", "webhook", "summary"} {
		e.send(steps.GotoMsg{ID: id})
		e.want("DEMO")
	}
	e.send(tea.WindowSizeMsg{Width: 40, Height: 10})
	e.want("DEMO", "60×20")
	plain := newShell(t, false, "")
	if strings.Contains(plain.screen(), "DEMO") {
		t.Fatal("DEMO label outside the demo")
	}
}

func TestLoadFailureEndsWithTheError(t *testing.T) {
	m := New(Options{Load: func() (Loaded, error) { return Loaded{}, errors.New("another wizard holds the profile") }})
	load := m.Init()
	for _, c := range load().(tea.BatchMsg) {
		if msg := c(); msg != nil {
			m.Update(msg)
		}
	}
	if m.Err() == nil {
		t.Fatal("a failed load was not reported")
	}
}

// frameRecorder keeps every frame the program draws.
type frameRecorder struct {
	*Model
	mu     *sync.Mutex
	frames *[]string
}

func (r frameRecorder) Update(m tea.Msg) (tea.Model, tea.Cmd) {
	_, cmd := r.Model.Update(m)
	return r, cmd
}

func (r frameRecorder) View() tea.View {
	v := r.Model.View()
	r.mu.Lock()
	*r.frames = append(*r.frames, v.Content)
	r.mu.Unlock()
	return v
}

func TestNoFrameEverShowsTheWholeKey(t *testing.T) {
	e := newShell(t, false, "key")
	e.m.loaded = false // let the program load it again
	rec := frameRecorder{Model: New(e.m.opts), mu: &sync.Mutex{}, frames: &[]string{}}
	tm := teatest.NewTestModel(t, rec, teatest.WithInitialTermSize(80, 24))
	waitFor(t, tm.Output(), "Secret key")
	tm.Send(tea.PasteMsg{Content: sandbox.DemoTestKey})
	tm.Send(teakeys.Press("enter"))
	waitFor(t, tm.Output(), "accepted")
	tm.Send(teakeys.Press("enter"))
	waitFor(t, tm.Output(), "Webhook")
	tm.Send(teakeys.Press("ctrl+c"))
	out, _ := io.ReadAll(tm.FinalOutput(t, teatest.WithFinalTimeout(10*time.Second)))
	if bytes.Contains(out, []byte(sandbox.DemoTestKey)) {
		t.Fatal("the terminal output contains the whole key")
	}
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if len(*rec.frames) < 3 {
		t.Fatalf("only %d frames recorded", len(*rec.frames))
	}
	for _, f := range *rec.frames {
		if strings.Contains(f, sandbox.DemoTestKey) || strings.Contains(f, sandbox.DemoTestKey[8:]) {
			t.Fatalf("a frame shows the key:\n%s", f)
		}
	}
	if !rec.Model.Interrupted() {
		t.Fatal("ctrl+c was not recorded as an interruption")
	}
}

func waitFor(t *testing.T, r io.Reader, text string) {
	t.Helper()
	teatest.WaitFor(t, r, func(b []byte) bool { return bytes.Contains(b, []byte(text)) },
		teatest.WithDuration(10*time.Second))
}

func TestNoColorDrawsNoColours(t *testing.T) {
	e := newShell(t, true, "")
	e.send(tea.BackgroundColorMsg{})
	if strings.Contains(e.m.View().Content, "\x1b[38") || strings.Contains(e.m.View().Content, "\x1b[48") {
		t.Fatal("colours drawn although NO_COLOR / --no-color asked for none")
	}
}

// TestHelpBarShowsEveryKey: at 80 columns, in both languages, the help bar
// wraps rather than hiding keys behind "…", so the demo key step still shows
// how to fill the demo key and how to quit, and no row is wider than the
// window as a terminal without grapheme support counts it.
func TestHelpBarShowsEveryKey(t *testing.T) {
	defer msg.SetLang(msg.Current())
	for _, lang := range msg.Langs {
		msg.SetLang(lang)
		e := newShell(t, true, "key")
		e.want(msg.T(msg.StKeyDemoFill), msg.T(msg.WizKeyQuitDemo), msg.T(msg.WizKeyBack))
		if strings.Contains(e.screen(), "…\n") || strings.HasSuffix(e.screen(), "…") {
			t.Errorf("%s: the help bar still hides keys:\n%s", lang, e.screen())
		}
		for _, line := range strings.Split(e.screen(), "\n") {
			if w := ansi.StringWidthWc(line); w > 80 {
				t.Errorf("%s: row %d cells wide in an 80-column window: %q", lang, w, line)
			}
		}
		if n := strings.Count(e.screen(), "\n") + 1; n > 24 {
			t.Errorf("%s: %d rows in a 24-row window", lang, n)
		}
	}
}

// TestNoticeKeepsPathWhole: a notice naming a file keeps its path on one row
// so that it can be copied.
// A path wider than the window was cut at the right edge, so the merchant
// never learnt where the damaged answers were moved; every character must show.
func TestNoticeShowsAPathWiderThanTheWindow(t *testing.T) {
	path := "/home/oluwaseun/.config/paystack-setup/profiles/default/state.json.corrupt-20261127T045412Z"
	e := newShell(t, false, "")
	e.m.notices = []string{msg.T(msg.StateCorruptMoved, path)}
	for _, width := range []int{60, 80} {
		e.send(tea.WindowSizeMsg{Width: width, Height: 24})
		var joined strings.Builder
		for _, line := range strings.Split(e.screen(), "\n") {
			if ansi.StringWidthWc(line) > width {
				t.Fatalf("at %d columns a line is %d wide and would be cut: %q", width, ansi.StringWidthWc(line), line)
			}
			joined.WriteString(strings.TrimSpace(line))
		}
		if !strings.Contains(joined.String(), path) {
			t.Errorf("at %d columns the moved-to path is not all on screen:\n%s", width, e.screen())
		}
	}
}

func TestNoticeKeepsPathWhole(t *testing.T) {
	path := "/home/amaka/.config/paystack-setup/profiles/shop/state.json.bad"
	// From the width where "path;" fits; a narrower window must break it
	// (TestNoticeShowsAPathWiderThanTheWindow).
	for width := len(path) + 1; width <= 90; width++ {
		out := wrapText("Your saved answers could not be read and were moved to "+path+"; starting over.", width)
		if !strings.Contains(out, path) {
			t.Fatalf("at %d columns the path is split:\n%s", width, out)
		}
	}
}

// TestFixFromSummaryReturnsThere: a check fixed from the summary brings the
// merchant back to the summary, not through the steps after the fixed one;
// a new subaccount goes on to systeme.io, where it has to be chosen again.
func TestFixFromSummaryReturnsThere(t *testing.T) {
	e := newShell(t, false, "")
	load := func() (Loaded, error) {
		return Loaded{Start: "summary", Steps: []steps.Step{
			steps.NewWelcome(e.ctx), steps.NewKey(e.ctx), steps.NewWebhook(e.ctx), steps.NewCheckout(e.ctx), steps.NewSummary(e.ctx),
		}}, nil
	}
	e.m = New(Options{Ctx: e.ctx, Load: load, Save: func() error { e.saves++; return nil }, NoColor: true})
	e.run(e.m.Init())
	e.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	e.want("Step 5 of 5", "✗ Webhook URL")
	e.press("enter")
	e.want("Step 3 of 5 · Webhook URL")
	e.typeText("https://systeme.io/api/paystack/webhook/abc123")
	e.press("enter", "enter")
	if e.m.Current() != "summary" {
		t.Fatalf("after fixing the webhook URL from the summary the wizard shows %q, not the summary:\n%s", e.m.Current(), e.screen())
	}
	// Going back from a jumped-to step is ordinary back navigation.
	e.press("enter")
	e.press("esc")
	if e.m.Current() != "key" {
		t.Fatalf("esc from the jumped-to webhook step shows %q, want the step before it", e.m.Current())
	}
	e.send(steps.GotoMsg{ID: "webhook"})
	e.press("enter")
	if e.m.Current() != "checkout" {
		t.Fatalf("a step reached by going back and forth returns to the summary: now %q", e.m.Current())
	}
}

// TestAPastedEscapeSequenceGoesWhole: a field drops ESC and BEL by itself but
// would keep the rest of a pasted sequence as text; the shell cleans pastes
// first, so what reaches the field (and the saved answers) is what was meant.
func TestAPastedEscapeSequenceGoesWhole(t *testing.T) {
	e := newShell(t, false, "webhook")
	url := "https://systeme.io/api/payment/paystack/webhook/abc"
	e.send(tea.PasteMsg{Content: url + "\x1b]0;pwned\x07"})
	e.want(url)
	if s := e.screen(); strings.Contains(s, "pwned") || strings.Contains(s, "]0;") {
		t.Fatalf("the rest of the pasted escape sequence is in the field:\n%s", s)
	}
}
