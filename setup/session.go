// Package setup is one merchant's setup in progress, under every front end:
//
//	s, notices, err := setup.Open(ctx, setup.Options{Profile: "shop", StateRoot: root, Keys: keys, NewClient: newClient})
//	defer s.Close()
//	err = s.VerifyKey(ctx, key) // then s.StoreKey(ctx, key)
//	s.RecordSystemeConnected()
//	s.MarkDone("systeme"); err = s.Save()
//
// The wizard's screens, accessible mode and the command line call these
// operations and only present what they return, so a rule lives here once.
// Nothing here draws, prints or picks a language: errors are typed, and texts
// for the merchant are msg.Text values a front end renders.
package setup

import (
	"context"
	"encoding/json"
	"net/url"
	"slices"
	"sync"
	"time"

	"paystack-setup/keystore"
	"paystack-setup/paystack"
	"paystack-setup/state"
)

// Options are a session's dependencies, real or demo.
type Options struct {
	Profile   string
	Demo      bool
	StateRoot string
	Keys      *keystore.Store
	NewClient func(paystack.SecretKey) *paystack.Client
	// Now is the clock (nil: time.Now), so tests can fix it.
	Now func() time.Time
	// Sleep is how the session waits (nil: a real timer): between the
	// charge watcher's looks, and before the demo's purchase. A test's
	// Sleep moves its Now instead of waiting.
	Sleep func(ctx context.Context, d time.Duration) error
	// DemoPurchase makes a simulated purchase arrive at the demo's
	// sandbox (sandbox.AddPurchase) in mode, split with the subaccount
	// code; nil outside the demo.
	DemoPurchase func(mode paystack.Mode, subaccount string) error
}

// Session is one profile's saved answers, its key and where the key came
// from, and a Paystack client for that key.
type Session struct {
	o      Options
	handle *state.Handle // nil for a read-only session
	st     state.State
	path   string

	key         paystack.SecretKey
	keySource   keystore.Source
	keyReadErr  error
	keyUnstored bool
	// given are the keys this run read or was given to check: answers
	// holding part of one are not saved (Save).
	given     []paystack.SecretKey
	client    *paystack.Client
	clientFor paystack.SecretKey
	// learnedPace is what a client this session replaced learned about
	// Paystack's pace, for Close to keep if the current one learns nothing.
	learnedPace *state.Pace
	// auditStopped: this run's last audit was stopped before it finished,
	// so the saved LastAudit is an older run's and says nothing of now.
	auditStopped bool

	// mu guards the client and what Paystack said earlier in this run (for
	// the subaccount step): a list may still be loading on a renderer's
	// goroutine while the flow goes on. The answers and the key change only
	// on the flow's own goroutine.
	mu   sync.Mutex
	seen seen
}

// Open takes the profile's lock, loads its answers and reads its key. A key
// that cannot be read is not an error here: KeyReadErr keeps why, and the key
// step asks for the key again and says it.
func Open(ctx context.Context, o Options) (*Session, []state.Notice, error) {
	h, err := state.Open(o.StateRoot, o.Profile)
	if err != nil {
		return nil, nil, err
	}
	st, notices, err := h.Load()
	if err != nil {
		_ = h.Close()
		return nil, notices, err
	}
	st.Profile = o.Profile
	s := &Session{o: o, handle: h, st: st, path: h.Path()}
	s.readKey(ctx)
	return s, notices, nil
}

// Read is a session for looking only (the audit): no lock, nothing saved.
func Read(ctx context.Context, o Options) (*Session, []state.Notice, error) {
	st, notices, err := state.Read(o.StateRoot, o.Profile)
	s := &Session{o: o, st: st, path: state.Path(o.StateRoot, o.Profile)}
	s.st.Profile = o.Profile
	s.readKey(ctx)
	return s, notices, err
}

// KeyFacts are what a front end that holds its own answers knows about the
// key: the key, where it came from, why it could not be read, and whether
// it is kept for this run only.
type KeyFacts struct {
	Key      paystack.SecretKey
	Source   keystore.Source
	ReadErr  error
	Unstored bool
}

// Snapshot is a session over answers and a key the caller already holds (the
// legacy wizard keeps them in its steps.Context), so that the audit input is
// built one way until every front end opens its own session. It only reads.
func Snapshot(o Options, st state.State, statePath string, k KeyFacts) *Session {
	s := &Session{o: o, st: st, path: statePath}
	s.st.Profile = o.Profile
	s.key, s.keySource, s.keyReadErr, s.keyUnstored = k.Key, k.Source, k.ReadErr, k.Unstored
	return s
}

func (s *Session) readKey(ctx context.Context) {
	if s.o.Keys == nil {
		return
	}
	k, src, err := s.o.Keys.Get(ctx, s.o.Profile)
	switch {
	case err == nil:
		s.key, s.keySource = k, src
		s.give(k)
	case keystore.ProblemOf(err) != keystore.ProblemNotFound:
		s.keyReadErr = err
		s.keySource = src
	}
}

// Close keeps the pace this run learned for the next (a session that only
// reads does too) and lets another wizard open the profile.
func (s *Session) Close() error {
	if s == nil {
		return nil
	}
	s.savePace()
	if s.handle == nil {
		return nil
	}
	return s.handle.Close()
}

// Save writes the answers; it is the one save every front end calls. It
// refuses answers that hold 12 characters in a row of a key this run holds
// or was given: a key typed in by a terminal without bracketed paste, its
// first letters taken as commands where no field had the focus, leaves the
// rest in a field without the sk_live_ by which the state file's own guard
// knows a key. The file, which people copy and back up, keeps the answers
// saved before.
func (s *Session) Save() error {
	if s.handle == nil {
		return ErrReadOnly
	}
	if len(s.given) > 0 {
		if data, err := json.Marshal(s.st); err != nil || keystore.HoldsKeyPart(string(data), s.given...) {
			return ErrKeyInAnswers
		}
	}
	s.st.UpdatedAt = s.now()
	return s.handle.Save(s.st)
}

// give adds a key to those whose characters the answers must not hold.
func (s *Session) give(k paystack.SecretKey) {
	if !k.IsZero() && !slices.Contains(s.given, k) {
		s.given = append(s.given, k)
	}
}

func (s *Session) now() time.Time {
	if s.o.Now != nil {
		return s.o.Now().UTC()
	}
	return time.Now().UTC()
}

// State is the answers so far. Flows read it; they change it through the
// Record operations, so every front end records the same facts the same way.
func (s *Session) State() *state.State { return &s.st }

// StatePath is the saved answers' file.
func (s *Session) StatePath() string { return s.path }

// Profile is the profile's name.
func (s *Session) Profile() string { return s.o.Profile }

// Demo reports a --demo run: a sandbox Paystack, a memory keyring, nothing kept.
func (s *Session) Demo() bool { return s.o.Demo }

// Key is the session's key and where it came from; zero before one is known.
func (s *Session) Key() (paystack.SecretKey, keystore.Source) { return s.key, s.keySource }

// KeyFromEnv: PAYSTACK_SECRET_KEY holds the key; it is shown, never written to the keyring.
func (s *Session) KeyFromEnv() bool { return s.keySource == keystore.SourceEnv && !s.keyUnstored }

// KeyReadErr is why the key store could not be read when the session opened.
func (s *Session) KeyReadErr() error { return s.keyReadErr }

// KeyUnstored: the merchant chose "this shell only" when the keyring failed;
// the key is used for this run and stored nowhere.
func (s *Session) KeyUnstored() bool { return s.keyUnstored }

// Client is a Paystack client for the session's key; nil without a key.
func (s *Session) Client() *paystack.Client {
	if s.key.IsZero() || s.o.NewClient == nil {
		return nil
	}
	// A list may be loading on a renderer's goroutine while the flow asks too.
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.client == nil || s.clientFor != s.key {
		s.notePace(s.client)
		s.client, s.clientFor = s.o.NewClient(s.key), s.key
		s.resumePace(s.client)
	}
	return s.client
}

// resumePace starts c from the pace the profile's last run learned from
// the same API, as tcp_metrics starts a connection from what it cached for
// the destination: a rerun lists as fast as the last run found safe, and
// stays under a limit it met, without meeting it again. A record that
// cannot be read is no record: c starts from its default pace.
func (s *Session) resumePace(c *paystack.Client) {
	if c == nil || s.o.StateRoot == "" {
		return
	}
	if rec, ok := state.ReadPace(s.o.StateRoot, s.o.Profile); ok && rec.API == apiHost(c) {
		c.ResumePace(paystack.Pace{PerSecond: rec.PerSecond, Limited: rec.Limited, At: rec.At})
	}
}

// notePace keeps what c learned, if anything, for savePace.
func (s *Session) notePace(c *paystack.Client) {
	if c == nil {
		return
	}
	if p, ok := c.LearnedPace(); ok {
		s.learnedPace = &state.Pace{API: apiHost(c), PerSecond: p.PerSecond, Limited: p.Limited, At: p.At.UTC()}
	}
}

// savePace writes what this run learned about Paystack's pace, best
// effort: a pace that cannot be saved costs the next run only speed, so
// it never stops a command.
func (s *Session) savePace() {
	s.mu.Lock()
	s.notePace(s.client)
	learned := s.learnedPace
	s.mu.Unlock()
	if learned != nil && s.o.StateRoot != "" {
		_ = state.SavePace(s.o.StateRoot, s.o.Profile, *learned)
	}
}

// apiHost is the host a client calls, which a learned pace belongs to: a
// pace learned from a mock or the sandbox says nothing of Paystack's.
func apiHost(c *paystack.Client) string {
	u, err := url.Parse(c.BaseURL())
	if err != nil {
		return ""
	}
	return u.Host
}

// Mode is the key's mode, else the saved one, else test.
func (s *Session) Mode() paystack.Mode {
	if !s.key.IsZero() {
		return s.key.Mode()
	}
	if s.st.Mode != "" {
		return paystack.Mode(s.st.Mode)
	}
	return paystack.ModeTest
}

// Steps is the one ordered list of the wizard's steps, in the order of
// systeme.io's article; every front end walks it.
var Steps = []string{"welcome", "key", "subaccount", "systeme", "ipwhitelist", "webhook", "checkout", "purchase", "summary"}

// FirstUnfinished is the step a rerun resumes at; "" when every step is done
// (a rerun is then the audit).
func (s *Session) FirstUnfinished() string {
	for _, step := range Steps {
		if s.Pending(step) {
			return step
		}
	}
	return ""
}

// Pending reports whether a rerun still has to walk a step: it is not done,
// and it is not the test purchase of a setup whose summary was already
// reached. That step came after such setups were finished; their rerun
// stays the audit, whose payments check opens the step.
func (s *Session) Pending(step string) bool {
	if s.st.IsDone(step) {
		return false
	}
	return step != "purchase" || !s.st.IsDone("summary")
}

// MarkDone records that a step was finished.
func (s *Session) MarkDone(step string) { s.st.MarkDone(step) }

// IsDone reports whether a step was finished.
func (s *Session) IsDone(step string) bool { return s.st.IsDone(step) }

// SetDraft keeps a step's half-typed fields over a quit (never a key).
func (s *Session) SetDraft(step string, values map[string]string) { s.st.SetDraft(step, values) }

// TakeDraft returns a step's draft and forgets it.
func (s *Session) TakeDraft(step string) map[string]string { return s.st.TakeDraft(step) }

// RecordSystemeConnected: the merchant says Paystack is connected in systeme.io.
func (s *Session) RecordSystemeConnected() {
	s.st.SystemeConnected = true
	s.st.SystemeConnectedAt = s.now()
}

// RecordIPWhitelist: the merchant says systeme.io's address is on the
// whitelist of the current mode's key.
func (s *Session) RecordIPWhitelist() {
	if s.st.IPWhitelist == nil {
		s.st.IPWhitelist = map[string]bool{}
	}
	s.st.IPWhitelist[string(s.Mode())] = true
}
