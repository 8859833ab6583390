package keystore

import (
	"errors"
	"sync"
)

// Backend is one place secrets can live, addressed like go-keyring: a service
// name and a user (the profile). Get returns ErrNotFound when nothing is stored.
type Backend interface {
	Get(service, user string) (string, error)
	Set(service, user, secret string) error
	Delete(service, user string) error
}

// ErrNotFound is what a Backend returns when it holds nothing for the user.
var ErrNotFound = errors.New("keystore: not found")

// NewMemoryBackend keeps secrets in this process only: the demo and tests use
// it so they never touch a real keyring.
func NewMemoryBackend() Backend { return &memoryBackend{items: map[string]string{}} }

type memoryBackend struct {
	mu    sync.Mutex
	items map[string]string
}

func (m *memoryBackend) Get(service, user string) (string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.items[service+"\x00"+user]
	if !ok {
		return "", ErrNotFound
	}
	return v, nil
}

func (m *memoryBackend) Set(service, user, secret string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.items[service+"\x00"+user] = secret
	return nil
}

func (m *memoryBackend) Delete(service, user string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	k := service + "\x00" + user
	if _, ok := m.items[k]; !ok {
		return ErrNotFound
	}
	delete(m.items, k)
	return nil
}

// Op names one Backend method, for FaultyBackend.
type Op string

const (
	OpGet    Op = "get"
	OpSet    Op = "set"
	OpDelete Op = "delete"
)

// FaultyBackend wraps another Backend and fails or hangs on demand, so tests of
// the store, the key commands and the wizard's key step can show every
// diagnosis without a broken desktop.
type FaultyBackend struct {
	inner Backend

	mu      sync.Mutex
	fail    map[Op]error
	hang    map[Op]bool
	release chan struct{}
	alter   func(string) string
}

// NewFaultyBackend starts out behaving exactly like inner.
func NewFaultyBackend(inner Backend) *FaultyBackend {
	return &FaultyBackend{inner: inner, fail: map[Op]error{}, hang: map[Op]bool{}, release: make(chan struct{})}
}

// FailOn makes every later call of op return err (nil heals it). Use
// SimulatedError for errors shaped like the real keyring's.
func (f *FaultyBackend) FailOn(op Op, err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.fail[op] = err
}

// HangOn makes every later call of op block until Release, like a keyring
// waiting for an unlock dialog nobody sees.
func (f *FaultyBackend) HangOn(op Op) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.hang[op] = true
}

// Release lets every blocked and future hanging call return; tests call it in
// Cleanup so no goroutine outlives them. Safe to call more than once.
func (f *FaultyBackend) Release() {
	f.mu.Lock()
	defer f.mu.Unlock()
	select {
	case <-f.release:
	default:
		close(f.release)
	}
}

// AlterReads changes what Get returns, to simulate a keyring that stores
// something other than what it was given.
func (f *FaultyBackend) AlterReads(alter func(string) string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.alter = alter
}

func (f *FaultyBackend) before(op Op) error {
	f.mu.Lock()
	hang, err, release := f.hang[op], f.fail[op], f.release
	f.mu.Unlock()
	if hang {
		<-release
		return errors.New("keystore: released hanging call")
	}
	return err
}

func (f *FaultyBackend) Get(service, user string) (string, error) {
	if err := f.before(OpGet); err != nil {
		return "", err
	}
	v, err := f.inner.Get(service, user)
	f.mu.Lock()
	alter := f.alter
	f.mu.Unlock()
	if err == nil && alter != nil {
		v = alter(v)
	}
	return v, err
}

func (f *FaultyBackend) Set(service, user, secret string) error {
	if err := f.before(OpSet); err != nil {
		return err
	}
	return f.inner.Set(service, user, secret)
}

func (f *FaultyBackend) Delete(service, user string) error {
	if err := f.before(OpDelete); err != nil {
		return err
	}
	return f.inner.Delete(service, user)
}
