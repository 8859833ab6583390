package steps_test

import (
	"context"
	"testing"

	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/setup"
	"paystack-setup/state"
)

// newSession opens a profile in a temporary folder, with key in a memory
// keyring when it is not empty; root is where the answers are saved.
func newSession(t *testing.T, key string) (s *setup.Session, root string) {
	t.Helper()
	root = t.TempDir()
	keys := keystore.New(keystore.Options{Backend: keystore.NewMemoryBackend(), Dir: root, Getenv: func(string) string { return "" }})
	if key != "" {
		k, err := paystack.ParseSecretKey(key)
		if err != nil {
			t.Fatal(err)
		}
		if err := keys.Set(context.Background(), "default", k); err != nil {
			t.Fatal(err)
		}
	}
	s, _, err := setup.Open(context.Background(), setup.Options{Profile: "default", StateRoot: root, Keys: keys})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s, root
}

// saved reads the answers as the next run would find them.
func saved(t *testing.T, root string) *state.State {
	t.Helper()
	st, _, err := state.Read(root, "default")
	if err != nil {
		t.Fatal(err)
	}
	return &st
}

// demoSession is a --demo run's session: nothing it answers is promised kept.
func demoSession(t *testing.T) *setup.Session {
	t.Helper()
	s, _, err := setup.Open(context.Background(), setup.Options{Profile: "default", Demo: true, StateRoot: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// sessionT is a session with the folder its answers are saved in.
type sessionT struct {
	s    *setup.Session
	root string
}

// en is a message as the transcript says it (English).
func en(id msg.ID, args ...any) string { return msg.In(msg.English, id, args...) }
