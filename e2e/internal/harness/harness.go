// Package harness runs the built paystack-setup binary the way a merchant
// would, against an in-test sandbox Paystack, and keeps everything it printed:
//
//	func TestMain(m *testing.M) { os.Exit(harness.Main(m)) }
//
//	w := harness.NewWorld(t)            // temp HOME and XDG_CONFIG_HOME, a loopback sandbox, a profile
//	key := w.NewKey(sandbox.ModeLive)   // a fake key the sandbox accepts, scanned for at the end
//	res := w.Run(t, "audit", harness.Opts{Env: map[string]string{"PAYSTACK_SECRET_KEY": key}},
//		"--profile", w.Profile, "audit")
//	term := w.StartTerm(t, "wizard", nil, "--profile", w.Profile) // the wizard in tmux
//
// Every stdout, stderr and screen capture lands in w.Artifacts so a leak scan
// can read all of it afterwards; at the end of the test they are also copied to
// PAYSTACK_SETUP_CAPTURE_DIR, when set, for scripts/test's own scan.
package harness

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"paystack-setup/internal/leakscan"
	"paystack-setup/paystack/sandbox"

	_ "paystack-setup/internal/hangup" // the closed-window tests need SIGHUP at its default
)

// EnvCaptureDir names the directory scripts/test scans after the tests.
const EnvCaptureDir = "PAYSTACK_SETUP_CAPTURE_DIR"

// EnvRealKeyring set to 1 means a private Secret Service is running (scripts/test
// runs the suite inside scripts/with-secret-service) and key commands may use it.
const EnvRealKeyring = "PAYSTACK_SETUP_REAL_KEYRING"

// EnvRequireAll set to 1 turns a missing tool (tmux) into a failure.
const EnvRequireAll = "PAYSTACK_SETUP_REQUIRE_ALL"

var (
	buildOnce sync.Once
	binPath   string
	buildErr  string
	workDir   string
)

// Main runs the tests with a private work directory for the build and the
// worlds, removed when everything passed and kept (and named) otherwise.
func Main(m *testing.M) int {
	dir, err := os.MkdirTemp("", "paystack-setup-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e: no temp dir:", err)
		return 1
	}
	workDir = dir
	code := m.Run()
	if code == 0 {
		_ = os.RemoveAll(dir)
	} else {
		fmt.Fprintln(os.Stderr, "e2e: binary, worlds and captures kept in", dir)
	}
	return code
}

// Dir is the per-process directory for builds and worlds.
func Dir(t testing.TB) string {
	if workDir == "" {
		t.Fatal("harness: call harness.Main from the package's TestMain")
	}
	return workDir
}

// RepoRoot is the module root (where go.mod is).
func RepoRoot(t testing.TB) string {
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Clean(filepath.Join(filepath.Dir(file), "..", "..", ".."))
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatalf("module root not found from %s", file)
	}
	return root
}

// Binary builds the program once per test process, the way the README does.
func Binary(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		out := filepath.Join(Dir(t), "bin", "paystack-setup")
		cmd := exec.Command("go", "build", "-o", out, ".")
		cmd.Dir = RepoRoot(t)
		if b, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Sprintf("go build failed: %v\n%s", err, b)
			return
		}
		binPath = out
	})
	if buildErr != "" {
		t.Fatal(buildErr)
	}
	return binPath
}

// CanaryKey returns a new fake secret key of the given mode ("test" or "live"):
// 40 random characters from a-z0-9 that always include letters outside a-f, so
// it can never be mistaken for (or flagged as) a real Paystack key, and it is
// not the public sandbox demo key.
func CanaryKey(mode string) string {
	const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
	b := make([]byte, 40)
	_, _ = rand.Read(b)
	for i := range b {
		b[i] = alphabet[int(b[i])%len(alphabet)]
	}
	copy(b[:6], "canary")
	return "sk_" + mode + "_" + string(b)
}

// World is one merchant's machine: its own HOME, config dir and sandbox.
type World struct {
	Name string
	// Profile is unique to the world: the real Secret Service, when tests use
	// one, is shared by every test, and a key stored by one must never be
	// found by another.
	Profile   string
	Root      string
	Home      string
	Config    string // XDG_CONFIG_HOME
	Artifacts string // everything printed or captured, for the leak scan
	Sandbox   *sandbox.Server
	BaseURL   string
	// ShellKeepsHangup makes the shell around the program in the terminals
	// started later survive the window closing without passing the hang-up
	// on, as a wrapper script that traps SIGHUP does: the program sees only
	// the end of its input.
	ShellKeepsHangup bool

	mu      sync.Mutex
	seq     int
	secrets []string
}

// NewKey makes a canary key of mode valid in this world's sandbox. Every key
// made here is looked for in the world's artifacts and files when the test
// ends. The first key of each mode is built from EnvCanaryKey when that is
// set, so scripts/test's own scan of the captures knows what to look for.
func (w *World) NewKey(mode sandbox.Mode) string {
	w.mu.Lock()
	defer w.mu.Unlock()
	key := sharedCanary(mode)
	for _, used := range w.secrets {
		if used == key {
			key = ""
		}
	}
	if key == "" {
		key = CanaryKey(string(mode))
	}
	w.Sandbox.AddKey(key, mode)
	w.secrets = append(w.secrets, key)
	return key
}

// EnvCanaryKey is a live canary key (sk_live_ + 40 of a-z0-9) that
// scripts/test makes up for the whole run and hands to its leak scan.
const EnvCanaryKey = "PAYSTACK_SETUP_CANARY_KEY"

var canaryBody = regexp.MustCompile(`^sk_live_([a-z0-9]{40})$`)

// sharedCanary is EnvCanaryKey in the given mode, or "" when unset or malformed.
func sharedCanary(mode sandbox.Mode) string {
	m := canaryBody.FindStringSubmatch(os.Getenv(EnvCanaryKey))
	if m == nil {
		return ""
	}
	return "sk_" + string(mode) + "_" + m[1]
}

// Watch adds a key the scan looks for, such as the sandbox's public demo keys
// in a test of --demo, which promises to show them masked too.
func (w *World) Watch(key string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.secrets = append(w.secrets, key)
}

// Secrets are the keys this world handed to the program.
func (w *World) Secrets() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), w.secrets...)
}

// LeakHits scans every artifact and every file the program wrote (config
// dir, HOME) for the world's keys, any 12 characters of one, or any full key.
func (w *World) LeakHits(t testing.TB) []leakscan.Hit {
	t.Helper()
	var keys []string
	for _, k := range w.Secrets() {
		keys = append(keys, k)
		keys = append(keys, Base64Forms(k)...)
	}
	hits, err := leakscan.Scan(keys, []string{w.Artifacts, w.Config, w.Home})
	if err != nil {
		t.Errorf("leak scan: %v", err)
	}
	return hits
}

// Base64Forms are the key as it looks inside base64 (a clipboard write, a
// Basic auth header, an encoded blob), at each of the three byte alignments,
// without the edge characters that depend on what surrounds it.
func Base64Forms(key string) []string {
	var forms []string
	for shift := range 3 {
		enc := base64.StdEncoding.EncodeToString([]byte(strings.Repeat("\x00", shift) + key))
		start := 0
		if shift > 0 {
			start = 4
		}
		forms = append(forms, enc[start:len(enc)-4])
	}
	return forms
}

// scanLeaks fails the test on any leak, saying where the captures are.
func (w *World) scanLeaks(t testing.TB) {
	t.Helper()
	for _, h := range w.LeakHits(t) {
		t.Errorf("LEAK %s (captures kept under %s)", h, w.Root)
	}
}

// WriteConfigFile writes a file under XDG_CONFIG_HOME, for tests of the scan itself.
func (w *World) WriteConfigFile(t testing.TB, rel string, data []byte) string {
	t.Helper()
	path := filepath.Join(w.Config, rel)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// Remove deletes one file of the world.
func (w *World) Remove(t testing.TB, path string) {
	t.Helper()
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
}

// NewWorld makes a world whose sandbox stops at the end of the test.
func NewWorld(t testing.TB) *World {
	t.Helper()
	name := safeName(t.Name())
	root, err := os.MkdirTemp(Dir(t), name+"-")
	if err != nil {
		t.Fatal(err)
	}
	w := &World{Name: name, Profile: "e2e-" + strings.ToLower(CanaryKey("test")[14:24]), Root: root, Home: filepath.Join(root, "home"), Config: filepath.Join(root, "config"), Artifacts: filepath.Join(root, "artifacts")}
	for _, d := range []string{w.Home, w.Config, w.Artifacts} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	w.Sandbox = sandbox.New(sandbox.Options{})
	base, stop, err := w.Sandbox.Listen("127.0.0.1:0")
	if err != nil {
		t.Fatalf("sandbox: %v", err)
	}
	w.BaseURL = base
	t.Cleanup(func() { _ = stop() })
	// Cleanups run last-registered first, so this one runs after every
	// terminal the test starts later has saved its stderr.
	t.Cleanup(func() {
		w.forgetKey(t)
		w.scanLeaks(t)
		w.keep(t)
	})
	return w
}

var unsafeChars = regexp.MustCompile(`[^A-Za-z0-9_.-]+`)

func safeName(s string) string {
	s = unsafeChars.ReplaceAllString(s, "_")
	if len(s) > 80 {
		s = s[len(s)-80:]
	}
	return s
}

// forgetKey removes whatever the test stored in the shared real keyring.
func (w *World) forgetKey(t testing.TB) {
	if !RealKeyring() || binPath == "" {
		return
	}
	if r := w.Run(t, "cleanup-key-delete", Opts{}, "--profile", w.Profile, "key", "delete", "--yes"); r.Code != 0 {
		t.Errorf("could not remove the test's key from the keyring:\n%s", r)
	}
}

// StateDir is where the program keeps its files in this world.
func (w *World) StateDir() string { return filepath.Join(w.Config, "paystack-setup") }

// StatePath is the state file of a profile.
func (w *World) StatePath(profile string) string {
	return filepath.Join(w.StateDir(), "profiles", profile, "state.json")
}

// RealKeyring reports whether the test runs beside a private Secret Service.
func RealKeyring() bool { return os.Getenv(EnvRealKeyring) == "1" }

// Environ is the program's whole environment: nothing of the developer's own
// (their keyring, their config, their PAYSTACK_SECRET_KEY) leaks in, except the
// private Secret Service when EnvRealKeyring is set.
func (w *World) Environ(extra map[string]string) []string {
	env := map[string]string{
		"PATH":              os.Getenv("PATH"),
		"HOME":              w.Home,
		"XDG_CONFIG_HOME":   w.Config,
		"LANG":              "C.UTF-8",
		"TERM":              "xterm-256color",
		"PAYSTACK_API_BASE": w.BaseURL,
		// A keyring that is not there must be diagnosed at once, not after a minute.
		"PAYSTACK_SETUP_KEYRING_TIMEOUT": "5s",
	}
	if RealKeyring() {
		for _, name := range []string{"DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR"} {
			if v := os.Getenv(name); v != "" {
				env[name] = v
			}
		}
	} else {
		// No session bus: the keystore says so instead of touching the desktop's keyring.
		env["XDG_RUNTIME_DIR"] = filepath.Join(w.Root, "no-runtime-dir")
	}
	for k, v := range extra {
		if v == "" {
			delete(env, k)
			continue
		}
		env[k] = v
	}
	out := make([]string, 0, len(env))
	for k, v := range env {
		out = append(out, k+"="+v)
	}
	return out
}

// Opts are the inputs of one run.
type Opts struct {
	Env     map[string]string // added to (or, with "", removed from) the world's environment
	Stdin   string
	Timeout time.Duration // default 60s; the run is killed after it and the test fails
	// Nohup starts the binary under nohup(1), with SIGHUP ignored, as a
	// merchant does who will close the terminal before it ends.
	Nohup bool
}

// Result is what one run printed and how it ended.
type Result struct {
	Name     string
	Args     []string
	Stdout   string
	Stderr   string
	Code     int
	Duration time.Duration
}

// Output is stdout and stderr together, for assertions on anything shown.
func (r Result) Output() string { return r.Stdout + "\n" + r.Stderr }

func (r Result) String() string {
	return fmt.Sprintf("%s (paystack-setup %s): exit %d\n--- stdout ---\n%s\n--- stderr ---\n%s", r.Name, strings.Join(r.Args, " "), r.Code, r.Stdout, r.Stderr)
}

// Run runs the binary with args, with no terminal, and saves its output as
// artifacts named after name.
func (w *World) Run(t testing.TB, name string, o Opts, args ...string) Result {
	t.Helper()
	return w.Start(t, name, o, args...).Wait()
}

// Proc is the binary running in the background, without a terminal.
type Proc struct {
	t       testing.TB
	w       *World
	name    string
	args    []string
	cmd     *exec.Cmd
	ctx     context.Context
	cancel  context.CancelFunc
	timeout time.Duration
	start   time.Time
	stdout  bytes.Buffer
	stderr  bytes.Buffer
}

// Start starts the binary; Wait collects what it printed.
func (w *World) Start(t testing.TB, name string, o Opts, args ...string) *Proc {
	t.Helper()
	p := &Proc{t: t, w: w, name: name, args: args, timeout: o.Timeout}
	if p.timeout == 0 {
		p.timeout = 60 * time.Second
	}
	p.ctx, p.cancel = context.WithTimeout(context.Background(), p.timeout)
	if o.Nohup {
		p.cmd = exec.CommandContext(p.ctx, "nohup", append([]string{Binary(t)}, args...)...)
	} else {
		p.cmd = exec.CommandContext(p.ctx, Binary(t), args...)
	}
	p.cmd.Env = w.Environ(o.Env)
	p.cmd.Dir = w.Home
	p.cmd.Stdin = strings.NewReader(o.Stdin)
	p.cmd.Stdout, p.cmd.Stderr = &p.stdout, &p.stderr
	p.start = time.Now()
	if err := p.cmd.Start(); err != nil {
		p.cancel()
		t.Fatalf("%s: could not start: %v", name, err)
	}
	return p
}

// Interrupt sends SIGINT, as ctrl+c in a terminal does.
func (p *Proc) Interrupt() {
	p.t.Helper()
	p.Signal(os.Interrupt)
}

// Signal sends sig: SIGTERM as `kill` does, SIGHUP as a closed terminal window.
func (p *Proc) Signal(sig os.Signal) {
	p.t.Helper()
	if err := p.cmd.Process.Signal(sig); err != nil {
		p.t.Fatalf("%s: signal %v: %v", p.name, sig, err)
	}
}

// Wait waits for the end (failing the test if it outlives its timeout) and
// saves stdout and stderr as artifacts.
func (p *Proc) Wait() Result {
	p.t.Helper()
	defer p.cancel()
	err := p.cmd.Wait()
	res := Result{Name: p.name, Args: p.args, Stdout: p.stdout.String(), Stderr: p.stderr.String(), Duration: time.Since(p.start)}
	res.Code = p.cmd.ProcessState.ExitCode()
	p.w.Save(p.t, p.name+".stdout", p.stdout.Bytes())
	p.w.Save(p.t, p.name+".stderr", p.stderr.Bytes())
	if p.ctx.Err() != nil {
		p.t.Fatalf("%s: still running after %s, killed\n%s", p.name, p.timeout, res)
	}
	if err != nil && res.Code < 0 {
		p.t.Fatalf("%s: did not exit normally: %v\n%s", p.name, err, res)
	}
	return res
}

// Save writes one artifact; names are made unique within the world.
func (w *World) Save(t testing.TB, name string, data []byte) string {
	t.Helper()
	w.mu.Lock()
	w.seq++
	path := filepath.Join(w.Artifacts, fmt.Sprintf("%03d-%s", w.seq, safeName(name)))
	w.mu.Unlock()
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// SnapshotConfig copies the world's whole XDG_CONFIG_HOME (state files,
// consent records, plain key files, logs) into the artifacts.
func (w *World) SnapshotConfig(t testing.TB, label string) {
	t.Helper()
	dst := filepath.Join(w.Artifacts, "config-"+safeName(label))
	if err := copyTree(w.Config, dst); err != nil {
		t.Fatalf("copy config tree: %v", err)
	}
}

// keep copies a world's artifacts (and its config tree) to
// PAYSTACK_SETUP_CAPTURE_DIR when that is set, so scripts/test scans them too.
func (w *World) keep(t testing.TB) {
	t.Helper()
	dir := os.Getenv(EnvCaptureDir)
	if dir == "" {
		return
	}
	dst := filepath.Join(dir, "e2e", filepath.Base(w.Root))
	if err := copyTree(w.Artifacts, filepath.Join(dst, "artifacts")); err != nil {
		t.Errorf("copy artifacts to %s: %v", dir, err)
	}
	if err := copyTree(w.Config, filepath.Join(dst, "config")); err != nil {
		t.Errorf("copy config to %s: %v", dir, err)
	}
}

func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if os.IsNotExist(err) {
				return nil
			}
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		switch {
		case d.IsDir():
			return os.MkdirAll(target, 0o700)
		case d.Type().IsRegular():
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			return os.WriteFile(target, data, 0o600)
		}
		return nil // sockets, lock files' symlinks: nothing a leak could hide in
	})
}
