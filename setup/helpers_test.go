package setup_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"paystack-setup/keystore"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/setup"
)

// world is one merchant's machine for a test: a config dir, a keyring that
// fails on demand, an environment, and a sandbox Paystack in process.
type world struct {
	t       *testing.T
	root    string
	srv     *sandbox.Server
	keyring *keystore.FaultyBackend
	env     map[string]string
	now     time.Time
	demo    bool
	profile string
}

func newWorld(t *testing.T) *world {
	t.Helper()
	w := &world{
		t:       t,
		root:    t.TempDir(),
		srv:     sandbox.New(sandbox.Options{}),
		keyring: keystore.NewFaultyBackend(keystore.NewMemoryBackend()),
		env:     map[string]string{},
		now:     time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC),
		profile: "shop",
	}
	t.Cleanup(w.keyring.Release)
	return w
}

func (w *world) keys() *keystore.Store {
	return keystore.New(keystore.Options{
		Dir:     w.root,
		Backend: w.keyring,
		Getenv:  func(name string) string { return w.env[name] },
		Timeout: time.Minute,
	})
}

func (w *world) options() setup.Options {
	hc := &http.Client{Transport: w.srv.Transport()}
	return setup.Options{
		Profile:   w.profile,
		Demo:      w.demo,
		StateRoot: w.root,
		Keys:      w.keys(),
		NewClient: func(k paystack.SecretKey) *paystack.Client {
			return paystack.New(k, paystack.WithBaseURL(sandbox.BaseURL), paystack.WithHTTPClient(hc), paystack.WithMaxRetries(0))
		},
		Now: func() time.Time { return w.now },
		// Waiting moves the world's clock: no test sleeps.
		Sleep: func(ctx context.Context, d time.Duration) error {
			w.now = w.now.Add(d)
			return ctx.Err()
		},
	}
}

// open opens the profile and closes it when the test ends.
func (w *world) open() *setup.Session {
	w.t.Helper()
	s, _, err := setup.Open(context.Background(), w.options())
	if err != nil {
		w.t.Fatalf("Open: %v", err)
	}
	w.t.Cleanup(func() { _ = s.Close() })
	return s
}

// reopen saves, closes and opens the profile again, as the next run would.
func (w *world) reopen(s *setup.Session) *setup.Session {
	w.t.Helper()
	if err := s.Save(); err != nil {
		w.t.Fatalf("Save: %v", err)
	}
	if err := s.Close(); err != nil {
		w.t.Fatalf("Close: %v", err)
	}
	return w.open()
}

// withKey is an open session holding the sandbox's test key, stored in the keyring.
func (w *world) withKey() *setup.Session {
	w.t.Helper()
	s := w.open()
	k := demoKey(w.t)
	if err := s.StoreKey(context.Background(), k); err != nil {
		w.t.Fatalf("StoreKey: %v", err)
	}
	return s
}

func demoKey(t *testing.T) paystack.SecretKey {
	t.Helper()
	k, err := paystack.ParseSecretKey(sandbox.DemoTestKey)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// unknownKey is well formed but no Paystack account has it; built at run
// time so no source line looks like a key.
func unknownKey(t *testing.T) paystack.SecretKey {
	t.Helper()
	k, err := paystack.ParseSecretKey("sk_test_" + strings.Repeat("zq", 20))
	if err != nil {
		t.Fatal(err)
	}
	return k
}
