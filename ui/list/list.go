// Package list is a filterable list that stays fast with tens of thousands of
// rows, for subaccounts and banks where a huh Select would re-render every
// option on each key press.
//
//	l := list.New(msg.NewPrinter(lang), []string{"Business", "Bank"})
//	l.Append(items) // as pages arrive; cursor and filter are kept
//	l.Update(keyPress) // moves and filters; enter is the parent's
//	n, ok := l.SelectedIndex() // the row under the cursor, by arrival order
//
// Typing filters (case-insensitive substring over the columns); a filter that
// only narrows the previous one searches only the previous matches, and the
// matches of each shorter filter typed on the way are kept, so deleting a
// character goes back to them without searching again. View draws only the
// visible rows, so a frame costs O(visible rows), not O(items).
package list

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"paystack-setup/internal/grow"
	"paystack-setup/keystore"
	"paystack-setup/msg"
)

// widthMethod is how cell widths are measured. It must match the renderer's,
// or rows with Devanagari drift apart: Bubble Tea measures per code point
// (wcwidth) unless the terminal reports Unicode mode 2027, then per grapheme.
var widthMethod atomic.Uint32 // holds an ansi.Method; zero is ansi.WcWidth

// SetWidthMethod follows the renderer: the shell calls it with ansi.GraphemeWidth
// when the terminal answers tea.ModeReportMsg for ansi.ModeUnicodeCore.
func SetWidthMethod(m ansi.Method) { widthMethod.Store(uint32(m)) }

// WidthMethod is the method in use.
func WidthMethod() ansi.Method { return ansi.Method(widthMethod.Load()) }

// Item is one row: the cells shown. The list numbers rows by the order
// they came (SelectedIndex, ShownIndices), so a row holds no value of its
// own: 50,000 of them would be 50,000 objects for the collector to mark.
type Item struct {
	Columns []string
	// Search is more text the filter looks in besides the cells (a bank's
	// other name), never shown.
	Search string
}

// KeyMap holds the list's bindings so the help bar can show them (Select
// is matched by the parent, which answers with SelectedIndex). Pages
// and Ends are the help bar's shared entries for PageUp/PageDown and
// Home/End.
type KeyMap struct {
	Up, Down, PageUp, PageDown, Home, End, Select, ClearFilter key.Binding
	Pages, Ends                                                key.Binding
}

// Printer renders the list's words in the front end's language.
type Printer interface {
	T(id msg.ID, args ...any) string
}

// DefaultKeyMap avoids letter keys for movement because letters type into
// the filter; its help is in p's language.
func DefaultKeyMap(p Printer) KeyMap {
	k := KeyMap{
		Up:          key.NewBinding(key.WithKeys("up", "ctrl+p"), key.WithHelp("↑", p.T(msg.ListKeyUp))),
		Down:        key.NewBinding(key.WithKeys("down", "ctrl+n"), key.WithHelp("↓", p.T(msg.ListKeyDown))),
		PageUp:      key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", p.T(msg.ListKeyPageUp))),
		PageDown:    key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", p.T(msg.ListKeyPageDown))),
		Home:        key.NewBinding(key.WithKeys("home"), key.WithHelp("home", p.T(msg.ListKeyHome))),
		End:         key.NewBinding(key.WithKeys("end"), key.WithHelp("end", p.T(msg.ListKeyEnd))),
		Select:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", p.T(msg.ListKeySelect))),
		ClearFilter: key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", p.T(msg.ListKeyClear))),
	}
	k.Pages = key.NewBinding(key.WithKeys(append(k.PageUp.Keys(), k.PageDown.Keys()...)...),
		key.WithHelp(k.PageUp.Help().Key+"/"+k.PageDown.Help().Key, p.T(msg.ListKeyPages)))
	k.Ends = key.NewBinding(key.WithKeys(append(k.Home.Keys(), k.End.Keys()...)...),
		key.WithHelp(k.Home.Help().Key+"/"+k.End.Help().Key, p.T(msg.ListKeyEnds)))
	return k
}

// Bindings lists the bindings in help-bar order. Page and first/last keys
// share an entry each, so that every working key fits the bar at 80 columns.
func (k KeyMap) Bindings() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Pages, k.Ends, k.Select, k.ClearFilter}
}

// Styles are the few looks the list uses; the shell may replace them with its theme.
type Styles struct {
	Header, Cursor, Row, Filter, Status, Empty lipgloss.Style
}

// DefaultStyles work on light and dark terminals alike.
func DefaultStyles() Styles {
	return Styles{
		Header: lipgloss.NewStyle().Bold(true),
		Cursor: lipgloss.NewStyle().Reverse(true),
		Row:    lipgloss.NewStyle(),
		Filter: lipgloss.NewStyle().Bold(true),
		Status: lipgloss.NewStyle().Faint(true),
		Empty:  lipgloss.NewStyle().Italic(true),
	}
}

// level is the matches of one filter.
type level struct {
	lower   string // the filter, lower-cased
	matches []int32
}

// entry is one row, its text in the model's text chunks: the cells joined
// by NUL in text[start:mid], then the filter's key, lower-cased once so
// filtering never allocates per row, in text[mid:end]. A row is 16 bytes
// and no pointer where it was four strings, a slice, a key and a value:
// 50,000 subaccounts were 15 MB and 300,000 objects for the garbage
// collector to mark on every cycle, which showed as the slowest key
// presses at a terminal.
type entry struct {
	chunk, start, mid, end uint32
}

// chunkSize is how much row text one chunk holds. Chunks are never grown
// (a copy of everything at each doubling would double the peak), only
// added: a row longer than a chunk gets one of its own.
const chunkSize = 256 << 10

// cellSep joins a row's cells: a byte nobody types, so a filter never
// matches across two cells, and that Append drops from a cell's text.
const cellSep = 0

// Model is the list. Use it through a pointer: Update mutates it.
type Model struct {
	Keys   KeyMap
	Styles Styles
	pr     Printer

	headers  []string
	entries  []entry
	text     [][]byte // row text (see entry), chunkSize a chunk
	colWidth []int    // widest cell per column so far, in terminal cells

	filter string
	// matches are indices into entries, in arrival order: levels' last.
	// int32 halves what each level holds (50,000 rows: 200 KB a level).
	matches []int32
	// levels are the matches of each filter typed on the way to this one,
	// shortest first (the empty filter: every item), each filter a prefix of
	// the next; backspace and ctrl+u go back to one without a search.
	levels []level
	// spare is the storage of levels dropped by a deleted character, for
	// the next character typed: typing and erasing then allocates nothing,
	// and a key press does not feed the garbage collector, whose cycles
	// over 50,000 rows were what made the slowest presses slow.
	spare  [][]int32
	needle []byte // the filter being searched for, as bytes; reused
	cursor int    // index into matches
	offset int    // first visible match

	width, height int
	method        ansi.Method // the method colWidth was measured with

	loading       bool
	loaded, total int
	expected      int // Expect's total
	emptyText     string
}

// New makes an empty list with column headers, its words in p's language.
func New(p Printer, headers []string) *Model {
	m := &Model{Keys: DefaultKeyMap(p), Styles: DefaultStyles(), pr: p, headers: headers, width: 80, height: 10, method: WidthMethod()}
	m.levels = []level{{}}
	m.colWidth = make([]int, len(headers))
	m.measureHeaders()
	return m
}

func (m *Model) measureHeaders() {
	for i, h := range m.headers {
		m.colWidth[i] = m.method.StringWidth(h)
	}
}

// remeasure runs once if the renderer's width method changed after items arrived.
func (m *Model) remeasure() {
	if m.method == WidthMethod() {
		return
	}
	m.method = WidthMethod()
	m.measureHeaders()
	for i := range m.entries {
		m.measureCells(m.cells(i))
	}
}

func (m *Model) measureCells(cells []string) {
	for c, cell := range cells {
		if c < len(m.colWidth) {
			m.colWidth[c] = max(m.colWidth[c], m.method.StringWidth(cell))
		}
	}
}

// SetSize sets the space the list may draw in: header, filter and status lines included.
func (m *Model) SetSize(width, height int) {
	m.width, m.height = max(width, 10), max(height, 4)
	m.clampOffset()
}

// SetEmptyText is what shows when there are no items at all and none are loading.
func (m *Model) SetEmptyText(s string) { m.emptyText = s }

// SetLoading shows "loading N of M…" while more pages are on their way; total 0 means unknown.
func (m *Model) SetLoading(loading bool, loaded, total int) {
	m.loading, m.loaded, m.total = loading, loaded, total
}

// Loading reports whether the progress line is shown.
func (m *Model) Loading() bool { return m.loading }

// Len is the number of items held; MatchCount the number passing the filter.
func (m *Model) Len() int        { return len(m.entries) }
func (m *Model) MatchCount() int { return len(m.matches) }

// Filter is the text typed so far.
func (m *Model) Filter() string { return m.filter }

// FilterActive tells a parent that esc belongs to the list (it clears the filter).
func (m *Model) FilterActive() bool { return m.filter != "" }

// cells are the i-th row's cells.
func (m *Model) cells(i int) []string {
	e := &m.entries[i]
	return strings.Split(string(m.text[e.chunk][e.start:e.mid]), string(rune(cellSep)))
}

// search is the i-th row's filter key.
func (m *Model) search(i int) []byte {
	e := &m.entries[i]
	return m.text[e.chunk][e.mid:e.end]
}

// Reset drops every item and the filter, for a reload.
func (m *Model) Reset() {
	m.entries, m.matches, m.spare, m.text = nil, nil, nil, nil
	m.levels = []level{{}}
	m.filter = ""
	m.cursor, m.offset = 0, 0
	m.measureHeaders()
}

// Expect says how many items will have arrived once loading ends (0:
// unknown), so that Append grows the list to that size rather than to the
// next power of two; it never reserves more than four times what is held.
func (m *Model) Expect(total int) { m.expected = total }

// Append adds items as they arrive, keeping the cursor on the same row and the filter applied.
func (m *Model) Append(items []Item) {
	m.remeasure()
	start := len(m.entries)
	m.entries = grow.Toward(m.entries, len(items), m.expected)
	m.entries = m.entries[:start+len(items)]
	needles := make([][]byte, len(m.levels))
	for l, lv := range m.levels {
		needles[l] = []byte(lv.lower)
	}
	for i, it := range items {
		m.entries[start+i] = m.store(it)
		m.measureCells(it.Columns)
		// Each level's filter narrows the one before: an item failing one
		// fails every longer one.
		key := m.search(start + i)
		for l := range m.levels {
			lv := &m.levels[l]
			if !bytes.Contains(key, needles[l]) {
				break
			}
			lv.matches = append(lv.matches, int32(start+i))
		}
	}
	m.matches = m.levels[len(m.levels)-1].matches
}

// store writes an item's text into the chunks: its cells, then its key
// (cells and Search, lower-cased).
func (m *Model) store(it Item) entry {
	size := len(it.Search) + len(it.Columns)
	for _, c := range it.Columns {
		size += len(c)
	}
	size *= 3 // the cells come twice, and lower-casing lengthens a few letters by half
	if n := len(m.text); n == 0 || len(m.text[n-1])+size > cap(m.text[n-1]) {
		m.text = append(m.text, make([]byte, 0, max(chunkSize, size)))
	}
	c := len(m.text) - 1
	buf := m.text[c]
	start := len(buf)
	for i, cell := range it.Columns {
		if i > 0 {
			buf = append(buf, cellSep)
		}
		buf = appendWithout(buf, cell, cellSep)
	}
	mid := len(buf)
	buf = appendLower(buf, buf[start:mid])
	if it.Search != "" {
		buf = append(buf, cellSep)
		buf = appendLower(buf, []byte(it.Search))
	}
	m.text[c] = buf
	return entry{chunk: uint32(c), start: uint32(start), mid: uint32(mid), end: uint32(len(buf))}
}

// appendWithout appends s to buf, leaving out every drop byte.
func appendWithout(buf []byte, s string, drop byte) []byte {
	for {
		i := strings.IndexByte(s, drop)
		if i < 0 {
			return append(buf, s...)
		}
		buf, s = append(buf, s[:i]...), s[i+1:]
	}
}

// appendLower appends s lower-cased as strings.ToLower would, without the
// string it would make: ASCII byte by byte, the rest through bytes.ToLower.
func appendLower(buf, s []byte) []byte {
	for i, c := range s {
		if c >= utf8.RuneSelf {
			return append(buf, bytes.ToLower(s[i:])...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// SetFilter applies a filter as if typed. The matches of the longest
// filter kept that it starts with are its starting point: the same filter
// (a character deleted) needs no search, a longer one (a character typed)
// searches only them.
func (m *Model) SetFilter(f string) {
	lower := strings.ToLower(f)
	for len(m.levels) > 1 && !strings.HasPrefix(lower, m.levels[len(m.levels)-1].lower) {
		m.keepSpare(m.levels[len(m.levels)-1].matches)
		m.levels = m.levels[:len(m.levels)-1]
	}
	if top := m.levels[len(m.levels)-1]; top.lower != lower {
		keep := m.takeSpare(len(top.matches))
		m.needle = append(m.needle[:0], lower...)
		for _, idx := range top.matches {
			if bytes.Contains(m.search(int(idx)), m.needle) {
				keep = append(keep, idx)
			}
		}
		m.levels = append(m.levels, level{lower: lower, matches: keep})
	}
	m.filter, m.matches = f, m.levels[len(m.levels)-1].matches
	m.cursor, m.offset = 0, 0
}

// maxSpare bounds the storage kept for reuse: a word's worth of levels.
const maxSpare = 8

func (m *Model) keepSpare(matches []int32) {
	if cap(matches) == 0 {
		return
	}
	if len(m.spare) < maxSpare {
		m.spare = append(m.spare, matches[:0])
		return
	}
	// Full: the smallest goes, as the least likely to hold a new level.
	small := 0
	for i, s := range m.spare {
		if cap(s) < cap(m.spare[small]) {
			small = i
		}
	}
	if cap(matches) > cap(m.spare[small]) {
		m.spare[small] = matches[:0]
	}
}

// takeSpare is empty storage for a level of at most n matches: the
// smallest spare that holds n, else the largest (append grows it).
func (m *Model) takeSpare(n int) []int32 {
	if len(m.spare) == 0 {
		return []int32{}
	}
	better := func(a, b int) bool {
		if (a >= n) != (b >= n) {
			return a >= n
		}
		if a >= n {
			return a < b
		}
		return a > b
	}
	best := 0
	for i := 1; i < len(m.spare); i++ {
		if better(cap(m.spare[i]), cap(m.spare[best])) {
			best = i
		}
	}
	s := m.spare[best]
	m.spare = append(m.spare[:best], m.spare[best+1:]...)
	return s
}

// SelectedIndex is where the item under the cursor came in the order items
// were appended (0 for the first).
func (m *Model) SelectedIndex() (int, bool) {
	if m.cursor < 0 || m.cursor >= len(m.matches) {
		return 0, false
	}
	return int(m.matches[m.cursor]), true
}

// ShownIndices are the items the filter lets through, as SelectedIndex
// numbers them.
func (m *Model) ShownIndices() []int {
	out := make([]int, len(m.matches))
	for i, idx := range m.matches {
		out[i] = int(idx)
	}
	return out
}

// SelectIndex puts the cursor on the item appended i-th, in sight; false
// (the cursor unmoved) when the filter hides it.
func (m *Model) SelectIndex(i int) bool {
	at, found := slices.BinarySearch(m.matches, int32(i)) // in arrival order
	if !found {
		return false
	}
	m.cursor = at
	m.clampOffset()
	return true
}

// Update handles key presses. enter is left to the parent, which knows
// what choosing a row means; esc clears a filter, and with no filter is
// left to the parent too (see FilterActive).
func (m *Model) Update(message tea.Msg) {
	kp, ok := message.(tea.KeyPressMsg)
	if !ok {
		return
	}
	switch {
	case key.Matches(kp, m.Keys.Up):
		m.move(-1)
	case key.Matches(kp, m.Keys.Down):
		m.move(1)
	case key.Matches(kp, m.Keys.PageUp):
		m.move(-m.rows())
	case key.Matches(kp, m.Keys.PageDown):
		m.move(m.rows())
	case key.Matches(kp, m.Keys.Home):
		m.move(-len(m.matches))
	case key.Matches(kp, m.Keys.End):
		m.move(len(m.matches))
	case key.Matches(kp, m.Keys.Select):
		// The parent's to answer (SelectedIndex); never typed into the filter.
	case key.Matches(kp, m.Keys.ClearFilter):
		m.SetFilter("")
	case kp.String() == "esc":
		if m.filter != "" {
			m.SetFilter("")
		}
	case kp.String() == "backspace":
		if m.filter != "" {
			r := []rune(m.filter)
			m.SetFilter(string(r[:len(r)-1]))
		}
	default:
		k := kp.Key()
		if k.Text != "" && k.Mod&(tea.ModCtrl|tea.ModAlt|tea.ModSuper) == 0 {
			m.SetFilter(m.filter + k.Text)
		}
	}
}

func (m *Model) move(delta int) {
	if len(m.matches) == 0 {
		return
	}
	m.cursor = min(max(m.cursor+delta, 0), len(m.matches)-1)
	m.clampOffset()
}

// rows is how many item rows fit beside the header, filter and status lines.
func (m *Model) rows() int { return max(m.height-3, 1) }

func (m *Model) clampOffset() {
	rows := m.rows()
	if m.cursor < m.offset {
		m.offset = m.cursor
	}
	if m.cursor >= m.offset+rows {
		m.offset = m.cursor - rows + 1
	}
	m.offset = max(min(m.offset, len(m.matches)-rows), 0)
}

// VisibleRange is the [first, last) slice of matches on screen, for tests and scroll hints.
func (m *Model) VisibleRange() (int, int) {
	return m.offset, min(m.offset+m.rows(), len(m.matches))
}

// View draws the filter line, the header, the visible rows and a status line.
func (m *Model) View() string {
	m.remeasure()
	var b strings.Builder
	// A frame's worth at once, not grown by doubling: over 50,000 rows the
	// garbage a key press leaves is what brings the collector round.
	b.Grow((m.height + 1) * (2*m.width + 16))
	widths := m.fitColumns(m.width - 2) // 2 for the cursor mark
	// Masked before it is cut to the width: a key typed into the filter (a
	// paste, without bracketed paste) and cut short no longer looks like
	// one to the mask the shell puts over the whole screen.
	filter := keystore.MaskSecretKeys(m.filter)
	b.WriteString(m.Styles.Filter.Render(fitCell(m.method, m.pr.T(msg.ListFilterPrompt, filter), m.width)))
	b.WriteByte('\n')
	b.WriteString(m.Styles.Header.Render("  " + m.renderCells(m.headers, widths)))
	b.WriteByte('\n')
	rows := m.rows()
	first, last := m.VisibleRange()
	drawn := 0
	switch {
	case len(m.matches) == 0 && m.filter != "":
		b.WriteString(m.Styles.Empty.Render(fitCell(m.method, m.pr.T(msg.ListNothingMatches, filter), m.width)))
		b.WriteByte('\n')
		drawn++
	case len(m.entries) == 0 && !m.loading && m.emptyText != "":
		b.WriteString(m.Styles.Empty.Render(fitCell(m.method, m.emptyText, m.width)))
		b.WriteByte('\n')
		drawn++
	}
	for i := first; i < last; i++ {
		line := m.renderCells(m.cells(int(m.matches[i])), widths)
		if i == m.cursor {
			b.WriteString(m.Styles.Cursor.Render("› " + line))
		} else {
			b.WriteString(m.Styles.Row.Render("  " + line))
		}
		b.WriteByte('\n')
		drawn++
	}
	for ; drawn < rows; drawn++ {
		b.WriteByte('\n')
	}
	b.WriteString(m.Styles.Status.Render(fitCell(m.method, m.statusLine(), m.width)))
	return b.String()
}

func (m *Model) statusLine() string {
	counts := m.pr.T(msg.ListCount, Thousands(len(m.matches)), Thousands(len(m.entries)))
	if !m.loading {
		return counts
	}
	if m.total > 0 {
		return counts + " · " + m.pr.T(msg.ListLoadingOf, Thousands(m.loaded), Thousands(m.total))
	}
	return counts + " · " + m.pr.T(msg.ListLoading)
}

// fitColumns shares the width between columns: each gets its widest cell, and
// when that is too much the widest columns give up space first, so short
// columns such as currency or "yes" stay whole.
func (m *Model) fitColumns(avail int) []int {
	n := len(m.colWidth)
	w := make([]int, n)
	copy(w, m.colWidth)
	if n == 0 {
		return w
	}
	gaps := n - 1
	total := gaps
	for _, x := range w {
		total += x
	}
	for total > avail {
		widest := 0
		for i := range w {
			if w[i] > w[widest] {
				widest = i
			}
		}
		if w[widest] <= 3 {
			break
		}
		w[widest]--
		total--
	}
	return w
}

func (m *Model) renderCells(cells []string, widths []int) string {
	var b strings.Builder
	b.Grow(2 * (m.width + len(widths))) // most cells are one byte a cell
	for i, w := range widths {
		if i > 0 {
			b.WriteByte(' ')
		}
		cell := ""
		if i < len(cells) {
			cell = cells[i]
		}
		b.WriteString(fitCell(m.method, cell, w))
	}
	return b.String()
}

// fitCell truncates by terminal cells (never inside a character) and pads with
// spaces to exactly w cells as the renderer counts them, so Devanagari rows stay aligned.
func fitCell(method ansi.Method, s string, w int) string {
	if w <= 0 {
		return ""
	}
	if method.StringWidth(s) > w {
		s = method.Truncate(s, w, "…")
	}
	if pad := w - method.StringWidth(s); pad > 0 {
		s += strings.Repeat(" ", pad)
	}
	return s
}

// Thousands writes 10000 as "10,000" for progress lines.
func Thousands(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
