package keystore

import (
	"errors"
	"io"
	"os"
	"syscall"
)

// Limits on what is read from this package's files. A key file holds 48
// bytes and a newline; a consent record a date and a path. Anything longer is
// not what paystack-setup wrote.
const (
	maxKeyFileSize     = 1 << 10
	maxConsentFileSize = 64 << 10
)

// errNotRegular and errFileTooBig say why readSmallFile refused a file.
var (
	errNotRegular = errors.New("keystore: not a regular file")
	errFileTooBig = errors.New("keystore: file too big")
)

// readSmallFile reads path only when it is a regular file of at most limit
// bytes. These files live where someone else may have put something in
// their place: a link to /dev/zero would be read until memory runs out, and
// a named pipe would block the open until a writer comes, which may be never.
// Lstat refuses links and anything but a regular file before the open; the
// open does not wait (O_NONBLOCK, which does nothing to a regular file), and
// Fstat on what was opened catches a swap between the two.
func readSmallFile(path string, limit int64) ([]byte, error) {
	before, err := os.Lstat(path)
	if err != nil {
		return nil, err
	}
	if !before.Mode().IsRegular() {
		return nil, errNotRegular
	}
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	opened, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !opened.Mode().IsRegular() || !os.SameFile(before, opened) {
		return nil, errNotRegular
	}
	if opened.Size() > limit {
		return nil, errFileTooBig
	}
	// The size can change while reading; the limit holds whatever it does.
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, errFileTooBig
	}
	return b, nil
}

// fileDiagnosis says what readSmallFile's error means for the file at path.
func fileDiagnosis(err error, profile, path string, limit int64) *Diagnosis {
	d := &Diagnosis{Problem: ProblemFile, Profile: profile, Path: path, cause: err}
	switch {
	case errors.Is(err, errNotRegular):
		d.Problem = ProblemFileNotRegular
	case errors.Is(err, errFileTooBig):
		d.Problem, d.Limit = ProblemFileTooBig, limit
	}
	return d
}
