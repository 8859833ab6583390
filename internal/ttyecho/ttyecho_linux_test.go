package ttyecho

import (
	"os"
	"testing"

	"github.com/creack/pty"
	"golang.org/x/sys/unix"
)

func echoing(t *testing.T, f *os.File) bool {
	t.Helper()
	tio, err := unix.IoctlGetTermios(int(f.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	return tio.Lflag&unix.ECHO != 0
}

// Off silences the terminal at once, and restore gives back exactly the
// modes it had (here: raw-ish, without line editing), not a default.
func TestOffThenRestore(t *testing.T) {
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	defer ptmx.Close()
	defer tty.Close()
	before, err := unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	before.Lflag &^= unix.ICANON
	if err := unix.IoctlSetTermios(int(tty.Fd()), unix.TCSETS, before); err != nil {
		t.Fatal(err)
	}
	restore, err := Off(tty.Fd())
	if err != nil {
		t.Fatal(err)
	}
	if echoing(t, tty) {
		t.Error("echo is still on after Off")
	}
	if err := restore(); err != nil {
		t.Fatal(err)
	}
	after, _ := unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS)
	if after.Lflag != before.Lflag || after.Iflag != before.Iflag || !echoing(t, tty) {
		t.Errorf("restore gave modes %x/%x, want the earlier %x/%x", after.Lflag, after.Iflag, before.Lflag, before.Iflag)
	}
}

// Off on something that is not a terminal fails instead of pretending.
func TestOffOnAPipeFails(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	if _, err := Off(r.Fd()); err == nil {
		t.Error("Off on a pipe reported success")
	}
}
