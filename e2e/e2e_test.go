// Package e2e drives the real binary in a real terminal (tmux) with key
// presses, against a loopback sandbox Paystack:
//
//	go test ./e2e/            # skipped when tmux is missing
//
// Choices that keep it hermetic: each test has its own tmux server (-L), its
// own XDG_CONFIG_HOME and HOME, and the secret key comes from
// PAYSTACK_SECRET_KEY (the sandbox's public demo test key), so no keyring on
// the machine is ever read or written; the key step then shows that the key
// comes from the environment. Every captured screen and every file written is
// checked for the key.
package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/state"
)

// wait bounds every poll: generous for a loaded CI machine, never a fixed sleep.
const wait = 20 * time.Second

var binary string

func TestMain(m *testing.M) {
	if _, err := exec.LookPath("tmux"); err != nil {
		fmt.Println("e2e: tmux not installed; skipping")
		os.Exit(0)
	}
	dir, err := os.MkdirTemp("", "paystack-setup-e2e-")
	if err != nil {
		fmt.Println("e2e:", err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "paystack-setup")
	build := exec.Command("go", "build", "-o", binary, "paystack-setup")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Println("e2e: build failed:", err)
		os.Exit(1)
	}
	code := m.Run()
	_ = os.RemoveAll(dir)
	os.Exit(code)
}

type term struct {
	t       *testing.T
	socket  string
	home    string
	config  string
	base    string
	exitLog string
	screens []string
	// noKeyring runs without PAYSTACK_SECRET_KEY and with a session bus
	// that is not there, as over SSH.
	noKeyring bool
	// runs counts reruns, to name the sessions they leave behind.
	runs int
}

// newTerm starts a sandbox on loopback and a private tmux server.
func newTerm(t *testing.T) (*term, *sandbox.Server) {
	srv := sandbox.New(sandbox.Options{})
	base, stop, err := srv.Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = stop() })
	root := t.TempDir()
	tm := &term{
		t:       t,
		socket:  fmt.Sprintf("pse2e-%d-%s", os.Getpid(), strings.ReplaceAll(t.Name(), "/", "_")),
		home:    filepath.Join(root, "home"),
		config:  filepath.Join(root, "config"),
		base:    base,
		exitLog: filepath.Join(root, "exit"),
	}
	for _, d := range []string{tm.home, tm.config} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() {
		_ = exec.Command("tmux", "-L", tm.socket, "kill-server").Run()
		tm.checkNoKey()
	})
	return tm, srv
}

func (tm *term) tmux(args ...string) string {
	tm.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", tm.socket}, args...)...).CombinedOutput()
	if err != nil {
		tm.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// start runs the wizard in a new 100×30 session; its exit code lands in exitLog.
func (tm *term) start(flags ...string) {
	_ = os.Remove(tm.exitLog)
	env := []string{
		"HOME=" + tm.home,
		"XDG_CONFIG_HOME=" + tm.config,
		"PAYSTACK_API_BASE=" + tm.base,
		"PAYSTACK_SECRET_KEY=" + sandbox.DemoTestKey,
		"TERM=xterm-256color",
		"LANG=C.UTF-8",
		"NO_COLOR=",
	}
	if tm.noKeyring {
		env = slices.DeleteFunc(env, func(e string) bool { return strings.HasPrefix(e, "PAYSTACK_SECRET_KEY=") })
		env = append(env, "DBUS_SESSION_BUS_ADDRESS=unix:path="+filepath.Join(tm.home, "no-bus"), "PAYSTACK_SETUP_KEYRING_TIMEOUT=5s")
	}
	cmd := fmt.Sprintf("%s --lang en %s; echo $? > %s; sleep 600", binary, strings.Join(flags, " "), tm.exitLog)
	args := []string{"new-session", "-d", "-x", "100", "-y", "30", "-s", "wiz"}
	for _, e := range env {
		args = append(args, "-e", e)
	}
	// -e only reaches the shell; env(1) makes sure the program gets them too.
	args = append(args, "env "+strings.Join(quoteAll(env), " ")+" sh -c '"+cmd+"'")
	tm.tmux(args...)
}

// rerun starts the wizard again in the same tmux server. Killing the only
// session would end the server, and a new session that reaches it while it
// is still exiting fails with "server exited unexpectedly"; renaming the
// finished session out of the way keeps the server up.
func (tm *term) rerun(flags ...string) {
	tm.t.Helper()
	tm.runs++
	old := fmt.Sprintf("finished-%d", tm.runs)
	tm.tmux("rename-session", "-t", "wiz", old)
	tm.start(flags...)
	tm.tmux("kill-session", "-t", old)
}

func quoteAll(env []string) []string {
	out := make([]string, len(env))
	for i, e := range env {
		out[i] = "'" + e + "'"
	}
	return out
}

func (tm *term) capture() string {
	s := tm.tmux("capture-pane", "-p", "-t", "wiz")
	tm.screens = append(tm.screens, s)
	return s
}

// waitFor polls the screen until it shows every text.
func (tm *term) waitFor(texts ...string) string {
	tm.t.Helper()
	deadline := time.Now().Add(wait)
	for {
		s := tm.capture()
		ok := true
		for _, x := range texts {
			if !strings.Contains(s, x) {
				ok = false
			}
		}
		if ok {
			return s
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("screen never showed %q; last screen:\n%s", texts, s)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (tm *term) keys(keys ...string) { tm.tmux(append([]string{"send-keys", "-t", "wiz"}, keys...)...) }

func (tm *term) text(s string) { tm.tmux("send-keys", "-t", "wiz", "-l", s) }

// exitCode waits for the program to end.
func (tm *term) exitCode() string {
	tm.t.Helper()
	deadline := time.Now().Add(wait)
	for {
		if b, err := os.ReadFile(tm.exitLog); err == nil && len(b) > 0 {
			return strings.TrimSpace(string(b))
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("the program did not end; screen:\n%s", tm.capture())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (tm *term) statePath() string {
	return state.Path(filepath.Join(tm.config, "paystack-setup"), "default")
}

func (tm *term) loadState() state.State {
	tm.t.Helper()
	b, err := os.ReadFile(tm.statePath())
	if err != nil {
		tm.t.Fatalf("no saved state: %v", err)
	}
	var st state.State
	if err := json.Unmarshal(b, &st); err != nil {
		tm.t.Fatalf("saved state unreadable: %v", err)
	}
	return st
}

// checkNoKey looks for the key, or its secret part, in every screen and file.
func (tm *term) checkNoKey() {
	secret := sandbox.DemoTestKey[len("sk_test_"):]
	for _, s := range tm.screens {
		if strings.Contains(s, secret) {
			tm.t.Errorf("a screen shows the secret key:\n%s", s)
			return
		}
	}
	_ = filepath.WalkDir(filepath.Dir(tm.home), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		b, _ := os.ReadFile(p)
		if strings.Contains(string(b), secret) {
			tm.t.Errorf("file %s contains the secret key", p)
		}
		return nil
	})
}

// intoCreateForm drives welcome and key, then fills the new-subaccount form
// up to its email field (typed, not yet confirmed).
func (tm *term) intoCreateForm(business, email string) {
	tm.waitFor("Step 1 of 9", "Before you start", "paystack.com/signup")
	tm.keys("Enter") // Nigeria
	tm.waitFor("Step 2 of 9", "PAYSTACK_SECRET_KEY", "sk_test_…0001")
	tm.keys("Enter")
	tm.waitFor("Paystack accepted the secret key")
	tm.keys("Enter")
	tm.waitFor("Step 3 of 9", "Create a new subaccount")
	tm.keys("Down", "Enter")
	tm.waitFor("Access Bank")
	tm.keys("Enter")
	tm.waitFor("Account number")
	tm.text("0123456789")
	tm.keys("Enter")
	tm.waitFor("Business name")
	tm.text(business)
	tm.keys("Enter")
	tm.keys("Enter") // percentage: keep 0
	tm.text(email)
}

// TestClosedWindowKeepsWhatWasTyped: closing the terminal window (tmux
// kills the pane: a hang-up, then a terminal that is gone) keeps the
// half-typed form, as ctrl+c does.
func TestClosedWindowKeepsWhatWasTyped(t *testing.T) {
	tm, _ := newTerm(t)
	tm.start()
	tm.intoCreateForm("Closed Window Crafts", "owner@closedwindow.example")
	tm.waitFor("owner@closedwindow.example")
	tm.tmux("kill-session", "-t", "wiz")
	deadline := time.Now().Add(wait)
	for {
		raw, _ := os.ReadFile(tm.statePath())
		if strings.Contains(string(raw), "Closed Window Crafts") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the half-typed form was not saved when the window closed; state:\n%s", raw)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// throughSubaccount drives welcome, key and subaccount creation.
func (tm *term) throughSubaccount(business string) {
	tm.intoCreateForm(business, "ada@example.com")
	tm.keys("Enter")
	tm.waitFor("Press enter to create it")
	tm.keys("Enter")
	tm.waitFor("Step 4 of 9", "Connect in systeme.io", business)
}

func TestHappyPath(t *testing.T) {
	tm, srv := newTerm(t)
	tm.start()
	tm.throughSubaccount("Ada E2E Shop")
	tm.keys("Enter")
	tm.waitFor("Step 5 of 9", "185.236.142.1")
	tm.keys("Enter")
	tm.waitFor("Step 6 of 9", "Webhook URL")
	tm.text("http://x.systeme.io/hook")
	tm.keys("Enter")
	tm.waitFor("https://")
	tm.keys("C-u")
	hook := "https://x.systeme.io/paystack/webhook/e2e"
	tm.text(hook)
	tm.keys("Enter")
	tm.waitFor("Test Webhook URL")
	tm.keys("Enter")
	tm.waitFor("Step 7 of 9", "[ ] Email")
	// Nothing is ticked on a first visit (#12 item 8): tick the three
	// Paystack needs, then enter answers the list.
	tm.keys("Space", "Down", "Space", "Down", "Space")
	tm.waitFor("[x] Email", "[x] First name", "[x] Last name")
	tm.keys("Enter")
	tm.waitFor("press s to continue")
	tm.keys("s")
	tm.waitFor("Step 8 of 9", "Test purchase")
	tm.keys("s") // skipped: the summary's payments check then warns
	tm.waitFor("Step 9 of 9", "› Finish")
	// The summary opens on Finish; the subaccount's check may be scrolled out
	// of sight above it. Each move is waited for, so no stale screen is read.
	ups := 0
	for ; !strings.Contains(tm.capture(), "Subaccount exists"); ups++ {
		if ups > 40 {
			t.Fatalf("the summary has no subaccount check:\n%s", tm.capture())
		}
		before := tm.capture()
		tm.keys("Up")
		for i := 0; tm.capture() == before && i < 100; i++ {
			time.Sleep(20 * time.Millisecond)
		}
	}
	for ; ups > 0; ups-- {
		tm.keys("Down")
	}
	tm.waitFor("› Finish")
	for i := 0; !strings.Contains(tm.capture(), "› Finish"); i++ {
		if i > 40 {
			t.Fatalf("never reached Finish:\n%s", tm.capture())
		}
		tm.keys("Down")
	}
	tm.keys("Enter")
	if code := tm.exitCode(); code != "0" {
		t.Fatalf("exit code %s; screen:\n%s", code, tm.capture())
	}
	after := tm.capture()
	if !strings.Contains(after, hook) || !strings.Contains(after, "state.json") {
		t.Fatalf("after exit the webhook URL and the state path are not printed:\n%s", after)
	}

	st := tm.loadState()
	if st.Country != "NG" || st.Mode != "test" || st.KeyStorage != state.StorageEnv || st.WebhookURL["test"] != hook || !st.IPWhitelist["test"] || !st.SystemeConnected {
		t.Fatalf("saved state: %+v", st)
	}
	if st.Subaccount == nil || st.Subaccount.BusinessName != "Ada E2E Shop" || st.FirstUnfinished([]string{"welcome", "key", "subaccount", "systeme", "ipwhitelist", "webhook", "checkout", "summary"}) != "" {
		t.Fatalf("subaccount or progress not saved: %+v", st)
	}
	key, _ := paystack.ParseSecretKey(sandbox.DemoTestKey)
	sa, err := paystack.New(key, paystack.WithBaseURL(tm.base)).FetchSubaccount(context.Background(), st.Subaccount.Code)
	if err != nil || sa.BusinessName != "Ada E2E Shop" {
		t.Fatalf("the sandbox has no such subaccount: %v %+v", err, sa)
	}
	_ = srv

	// A rerun of a finished setup opens the audit view, with every step reachable.
	tm.rerun()
	tm.waitFor("Step 9 of 9", "Setup is complete", "Finish")
	tm.keys("m")
	tm.waitFor("All steps", "IP whitelist")
	tm.keys("Down", "Down", "Down", "Down", "Enter") // the fifth entry: IP whitelist
	tm.waitFor("Step 5 of 9", "185.236.142.1")
	tm.keys("C-c")
	if code := tm.exitCode(); code != "130" {
		t.Fatalf("exit code %s after ctrl+c in the audit view", code)
	}
}

func TestQuitHalfwayAndResume(t *testing.T) {
	tm, _ := newTerm(t)
	tm.start()
	tm.throughSubaccount("Resume Shop")
	tm.keys("C-c")
	if code := tm.exitCode(); code != "130" {
		t.Fatalf("ctrl+c exit code %s, want 130", code)
	}
	tm.waitFor("run paystack-setup again to resume")
	st := tm.loadState()
	for _, step := range []string{"welcome", "key", "subaccount"} {
		if !st.IsDone(step) {
			t.Fatalf("step %s not saved as done: %v", step, st.Done)
		}
	}
	if st.IsDone("systeme") {
		t.Fatal("the interrupted step was saved as done")
	}

	tm.rerun()
	tm.waitFor("Step 4 of 9", "Connect in systeme.io", "Resume Shop")
	tm.keys("Escape")
	tm.waitFor("Step 3 of 9")
	tm.keys("C-c")
	if code := tm.exitCode(); code != "130" {
		t.Fatalf("second ctrl+c exit code %s", code)
	}
}

func TestLockedProfileExitsOne(t *testing.T) {
	tm, _ := newTerm(t)
	h, err := state.Open(filepath.Join(tm.config, "paystack-setup"), "default")
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	tm.start()
	if code := tm.exitCode(); code != "1" {
		t.Fatalf("exit code %s with the profile locked", code)
	}
	tm.waitFor("Another paystack-setup is already running")
}

// TestDemoTouchesNothing: the demo writes nothing and calls no Paystack, and
// never tells the merchant their progress is saved: not on the welcome
// screen, not in the help bar, not after ctrl+c.
func TestDemoTouchesNothing(t *testing.T) {
	tm, srv := newTerm(t)
	tm.start("--demo")
	if s := tm.waitFor("Step 1 of 9", "DEMO", "saves nothing"); strings.Contains(s, "saved") {
		t.Errorf("the demo's welcome screen promises saving:\n%s", s)
	}
	tm.keys("Enter")
	// The demo ignores PAYSTACK_SECRET_KEY and offers its own public test key.
	tm.waitFor("Step 2 of 9", "DEMO", "ctrl+g")
	tm.keys("C-g", "Enter")
	tm.waitFor("Paystack accepted the secret key", "memory")
	tm.keys("C-c")
	if code := tm.exitCode(); code != "130" {
		t.Fatalf("exit code %s", code)
	}
	if s := tm.waitFor("Demo stopped: nothing was saved"); strings.Contains(s, "progress is saved") || strings.Contains(s, "Demo finished") {
		t.Errorf("after ctrl+c the demo claims progress is saved, or that it finished:\n%s", s)
	}
	entries, _ := os.ReadDir(tm.config)
	if len(entries) != 0 {
		t.Fatalf("the demo wrote to the config dir: %v", entries)
	}
	if srv.Requests() != 0 {
		t.Fatal("the demo called the loopback Paystack instead of its in-process sandbox")
	}
}

// TestUnreachableKeyringIsExplainedAtTheKeyStep: the keyring's diagnosis is
// six rows long; it belongs where the key is asked for, not above the
// welcome screen's country choice.
func TestUnreachableKeyringIsExplainedAtTheKeyStep(t *testing.T) {
	tm, _ := newTerm(t)
	tm.noKeyring = true
	tm.start()
	const diagnosis = "The system keyring cannot be reached"
	if s := tm.waitFor("Step 1 of 9", "paystack.com/signup"); strings.Contains(s, diagnosis) {
		t.Errorf("the welcome screen carries the keyring's diagnosis:\n%s", s)
	}
	tm.keys("Enter") // Nigeria
	tm.waitFor("Step 2 of 9", diagnosis, "key set --plain-file", "Find your secret key")
	tm.keys("C-c")
	if code := tm.exitCode(); code != "130" {
		t.Fatalf("ctrl+c exit code %s", code)
	}
}

// TestResumeWithAnUnreadableKeyringSaysSoInOneLine: resumed past the key
// step, the merchant learns in one line why Paystack cannot be asked, and
// the key step still has the whole diagnosis.
func TestResumeWithAnUnreadableKeyringSaysSoInOneLine(t *testing.T) {
	tm, _ := newTerm(t)
	tm.start()
	tm.throughSubaccount("Resume Shop")
	tm.keys("C-c")
	tm.exitCode()
	tm.noKeyring = true
	tm.rerun()
	s := tm.waitFor("Step 4 of 9", "the secret key could not be read; step 2 says why")
	if strings.Contains(s, "The system keyring cannot be reached") {
		t.Errorf("the resumed step carries the whole keyring diagnosis:\n%s", s)
	}
	tm.keys("Escape")
	tm.waitFor("Step 3 of 9")
	tm.keys("Escape")
	tm.waitFor("Step 2 of 9", "The system keyring cannot be reached")
	tm.keys("C-c")
	tm.exitCode()
}

// ctrl+c says progress is saved: a subaccount form filled halfway comes back
// on the rerun (all but the account number, which is never saved whole), and
// the key is in none of it.
func TestQuitInTheCreateFormKeepsWhatWasTyped(t *testing.T) {
	tm, _ := newTerm(t)
	tm.start()
	tm.intoCreateForm("Half Typed Bakery", "owner@halftyped.example")
	tm.keys("C-c")
	if code := tm.exitCode(); code != "130" {
		t.Fatalf("ctrl+c exit code %s, want 130", code)
	}
	raw, err := os.ReadFile(tm.statePath())
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(raw), "0123456789") {
		t.Errorf("the whole account number was saved:\n%s", raw)
	}

	tm.rerun()
	tm.waitFor("Step 3 of 9", "is kept (bank, business name, share, email)", "› Create a new subaccount")
	tm.keys("Enter")
	tm.waitFor("Access Bank") // the bank chosen before, one enter away
	tm.keys("Enter")
	tm.waitFor("Account number", "Half Typed Bakery", "owner@halftyped.example")
	tm.keys("C-c")
	tm.exitCode()
}
