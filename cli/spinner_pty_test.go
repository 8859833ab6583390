//go:build linux

// Linux only, like the other pty tests of this package.

package cli

import (
	"io"
	"strings"
	"testing"

	"github.com/creack/pty"
)

// On a terminal the audit says on stderr what it is waiting for, and clears
// that line before it ends, so nothing of it is left among the report.
func TestAuditSpinnerShowsTheWaitAndClearsIt(t *testing.T) {
	w := newAuditWorld(t)
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	defer ptmx.Close()
	var screen lockedBuffer
	copied := make(chan struct{})
	go func() { _, _ = io.Copy(&screen, ptmx); close(copied) }()

	env, out, _ := sandboxEnv()
	env.Err, env.ErrTTY, env.ErrWidth = tty, true, 80
	env.ConfigDir = w.dir
	env.Getenv = func(k string) string { return w.vars[k] }
	code := Main([]string{"--lang", "en", "--profile", "shop-ng", "audit"}, env)
	tty.Close() // the reader then sees the end of what was written
	<-copied
	if code != ExitOK || !strings.Contains(out.String(), "Profile shop-ng") {
		t.Fatalf("exit %d\n%s", code, out)
	}
	shown := screen.String()
	for _, label := range []string{"Reading the secret key of profile shop-ng…", "Asking Paystack about profile shop-ng…"} {
		at := strings.LastIndex(shown, label)
		if at < 0 {
			t.Fatalf("the terminal never showed %q:\n%q", label, shown)
		}
		if !strings.Contains(shown[at:], "\r\x1b[K") {
			t.Errorf("%q is not cleared after it:\n%q", label, shown[at:])
		}
	}
	if !strings.HasSuffix(shown, "\r\x1b[K") {
		t.Errorf("the spinner's line is left on the terminal:\n%q", shown)
	}
}
