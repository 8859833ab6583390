package state

import (
	"os"
	"strconv"
	"strings"

	"github.com/gofrs/flock"
)

// lockFile is an OS lock on state.lock (flock on Unix, LockFileEx on
// Windows). The OS drops it when the process dies, so a crashed wizard never
// leaves the profile locked, on any system.
type lockFile struct{ fl *flock.Flock }

// pidOffset: the PID is written after the first byte because Windows'
// LockFileEx locks that byte, and no other handle (not even our own) may read
// or write a locked byte; Unix reads it the same way to keep one format.
const pidOffset = 1

func acquire(path, profile string) (*lockFile, error) {
	fl := flock.New(path, flock.SetFlag(os.O_RDWR|os.O_CREATE), flock.SetPermissions(0o600))
	ok, err := fl.TryLock()
	if err != nil {
		return nil, &FileError{Op: opWrite, Path: path, Err: err}
	}
	if !ok {
		return nil, &LockedError{Profile: profile, PID: readPID(path)}
	}
	// The PID is only a hint for the message; the OS lock is the lock.
	if f, err := os.OpenFile(path, os.O_WRONLY, 0o600); err == nil {
		line := strconv.Itoa(os.Getpid()) + "\n"
		if _, err := f.WriteAt([]byte(line), pidOffset); err == nil {
			_ = f.Truncate(int64(pidOffset + len(line)))
		}
		_ = f.Close()
	}
	return &lockFile{fl: fl}, nil
}

func readPID(path string) int {
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	buf := make([]byte, 32)
	n, _ := f.ReadAt(buf, pidOffset)
	first, _, _ := strings.Cut(string(buf[:n]), "\n")
	pid, err := strconv.Atoi(strings.TrimSpace(first))
	if err != nil || pid <= 0 {
		return 0
	}
	return pid
}

func (l *lockFile) release() error {
	// A PID left behind would name this process to whoever next finds the
	// profile locked in the moment before its holder writes its own.
	_ = os.Truncate(l.fl.Path(), pidOffset)
	return l.fl.Unlock()
}
