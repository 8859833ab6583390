//go:build !unix

package state

import (
	"errors"
	"io/fs"
	"os"
	"strconv"
	"strings"
)

// lockFile falls back to an exclusively created file where flock is missing.
// A crash leaves it behind; the locked message names the PID so the person
// can check it is gone and delete state.lock.
type lockFile struct{ path string }

func acquire(path, profile string) (*lockFile, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		data, _ := os.ReadFile(path)
		pid, _ := strconv.Atoi(strings.TrimSpace(string(data)))
		return nil, &LockedError{Profile: profile, PID: max(pid, 0)}
	}
	if err != nil {
		return nil, &FileError{Op: opWrite, Path: path, Err: err}
	}
	_, _ = f.WriteString(strconv.Itoa(os.Getpid()) + "\n")
	f.Close()
	return &lockFile{path: path}, nil
}

func (l *lockFile) release() error { return os.Remove(l.path) }
