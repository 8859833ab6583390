package setup_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"paystack-setup/keystore"
	"paystack-setup/paystack"
	"paystack-setup/setup"
	"paystack-setup/state"
)

// meetLimit lists subaccounts with s until the sandbox, limited to one
// request a second, answers 429 (each list is one request), so that the
// session's client learns a ceiling.
func meetLimit(t *testing.T, w *world, s *setup.Session) paystack.Pace {
	t.Helper()
	w.srv.SetRateLimit(1)
	defer w.srv.SetRateLimit(0)
	for range 100 {
		if _, err := s.ListSubaccounts(context.Background(), nil); paystack.KindOf(err) == paystack.KindRateLimited {
			learned, ok := s.Client().LearnedPace()
			if !ok || !learned.Limited {
				t.Fatalf("a 429 taught the client %+v (%v), want a ceiling", learned, ok)
			}
			return learned
		}
	}
	t.Fatal("100 lists against a limit of one a second drew no 429")
	return paystack.Pace{}
}

// What a run learned about Paystack's pace starts the next run of the
// profile: a command that only reads (renewals, the audit) keeps it when
// it closes as the wizard does, and the next session's client starts
// under the ceiling instead of meeting the limit again. The record is the
// profile's, 0600, and holds nothing of the key.
func TestTheNextRunStartsFromThePaceThisOneLearned(t *testing.T) {
	w := newWorld(t)
	w.withKey() // stores the key; the session closes when the test ends
	reading, _, err := setup.Read(context.Background(), w.options())
	if err != nil {
		t.Fatal(err)
	}
	learned := meetLimit(t, w, reading)
	if err := reading.Close(); err != nil {
		t.Fatal(err)
	}
	path := state.PacePath(w.root, w.profile)
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatalf("closing the session kept no pace: %v", err)
	}
	if perm := fi.Mode().Perm(); perm != 0o600 {
		t.Errorf("the pace record is %v, want 0600", perm)
	}
	data, _ := os.ReadFile(path)
	if keystore.HoldsKeyPart(string(data), demoKey(t)) || strings.Contains(string(data), "sk_") {
		t.Errorf("the pace record holds part of the key: %s", data)
	}

	again, _, err := setup.Read(context.Background(), w.options())
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	got, ok := again.Client().LearnedPace()
	if !ok || !got.Limited || got.PerSecond != learned.PerSecond || !got.At.Equal(learned.At) {
		t.Errorf("the next run's client starts from %+v (%v), want the ceiling learned: %+v", got, ok, learned)
	}
}

// A pace learned from another API (a mock, the sandbox) says nothing of
// this one's, so a client for this one starts from its default pace.
func TestAPaceFromAnotherAPIIsNotResumed(t *testing.T) {
	w := newWorld(t)
	if err := state.SavePace(w.root, w.profile, state.Pace{API: "api.paystack.co", PerSecond: 400, At: time.Now()}); err != nil {
		t.Fatal(err)
	}
	s := w.withKey()
	if got, ok := s.Client().LearnedPace(); ok {
		t.Errorf("a client of the sandbox started from %+v, learned from api.paystack.co", got)
	}
	if err := state.SavePace(w.root, w.profile, state.Pace{API: "sandbox.paystack.invalid", PerSecond: 400, At: time.Now()}); err != nil {
		t.Fatal(err)
	}
	next := w.reopen(s)
	if got, ok := next.Client().LearnedPace(); !ok || got.PerSecond != 400 {
		t.Errorf("a client of the sandbox started from %+v (%v), want the 400/s learned from it", got, ok)
	}
}

// A pace record that cannot be read never stops a command: the client
// starts from its default pace, the list loads, the session closes
// cleanly, and a run that learns something replaces the record.
func TestADamagedPaceRecordStartsFromTheDefaultPace(t *testing.T) {
	for name, damage := range map[string]func(path string) error{
		"not JSON": func(path string) error { return os.WriteFile(path, []byte("{\"api\": \"sandbox.paystack.inv"), 0o600) },
		"no pace": func(path string) error {
			return os.WriteFile(path, []byte(`{"api":"sandbox.paystack.invalid","per_second":-4,"at":"2026-01-01T00:00:00Z"}`), 0o600)
		},
		"out of range": func(path string) error {
			return os.WriteFile(path, []byte(`{"api":"sandbox.paystack.invalid","per_second":1e999,"at":"2026-01-01T00:00:00Z"}`), 0o600)
		},
		"huge": func(path string) error {
			return os.WriteFile(path, []byte(`{"api":"sandbox.paystack.invalid","per_second":400,"at":"2026-01-01T00:00:00Z"`+strings.Repeat(" ", 1<<20)+"}"), 0o600)
		},
		"a folder": func(path string) error { return os.Mkdir(path, 0o700) },
	} {
		t.Run(name, func(t *testing.T) {
			w := newWorld(t)
			path := state.PacePath(w.root, w.profile)
			if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
				t.Fatal(err)
			}
			if err := damage(path); err != nil {
				t.Fatal(err)
			}
			s, _, err := setup.Open(context.Background(), w.options())
			if err != nil {
				t.Fatalf("the profile did not open: %v", err)
			}
			if err := s.StoreKey(context.Background(), demoKey(t)); err != nil {
				t.Fatal(err)
			}
			if got, ok := s.Client().LearnedPace(); ok {
				t.Errorf("the client started from %+v", got)
			}
			if _, err := s.ListSubaccounts(context.Background(), nil); err != nil {
				t.Errorf("the list did not load: %v", err)
			}
			learned := meetLimit(t, w, s)
			if err := s.Close(); err != nil {
				t.Errorf("the session did not close: %v", err)
			}
			if name == "a folder" {
				return // nothing can replace a folder; the next run starts from the default again
			}
			if got, ok := state.ReadPace(w.root, w.profile); !ok || got.PerSecond != learned.PerSecond || !got.Limited {
				t.Errorf("the record after the run: %+v (%v), want the ceiling learned: %+v", got, ok, learned)
			}
		})
	}
}
