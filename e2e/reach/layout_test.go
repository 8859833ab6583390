package reach

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"paystack-setup/e2e/internal/harness"
	"paystack-setup/msg"
	"paystack-setup/steps"
)

// The size a newcomer's terminal most likely has.
const (
	cols = 80
	rows = 24
)

// demoKeyShown is the demo key as the key step shows it once typed.
var demoKeyShown = msg.New(msg.StKeyShown, "sk_test_…0001", msg.New(msg.StKeyModeTest))

// webhookURL is what systeme.io shows on the connected gateways page.
const webhookURL = "https://api.systeme.io/payment/paystack/webhook/abc"

// shot is one captured screen of the wizard walk.
type shot struct {
	label  string
	screen string
	ansi   string // the same screen with its escape sequences
}

// walk drives `--demo` through every step with real key presses, checking and
// capturing each screen; it returns the captures in order.
func walk(t *testing.T, lang msg.Lang, env map[string]string, extraArgs ...string) []shot {
	w := harness.NewWorld(t)
	args := append([]string{"--demo", "--lang", string(lang)}, extraArgs...)
	term := w.StartTermSize(t, "wizard-"+string(lang), cols, rows, env, args...)
	if c, r := term.Size(); c != cols || r != rows {
		t.Fatalf("tmux pane is %d×%d, want %d×%d", c, r, cols, rows)
	}
	v := &verifier{t: t, lang: lang, term: term, demo: true, demoEnd: -1}

	v.screen("welcome", 1, msg.StWelcomeTitle, msg.StWelcomeIntroDemo)
	term.Keys("Enter")
	v.screen("key", 2, msg.StKeyTitle, msg.StKeyWhere, msg.StKeyDemoFill)
	term.Keys("C-g")
	v.waitSentence(msg.In(lang, msg.StKeyFormatOK, demoKeyShown))
	term.Keys("Enter")
	v.waitSentence(msg.In(lang, msg.StKeyVerified))
	v.screen("key-accepted", 2, msg.StKeyTitle, msg.StKeyVerified, msg.StKeyStoredDemo)
	term.Keys("Enter")
	v.screen("subaccount", 3, msg.SubAcctTitle, msg.SubAcctIntro)
	term.Keys("Enter")
	v.waitSentence(msg.In(lang, msg.SubAcctPickTitle))
	v.screen("subaccount-list", 3, msg.SubAcctTitle, msg.SubAcctPickTitle)
	term.Keys("Enter")
	v.screen("systeme", 4, msg.StSysTitle, msg.StSysIntro, msg.StSysStep2, msg.StSysStep5, msg.StSysStep6)
	term.Keys("Enter")
	v.screen("ipwhitelist", 5, msg.StIPTitle, msg.StIPOthers)
	term.Keys("Enter")
	v.screen("webhook", 6, msg.StHookTitle, msg.StHookIntro)
	term.Type(webhookURL)
	term.Keys("Enter")
	v.waitSentence(webhookURL)
	v.screen("webhook-accepted", 6, msg.StHookTitle)
	term.Keys("Enter")
	v.screen("checkout-fields", 7, msg.CkTitle, msg.CkFieldsAsk)
	// Nothing is ticked on a first visit: the three Paystack needs are.
	term.Keys("Space", "Down", "Space", "Down", "Space")
	v.waitSentence(msg.In(lang, msg.ChkFieldsOK))
	term.Keys("Enter")
	v.waitSentence(msg.In(lang, msg.CkKeyAdd))
	v.screen("checkout-plans", 7, msg.CkTitle, msg.CkPlansIntro)
	term.Keys("s")
	v.screen("purchase", 8, msg.StBuyTitle, msg.StBuyIntroDemo, msg.StBuyAsk)
	term.Keys("Enter")
	// The demo's purchase arrives a few seconds after enter.
	v.waitSentence(msg.In(lang, msg.StBuySystemeAsk))
	v.screen("purchase-arrived", 8, msg.StBuyTitle, msg.StBuySystemeAsk)
	term.Keys("Enter")
	v.screen("summary", 9, msg.StSumTitle, msg.StSumStateDemo)
	term.Keys("Enter")
	if code := term.WaitExit(20 * time.Second); code != 0 {
		t.Errorf("the demo ended with exit code %d, want 0; stderr: %s", code, term.Stderr())
	}
	return v.shots
}

type verifier struct {
	t       *testing.T
	lang    msg.Lang
	term    *harness.Term
	shots   []shot
	demo    bool
	demoEnd int // the column where the DEMO label ends on the first screen
}

// waitSentence waits until the screen shows text however it wrapped. A text
// the layout broke never shows: that is reported and the walk goes on, so
// one broken screen does not hide the others.
func (v *verifier) waitSentence(text string) {
	v.t.Helper()
	want := harness.Flat(text)
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(harness.Flat(v.term.Screen()), want) {
		if time.Now().After(deadline) {
			v.t.Errorf("[%s] the screen did not show %q whole:\n%s", v.lang, text, v.term.Capture("wait-timeout"))
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// settled polls until the screen holds still with the step indicator on it.
func (v *verifier) settled(header string) string {
	v.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	prev := ""
	for {
		cur := v.term.Screen()
		if cur == prev && strings.Contains(firstRow(cur), header) {
			return cur
		}
		if time.Now().After(deadline) {
			v.t.Fatalf("[%s] the step indicator %q did not settle on screen:\n%s\nstderr: %s", v.lang, header, cur, v.term.Stderr())
		}
		prev = cur
		time.Sleep(200 * time.Millisecond)
	}
}

func firstRow(screen string) string {
	row, _, _ := strings.Cut(screen, "\n")
	return row
}

// screen checks the step's screen as the terminal shows it and keeps it.
func (v *verifier) screen(label string, step int, title msg.ID, sentences ...msg.ID) {
	v.t.Helper()
	header := msg.In(v.lang, msg.WizStepOf, step, len(steps.All), msg.In(v.lang, title))
	v.settled(header)
	screen := v.term.Capture(label)
	ends := v.term.RowEnds(rows)
	name := fmt.Sprintf("[%s %s]", v.lang, label)
	for _, p := range layoutProblems(screen, ends) {
		v.t.Errorf("%s %s\n%s", name, p, screen)
	}
	if v.demo {
		v.checkDemoLabel(name, screen)
	}
	flat := harness.Flat(screen)
	for _, id := range sentences {
		want := msg.In(v.lang, id)
		if strings.Contains(want, "%") {
			v.t.Fatalf("%s: sentence %s takes arguments; check it with waitSentence", name, id)
		}
		if !strings.Contains(flat, harness.Flat(want)) {
			v.t.Errorf("%s does not show %s whole: %q\n%s", name, id, want, screen)
		}
		if v.lang != msg.English && want == msg.In(msg.English, id) {
			v.t.Errorf("%s shows %s in English: %q", name, id, want)
		}
	}
	if p := helpBarProblem(v.lang, screen); p != "" {
		v.t.Errorf("%s %s\n%s", name, p, screen)
	}
	v.shots = append(v.shots, shot{label: label, screen: screen, ansi: v.term.ScreenANSI()})
}

// checkDemoLabel: the DEMO label sits at the right end of the step indicator
// line, at the same column on every screen.
func (v *verifier) checkDemoLabel(name, screen string) {
	v.t.Helper()
	label := msg.In(v.lang, msg.WizDemoLabel)
	row := firstRow(screen)
	i := strings.LastIndex(row, label)
	if i < 0 {
		v.t.Errorf("%s: the step indicator line has no %q label: %q", name, label, row)
		return
	}
	end := ansi.StringWidthWc(row[:i+len(label)])
	if end < cols-2 || end > cols {
		v.t.Errorf("%s: the %q label ends at column %d, not at the right edge (%d): %q", name, label, end, cols, row)
	}
	if v.demoEnd < 0 {
		v.demoEnd = end
	} else if end != v.demoEnd {
		v.t.Errorf("%s: the %q label ends at column %d here but at %d on the first screen", name, label, end, v.demoEnd)
	}
}

// layoutProblems lists what is wrong with a captured screen: rows where
// tmux's own measure and wcwidth (the program's) disagree, rows wider than
// the pane, and text cut mid-character. Text cut at the right edge shows as
// a sentence that is not whole, which screen checks.
func layoutProblems(screen string, ends []int) []string {
	var out []string
	lines := strings.Split(strings.TrimSuffix(screen, "\n"), "\n")
	for y, line := range lines {
		line = strings.TrimRight(line, " ")
		wc := ansi.StringWidthWc(line)
		if y < len(ends) && ends[y] != wc {
			out = append(out, fmt.Sprintf("row %d: tmux puts its end at column %d, wcwidth at %d, so the program's layout math does not match the terminal: %q", y+1, ends[y], wc, line))
		}
		if wc > cols {
			out = append(out, fmt.Sprintf("row %d is %d columns wide: %q", y+1, wc, line))
		}
		out = append(out, brokenText(y+1, line)...)
	}
	return out
}

// brokenText finds characters a cut left behind: U+FFFD from a split UTF-8
// sequence, and Devanagari vowel signs, nuktas or viramas that lost the
// consonant they belong to (at a row start or after a space), or a virama
// left at the end of a row (a conjunct split in two).
func brokenText(row int, line string) []string {
	var out []string
	if strings.ContainsRune(line, utf8.RuneError) {
		out = append(out, fmt.Sprintf("row %d holds U+FFFD, a character cut in half: %q", row, line))
	}
	var prev rune
	for i, r := range line {
		if isDevanagariMark(r) && !(unicode.Is(unicode.Devanagari, prev) || prev == '\u200d' || prev == '\u200c') {
			out = append(out, fmt.Sprintf("row %d: %U at byte %d is detached from its consonant: %q", row, r, i, line))
		}
		prev = r
	}
	if prev == '\u094d' {
		out = append(out, fmt.Sprintf("row %d ends in a virama, a conjunct split across rows: %q", row, line))
	}
	return out
}

// isDevanagariMark reports a combining sign that must follow a letter.
func isDevanagariMark(r rune) bool {
	return unicode.Is(unicode.Devanagari, r) && (unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r))
}

// helpBarProblem checks the last row: the help bar must show whole bindings,
// either all of them or some and then "…"; a description cut by the terminal
// edge is not a catalog text.
func helpBarProblem(lang msg.Lang, screen string) string {
	lines := strings.Split(strings.TrimRight(screen, "\n "), "\n")
	bar := strings.TrimSpace(lines[len(lines)-1])
	items := strings.Split(bar, " • ")
	last := strings.TrimSpace(items[len(items)-1])
	if last == "…" {
		return ""
	}
	if strings.HasSuffix(last, " …") {
		last = strings.TrimSuffix(last, " …")
	}
	_, desc, ok := strings.Cut(last, " ")
	if ok && isCatalogText(lang, desc) {
		return ""
	}
	return fmt.Sprintf("the help bar ends in %q, which is no whole key description (cut at the edge?): %q", last, bar)
}

func isCatalogText(lang msg.Lang, s string) bool {
	for _, id := range msg.IDs(lang) {
		if text, _ := msg.Raw(lang, id); text == s {
			return true
		}
	}
	return false
}

// TestWizardLayout80x24 walks the demo in English and Hindi in tmux at 80×24.
func TestWizardLayout80x24(t *testing.T) {
	for _, lang := range msg.Langs {
		t.Run(string(lang), func(t *testing.T) {
			t.Parallel()
			shots := walk(t, lang, nil)
			if !anyColour(shots) {
				t.Errorf("[%s] no screen has colour, so the NO_COLOR test below proves nothing", lang)
			}
			if *update {
				saveShots(t, lang, shots)
			}
		})
	}
}

// screensDir holds the captures docs/screens.md shows.
func screensDir(t testing.TB, lang msg.Lang) string {
	return filepath.Join(harness.RepoRoot(t), "e2e", "reach", "testdata", "screens", string(lang))
}

func saveShots(t *testing.T, lang msg.Lang, shots []shot) {
	dir := screensDir(t, lang)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	old, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	for _, f := range old {
		_ = os.Remove(f)
	}
	for i, s := range shots {
		name := fmt.Sprintf("%02d-%s.txt", i+1, s.label)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s.screen), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestAuditViewLayout80x24: a rerun of a finished setup opens the audit view
// and its step menu; both fit 80×24 in English and Hindi.
func TestAuditViewLayout80x24(t *testing.T) {
	for _, lang := range msg.Langs {
		t.Run(string(lang), func(t *testing.T) {
			t.Parallel()
			w := harness.NewWorld(t)
			// Every step done, the summary too: what a rerun after finishing sees.
			s := w.PartialSetup(t, "shop", append(append([]string(nil), harness.AllSteps...), "summary")...)
			term := w.StartTermSize(t, "audit-view-"+string(lang), cols, rows,
				map[string]string{"PAYSTACK_SECRET_KEY": s.Key}, "--profile", "shop", "--lang", string(lang))
			v := &verifier{t: t, lang: lang, term: term, demoEnd: -1}
			v.waitSentence(msg.In(lang, msg.StSumFinish))
			v.screen("audit-view", 9, msg.StSumTitle, msg.WizAuditIntro, msg.StSumFinish)
			term.Keys("m")
			v.waitSentence(msg.In(lang, msg.WizMenuTitle))
			v.screen("audit-menu", 9, msg.StSumTitle, msg.WizMenuTitle)
			term.Keys("C-c")
			if code := term.WaitExit(20 * time.Second); code != 130 {
				t.Errorf("ctrl+c in the audit view: exit code %d, want 130", code)
			}
		})
	}
}

// TestCreateSubaccountLayout80x24: the other way through step 3, creating a
// subaccount (bank list, form with its long Hindi labels, confirmation),
// fits 80×24 in English and Hindi.
func TestCreateSubaccountLayout80x24(t *testing.T) {
	for _, lang := range msg.Langs {
		t.Run(string(lang), func(t *testing.T) {
			t.Parallel()
			w := harness.NewWorld(t)
			term := w.StartTermSize(t, "create-"+string(lang), cols, rows, nil, "--demo", "--lang", string(lang))
			v := &verifier{t: t, lang: lang, term: term, demo: true, demoEnd: -1}
			v.screen("welcome", 1, msg.StWelcomeTitle)
			term.Keys("Enter")
			v.screen("key", 2, msg.StKeyTitle)
			term.Keys("C-g")
			v.waitSentence(msg.In(lang, msg.StKeyFormatOK, demoKeyShown))
			term.Keys("Enter")
			v.waitSentence(msg.In(lang, msg.StKeyVerified))
			term.Keys("Enter")
			v.screen("subaccount", 3, msg.SubAcctTitle, msg.SubAcctIntro)
			term.Keys("Down", "Enter")
			v.waitSentence(msg.In(lang, msg.SubAcctBankTitle, msg.In(lang, msg.StCountryNG)))
			v.screen("create-bank", 3, msg.SubAcctTitle)
			term.Keys("Enter")
			v.waitSentence(msg.In(lang, msg.SubAcctFieldAccount))
			v.screen("create-form", 3, msg.SubAcctTitle, msg.SubAcctFieldAccount, msg.SubAcctFieldEmail)
			term.Type("0123456789")
			term.Keys("Tab")
			term.Type("Ngozi Ventures")
			term.Keys("Tab", "Tab")
			term.Type("ngozi@example.com")
			term.Keys("Enter")
			v.waitSentence(msg.In(lang, msg.SubAcctSummaryTitle))
			v.screen("create-confirm", 3, msg.SubAcctTitle, msg.SubAcctSummaryTitle)
			term.Keys("Enter")
			v.screen("systeme-after-create", 4, msg.StSysTitle, msg.StSysIntro, msg.StSysStep6)
			term.Keys("C-c")
			if code := term.WaitExit(20 * time.Second); code != 130 {
				t.Errorf("ctrl+c: exit code %d, want 130", code)
			}
		})
	}
}
