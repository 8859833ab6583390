//go:build windows

package ttyecho

import "golang.org/x/sys/windows"

// Off switches echo off on the console fd and returns how to put the console
// back as it was. The console keeps delivering whole lines (echo may only be
// on with line input, not the other way round) and ctrl+c still interrupts.
func Off(fd uintptr) (restore func() error, err error) {
	h := windows.Handle(fd)
	var old uint32
	if err := windows.GetConsoleMode(h, &old); err != nil {
		return nil, err
	}
	hidden := old&^windows.ENABLE_ECHO_INPUT | windows.ENABLE_LINE_INPUT | windows.ENABLE_PROCESSED_INPUT
	if err := windows.SetConsoleMode(h, hidden); err != nil {
		return nil, err
	}
	return func() error { return windows.SetConsoleMode(h, old) }, nil
}
