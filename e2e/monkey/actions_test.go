package monkey

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"paystack-setup/internal/teakeys"
	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/steps"
	"paystack-setup/ui"
)

// An action is one thing the monkey does. Actions are plain values so that a
// failing run can be replayed, shortened and printed.
type action struct {
	kind kind
	// keys: a key name (kindKey) or the keys of a burst.
	keys []string
	// text is typed or pasted; secret keys appear in it as tokens (tokTest…)
	// so that a printed sequence never shows one.
	text          string
	width, height int
	fault         netFault
	ring          ringFault
	held          bool
}

type kind int

const (
	kindKey      kind = iota // one key press
	kindBurst                // several keys in one read: results wait until all are in
	kindType                 // text typed key by key in one read (a terminal without bracketed paste)
	kindPaste                // a bracketed paste
	kindResize               // the window changes size
	kindNet                  // the sandbox starts or stops failing
	kindNetHold              // requests wait (a slow line) or go
	kindRing                 // the keyring starts or stops failing
	kindRingHold             // keyring calls wait (an unlock dialog) or go
	kindSignal               // SIGTERM or SIGHUP
)

// Tokens for the secret keys and the world's paths inside texts: a printed
// sequence shows no key, and a replay in another temp dir means the same.
const (
	tokTest     = "⟪test key⟫"
	tokLive     = "⟪live key⟫"
	tokDemoTest = "⟪demo key⟫"
	tokPlans    = "⟪plans file⟫"
	tokRoot     = "⟪config dir⟫"
)

func (w *world) expand(text string) string {
	return strings.NewReplacer(tokTest, w.cfg.testKey, tokLive, w.cfg.liveKey, tokDemoTest, sandbox.DemoTestKey,
		tokPlans, w.plansFile, tokRoot, w.root).Replace(text)
}

// netFault is the sandbox's one fault at a time (faultNone heals it).
type netFault int

const (
	faultNone netFault = iota
	fault500
	fault429
	faultIP
	faultHTML
	faultMalformed
	faultLostCreate  // POST /subaccount creates, then its answer is lost (502)
	faultHangCreate  // POST /subaccount creates, then never answers
	faultHangBalance // GET /balance never answers
	faultLatency     // every answer a little late
	faultCount
)

var faultNames = [...]string{"healed", "500 on every call", "429 on every call", "IP refused on every call",
	"Cloudflare page on every call", "malformed JSON on every call", "create answers lost (502)",
	"create never answers", "balance never answers", "3 ms latency"}

func (w *world) applyFault(f netFault) {
	srv := w.sandbox
	srv.ClearFaults()
	srv.SetLatency(0)
	switch f {
	case fault500:
		srv.InjectFault(sandbox.Fault{Kind: sandbox.FaultStatus, Status: 500})
	case fault429:
		srv.InjectFault(sandbox.Fault{Kind: sandbox.FaultRateLimited})
	case faultIP:
		srv.InjectFault(sandbox.Fault{Kind: sandbox.FaultIPNotAllowed})
	case faultHTML:
		srv.InjectFault(sandbox.Fault{Kind: sandbox.FaultHTML})
	case faultMalformed:
		srv.InjectFault(sandbox.Fault{Kind: sandbox.FaultMalformedJSON})
	case faultLostCreate:
		srv.InjectFault(sandbox.Fault{Method: "POST", Path: "/subaccount", Kind: sandbox.FaultCreateThenDrop, Status: 502})
	case faultHangCreate:
		srv.InjectFault(sandbox.Fault{Method: "POST", Path: "/subaccount", Kind: sandbox.FaultCreateThenDrop})
	case faultHangBalance:
		srv.InjectFault(sandbox.Fault{Method: "GET", Path: "/balance", Kind: sandbox.FaultHang})
	case faultLatency:
		srv.SetLatency(3_000_000) // 3 ms
	}
}

// ringFault is the keyring's one failure at a time.
type ringFault int

const (
	ringHealed ringFault = iota
	ringSetLocked
	ringSetNoService
	ringGetLocked
	ringCount
)

var ringNames = [...]string{"healed", "writes fail (locked)", "writes fail (no Secret Service)", "reads fail (locked)"}

func (w *world) applyRing(f ringFault) {
	b := w.ring.inner
	b.FailOn(keystore.OpSet, nil)
	b.FailOn(keystore.OpGet, nil)
	switch f {
	case ringSetLocked:
		b.FailOn(keystore.OpSet, keystore.SimulatedError(keystore.ProblemLocked))
	case ringSetNoService:
		b.FailOn(keystore.OpSet, keystore.SimulatedError(keystore.ProblemNoSecretService))
	case ringGetLocked:
		b.FailOn(keystore.OpGet, keystore.SimulatedError(keystore.ProblemLocked))
	}
}

func (a action) String() string {
	switch a.kind {
	case kindKey:
		return "key " + a.keys[0]
	case kindBurst:
		return "burst " + strings.Join(a.keys, " ")
	case kindType:
		return "type " + shortText(a.text)
	case kindPaste:
		return "paste " + shortText(a.text)
	case kindResize:
		return fmt.Sprintf("resize %d×%d", a.width, a.height)
	case kindNet:
		return "network: " + faultNames[a.fault]
	case kindNetHold:
		if a.held {
			return "network: hold every request"
		}
		return "network: let held requests go"
	case kindRing:
		return "keyring: " + ringNames[a.ring]
	case kindRingHold:
		if a.held {
			return "keyring: hold every call"
		}
		return "keyring: let held calls go"
	case kindSignal:
		return "signal: SIGTERM"
	}
	return "?"
}

// shortText quotes a text, cutting the middle of a long one.
func shortText(s string) string {
	if utf8.RuneCountInString(s) <= 80 {
		return fmt.Sprintf("%q", s)
	}
	r := []rune(s)
	return fmt.Sprintf("%q…(%d characters)…%q", string(r[:40]), len(r), string(r[len(r)-20:]))
}

// do performs an action on a running session and lets the wizard come to rest.
func (s *session) do(a action) *failure {
	switch a.kind {
	case kindKey:
		s.send(teakeys.Press(a.keys[0]))
	case kindBurst, kindType:
		s.mu.Lock()
		s.holdResults, s.typing = true, a.kind == kindType
		s.mu.Unlock()
		var presses []tea.KeyPressMsg
		if a.kind == kindBurst {
			for _, k := range a.keys {
				presses = append(presses, teakeys.Press(k))
			}
		} else {
			for _, r := range s.w.expand(a.text) {
				presses = append(presses, typed(r))
			}
		}
		for _, p := range presses {
			s.send(p)
			if f := s.settle(); f != nil {
				return f
			}
		}
		s.mu.Lock()
		s.holdResults, s.typing = false, false
		s.mu.Unlock()
	case kindPaste:
		s.send(tea.PasteMsg{Content: s.w.expand(a.text)})
	case kindResize:
		s.send(tea.WindowSizeMsg{Width: a.width, Height: a.height})
	case kindNet:
		s.w.applyFault(a.fault)
	case kindNetHold:
		s.w.net.setHeld(a.held)
	case kindRing:
		s.w.applyRing(a.ring)
	case kindRingHold:
		s.w.ring.setHeld(a.held)
	case kindSignal:
		s.send(ui.StopMsg{})
	}
	return s.settle()
}

// typed is the key press a terminal without bracketed paste sends for r:
// the control characters arrive as ctrl+letter, enter, tab, esc.
func typed(r rune) tea.KeyPressMsg {
	switch {
	case r == '\r' || r == '\n':
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case r == '\t':
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case r == 0x1b:
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case r == 0x7f:
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case r == 0:
		return tea.KeyPressMsg{Code: tea.KeySpace, Mod: tea.ModCtrl}
	case r < 0x20:
		return tea.KeyPressMsg{Code: 'a' + r - 1, Mod: tea.ModCtrl}
	case r == ' ':
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	}
	return tea.KeyPressMsg{Code: r, Text: string(r)}
}

// The generator: a seeded random source picks each action, leaning on what
// moves the step on screen forward often enough that a few thousand actions
// reach the summary, with everything else mixed in.
type generator struct {
	r   *rand.Rand
	cfg config
	// plan holds the rest of a few actions that go together (clear the
	// field, paste, enter), as a merchant would do them.
	plan []action
	// tiny: the last resize made the window too small for the wizard.
	tiny bool
}

func newGenerator(cfg config) *generator {
	return &generator{r: rand.New(rand.NewPCG(cfg.seed, 0x67656e)), cfg: cfg}
}

func (g *generator) pick(options ...string) string { return options[g.r.IntN(len(options))] }

func (g *generator) pickAction(options ...action) action { return options[g.r.IntN(len(options))] }

// then starts a plan: first now, the rest over the next actions.
func (g *generator) then(first action, rest ...action) action {
	g.plan = rest
	return first
}

// next picks an action for what is on screen (step "" while loading).
func (g *generator) next(now look) action {
	step, busy := now.step, now.busy
	if len(g.plan) > 0 && g.r.IntN(20) > 0 {
		a := g.plan[0]
		g.plan = g.plan[1:]
		return a
	}
	g.plan = nil
	r := g.r
	n := r.IntN(1000)
	switch {
	case step == "" && n < 300:
		// Loading waits on the keyring: an unlock dialog gets answered.
		return g.pickAction(action{kind: kindRingHold}, action{kind: kindRing, ring: ringHealed})
	case g.tiny && n < 100:
		// A merchant told to enlarge the window does, soon.
		return g.resizeTo(g.usable())
	case busy && n < 150:
		return g.pickAction(action{kind: kindNetHold}, action{kind: kindRingHold}, action{kind: kindKey, keys: []string{"esc"}})
	case n < 5:
		return action{kind: kindKey, keys: []string{"ctrl+c"}}
	case n < 7:
		return action{kind: kindSignal}
	case n < 25:
		if r.IntN(2) == 0 {
			return action{kind: kindNet, fault: faultNone}
		}
		return action{kind: kindNet, fault: netFault(r.IntN(int(faultCount)))}
	case n < 45:
		return action{kind: kindNetHold, held: r.IntN(2) == 0}
	case n < 55:
		if r.IntN(2) == 0 {
			return action{kind: kindRing, ring: ringHealed}
		}
		return action{kind: kindRing, ring: ringFault(r.IntN(int(ringCount)))}
	case n < 65:
		return action{kind: kindRingHold, held: r.IntN(3) == 0}
	case n < 85:
		return g.resize()
	case n < 125:
		return g.burst()
	case n < 160:
		return action{kind: kindPaste, text: g.hostileText()}
	case n < 185:
		return action{kind: kindType, text: g.shortHostileText()}
	case n < 520:
		return g.forStep(step, now.screen)
	}
	return action{kind: kindKey, keys: []string{g.anyKey()}}
}

func (g *generator) resize() action {
	// Mostly sizes the layout is made for; a window too small shows only
	// the advice to enlarge it, and a monkey left there would learn little.
	tiny := [][2]int{{59, 20}, {60, 19}, {40, 12}, {1, 1}, {0, 0}}
	if g.r.IntN(4) == 0 {
		return g.resizeTo(tiny[g.r.IntN(len(tiny))])
	}
	return g.resizeTo(g.usable())
}

func (g *generator) usable() [2]int {
	usable := [][2]int{{80, 24}, {60, 20}, {120, 40}, {200, 60}, {61, 21}, {100, 30}, {72, 22}}
	return usable[g.r.IntN(len(usable))]
}

func (g *generator) resizeTo(s [2]int) action {
	g.tiny = tooSmall(s[0], s[1])
	return action{kind: kindResize, width: s[0], height: s[1]}
}

var namedKeys = []string{"enter", "enter", "enter", "esc", "esc", "tab", "shift+tab", "up", "down", "down", "left", "right",
	"pgup", "pgdown", "home", "end", "backspace", "delete", "space", "ctrl+u", "ctrl+d", "ctrl+a", "ctrl+e", "ctrl+k",
	"ctrl+w", "ctrl+h", "ctrl+n", "ctrl+p", "f1", "alt+enter"}

func (g *generator) anyKey() string {
	switch g.r.IntN(4) {
	case 0:
		return string(rune(g.pick("abcdeijkmnqrsuxy0123456789/-_.:")[0]))
	case 1:
		return g.pick("क", "ख", "अ", "ा", "ि", "्", "ं", "१", "é", "ß", "漢", "👍", "\u200b", "\u202e")
	}
	return namedKeys[g.r.IntN(len(namedKeys))]
}

func (g *generator) burst() action {
	n := 2 + g.r.IntN(4)
	keys := make([]string, n)
	for i := range keys {
		if g.r.IntN(2) == 0 {
			keys[i] = g.pick("enter", "esc", "enter", "tab", "down", "y")
		} else {
			keys[i] = g.anyKey()
		}
	}
	return action{kind: kindBurst, keys: keys}
}

// forStep mostly does what the step asks for, with answers good and bad,
// reading the screen as a merchant would to know where they are.
func (g *generator) forStep(step, screen string) action {
	key := func(k string) action { return action{kind: kindKey, keys: []string{k}} }
	paste := func(t string) action { return action{kind: kindPaste, text: t} }
	typeText := func(t string) action { return action{kind: kindType, text: t} }
	r := g.r
	switch step {
	case "welcome":
		return key(g.pick("enter", "enter", "down", "up"))
	case "key":
		switch r.IntN(10) {
		case 8:
			// The keyring refuses the key: retry, this shell only, or the
			// plain file after its confirmation word.
			return g.then(action{kind: kindRing, ring: ringFault(1 + r.IntN(2))}, key("ctrl+u"), paste(tokTest), key("enter"),
				key(g.pick("down", "down", "up", "enter")), key("enter"), typeText(g.pick(keystore.PlainFileWord, keystore.PlainFileWordHindi, "plain")), key("enter"))
		case 9:
			return typeText(g.pick(keystore.PlainFileWord, keystore.PlainFileWordHindi, "plain"))
		case 0:
			return g.then(key("ctrl+u"), paste(g.pick(tokTest, tokTest, tokLive, " "+tokTest+"\n", tokTest+"x", "pk_test_"+strings.Repeat("0", 40), "sk_test_short")), key("enter"), key("enter"))
		case 1:
			return g.then(key("ctrl+u"), typeText(g.pick(tokTest, tokLive, tokTest+"\r")), key("enter"))
		case 2:
			if g.cfg.demo {
				return key(steps.DemoKeyShortcut)
			}
			return key(g.pick("down", "up", "ctrl+d"))
		case 3:
			return key(g.pick("ctrl+u", "backspace", "down", "up", "esc"))
		}
		return key("enter")
	case "subaccount":
		form := []action{typeText(g.pick("0123456789", "1234567890", "0551234567", "123456789")), key("enter"),
			typeText(g.pick("Ada's Shop", "दुकान", "Thandi Crafts")), key("enter"), typeText(g.pick("10", "0", "2.5")), key("enter"),
			typeText(g.pick("ada@example.com", "", "x")), key("enter"), key(g.pick("enter", "enter", "v", "esc")), key("enter")}
		switch {
		case strings.Contains(screen, g.cfg.t(msg.SubAcctChooseCreate)) && r.IntN(2) == 0:
			// A new subaccount: the last choice, a bank, the form, create.
			return g.then(key("up"), append([]action{key("enter"), key(g.pick("enter", "down", "pgdown")), key("enter")}, form...)...)
		case strings.Contains(screen, strings.TrimSuffix(g.cfg.t(msg.SubAcctBankTitle, ""), "()")) && r.IntN(2) == 0:
			return g.then(key(g.pick("enter", "down", "pgdown")), append([]action{key("enter")}, form...)...)
		case strings.Contains(screen, "› "+g.cfg.t(msg.SubAcctFieldAccount)) && r.IntN(2) == 0:
			return g.then(key("ctrl+u"), form...)
		case strings.Contains(screen, g.cfg.t(msg.SubAcctSummaryConfirm)) && r.IntN(3) > 0:
			return key("enter")
		case g.nothingMatches(screen) && r.IntN(3) > 0:
			// The filter typed matches nothing: cleared, as the list says.
			return key(g.pick("esc", "ctrl+u"))
		}
		switch r.IntN(10) {
		case 0:
			return typeText(g.pick("0123456789", "1234567890", "01234", "0000000000", "12345678901234567890"))
		case 1:
			return typeText(g.pick("Ada's Shop", "दुकान", "Shop & Co", "x"))
		case 2:
			return typeText(g.pick("10", "0", "100", "101", "-5", "2.5"))
		case 3:
			return typeText(g.pick("ada@example.com", "not-an-email", ""))
		case 4:
			return typeText(g.pick("access", "gt", "zenith", "mtn", "absa", "q"))
		case 5:
			return key(g.pick("down", "up", "r", "c", "y", "esc", "tab", "pgdown"))
		}
		return key("enter")
	case "systeme":
		return key(g.pick("enter", "enter", "c", "y", "y", "n", "esc"))
	case "ipwhitelist":
		return key(g.pick("enter", "enter", "esc"))
	case "webhook":
		switch r.IntN(4) {
		case 0:
			return g.then(key("ctrl+u"), paste(g.pick("https://systeme.io/api/paystack/webhook/abc123", "https://systeme.io/api/paystack/webhook/abc123", "https://systeme.io/api/paystack/webhook/"+strings.Repeat("x", 3000), "http://insecure.example/webhook", "https://user:pw@systeme.io/x", "https://systeme.io/#frag", tokTest)), key("enter"), key("enter"))
		case 1:
			return typeText(g.pick("https://systeme.io/api/paystack/webhook/abc123", "https://", "ftp://x", "https://exa mple.com"))
		}
		return key(g.pick("enter", "enter", "e", "c", "esc", "ctrl+u"))
	case "checkout":
		if strings.Contains(screen, g.cfg.t(msg.FrameKeyToggle)) && r.IntN(3) > 0 {
			return g.tickRequired(screen)
		}
		switch r.IntN(9) {
		case 8:
			return g.then(key("a"), typeText(g.pick("Gold", "सोना योजना")), key("enter"), typeText(g.pick("5000", "0", "1,000.50")), key("enter"),
				key("enter"), key("enter"), key("enter"), key("s"))
		case 0:
			return typeText(g.pick("Gold", "सोना योजना", "Plan "+strings.Repeat("x", 90)))
		case 1:
			return typeText(g.pick("5000", "0", "-1", "1,000.50", "99999999999999999999", "5e3", "१००", " 12 "))
		case 2:
			return typeText(g.pick("NGN", "ghs", "USD", "XYZ", "₦"))
		case 3:
			return typeText(g.pick("month", "2 weeks", "every 3 months", "daily", "hourly"))
		case 4:
			return typeText(g.pick(tokPlans, "/nonexistent/plans.csv", tokRoot, "~/plans.csv", "'"+tokPlans+"'"))
		case 5:
			return key(g.pick("a", "a", "s", "e", "d", "u", "i", "space", "x", "down", "up", "esc"))
		}
		return key("enter")
	case "summary":
		if r.IntN(3) == 0 {
			// Open a step from the menu: a finished setup resumes here, and
			// the monkey would otherwise stay.
			return g.then(key("m"), key(g.pick("down", "down", "up", "end")), key(g.pick("down", "up", "enter")), key("enter"))
		}
		return key(g.pick("enter", "enter", "r", "m", "down", "up", "home", "end", "esc"))
	}
	return key(g.pick("enter", "esc"))
}

// nothingMatches: the long list on screen says its filter matches nothing.
func (g *generator) nothingMatches(screen string) bool {
	before, _, _ := strings.Cut(g.cfg.t(msg.ListNothingMatches, "\x00"), "\x00")
	after := strings.TrimSpace(strings.SplitN(g.cfg.t(msg.ListNothingMatches, "\x00"), "\x00", 2)[1])
	return strings.Contains(screen, strings.TrimSpace(before)) && strings.Contains(screen, after)
}

// tickRequired works the checkout's list of fields as a merchant reading it
// would: to the first of email, first and last name left unticked, and
// space; with all three ticked, enter.
func (g *generator) tickRequired(screen string) action {
	key := func(k string) action { return action{kind: kindKey, keys: []string{k}} }
	required := []string{g.cfg.t(msg.CkFieldEmail), g.cfg.t(msg.CkFieldFirstName), g.cfg.t(msg.CkFieldLastName)}
	cursor, target := -1, -1
	row := 0
	for _, line := range strings.Split(screen, "\n") {
		line = strings.TrimSpace(line)
		box, rest, ok := strings.Cut(strings.TrimPrefix(line, "› "), " ")
		if !ok || box != "[ ]" && box != "[x]" {
			continue
		}
		if strings.HasPrefix(line, "› ") {
			cursor = row
		}
		if box == "[ ]" && target < 0 && slices.Contains(required, rest) {
			target = row
		}
		row++
	}
	switch {
	case cursor < 0 || target < 0:
		return key("enter")
	case target < cursor:
		return key("up")
	case target > cursor:
		return key("down")
	}
	return key("space")
}

// hostileText is pasted: keys, control bytes, other scripts, 10 KB.
func (g *generator) hostileText() string {
	switch g.r.IntN(12) {
	case 0:
		return strings.Repeat("a", 10<<10)
	case 1:
		return strings.Repeat("नमस्ते ", 10<<10/len("नमस्ते "))
	case 2:
		return strings.Repeat("x\n", 5<<10)
	case 3:
		return g.pick(tokTest, tokLive, tokDemoTest, "\n"+tokTest+"\n", "key: "+tokLive)
	}
	return g.shortHostileText()
}

// shortHostileText is small enough to be typed key by key.
func (g *generator) shortHostileText() string {
	return g.pick(
		"\x1b[2J\x1b[H", "\x1b[31mred\x1b[0m", "\x00\x01\x02\x03", "\x07bell", "a\r\nb", "\x1b]52;c;aGVsbG8=\x07",
		"\x1b]0;title\x07", "tab\there", "\u202eevil", "zero\u200bwidth", "e\u0301\u0301\u0301", "👩‍👩‍👧 family",
		"漢字テキスト", "नमस्ते दुनिया", "क्षत्रिय", "ہیلو", "'; DROP TABLE", "%s%d%v%!", "../../etc/passwd",
		"sk_test_", "sk_live_abc", strings.Repeat("ज़", 60), "\x7f\x7f\x7f",
		// A terminal without bracketed paste types a pasted key into
		// whatever field has the cursor, maybe between other text.
		tokLive, tokTest, " "+tokTest+" ", tokLive+"0123456789abcdef", "https://x.io/"+tokTest+"/webhook",
	)
}
