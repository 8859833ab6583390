package setup_test

import (
	"context"
	"net/http"
	"testing"

	"paystack-setup/checks"
	"paystack-setup/keystore"
	"paystack-setup/setup"
)

func TestAuditInputWithAKeyInTheKeyring(t *testing.T) {
	w := newWorld(t)
	s := w.withKey()
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	probe := &http.Client{}
	in := s.AuditInput(setup.AuditOptions{Offline: true, ProbeWebhook: true, ProbeClient: probe})
	if in.Profile != "shop" || in.Key != demoKey(t) || in.KeySource != keystore.SourceKeyring || in.KeyErr != nil {
		t.Fatalf("key facts: %q %v %q %v", in.Profile, in.Key, in.KeySource, in.KeyErr)
	}
	if in.Client == nil || in.StatePath != s.StatePath() {
		t.Fatalf("client %v, state %s", in.Client, in.StatePath)
	}
	if !in.Offline || !in.ProbeWebhook || in.ProbeClient != probe || in.Demo || in.KeyUnstored || in.PlainFile != nil {
		t.Fatalf("options and storage: %+v", in)
	}
	if in.State.KeyStorage != s.State().KeyStorage || in.State.Profile != "shop" {
		t.Fatalf("answers: %+v", in.State)
	}
}

func TestAuditInputWithoutAKey(t *testing.T) {
	w := newWorld(t)
	s := w.open()
	in := s.AuditInput(setup.AuditOptions{})
	if keystore.ProblemOf(in.KeyErr) != keystore.ProblemNotFound || in.Client != nil {
		t.Fatalf("no key: error %v, client %v", in.KeyErr, in.Client)
	}
	// The audit then says the key is missing, not that it could not be read.
	rep := checks.Run(context.Background(), in)
	for _, r := range rep.Results {
		if r.ID == "key.present" && r.Status != checks.Fail {
			t.Fatalf("key.present = %s", r.Status)
		}
	}
}

func TestAuditInputKeepsWhyTheKeyCouldNotBeRead(t *testing.T) {
	w := newWorld(t)
	w.keyring.FailOn(keystore.OpGet, keystore.SimulatedError(keystore.ProblemLocked))
	in := w.open().AuditInput(setup.AuditOptions{})
	if keystore.ProblemOf(in.KeyErr) != keystore.ProblemLocked {
		t.Fatalf("KeyErr = %v", in.KeyErr)
	}
}

func TestAuditInputForAPlainFileKey(t *testing.T) {
	w := newWorld(t)
	s := w.open()
	path, err := s.StoreKeyInFile(demoKey(t), keystore.PlainFileWord)
	if err != nil {
		t.Fatal(err)
	}
	in := w.reopen(s).AuditInput(setup.AuditOptions{})
	if in.KeySource != keystore.SourceFile || in.PlainFile == nil || in.PlainFile.Path != path {
		t.Fatalf("source %q, consent %+v", in.KeySource, in.PlainFile)
	}
	if in.State.PlainFileConsentAt.IsZero() {
		t.Fatal("the consent time did not reach the checks")
	}
}

func TestAuditInputForThisShellOnlyAndTheDemo(t *testing.T) {
	w := newWorld(t)
	w.demo = true
	s := w.open()
	s.KeepKeyForThisShell(demoKey(t))
	in := s.AuditInput(setup.AuditOptions{})
	if !in.KeyUnstored || !in.Demo || in.KeySource != keystore.SourceEnv {
		t.Fatalf("unstored %v, demo %v, source %q", in.KeyUnstored, in.Demo, in.KeySource)
	}
}

// The legacy wizard keeps its answers in its own context; a Snapshot over
// them builds the same input as a session that opened the profile.
func TestSnapshotBuildsTheSameInput(t *testing.T) {
	w := newWorld(t)
	s := w.withKey()
	if err := s.RecordCountry("GH"); err != nil {
		t.Fatal(err)
	}
	k, src := s.Key()
	snap := setup.Snapshot(w.options(), *s.State(), s.StatePath(), setup.KeyFacts{Key: k, Source: src})
	a, b := s.AuditInput(setup.AuditOptions{}), snap.AuditInput(setup.AuditOptions{})
	if a.Key != b.Key || a.KeySource != b.KeySource || a.State.Country != b.State.Country || a.StatePath != b.StatePath || (a.Client == nil) != (b.Client == nil) {
		t.Fatalf("session %+v\nsnapshot %+v", a, b)
	}
	if err := snap.Save(); err == nil {
		t.Fatal("a snapshot saved")
	}
}

func TestRecordAuditCountsEachStatus(t *testing.T) {
	w := newWorld(t)
	s := w.open()
	s.RecordAudit(checks.Report{Summary: map[checks.Status]int{checks.Pass: 7, checks.Warn: 2, checks.Fail: 1, checks.Skip: 3, checks.Error: 4}})
	got := s.State().LastAudit
	if got == nil || got.Pass != 7 || got.Warn != 2 || got.Fail != 1 || got.Skip != 3 || got.Error != 4 || !got.At.Equal(w.now) {
		t.Fatalf("recorded %+v", got)
	}
}
