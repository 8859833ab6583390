// Package keystore keeps the merchant's Paystack secret key: in the system
// keyring, or for this shell in PAYSTACK_SECRET_KEY, or, only after the person
// typed a confirmation word, in a plain 0600 file whose path they are shown.
//
//	store := keystore.New(keystore.Options{Dir: configDir})
//	key, source, err := store.Get(ctx, "default") // err is a *Diagnosis
//
// Every keyring call has a timeout (60 s by default, long enough to type a
// keyring password into a desktop unlock dialog) and every failure is a
// *Diagnosis that says what to do. Nothing here ever prints or returns the key
// in an error.
package keystore

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"paystack-setup/internal/atomicfile"
	"paystack-setup/paystack"
)

// Source says where a key came from.
type Source string

const (
	SourceKeyring Source = "keyring"
	SourceEnv     Source = "environment"
	SourceFile    Source = "file"
)

// EnvKey overrides every read and is never written anywhere.
const EnvKey = "PAYSTACK_SECRET_KEY"

// EnvTimeout sets the keyring timeout: a Go duration ("90s") or seconds ("90").
const EnvTimeout = "PAYSTACK_SETUP_KEYRING_TIMEOUT"

// DefaultService is the keyring service name; the keyring user is the profile.
const DefaultService = "paystack-setup"

// DefaultTimeout leaves time to notice and answer a keyring unlock dialog;
// shorter timeouts (3 s in some CLIs) fail while the person is still typing.
const DefaultTimeout = 60 * time.Second

// Options configure a Store; zero values mean the defaults.
type Options struct {
	Service string        // default DefaultService
	Timeout time.Duration // default: EnvTimeout, else DefaultTimeout
	Dir     string        // the config dir; the plain file lives in Dir/profiles/<profile>/
	Backend Backend       // default SystemBackend()
	Getenv  func(string) string
}

// Store reads and writes the secret key of each profile.
type Store struct {
	service string
	timeout time.Duration
	dir     string
	backend Backend
	getenv  func(string) string
}

// New builds a Store. An unreadable EnvTimeout falls back to the default;
// callers that want to tell the person use ParseTimeout themselves.
func New(o Options) *Store {
	s := &Store{service: o.Service, timeout: o.Timeout, dir: o.Dir, backend: o.Backend, getenv: o.Getenv}
	if s.service == "" {
		s.service = DefaultService
	}
	if s.getenv == nil {
		s.getenv = os.Getenv
	}
	if s.backend == nil {
		s.backend = SystemBackendWith(SystemProbe(s.getenv))
	}
	if s.timeout <= 0 {
		if t, err := ParseTimeout(s.getenv(EnvTimeout)); err == nil && t > 0 {
			s.timeout = t
		} else {
			s.timeout = DefaultTimeout
		}
	}
	return s
}

// Timeout is how long each keyring call may take.
func (s *Store) Timeout() time.Duration { return s.timeout }

// ParseTimeout reads EnvTimeout's value: "" is 0 (use the default), otherwise a
// positive Go duration or a number of seconds.
func ParseTimeout(v string) (time.Duration, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, nil
	}
	if n, err := strconv.ParseFloat(v, 64); err == nil && n > 0 {
		return time.Duration(n * float64(time.Second)), nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d <= 0 {
		return 0, errors.New("keystore: bad timeout")
	}
	return d, nil
}

// Get returns the key for profile: PAYSTACK_SECRET_KEY if set, else the plain
// file if the person chose one (it only exists after that choice, so it is the
// newer of the two), else the keyring.
func (s *Store) Get(ctx context.Context, profile string) (paystack.SecretKey, Source, error) {
	if v := strings.TrimSpace(s.getenv(EnvKey)); v != "" {
		k, err := paystack.ParseSecretKey(v)
		if err != nil {
			return paystack.SecretKey{}, SourceEnv, &Diagnosis{Problem: ProblemEnvInvalid, Profile: profile, Detail: err}
		}
		return k, SourceEnv, nil
	}
	if k, ok, err := s.readFile(profile); ok || err != nil {
		return k, SourceFile, err
	}
	v, err := s.call(ctx, profile, func() (string, error) { return s.backend.Get(s.service, profile) })
	if err != nil {
		return paystack.SecretKey{}, SourceKeyring, err
	}
	k, perr := paystack.ParseSecretKey(strings.TrimSpace(v))
	if perr != nil {
		return paystack.SecretKey{}, SourceKeyring, &Diagnosis{Problem: ProblemStoredInvalid, Profile: profile, Detail: perr}
	}
	return k, SourceKeyring, nil
}

// Set stores key in the keyring, reads it back and compares, so that "stored"
// is only ever said about a key that can be read again. On success a plain
// file left from an earlier fallback is removed with its consent record: the
// key is now safe and the old copy may be stale. The environment variable is
// never written.
func (s *Store) Set(ctx context.Context, profile string, key paystack.SecretKey) error {
	secret := key.Reveal()
	if _, err := s.call(ctx, profile, func() (string, error) { return "", s.backend.Set(s.service, profile, secret) }); err != nil {
		return err
	}
	got, err := s.call(ctx, profile, func() (string, error) { return s.backend.Get(s.service, profile) })
	if err != nil {
		if ProblemOf(err) == ProblemNotFound {
			return &Diagnosis{Problem: ProblemReadBack, Profile: profile}
		}
		return err
	}
	if got != secret {
		return &Diagnosis{Problem: ProblemReadBack, Profile: profile}
	}
	if _, err := s.removeFile(profile); err != nil {
		return err
	}
	return nil
}

// Delete removes the key from the keyring and the plain file and returns where
// it was found. When the keyring cannot be reached, the plain file is still
// removed and the Diagnosis says the keyring could not be checked.
func (s *Store) Delete(ctx context.Context, profile string) ([]Source, error) {
	var removed []Source
	hadFile, ferr := s.removeFile(profile)
	if hadFile {
		removed = append(removed, SourceFile)
	}
	if ferr != nil {
		return removed, ferr
	}
	_, err := s.call(ctx, profile, func() (string, error) { return "", s.backend.Delete(s.service, profile) })
	switch {
	case err == nil:
		removed = append(removed, SourceKeyring)
	case ProblemOf(err) != ProblemNotFound:
		return removed, err
	}
	return removed, nil
}

// KeyStatus is what `key show` tells the person.
type KeyStatus struct {
	Key     paystack.SecretKey
	Source  Source
	Path    string // the plain file, when Source is SourceFile
	Consent *Consent
}

// Status returns the key in use and where it lives.
func (s *Store) Status(ctx context.Context, profile string) (KeyStatus, error) {
	k, src, err := s.Get(ctx, profile)
	st := KeyStatus{Key: k, Source: src}
	if err != nil {
		return st, err
	}
	if src == SourceFile {
		st.Path = s.FilePath(profile)
		st.Consent, _ = ReadConsent(s.dir, profile)
	}
	return st, nil
}

// call runs one backend call with the timeout. A call still running at the
// deadline is abandoned, not stopped: go-keyring has no way to cancel a D-Bus
// call, and waiting for it is exactly the hang this guards against. The
// goroutine ends whenever the keyring answers (its channel is buffered) or
// with the process, which for the CLI is moments later. A long-running caller
// (the wizard) should know that an abandoned Set may still complete after the
// timeout was reported; Set's read-back on a retry settles what is stored.
func (s *Store) call(ctx context.Context, profile string, f func() (string, error)) (string, error) {
	type result struct {
		v   string
		err error
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			// A malformed D-Bus reply can panic inside go-keyring; in a
			// goroutine that would kill the program past every recover.
			if r := recover(); r != nil {
				done <- result{err: fmt.Errorf("keystore: keyring call panicked: %v", r)}
			}
		}()
		v, err := f()
		done <- result{v, err}
	}()
	timer := time.NewTimer(s.timeout)
	defer timer.Stop()
	select {
	case r := <-done:
		if r.err != nil {
			return "", diagnose(r.err, profile)
		}
		return r.v, nil
	case <-timer.C:
		return "", &Diagnosis{Problem: ProblemTimeout, Profile: profile, Timeout: s.timeout}
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return "", &Diagnosis{Problem: ProblemTimeout, Profile: profile, Timeout: s.timeout, cause: ctx.Err()}
		}
		return "", &Diagnosis{Problem: ProblemCanceled, Profile: profile, cause: ctx.Err()}
	}
}

// FilePath is where SetFile puts the plain file for profile.
func (s *Store) FilePath(profile string) string {
	return filepath.Join(s.profileDir(profile), "secret-key")
}

func (s *Store) profileDir(profile string) string {
	dir := s.dir
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	return filepath.Join(dir, "profiles", profile)
}

// SetFile stores key unencrypted in FilePath(profile), mode 0600 in a 0700
// directory, written atomically, and records the consent so that the audit
// warns about it on every run. Call it only after the person agreed.
func (s *Store) SetFile(profile string, key paystack.SecretKey) (string, error) {
	path := s.FilePath(profile)
	if !safeProfile(profile) {
		return path, &Diagnosis{Problem: ProblemFile, Profile: profile, Path: path}
	}
	fail := func(err error) (string, error) {
		return path, &Diagnosis{Problem: ProblemFile, Profile: profile, Path: path, cause: err}
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fail(err)
	}
	// MkdirAll leaves an existing directory's mode alone; the key's directory
	// must not be listable by others even if someone created it wider.
	if err := os.Chmod(filepath.Dir(path), 0o700); err != nil {
		return fail(err)
	}
	removeInterruptedSaves(path)
	if err := writeAtomic(path, []byte(key.Reveal()+"\n")); err != nil {
		return fail(err)
	}
	c, _ := json.MarshalIndent(Consent{At: time.Now().UTC().Truncate(time.Second), Path: path}, "", "  ")
	if err := writeAtomic(consentPath(s.dir, profile), append(c, '\n')); err != nil {
		return fail(err)
	}
	return path, nil
}

// PlainFile returns the plain file's path and whether it exists.
func (s *Store) PlainFile(profile string) (string, bool) {
	path := s.FilePath(profile)
	_, err := os.Lstat(path)
	return path, err == nil
}

func (s *Store) readFile(profile string) (paystack.SecretKey, bool, error) {
	path := s.FilePath(profile)
	if !safeProfile(profile) {
		return paystack.SecretKey{}, false, nil
	}
	b, err := readSmallFile(path, maxKeyFileSize)
	if errors.Is(err, fs.ErrNotExist) {
		return paystack.SecretKey{}, false, nil
	}
	if err != nil {
		return paystack.SecretKey{}, true, fileDiagnosis(err, profile, path, maxKeyFileSize)
	}
	k, perr := paystack.ParseSecretKey(strings.TrimSpace(string(b)))
	if perr != nil {
		return paystack.SecretKey{}, true, &Diagnosis{Problem: ProblemStoredInvalid, Profile: profile, Path: path, Detail: perr}
	}
	return k, true, nil
}

func (s *Store) removeFile(profile string) (bool, error) {
	if !safeProfile(profile) {
		return false, nil
	}
	path := s.FilePath(profile)
	err := os.Remove(path)
	existed := removeInterruptedSaves(path) || err == nil
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return false, &Diagnosis{Problem: ProblemFile, Profile: profile, Path: path, cause: err}
	}
	if err := os.Remove(consentPath(s.dir, profile)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return existed, &Diagnosis{Problem: ProblemFile, Profile: profile, Path: consentPath(s.dir, profile), cause: err}
	}
	return existed, nil
}

// safeProfile keeps a profile name from escaping Dir/profiles; the CLI
// validates names already, this guards other callers.
func safeProfile(p string) bool {
	return p != "" && p != "." && p != ".." && !strings.ContainsAny(p, `/\`)
}

// tempPrefix names writeAtomic's temporary files, so that the copies a killed
// save left behind can be found again.
func tempPrefix(path string) string { return ".tmp-" + filepath.Base(path) + "-" }

// removeInterruptedSaves deletes what a save of path killed before its rename
// (kill -9, a power cut) left behind: for the plain key file, a full copy of
// the key that no other command knows about. It reports whether it found any.
func removeInterruptedSaves(path string) bool {
	// ReadDir, not Glob: a home directory may contain glob characters.
	dir := filepath.Dir(path)
	entries, _ := os.ReadDir(dir)
	removed := false
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), tempPrefix(path)) && os.Remove(filepath.Join(dir, e.Name())) == nil {
			removed = true
		}
	}
	return removed
}

func writeAtomic(path string, data []byte) error {
	return atomicfile.Write(path, tempPrefix(path), data, os.Rename)
}
