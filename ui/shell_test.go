package ui

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"paystack-setup/internal/leakscan"
	"paystack-setup/internal/teakeys"
	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/setup"
	"paystack-setup/state"
	"paystack-setup/steps"
)

// What the shell does for every step, whatever the flow: ported from the
// legacy shell's tests (ui.Model over ui/legacysteps) onto ui.Wizard.

// A save that fails keeps the merchant on the step with the reason on
// screen, and the help bar stops promising that quitting keeps the
// progress; once the save works the wizard goes on.
func TestShellSaveFailureStaysAndSaysSo(t *testing.T) {
	runs := 0
	ask := step("systeme", msg.StSysTitle, func(_ context.Context, s *setup.Session, p steps.Prompter) error {
		runs++
		s.RecordSystemeConnected()
		_, err := p.Choose(steps.Choice{Title: plain("connected?"), Options: []steps.Option{{Label: plain("yes")}}})
		return err
	})
	h := start(t, WizardOptions{}, flowOf(ask))
	h.want("connected?", "quit (progress is saved)")
	// A folder where the answers' file goes: no rename can replace it.
	blocker := filepath.Join(state.Path(h.root, "default"), "x")
	if err := os.MkdirAll(blocker, 0o700); err != nil {
		t.Fatal(err)
	}
	h.press("enter")
	s := h.want("Step 1 of 1", "Could not save your answers", "connected?", "quit (latest answers not saved)")
	if strings.Contains(s, "progress is saved") {
		t.Errorf("the help bar still promises the progress is saved:\n%s", s)
	}
	if err := os.RemoveAll(state.Path(h.root, "default")); err != nil {
		t.Fatal(err)
	}
	h.press("enter")
	w := h.end()
	if !w.Finished() || w.SaveErr() != nil || runs != 2 {
		t.Fatalf("finished %v, save error %v, the step ran %d times", w.Finished(), w.SaveErr(), runs)
	}
	if !saved(t, h.root).SystemeConnected {
		t.Fatal("the answer was not saved once the save worked")
	}
}

// fits fails when a frame is wider or taller than the window.
func fits(t *testing.T, label, screen string, width, height int) {
	t.Helper()
	lines := strings.Split(screen, "\n")
	if len(lines) > height {
		t.Errorf("%s: %d rows in a %d-row window:\n%s", label, len(lines), height, screen)
	}
	for _, line := range lines {
		// Trailing padding is measured as lipgloss measures it; the text is
		// measured as a terminal without grapheme support draws it.
		if w := ansi.StringWidthWc(strings.TrimRight(line, " ")); w > width {
			t.Errorf("%s: a row %d cells wide in a %d-column window: %q", label, w, width, line)
		}
	}
}

// At the smallest window the layout is made for, 60×20, every step's
// first screen fits, in both languages; below it only the advice shows,
// DEMO included in the demo, and keys (a paste too) act on nothing hidden
// behind it, while ctrl+c still quits and saves.
func TestShellSmallestWindow(t *testing.T) {
	for _, lang := range msg.Langs {
		open, _ := keySession(t, sandbox.New(sandbox.Options{}), keystore.NewMemoryBackend(), true)
		h := start(t, WizardOptions{Open: open, Demo: true, Lang: lang},
			flowOf(steps.Welcome, steps.Key, steps.Systeme, steps.IPWhitelist, steps.Webhook))
		title := func(n int, id msg.ID) string { return msg.In(lang, msg.WizStepOf, n, 5, msg.In(lang, id)) }
		h.want(title(1, msg.StWelcomeTitle))
		h.tm.Send(tea.WindowSizeMsg{Width: 60, Height: 20})
		fits(t, string(lang)+" welcome", h.wantAt(60, title(1, msg.StWelcomeTitle)), 60, 20)
		h.press("enter")
		fits(t, string(lang)+" key", h.wantAt(60, title(2, msg.StKeyTitle)), 60, 20)
		h.press("ctrl+g", "enter")
		fits(t, string(lang)+" key accepted", h.wantAt(60, msg.In(lang, msg.StKeyVerified)), 60, 20)
		h.press("enter")
		fits(t, string(lang)+" systeme", h.wantAt(60, title(3, msg.StSysTitle)), 60, 20)
		h.press("enter")
		fits(t, string(lang)+" ipwhitelist", h.wantAt(60, title(4, msg.StIPTitle)), 60, 20)
		h.press("enter")
		fits(t, string(lang)+" webhook", h.wantAt(60, title(5, msg.StHookTitle)), 60, 20)

		h.tm.Send(tea.WindowSizeMsg{Width: 40, Height: 10})
		h.want(msg.In(lang, msg.WizDemoLabel), "60×20")
		h.tm.Type("https://systeme.io/hook")
		h.tm.Send(tea.PasteMsg{Content: "ignored"})
		h.press("enter")
		h.press("ctrl+c")
		if w := h.end(); !w.Interrupted() || w.Finished() {
			t.Fatalf("%s: ctrl+c in a window too small: interrupted %v, finished %v", lang, w.Interrupted(), w.Finished())
		}
	}
}

// A bug in a screen (a question's check or notes that panic while it is on
// screen, a form's lookup that panics in its command) ends the program with
// the internal-error sentence after the answers are saved, never a Go stack
// trace; a screen that cannot be drawn says the same, and ctrl+c.
func TestShellBugInAScreenSavesAndSaysSo(t *testing.T) {
	for _, where := range []string{"validate", "resolve"} {
		t.Run(where, func(t *testing.T) {
			broken := step("systeme", msg.StSysTitle, func(_ context.Context, s *setup.Session, p steps.Prompter) error {
				s.RecordSystemeConnected()
				f := &steps.Form{Title: plain("broken"), Fields: []steps.Field{{Key: "a", Label: plain("A")}, {Key: "b", Label: plain("B")}}}
				if where == "validate" {
					f.Fields[0].Validate = func(v string) error {
						if v != "" {
							panic("a bug in a check")
						}
						return nil
					}
				} else {
					f.Resolve = func(context.Context, string, map[string]string) ([]steps.Block, error) { panic("a bug in a lookup") }
				}
				return p.Form(f)
			})
			h := start(t, WizardOptions{}, flowOf(broken))
			h.want("broken")
			h.tm.Type("x")
			h.press("enter")
			w := h.end()
			if !errors.Is(w.Err(), steps.ErrInternal) || w.Interrupted() {
				t.Fatalf("err %v, interrupted %v", w.Err(), w.Interrupted())
			}
			if !saved(t, h.root).SystemeConnected {
				t.Fatal("the answers were not saved after the bug")
			}
		})
	}
	drawn := step("systeme", msg.StSysTitle, func(_ context.Context, _ *setup.Session, p steps.Prompter) error {
		_, err := p.Input(steps.Input{Title: plain("notes"), Notes: func(string) []steps.Block { panic("a bug in the notes") }})
		return err
	})
	h := start(t, WizardOptions{}, flowOf(drawn))
	if s := h.want(msg.In(msg.English, msg.ErrInternal)[:30], "ctrl+c"); strings.Contains(s, "goroutine") || strings.Contains(s, "panic") {
		t.Fatalf("a broken screen draws a stack trace:\n%s", s)
	}
	h.press("ctrl+c")
	h.end()
}

// Bubble Tea runs a tea.Sequence's commands itself, one by one, out of
// Update's reach: a panic in one of them still comes back as crashMsg, so
// it ends the program like any other bug, answers saved.
func TestGuardReportsAPanicInASequencedCommand(t *testing.T) {
	seq := guard(tea.Sequence(func() tea.Msg { return nil }, func() tea.Msg { panic("sequenced command bug") }))
	v := reflect.ValueOf(seq())
	if v.Kind() != reflect.Slice {
		t.Fatalf("a sequence is %T", v.Interface())
	}
	crashed := false
	for i := range v.Len() {
		if c, ok := v.Index(i).Interface().(tea.Cmd); ok && c != nil {
			_, crashed = c().(crashMsg)
		}
	}
	if !crashed {
		t.Fatal("the panicking command of a sequence was not reported as crashMsg")
	}
}

// recorder keeps every frame the program draws.
type recorder struct {
	*Wizard
	mu     sync.Mutex
	frames []string
}

func (r *recorder) Update(m tea.Msg) (tea.Model, tea.Cmd) {
	_, cmd := r.Wizard.Update(m)
	return r, cmd
}

func (r *recorder) View() tea.View {
	v := r.Wizard.View()
	r.mu.Lock()
	r.frames = append(r.frames, v.Content)
	r.mu.Unlock()
	return v
}

// Whatever way the key reaches a frame (pasted into its field, accepted,
// a later step), no frame the program draws and nothing written to the
// terminal holds it whole.
func TestShellNoFrameEverShowsTheWholeKey(t *testing.T) {
	open, _ := keySession(t, sandbox.New(sandbox.Options{}), keystore.NewMemoryBackend(), false)
	rec := &recorder{Wizard: NewWizard(WizardOptions{Open: open, NoColor: true, Flow: flowOf(steps.Key, steps.Systeme)})}
	tm := teatest.NewTestModel(t, rec, teatest.WithInitialTermSize(80, 24))
	out := waitFor(t, tm.Output(), "Secret key")
	tm.Send(tea.PasteMsg{Content: sandbox.DemoTestKey})
	tm.Send(teakeys.Press("enter"))
	out = append(out, waitFor(t, tm.Output(), "accepted")...)
	tm.Send(teakeys.Press("enter"))
	out = append(out, waitFor(t, tm.Output(), "Payment gateways")...)
	tm.Send(teakeys.Press("c"))
	tm.Send(teakeys.Press("ctrl+c"))
	rest, _ := io.ReadAll(tm.FinalOutput(t, teatest.WithFinalTimeout(10*time.Second)))
	out = append(out, rest...)
	if hits := leakscan.Bytes([]string{sandbox.DemoTestKey}, "terminal", out); len(hits) > 0 {
		t.Fatalf("the terminal output holds the key: %v", hits)
	}
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if len(rec.frames) < 3 {
		t.Fatalf("only %d frames recorded", len(rec.frames))
	}
	for _, f := range rec.frames {
		if strings.Contains(f, sandbox.DemoTestKey) || strings.Contains(f, sandbox.DemoTestKey[8:]) {
			t.Fatalf("a frame shows the key:\n%s", f)
		}
	}
	if s := rec.Session(); s != nil {
		_ = s.Close()
	}
	if !rec.Interrupted() {
		t.Fatal("ctrl+c was not recorded as an interruption")
	}
}

// waitFor waits until the terminal output shows text, and returns what it
// read meanwhile (tests that look at every byte keep it).
func waitFor(t *testing.T, r io.Reader, text string) []byte {
	t.Helper()
	var seen []byte
	teatest.WaitFor(t, r, func(b []byte) bool {
		seen = append(seen[:0], b...)
		return strings.Contains(ansi.Strip(string(b)), text)
	}, teatest.WithDuration(10*time.Second))
	return seen
}

// NO_COLOR (and --no-color) draws no colour at all, whatever the terminal's
// background; without it the theme's colours are drawn.
func TestShellNoColorDrawsNoColours(t *testing.T) {
	for _, noColor := range []bool{true, false} {
		open, _ := newSession(t, "")
		w := NewWizard(WizardOptions{Open: open, Demo: true, NoColor: noColor, Flow: flowOf(steps.Welcome)})
		// A terminal of many colours, so that only the theme decides.
		tm := teatest.NewTestModel(t, w, teatest.WithInitialTermSize(80, 24),
			teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.TrueColor)))
		out := waitFor(t, tm.Output(), "Nigeria")
		tm.Send(tea.BackgroundColorMsg{})
		tm.Send(teakeys.Press("ctrl+c"))
		rest, _ := io.ReadAll(tm.FinalOutput(t, teatest.WithFinalTimeout(10*time.Second)))
		out = append(out, rest...)
		coloured := strings.Contains(string(out), "\x1b[38") || strings.Contains(string(out), "\x1b[48") || strings.Contains(string(out), ";38;") || strings.Contains(string(out), ";48;")
		if coloured == noColor {
			t.Errorf("NoColor %v: colours drawn %v", noColor, coloured)
		}
		if s := w.Session(); s != nil {
			_ = s.Close()
		}
	}
}

// At 80 columns, in both languages, the help bar wraps rather than hiding
// keys behind "…": the demo's key step still shows how to fill the demo
// key, how to go back and how to quit, in the merchant's language, and no
// row is wider than the window as a terminal without grapheme support
// counts it.
func TestShellHelpBarShowsEveryKey(t *testing.T) {
	for _, lang := range msg.Langs {
		open, _ := keySession(t, sandbox.New(sandbox.Options{}), keystore.NewMemoryBackend(), true)
		h := start(t, WizardOptions{Open: open, Demo: true, Lang: lang}, flowOf(steps.Welcome, steps.Key))
		h.want(msg.In(lang, msg.StCountryNG))
		h.press("enter")
		s := h.want(msg.In(lang, msg.StKeyDemoFill), msg.In(lang, msg.WizKeyQuitDemo), msg.In(lang, msg.WizKeyBack))
		if strings.Contains(s, "…\n") || strings.HasSuffix(s, "…") {
			t.Errorf("%s: the help bar hides keys:\n%s", lang, s)
		}
		fits(t, string(lang), s, 80, 24)
		h.press("ctrl+c")
		h.end()
	}
}

// A notice naming a file (answers moved aside) shows every character of
// its path, broken over rows when it is wider than the window rather than
// cut at the edge.
func TestShellNoticeShowsAPathWiderThanTheWindow(t *testing.T) {
	path := "/home/oluwaseun/.config/paystack-setup/profiles/default/state.json.corrupt-20261127T045412Z"
	open, _ := newSession(t, "")
	withNotice := func(ctx context.Context) (*setup.Session, []msg.Text, error) {
		s, _, err := open(ctx)
		return s, []msg.Text{msg.New(msg.StateCorruptMoved, path)}, err
	}
	h := start(t, WizardOptions{Open: withNotice}, flowOf(steps.Welcome))
	h.want("Note:") // the program has its first size: a later one is not overridden
	for _, width := range []int{60, 80} {
		h.tm.Send(tea.WindowSizeMsg{Width: width, Height: 24})
		s := h.wantWidth(width)
		var joined strings.Builder
		for _, line := range strings.Split(s, "\n") {
			if w := ansi.StringWidthWc(line); w > width {
				t.Fatalf("at %d columns a row is %d wide and would be cut: %q", width, w, line)
			}
			joined.WriteString(strings.TrimSpace(line))
		}
		if !strings.Contains(joined.String(), path) {
			t.Errorf("at %d columns the moved-to path is not all on screen:\n%s", width, s)
		}
	}
	h.press("ctrl+c")
	h.end()
}

// wantAt waits for a frame drawn for a window width columns wide (the
// header row, with DEMO at its right edge, is as wide as the window) that
// shows every text.
func (h *harness) wantAt(width int, texts ...string) string {
	h.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		s := h.p.last()
		header, _, _ := strings.Cut(s, "\n")
		ok := ansi.StringWidthWc(strings.TrimRight(header, " ")) <= width
		for _, x := range texts {
			ok = ok && strings.Contains(s, x)
		}
		if ok {
			return s
		}
		if time.Now().After(deadline) {
			h.t.Fatalf("no frame for %d columns showing %q:\n%s", width, texts, s)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// wantWidth waits for a frame drawn for a window width columns wide: its
// help bar (the last row) reaches past two thirds of it.
func (h *harness) wantWidth(width int) string {
	h.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		s := h.p.last()
		lines := strings.Split(s, "\n")
		widest := 0
		for _, l := range lines {
			widest = max(widest, ansi.StringWidthWc(strings.TrimRight(l, " ")))
		}
		if widest <= width && widest > width*2/3 {
			return s
		}
		if time.Now().After(deadline) {
			h.t.Fatalf("no frame for %d columns:\n%s", width, s)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// A field drops ESC and BEL by itself but would keep the rest of a pasted
// escape sequence as text ("…abc]0;pwned"); the shell cleans a paste first,
// so what reaches the answer is what was meant.
func TestShellAPastedEscapeSequenceGoesWhole(t *testing.T) {
	var got string
	in := step("webhook", msg.StHookTitle, func(_ context.Context, _ *setup.Session, p steps.Prompter) error {
		v, err := p.Input(steps.Input{Title: plain("URL")})
		got = v
		return err
	})
	h := start(t, WizardOptions{}, flowOf(in))
	h.want("URL")
	url := "https://systeme.io/api/payment/paystack/webhook/abc"
	h.tm.Send(tea.PasteMsg{Content: url + "\x1b]0;pwned\x07"})
	if s := h.want(url); strings.Contains(s, "pwned") || strings.Contains(s, "]0;") {
		t.Fatalf("the rest of the pasted escape sequence is in the field:\n%s", s)
	}
	h.press("enter")
	h.end()
	if got != url {
		t.Fatalf("answer %q, want %q", got, url)
	}
}

// After step 2 the clipboard often still holds the secret key: pasted into
// any other field it is refused with a word why, however it is wrapped
// (spaces, "Bearer", upper case), and the next ordinary paste goes in with
// the warning gone. Typed rather than pasted (a terminal without bracketed
// paste), it is drawn masked.
func TestShellKeyOutsideTheKeyStepIsNeverDrawn(t *testing.T) {
	var got string
	in := step("webhook", msg.StHookTitle, func(_ context.Context, _ *setup.Session, p steps.Prompter) error {
		v, err := p.Input(steps.Input{Title: plain("Webhook URL")})
		got = v
		return err
	})
	h := start(t, WizardOptions{}, flowOf(in))
	h.want("Webhook URL")
	key := "sk_live_" + strings.Repeat("qz", 18) + "ab12"
	warning := msg.In(msg.English, msg.KeystorePastedOutsideKeyStep)[:40]
	for _, pasted := range []string{key, " " + key + "\n", "Bearer " + key, strings.ToUpper(key)} {
		h.tm.Send(tea.PasteMsg{Content: pasted})
		s := h.want(warning)
		if hits := leakscan.Bytes([]string{key, strings.ToUpper(key)}, "screen", []byte(s)); len(hits) > 0 {
			t.Fatalf("the pasted key is on screen: %v", hits)
		}
	}
	hook := "https://shop.systeme.io/paystack/webhook/ab12"
	h.tm.Send(tea.PasteMsg{Content: hook})
	if s := h.want(hook); strings.Contains(s, warning) {
		t.Error("the warning stays after an ordinary paste")
	}
	h.press("ctrl+u")
	h.tm.Type(key)
	if s := h.want("sk_live_…"); strings.Contains(s, key) {
		t.Fatalf("the typed key is on screen:\n%s", s)
	}
	h.press("ctrl+c")
	h.end()
	if got != "" {
		t.Fatal("a key reached the answer")
	}
}

// up from the first option wraps to the last, as down from the last wraps
// to the first: South Africa is one press from Nigeria.
func TestShellChoiceWrapsAround(t *testing.T) {
	open, root := newSession(t, "")
	h := start(t, WizardOptions{Open: open}, flowOf(steps.Welcome))
	h.want("› Nigeria · NGN")
	h.press("up")
	h.want("› South Africa · ZAR")
	h.press("enter")
	h.end()
	if st := saved(t, root); st.Country != "ZA" || st.Currency != "ZAR" {
		t.Fatalf("saved %s %s", st.Country, st.Currency)
	}
}

// A webhook URL wider than the window is shown on several rows, none cut
// at the edge, where a merchant copying it with the mouse would lose its
// end.
func TestShellALongURLIsShownWhole(t *testing.T) {
	long := "https://systeme.io/api/payment/webhook/paystack/0f3a9c6e-merchant-identifier-1234567890abcdef/abcdefghijklmnopqrstuvwxyz0123456789"
	open, _ := newSession(t, "")
	h := start(t, WizardOptions{Open: open}, flowOf(steps.Webhook))
	h.want("paste it here:")
	h.tm.Send(tea.PasteMsg{Content: long})
	h.press("enter")
	s := h.want("Now paste it in Paystack")
	var rows []string
	for _, row := range strings.Split(s, "\n") {
		if w := ansi.StringWidthWc(row); w > 80 {
			t.Errorf("row %d cells wide in an 80-column window: %q", w, row)
		}
		if strings.HasPrefix(row, "https://") || len(rows) > 0 && strings.TrimSpace(row) != "" && !strings.Contains(strings.TrimSpace(row), " ") {
			rows = append(rows, strings.TrimRight(row, " "))
			continue
		}
		if len(rows) > 0 {
			break
		}
	}
	if got := strings.Join(rows, ""); got != long {
		t.Fatalf("the URL on screen reads %q, want %q:\n%s", got, long, s)
	}
	h.press("ctrl+c")
	h.end()
}

// With a filter typed in a list that is still loading, esc clears the
// filter (and the help bar says so) rather than stopping the loading or
// going back; the next esc stops the loading.
func TestShellEscClearsAFilterFirst(t *testing.T) {
	pick := step("subaccount", msg.SubAcctTitle, func(_ context.Context, _ *setup.Session, p steps.Prompter) error {
		_, err := p.Pick(steps.Pick{Title: plain("Choose one"), Columns: []msg.Text{plain("Name")},
			Load: func(ctx context.Context, emit func([]steps.Row, int)) error {
				emit([]steps.Row{{Cells: []string{"Ada Shop"}}, {Cells: []string{"Bola Bakes"}}}, 3)
				<-ctx.Done()
				return ctx.Err()
			}})
		return err
	})
	h := start(t, WizardOptions{}, flowOf(pick))
	h.want("Ada Shop", "esc "+msg.In(msg.English, msg.SubAcctKeyCancel))
	h.tm.Type("zzqx")
	h.want("0 of 2", "esc "+msg.In(msg.English, msg.ListKeyClear))
	h.press("esc")
	h.want("Ada Shop", "loading 2 of 3", "esc "+msg.In(msg.English, msg.SubAcctKeyCancel))
	h.press("esc")
	h.want(msg.In(msg.English, msg.FrameLoadStopped, "2"))
	h.press("ctrl+c")
	h.end()
}

// An action page taller than the window (a step's instructions at 60×20)
// keeps its question and help bar in sight: what it says scrolls with ↑/↓
// between "more" lines, rather than the question being cut off below.
func TestShellALongPageKeepsItsQuestionInSight(t *testing.T) {
	var lines []steps.Block
	for i := range 30 {
		lines = append(lines, steps.Say(msg.Verbatim, "instruction line "+strconv.Itoa(i+1)))
	}
	page := step("ipwhitelist", msg.StIPTitle, func(_ context.Context, _ *setup.Session, p steps.Prompter) error {
		_, err := p.Choose(steps.Choice{Style: steps.ActionStyle, Title: plain("Press enter once it is added."), Body: lines,
			Options: []steps.Option{{Label: plain("I added it")}}})
		return err
	})
	h := start(t, WizardOptions{Demo: true}, flowOf(page)) // DEMO spans the header: wantAt knows the frame's width
	h.want("instruction line 1")
	h.tm.Send(tea.WindowSizeMsg{Width: 60, Height: 20})
	s := h.wantAt(60, "Press enter once it is added.", "more below", "enter I added it")
	fits(t, "top", s, 60, 20)
	if strings.Contains(s, "instruction line 30") {
		t.Fatalf("the whole page is said to fit:\n%s", s)
	}
	for range 80 { // more than the page has: it stops at its end
		h.press("down")
	}
	s = h.want("instruction line 30", "more above", "Press enter once it is added.")
	fits(t, "bottom", s, 60, 20)
	h.press("enter")
	if w := h.end(); !w.Finished() {
		t.Fatalf("err %v", w.Err())
	}
}
