package ui

import (
	"context"
	"encoding/base64"
	"errors"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"paystack-setup/internal/teakeys"
	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/problem"
	"paystack-setup/setup"
	"paystack-setup/state"
	"paystack-setup/steps"
)

// probe runs the shell and keeps the last frame it drew, so a test reads
// the screen as the merchant sees it rather than the renderer's diffs.
type probe struct {
	*Wizard
	mu     sync.Mutex
	screen string
	width  int // of the last window size the shell was given
	synced int // the last syncMsg through Update
}

// syncMsg follows what a test sent: once it is through Update, so is
// everything sent before it.
type syncMsg struct{ n int }

func (p *probe) Update(m tea.Msg) (tea.Model, tea.Cmd) {
	_, cmd := p.Wizard.Update(m)
	p.mu.Lock()
	p.screen = ansi.Strip(p.Wizard.View().Content)
	switch v := m.(type) {
	case tea.WindowSizeMsg:
		p.width = v.Width
	case syncMsg:
		p.synced = v.n
	}
	p.mu.Unlock()
	return p, cmd
}

func (p *probe) last() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.screen
}

type harness struct {
	t     *testing.T
	tm    *teatest.TestModel
	p     *probe
	root  string
	syncs int
}

// newSession opens a profile in a temporary folder, with key in a memory
// keyring when it is not empty.
func newSession(t *testing.T, key string) (open func(context.Context) (*setup.Session, []msg.Text, error), root string) {
	t.Helper()
	root = t.TempDir()
	keys := keystore.New(keystore.Options{Backend: keystore.NewMemoryBackend(), Dir: root, Getenv: func(string) string { return "" }})
	if key != "" {
		k, err := paystack.ParseSecretKey(key)
		if err != nil {
			t.Fatal(err)
		}
		if err := keys.Set(context.Background(), "default", k); err != nil {
			t.Fatal(err)
		}
	}
	return func(ctx context.Context) (*setup.Session, []msg.Text, error) {
		s, _, err := setup.Open(ctx, setup.Options{Profile: "default", StateRoot: root, Keys: keys})
		return s, nil, err
	}, root
}

// start runs the shell on flow, over a fresh session unless o.Open is set.
func start(t *testing.T, o WizardOptions, flow func(context.Context, *setup.Session, steps.Prompter) error) *harness {
	t.Helper()
	msg.SetLang(msg.English)
	h := &harness{t: t}
	if o.Open == nil {
		o.Open, h.root = newSession(t, "")
	}
	o.Flow, o.NoColor = flow, true
	h.p = &probe{Wizard: NewWizard(o)}
	h.tm = teatest.NewTestModel(t, h.p, teatest.WithInitialTermSize(80, 24))
	t.Cleanup(func() {
		_ = h.tm.Quit()
		if s := h.p.Session(); s != nil {
			_ = s.Close()
		}
	})
	return h
}

// want waits until the screen shows every text.
func (h *harness) want(texts ...string) string {
	h.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		s := h.p.last()
		missing := ""
		for _, x := range texts {
			if !strings.Contains(s, x) {
				missing = x
				break
			}
		}
		if missing == "" {
			return s
		}
		if time.Now().After(deadline) {
			h.t.Fatalf("the screen never showed %q:\n%s", missing, s)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// wantGone waits until the screen shows none of texts.
func (h *harness) wantGone(texts ...string) {
	h.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		s := h.p.last()
		shown := ""
		for _, x := range texts {
			if strings.Contains(s, x) {
				shown = x
			}
		}
		if shown == "" {
			return
		}
		if time.Now().After(deadline) {
			h.t.Fatalf("the screen still shows %q:\n%s", shown, s)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (h *harness) press(keys ...string) {
	for _, k := range keys {
		h.tm.Send(teakeys.Press(k))
	}
}

// end waits for the program to quit and returns the shell.
func (h *harness) end() *Wizard {
	h.t.Helper()
	h.tm.WaitFinished(h.t, teatest.WithFinalTimeout(10*time.Second), teatest.WithTimeoutFn(func(tb testing.TB) {
		tb.Fatalf("the program did not end; last screen:\n%s", h.p.last())
	}))
	return h.p.Wizard
}

func saved(t *testing.T, root string) *state.State {
	t.Helper()
	st, _, err := state.Read(root, "default")
	if err != nil {
		t.Fatal(err)
	}
	return &st
}

// flowOf runs the given steps with the wizard's own loop.
func flowOf(list ...steps.Step) func(context.Context, *setup.Session, steps.Prompter) error {
	return func(ctx context.Context, s *setup.Session, p steps.Prompter) error {
		return steps.Run(ctx, s, p, list)
	}
}

func step(id string, title msg.ID, run func(context.Context, *setup.Session, steps.Prompter) error) steps.Step {
	return steps.Step{ID: id, Title: title, Run: run}
}

var plain = func(s string) msg.Text { return msg.New(msg.Verbatim, s) }

func TestShellStepIndicatorHelpBarAndBack(t *testing.T) {
	ask := func(title string) func(context.Context, *setup.Session, steps.Prompter) error {
		return func(_ context.Context, _ *setup.Session, p steps.Prompter) error {
			_, err := p.Choose(steps.Choice{Title: plain(title), Options: []steps.Option{{Label: plain("red")}, {Label: plain("blue")}}})
			return err
		}
	}
	h := start(t, WizardOptions{}, flowOf(step("welcome", msg.StWelcomeTitle, ask("first?")), step("systeme", msg.StSysTitle, ask("second?"))))
	s := h.want("Step 1 of 2 · Before you start", "first?", "› red", "↑ up", "enter choose", "ctrl+c quit (progress is saved)")
	if strings.Contains(s, "esc back") {
		t.Errorf("the very first question offers back:\n%s", s)
	}
	h.press("esc") // nowhere to go: ignored
	h.press("down", "enter")
	h.want("Step 2 of 2 · Connect in systeme.io", "second?", "esc back")
	h.press("esc")
	h.want("Step 1 of 2", "first?")
	h.press("enter")
	h.want("second?")
	h.press("enter")
	if w := h.end(); !w.Finished() || w.Interrupted() || w.Err() != nil {
		t.Fatalf("finished %v interrupted %v err %v", w.Finished(), w.Interrupted(), w.Err())
	}
	if st := saved(t, h.root); !st.IsDone("welcome") || !st.IsDone("systeme") {
		t.Fatalf("done on disk %v", st.Done)
	}
}

// ctrl+c in the middle of a form: the flow is told, keeps what was typed as
// a draft and saves before the program ends.
func TestShellCtrlCKeepsTheFormAndSavesBeforeQuitting(t *testing.T) {
	form := step("checkout", msg.CkTitle, func(_ context.Context, _ *setup.Session, p steps.Prompter) error {
		return p.Form(&steps.Form{ID: "plan", Title: plain("A plan"), Fields: []steps.Field{
			{Key: "name", Label: plain("Name")}, {Key: "amount", Label: plain("Amount")}}})
	})
	h := start(t, WizardOptions{}, flowOf(form))
	h.want("A plan", "› Name:", "next field")
	h.tm.Type("Gold")
	h.press("enter")
	h.want("› Amount:", "previous field")
	h.tm.Type("50")
	h.want("50")
	h.press("ctrl+c")
	w := h.end()
	if !w.Interrupted() || w.Err() != nil || w.SaveErr() != nil {
		t.Fatalf("interrupted %v err %v saveErr %v", w.Interrupted(), w.Err(), w.SaveErr())
	}
	if d := saved(t, h.root).Drafts["plan"]; d["name"] != "Gold" || d["amount"] != "50" {
		t.Fatalf("draft on disk %v", d)
	}
}

// SIGTERM and SIGHUP arrive as StopMsg: the same as ctrl+c.
func TestShellStopMsgSavesLikeCtrlC(t *testing.T) {
	ask := step("systeme", msg.StSysTitle, func(_ context.Context, s *setup.Session, p steps.Prompter) error {
		s.RecordSystemeConnected() // an answer in memory, not yet saved
		_, err := p.Input(steps.Input{Title: plain("anything?")})
		return err
	})
	h := start(t, WizardOptions{}, flowOf(ask))
	h.want("anything?")
	h.tm.Send(StopMsg{})
	if w := h.end(); !w.Interrupted() {
		t.Fatal("StopMsg did not end the wizard as interrupted")
	}
	if !saved(t, h.root).SystemeConnected {
		t.Fatal("the answers were not saved on the way out")
	}
}

func TestShellInputMasksSecretsValidatesLiveAndShowsRefusals(t *testing.T) {
	var got []string
	in := step("key", msg.StKeyTitle, func(_ context.Context, _ *setup.Session, p steps.Prompter) error {
		v, err := p.Input(steps.Input{Title: plain("The key"), Secret: true, Submit: msg.New(msg.StKeyVerify),
			Validate: func(s string) error {
				if len(s) < 4 {
					return problem.New(msg.Verbatim, "four characters at least")
				}
				return nil
			},
			Notes: func(s string) []steps.Block {
				return []steps.Block{steps.Note(steps.Muted, msg.Verbatim, "typed "+strconv.Itoa(len(s)))}
			},
		})
		got = append(got, v)
		if err != nil {
			return err
		}
		v, err = p.Input(steps.Input{Title: plain("A URL"), Value: "http://x", Refused: problem.New(msg.Verbatim, "needs https")})
		got = append(got, v)
		return err
	})
	h := start(t, WizardOptions{}, flowOf(in))
	h.want("The key", "enter check with Paystack")
	h.tm.Type("ab")
	s := h.want("four characters at least", "typed 2", "••")
	if strings.Contains(s, "ab") {
		t.Errorf("the secret is drawn:\n%s", s)
	}
	h.press("enter") // refused: stays
	h.tm.Type("cd")
	h.want("typed 4")
	h.press("enter")
	h.want("A URL", "needs https", "http://x")
	h.tm.Type("s")
	if s := h.want("http://xs"); strings.Contains(s, "needs https") {
		t.Errorf("a refusal outlives the text it was about:\n%s", s)
	}
	h.press("enter")
	h.end()
	if len(got) != 2 || got[0] != "abcd" || got[1] != "http://xs" {
		t.Fatalf("answers %q", got)
	}
}

func TestShellActionChoiceTakesKeysAndCopies(t *testing.T) {
	var picked []int
	act := step("webhook", msg.StHookTitle, func(_ context.Context, _ *setup.Session, p steps.Prompter) error {
		for {
			n, err := p.Choose(steps.Choice{Style: steps.ActionStyle, Title: plain("Press enter when done."),
				Body:    []steps.Block{steps.Note(steps.Success, msg.StHookAccepted), steps.Literal("https://systeme.io/h")},
				Options: []steps.Option{{Label: msg.New(msg.StHookDone)}, {Label: msg.New(msg.StHookCopy), Key: "c"}}})
			if err != nil {
				return err
			}
			picked = append(picked, n)
			if n == 0 {
				return nil
			}
			p.Copy("https://systeme.io/h")
		}
	})
	h := start(t, WizardOptions{}, flowOf(act))
	h.want("✓ Webhook URL:", "\nhttps://systeme.io/h\n", "Press enter when done.", "enter done, I pasted it", "c copy URL")
	h.press("c")
	teatest.WaitFor(t, h.tm.Output(), func(b []byte) bool {
		return strings.Contains(string(b), base64.StdEncoding.EncodeToString([]byte("https://systeme.io/h")))
	}, teatest.WithDuration(10*time.Second))
	h.press("enter")
	h.end()
	if len(picked) != 2 || picked[0] != 1 || picked[1] != 0 {
		t.Fatalf("picked %v", picked)
	}
}

// A long list arrives in pages while the merchant filters it; enter picks
// the row under the cursor, an Extra option has its own key.
func TestShellPickStreamsFiltersAndPicks(t *testing.T) {
	release := make(chan struct{})
	var picked []int
	pick := step("subaccount", msg.SubAcctTitle, func(_ context.Context, _ *setup.Session, p steps.Prompter) error {
		q := steps.Pick{Title: plain("Choose one"), Columns: []msg.Text{plain("Name"), plain("Bank")},
			Extra: []steps.Option{{Label: plain("create new"), Key: "ctrl+n"}},
			Load: func(ctx context.Context, emit func([]steps.Row, int)) error {
				emit([]steps.Row{{Cells: []string{"Ada Shop", "GTBank"}}, {Cells: []string{"Bola Bakes", "Zenith"}}}, 3)
				select {
				case <-release:
				case <-ctx.Done():
					return ctx.Err()
				}
				emit([]steps.Row{{Cells: []string{"Chidi\x1b[31m Crafts", "Access"}, Search: "chidiebere"}}, 3)
				return nil
			}}
		for range 2 {
			n, err := p.Pick(q)
			if err != nil {
				return err
			}
			picked = append(picked, n)
		}
		return nil
	})
	h := start(t, WizardOptions{}, flowOf(pick))
	h.want("Choose one", "Ada Shop", "2 of 2", "loading 2 of 3", "ctrl+n create new")
	h.tm.Type("ebere")
	h.want("0 of 2")
	close(release)
	h.want("1 of 3", "Chidi Crafts")
	h.wantGone("loading") // the progress ends with the last page
	h.press("enter")
	h.want("Choose one")
	h.press("ctrl+n")
	h.end()
	if len(picked) != 2 || picked[0] != 2 || picked[1] != steps.ExtraChosen(0) {
		t.Fatalf("picked %v, want row 2 then the extra option", picked)
	}
}

func TestShellWaitShowsTheLabelAndEscCancels(t *testing.T) {
	var got error
	wait := step("key", msg.StKeyTitle, func(ctx context.Context, _ *setup.Session, p steps.Prompter) error {
		got = p.Wait(msg.New(msg.AccChecking), func(ctx context.Context) error {
			<-ctx.Done()
			return ctx.Err()
		})
		_, err := p.Input(steps.Input{Title: plain("after the wait")})
		return err
	})
	h := start(t, WizardOptions{}, flowOf(wait))
	h.want("Checking with Paystack", "esc cancel")
	h.press("esc")
	h.want("after the wait")
	h.press("enter")
	h.end()
	if !errors.Is(got, steps.ErrCanceled) {
		t.Fatalf("Wait returned %v, want ErrCanceled", got)
	}
}

// Keys typed while the flow works between two questions (saving, the next
// step's start) go to the next question, not nowhere.
func TestShellKeysTypedBetweenQuestionsAreKept(t *testing.T) {
	gate := make(chan struct{})
	var got string
	slow := step("webhook", msg.StHookTitle, func(_ context.Context, _ *setup.Session, p steps.Prompter) error {
		if _, err := p.Choose(steps.Choice{Title: plain("go?"), Options: []steps.Option{{Label: plain("go")}}}); err != nil {
			return err
		}
		<-gate
		v, err := p.Input(steps.Input{Title: plain("type here")})
		got = v
		return err
	})
	h := start(t, WizardOptions{}, flowOf(slow))
	h.want("go?")
	h.press("enter")
	h.tm.Type("early")
	h.press("enter")
	close(gate)
	h.end()
	if got != "early" {
		t.Fatalf("got %q, want the keys typed before the question showed", got)
	}
}

// Keys typed ahead of a wait go to the wait, not past it: enter pressed
// twice on "keep this key" started the check with the first and stayed
// queued with the second; esc stopped the check, and the second enter at
// once answered "keep this key" again, so the check started over and esc
// seemed to do nothing (found by the monkey test).
func TestShellKeysTypedBeforeAWaitDoNotOutliveIt(t *testing.T) {
	gate := make(chan struct{})
	var checks atomic.Int32
	flow := step("key", msg.StKeyTitle, func(ctx context.Context, _ *setup.Session, p steps.Prompter) error {
		for {
			n, err := p.Choose(steps.Choice{Title: plain("keep this key?"), Options: []steps.Option{{Label: plain("keep")}, {Label: plain("replace")}}})
			if err != nil || n == 1 {
				return err
			}
			<-gate // the flow on its way to the check, as the second enter comes
			err = p.Wait(msg.New(msg.AccChecking), func(ctx context.Context) error {
				checks.Add(1)
				<-ctx.Done()
				return ctx.Err()
			})
			if !errors.Is(err, steps.ErrCanceled) {
				return err
			}
		}
	})
	h := start(t, WizardOptions{}, flowOf(flow))
	h.want("keep this key?")
	h.press("enter", "enter")
	h.sync()
	close(gate)
	h.want("Checking with Paystack", "esc cancel")
	h.press("esc")
	h.want("keep this key?")
	h.sync()
	if s := h.p.last(); checks.Load() != 1 || !strings.Contains(s, "keep this key?") {
		t.Fatalf("esc stopped the check, and a key typed before it started it again (%d checks):\n%s", checks.Load(), s)
	}
	h.press("down", "enter")
	h.end()
}

// Whatever way a key reaches the screen, it is drawn masked; pasted outside
// a secret field it is refused.
func TestShellMasksKeysAndRefusesThemPastedElsewhere(t *testing.T) {
	var got string
	leak := step("webhook", msg.StHookTitle, func(_ context.Context, _ *setup.Session, p steps.Prompter) error {
		p.Tell(steps.Literal(sandbox.DemoTestKey))
		v, err := p.Input(steps.Input{Title: plain("URL")})
		got = v
		return err
	})
	h := start(t, WizardOptions{}, flowOf(leak))
	if s := h.want("URL", "sk_test_"); strings.Contains(s, sandbox.DemoTestKey) {
		t.Fatalf("the key is drawn:\n%s", s)
	}
	h.tm.Send(tea.PasteMsg{Content: sandbox.DemoTestKey})
	h.want(msg.In(msg.English, msg.KeystorePastedOutsideKeyStep)[:40])
	h.press("enter")
	h.end()
	if got != "" {
		t.Fatal("the pasted key reached the field")
	}
}

func TestShellTooSmallIgnoresKeys(t *testing.T) {
	var answered bool
	ask := step("welcome", msg.StWelcomeTitle, func(_ context.Context, _ *setup.Session, p steps.Prompter) error {
		_, err := p.Choose(steps.Choice{Title: plain("pick"), Options: []steps.Option{{Label: plain("a")}}})
		answered = err == nil
		return err
	})
	h := start(t, WizardOptions{}, flowOf(ask))
	h.want("pick")
	h.tm.Send(tea.WindowSizeMsg{Width: 59, Height: 30})
	h.want("make the window at least", "60×20")
	h.press("enter")
	h.tm.Send(tea.WindowSizeMsg{Width: 60, Height: 20})
	h.want("pick")
	h.press("ctrl+c")
	h.end()
	if answered {
		t.Fatal("enter answered a question hidden behind the resize advice")
	}
}

// A bug in a step ends the program with the internal-error sentence after
// the answers are saved; no stack trace.
func TestShellFlowPanicSavesAndEndsWithTheInternalError(t *testing.T) {
	boom := step("systeme", msg.StSysTitle, func(_ context.Context, s *setup.Session, _ steps.Prompter) error {
		s.RecordSystemeConnected()
		panic("a bug")
	})
	h := start(t, WizardOptions{}, flowOf(boom))
	w := h.end()
	if !errors.Is(w.Err(), steps.ErrInternal) || w.Interrupted() {
		t.Fatalf("err %v interrupted %v", w.Err(), w.Interrupted())
	}
	if !saved(t, h.root).SystemeConnected {
		t.Fatal("the answers were not saved")
	}
}

// A step that stops ends the program with its Stop for the caller to
// print once the screen is closed (exit 1), the answers before it saved; it
// is neither an interrupt nor a bug.
func TestShellStopEndsWithTheStepsWords(t *testing.T) {
	first := step("welcome", msg.StWelcomeTitle, func(_ context.Context, s *setup.Session, _ steps.Prompter) error {
		return s.RecordCountry("GH")
	})
	stops := step("key", msg.StKeyTitle, func(context.Context, *setup.Session, steps.Prompter) error {
		return &steps.Stop{Why: msg.New(msg.AccKeyEnvFix)}
	})
	h := start(t, WizardOptions{}, flowOf(first, stops))
	w := h.end()
	var stop *steps.Stop
	if !errors.As(w.Err(), &stop) || stop.Why.ID != msg.AccKeyEnvFix || w.Interrupted() || w.Finished() {
		t.Fatalf("err %v interrupted %v finished %v", w.Err(), w.Interrupted(), w.Finished())
	}
	if st := saved(t, h.root); st.Country != "GH" || !st.IsDone("welcome") {
		t.Fatalf("the answers before the stop were not saved: %+v", st)
	}
}

// A glance stays on screen until enter, since the next page would replace
// it at once; esc goes back from it like from any question.
func TestShellGlanceWaitsForEnter(t *testing.T) {
	var answers []error
	glance := step("key", msg.StKeyTitle, func(_ context.Context, _ *setup.Session, p steps.Prompter) error {
		for range 2 {
			_, err := p.Choose(steps.Choice{Glance: true, Style: steps.ActionStyle,
				Body: []steps.Block{steps.Note(steps.Success, msg.StKeyVerified)}, Options: []steps.Option{{Label: msg.New(msg.WizKeyNext)}}})
			answers = append(answers, err)
		}
		return nil
	})
	h := start(t, WizardOptions{}, flowOf(step("welcome", msg.StWelcomeTitle, func(context.Context, *setup.Session, steps.Prompter) error { return nil }), glance))
	h.want("Step 2 of 2", "✓ Paystack accepted the secret key.", "enter next", "esc back")
	h.press("esc")
	h.want("Step 2 of 2", "✓ Paystack accepted the secret key.")
	h.press("enter")
	if w := h.end(); !w.Finished() {
		t.Fatalf("err %v", w.Err())
	}
	if len(answers) != 2 || !errors.Is(answers[0], steps.ErrBack) || answers[1] != nil {
		t.Fatalf("answers %v, want back then enter", answers)
	}
}

func TestShellOpenFailureEndsWithItsError(t *testing.T) {
	refused := errors.New("another wizard holds the profile")
	h := start(t, WizardOptions{Open: func(context.Context) (*setup.Session, []msg.Text, error) { return nil, nil, refused }},
		flowOf())
	if w := h.end(); !errors.Is(w.Err(), refused) || w.Interrupted() || w.Session() != nil {
		t.Fatalf("err %v interrupted %v", w.Err(), w.Interrupted())
	}
}

func TestShellDemoSaysNothingIsKept(t *testing.T) {
	ask := step("welcome", msg.StWelcomeTitle, func(_ context.Context, _ *setup.Session, p steps.Prompter) error {
		_, err := p.Choose(steps.Choice{Title: plain("pick"), Options: []steps.Option{{Label: plain("a")}}})
		return err
	})
	h := start(t, WizardOptions{Demo: true}, flowOf(ask))
	if s := h.want("DEMO", "quit (the demo saves nothing)"); strings.Contains(s, "progress is saved") {
		t.Errorf("the demo promises to save:\n%s", s)
	}
	h.press("ctrl+c")
	h.end()
}

// A form's fields are edited together: text checked when it is left,
// toggles and selects changed with their keys, Resolve's answer shown under
// its field, and esc walking back a field at a time.
func TestShellFormFieldsTogetherWithResolve(t *testing.T) {
	var values map[string]string
	form := step("subaccount", msg.SubAcctTitle, func(_ context.Context, _ *setup.Session, p steps.Prompter) error {
		f := &steps.Form{Title: plain("New subaccount"), Submit: plain("review"),
			Fields: []steps.Field{
				{Key: "account", Label: plain("Account number"), Validate: func(v string) error {
					if len(v) != 10 {
						return problem.New(msg.Verbatim, "ten digits, please")
					}
					return nil
				}},
				{Key: "kind", Label: plain("Kind"), Kind: steps.SelectField, Value: "0", Options: []steps.Option{{Label: plain("savings")}, {Label: plain("current")}}},
				{Key: "agree", Label: plain("I agree"), Kind: steps.ToggleField},
			},
			Resolve: func(_ context.Context, changed string, v map[string]string) ([]steps.Block, error) {
				if changed != "account" {
					return nil, nil
				}
				return []steps.Block{steps.Note(steps.Success, msg.Verbatim, "Account name: ADA OBI ("+v["account"]+")")}, nil
			}}
		err := p.Form(f)
		values = f.Values()
		return err
	})
	h := start(t, WizardOptions{}, flowOf(form))
	h.want("New subaccount", "› Account number:", "enter next field")
	h.tm.Type("123")
	h.press("enter")
	h.want("ten digits, please")
	h.tm.Type("4567890")
	h.press("enter")
	h.want("✓ Account name: ADA OBI (1234567890)", "Kind:", "‹ savings ›", "←/→ change", "esc previous field")
	h.press("right")
	h.want("‹ current ›")
	h.press("enter")
	h.want("› [ ] I agree", "space tick or untick", "enter review")
	h.press("space")
	h.want("› [x] I agree")
	h.press("esc")
	h.want("› Kind:")
	h.press("enter", "enter")
	h.end()
	if values["account"] != "1234567890" || values["kind"] != "1" || values["agree"] != "yes" {
		t.Fatalf("values %v", values)
	}
}

// A list choice shows each option's mark and its fix, and the cursor starts
// on the default.
func TestShellListChoiceMarksDetailsAndDefault(t *testing.T) {
	var got int
	ch := step("summary", msg.StSumTitle, func(_ context.Context, _ *setup.Session, p steps.Prompter) error {
		n, err := p.Choose(steps.Choice{Title: plain("Checks"), Default: 1, Options: []steps.Option{
			{Label: plain("Key accepted"), Mark: "pass"},
			{Label: plain("Webhook URL"), Mark: "fail", Detail: plain("paste it in Paystack")},
		}})
		got = n
		return err
	})
	h := start(t, WizardOptions{}, flowOf(ch))
	h.want("  ✓ Key accepted", "› ✗ Webhook URL", "    → paste it in Paystack")
	h.press("up", "enter")
	h.end()
	if got != 0 {
		t.Fatalf("chose %d", got)
	}
}

// A list whose loading is slow: esc stops it and keeps the rows that
// arrived, r loads it all again from the first row, a failed load says why
// and how to try again, words are shown in the merchant's language, and a
// list can start filtered (the bank chosen before).
func TestShellPickStopsLoadsAgainAndStartsFiltered(t *testing.T) {
	var loads atomic.Int32
	failed := &paystack.Error{Kind: paystack.KindUnavailable, Status: 503}
	rows := []steps.Row{
		{Cells: []string{"Ada Shop", ""}, Words: []msg.Text{{}, msg.New(msg.SubAcctYes)}},
		{Cells: []string{"Bola Bakes", ""}, Words: []msg.Text{{}, msg.New(msg.SubAcctNo)}},
		{Cells: []string{"Chidi Crafts", "?"}},
	}
	var picked []int
	pick := step("subaccount", msg.SubAcctTitle, func(_ context.Context, _ *setup.Session, p steps.Prompter) error {
		q := steps.Pick{Title: plain("Choose one"), Columns: []msg.Text{plain("Name"), plain("Active")},
			Load: func(ctx context.Context, emit func([]steps.Row, int)) error {
				switch loads.Add(1) {
				case 1: // the first page, then the rest never comes
					emit(rows[:2], 3)
					<-ctx.Done()
					return ctx.Err()
				case 2:
					return failed
				}
				emit(rows, 3)
				return nil
			}}
		for _, filter := range []string{"", "chidi"} {
			q.Filter = filter
			n, err := p.Pick(q)
			if err != nil {
				return err
			}
			picked = append(picked, n)
		}
		return nil
	})
	h := start(t, WizardOptions{}, flowOf(pick))
	h.want("Ada Shop   yes", "Bola Bakes no", "loading 2 of 3", "esc stop loading")
	h.press("esc")
	s := h.want(msg.In(msg.English, msg.FrameLoadStopped, "2"), "r retry", "2 of 2 shown")
	if strings.Contains(s, "loading") {
		t.Errorf("the list still says it is loading after esc:\n%s", s)
	}
	h.press("r")
	// Said wrapped: their first words are enough to know them.
	h.want(msg.In(msg.English, msg.PaystackErrUnavailable, 503)[:50], msg.In(msg.English, msg.SubAcctRetryHint)[:40], "r retry")
	h.press("r")
	h.want("Chidi Crafts", "3 of 3 shown")
	h.wantGone(msg.In(msg.English, msg.SubAcctRetryHint)[:40])
	h.press("down", "enter")
	h.want("Type to filter: chidi", "1 of 3 shown")
	h.press("enter")
	h.end()
	if len(picked) != 2 || picked[0] != 1 || picked[1] != 2 {
		t.Fatalf("picked %v, want row 1, then row 2 through the filter", picked)
	}
}

// A Pick tells the flow what it showed when answered (the filter typed
// and the rows it let through), and asked again it starts on the row the
// flow names, in sight, under the same filter.
func TestShellPickSaysWhatItShowedAndStartsOnARow(t *testing.T) {
	var rows []steps.Row
	for i := range 40 {
		name := "Bola " + strconv.Itoa(i)
		if i%10 == 3 {
			name = "Ada " + strconv.Itoa(i)
		}
		rows = append(rows, steps.Row{Cells: []string{name}})
	}
	var seen []steps.PickSeen
	var picked []int
	pick := step("subaccount", msg.SubAcctTitle, func(_ context.Context, _ *setup.Session, p steps.Prompter) error {
		var last steps.PickSeen
		for range 3 {
			q := steps.Pick{Title: plain("Choose one of " + strconv.Itoa(len(picked)+1)), Columns: []msg.Text{plain("Name")}, Seen: &last,
				Extra: []steps.Option{{Label: plain("all shown"), Key: "ctrl+e"}},
				Load: func(_ context.Context, emit func([]steps.Row, int)) error {
					emit(rows, len(rows))
					return nil
				}}
			if len(picked) > 0 && picked[len(picked)-1] >= 0 {
				q.Filter, q.Cursor = last.Filter, picked[len(picked)-1]
			}
			n, err := p.Pick(q)
			if err != nil {
				return err
			}
			picked, seen = append(picked, n), append(seen, last)
		}
		return nil
	})
	h := start(t, WizardOptions{}, flowOf(pick))
	h.want("Bola 0", "40 of 40 shown")
	h.press("end", "enter")
	// Row 39 is far below the first screenful: the list opens on it.
	h.want("Choose one of 2", "› Bola 39")
	h.tm.Type("ada")
	h.want("4 of 40 shown")
	h.press("down", "enter")
	h.want("Choose one of 3", "Type to filter: ada", "› Ada 13", "4 of 40 shown")
	h.press("ctrl+e")
	h.end()
	if len(picked) != 3 || picked[0] != 39 || picked[1] != 13 || picked[2] != steps.ExtraChosen(0) {
		t.Fatalf("picked %v", picked)
	}
	if len(seen[0].Shown) != 40 || seen[0].Filter != "" {
		t.Errorf("first answer saw %+v", seen[0])
	}
	for _, i := range []int{1, 2} {
		if seen[i].Filter != "ada" || len(seen[i].Shown) != 4 || seen[i].Shown[0] != 3 || seen[i].Shown[3] != 33 {
			t.Errorf("answer %d saw %+v, want the four Ada rows under \"ada\"", i, seen[i])
		}
	}
}

// esc before any row arrived has nothing to keep: it goes back.
func TestShellPickEscBeforeTheFirstRowGoesBack(t *testing.T) {
	var got error
	pick := step("subaccount", msg.SubAcctTitle, func(_ context.Context, _ *setup.Session, p steps.Prompter) error {
		for {
			if _, err := p.Choose(steps.Choice{Title: plain("which list?"), Options: []steps.Option{{Label: plain("slow")}}}); err != nil {
				return err
			}
			_, err := p.Pick(steps.Pick{Title: plain("Banks"), Load: func(ctx context.Context, _ func([]steps.Row, int)) error {
				<-ctx.Done()
				return ctx.Err()
			}})
			if got = err; err != steps.ErrBack {
				return err
			}
			return nil
		}
	})
	h := start(t, WizardOptions{}, flowOf(pick))
	h.want("which list?")
	h.press("enter")
	h.want("Banks", "esc back")
	h.press("esc")
	h.end()
	if !errors.Is(got, steps.ErrBack) {
		t.Fatalf("Pick returned %v, want ErrBack", got)
	}
}

// An action page with rows: ↑/↓ move over the rows, the cursor's notes
// show under them, a row's action acts on the row under the cursor (by its
// key, any of them, or enter when it is the default), and without rows the
// row actions are not offered and enter takes nothing.
func TestShellActionPageRowsAndTheirActions(t *testing.T) {
	type took struct{ option, row int }
	var got []took
	page := step("checkout", msg.CkTitle, func(_ context.Context, _ *setup.Session, p steps.Prompter) error {
		items := []steps.Option{{Label: plain("Gold: NGN 5,000.00"), Mark: "pass"}, {Label: plain("Silver: NGN 20.00"), Mark: "fail"}}
		notes := [][]steps.Block{{steps.Note(steps.Muted, msg.Verbatim, "gold is fine")}, {steps.Note(steps.Error, msg.Verbatim, "silver is too cheap")}}
		options := []steps.Option{{Label: plain("edit"), OnRow: true}, {Label: plain("remove"), Key: "d delete", OnRow: true},
			{Label: plain("add plan"), Key: "a"}, {Label: plain("save"), Key: "s"}}
		for len(got) < 4 {
			q := steps.Choice{Style: steps.ActionStyle, Body: []steps.Block{steps.Say(msg.CkPlansIntro)}, Options: options}
			if len(got) < 3 {
				q.Rows, q.Default = &steps.RowList{Items: items, Notes: notes}, 0
			} else {
				q.Default = -1
			}
			n, err := p.Choose(q)
			if err != nil {
				return err
			}
			row := -1
			if q.Rows != nil {
				row = q.Rows.Cursor
			}
			got = append(got, took{n, row})
		}
		return nil
	})
	h := start(t, WizardOptions{}, flowOf(page))
	s := h.want("› ✓ Gold: NGN 5,000.00", "  ✗ Silver: NGN 20.00", "gold is fine", "↑ up", "enter edit", "d remove", "a add plan")
	if strings.Contains(s, "silver is too cheap") {
		t.Errorf("the notes of a row the cursor is not on are shown:\n%s", s)
	}
	h.press("down")
	h.want("› ✗ Silver", "✗ silver is too cheap")
	h.press("delete")
	h.want("› ✓ Gold") // the page again, its cursor where the flow put it
	h.press("down", "enter")
	h.want("› ✓ Gold")
	h.press("a")
	h.wantGone("Gold")
	s = h.want("a add plan", "s save")
	for _, gone := range []string{"Gold", "remove", "enter edit", "↑ up"} {
		if strings.Contains(s, gone) {
			t.Errorf("without rows %q is still offered:\n%s", gone, s)
		}
	}
	h.press("enter") // no default: nothing
	h.press("s")
	h.end()
	want := []took{{1, 1}, {0, 1}, {2, 0}, {3, -1}}
	if len(got) != len(want) {
		t.Fatalf("took %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("took %v, want %v", got, want)
		}
	}
}

// A checklist is ticked in place: ↑/↓ move, space ticks, enter answers it
// from any box, and its notes follow the ticks.
func TestShellChecklistAnswersFromAnyBox(t *testing.T) {
	var values map[string]string
	form := step("checkout", msg.CkTitle, func(_ context.Context, _ *setup.Session, p steps.Prompter) error {
		f := &steps.Form{Title: plain("Which fields?"), Checklist: true, Submit: msg.New(msg.CkKeyContinue),
			Fields: []steps.Field{
				{Key: "email", Label: plain("Email"), Kind: steps.ToggleField, Value: "yes"},
				{Key: "phone", Label: plain("Phone"), Kind: steps.ToggleField},
				{Key: "city", Label: plain("City"), Kind: steps.ToggleField, Notes: func(v map[string]string) []steps.Block {
					if v["email"] == "" {
						return []steps.Block{steps.Note(steps.Error, msg.Verbatim, "email is missing")}
					}
					return nil
				}},
			}}
		err := p.Form(f)
		values = f.Values()
		return err
	})
	h := start(t, WizardOptions{}, flowOf(form))
	h.want("Which fields?", "› [x] Email", "  [ ] Phone", "↑ up", "space tick or untick", "enter continue")
	h.press("space")
	h.want("› [ ] Email", "✗ email is missing")
	h.press("down", "down", "space", "up")
	h.want("› [ ] Phone", "[x] City")
	h.press("enter")
	h.end()
	if values["email"] != "" || values["phone"] != "" || values["city"] != "yes" {
		t.Fatalf("values %v", values)
	}
}

// A field's Settle rewrites the form when the field is answered ("2 weeks"
// becomes week and a count of 2), and esc on the first field says where it
// goes.
func TestShellFormSettlesAFieldAndNamesItsWayBack(t *testing.T) {
	var values map[string]string
	form := step("checkout", msg.CkTitle, func(_ context.Context, _ *setup.Session, p steps.Prompter) error {
		if _, err := p.Choose(steps.Choice{Style: steps.ActionStyle, Options: []steps.Option{{Label: plain("add")}}}); err != nil {
			return err
		}
		f := &steps.Form{Title: plain("A plan"), Back: msg.New(msg.CkKeyToPlans), Fields: []steps.Field{
			{Key: "interval", Label: plain("Interval"), Value: "month", Settle: func(v map[string]string) map[string]string {
				if n, unit, ok := strings.Cut(v["interval"], " "); ok {
					return map[string]string{"interval": unit, "count": n}
				}
				return nil
			}},
			{Key: "count", Label: plain("Count"), Value: "1"},
		}}
		err := p.Form(f)
		values = f.Values()
		return err
	})
	h := start(t, WizardOptions{}, flowOf(form))
	h.want("enter add")
	h.press("enter")
	h.want("› Interval: month", "esc back to the plans")
	h.press("ctrl+u")
	h.tm.Type("2 weeks")
	h.press("enter")
	h.want("  Interval: weeks", "› Count: 2")
	h.press("enter")
	h.end()
	if values["interval"] != "weeks" || values["count"] != "2" {
		t.Fatalf("values %v", values)
	}
}

// A flow of its own (a command's view, StepInfo.Count 0) is announced by
// its title alone, and back from its first question leaves it: the flow
// hears ErrBack instead of the key doing nothing.
func TestShellFlowOfItsOwn(t *testing.T) {
	var got error
	view := func(_ context.Context, _ *setup.Session, p steps.Prompter) error {
		p.Begin(steps.StepInfo{ID: "view", Title: msg.StSumTitle})
		_, got = p.Choose(steps.Choice{Title: plain("first question"), Options: []steps.Option{{Label: plain("stay")}}})
		return nil
	}
	h := start(t, WizardOptions{}, view)
	s := h.want("Summary", "first question", "esc back")
	if strings.Contains(s, "Step") {
		t.Errorf("a flow of its own is numbered as a step:\n%s", s)
	}
	h.press("esc")
	h.end()
	if !errors.Is(got, steps.ErrBack) {
		t.Fatalf("esc gave the flow %v, want ErrBack", got)
	}
}
