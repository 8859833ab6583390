package state

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"syscall"
	"time"

	"paystack-setup/internal/atomicfile"
	"paystack-setup/msg"
)

const fileName = "state.json"

// Path is where a profile's state lives.
func Path(root, profile string) string {
	return filepath.Join(root, "profiles", profile, fileName)
}

func profileDir(root, profile string) string { return filepath.Join(root, "profiles", profile) }

// FileMode is the permission of a profile's state file, for the audit's
// storage check (a state file others can read fails it).
func FileMode(root, profile string) (fs.FileMode, error) {
	fi, err := os.Stat(Path(root, profile))
	if err != nil {
		return 0, &FileError{Op: opRead, Path: Path(root, profile), Err: err}
	}
	return fi.Mode().Perm(), nil
}

// ValidProfile reports whether a profile name is safe as a directory name.
func ValidProfile(p string) bool {
	if p == "" || len(p) > 64 || p == "." || p == ".." {
		return false
	}
	for _, r := range p {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
			return false
		}
	}
	return true
}

// Profiles lists the profiles that have a saved state, sorted.
func Profiles(root string) ([]string, error) {
	dir := filepath.Join(root, "profiles")
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, &FileError{Op: opList, Path: dir, Err: err}
	}
	var out []string
	for _, e := range entries {
		if !e.IsDir() || !ValidProfile(e.Name()) {
			continue
		}
		if _, err := os.Lstat(Path(root, e.Name())); err == nil {
			out = append(out, e.Name())
		}
	}
	sort.Strings(out)
	return out, nil
}

// Handle is an open, locked profile. Only the holder of a Handle writes the state.
type Handle struct {
	root, profile string
	lock          *lockFile
}

// Open takes the profile's lock so that two wizards never interleave saves.
func Open(root, profile string) (*Handle, error) {
	if !ValidProfile(profile) {
		return nil, &ProfileError{Profile: profile}
	}
	dir := profileDir(root, profile)
	if err := privateDir(dir); err != nil {
		return nil, err
	}
	lk, err := acquire(filepath.Join(dir, "state.lock"), profile)
	if err != nil {
		return nil, err
	}
	return &Handle{root: root, profile: profile, lock: lk}, nil
}

// privateDir makes a profile's folder, or makes the one there private.
func privateDir(dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return &FileError{Op: opWrite, Path: dir, Err: err}
	}
	// MkdirAll leaves an existing directory's mode alone; ours must be private.
	if err := os.Chmod(dir, 0o700); err != nil {
		return &FileError{Op: opWrite, Path: dir, Err: err}
	}
	return nil
}

// Close releases the lock. It is safe to call twice.
func (h *Handle) Close() error {
	if h == nil || h.lock == nil {
		return nil
	}
	err := h.lock.release()
	h.lock = nil
	return err
}

// Path is the handle's state file.
func (h *Handle) Path() string { return Path(h.root, h.profile) }

// Load reads the state. A missing file is a fresh start; a damaged or newer
// file is moved aside (never overwritten) and reported in a Notice.
func (h *Handle) Load() (State, []Notice, error) {
	return load(h.root, h.profile, true)
}

// Read loads a profile's state without the lock and without moving anything,
// for the audit and `profiles list`, which must work while a wizard runs.
func Read(root, profile string) (State, []Notice, error) {
	if !ValidProfile(profile) {
		return State{}, nil, &ProfileError{Profile: profile}
	}
	return load(root, profile, false)
}

func fresh(profile string) State { return State{Schema: SchemaVersion, Profile: profile} }

// maxStateSize is far above any real state; a larger file is not ours.
const maxStateSize = 8 << 20

func load(root, profile string, moveAside bool) (State, []Notice, error) {
	path := Path(root, profile)
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return fresh(profile), nil, nil
	}
	if err != nil {
		return State{}, nil, &FileError{Op: opRead, Path: path, Err: err}
	}
	// Only a regular file is read: a FIFO would block the wizard forever and a
	// link to /dev/zero would fill the memory; either is set aside as damaged.
	readable := fi.Mode().IsRegular() && fi.Size() <= maxStateSize
	var data []byte
	if readable {
		data, err = os.ReadFile(path)
		if err != nil {
			return State{}, nil, &FileError{Op: opRead, Path: path, Err: err}
		}
	}
	st, version, ok := decode(data, readable)
	switch {
	case ok && version <= SchemaVersion:
		st = migrate(st, version)
		st.Profile = profile
		return st, nil, nil
	case ok:
		n := Notice{Kind: NoticeFutureVersion, Path: path, Version: version}
		return setAside(n, fmt.Sprintf("%s.v%d-%s", path, version, stamp()), profile, moveAside)
	default:
		n := Notice{Kind: NoticeCorrupt, Path: path}
		return setAside(n, fmt.Sprintf("%s.corrupt-%s", path, stamp()), profile, moveAside)
	}
}

func setAside(n Notice, target, profile string, move bool) (State, []Notice, error) {
	if move {
		to, err := moveAside(n.Path, target)
		if err != nil {
			return State{}, nil, &FileError{Op: opMoveAside, Path: n.Path, Err: err}
		}
		n.MovedTo = to
	}
	return fresh(profile), []Notice{n}, nil
}

// decode reads the schema first so that a newer layout is recognised as such
// even when its fields no longer fit this build's State.
func decode(data []byte, sizeOK bool) (State, int, bool) {
	if !sizeOK {
		return State{}, 0, false
	}
	var head struct {
		Schema *int `json:"schema"`
	}
	if err := json.Unmarshal(data, &head); err != nil || !bytes.HasPrefix(bytes.TrimSpace(data), []byte("{")) {
		return State{}, 0, false
	}
	version := 0
	if head.Schema != nil {
		version = *head.Schema
	}
	if version < 0 {
		return State{}, 0, false
	}
	if version > SchemaVersion {
		return State{}, version, true
	}
	var st State
	if err := json.Unmarshal(data, &st); err != nil {
		return State{}, 0, false
	}
	cleanStrings(reflect.ValueOf(&st).Elem())
	return st, version, true
}

// migrate brings an older layout up to SchemaVersion. Version 0 is a file
// written before the schema field existed; its fields are the same.
func migrate(st State, from int) State {
	_ = from
	st.Schema = SchemaVersion
	return st
}

func stamp() string { return time.Now().UTC().Format("20060102T150405Z") }

// moveAside renames without replacing: two damaged files in one second must
// both survive, so a taken name gets a counter.
func moveAside(from, to string) (string, error) {
	candidate := to
	for i := 2; ; i++ {
		if _, err := os.Lstat(candidate); errors.Is(err, fs.ErrNotExist) {
			break
		}
		if i > 1000 {
			return "", fs.ErrExist
		}
		candidate = fmt.Sprintf("%s-%d", to, i)
	}
	return candidate, rename(from, candidate)
}

// rename is a variable so a test can fail it and prove the old file survives.
var rename = os.Rename

// secretKeyLike is deliberately eager (one character after the prefix is
// enough) but starts at a word's start: "sk_test_…" inside a longer word, as
// in a plan named "Mask_test_A", is a name, not a key. A whole key's length
// (a body of 40) is a key even inside a word: a terminal without bracketed
// paste types a pasted key in straight after the name already typed.
var secretKeyLike = regexp.MustCompile(`(^|[^A-Za-z0-9])sk_(test|live)_[A-Za-z0-9]|sk_(test|live)_[A-Za-z0-9]{40}`)

// HoldsSecretKey reports whether Save would refuse text as key-shaped. A
// field whose answer is saved asks this before accepting the answer, so that
// the merchant can correct it there instead of meeting a save that always
// fails.
func HoldsSecretKey(text string) bool { return secretKeyLike.MatchString(text) }

// holdsSecretKey looks at every string of the encoded state, decoded: in the
// JSON text a key after a newline reads "\nsk_live_…", with a letter before it.
func holdsSecretKey(data []byte) bool {
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		return true // the encoder's own output; refuse what cannot be checked
	}
	return anyStringMatches(doc)
}

func anyStringMatches(v any) bool {
	switch v := v.(type) {
	case string:
		return secretKeyLike.MatchString(v)
	case []any:
		for _, e := range v {
			if anyStringMatches(e) {
				return true
			}
		}
	case map[string]any:
		for k, e := range v {
			if secretKeyLike.MatchString(k) || anyStringMatches(e) {
				return true
			}
		}
	}
	return false
}

// Save writes the state atomically: a crash at any moment leaves either the
// old file or the new one, never half of one.
func (h *Handle) Save(st State) error {
	if h == nil || h.lock == nil {
		return &FileError{Op: opWrite, Path: "", Err: fs.ErrClosed}
	}
	st.Schema = SchemaVersion
	st.Profile = h.profile
	st.UpdatedAt = time.Now().UTC()
	data, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return &FileError{Op: opWrite, Path: h.Path(), Err: err}
	}
	// Load calls a larger file damaged and moves it aside with every answer
	// in it; refusing here keeps the file that is there, and the answers in it.
	if len(data) >= maxStateSize {
		return ErrStateTooBig
	}
	// Defence in depth: no caller should put the key here, but if one does the
	// key must not reach the disk in a file people copy and back up.
	if holdsSecretKey(data) {
		return ErrSecretInState
	}
	data = append(data, '\n')
	return writeAtomic(h.Path(), data)
}

// writeAtomic replaces one of the profile's files (state.json, pace.json);
// its temporary copy is named after it ("state.json.tmp-…").
func writeAtomic(path string, data []byte) error {
	if err := atomicfile.Write(path, filepath.Base(path)+".tmp-", data, rename); err != nil {
		return &FileError{Op: opWrite, Path: path, Err: err}
	}
	return nil
}

// NoticeKind says why a state file was set aside.
type NoticeKind string

const (
	NoticeCorrupt       NoticeKind = "corrupt"
	NoticeFutureVersion NoticeKind = "future_version"
)

// Notice tells the merchant that their old state file was not used and where it is.
type Notice struct {
	Kind    NoticeKind
	Path    string
	MovedTo string // empty when the file was left in place (Read)
	Version int    // for NoticeFutureVersion
}

// Message is the sentence in English, for String and tests; a front end
// says it in the merchant's language with In.
func (n Notice) Message() string { return n.In(msg.English) }

// In is the sentence for the person in a language.
func (n Notice) In(l msg.Lang) string {
	switch {
	case n.Kind == NoticeFutureVersion && n.MovedTo != "":
		return msg.In(l, msg.StateFutureMoved, n.Version, n.MovedTo)
	case n.Kind == NoticeFutureVersion:
		return msg.In(l, msg.StateFutureLeft, n.Path, n.Version)
	case n.MovedTo != "":
		return msg.In(l, msg.StateCorruptMoved, n.MovedTo)
	}
	return msg.In(l, msg.StateCorruptLeft, n.Path)
}

func (n Notice) String() string { return n.Message() }

// ErrStateTooBig is returned by Save when the answers would make a file
// larger than Load reads.
var ErrStateTooBig error = stateTooBig{}

type stateTooBig struct{}

func (e stateTooBig) Error() string { return e.In(msg.English) }

func (stateTooBig) In(l msg.Lang) string { return msg.In(l, msg.StateTooBig, maxStateSize>>20) }

// ErrSecretInState is returned by Save when the state contains something that
// looks like a Paystack secret key.
var ErrSecretInState error = secretInState{}

type secretInState struct{}

func (e secretInState) Error() string { return e.In(msg.English) }

func (secretInState) In(l msg.Lang) string { return msg.In(l, msg.StateSecretRefused) }

type op int

const (
	opRead op = iota
	opWrite
	opList
	opMoveAside
)

// FileError is a state file that could not be read or written; Error says
// what to check, without the raw system text.
type FileError struct {
	Op   op
	Path string
	Err  error
}

func (e *FileError) Unwrap() error { return e.Err }

func (e *FileError) Error() string { return e.In(msg.English) }

// In says what to check in a language.
func (e *FileError) In(l msg.Lang) string {
	switch {
	case errors.Is(e.Err, syscall.ENOSPC):
		return msg.In(l, msg.StateDiskFull, e.Path)
	case errors.Is(e.Err, fs.ErrPermission):
		return msg.In(l, msg.StateDenied, e.Path)
	case errors.Is(e.Err, fs.ErrClosed):
		return msg.In(l, msg.StateClosed)
	case errors.Is(e.Err, syscall.ENOTDIR):
		// "Check the folder" would send the merchant looking at folders; the
		// culprit is a file sitting where one of them should be.
		if blocker := fileInTheWay(e.Path); blocker != "" {
			return msg.In(l, msg.StateFileInTheWay, blocker, e.Path)
		}
	case errors.Is(e.Err, syscall.EROFS):
		return msg.In(l, msg.StateReadOnlyDisk, e.Path)
	}
	switch e.Op {
	case opRead:
		return msg.In(l, msg.StateCannotRead, e.Path)
	case opList:
		return msg.In(l, msg.StateCannotList, e.Path)
	case opMoveAside:
		return msg.In(l, msg.StateCannotMoveAside, e.Path)
	}
	return msg.In(l, msg.StateCannotWrite, e.Path)
}

// fileInTheWay is the nearest parent of path that exists and is not a folder.
func fileInTheWay(path string) string {
	for p := filepath.Dir(path); ; p = filepath.Dir(p) {
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p
		}
		if parent := filepath.Dir(p); parent == p {
			return ""
		}
	}
}

// ProfileError is a profile name that cannot be a directory name.
type ProfileError struct{ Profile string }

func (e *ProfileError) Error() string { return e.In(msg.English) }

func (e *ProfileError) In(l msg.Lang) string { return msg.In(l, msg.StateBadProfile, e.Profile) }

// LockedError means another paystack-setup holds the profile.
type LockedError struct {
	Profile string
	PID     int // 0 when the holder did not record it
}

// ErrLocked matches any LockedError with errors.Is.
var ErrLocked error = &LockedError{}

func (e *LockedError) Is(target error) bool {
	_, ok := target.(*LockedError)
	return ok
}

func (e *LockedError) Error() string { return e.In(msg.English) }

func (e *LockedError) In(l msg.Lang) string {
	if e.PID > 0 {
		return msg.In(l, msg.StateLockedPID, e.Profile, e.PID)
	}
	return msg.In(l, msg.StateLocked, e.Profile)
}
