package keystore

import (
	"errors"
	"os"
	"runtime"
	"strconv"
	"strings"

	"github.com/zalando/go-keyring"
)

// Probe is how the system backend looks for a D-Bus session bus before it lets
// go-keyring near D-Bus. Every lookup is a field so tests can point all of them
// away from the machine's real bus.
type Probe struct {
	GOOS       string
	Getenv     func(string) string          // DBUS_SESSION_BUS_ADDRESS, XDG_RUNTIME_DIR, WSL_DISTRO_NAME
	RunUserDir string                       // "/run/user/<uid>", where D-Bus puts the user bus on systemd machines
	IsSocket   func(path string) bool       // nil: os.Stat
	ReadFile   func(string) ([]byte, error) // nil: os.ReadFile; reads /proc/version for WSL
}

// SystemProbe looks at this machine, reading the environment through getenv
// (nil: os.Getenv).
func SystemProbe(getenv func(string) string) Probe {
	if getenv == nil {
		getenv = os.Getenv
	}
	return Probe{
		GOOS:       runtime.GOOS,
		Getenv:     getenv,
		RunUserDir: "/run/user/" + strconv.Itoa(os.Getuid()),
	}
}

// SystemBackend is the operating system's keyring through go-keyring: Keychain
// on macOS, Credential Manager on Windows, the Secret Service (GNOME Keyring,
// KWallet, KeePassXC) over D-Bus elsewhere.
func SystemBackend() Backend { return SystemBackendWith(SystemProbe(nil)) }

// SystemBackendWith is SystemBackend with its session-bus lookups replaced.
func SystemBackendWith(p Probe) Backend {
	if p.Getenv == nil {
		p.Getenv = os.Getenv
	}
	if p.IsSocket == nil {
		p.IsSocket = func(path string) bool {
			fi, err := os.Stat(path)
			return err == nil && fi.Mode()&os.ModeSocket != 0
		}
	}
	if p.ReadFile == nil {
		p.ReadFile = os.ReadFile
	}
	return &systemBackend{probe: p}
}

type systemBackend struct{ probe Probe }

// usesDBus: go-keyring talks to the Secret Service over D-Bus on every Unix
// except macOS.
func (p Probe) usesDBus() bool {
	switch p.GOOS {
	case "darwin", "windows", "ios", "android", "plan9", "js", "wasip1":
		return false
	}
	return true
}

// sessionBus returns the address go-keyring's D-Bus library will use, or "".
// "autolaunch:" counts as none because it makes the library exec dbus-launch,
// which on a server starts a stray bus or fails after a long wait.
func (p Probe) sessionBus() string {
	if a := p.Getenv("DBUS_SESSION_BUS_ADDRESS"); a != "" && a != "autolaunch:" {
		return a
	}
	for _, dir := range []string{p.Getenv("XDG_RUNTIME_DIR"), p.RunUserDir} {
		if dir != "" && p.IsSocket(strings.TrimRight(dir, "/")+"/bus") {
			return "unix:path=" + strings.TrimRight(dir, "/") + "/bus"
		}
	}
	return ""
}

// WSL reports whether this looks like Windows Subsystem for Linux, where a
// desktop keyring is rarely running and the advice differs.
func (p Probe) WSL() bool {
	if p.Getenv("WSL_DISTRO_NAME") != "" {
		return true
	}
	b, err := p.ReadFile("/proc/version")
	if err != nil {
		return false
	}
	v := strings.ToLower(string(b))
	return strings.Contains(v, "microsoft") || strings.Contains(v, "wsl")
}

// ready refuses before any D-Bus traffic when there is no session bus, so that
// go-keyring never falls back to exec'ing dbus-launch.
func (s *systemBackend) ready() error {
	if !s.probe.usesDBus() {
		return nil
	}
	addr := s.probe.sessionBus()
	if addr == "" {
		return &noBusError{wsl: s.probe.WSL()}
	}
	// The D-Bus library reads the process environment itself and, finding
	// nothing there, would look for /run/user/<uid>/bus and then exec
	// dbus-launch. Handing it the address found above keeps it on that bus.
	if os.Getenv("DBUS_SESSION_BUS_ADDRESS") != addr {
		os.Setenv("DBUS_SESSION_BUS_ADDRESS", addr)
	}
	return nil
}

func (s *systemBackend) Get(service, user string) (string, error) {
	if err := s.ready(); err != nil {
		return "", err
	}
	v, err := keyring.Get(service, user)
	return v, translateKeyringError(err)
}

func (s *systemBackend) Set(service, user, secret string) error {
	if err := s.ready(); err != nil {
		return err
	}
	return translateKeyringError(keyring.Set(service, user, secret))
}

func (s *systemBackend) Delete(service, user string) error {
	if err := s.ready(); err != nil {
		return err
	}
	return translateKeyringError(keyring.Delete(service, user))
}

func translateKeyringError(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, keyring.ErrNotFound):
		return ErrNotFound
	case errors.Is(err, keyring.ErrSetDataTooBig):
		return errTooBig
	}
	return err
}

var errTooBig = errors.New("keystore: value too big for the keyring")

type noBusError struct{ wsl bool }

func (e *noBusError) Error() string { return "keystore: no D-Bus session bus" }
