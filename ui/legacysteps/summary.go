package legacysteps

import (
	"context"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"

	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/state"
	"paystack-setup/ui/theme"
)

// MenuEntry is one step in the summary's "all steps" menu.
type MenuEntry struct{ ID, Title string }

// Summary runs every check, shows each with its fix, and jumps to the step
// that fixes the chosen one. It is also the audit view of a finished setup.
type Summary struct {
	ctx     *Context
	spin    spinner.Model
	results []CheckResult
	running bool
	stopped bool
	cancel  context.CancelFunc
	cursor  int // index into rows(): the results, then "finish"
	menu    []MenuEntry
	inMenu  bool
	menuCur int
	// Audit marks the dashboard of a finished setup: the intro differs.
	Audit bool
}

func NewSummary(ctx *Context) *Summary {
	return &Summary{ctx: ctx, spin: spinner.New(spinner.WithSpinner(spinner.Dot))}
}

// SetMenu gives the steps the menu lists (the shell's order).
func (s *Summary) SetMenu(entries []MenuEntry) { s.menu = entries }

func (s *Summary) ID() string    { return "summary" }
func (s *Summary) Title() string { return msg.T(msg.StSumTitle) }
func (s *Summary) Busy() bool    { return s.running }

// Results are the checks of the last run.
func (s *Summary) Results() []CheckResult { return s.results }

type summaryResultsMsg struct{ results []CheckResult }

// Init reruns the checks each time the summary is shown, since the merchant
// may just have fixed something in another step.
func (s *Summary) Init() tea.Cmd {
	s.inMenu = false
	if s.ctx.Audit == nil {
		return nil
	}
	if s.cancel != nil {
		s.cancel()
	}
	base := s.ctx.Ctx
	if base == nil {
		base = context.Background()
	}
	ctx, cancel := context.WithCancel(base)
	s.cancel, s.running, s.stopped = cancel, true, false
	audit := s.ctx.Audit
	return tea.Batch(s.spin.Tick, func() tea.Msg { return summaryResultsMsg{audit(ctx)} })
}

var sumMenuKey = key.NewBinding(key.WithKeys("m"), key.WithHelp("m", ""))
var sumRerun = key.NewBinding(key.WithKeys("r"), key.WithHelp("r", ""))
var (
	sumHome = key.NewBinding(key.WithKeys("home"))
	sumEnd  = key.NewBinding(key.WithKeys("end"))
)

// sumEnds is one help entry for home and end, worded as the long lists'.
func sumEnds() key.Binding {
	return key.NewBinding(key.WithKeys("home", "end"), key.WithHelp("home/end", msg.T(msg.ListKeyEnds)))
}

func (s *Summary) Keys() []key.Binding {
	if s.running {
		return []key.Binding{theme.Keys.Cancel}
	}
	open := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", msg.T(msg.WizKeyOpen)))
	if s.inMenu {
		return []key.Binding{theme.Keys.Up, theme.Keys.Down, sumEnds(), open, theme.Keys.Back}
	}
	m := sumMenuKey
	m.SetHelp("m", msg.T(msg.WizKeyMenu))
	r := sumRerun
	r.SetHelp("r", msg.T(msg.StSumRerun))
	return []key.Binding{theme.Keys.Up, theme.Keys.Down, sumEnds(), open, r, m, theme.Keys.Back}
}

func (s *Summary) Update(m tea.Msg) tea.Cmd {
	switch v := m.(type) {
	case spinner.TickMsg:
		if !s.running {
			return nil
		}
		var cmd tea.Cmd
		s.spin, cmd = s.spin.Update(v)
		return cmd
	case summaryResultsMsg:
		if !s.running {
			return nil
		}
		s.running, s.results = false, v.results
		s.cursor = s.firstProblem()
		return nil
	case tea.KeyPressMsg:
		return s.onKey(v)
	}
	return nil
}

func (s *Summary) firstProblem() int {
	for i, r := range s.results {
		// Warnings (a test key, a subaccount awaiting review) are normal in a
		// fresh setup; only what is broken takes the cursor from Finish.
		if r.Status == "fail" || r.Status == "error" {
			return i
		}
	}
	return len(s.results) // "finish"
}

func (s *Summary) onKey(kp tea.KeyPressMsg) tea.Cmd {
	if s.running {
		if key.Matches(kp, theme.Keys.Cancel) {
			s.cancel()
			s.running, s.stopped = false, true
		}
		return nil
	}
	if s.inMenu {
		switch {
		case key.Matches(kp, theme.Keys.Up):
			s.menuCur = (s.menuCur + len(s.menu) - 1) % len(s.menu)
		case key.Matches(kp, theme.Keys.Down):
			s.menuCur = (s.menuCur + 1) % len(s.menu)
		case key.Matches(kp, sumHome):
			s.menuCur = 0
		case key.Matches(kp, sumEnd):
			s.menuCur = len(s.menu) - 1
		case kp.String() == "enter":
			return Goto(s.menu[s.menuCur].ID)
		case key.Matches(kp, theme.Keys.Back):
			s.inMenu = false
		}
		return nil
	}
	rows := len(s.results) + 1
	switch {
	case key.Matches(kp, theme.Keys.Up):
		s.cursor = (s.cursor + rows - 1) % rows
	case key.Matches(kp, theme.Keys.Down):
		s.cursor = (s.cursor + 1) % rows
	case key.Matches(kp, sumHome):
		s.cursor = 0
	case key.Matches(kp, sumEnd):
		s.cursor = rows - 1 // Finish
	case key.Matches(kp, sumMenuKey) && len(s.menu) > 0:
		s.inMenu = true
	case key.Matches(kp, sumRerun):
		return s.Init()
	case kp.String() == "enter":
		if s.cursor < len(s.results) {
			if step := s.results[s.cursor].Step; step != "" && step != s.ID() {
				return Goto(step)
			}
			return nil
		}
		return Next
	case key.Matches(kp, theme.Keys.Back):
		return Back
	}
	return nil
}

func (s *Summary) mark(status string) string {
	th := s.ctx.T()
	switch status {
	case "pass":
		return th.Good.Render(theme.MarkPass)
	case "warn":
		return th.Warn.Render(theme.MarkWarn)
	case "fail", "error":
		return th.Bad.Render(theme.MarkFail)
	}
	return th.Muted.Render(theme.MarkSkip)
}

// keyPlace says where the key lives, without the key.
func (s *Summary) keyPlace() string { return KeyPlace(s.ctx, msg.T(msg.StSumKeyNone)) }

// KeyPlace says where the key of this run lives, without the key, for the
// summaries of both the screen and the accessible mode; none is said when no
// key is held.
func KeyPlace(c *Context, none string) string {
	switch {
	case c.Demo:
		// The demo's store is in memory; naming the keyring here would
		// make a merchant look for a key that was never saved.
		return msg.T(msg.StSumKeyDemo)
	case c.KeyUnstored:
		return msg.T(msg.StSumKeyMemory)
	case c.Key.IsZero():
		// The saved answers may say "environment" from an earlier run, but
		// nothing holds a key now.
		return none
	// The saved storage speaks only when this run does not know the source.
	case c.KeyFromEnv || c.KeySource == keystore.SourceEnv || c.KeySource == "" && c.State.KeyStorage == state.StorageEnv:
		return msg.T(msg.StKeyFromEnv)
	case (c.KeySource == keystore.SourceFile || c.KeySource == "" && c.State.KeyStorage == state.StorageFile) && c.Keys != nil:
		return msg.T(msg.StKeyStoredFile, c.Keys.FilePath(c.Profile))
	}
	return msg.T(msg.StKeyStoredKeyring)
}

func (s *Summary) View(width, height int) string {
	th := s.ctx.T()
	var b strings.Builder
	if s.inMenu {
		b.WriteString(th.Subtitle.Render(msg.T(msg.WizMenuTitle)) + "\n")
		for i, e := range s.menu {
			line := "  " + e.Title
			if i == s.menuCur {
				line = th.Accent.Render("› " + e.Title)
			}
			b.WriteString(line + "\n")
		}
		return b.String()
	}
	if s.Audit {
		b.WriteString(para(width, msg.T(msg.WizAuditIntro)) + "\n\n")
	}
	switch {
	case s.running:
		b.WriteString(s.spin.View() + " " + msg.T(msg.StSumRunning) + "\n")
	case s.stopped:
		b.WriteString(th.Warn.Render(para(width, msg.T(msg.StSumStopped))) + "\n")
	}
	var footer strings.Builder
	footer.WriteString("\n" + th.Muted.Render(para(width, msg.T(msg.StSumKeyAt, s.keyPlace()))))
	switch {
	case s.ctx.Demo:
		footer.WriteString("\n" + th.Muted.Render(para(width, msg.T(msg.StSumStateDemo))))
	case s.ctx.StatePath != "":
		footer.WriteString("\n" + th.Muted.Render(para(width, msg.T(msg.StSumStateAt, s.ctx.StatePath))))
	}
	// The checks scroll; the footer (where things are saved) always shows.
	// Each check is a block of rows (its wrapped title, then its fix), so the
	// window can start on a block and never on half a sentence.
	var rows []string
	var starts []int
	cursorLine, cursorEnd := 0, 0
	for i, r := range s.results {
		starts = append(starts, len(rows))
		text := s.mark(r.Status) + " " + r.Title
		if r.Detail != "" {
			text += th.Muted.Render(" · " + r.Detail)
		}
		lead := "  "
		if i == s.cursor {
			cursorLine = len(rows)
			lead = th.Accent.Render("›") + " "
		}
		// The hanging indent lines wrapped words up under the title, not under the mark.
		rows = append(rows, hang(width, lead, "    ", text)...)
		if r.Fix != "" && r.Status != "pass" && r.Status != "skip" {
			rows = append(rows, hang(width, "    → ", "      ", r.Fix)...)
		}
		if i == s.cursor {
			cursorEnd = len(rows) - 1
		}
	}
	if !s.running {
		starts = append(starts, len(rows))
		finish := "  " + msg.T(msg.StSumFinish)
		if s.cursor == len(s.results) {
			cursorLine, cursorEnd = len(rows), len(rows)
			finish = th.Accent.Render("› " + msg.T(msg.StSumFinish))
		}
		rows = append(rows, finish)
	}
	room := height - strings.Count(b.String(), "\n") - strings.Count(footer.String(), "\n") - 1
	b.WriteString(strings.Join(s.window(rows, starts, cursorLine, cursorEnd, max(room, 3)), "\n"))
	b.WriteString("\n" + footer.String())
	return b.String()
}

// window keeps the rows of the checks that fit, around the cursor's block,
// and says how many checks are out of sight above and below: with every check
// passing, the cursor rests on Finish and the first checks are scrolled away.
func (s *Summary) window(rows []string, starts []int, cursor, cursorEnd, room int) []string {
	if len(rows) <= room {
		return rows
	}
	// A "more" line costs a row, so the window is laid out again with room
	// for the lines it turned out to need (at most twice more).
	var first, end, above, below int
	for need := 0; ; {
		first, end = placeWindow(len(rows), starts, cursor, cursorEnd, max(room-need, 1))
		above, below = 0, 0
		for _, st := range starts {
			if st < first {
				above++
			} else if st >= end {
				below++
			}
		}
		got := min(above, 1) + min(below, 1)
		if got <= need {
			break
		}
		need = got
	}
	th := s.ctx.T()
	var out []string
	if above > 0 {
		out = append(out, th.Muted.Render("  "+msg.T(msg.StSumMoreAbove, above)))
	}
	out = append(out, rows[first:end]...)
	if below > 0 {
		out = append(out, th.Muted.Render("  "+msg.T(msg.StSumMoreBelow, below)))
	}
	return out
}

// placeWindow picks rows [first, end) holding the cursor's block, starting
// where a block starts whenever the cursor's block still fits.
func placeWindow(total int, starts []int, cursor, cursorEnd, room int) (first, end int) {
	first = min(max(cursor-room/3, 0), total-room)
	fits := func(at int) bool { return at <= cursor && cursorEnd < at+room }
	before, after := -1, -1
	for _, st := range starts {
		if st <= first {
			before = st
		} else if after < 0 {
			after = st
		}
	}
	switch {
	case before >= 0 && fits(before):
		first = before
	case after >= 0 && fits(after):
		first = after
	}
	return first, min(first+room, total)
}
