package setup_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"paystack-setup/checks"
	"paystack-setup/msg"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/problem"
	"paystack-setup/setup"
	"paystack-setup/state"
)

func TestOpenTakesTheProfile(t *testing.T) {
	w := newWorld(t)
	w.open()
	if _, _, err := setup.Open(context.Background(), w.options()); !errors.Is(err, state.ErrLocked) {
		t.Fatalf("a second wizard on the same profile: %v", err)
	}
}

func TestAnswersSurviveTheNextRun(t *testing.T) {
	w := newWorld(t)
	s := w.withKey()
	if err := s.RecordCountry("NG"); err != nil {
		t.Fatal(err)
	}
	s.MarkDone("welcome")
	s.MarkDone("key")
	again := w.reopen(s)
	if st := again.State(); st.Country != "NG" || st.Currency != "NGN" || st.Mode != "test" {
		t.Fatalf("the next run reads %+v", st)
	}
	if got := again.FirstUnfinished(); got != "subaccount" {
		t.Fatalf("resumes at %q, want subaccount", got)
	}
}

func TestFirstUnfinishedFollowsTheArticle(t *testing.T) {
	s := newWorld(t).open()
	if got := s.FirstUnfinished(); got != "welcome" {
		t.Fatalf("a new profile starts at %q", got)
	}
	for _, id := range setup.Steps {
		s.MarkDone(id)
	}
	if got := s.FirstUnfinished(); got != "" {
		t.Fatalf("a finished setup resumes at %q", got)
	}
	want := []string{"welcome", "key", "subaccount", "systeme", "ipwhitelist", "webhook", "checkout", "purchase", "summary"}
	if len(setup.Steps) != len(want) {
		t.Fatalf("steps %v", setup.Steps)
	}
	for i := range want {
		if setup.Steps[i] != want[i] {
			t.Fatalf("steps %v, want %v", setup.Steps, want)
		}
	}
}

// A draft keeps what was half-typed over a quit, but never a key pasted
// into the wrong field.
func TestDraftsComeBackOnceAndHoldNoKey(t *testing.T) {
	w := newWorld(t)
	s := w.open()
	s.SetDraft("subaccount", map[string]string{"business": "Ife Ceramics", "email": sandbox.DemoTestKey})
	again := w.reopen(s)
	d := again.TakeDraft("subaccount")
	if d["business"] != "Ife Ceramics" || d["email"] != "" {
		t.Fatalf("draft %v", d)
	}
	if again.TakeDraft("subaccount") != nil {
		t.Fatal("a draft came back twice")
	}
}

// The audit reads; it never writes, moves or locks the merchant's answers.
func TestReadNeverSaves(t *testing.T) {
	w := newWorld(t)
	s := w.withKey()
	if err := s.RecordCountry("GH"); err != nil {
		t.Fatal(err)
	}
	path := s.StatePath()
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Read while the wizard holds the profile: no lock is needed to look.
	r, _, err := setup.Read(context.Background(), w.options())
	if err != nil {
		t.Fatal(err)
	}
	if r.State().Country != "GH" || r.StatePath() != path {
		t.Fatalf("read %+v from %s", r.State(), r.StatePath())
	}
	if k, _ := r.Key(); k != demoKey(t) {
		t.Fatalf("read key %v", k)
	}
	r.State().Country = "KE"
	r.RecordAudit(checkReport())
	if err := r.Save(); !errors.Is(err, setup.ErrReadOnly) {
		t.Fatalf("Save on a read session: %v", err)
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Fatal("reading changed the saved answers")
	}
}

func TestReadLeavesADamagedFileWhereItIs(t *testing.T) {
	w := newWorld(t)
	path := state.Path(w.root, w.profile)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("{not json"), 0o600); err != nil {
		t.Fatal(err)
	}
	r, notices, _ := setup.Read(context.Background(), w.options())
	if len(notices) == 0 {
		t.Fatal("a damaged file was read without a word")
	}
	if r.State().Country != "" {
		t.Fatalf("read %+v from a damaged file", r.State())
	}
	if b, err := os.ReadFile(path); err != nil || string(b) != "{not json" {
		t.Fatalf("the damaged file was moved or changed: %q %v", b, err)
	}
}

func TestErrorsSayWhatToDoInEveryLanguage(t *testing.T) {
	for _, err := range []*setup.Error{setup.ErrNoKey, setup.ErrNoClient, setup.ErrNoKeyStore, setup.ErrNotConfirmed, setup.ErrCreateUnknown} {
		for _, l := range msg.Langs {
			if text := err.Text().In(l); text == "" || text == string(err.Problem) {
				t.Errorf("%s has no %s sentence", err.Problem, l)
			}
		}
	}
}

func checkReport() checks.Report {
	return checks.Report{Summary: map[checks.Status]int{checks.Pass: 1}}
}

// A key typed in by a terminal without bracketed paste, its first letters
// taken as commands, left 40 of its characters in a field; the screen masks
// them, but the answers were saved with them, since the state file's own
// guard knows a key by its sk_live_. The session does not save answers
// holding 12 characters of a key it holds or was given to check, says which
// way out, and saves once they are gone.
func TestAnswersHoldingPartOfTheKeyAreNotSaved(t *testing.T) {
	w := newWorld(t)
	typed := unknownKey(t)
	for _, given := range []bool{false, true} {
		s := w.withKey()
		held, _ := s.Key()
		k := held
		if given {
			k = typed
			_ = s.VerifyKey(context.Background(), typed) // Paystack refuses it: it was typed all the same
		}
		body := k.Reveal()[len("sk_test_"):]
		for _, part := range []string{body, body[3:15], "x" + body[20:35]} {
			s.State().WebhookURL = map[string]string{"test": "https://systeme.io/api/paystack/webhook/" + part}
			err := s.Save()
			if !errors.Is(err, setup.ErrKeyInAnswers) {
				t.Fatalf("answers holding %d characters of the key were saved: %v", len(part), err)
			}
			if got := msg.NewPrinter(msg.Hindi).Text(problem.Text(err)); !strings.Contains(got, "फ़ील्ड") {
				t.Errorf("the refusal in Hindi: %q", got)
			}
		}
		if data, _ := os.ReadFile(s.StatePath()); bytes.Contains(data, []byte(body[3:15])) {
			t.Fatal("the state file holds part of the key")
		}
		s.State().WebhookURL = map[string]string{"test": "https://systeme.io/api/paystack/webhook/" + body[3:14]}
		if err := s.Save(); err != nil {
			t.Fatalf("11 characters of the key are no key: %v", err)
		}
		_ = s.Close()
	}
}
