//go:build !(aix || darwin || dragonfly || freebsd || linux || netbsd || openbsd || solaris || zos || windows)

package ttyecho

// Off has no terminal modes to set here; callers must not ask for a secret
// on a terminal that would show it.
func Off(uintptr) (restore func() error, err error) { return nil, ErrUnsupported }
