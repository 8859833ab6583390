//go:build aix || darwin || dragonfly || freebsd || linux || netbsd || openbsd || solaris || zos

package ttyecho

import "golang.org/x/sys/unix"

// Off switches echo off on the terminal fd and returns how to put the
// terminal back as it was. The terminal keeps delivering whole lines, with
// the Enter key read as a newline, and ctrl+c still interrupts.
func Off(fd uintptr) (restore func() error, err error) {
	old, err := unix.IoctlGetTermios(int(fd), ioctlReadTermios)
	if err != nil {
		return nil, err
	}
	hidden := *old
	hidden.Lflag &^= unix.ECHO
	hidden.Lflag |= unix.ICANON | unix.ISIG
	hidden.Iflag |= unix.ICRNL
	if err := unix.IoctlSetTermios(int(fd), ioctlWriteTermios, &hidden); err != nil {
		return nil, err
	}
	return func() error { return unix.IoctlSetTermios(int(fd), ioctlWriteTermios, old) }, nil
}
