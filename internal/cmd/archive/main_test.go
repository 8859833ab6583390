package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// release lays out a release folder as scripts/release does.
func release(t *testing.T, base string) string {
	t.Helper()
	dir := filepath.Join(base, "paystack-setup_v1.2.3_linux_amd64")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, mode := range map[string]os.FileMode{"paystack-setup": 0o755, "README.md": 0o644, "LICENSE": 0o600} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(name+" contents\n"), mode); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// Each archive holds the binary (still executable after unpacking), the
// README and the LICENSE under one folder, and two builds of the same files,
// made at different times in different places, are the same bytes: the
// checksums a merchant compares are those of the commit, not of a machine.
func TestArchivesAreReproducibleAndKeepTheBinaryExecutable(t *testing.T) {
	mtime := time.Unix(1764547200, 0).UTC()
	for _, ext := range []string{".tar.gz", ".zip"} {
		var got [2][]byte
		for i := range got {
			dir := release(t, t.TempDir())
			if i == 1 {
				// Another machine: other file times, other umask.
				later := time.Now().Add(time.Hour)
				_ = os.Chtimes(filepath.Join(dir, "README.md"), later, later)
				_ = os.Chmod(filepath.Join(dir, "LICENSE"), 0o664)
			}
			out := filepath.Join(t.TempDir(), "release"+ext)
			if err := writeArchive(out, dir, mtime); err != nil {
				t.Fatal(err)
			}
			got[i], _ = os.ReadFile(out)
			if i == 0 {
				var list bytes.Buffer
				if err := listArchive(&list, out); err != nil {
					t.Fatal(err)
				}
				want := strings.Join([]string{
					"drwxr-xr-x paystack-setup_v1.2.3_linux_amd64/",
					"-rw-r--r-- paystack-setup_v1.2.3_linux_amd64/LICENSE",
					"-rw-r--r-- paystack-setup_v1.2.3_linux_amd64/README.md",
					"-rwxr-xr-x paystack-setup_v1.2.3_linux_amd64/paystack-setup",
				}, "\n") + "\n"
				if list.String() != want {
					t.Errorf("%s holds:\n%s\nwant:\n%s", ext, list.String(), want)
				}
			}
		}
		if !bytes.Equal(got[0], got[1]) {
			t.Errorf("%s: two builds of the same files differ", ext)
		}
	}
}

func TestUnknownArchiveKindRefused(t *testing.T) {
	out := filepath.Join(t.TempDir(), "release.rar")
	if err := writeArchive(out, release(t, t.TempDir()), time.Unix(0, 0)); err == nil {
		t.Error("a .rar was written")
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a half-written archive was left behind")
	}
}
