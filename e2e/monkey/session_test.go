package monkey

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"paystack-setup/cli"
	"paystack-setup/internal/leakscan"
	"paystack-setup/state"
	"paystack-setup/steps"
	"paystack-setup/ui"
)

// A session is one run of the wizard program, from start to ctrl+c (or the
// end of the setup); the next action after it starts another on the same
// world, which resumes from the saved answers as a merchant's rerun would.
//
// Determinism: every command the model returns is wrapped. A command's
// result is held when it comes back and handed to the program by the driver,
// one at a time, in the order the commands were made, once nothing else can
// move (quiet). Keys, pastes and resizes go in only then too. So a run is a
// function of its seed, whatever the machine's load, and a replay of a
// shorter sequence means the same thing.
type session struct {
	w   *world
	wiz *cli.ScreenWizard
	tm  *teatest.TestModel
	tb  *programTB

	ended chan struct{}
	// done: finish ran; code is the exit code the command returned and
	// doneFail what finish found.
	done     bool
	code     int
	doneFail *failure

	mu sync.Mutex
	// events changes whenever anything below does, so that settle can tell
	// that nothing moved while it looked at the goroutines.
	events uint64
	// created counts the commands handed to the program, started those it
	// has begun to run.
	created, started int
	// pending counts what was handed to the program and not yet through
	// Update, by type (the program's own start-up messages are not counted).
	pending map[string]int
	held    []*heldResult
	// holdResults keeps results held during a burst of keys, as keys that
	// arrive in one read are all handled before any result of the first.
	holdResults bool
	roots       int
	arrived     map[string]int
	sizes       int // WindowSizeMsgs the program sends itself at start
	// typing: the frames of a typed burst are not looked at; a terminal
	// draws the burst once, at its end, which is looked at.
	typing bool
	// quitSent: a ctrl+c (alone, in a burst, typed as byte 3) or a signal
	// went in, so the program must end as an interruption.
	quitSent bool
	// quitting: the program was handed its quit; it is ending.
	quitting bool
	// closed: the session is over; results that come back are dropped.
	closed  bool
	problem *failure
}

type heldResult struct {
	id      []int
	msg     tea.Msg
	release chan struct{}
}

// programTB stands between teatest and the test: teatest fails the test from
// its own goroutine when the program returns an error, which would end the
// run before the failure could be shrunk.
type programTB struct {
	testing.TB
	mu    sync.Mutex
	fatal string
}

func (p *programTB) Fatalf(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.fatal == "" {
		p.fatal = fmt.Sprintf(format, args...)
	}
}
func (p *programTB) Fatal(args ...any)   { p.Fatalf("%s", fmt.Sprint(args...)) }
func (p *programTB) Log(...any)          {}
func (p *programTB) Logf(string, ...any) {}
func (p *programTB) Helper()             {}

func (p *programTB) failed() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.fatal
}

// settleLimit is how long the wizard may take to come to rest after one
// action; a busy 2-core machine needs milliseconds, so a minute means a hang.
const settleLimit = time.Minute

func startSession(t testing.TB, w *world, width, height int) (*session, *failure) {
	w.newProcess()
	s := &session{w: w, wiz: cli.NewScreenWizard(w.newEnv(), w.svc), tb: &programTB{TB: t}, ended: make(chan struct{}),
		pending: map[string]int{}, arrived: map[string]int{}}
	// The program's own options, as the command sets them; teatest gives
	// the terminal (and turns Bubble Tea's signal handling off).
	opts := s.wiz.ProgramOptions()
	// teatest sends the size itself only when it is not zero.
	s.sizes = 1
	if width != 0 {
		s.sizes = 2
	}
	s.tm = teatest.NewTestModel(s.tb, model{s}, teatest.WithInitialTermSize(width, height), teatest.WithProgramOptions(opts...))
	go func() {
		s.tm.WaitFinished(s.tb)
		close(s.ended)
	}()
	// The program sends itself its size (twice: its own and teatest's), the
	// colour profile and the environment, on goroutines of their own; the
	// first action waits for them so that none lands among its messages.
	limit := time.Now().Add(settleLimit)
	for !s.startedUp() {
		if s.hasEnded() {
			return s, s.endedEarly()
		}
		if time.Now().After(limit) {
			return s, &failure{kind: "hang", detail: "the program never finished starting"}
		}
		time.Sleep(100 * time.Microsecond)
	}
	if f := s.settle(); f != nil {
		return s, f
	}
	return s, s.check()
}

func (s *session) startedUp() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.arrived["tea.WindowSizeMsg"] >= s.sizes && s.arrived["tea.ColorProfileMsg"] >= 1 && s.arrived["tea.EnvMsg"] >= 1
}

func (s *session) hasEnded() bool {
	select {
	case <-s.ended:
		return true
	default:
		return false
	}
}

// model wraps the wizard's model: it counts messages and commands for
// settle, and looks at every frame and every esc.
type model struct{ s *session }

func (m model) Init() tea.Cmd {
	s := m.s
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.wrap(s.wiz.Model.Init(), []int{0})
}

func (m model) Update(message tea.Msg) (tea.Model, tea.Cmd) {
	s := m.s
	s.mu.Lock()
	defer s.mu.Unlock()
	_, cmd := s.wiz.Model.Update(message)
	s.roots++
	wrapped := s.wrap(cmd, []int{s.roots})
	name := fmt.Sprintf("%T", message)
	s.arrived[name]++
	if s.pending[name] > 0 {
		s.pending[name]--
	}
	s.events++
	return m, wrapped
}

func (m model) View() tea.View {
	s := m.s
	s.mu.Lock()
	defer s.mu.Unlock()
	v := s.wiz.Model.View()
	if !s.typing && s.problem == nil {
		if leak := s.w.leakIn(v.Content); leak != "" {
			s.problem = &failure{kind: "leak", detail: "a frame shows " + leak, screen: ansi.Strip(v.Content)}
		}
	}
	return v
}

// wrap counts cmd and holds its result for the driver; s.mu is held.
func (s *session) wrap(cmd tea.Cmd, id []int) tea.Cmd {
	if cmd == nil {
		return nil
	}
	s.created++
	s.events++
	return func() tea.Msg {
		s.mu.Lock()
		s.started++
		s.events++
		s.mu.Unlock()
		out := cmd()
		s.mu.Lock()
		s.events++
		if cmds, ok := commandList(out); ok {
			// A batch or a sequence: the program runs what is inside.
			for i := range cmds.Len() {
				c, _ := cmds.Index(i).Interface().(tea.Cmd)
				cmds.Index(i).Set(reflect.ValueOf(s.wrap(c, append(slices.Clip(id), i))))
			}
			s.mu.Unlock()
			return out
		}
		if _, tick := out.(spinner.TickMsg); tick || out == nil || s.closed {
			// Spinner frames come from the clock; they draw, decide nothing,
			// and would land at a different moment in every run.
			s.mu.Unlock()
			return nil
		}
		h := &heldResult{id: id, msg: out, release: make(chan struct{})}
		s.held = append(s.held, h)
		s.mu.Unlock()
		<-h.release
		return out
	}
}

// commandList is a tea.BatchMsg or Bubble Tea's unexported sequence, both
// slices of commands.
func commandList(out tea.Msg) (reflect.Value, bool) {
	v := reflect.ValueOf(out)
	if !v.IsValid() || v.Kind() != reflect.Slice || v.Type().Elem() != reflect.TypeFor[tea.Cmd]() {
		return reflect.Value{}, false
	}
	return v, true
}

// releaseFirst hands the program the held result of the earliest command;
// s.mu is held.
func (s *session) releaseFirst() {
	first := 0
	for i, h := range s.held {
		if slices.Compare(h.id, s.held[first].id) < 0 {
			first = i
		}
	}
	h := s.held[first]
	s.held = slices.Delete(s.held, first, first+1)
	switch h.msg.(type) {
	case tea.QuitMsg, tea.InterruptMsg:
		// The program acts on these itself; Update never sees them.
		s.quitting = true
	case tea.SuspendMsg:
	default:
		s.pending[fmt.Sprintf("%T", h.msg)]++
	}
	s.events++
	close(h.release)
}

// releaseAll lets every held result go, for a session that has ended; what
// its commands return later is dropped.
func (s *session) releaseAll() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	for _, h := range s.held {
		close(h.release)
	}
	s.held = nil
}

// settle waits until nothing can move without the driver, handing over held
// results one by one as it goes.
func (s *session) settle() *failure {
	limit := time.Now().Add(settleLimit)
	pause := 20 * time.Microsecond
	var dump string
	for {
		if s.hasEnded() {
			return nil
		}
		s.mu.Lock()
		ready := s.created == s.started && !anyPending(s.pending)
		seen, quitting := s.events, s.quitting
		s.mu.Unlock()
		if quitting {
			// Nothing after the quit reaches Update; wait for the end, so
			// that the next action always meets a new session.
			select {
			case <-s.ended:
				return nil
			case <-time.After(settleLimit):
				return &failure{kind: "hang", detail: "the program did not end after its quit"}
			}
		}
		if ready {
			var still bool
			still, dump = quiet()
			s.mu.Lock()
			if still && s.events == seen {
				if len(s.held) == 0 || s.holdResults {
					s.mu.Unlock()
					return nil
				}
				s.releaseFirst()
				s.mu.Unlock()
				pause = 20 * time.Microsecond
				continue
			}
			s.mu.Unlock()
		}
		if time.Now().After(limit) {
			return &failure{kind: "hang", detail: "the wizard did not come to rest within " + settleLimit.String() + "; its goroutines:\n" + ownGoroutines(dump)}
		}
		time.Sleep(pause)
		pause = min(2*pause, 2*time.Millisecond)
	}
}

func anyPending(p map[string]int) bool {
	for _, n := range p {
		if n > 0 {
			return true
		}
	}
	return false
}

// send hands the program one message from the outside (a key, a paste, a
// resize, a signal) and counts it until Update has taken it.
func (s *session) send(m tea.Msg) {
	s.mu.Lock()
	if kp, ok := m.(tea.KeyPressMsg); ok && kp.String() == "ctrl+c" {
		s.quitSent = true
	}
	if _, ok := m.(ui.StopMsg); ok {
		s.quitSent = true
	}
	s.pending[fmt.Sprintf("%T", m)]++
	s.events++
	s.mu.Unlock()
	s.tm.Send(m)
}

// check looks at the rested wizard: what the merchant sees, what is saved.
func (s *session) check() *failure {
	_, f := s.rest()
	return f
}

// rest is the rested wizard (drawn once) and the first property it breaks.
func (s *session) rest() (look, *failure) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := s.wiz.Model
	screen := m.View().Content
	now := look{m.Current(), m.Busy(), ansi.Strip(screen)}
	if s.problem != nil {
		return now, s.problem
	}
	if f := s.tb.failed(); f != "" {
		return now, &failure{kind: "panic", detail: "the program failed: " + f}
	}
	if err := m.Err(); err != nil {
		if errors.Is(err, steps.ErrInternal) {
			return now, &failure{kind: "panic", detail: "a step panicked (the shell recovered it into the internal-error ending): " + err.Error()}
		}
		return now, &failure{kind: "ended", detail: "the wizard ended with an error: " + err.Error()}
	}
	if leak := s.w.leakIn(screen); leak != "" {
		return now, &failure{kind: "leak", detail: "the screen shows " + leak, screen: now.screen}
	}
	return now, s.w.checkFiles()
}

// leakIn names what of a secret key text shows, or "". Any key shown whole
// is a leak, and so are 12 characters of the secret part (after sk_live_) of
// a key this session's wizard holds: the key it loaded or was given, or one
// it called Paystack with (checked but not yet stored). Of another key,
// typed in by a terminal without bracketed paste, some characters may have
// been taken as commands on the way (e edits, c copies) and the rest typed
// into a field: that is the merchant's own typing, which nothing in the
// wizard could tell from a name.
func (w *world) leakIn(text string) string {
	held := w.heldSecrets()
	for _, t := range []string{text, ansi.Strip(text)} {
		if hits := leakscan.Bytes(held, "screen", []byte(t)); len(hits) > 0 {
			return hits[0].What + " (its secret part)"
		}
		for _, k := range w.cfg.secrets() {
			if strings.Contains(t, k) {
				return "a whole key"
			}
		}
	}
	return ""
}

// heldSecrets are the secret parts of the keys this session holds.
func (w *world) heldSecrets() []string {
	var out []string
	for _, k := range w.held.list() {
		if k == w.cfg.testKey || k == w.cfg.liveKey {
			out = append(out, k[len("sk_test_"):])
		}
	}
	return out
}

// checkFiles: the state file, when there is one, loads as it is (nothing set
// aside), and nothing the wizard wrote but the consented plain key file
// holds the key.
func (w *world) checkFiles() *failure {
	if _, notices, err := state.Read(w.root, profile); err != nil || len(notices) > 0 {
		detail := fmt.Sprint(err)
		if len(notices) > 0 {
			detail = notices[0].Message()
		}
		return &failure{kind: "state", detail: "the saved answers do not load: " + detail}
	}
	var found *failure
	_ = filepath.WalkDir(w.root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() == "secret-key" || found != nil {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return nil
		}
		if hits := leakscan.Bytes(w.heldSecrets(), path, data); len(hits) > 0 {
			at := hits[0].Offset
			around := string(data[max(at-60, 0):at]) + "⟪key⟫"
			found = &failure{kind: "leak", detail: fmt.Sprintf("%s holds %s (its secret part), after %q", strings.TrimPrefix(path, w.root), hits[0].What, around)}
		}
		return nil
	})
	return found
}

// finish ends a session whose program has ended or must end now, as the
// command ends it (cli.ScreenWizard.Finish: what is printed after the
// screen, the profile let go, the exit code), and looks at what the
// terminal and the command's output were sent. It runs once; a second call
// returns what the first found.
func (s *session) finish() *failure {
	if s.done {
		return s.doneFail
	}
	s.done = true
	if !s.hasEnded() {
		s.tm.GetProgram().Kill()
		<-s.ended
	}
	s.releaseAll()
	var runErr error
	if f := s.tb.failed(); f != "" {
		runErr = errors.New(f)
	}
	s.code = s.wiz.Finish(runErr)
	out, _ := io.ReadAll(s.tm.Output())
	// Only the whole key on the terminal: a typed burst's frames may reach
	// it half-typed, which is the merchant's own typing, not a leak.
	for _, k := range s.w.cfg.secrets() {
		if strings.Contains(string(out), k) || strings.Contains(ansi.Strip(string(out)), k) {
			s.doneFail = &failure{kind: "leak", detail: "the terminal was sent a whole secret key"}
			return s.doneFail
		}
	}
	// What the command printed once the screen was gone (the webhook URL,
	// why it stopped) stays in the terminal's scrollback.
	if leak := s.w.leakIn(s.w.printed()); leak != "" {
		s.doneFail = &failure{kind: "leak", detail: "the command printed " + leak + " after the screen closed", screen: s.w.printed()}
	}
	return s.doneFail
}

// endedEarly explains a program that ended without ctrl+c: only a setup
// walked to its end may, and the command then exits 0.
func (s *session) endedEarly() *failure {
	if f := s.check(); f != nil {
		return f
	}
	if !s.wiz.Model.Finished() {
		return &failure{kind: "ended", detail: "the wizard quit by itself, without ctrl+c, an error or finishing"}
	}
	if f := s.finish(); f != nil {
		return f
	}
	if s.code != cli.ExitOK {
		return &failure{kind: "ended", detail: fmt.Sprintf("a finished setup exited %d", s.code), screen: s.w.printed()}
	}
	return nil
}
