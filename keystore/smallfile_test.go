//go:build unix

package keystore

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// answerWait bounds a read that must not block; only a hang reaches it.
const answerWait = 20 * time.Second

// hostileFiles put something other than the key file where it belongs. Each
// returns the Problem the store must answer with.
var hostileFiles = []struct {
	name  string
	place func(t *testing.T, path string)
	want  Problem
}{
	{"a link to /dev/zero (read until memory ran out)", func(t *testing.T, path string) {
		if err := os.Symlink("/dev/zero", path); err != nil {
			t.Fatal(err)
		}
	}, ProblemFileNotRegular},
	{"a named pipe nobody writes to (the open waited forever)", func(t *testing.T, path string) {
		if err := syscall.Mkfifo(path, 0o600); err != nil {
			t.Skipf("no named pipes here: %v", err)
		}
	}, ProblemFileNotRegular},
	{"a folder", func(t *testing.T, path string) {
		if err := os.Mkdir(path, 0o700); err != nil {
			t.Fatal(err)
		}
	}, ProblemFileNotRegular},
	{"a regular file of 8 MiB", func(t *testing.T, path string) {
		if err := os.WriteFile(path, make([]byte, 8<<20), 0o600); err != nil {
			t.Fatal(err)
		}
	}, ProblemFileTooBig},
}

// within runs f and fails the test if it has not returned after answerWait.
func within(t *testing.T, what string, f func() error) error {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- f() }()
	select {
	case err := <-done:
		return err
	case <-time.After(answerWait):
		t.Fatalf("%s was still blocked after %s", what, answerWait)
		return nil
	}
}

// TestHostileKeyFileIsRefusedWithAdvice: `key show` and `audit` read the plain
// key file; whatever is there instead of it is refused at once, with a
// message that names the file and says how to store the key again.
func TestHostileKeyFileIsRefusedWithAdvice(t *testing.T) {
	for _, tc := range hostileFiles {
		t.Run(tc.name, func(t *testing.T) {
			s := newTestStore(t, NewMemoryBackend(), nil)
			path := s.FilePath("default")
			if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
				t.Fatal(err)
			}
			tc.place(t, path)
			err := within(t, "reading the key", func() error {
				_, _, err := s.Get(context.Background(), "default")
				return err
			})
			if ProblemOf(err) != tc.want {
				t.Fatalf("Get = %v (%s), want %s", err, ProblemOf(err), tc.want)
			}
			text := err.Error()
			if !strings.Contains(text, path) || !strings.Contains(text, "paystack-setup key set") {
				t.Errorf("the message does not name the file and what to do: %q", text)
			}
			assertClean(t, text, fakeKey(t, "test", "ab12"))
		})
	}
}

// TestHostileConsentRecordIsRefused: the consent record sits beside the key
// file and is read by every audit of a plain-file profile.
func TestHostileConsentRecordIsRefused(t *testing.T) {
	for _, tc := range hostileFiles {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := consentPath(dir, "default")
			if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
				t.Fatal(err)
			}
			tc.place(t, path)
			err := within(t, "reading the consent record", func() error {
				_, err := ReadConsent(dir, "default")
				return err
			})
			if ProblemOf(err) != tc.want || !strings.Contains(err.Error(), path) {
				t.Errorf("ReadConsent = %v, want %s naming %s", err, tc.want, path)
			}
		})
	}
}

// A key file that the store wrote itself is still read, newline and all.
func TestKeyFileWrittenBySetFileIsRead(t *testing.T) {
	s := newTestStore(t, NewMemoryBackend(), nil)
	key := fakeKey(t, "live", "cd34")
	if _, err := s.SetFile("default", key); err != nil {
		t.Fatal(err)
	}
	got, src, err := s.Get(context.Background(), "default")
	if err != nil || src != SourceFile || got.Reveal() != key.Reveal() {
		t.Errorf("Get = %v, %s, %v; want the stored key from the file", got, src, err)
	}
}
