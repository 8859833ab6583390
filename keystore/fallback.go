package keystore

import (
	"encoding/json"
	"errors"
	"io/fs"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// Fallback is one thing the person can do when no keyring works. `key set` and
// the wizard's key step offer the same three, in this order.
type Fallback string

const (
	FallbackRetry     Fallback = "retry"      // fix the keyring (the diagnosis says how) and try again
	FallbackEnv       Fallback = "env"        // PAYSTACK_SECRET_KEY for this shell only
	FallbackPlainFile Fallback = "plain-file" // an unencrypted 0600 file, after a typed confirmation
)

// Fallbacks lists the choices in the order they are offered, safest first.
func Fallbacks() []Fallback { return []Fallback{FallbackRetry, FallbackEnv, FallbackPlainFile} }

// EnvCommand is the shell line that puts the key into PAYSTACK_SECRET_KEY for
// this shell without the key ever being on a command line or in the history:
// the person pastes it at the hidden prompt.
func EnvCommand() string {
	if runtime.GOOS == "windows" {
		return `$env:PAYSTACK_SECRET_KEY = Read-Host -MaskInput "Paystack secret key"`
	}
	return `read -rs PAYSTACK_SECRET_KEY && export PAYSTACK_SECRET_KEY`
}

// PlainFileWord is the confirmation a person types to store the key in a plain
// file; PlainFileWordHindi is accepted too, whatever the language.
const (
	PlainFileWord      = "plain-file"
	PlainFileWordHindi = "सादी-फ़ाइल"
)

// ConfirmsPlainFile reports whether answer is the typed confirmation.
func ConfirmsPlainFile(answer string) bool {
	a := strings.ToLower(strings.TrimSpace(answer))
	return a == PlainFileWord || a == PlainFileWordHindi || a == "सादी-फाइल"
}

// Consent records that the person chose the plain file, so that the audit can
// warn about it on every later run.
type Consent struct {
	At   time.Time `json:"at"`
	Path string    `json:"path"`
}

func consentPath(dir, profile string) string {
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	return filepath.Join(dir, "profiles", profile, "plain-file-consent.json")
}

// ReadConsent returns the consent record for profile under the config dir, or
// nil when the person never chose the plain file (or moved the key back into
// the keyring since).
func ReadConsent(dir, profile string) (*Consent, error) {
	if !safeProfile(profile) {
		return nil, nil
	}
	path := consentPath(dir, profile)
	b, err := readSmallFile(path, maxConsentFileSize)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fileDiagnosis(err, profile, path, maxConsentFileSize)
	}
	var c Consent
	if err := json.Unmarshal(b, &c); err != nil {
		return nil, &Diagnosis{Problem: ProblemFile, Profile: profile, Path: path, cause: err}
	}
	return &c, nil
}
