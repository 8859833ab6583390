package cli

import (
	"bytes"
	"strings"
	"testing"

	"paystack-setup/msg"
)

// Windows keeps the answers under APPDATA: without it the advice names
// that, not a Unix `export HOME=` a Windows merchant cannot follow.
func TestNoAppDataAdviceIsWindows(t *testing.T) {
	t.Setenv("APPDATA", "")
	t.Setenv(EnvConfigDir, "")
	e := SystemEnv("test")
	var errb bytes.Buffer
	e.Err = &errb
	if code := Main([]string{"audit"}, e); code != ExitFail {
		t.Fatalf("exit %d, want %d", code, ExitFail)
	}
	if want := msg.In(msg.English, msg.NoConfigDirWin); strings.TrimSpace(errb.String()) != want {
		t.Errorf("stderr %q, want the Windows advice", errb.String())
	}
}
