package ui

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"paystack-setup/msg"
	"paystack-setup/setup"
	"paystack-setup/steps"
)

// checkRows is a list of n passing checks named "check number A"…, then
// Finish, with "r" beside the list and a footer saying where things are.
func checkRows(n int, title, fix string) steps.Choice {
	q := steps.Choice{Default: n, Footer: []steps.Block{steps.Note(steps.Muted, msg.StSumStateAt, "/home/ada/state.json")}}
	for i := range n {
		o := steps.Option{Label: plain("check number " + string(rune('A'+i)) + title), Mark: "pass"}
		if fix != "" {
			o.Mark, o.Detail = "fail", plain(fix)
		}
		q.Options = append(q.Options, o)
	}
	q.Options = append(q.Options, steps.Option{Label: msg.New(msg.StSumFinish)}, steps.Option{Label: msg.New(msg.StSumRerun), Key: "r"})
	return q
}

// A list longer than the window scrolls around the cursor with "more"
// lines, while the footer and the help bar stay; home and end reach its
// ends, and an option with a key is an action in the help bar, not a row.
func TestShellLongListScrollsKeepingTheFooter(t *testing.T) {
	var got int
	ch := step("summary", msg.StSumTitle, func(_ context.Context, _ *setup.Session, p steps.Prompter) error {
		n, err := p.Choose(checkRows(30, "", ""))
		got = n
		return err
	})
	h := start(t, WizardOptions{}, flowOf(ch))
	s := h.want("› Finish", "/home/ada/state.json", "more above", "home/end first/last", "r check again", "ctrl+c quit")
	if strings.Contains(s, "check number A") || strings.Contains(s, "  check again") {
		t.Fatalf("the window does not end at the cursor, or the keyed action is a row:\n%s", s)
	}
	h.press("down") // wraps to the first check
	s = h.want("› ✓ check number A", "more below", "/home/ada/state.json")
	if strings.Contains(s, "more above") {
		t.Fatalf("the first check is on screen but more is said to be above:\n%s", s)
	}
	h.press("end")
	h.want("› Finish", "more above")
	h.press("home")
	h.want("› ✓ check number A")
	h.press("r")
	h.end()
	if got != 31 {
		t.Fatalf("r chose option %d, want the keyed one (31)", got)
	}
}

// A short list keeps its help bar short: home and end are not offered.
func TestShellShortListOffersNoHomeEnd(t *testing.T) {
	ch := step("welcome", msg.StWelcomeTitle, func(_ context.Context, _ *setup.Session, p steps.Prompter) error {
		_, err := p.Choose(steps.Choice{Options: []steps.Option{{Label: plain("red")}, {Label: plain("blue")}}, Submit: msg.New(msg.WizKeyOpen)})
		return err
	})
	h := start(t, WizardOptions{}, flowOf(ch))
	if s := h.want("› red", "enter open"); strings.Contains(s, "home/end") {
		t.Errorf("home/end offered for two rows:\n%s", s)
	}
	h.press("enter")
	h.end()
}

// The help bar says what enter does on the row under the cursor: the
// summary opens a check, but enter on Finish finishes, and said "open".
func TestShellHelpBarSaysWhatEnterDoesOnTheRow(t *testing.T) {
	ch := step("welcome", msg.StWelcomeTitle, func(_ context.Context, _ *setup.Session, p steps.Prompter) error {
		_, err := p.Choose(steps.Choice{Options: []steps.Option{{Label: plain("a check")}, {Label: plain("Finish"), Enter: msg.New(msg.StKeyFinish)}},
			Submit: msg.New(msg.WizKeyOpen)})
		return err
	})
	h := start(t, WizardOptions{}, flowOf(ch))
	h.want("› a check", "enter open")
	h.press("down")
	if s := h.want("› Finish", "enter finish"); strings.Contains(s, "enter open") {
		t.Errorf("enter on Finish is said to open:\n%s", s)
	}
	h.press("enter")
	h.end()
}

// listView draws a list choice as the shell would in a body of width×height.
func listView(t *testing.T, c *choiceScreen, width, height int) []string {
	t.Helper()
	w := NewWizard(WizardOptions{NoColor: true})
	return strings.Split(ansi.Strip(c.view(w, width, height)), "\n")
}

// A check's wrapped title lines up under the title, not under the mark, and
// its fix under the fix.
func TestShellCheckRowsHangUnderTheirTitle(t *testing.T) {
	c := newChoiceScreen(asking{}, checkRows(1, " has a long title that wraps over more than one row of forty", "and a fix that also needs a second row to be read in full"))
	lines := listView(t, c, 40, 20)
	var title, fix []string
	for i, l := range lines {
		if strings.Contains(l, "✗ check number A") {
			for _, c := range lines[i+1:] {
				if strings.Contains(c, "→") {
					break
				}
				title = append(title, c)
			}
		}
		if strings.Contains(l, "→ and a fix") {
			for _, c := range lines[i+1:] {
				if strings.TrimSpace(c) == "" || strings.Contains(c, "Finish") {
					break
				}
				fix = append(fix, c)
			}
		}
	}
	if len(title) == 0 || len(fix) == 0 {
		t.Fatalf("the check did not wrap at 40 columns:\n%s", strings.Join(lines, "\n"))
	}
	for _, c := range title {
		if !strings.HasPrefix(c, "    ") || strings.HasPrefix(c, "     ") {
			t.Errorf("title continuation %q is not under the title", c)
		}
	}
	for _, c := range fix {
		if !strings.HasPrefix(c, "      ") || strings.HasPrefix(c, "       ") {
			t.Errorf("fix continuation %q is not under the fix", c)
		}
	}
}

// However the cursor moves, the window starts on a whole check, never on
// the second row of one, fits its rows, and shows the footer.
func TestShellWindowNeverStartsInsideAnOption(t *testing.T) {
	c := newChoiceScreen(asking{}, checkRows(12, " has a long title that wraps over more than one row", "and a fix that also needs a second row to be read in full"))
	for press := 0; press <= 13; press++ {
		lines := listView(t, c, 40, 16)
		if len(lines) > 16 {
			t.Fatalf("after %d presses %d rows in 16:\n%s", press, len(lines), strings.Join(lines, "\n"))
		}
		first := lines[0]
		if strings.Contains(first, "more above") {
			first = lines[1]
		}
		if !strings.HasPrefix(strings.TrimLeft(first, " ›"), "✗ check number") && !strings.Contains(first, "Finish") {
			t.Fatalf("after %d presses the window starts inside a check with %q:\n%s", press, first, strings.Join(lines, "\n"))
		}
		if !strings.Contains(strings.Join(lines, "\n"), "/home/ada/state.json") {
			t.Fatalf("after %d presses the footer is gone:\n%s", press, strings.Join(lines, "\n"))
		}
		c.cursor = (c.cursor + 1) % len(c.list)
	}
}

// An action page with more rows than fit scrolls them as a list does: by
// whole rows, saying how many are out of sight, with the row under the
// cursor and its notes on screen.
func TestShellActionPageRowsScrollWithTheirNotes(t *testing.T) {
	rows := &steps.RowList{Cursor: 20}
	for i := range 30 {
		name := "plan " + strconv.Itoa(i)
		rows.Items = append(rows.Items, steps.Option{Label: plain(name), Mark: "pass"})
		rows.Notes = append(rows.Notes, []steps.Block{steps.Note(steps.Muted, msg.Verbatim, "note of "+name)})
	}
	c := newChoiceScreen(asking{}, steps.Choice{Style: steps.ActionStyle, Default: -1, Rows: rows,
		Options: []steps.Option{{Label: plain("edit"), Key: "enter e", OnRow: true}}})
	lines := listView(t, c, 60, 16)
	out := strings.Join(lines, "\n")
	if len(lines) > 16 {
		t.Fatalf("%d rows in 16:\n%s", len(lines), out)
	}
	for _, want := range []string{"› ✓ plan 20", "note of plan 20", "more above", "more below"} {
		if !strings.Contains(out, want) {
			t.Errorf("%q is not on screen:\n%s", want, out)
		}
	}
}
