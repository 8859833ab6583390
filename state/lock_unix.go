//go:build unix

package state

import (
	"errors"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// lockFile is an flock on state.lock. The kernel drops the lock when the
// process dies, so a crashed wizard never leaves the profile locked.
type lockFile struct{ f *os.File }

func acquire(path, profile string) (*lockFile, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, &FileError{Op: opWrite, Path: path, Err: err}
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		defer f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) || errors.Is(err, syscall.EAGAIN) {
			return nil, &LockedError{Profile: profile, PID: readPID(f)}
		}
		return nil, &FileError{Op: opWrite, Path: path, Err: err}
	}
	// The PID is only a hint for the message; the flock is the lock.
	if err := f.Truncate(0); err == nil {
		_, _ = f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return &lockFile{f: f}, nil
}

func readPID(f *os.File) int {
	buf := make([]byte, 32)
	n, _ := f.ReadAt(buf, 0)
	pid, err := strconv.Atoi(strings.TrimSpace(string(buf[:n])))
	if err != nil || pid <= 0 {
		return 0
	}
	return pid
}

func (l *lockFile) release() error {
	_ = l.f.Truncate(0)
	_ = syscall.Flock(int(l.f.Fd()), syscall.LOCK_UN)
	return l.f.Close()
}
