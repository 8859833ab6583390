package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"paystack-setup/paystack/sandbox"
)

// A bug report quotes `paystack-setup --version`; it must name the code. A
// plain `go build` in a git checkout reports the commit (it said "dev"), a
// release build the describe string scripts/release stamps, and audit --json
// says the same as --version.
func TestVersionNamesTheBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the program twice")
	}
	repo := checkoutOfThisSource(t)
	head := git(t, repo, "rev-parse", "HEAD")
	describe := git(t, repo, "describe", "--tags", "--always", "--dirty")

	// -buildvcs=true: some machines (this project's CI among them) turn VCS
	// stamping off in go env; Go's default, auto, stamps in a checkout.
	plain := build(t, repo, "-buildvcs=true")
	if got := versionOf(t, plain); !strings.Contains(got, head[:12]) {
		t.Errorf("go build in a checkout: --version %q does not name commit %s", got, head[:12])
	}
	released := build(t, repo, "-ldflags", "-X main.stampedVersion="+describe)
	if got := versionOf(t, released); got != describe {
		t.Errorf("release build: --version %q, want %q", got, describe)
	}
	for _, bin := range []string{plain, released} {
		if v, j := versionOf(t, bin), auditJSONVersion(t, bin); v != j {
			t.Errorf("%s: --version says %q, audit --json says %q", filepath.Base(bin), v, j)
		}
	}
}

// checkoutOfThisSource copies the source under test (tracked files and new
// ones, as they are now) into a fresh git repository with a tag and one
// commit after it. A copy, because Go records no VCS data in a git worktree
// (.git is a file there, golang.org/issue/58218) and the test must see the
// working tree, not the last commit.
func checkoutOfThisSource(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		if os.Getenv("PAYSTACK_SETUP_REQUIRE_ALL") == "1" {
			t.Fatal("git is required (PAYSTACK_SETUP_REQUIRE_ALL=1) but not installed")
		}
		t.Skip("git is not installed")
	}
	src, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("git", "-C", src, "rev-parse", "--show-toplevel").CombinedOutput(); err != nil {
		t.Skipf("not a git checkout: %s", out)
	}
	files := strings.Split(strings.TrimRight(git(t, src, "ls-files", "-z", "--cached", "--others", "--exclude-standard"), "\x00"), "\x00")
	dst := filepath.Join(t.TempDir(), "paystack-setup")
	for _, f := range files {
		data, err := os.ReadFile(filepath.Join(src, f))
		if os.IsNotExist(err) {
			continue // deleted, not yet committed
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dst, f)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, f), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	git(t, dst, "init", "-q")
	git(t, dst, "add", "-A")
	git(t, dst, "commit", "-q", "-m", "source under test")
	git(t, dst, "tag", "v1.2.3")
	git(t, dst, "commit", "-q", "--allow-empty", "-m", "one after the tag")
	return dst
}

func git(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-C", dir, "-c", "user.name=test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false"}, args...)...)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("git %v: %v", args, err)
	}
	return strings.TrimRight(string(out), "\n")
}

func build(t *testing.T, dir string, flags ...string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "paystack-setup")
	cmd := exec.Command("go", append(append([]string{"build", "-o", out}, flags...), ".")...)
	cmd.Dir = dir
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build %v: %v\n%s", flags, err, b)
	}
	return out
}

// run starts the binary with nothing of the developer's own: no keyring,
// config or key of theirs.
func run(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	home := t.TempDir()
	cmd := exec.Command(bin, args...)
	cmd.Env = []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + home,
		"PAYSTACK_SETUP_CONFIG_DIR=" + filepath.Join(home, "config"),
		"XDG_RUNTIME_DIR=" + filepath.Join(home, "no-runtime-dir"),
		"PAYSTACK_SECRET_KEY=" + sandbox.DemoTestKey,
		"PAYSTACK_SETUP_KEYRING_TIMEOUT=5s",
		"LANG=C.UTF-8",
	}
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	// audit exits 1 when a check fails; only what it prints matters here.
	if err := cmd.Run(); err != nil && cmd.ProcessState == nil {
		t.Fatalf("%s %v: %v", bin, args, err)
	}
	return stdout.Bytes()
}

func versionOf(t *testing.T, bin string) string {
	t.Helper()
	out := strings.TrimSpace(string(run(t, bin, "--version")))
	v, ok := strings.CutPrefix(out, "paystack-setup ")
	if !ok || v == "" || v == "dev" {
		t.Fatalf("--version printed %q", out)
	}
	return v
}

func auditJSONVersion(t *testing.T, bin string) string {
	t.Helper()
	out := run(t, bin, "audit", "--json", "--offline")
	var report struct {
		PaystackSetup string `json:"paystack_setup"`
	}
	if err := json.Unmarshal(out, &report); err != nil {
		t.Fatalf("audit --json: %v\n%s", err, out)
	}
	return report.PaystackSetup
}
