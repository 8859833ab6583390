//go:build unix

package state

import (
	"os"
	"syscall"
	"testing"
)

// A state.json that is a FIFO or a link to /dev/zero hung the wizard at
// "Loading…" (or ate the memory); it is set aside like any damaged file.
// Before the fix this test never returned.
func TestNonRegularStateFileSetAside(t *testing.T) {
	for name, create := range map[string]func(path string) error{
		"fifo":     func(p string) error { return syscall.Mkfifo(p, 0o600) },
		"dev-zero": func(p string) error { return os.Symlink("/dev/zero", p) },
	} {
		root := t.TempDir()
		h := openT(t, root, "shop")
		if err := create(Path(root, "shop")); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		_, notices, err := h.Load()
		if err != nil || len(notices) != 1 || notices[0].Kind != NoticeCorrupt || notices[0].MovedTo == "" {
			t.Errorf("%s: notices %+v, err %v; want one 'moved aside'", name, notices, err)
		}
		h.Close()
	}
}

// A pace.json that is a FIFO or a link to /dev/zero is no pace: reading it
// neither blocks nor fills the memory, and the run starts from the
// client's default pace.
func TestNonRegularPaceFileIsNoPace(t *testing.T) {
	for name, create := range map[string]func(path string) error{
		"fifo":     func(p string) error { return syscall.Mkfifo(p, 0o600) },
		"dev-zero": func(p string) error { return os.Symlink("/dev/zero", p) },
	} {
		root := t.TempDir()
		if err := privateDir(profileDir(root, "shop")); err != nil {
			t.Fatal(err)
		}
		if err := create(PacePath(root, "shop")); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if p, ok := ReadPace(root, "shop"); ok {
			t.Errorf("%s: read as %+v", name, p)
		}
	}
}
