package ui

import (
	"context"
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/steps"
	"paystack-setup/ui/list"
	"paystack-setup/ui/render"
	"paystack-setup/ui/theme"
)

// screen is one question on screen (or a wait), answering the flow once.
type screen interface {
	init() tea.Cmd
	update(w *Wizard, m tea.Msg) tea.Cmd
	view(w *Wizard, width, height int) string
	keys(w *Wizard) []key.Binding
	// answered: the flow has its answer; keys typed now are for the next question.
	answered() bool
	// interrupt answers ErrInterrupted (a form's values written back first,
	// for its draft).
	interrupt()
}

// asking is what every question shares: the flow's reply channel, what was
// told above it, and whether back goes anywhere.
type asking struct {
	reply   chan<- answer
	told    []steps.Block
	canBack bool
	km      *theme.KeyMap // the shell's keys, in its language
	done    bool
}

func (a *asking) answered() bool { return a.done }

func (a *asking) answer(x answer) {
	if !a.done {
		a.done = true
		a.reply <- x
	}
}

func (a *asking) interrupt() { a.answer(answer{err: steps.ErrInterrupted}) }

// back is esc/shift+tab when it goes somewhere.
func (a *asking) back(kp tea.KeyPressMsg) bool {
	if !key.Matches(kp, a.km.Back) {
		return false
	}
	if a.canBack {
		a.answer(answer{err: steps.ErrBack})
	}
	return true
}

func (a *asking) backKey() []key.Binding {
	if !a.canBack {
		return nil
	}
	return []key.Binding{a.km.Back}
}

// page joins what a question says above its widget.
func (w *Wizard) page(width int, told, body []steps.Block, rest ...string) string {
	var parts []string
	if s := w.blocks(width, append(append([]steps.Block(nil), told...), body...)); s != "" {
		parts = append(parts, s)
	}
	for _, r := range rest {
		if r != "" {
			parts = append(parts, r)
		}
	}
	return strings.Join(parts, "\n\n")
}

func (w *Wizard) subtitle(width int, t msg.Text) string {
	if t.IsZero() {
		return ""
	}
	return w.th.Subtitle.Render(render.Para(width, w.pr.Text(t)))
}

func isEnter(kp tea.KeyPressMsg) bool { return kp.String() == "enter" || kp.String() == "tab" }

// choiceScreen is a Choice: a cursor list, or a page of key actions (with
// rows for its OnRow actions, under a cursor of their own).
type choiceScreen struct {
	asking
	q steps.Choice
	// list are the options drawn as a list (ListStyle: those without a
	// Key); cursor is an index into list, or in ActionStyle the option
	// enter takes (-1: none).
	list   []int
	cursor int
	row    int // ActionStyle: the row of q.Rows under the cursor
	// scroll is the first line shown of an action page without rows that
	// is taller than the window: ↑/↓ move it, and the question under it
	// stays in sight.
	scroll int
}

func newChoiceScreen(base asking, q steps.Choice) *choiceScreen {
	c := &choiceScreen{asking: base, q: q}
	if q.Style == steps.ActionStyle {
		switch {
		case q.Default < 0:
			c.cursor = -1
		case q.Default < len(q.Options):
			c.cursor = q.Default
		}
		if n := c.rowCount(); n > 0 {
			c.row = min(max(q.Rows.Cursor, 0), n-1)
		}
		return c
	}
	for i, o := range q.Options {
		if o.Key != "" {
			continue
		}
		if i == q.Default {
			c.cursor = len(c.list)
		}
		c.list = append(c.list, i)
	}
	return c
}

func (c *choiceScreen) init() tea.Cmd { return nil }

func (c *choiceScreen) rowCount() int {
	if c.q.Rows == nil {
		return 0
	}
	return len(c.q.Rows.Items)
}

// offered: an option for a row is no option without rows.
func (c *choiceScreen) offered(i int) bool {
	return i >= 0 && i < len(c.q.Options) && (!c.q.Options[i].OnRow || c.rowCount() > 0)
}

// take answers option i, leaving the row it was taken for in the flow's rows.
func (c *choiceScreen) take(i int) {
	if c.q.Rows != nil {
		c.q.Rows.Cursor = c.row
	}
	c.answer(answer{n: i})
}

func (c *choiceScreen) update(_ *Wizard, m tea.Msg) tea.Cmd {
	kp, ok := m.(tea.KeyPressMsg)
	if !ok || c.done || c.back(kp) {
		return nil
	}
	for i, o := range c.q.Options {
		if c.offered(i) && slices.Contains(strings.Fields(o.Key), kp.String()) {
			c.take(i)
			return nil
		}
	}
	if c.q.Style == steps.ActionStyle {
		switch rows := c.rowCount(); {
		case rows == 0 && key.Matches(kp, c.km.Up):
			c.scroll = max(c.scroll-1, 0)
		case rows == 0 && key.Matches(kp, c.km.Down):
			c.scroll++ // the view keeps it within the page
		case rows > 0 && key.Matches(kp, c.km.Up):
			c.row = max(c.row-1, 0)
		case rows > 0 && key.Matches(kp, c.km.Down):
			c.row = min(c.row+1, rows-1)
		case isEnter(kp) && c.offered(c.cursor):
			c.take(c.cursor)
		}
		return nil
	}
	n := len(c.list)
	switch {
	case n == 0:
	case key.Matches(kp, c.km.Up):
		c.cursor = (c.cursor + n - 1) % n
	case key.Matches(kp, c.km.Down):
		c.cursor = (c.cursor + 1) % n
	case kp.String() == "home":
		c.cursor = 0
	case kp.String() == "end":
		c.cursor = n - 1
	case isEnter(kp):
		c.answer(answer{n: c.list[c.cursor]})
	}
	return nil
}

// manyRows is where home and end start to earn their place in the help bar:
// with up and down wrapping around, any of five rows is two presses away.
const manyRows = 5

func (c *choiceScreen) keys(w *Wizard) []key.Binding {
	var keyed []key.Binding
	for i, o := range c.q.Options {
		if !c.offered(i) {
			continue
		}
		label, keys := w.pr.Text(o.Label), strings.Fields(o.Key)
		switch {
		case len(keys) > 0:
			keyed = append(keyed, key.NewBinding(key.WithKeys(keys...), key.WithHelp(keys[0], label)))
		case c.q.Style == steps.ActionStyle && i == c.cursor:
			keyed = append(keyed, key.NewBinding(key.WithKeys("enter", "tab"), key.WithHelp("enter", label)))
		}
	}
	if c.q.Style == steps.ActionStyle {
		var ks []key.Binding
		if c.rowCount() > 0 {
			ks = append(ks, c.km.Up, c.km.Down)
		}
		return append(append(ks, keyed...), c.backKey()...)
	}
	submit := c.q.Submit
	if c.cursor < len(c.list) {
		if enter := c.q.Options[c.list[c.cursor]].Enter; !enter.IsZero() {
			submit = enter
		}
	}
	if submit.IsZero() {
		submit = msg.New(msg.StKeyChoose)
	}
	ks := []key.Binding{c.km.Up, c.km.Down}
	if len(c.list) > manyRows {
		ks = append(ks, key.NewBinding(key.WithKeys("home", "end"), key.WithHelp("home/end", w.pr.T(msg.ListKeyEnds))))
	}
	ks = append(ks, key.NewBinding(key.WithKeys("enter", "tab"), key.WithHelp("enter", w.pr.Text(submit))))
	return append(append(ks, keyed...), c.backKey()...)
}

func (c *choiceScreen) view(w *Wizard, width, height int) string {
	footer := w.blocks(width, c.q.Footer)
	title := w.subtitle(width, c.q.Title)
	if c.q.Style == steps.ActionStyle {
		if c.rowCount() == 0 {
			return c.scrolled(w, width, height, footer, title)
		}
		var notes string
		if r := c.q.Rows; c.row < len(r.Notes) {
			notes = w.blocks(width, r.Notes[c.row])
		}
		options := make([][]string, c.rowCount())
		for i, it := range c.q.Rows.Items {
			options[i] = w.optionRows(width, it, i == c.row)
		}
		// The rows get what the rest leaves of the screen (and the blank
		// line before it), so the row under the cursor and its notes stay
		// in sight in a long list.
		room := height - lipgloss.Height(w.page(width, c.told, c.q.Body, notes, footer, title)) - 2
		rows := strings.Join(w.window(options, c.row, max(room, 3)), "\n")
		return w.page(width, c.told, c.q.Body, rows, notes, footer, title)
	}
	options := make([][]string, len(c.list))
	for i, oi := range c.list {
		options[i] = w.optionRows(width, c.q.Options[oi], i == c.cursor)
	}
	// The list scrolls; what is above it and the footer (where the
	// summary says things are kept) stay in sight.
	room := height
	if top := w.page(width, c.told, c.q.Body); top != "" {
		room -= lipgloss.Height(top) + 1
	}
	if title != "" {
		room -= lipgloss.Height(title)
	}
	if footer != "" {
		if room-lipgloss.Height(footer)-1 < 3 {
			// No room for both: the options are the question, and a note
			// cut off mid-sentence at the window's edge says nothing.
			footer = ""
		} else {
			room -= lipgloss.Height(footer) + 1
		}
	}
	list := w.window(options, c.cursor, max(room, 3))
	if title != "" {
		list = append([]string{title}, list...)
	}
	return w.page(width, c.told, c.q.Body, strings.Join(list, "\n"), footer)
}

// scrolled is an action page without rows: when what it says does not fit
// above its question (a step's instructions at 60×20), it is shown a window
// at a time with "more" lines, and the footer and the question stay in
// sight below it, so enter is never pressed on a question that was cut off.
func (c *choiceScreen) scrolled(w *Wizard, width, height int, footer, title string) string {
	page := w.page(width, c.told, c.q.Body)
	tail := w.page(width, nil, nil, footer, title)
	room := height
	if tail != "" {
		room -= lipgloss.Height(tail) + 1
	}
	lines := strings.Split(page, "\n")
	if page == "" || len(lines) <= room || room < 3 {
		c.scroll = 0
		return w.page(width, c.told, c.q.Body, footer, title)
	}
	// Both "more" lines take a row of the room once the page is scrolled.
	c.scroll = min(c.scroll, len(lines)-(room-2))
	shown := room - 1
	if c.scroll > 0 {
		shown--
	}
	if c.scroll+shown >= len(lines) {
		shown = len(lines) - c.scroll
	}
	out := w.withMore(c.scroll, lines[c.scroll:c.scroll+shown], len(lines)-c.scroll-shown)
	return strings.Join(out, "\n") + "\n\n" + tail
}

// optionRows draws one option of a list. A check's wrapped title lines up
// under the title, not under its mark, and its fix follows under an arrow.
func (w *Wizard) optionRows(width int, o steps.Option, current bool) []string {
	text, indent := w.pr.Text(o.Label), "  "
	if mark := w.markFor(o.Mark); mark != "" {
		text, indent = mark+" "+text, "    "
	}
	var rows []string
	if current {
		rows = strings.Split(w.th.Accent.Render(strings.Join(render.Hang(width, "› ", indent, text), "\n")), "\n")
	} else {
		rows = render.Hang(width, "  ", indent, text)
	}
	switch {
	case o.Detail.IsZero():
	case o.Mark != "":
		rows = append(rows, render.Hang(width, "    → ", "      ", w.pr.Text(o.Detail))...)
	default:
		rows = append(rows, w.th.Muted.Render(strings.Join(render.Hang(width, "    ", "    ", w.pr.Text(o.Detail)), "\n")))
	}
	return rows
}

// window keeps the options that fit in room rows, each one whole, around
// the cursor's, and says how many are out of sight above and below: with
// the cursor on the summary's Finish, the first checks scroll away.
func (w *Wizard) window(options [][]string, cursor, room int) []string {
	heights := make([]int, len(options))
	total := 0
	for i, o := range options {
		heights[i] = len(o)
		total += len(o)
	}
	first, end := 0, len(options)
	if total > room && len(options) > 0 {
		first, end = placeWindow(heights, cursor, room)
	}
	var shown []string
	for _, o := range options[first:end] {
		shown = append(shown, o...)
	}
	return w.withMore(first, shown, len(options)-end)
}

// withMore puts a line saying how many are out of sight above and below
// around the lines shown, where there are any.
func (w *Wizard) withMore(above int, shown []string, below int) []string {
	var out []string
	if above > 0 {
		out = append(out, w.th.Muted.Render("  "+w.pr.T(msg.StSumMoreAbove, above)))
	}
	out = append(out, shown...)
	if below > 0 {
		out = append(out, w.th.Muted.Render("  "+w.pr.T(msg.StSumMoreBelow, below)))
	}
	return out
}

// placeWindow picks the options [first, end) to draw: the cursor's, up to a
// third of the room above it, as many below as fit, then more above. A
// "more" line takes a row of the room.
func placeWindow(heights []int, cursor, room int) (first, end int) {
	n := len(heights)
	first, end = cursor, cursor+1
	used := heights[cursor]
	fits := func(f, e, rows int) bool {
		if f > 0 {
			rows++
		}
		if e < n {
			rows++
		}
		return rows <= room
	}
	for first > 0 && used-heights[cursor]+heights[first-1] <= room/3 && fits(first-1, end, used+heights[first-1]) {
		first--
		used += heights[first]
	}
	for end < n && fits(first, end+1, used+heights[end]) {
		used += heights[end]
		end++
	}
	for first > 0 && fits(first-1, end, used+heights[first-1]) {
		first--
		used += heights[first]
	}
	return first, end
}

// inputScreen is an Input: one line, judged as it is typed.
type inputScreen struct {
	asking
	q       steps.Input
	in      textinput.Model
	problem error // Validate's verdict, or Refused until the text changes
}

func newInputScreen(base asking, q steps.Input) *inputScreen {
	in := steadyInput()
	if q.Secret {
		in.EchoMode = textinput.EchoPassword
		in.EchoCharacter = '•'
	}
	in.Placeholder = q.Placeholder
	in.CharLimit = q.CharLimit
	in.SetValue(q.Value)
	in.CursorEnd()
	return &inputScreen{asking: base, q: q, in: in, problem: q.Refused}
}

func (s *inputScreen) init() tea.Cmd { return s.in.Focus() }

func (s *inputScreen) update(w *Wizard, m tea.Msg) tea.Cmd {
	if s.done {
		return nil
	}
	if kp, ok := m.(tea.KeyPressMsg); ok {
		if s.back(kp) {
			return nil
		}
		if isEnter(kp) {
			v := s.in.Value()
			if s.q.Validate != nil {
				if err := s.q.Validate(v); err != nil {
					s.problem = err
					return nil
				}
			}
			if k, err := paystack.ParseSecretKey(v); err == nil && s.q.Secret {
				w.hold(k)
			}
			s.in.Blur()
			s.answer(answer{text: v})
			return nil
		}
		for _, sc := range s.q.Shortcuts {
			if kp.String() == sc.Key {
				s.in.SetValue(sc.Value)
				s.in.CursorEnd()
				s.changed()
				return nil
			}
		}
	}
	before := s.in.Value()
	var cmd tea.Cmd
	s.in, cmd = s.in.Update(m)
	if s.in.Value() != before {
		s.changed()
	}
	return cmd
}

// changed judges the new text; an empty field is not scolded.
func (s *inputScreen) changed() {
	s.problem = nil
	if s.q.Validate != nil && strings.TrimSpace(s.in.Value()) != "" {
		s.problem = s.q.Validate(s.in.Value())
	}
}

func (s *inputScreen) keys(w *Wizard) []key.Binding {
	submit := s.q.Submit
	if submit.IsZero() {
		submit = msg.New(msg.WizKeyNext)
	}
	ks := []key.Binding{key.NewBinding(key.WithKeys("enter", "tab"), key.WithHelp("enter", w.pr.Text(submit)))}
	ks = append(ks, s.backKey()...)
	for _, sc := range s.q.Shortcuts {
		ks = append(ks, key.NewBinding(key.WithKeys(sc.Key), key.WithHelp(sc.Key, w.pr.Text(sc.Label))))
	}
	return ks
}

func (s *inputScreen) view(w *Wizard, width, _ int) string {
	s.in.SetWidth(max(width-4, 10))
	var field []string
	if t := w.subtitle(width, s.q.Title); t != "" {
		field = append(field, t)
	}
	field = append(field, fieldView(s.in))
	if s.problem != nil {
		field = append(field, w.th.Bad.Render(render.Para(width, w.pr.Sentence(s.problem))))
	}
	if s.q.Notes != nil {
		if notes := w.blocks(width, s.q.Notes(s.in.Value())); notes != "" {
			field = append(field, notes)
		}
	}
	return w.page(width, s.told, s.q.Body, strings.Join(field, "\n"))
}

// formScreen is a Form: its fields edited together, one focused at a time.
type formScreen struct {
	asking
	f        *steps.Form
	ctx      context.Context
	inputs   []textinput.Model // for text fields
	values   []string
	problems []error
	focus    int
	resolved map[string]resolution
	gen      int
	spin     spinner.Model
}

type resolution struct {
	gen     int
	running bool
	blocks  []steps.Block
	err     error
}

// resolvedMsg is a form's Resolve having answered for one field.
type resolvedMsg struct {
	form   *formScreen
	key    string
	gen    int
	blocks []steps.Block
	err    error
}

func newFormScreen(base asking, f *steps.Form, ctx context.Context) *formScreen {
	s := &formScreen{asking: base, f: f, ctx: ctx, resolved: map[string]resolution{},
		spin: spinner.New(spinner.WithSpinner(spinner.Dot))}
	for _, fl := range f.Fields {
		in := steadyInput()
		in.Prompt = ""
		in.SetValue(fl.Value)
		in.CursorEnd()
		s.inputs = append(s.inputs, in)
		s.values = append(s.values, fl.Value)
		s.problems = append(s.problems, nil)
	}
	return s
}

func (s *formScreen) init() tea.Cmd { return s.focusField(0) }

func (s *formScreen) focusField(i int) tea.Cmd {
	for j := range s.inputs {
		s.inputs[j].Blur()
	}
	if len(s.f.Fields) == 0 {
		return nil
	}
	s.focus = min(max(i, 0), len(s.f.Fields)-1)
	if s.f.Fields[s.focus].Kind == steps.TextField {
		return s.inputs[s.focus].Focus()
	}
	return nil
}

func (s *formScreen) value(i int) string {
	if s.f.Fields[i].Kind == steps.TextField {
		return s.inputs[i].Value()
	}
	return s.values[i]
}

func (s *formScreen) snapshot() map[string]string {
	out := make(map[string]string, len(s.f.Fields))
	for i, fl := range s.f.Fields {
		out[fl.Key] = s.value(i)
	}
	return out
}

// writeBack puts what is on screen into the flow's form: its answer, or its
// draft when the form is left.
func (s *formScreen) writeBack() {
	for i := range s.f.Fields {
		s.f.Fields[i].Value = s.value(i)
	}
}

func (s *formScreen) leave(err error) {
	s.writeBack()
	s.answer(answer{err: err})
}

func (s *formScreen) interrupt() { s.leave(steps.ErrInterrupted) }

func (s *formScreen) judge(i int) bool {
	s.problems[i] = nil
	if v := s.f.Fields[i].Validate; v != nil {
		s.problems[i] = v(s.value(i))
	}
	return s.problems[i] == nil
}

func (s *formScreen) update(w *Wizard, m tea.Msg) tea.Cmd {
	if s.done {
		return nil
	}
	switch v := m.(type) {
	case resolvedMsg:
		if v.form == s {
			if r := s.resolved[v.key]; r.gen == v.gen {
				s.resolved[v.key] = resolution{gen: v.gen, blocks: v.blocks, err: v.err}
			}
		}
		return nil
	case spinner.TickMsg:
		if !s.resolving() {
			return nil
		}
		var cmd tea.Cmd
		s.spin, cmd = s.spin.Update(v)
		return cmd
	case tea.KeyPressMsg:
		return s.onKey(v)
	}
	if len(s.f.Fields) > 0 && s.f.Fields[s.focus].Kind == steps.TextField {
		var cmd tea.Cmd
		s.inputs[s.focus], cmd = s.inputs[s.focus].Update(m)
		return cmd
	}
	return nil
}

func (s *formScreen) onKey(kp tea.KeyPressMsg) tea.Cmd {
	if len(s.f.Fields) == 0 {
		if isEnter(kp) {
			s.leave(nil)
		}
		return nil
	}
	fl := s.f.Fields[s.focus]
	if s.f.Checklist {
		// A list of boxes: the cursor moves over it and enter answers it
		// from wherever it is.
		switch {
		case key.Matches(kp, s.km.Up):
			return s.focusField(s.focus - 1)
		case key.Matches(kp, s.km.Down):
			return s.focusField(s.focus + 1)
		case key.Matches(kp, s.km.Back):
			if s.canBack {
				s.leave(steps.ErrBack)
			}
			return nil
		case isEnter(kp):
			return s.submit(nil)
		}
	}
	switch {
	case key.Matches(kp, s.km.Back):
		if s.focus > 0 {
			return s.focusField(s.focus - 1)
		}
		if s.canBack {
			s.leave(steps.ErrBack)
		}
		return nil
	case isEnter(kp):
		s.settle(s.focus)
		if !s.judge(s.focus) {
			return nil
		}
		resolve := s.resolve(fl.Key)
		if s.focus < len(s.f.Fields)-1 {
			return tea.Batch(resolve, s.focusField(s.focus+1))
		}
		return s.submit(resolve)
	}
	switch fl.Kind {
	case steps.ToggleField:
		if kp.String() == "space" || kp.String() == " " {
			if s.values[s.focus] == "" {
				s.values[s.focus] = "yes"
			} else {
				s.values[s.focus] = ""
			}
			s.judge(s.focus)
		}
		return nil
	case steps.SelectField:
		n := len(fl.Options)
		if n == 0 {
			return nil
		}
		cur := optionIndex(s.values[s.focus], n)
		switch kp.String() {
		case "left", "up", "h", "k":
			cur = (cur + n - 1) % n
		case "right", "down", "l", "j", "space", " ":
			cur = (cur + 1) % n
		default:
			return nil
		}
		s.values[s.focus] = strconv.Itoa(cur)
		s.judge(s.focus)
		return nil
	}
	before := s.inputs[s.focus].Value()
	var cmd tea.Cmd
	s.inputs[s.focus], cmd = s.inputs[s.focus].Update(kp)
	if s.inputs[s.focus].Value() != before {
		s.problems[s.focus] = nil
	}
	return cmd
}

// submit answers the form once every field passes, or shows the first that
// does not.
func (s *formScreen) submit(resolve tea.Cmd) tea.Cmd {
	for i := range s.f.Fields {
		if !s.judge(i) {
			return tea.Batch(resolve, s.focusField(i))
		}
	}
	s.leave(nil)
	return resolve
}

// settle puts the values a field's Settle gives into the form ("2 weeks"
// becomes "week" and a count of 2).
func (s *formScreen) settle(i int) {
	settle := s.f.Fields[i].Settle
	if settle == nil {
		return
	}
	for k, v := range settle(s.snapshot()) {
		for j, fl := range s.f.Fields {
			if fl.Key != k {
				continue
			}
			if fl.Kind == steps.TextField {
				s.inputs[j].SetValue(v)
				s.inputs[j].CursorEnd()
			} else {
				s.values[j] = v
			}
		}
	}
}

// resolve runs the form's Resolve for an answered field off the event loop.
func (s *formScreen) resolve(field string) tea.Cmd {
	if s.f.Resolve == nil {
		return nil
	}
	s.gen++
	gen, values, resolve, ctx := s.gen, s.snapshot(), s.f.Resolve, s.ctx
	s.resolved[field] = resolution{gen: gen, running: true}
	run := func() tea.Msg {
		blocks, err := resolve(ctx, field, values)
		return resolvedMsg{form: s, key: field, gen: gen, blocks: blocks, err: err}
	}
	return tea.Batch(run, s.spin.Tick)
}

func (s *formScreen) resolving() bool {
	for _, r := range s.resolved {
		if r.running {
			return true
		}
	}
	return false
}

func (s *formScreen) keys(w *Wizard) []key.Binding {
	if len(s.f.Fields) == 0 {
		return []key.Binding{s.km.Next}
	}
	last, first := s.focus == len(s.f.Fields)-1, s.focus == 0
	submit := s.f.Submit
	if submit.IsZero() {
		submit = msg.New(msg.WizKeyNext)
	}
	back := s.km.Back // a copy: the shared binding keeps its words
	if !s.f.Back.IsZero() {
		back.SetHelp(back.Help().Key, w.pr.Text(s.f.Back))
	}
	if s.f.Checklist {
		ks := []key.Binding{s.km.Up, s.km.Down,
			key.NewBinding(key.WithKeys("space"), key.WithHelp("space", w.pr.T(msg.FrameKeyToggle))),
			key.NewBinding(key.WithKeys("enter", "tab"), key.WithHelp("enter", w.pr.Text(submit)))}
		if s.canBack {
			ks = append(ks, back)
		}
		return ks
	}
	next := msg.New(msg.FrameKeyNextField)
	if last {
		next = submit
	}
	ks := []key.Binding{key.NewBinding(key.WithKeys("enter", "tab"), key.WithHelp("enter", w.pr.Text(next)))}
	switch {
	case !first:
		ks = append(ks, key.NewBinding(key.WithKeys("esc", "shift+tab"), key.WithHelp("esc", w.pr.T(msg.FrameKeyPrevField))))
	case s.canBack:
		ks = append(ks, back)
	}
	switch s.f.Fields[s.focus].Kind {
	case steps.ToggleField:
		ks = append(ks, key.NewBinding(key.WithKeys("space"), key.WithHelp("space", w.pr.T(msg.FrameKeyToggle))))
	case steps.SelectField:
		ks = append(ks, key.NewBinding(key.WithKeys("left", "right"), key.WithHelp("←/→", w.pr.T(msg.FrameKeySwitch))))
	}
	return ks
}

func (s *formScreen) view(w *Wizard, width, _ int) string {
	var rows []string
	if t := w.subtitle(width, s.f.Title); t != "" {
		rows = append(rows, t, "")
	}
	values := s.snapshot()
	var after []steps.Block
	indented := func(text string) {
		for _, line := range strings.Split(text, "\n") {
			rows = append(rows, "    "+line)
		}
	}
	for i, fl := range s.f.Fields {
		label := w.pr.Text(fl.Label)
		lead := "  "
		style := func(s ...string) string { return strings.Join(s, "") }
		if i == s.focus {
			lead, style = "› ", w.th.Accent.Render
		}
		switch fl.Kind {
		case steps.ToggleField:
			box := "[ ]"
			if s.values[i] != "" {
				box = "[x]"
			}
			rows = append(rows, style(lead+box+" "+label))
		case steps.SelectField:
			choice := ""
			if len(fl.Options) > 0 {
				choice = "‹ " + w.pr.Text(fl.Options[optionIndex(s.values[i], len(fl.Options))].Label) + " ›"
			}
			rows = append(rows, style(lead+label+":")+" "+choice)
		default:
			s.inputs[i].SetWidth(max(width-lipgloss.Width(lead+label+": ")-1, 10))
			rows = append(rows, style(lead+label+":")+" "+fieldView(s.inputs[i]))
		}
		if p := s.problems[i]; p != nil {
			indented(w.th.Bad.Render(render.Para(width-4, w.pr.Sentence(p))))
		}
		if r, ok := s.resolved[fl.Key]; ok {
			switch {
			case r.running:
				indented(s.spin.View() + " " + w.pr.T(msg.FrameResolving))
			case r.err != nil:
				indented(w.th.Warn.Render(render.Para(width-4, w.pr.Sentence(r.err))))
			case len(r.blocks) > 0:
				indented(w.blocks(width-4, r.blocks))
			}
		}
		if fl.Notes != nil {
			switch notes := fl.Notes(values); {
			case len(notes) == 0:
			case s.f.Checklist:
				// A checklist's notes judge the ticks together: under the
				// list, not indented under whichever box holds them.
				after = append(after, notes...)
			default:
				indented(w.blocks(width-4, notes))
			}
		}
	}
	if len(after) > 0 {
		rows = append(rows, "", w.blocks(width, after))
	}
	return w.page(width, s.told, s.f.Body, strings.Join(rows, "\n"))
}

// optionIndex reads a select field's value, the chosen option's index.
func optionIndex(v string, n int) int {
	i, err := strconv.Atoi(v)
	if err != nil || i < 0 || i >= n {
		return 0
	}
	return i
}

// pickScreen is a Pick: the long list, filled as pages arrive. esc while it
// loads stops the loading and keeps what arrived; r loads it again after a
// stop or a failure.
type pickScreen struct {
	asking
	q       steps.Pick
	id      int64
	loader  *pickLoader
	load    int // the load whose rows are taken; a stopped one's are dropped
	l       *list.Model
	count   int
	total   int
	loading bool
	stopped bool
	err     error
	spin    spinner.Model
	placed  bool // the cursor went to q.Cursor's row
}

func newPickScreen(w *Wizard, base asking, req pickRequest) *pickScreen {
	headers := make([]string, len(req.q.Columns))
	for i, c := range req.q.Columns {
		headers[i] = w.pr.Text(c)
	}
	l := list.New(w.pr, headers)
	w.themeList(l)
	if !req.q.Empty.IsZero() {
		l.SetEmptyText(w.pr.Text(req.q.Empty))
	}
	l.SetFilter(render.Data(req.q.Filter))
	s := &pickScreen{asking: base, q: req.q, id: req.id, loader: req.loader, load: 1, l: l, loading: true,
		spin: spinner.New(spinner.WithSpinner(spinner.Dot))}
	l.SetLoading(true, 0, 0)
	return s
}

func (w *Wizard) themeList(l *list.Model) {
	l.Styles.Header = w.th.Subtitle
	l.Styles.Cursor = w.th.Accent
	l.Styles.Filter = w.th.Accent
	l.Styles.Status = w.th.Muted
	l.Styles.Empty = w.th.Muted
}

func (s *pickScreen) init() tea.Cmd { return s.spin.Tick }

// rows takes a page of the list as it arrives.
func (s *pickScreen) rows(w *Wizard, ev rowsEvent) tea.Cmd {
	if ev.load != s.load || !s.loading {
		return nil
	}
	items := make([]list.Item, len(ev.rows))
	for i, r := range ev.rows {
		// The list copies the text into its own chunks and keeps no cell.
		items[i] = list.Item{Columns: w.pr.Cells(r), Search: r.Search}
	}
	s.count += len(items)
	s.l.Expect(ev.total)
	s.l.Append(items)
	if c := s.q.Cursor; c > 0 && !s.placed && c >= s.count-len(items) && c < s.count {
		s.placed = s.l.SelectIndex(c)
	}
	if ev.total > 0 {
		s.total = ev.total
	}
	if ev.done {
		s.loading, s.err = false, ev.err
	}
	s.l.SetLoading(s.loading, s.count, s.total)
	return nil
}

// canStop: esc while rows are arriving stops the loading; before the first
// row there is nothing to keep, and esc goes back.
func (s *pickScreen) canStop() bool { return s.loading && s.count > 0 && s.loader != nil }

// canReload: r loads the list again after a stop or a failure, unless the
// merchant is typing a filter (where r is a letter).
func (s *pickScreen) canReload() bool {
	return !s.loading && (s.stopped || s.err != nil) && s.loader != nil && !s.l.FilterActive()
}

func (s *pickScreen) update(w *Wizard, m tea.Msg) tea.Cmd {
	if s.done {
		return nil
	}
	switch v := m.(type) {
	case spinner.TickMsg:
		if !s.loading {
			return nil
		}
		var cmd tea.Cmd
		s.spin, cmd = s.spin.Update(v)
		return cmd
	case tea.PasteMsg:
		// One line of it filters; a line break would never match a row.
		s.l.SetFilter(s.l.Filter() + render.Data(v.Content))
		return nil
	case tea.KeyPressMsg:
		switch kp := v.String(); {
		case kp == "esc" && s.l.FilterActive():
			s.l.Update(v)
			return nil
		case kp == "esc" && s.canStop():
			s.loader.stop()
			s.loading, s.stopped = false, true
			s.l.SetLoading(false, s.count, 0)
			return nil
		case kp == "r" && s.canReload():
			return s.reload()
		}
		if s.back(v) {
			return nil
		}
		for i, o := range s.q.Extra {
			if o.Key != "" && v.String() == o.Key {
				s.choose(steps.ExtraChosen(i))
				return nil
			}
		}
		if key.Matches(v, s.l.Keys.Select) {
			// Answered at once, not through the list's command: a key typed
			// right after enter belongs to the next question.
			if n, ok := s.l.SelectedIndex(); ok {
				s.choose(n)
			}
			return nil
		}
		s.l.Update(v)
	}
	return nil
}

// choose answers n, and tells the flow what the list showed (Pick.Seen).
func (s *pickScreen) choose(n int) {
	if seen := s.q.Seen; seen != nil {
		seen.Filter, seen.Shown = s.l.Filter(), s.l.ShownIndices()
	}
	s.answer(answer{n: n})
}

// reload starts the list over, keeping the filter typed.
func (s *pickScreen) reload() tea.Cmd {
	filter := s.l.Filter()
	s.l.Reset()
	s.l.SetFilter(filter)
	s.count, s.total, s.err, s.stopped, s.loading = 0, 0, nil, false, true
	s.l.SetLoading(true, 0, 0)
	s.load = s.loader.start()
	return s.spin.Tick
}

func (s *pickScreen) keys(w *Wizard) []key.Binding {
	ks := s.l.Keys.Bindings()
	for _, o := range s.q.Extra {
		if o.Key != "" {
			ks = append(ks, key.NewBinding(key.WithKeys(o.Key), key.WithHelp(o.Key, w.pr.Text(o.Label))))
		}
	}
	switch {
	case s.l.FilterActive():
		return append(ks, key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", w.pr.T(msg.ListKeyClear))))
	case s.canStop():
		return append(ks, key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", w.pr.T(msg.SubAcctKeyCancel))))
	case s.canReload():
		ks = append(ks, key.NewBinding(key.WithKeys("r"), key.WithHelp("r", w.pr.T(msg.SubAcctKeyRetry))))
	}
	return append(ks, s.backKey()...)
}

func (s *pickScreen) view(w *Wizard, width, height int) string {
	title := w.subtitle(width, s.q.Title)
	if s.loading {
		title = s.spin.View() + " " + title
	}
	above := w.page(width, s.told, s.q.Body, title)
	switch {
	case s.err != nil:
		above += "\n" + w.th.Bad.Render(render.Para(width, w.pr.Sentence(s.err))) +
			"\n" + w.th.Muted.Render(render.Para(width, w.pr.T(msg.SubAcctRetryHint)))
	case s.stopped:
		above += "\n" + w.th.Warn.Render(render.Para(width, w.pr.T(msg.FrameLoadStopped, list.Thousands(s.count))))
	}
	s.l.SetSize(width, max(height-lipgloss.Height(above)-1, 4))
	return above + "\n" + s.l.View()
}

// waitScreen is a Wait: a spinner and what is waited for; esc cancels.
type waitScreen struct {
	label  msg.Text
	cancel func()
	spin   spinner.Model
}

func newWaitScreen(_ *Wizard, ev waitEvent) *waitScreen {
	return &waitScreen{label: ev.label, cancel: ev.cancel, spin: spinner.New(spinner.WithSpinner(spinner.Dot))}
}

func (s *waitScreen) init() tea.Cmd { return s.spin.Tick }

// answered is false: keys typed during a wait are not kept for the next
// question, only esc (cancel) means something now.
func (s *waitScreen) answered() bool { return false }
func (s *waitScreen) interrupt()     {}

func (s *waitScreen) update(w *Wizard, m tea.Msg) tea.Cmd {
	switch v := m.(type) {
	case spinner.TickMsg:
		var cmd tea.Cmd
		s.spin, cmd = s.spin.Update(v)
		return cmd
	case tea.KeyPressMsg:
		if key.Matches(v, w.keys.Cancel) && s.cancel != nil {
			s.cancel()
			s.cancel = nil
		}
	}
	return nil
}

func (s *waitScreen) keys(w *Wizard) []key.Binding {
	if s.cancel == nil {
		return nil
	}
	return []key.Binding{w.keys.Cancel}
}

func (s *waitScreen) view(w *Wizard, width, _ int) string {
	return w.page(width, w.told, nil, s.spin.View()+" "+w.pr.Text(s.label))
}
