package keystore

// Tests against a real Secret Service. They run only with
// PAYSTACK_SETUP_REAL_KEYRING=1, inside the private bus that
// scripts/with-secret-service starts, never against a developer's own keyring:
//
//	PAYSTACK_SETUP_REAL_KEYRING=1 scripts/with-secret-service go test ./keystore/

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"paystack-setup/internal/leakscan"
)

func requireRealKeyring(t *testing.T) {
	t.Helper()
	if os.Getenv("PAYSTACK_SETUP_REAL_KEYRING") != "1" {
		if os.Getenv("PAYSTACK_SETUP_REQUIRE_ALL") == "1" {
			t.Fatal("PAYSTACK_SETUP_REQUIRE_ALL=1 but the real Secret Service tests were not enabled: run them with PAYSTACK_SETUP_REAL_KEYRING=1 scripts/with-secret-service go test ./keystore/")
		}
		t.Skip("real Secret Service tests skipped: run PAYSTACK_SETUP_REAL_KEYRING=1 scripts/with-secret-service go test ./keystore/")
	}
	if os.Getenv("DBUS_SESSION_BUS_ADDRESS") == "" {
		t.Fatal("PAYSTACK_SETUP_REAL_KEYRING=1 needs the private bus of scripts/with-secret-service")
	}
}

// withoutEnvKey reads the real environment except PAYSTACK_SECRET_KEY, which
// would otherwise take over every read.
func withoutEnvKey(name string) string {
	if name == EnvKey {
		return ""
	}
	return os.Getenv(name)
}

func TestRealSecretServiceRoundTrip(t *testing.T) {
	requireRealKeyring(t)
	s := New(Options{Dir: t.TempDir(), Getenv: withoutEnvKey, Timeout: 30 * time.Second})
	profile := fmt.Sprintf("it-%d", os.Getpid())
	key := fakeKey(t, "live", "rt77")
	ctx := context.Background()

	if err := s.Set(ctx, profile, key); err != nil {
		t.Fatalf("Set against the real Secret Service: %v", err)
	}
	got, src, err := s.Get(ctx, profile)
	if err != nil || src != SourceKeyring || got.Reveal() != key.Reveal() {
		t.Fatalf("Get = %v, %q, %v", got, src, err)
	}
	// Storing again replaces rather than duplicates.
	second := fakeKey(t, "test", "rt88")
	if err := s.Set(ctx, profile, second); err != nil {
		t.Fatalf("second Set: %v", err)
	}
	if got, _, _ := s.Get(ctx, profile); got.Reveal() != second.Reveal() {
		t.Errorf("after a second Set, Get = %v", got)
	}
	removed, err := s.Delete(ctx, profile)
	if err != nil || !slices.Equal(removed, []Source{SourceKeyring}) {
		t.Fatalf("Delete = %v, %v", removed, err)
	}
	if _, _, err := s.Get(ctx, profile); ProblemOf(err) != ProblemNotFound {
		t.Errorf("after Delete, Get = %v; want not found", err)
	}
}

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// productBinary builds paystack-setup once per test run.
func productBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "paystack-setup-bin-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "paystack-setup")
		out, err := exec.Command("go", "build", "-o", binPath, "paystack-setup").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

type binRun struct {
	code     int
	out, err string
}

// runBinary runs the product with env replacing the named variables. The
// context deadline is generous and only keeps a hang from stalling the suite:
// a hang fails the test by its exit, not by a measured time.
func runBinary(t *testing.T, env map[string]string, stdin string, args ...string) binRun {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, productBinary(t), args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if _, replaced := env[name]; !replaced && name != EnvKey {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("paystack-setup %v hung (killed after the test's deadline)", args)
	}
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run: %v", err)
	}
	return binRun{code, out.String(), errb.String()}
}

func assertBinaryClean(t *testing.T, r binRun, key string) {
	t.Helper()
	all := r.out + r.err
	if hits := leakscan.Bytes([]string{key}, "output", []byte(all)); len(hits) > 0 {
		t.Errorf("the key leaked: %v", hits)
	}
	for _, raw := range []string{"org.freedesktop.DBus", "dbus:", "keystore:", "failed to unlock", "goroutine ", "panic"} {
		if strings.Contains(all, raw) {
			t.Errorf("raw error %q on screen:\n%s", raw, all)
		}
	}
}

func TestRealBinaryKeyCommands(t *testing.T) {
	requireRealKeyring(t)
	key := fakeKey(t, "live", "bn42")
	env := map[string]string{
		"XDG_CONFIG_HOME": t.TempDir(),
		"LANG":            "C",
		EnvTimeout:        "30s",
	}
	profile := fmt.Sprintf("bin-%d", os.Getpid())

	r := runBinary(t, env, key.Reveal()+"\n", "--profile", profile, "key", "set", "--stdin")
	assertBinaryClean(t, r, key.Reveal())
	if r.code != 0 || !strings.Contains(r.out, "Stored sk_live_…bn42 (live mode) in the system keyring for profile "+profile) {
		t.Fatalf("key set: exit %d\n%s%s", r.code, r.out, r.err)
	}
	r = runBinary(t, env, "", "--profile", profile, "key", "show")
	assertBinaryClean(t, r, key.Reveal())
	if r.code != 0 || !strings.Contains(r.out, "sk_live_…bn42 (live mode)") || !strings.Contains(r.out, "system keyring") {
		t.Fatalf("key show: exit %d\n%s%s", r.code, r.out, r.err)
	}
	r = runBinary(t, env, "", "--profile", profile, "key", "delete", "--yes")
	assertBinaryClean(t, r, key.Reveal())
	if r.code != 0 || !strings.Contains(r.out, "Removed the key of profile "+profile+" from the system keyring") {
		t.Fatalf("key delete: exit %d\n%s%s", r.code, r.out, r.err)
	}
	r = runBinary(t, env, "", "--profile", profile, "key", "show")
	assertBinaryClean(t, r, key.Reveal())
	if r.code != 1 || !strings.Contains(r.err, "No secret key is stored for profile "+profile) {
		t.Fatalf("key show after delete: exit %d\n%s%s", r.code, r.out, r.err)
	}
}

// runKeyCommandsExpectingDiagnosis runs set, show and delete and expects each
// to fail with exit 1 and a sentence containing want.
func runKeyCommandsExpectingDiagnosis(t *testing.T, wrap []string, env map[string]string, want string) {
	t.Helper()
	key := fakeKey(t, "test", "dg31")
	for _, c := range []struct {
		stdin string
		args  []string
	}{
		{key.Reveal(), []string{"key", "set", "--stdin"}},
		{"", []string{"key", "show"}},
		{"", []string{"key", "delete", "--yes"}},
	} {
		var r binRun
		if len(wrap) > 0 {
			r = runWrapped(t, env, c.stdin, wrap, c.args...)
		} else {
			r = runBinary(t, env, c.stdin, c.args...)
		}
		assertBinaryClean(t, r, key.Reveal())
		if r.code != 1 || !strings.Contains(r.err, want) {
			t.Errorf("%v: exit %d, want 1 with %q:\n%s%s", c.args, r.code, want, r.out, r.err)
		}
	}
}

func TestRealBinaryWithoutSessionBus(t *testing.T) {
	requireRealKeyring(t)
	runUserBus := fmt.Sprintf("/run/user/%d/bus", os.Getuid())
	if _, err := os.Stat(runUserBus); err == nil {
		t.Skipf("%s exists on this machine, so a session bus can always be found", runUserBus)
	}
	marker := filepath.Join(t.TempDir(), "dbus-launch-ran")
	env := map[string]string{
		"DBUS_SESSION_BUS_ADDRESS": "",
		"XDG_RUNTIME_DIR":          t.TempDir(),
		"XDG_CONFIG_HOME":          t.TempDir(),
		"WSL_DISTRO_NAME":          "",
		"LANG":                     "C",
		"PATH":                     fakeDBusLaunch(t, marker),
	}
	runKeyCommandsExpectingDiagnosis(t, nil, env, "there is no desktop session bus")
	if _, err := os.Stat(marker); err == nil {
		t.Error("the product let the D-Bus library exec dbus-launch")
	}
}

// fakeDBusLaunch returns a PATH whose only dbus-launch leaves marker behind.
func fakeDBusLaunch(t *testing.T, marker string) string {
	t.Helper()
	dir := t.TempDir()
	script := "#!/bin/sh\ntouch '" + marker + "'\nexit 1\n"
	if err := os.WriteFile(filepath.Join(dir, "dbus-launch"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// runWrapped runs the binary after a wrapper command (wrap), such as its own
// scripts/with-secret-service --locked, so a locked keyring never disturbs the
// unlocked one other tests use.
func runWrapped(t *testing.T, env map[string]string, stdin string, wrap []string, args ...string) binRun {
	t.Helper()
	full := append(append(slices.Clone(wrap), productBinary(t)), args...)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, full[0], full[1:]...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, EnvKey+"=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("%v hung (killed after the test's deadline)", args)
	}
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("run: %v", err)
	}
	// The bus and the keyring daemon share stderr; their chatter is not the
	// product's output.
	var kept []string
	for _, line := range strings.Split(errb.String(), "\n") {
		if !strings.HasPrefix(line, "dbus-daemon[") && !strings.Contains(line, "gcr-prompter") && !strings.Contains(line, "Gtk-WARNING") &&
			!strings.HasPrefix(line, "GNOME_KEYRING_") && !strings.HasPrefix(line, "SSH_AUTH_SOCK=") && strings.TrimSpace(line) != "" {
			kept = append(kept, line)
		}
	}
	return binRun{code, out.String(), strings.Join(kept, "\n")}
}

func TestRealBinaryWithLockedKeyring(t *testing.T) {
	requireRealKeyring(t)
	env := map[string]string{"XDG_CONFIG_HOME": t.TempDir(), "LANG": "C", EnvTimeout: "30s"}
	script, err := filepath.Abs("../scripts/with-secret-service")
	if err != nil {
		t.Fatal(err)
	}
	runKeyCommandsExpectingDiagnosis(t, []string{script, "--locked"}, env, "The system keyring is locked")
}

// A session bus on which nothing provides org.freedesktop.secrets and nothing
// can be activated: a desktop without any keyring installed.
func TestRealBinaryWithoutSecretService(t *testing.T) {
	requireRealKeyring(t)
	conf := filepath.Join(t.TempDir(), "bus.conf")
	err := os.WriteFile(conf, []byte(bareSessionBusConfig), 0o600)
	if err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"XDG_CONFIG_HOME": t.TempDir(), "LANG": "C", EnvTimeout: "30s"}
	runKeyCommandsExpectingDiagnosis(t, []string{"dbus-run-session", "--config-file=" + conf, "--"}, env, "No keyring service is running")
}
