package list

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"paystack-setup/internal/teakeys"
	"paystack-setup/keystore"
	"paystack-setup/msg"
)

// en renders the list's words in English, whatever else runs in the process.
var en = msg.NewPrinter(msg.English)

// subaccountLike builds rows shaped like the subaccount step's: name, bank,
// account, currency. Row k, appended k-th, is "Business k".
func subaccountLike(from, n int) []Item {
	banks := []string{"Access Bank", "GTBank", "Zenith Bank", "First Bank", "Kuda"}
	out := make([]Item, n)
	for i := range out {
		k := from + i
		out[i] = Item{
			Columns: []string{fmt.Sprintf("Business %05d", k), banks[k%len(banks)], fmt.Sprintf("••••%04d", k%10000), "NGN"},
		}
	}
	return out
}

func press(m *Model, keys ...string) {
	for _, k := range keys {
		m.Update(teakeys.Press(k))
	}
}

func typeText(m *Model, s string) {
	for _, r := range s {
		m.Update(teakeys.Press(string(r)))
	}
}

func newTestList() *Model {
	m := New(en, []string{"Business", "Bank", "Account", "Cur"})
	m.SetSize(60, 8)
	return m
}

func TestFilterIsCaseInsensitiveSubstringOverColumns(t *testing.T) {
	m := newTestList()
	m.Append(subaccountLike(0, 10000))
	typeText(m, "ZENITH")
	if got := m.MatchCount(); got != 2000 {
		t.Fatalf("filter ZENITH matched %d rows, want 2000 (every fifth)", got)
	}
	typeText(m, " bank")
	if got := m.MatchCount(); got != 2000 {
		t.Fatalf("narrowing to 'zenith bank' matched %d rows, want 2000", got)
	}
	m.SetFilter("business 0004")
	if got := m.MatchCount(); got != 10 {
		t.Fatalf("'business 0004' matched %d rows, want 10", got)
	}
	// Widening after narrowing must search everything again, not the narrowed set.
	press(m, "backspace", "backspace")
	if got := m.MatchCount(); got != 1000 {
		t.Fatalf("after backspace to 'business 00' matched %d rows, want 1000", got)
	}
	// A filter must not match across the boundary of two columns.
	m.SetFilter("kuda•")
	if got := m.MatchCount(); got != 0 {
		t.Fatalf("a filter spanning two columns matched %d rows", got)
	}
}

func TestViewDrawsOnlyTheVisibleWindow(t *testing.T) {
	m := newTestList()
	m.Append(subaccountLike(0, 10000))
	view := m.View()
	if lines := strings.Count(view, "\n") + 1; lines != 8 {
		t.Fatalf("view has %d lines, want the 8 it was given:\n%s", lines, view)
	}
	if !strings.Contains(view, "Business 00000") || !strings.Contains(view, "Business 00004") {
		t.Fatalf("first rows missing:\n%s", view)
	}
	if strings.Contains(view, "Business 00005") {
		t.Fatalf("row past the window drawn:\n%s", view)
	}
	press(m, "end")
	view = m.View()
	if !strings.Contains(view, "Business 09999") || strings.Contains(view, "Business 00000") {
		t.Fatalf("end should show the last rows only:\n%s", view)
	}
	press(m, "home", "pgdown")
	if first, _ := m.VisibleRange(); first == 0 {
		t.Fatal("page down did not scroll")
	}
	if n, _ := m.SelectedIndex(); n != 5 {
		t.Fatalf("after page down the cursor is on row %d, want 5", n)
	}
}

func TestAppendKeepsCursorAndFilter(t *testing.T) {
	m := newTestList()
	m.Append(subaccountLike(0, 100))
	typeText(m, "gtbank")
	press(m, "down", "down")
	before, _ := m.SelectedIndex()
	m.Append(subaccountLike(100, 100))
	after, _ := m.SelectedIndex()
	if before != after {
		t.Fatalf("cursor moved from row %d to %d when a page arrived", before, after)
	}
	if m.Filter() != "gtbank" || m.MatchCount() != 40 {
		t.Fatalf("filter %q with %d matches after append, want gtbank with 40", m.Filter(), m.MatchCount())
	}
}

// enter is the parent's to answer, with the row under the cursor; it
// never reaches the filter.
func TestEnterLeavesTheItemUnderTheCursorToTheParent(t *testing.T) {
	m := newTestList()
	m.Append(subaccountLike(0, 50))
	typeText(m, "00042")
	press(m, "enter")
	if n, ok := m.SelectedIndex(); !ok || n != 42 || m.Filter() != "00042" {
		t.Fatalf("after enter: row %d (%v), filter %q; want row 42 under 00042", n, ok, m.Filter())
	}
}

func TestEmptyStateNamesTheFilterAndEscClearsIt(t *testing.T) {
	m := newTestList()
	m.Append(subaccountLike(0, 10))
	typeText(m, "xyz")
	if !strings.Contains(m.View(), `Nothing matches "xyz"`) {
		t.Fatalf("empty state missing:\n%s", m.View())
	}
	press(m, "enter")
	if _, ok := m.SelectedIndex(); ok {
		t.Fatal("enter with nothing matching must not select anything")
	}
	if !m.FilterActive() {
		t.Fatal("FilterActive must be true so the parent leaves esc to the list")
	}
	press(m, "esc")
	if m.Filter() != "" || m.MatchCount() != 10 {
		t.Fatalf("esc left filter %q and %d matches", m.Filter(), m.MatchCount())
	}
}

func TestLoadingProgressLine(t *testing.T) {
	m := newTestList()
	m.Append(subaccountLike(0, 3400))
	m.SetLoading(true, 3400, 10000)
	if !strings.Contains(m.View(), "loading 3,400 of 10,000…") {
		t.Fatalf("progress missing:\n%s", m.View())
	}
	m.SetLoading(false, 10000, 10000)
	if strings.Contains(m.View(), "loading") {
		t.Fatal("progress still shown after loading finished")
	}
}

func TestTruncationKeepsDevanagariWholeAndAligned(t *testing.T) {
	defer SetWidthMethod(WidthMethod())
	for _, method := range []ansi.Method{ansi.WcWidth, ansi.GraphemeWidth} {
		SetWidthMethod(method)
		m := New(en, []string{"नाम", "बैंक"})
		m.SetSize(24, 6)
		m.Append([]Item{
			{Columns: []string{"श्री गणेश ट्रेडर्स प्राइवेट लिमिटेड", "एक्सेस बैंक"}},
			{Columns: []string{"Ade Foods", "GTBank"}},
		})
		lines := strings.Split(ansi.Strip(m.View()), "\n")
		for i, line := range lines {
			if !utf8.ValidString(line) || strings.ContainsRune(line, '\uFFFD') {
				t.Errorf("method %d line %d has a broken character: %q", method, i, line)
			}
			if got := method.StringWidth(line); got > 24 {
				t.Errorf("method %d line %d is %d cells wide, limit 24: %q", method, i, got, line)
			}
		}
		// Header and both rows measure the same as the renderer counts, so columns line up.
		for _, i := range []int{2, 3} {
			if method.StringWidth(lines[i]) != method.StringWidth(lines[1]) {
				t.Errorf("method %d: row %q is %d cells, header %q is %d", method, lines[i], method.StringWidth(lines[i]), lines[1], method.StringWidth(lines[1]))
			}
		}
		if !strings.Contains(lines[2], "…") {
			t.Errorf("method %d: the long Hindi name was not truncated: %q", method, lines[2])
		}
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 3400: "3,400", 1234567: "1,234,567", -1200: "-1,200"} {
		if got := Thousands(n); got != want {
			t.Errorf("Thousands(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestHelpNamesEveryMovingKey: the bindings the help bar shows cover every
// key the list answers to, home and end included.
func TestHelpNamesEveryMovingKey(t *testing.T) {
	km := DefaultKeyMap(en)
	var shown []string
	for _, b := range km.Bindings() {
		shown = append(shown, b.Help().Key)
	}
	bar := strings.Join(shown, " ")
	for _, k := range []key.Binding{km.Up, km.Down, km.PageUp, km.PageDown, km.Home, km.End, km.Select, km.ClearFilter} {
		if !strings.Contains(bar, k.Help().Key) {
			t.Errorf("the help bar (%s) does not name %q (%s), which the list answers to", bar, k.Help().Key, k.Help().Desc)
		}
	}
}

// A row can be found by words it does not show (a bank's other name), but
// never by joining two columns.
func TestFilterLooksInTheRowsSearchText(t *testing.T) {
	m := New(en, []string{"Bank"})
	m.Append([]Item{{Columns: []string{"GTBank"}, Search: "Guaranty Trust"}, {Columns: []string{"Zenith"}}})
	m.SetFilter("guaranty")
	if n, ok := m.SelectedIndex(); !ok || m.MatchCount() != 1 || n != 0 { // GTBank
		t.Fatalf("%d matches for a word only in the search text", m.MatchCount())
	}
	m.SetFilter("gtbankguaranty")
	if m.MatchCount() != 0 {
		t.Fatal("a filter matched across the cells and the search text")
	}
}

// A terminal without bracketed paste types a pasted key into the filter,
// maybe after letters already there ("ya" and the key read as one word).
// The list cut the filter to its width before the screen's mask saw it, and
// what was left of a key glued to a word was too short to look like one:
// most of its 40 characters showed.
func TestFilterNeverShowsAKeyCutToTheWidth(t *testing.T) {
	key := "sk_live_" + strings.Repeat("Q7w", 13) + "z"
	for _, width := range []int{40, 50, 60, 80} {
		m := newTestList()
		m.SetSize(width, 8)
		m.Append(subaccountLike(0, 10))
		typeText(m, "ya"+key+"012")
		screen := ansi.Strip(keystore.MaskSecretKeys(m.View())) // as the shell draws every screen
		for start := 0; start+12 <= len(key); start++ {
			if part := key[start : start+12]; strings.Contains(screen, part) {
				t.Fatalf("at %d columns the list shows %q of the key:\n%s", width, part, screen)
			}
		}
	}
}

// ShownIndices is what the filter lets through; SelectIndex puts the
// cursor on a row among them by the order rows came, in sight, and leaves
// it when the filter hides the row; SelectedIndex numbers rows the same.
func TestShownAndSelectIndex(t *testing.T) {
	m := newTestList()
	m.Append(subaccountLike(0, 1000))
	typeText(m, "zenith")
	if idx := m.ShownIndices(); len(idx) != 200 || idx[1] != 7 {
		t.Fatalf("shown indices: %d, second %v", len(idx), idx[1:2])
	}
	m.Update(teakeys.Press("end")) // SelectIndex moves the cursor back up too
	if !m.SelectIndex(502) {
		t.Fatal("a shown row was not found")
	}
	if n, ok := m.SelectedIndex(); !ok || n != 502 || !strings.Contains(m.View(), "› Business 00502") {
		t.Fatalf("SelectedIndex %d, %v:\n%s", n, ok, m.View())
	}
	if m.SelectIndex(503) {
		t.Fatal("a row the filter hides was selected")
	}
	if n, _ := m.SelectedIndex(); n != 502 {
		t.Fatalf("cursor moved to row %d", n)
	}
}

// Deleting characters goes back to the rows the shorter filter showed
// (kept, not searched again), and they are the rows typing it afresh
// shows: rows that arrived while a longer filter hid them included, and
// through a paste, ctrl+u and esc.
func TestDeletingBackShowsWhatTypingAfreshShows(t *testing.T) {
	shownFor := func(filter string, items []Item) []int {
		m := newTestList()
		m.Append(items)
		typeText(m, filter)
		return m.ShownIndices()
	}
	m := newTestList()
	all := subaccountLike(0, 300)
	m.Append(all[:100])
	typeText(m, "zenith bank")
	m.Append(all[100:200]) // pages arrive while the merchant types
	press(m, "backspace", "backspace", "backspace", "backspace", "backspace")
	if got, want := m.ShownIndices(), shownFor("zenith", all[:200]); !slices.Equal(got, want) {
		t.Fatalf("back to %q: %d rows, typing it afresh: %d", m.Filter(), len(got), len(want))
	}
	m.SetFilter(m.Filter() + " bank 1") // a paste
	m.Append(all[200:])
	for _, f := range []string{"zenith bank ", "zenith", "zen", "z", ""} {
		for n := 0; m.Filter() != f; n++ {
			if n > 20 {
				t.Fatalf("backspace never came to %q: %q", f, m.Filter())
			}
			press(m, "backspace")
		}
		if got, want := m.ShownIndices(), shownFor(f, all); !slices.Equal(got, want) {
			t.Fatalf("back to %q: %d rows, typing it afresh: %d", f, len(got), len(want))
		}
	}
	typeText(m, "gtb")
	press(m, "ctrl+u")
	typeText(m, "kud")
	if got, want := m.ShownIndices(), shownFor("kud", all); !slices.Equal(got, want) || len(got) == 0 {
		t.Fatalf("after ctrl+u, %q: %d rows, typing it afresh: %d", m.Filter(), len(got), len(want))
	}
	press(m, "esc")
	if got := m.ShownIndices(); len(got) != len(all) {
		t.Fatalf("esc left %d of %d rows", len(got), len(all))
	}
}

// Levels dropped by a deleted character lend their storage to the next
// ones typed; what every filter shows must still be what typing it afresh
// shows, whatever was typed, erased and loaded before.
func TestReusedFilterStorageNeverMixesUpRows(t *testing.T) {
	all := subaccountLike(0, 600)
	fresh := func(filter string, n int) []int {
		m := newTestList()
		m.Append(all[:n])
		m.SetFilter(filter)
		return m.ShownIndices()
	}
	m := newTestList()
	loaded := 0
	words := []string{"zenith", "bank 00", "kuda", "business 1", "gtb", "first", "ngn", "•"}
	for round, w := range words {
		if loaded < len(all) { // a page arrives between words
			m.Append(all[loaded : loaded+100])
			loaded += 100
		}
		for i := 1; i <= len(w); i++ {
			f := w[:i]
			m.SetFilter(f)
			if got, want := m.ShownIndices(), fresh(f, loaded); !slices.Equal(got, want) {
				t.Fatalf("round %d typing %q: %d rows, typing it afresh: %d", round, f, len(got), len(want))
			}
		}
		for i := len(w) - 1; i >= len(w)/2; i-- {
			f := w[:i]
			m.SetFilter(f)
			if got, want := m.ShownIndices(), fresh(f, loaded); !slices.Equal(got, want) {
				t.Fatalf("round %d erasing to %q: %d rows, typing it afresh: %d", round, f, len(got), len(want))
			}
		}
		m.SetFilter("")
	}
}

// Typing and erasing a word again, as a merchant hunting for a name does,
// allocates nothing for the filter: over 50,000 rows a level was 400 KB of
// garbage a key press, and the collector's cycles it caused were the
// slowest key presses at a terminal (scripts/bench, key press at 50,000).
func TestTypingAndErasingAgainAllocatesNoFilterStorage(t *testing.T) {
	m := newTestList()
	m.Append(subaccountLike(0, 10000))
	word := []string{"b", "bu", "bus", "busi", "bus", "bu", "b", ""}
	for _, f := range word { // the first time may allocate
		m.SetFilter(f)
	}
	allocs := testing.AllocsPerRun(20, func() {
		for _, f := range word {
			m.SetFilter(f)
		}
	})
	if allocs != 0 {
		t.Fatalf("typing and erasing a word again made %.0f allocations, want none", allocs)
	}
}
