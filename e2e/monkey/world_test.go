package monkey

import (
	"bytes"
	"context"
	"maps"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"paystack-setup/cli"
	"paystack-setup/internal/safetext"
	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
)

// A world is everything one monkey run talks to, all in this process: the
// sandbox Paystack behind a gate that can hold requests, a memory keyring
// behind a gate that can hold or fail calls, and a temp dir for the answers.
// Two worlds made from the same seed behave alike, which is what lets a
// failure be replayed and shrunk.
type world struct {
	cfg     config
	root    string
	sandbox *sandbox.Server
	held    *heldKeys
	net     *netGate
	ring    *ringGate
	svc     *cli.Services
	// out and errOut are what the running session's command printed (its
	// stdout and stderr, as cli.Main wraps them).
	out, errOut bytes.Buffer
	// plansFile is a valid plans CSV the monkey may import.
	plansFile string
}

// config is what a seed decides about a world before the first key.
type config struct {
	seed    uint64
	lang    msg.Lang
	demo    bool
	noColor bool
	// testKey and liveKey are made from the seed so that no source line holds
	// a key and a replay pastes the same ones.
	testKey, liveKey string
}

func newConfig(seed uint64) config {
	r := rand.New(rand.NewPCG(seed, 0x6d6f6e6b6579))
	c := config{seed: seed, lang: msg.Langs[r.IntN(len(msg.Langs))], demo: r.IntN(4) == 0, noColor: r.IntN(2) == 0}
	c.testKey = "sk_test_" + randomKeyBody(r)
	c.liveKey = "sk_live_" + randomKeyBody(r)
	return c
}

func randomKeyBody(r *rand.Rand) string {
	const chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	var b strings.Builder
	for range 40 {
		b.WriteByte(chars[r.IntN(len(chars))])
	}
	return b.String()
}

// secrets are every key the monkey may type or paste: none may be drawn whole.
func (c config) secrets() []string {
	return []string{c.testKey, c.liveKey, sandbox.DemoTestKey, sandbox.DemoLiveKey}
}

// profile is the one profile every session of a run opens.
const profile = "default"

// Forever stands in for the client's and the keyring's timeouts: a wait that
// ends by itself after a wall-clock time would make a replay differ from the
// run it replays. Esc (or the end of the session) ends every wait instead.
const forever = 24 * time.Hour

func newWorld(cfg config, dir string) (*world, error) {
	w := &world{cfg: cfg, root: filepath.Join(dir, "config")}
	if err := os.MkdirAll(w.root, 0o700); err != nil {
		return nil, err
	}
	w.plansFile = filepath.Join(dir, "plans.csv")
	if err := os.WriteFile(w.plansFile, []byte("name,amount,currency,interval\nGold,5000,NGN,monthly\nसोना,12000,NGN,yearly\n"), 0o600); err != nil {
		return nil, err
	}
	w.sandbox = sandbox.New(sandbox.Options{})
	w.sandbox.AddKey(cfg.testKey, sandbox.ModeTest)
	w.sandbox.AddKey(cfg.liveKey, sandbox.ModeLive)
	w.held = &heldKeys{keys: map[string]bool{}}
	w.net = &netGate{inner: w.sandbox.Transport(), held: w.held}
	w.ring = &ringGate{inner: keystore.NewFaultyBackend(keystore.NewMemoryBackend()), held: w.held}
	httpClient := &http.Client{Transport: w.net}
	w.svc = &cli.Services{
		Keys: keystore.New(keystore.Options{Timeout: forever, Dir: w.root, Backend: w.ring, Getenv: noEnv}),
		NewClient: func(k paystack.SecretKey) *paystack.Client {
			// No retries: they only add wall-clock back-off to a wait; how
			// the screens take each failure is what the monkey explores,
			// and the client's own tests cover its retries.
			return paystack.New(k, paystack.WithBaseURL(sandbox.BaseURL), paystack.WithHTTPClient(httpClient),
				paystack.WithTimeout(forever), paystack.WithMaxRetries(0), paystack.WithUserAgent("paystack-setup/monkey"))
		},
		StateRoot: w.root,
		Sandbox:   w.sandbox,
		Close:     func() {},
	}
	return w, nil
}

func noEnv(string) string { return "" }

// newEnv is the command line of a new run of the wizard: its flags from the
// seed, its output written as cli.Main writes it (keys masked, control
// bytes dropped), kept to be looked at.
func (w *world) newEnv() *cli.Env {
	w.out.Reset()
	w.errOut.Reset()
	return &cli.Env{
		Out: keystore.MaskingWriter(&w.out), Err: keystore.MaskingWriter(safetext.Writer(&w.errOut)), InTTY: true, OutTTY: true,
		Getenv: noEnv, Version: "monkey", ConfigDir: w.root,
		Profile: profile, Lang: w.cfg.lang, NoColor: w.cfg.noColor, Demo: w.cfg.demo,
	}
}

// printed is what the running session's command printed.
func (w *world) printed() string { return w.out.String() + w.errOut.String() }

// newProcess: a new run of the wizard holds no key until it reads one (the
// plain file, which it reads first, or the keyring) or is given one.
func (w *world) newProcess() {
	w.held.newProcess()
	if data, err := os.ReadFile(w.svc.Keys.FilePath(profile)); err == nil {
		w.held.note(w.held.process(), strings.TrimSpace(string(data)))
	}
}

// heldKeys are the keys the running process holds: read from the plain file
// or the keyring, stored in the keyring, or sent to Paystack. A call begun
// by an earlier process (a keyring read abandoned when it ended, let go
// later) gives the running one nothing.
type heldKeys struct {
	mu   sync.Mutex
	gen  int
	keys map[string]bool
}

func (h *heldKeys) newProcess() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.gen++
	clear(h.keys)
}

// process names the running process, for a call that starts now.
func (h *heldKeys) process() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.gen
}

// note records that the process gen holds k, if it is still the running one.
func (h *heldKeys) note(gen int, k string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if gen == h.gen && k != "" {
		h.keys[k] = true
	}
}

func (h *heldKeys) list() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	return slices.Sorted(maps.Keys(h.keys))
}

// close lets every held request and keyring call go, so that no goroutine of
// this world outlives it.
func (w *world) close() {
	w.net.setHeld(false)
	w.ring.setHeld(false)
}

// netGate sits between the Paystack client and the sandbox. While held, each
// request waits, as on a slow line, until the gate opens or the request is
// cancelled (esc); the monkey then sees the step's wait and can end it.
type netGate struct {
	inner http.RoundTripper
	held  *heldKeys
	hold
}

// hold is what the network and the keyring gates share: a hold that can be
// put on and taken off.
type hold struct {
	mu   sync.Mutex
	open chan struct{} // nil while calls pass; closed when a hold ends
}

func (h *hold) setHeld(held bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	switch {
	case held && h.open == nil:
		h.open = make(chan struct{})
	case !held && h.open != nil:
		close(h.open)
		h.open = nil
	}
}

// current is what a call made now waits on: nil while calls pass.
func (h *hold) current() <-chan struct{} {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.open
}

func (g *netGate) RoundTrip(r *http.Request) (*http.Response, error) {
	if key, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok {
		g.held.note(g.held.process(), key)
	}
	if open := g.current(); open != nil {
		if err := waitOpen(r.Context(), open); err != nil {
			return nil, err
		}
	}
	return g.inner.RoundTrip(r)
}

func waitOpen(ctx context.Context, open <-chan struct{}) error {
	select {
	case <-open:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// ringGate is the keyring: memory behind keystore's FaultyBackend (for
// failures shaped like the real keyring's), and a hold like an unlock dialog
// nobody answers. The store abandons a held call when its wait is cancelled;
// the call completes when the hold ends, as a real keyring's would.
type ringGate struct {
	inner *keystore.FaultyBackend
	held  *heldKeys
	hold
}

func (g *ringGate) wait() {
	if open := g.current(); open != nil {
		<-open
	}
}

func (g *ringGate) Get(service, user string) (string, error) {
	gen := g.held.process()
	g.wait()
	secret, err := g.inner.Get(service, user)
	if err == nil {
		g.held.note(gen, secret)
	}
	return secret, err
}

func (g *ringGate) Set(service, user, secret string) error {
	g.held.note(g.held.process(), secret)
	g.wait()
	return g.inner.Set(service, user, secret)
}

func (g *ringGate) Delete(service, user string) error {
	g.wait()
	return g.inner.Delete(service, user)
}
