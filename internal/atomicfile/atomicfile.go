// Package atomicfile replaces a file so that a crash at any moment leaves
// either the old file or the new one, never half of one. The state file and
// the plain-file key store both need this, with the same care.
package atomicfile

import (
	"os"
	"path/filepath"
)

// Write replaces path with data, readable and writable by its owner only.
// The data goes first to a temporary file beside path named tempPrefix
// followed by random characters, so that a caller who knows the prefix can
// remove what a process killed mid-write left behind. rename is os.Rename,
// or a stand-in with which a test makes the last step fail.
func Write(path, tempPrefix string, data []byte, rename func(oldpath, newpath string) error) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, tempPrefix+"*")
	if err != nil {
		return err
	}
	name := tmp.Name()
	fail := func(err error) error {
		tmp.Close()
		os.Remove(name)
		return err
	}
	if err := tmp.Chmod(0o600); err != nil {
		return fail(err)
	}
	if _, err := tmp.Write(data); err != nil {
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		return fail(err)
	}
	if err := rename(name, path); err != nil {
		os.Remove(name)
		return err
	}
	syncDir(dir)
	return nil
}

// syncDir makes the rename itself durable: without it a power cut may bring
// back the old file. Some systems cannot fsync a directory; the data is
// already safe then, so the error is nobody's problem.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = d.Sync()
	d.Close()
}
