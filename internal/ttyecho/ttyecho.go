// Package ttyecho switches a terminal's echo off before a secret is asked for.
//
// Reading a password the usual way (golang.org/x/term's ReadPassword) turns
// echo off when the read starts, which is after the prompt was written: a
// paste that arrives the moment the prompt shows is echoed by the terminal
// itself in between. Off is called before the prompt instead:
//
//	restore, err := ttyecho.Off(fd)
//	if err != nil { … }
//	defer restore()
//	fmt.Fprint(os.Stderr, "Secret: ")
//	line, err := reader.ReadString('\n')
package ttyecho

import "errors"

// ErrUnsupported is Off's error where this system has no terminal modes to set.
var ErrUnsupported = errors.New("ttyecho: not supported on this system")
