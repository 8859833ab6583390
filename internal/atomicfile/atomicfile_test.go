package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteReplacesPrivately(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "answers.json")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Write(path, "answers.json.tmp-", []byte("new"), os.Rename); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	info, _ := os.Stat(path)
	if string(got) != "new" || info.Mode().Perm() != 0o600 {
		t.Errorf("file holds %q with mode %v, want \"new\" with 0600", got, info.Mode().Perm())
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("a temporary file was left beside it: %v", entries)
	}
}

// A write that fails at the last step keeps the old file whole and leaves no
// temporary copy of the new data (which may be a secret key) behind.
func TestFailedRenameKeepsTheOldFileAndNoCopy(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "key")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	refuse := func(string, string) error { return errors.New("disk pulled out") }
	if err := Write(path, "key.tmp-", []byte("new"), refuse); err == nil {
		t.Fatal("a failed rename was reported as success")
	}
	got, _ := os.ReadFile(path)
	entries, _ := os.ReadDir(dir)
	if string(got) != "old" || len(entries) != 1 {
		t.Errorf("after the failure the file holds %q and the folder %v", got, entries)
	}
}

func TestWriteIntoAMissingFolderFails(t *testing.T) {
	if err := Write(filepath.Join(t.TempDir(), "gone", "f"), "f.tmp-", []byte("x"), os.Rename); err == nil {
		t.Fatal("writing into a folder that does not exist succeeded")
	}
}
