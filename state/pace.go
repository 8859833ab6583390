package state

import (
	"encoding/json"
	"io"
	"math"
	"os"
	"path/filepath"
	"time"
)

// Pace is what a run learned about how fast Paystack takes this profile's
// requests (paystack.Pace), and the API host it was learned from, so that
// the next run of the profile starts from it rather than from scratch.
//
// It lives in a file of its own beside the answers, pace.json, rather than
// in state.json: it is not an answer, and every command that asks Paystack
// learns it, the audit and the listing commands too, which read the
// answers without the profile's lock and so must never write state.json.
// The state package still owns the file, as it owns the profile's folder:
// it is written whole and atomically, 0600 in the 0700 folder, and the
// last run's record wins. Nothing in it is secret or says anything about
// the key. Deleting the file forgets the pace.
type Pace struct {
	API       string    `json:"api"`
	PerSecond float64   `json:"per_second"`
	Limited   bool      `json:"limited,omitempty"`
	At        time.Time `json:"at"`
}

const paceFileName = "pace.json"

// maxPaceSize is far above any real record; a larger file is not ours.
const maxPaceSize = 4 << 10

// PacePath is where a profile's pace is kept.
func PacePath(root, profile string) string {
	return filepath.Join(profileDir(root, profile), paceFileName)
}

// ReadPace reads a profile's pace. A missing, damaged or nonsensical
// record is no pace (false), never an error: the run then starts from the
// client's default pace, which is always safe, and its own record replaces
// the file.
func ReadPace(root, profile string) (Pace, bool) {
	if !ValidProfile(profile) {
		return Pace{}, false
	}
	path := PacePath(root, profile)
	// Only a regular file is read, as the answers are: a FIFO would block.
	if fi, err := os.Lstat(path); err != nil || !fi.Mode().IsRegular() {
		return Pace{}, false
	}
	f, err := os.Open(path)
	if err != nil {
		return Pace{}, false
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxPaceSize+1))
	if err != nil || len(data) > maxPaceSize {
		return Pace{}, false
	}
	var p Pace
	if err := json.Unmarshal(data, &p); err != nil || p.API == "" ||
		!(p.PerSecond > 0) || math.IsInf(p.PerSecond, 0) || p.At.IsZero() {
		return Pace{}, false
	}
	return p, true
}

// SavePace replaces a profile's pace, making the profile's folder if a
// command asked Paystack before any answer was saved (a key in the
// environment).
func SavePace(root, profile string, p Pace) error {
	if !ValidProfile(profile) {
		return &ProfileError{Profile: profile}
	}
	dir := profileDir(root, profile)
	if err := privateDir(dir); err != nil {
		return err
	}
	path := PacePath(root, profile)
	data, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return &FileError{Op: opWrite, Path: path, Err: err}
	}
	return writeAtomic(path, append(data, '\n'))
}
