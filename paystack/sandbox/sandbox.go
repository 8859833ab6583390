// Package sandbox is an in-memory, stateful Paystack for tests, benchmarks and
// the demo, so that none of them needs the network:
//
//	srv := sandbox.New(sandbox.Options{})
//	client := &http.Client{Transport: srv.Transport()} // any base URL, e.g. sandbox.BaseURL
//
// It answers GET /balance, GET|POST /subaccount, GET|PUT /subaccount/{code},
// GET /bank, GET /bank/resolve, POST /bank/validate, GET /plan,
// GET /transaction, GET /subscription, GET /subscription/{code}/manage/link
// and POST /subscription/{code}/manage/email with
// Paystack's envelope, error bodies and quirks (a listed subaccount carries
// "active": 1 where a fetched one carries "active": true; settlement_bank is a
// code in requests and a name in answers). The JSON is written here from
// Paystack's OpenAPI spec, not from the client package's types, so that a
// mistake in the client cannot hide behind the same mistake in its fake.
//
// Test and live keys see separate data, as Paystack's test and live
// integrations do. Test mode, the demo's, starts with charges and
// subscribers in every state; live mode starts with none. AddPurchase (or
// POST /_sandbox/purchase, the sandbox's own endpoint) makes a charge
// arrive, AddSubscription adds a subscriber. Knobs (latency, rate limit, faults, counters) are safe to
// call while requests are being served.
//
// Account number lengths accepted by POST /subaccount, per country: Nigeria 10
// (NUBAN), Ghana 10 to 16 (mobile money: 10), Kenya 6 to 14 (M-PESA: 10 to 12),
// South Africa 9 to 11. Paystack does not publish these; they are what the
// banks issue.
package sandbox

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"paystack-setup/internal/realtime"
)

// Demo keys are public fake keys: they work only against this sandbox, and
// their letters outside a-f keep them from ever looking like a real key.
const (
	DemoTestKey = "sk_test_sandboxdemotestkeypublicfake000000000001"
	DemoLiveKey = "sk_live_sandboxdemolivekeypublicfake000000000001"
)

// BaseURL is a base URL for clients that use Transport: the host is never
// resolved, and .invalid guarantees that a request leaking past the sandbox
// fails instead of reaching someone's server.
const BaseURL = "https://sandbox.paystack.invalid"

// Mode is the key mode, which selects the integration's data.
type Mode string

const (
	ModeTest Mode = "test"
	ModeLive Mode = "live"
)

// integrationID is the same in both modes, as it is on Paystack.
const integrationID = 463433

// Options configures a new Server. The zero value is a ready sandbox with the
// two demo keys and seeded data.
type Options struct {
	Latency     time.Duration // added to every request
	RateLimit   int           // requests per second before 429; 0 = unlimited
	Subaccounts int           // extra generated subaccounts in each mode
	// Subscriptions is how many generated subscribers to add to each mode
	// (GenerateSubscriptions), beside the demo's seeded ones.
	Subscriptions int
	Currency      string // the integration's home currency; default NGN
	USDBalance    bool   // add a USD balance (international payments enabled)
	// Now is the clock for timestamps and the rate limiter; tests pass a fake.
	Now func() time.Time
}

// Server is the sandbox. It implements http.Handler.
type Server struct {
	mux     *http.ServeMux
	control *http.ServeMux
	now     func() time.Time
	banks   bankTable

	mu       sync.Mutex
	keys     map[string]Mode
	data     map[Mode]*integration
	latency  time.Duration
	rng      *rand.Rand
	nextID   int
	faults   []*activeFault
	limiter  tokenBucket
	requests int
	perPath  map[string]int
	emails   map[string]int // card-update emails sent, per subscription code
}

// New returns a sandbox seeded with banks, a handful of subaccounts, plans
// and balances for each key mode.
func New(opts Options) *Server {
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	s := &Server{
		now:     now,
		banks:   newBankTable(),
		keys:    map[string]Mode{DemoTestKey: ModeTest, DemoLiveKey: ModeLive},
		data:    map[Mode]*integration{},
		latency: opts.Latency,
		rng:     rand.New(rand.NewPCG(0x5ad, 0xb0c)),
		nextID:  1000001,
		perPath: map[string]int{},
		emails:  map[string]int{},
	}
	s.limiter.perSecond = opts.RateLimit
	currency := strings.ToUpper(opts.Currency)
	if currency == "" {
		currency = "NGN"
	}
	for _, m := range []Mode{ModeTest, ModeLive} {
		in := &integration{mode: m, byCode: map[string]*subaccount{}, subsByCode: map[string]*subscription{},
			customerByEmail: map[string]customer{}, customerCodes: map[string]bool{}}
		in.balances = []balance{{currency, seededBalance(m)}}
		if opts.USDBalance && currency != "USD" {
			in.balances = append(in.balances, balance{"USD", 25000})
		}
		s.data[m] = in
		s.seedSubaccounts(in)
		s.seedPlans(in, currency)
		if m == ModeTest {
			// The demo runs in test mode and shows charges and renewals.
			// Live mode starts as a new live integration does, with none,
			// so a test adds exactly the charges and subscribers it means.
			s.seedTransactions(in)
			s.seedSubscriptions(in)
		}
	}
	if opts.Subaccounts > 0 {
		s.GenerateSubaccounts(opts.Subaccounts)
	}
	if opts.Subscriptions > 0 {
		s.GenerateSubscriptions(opts.Subscriptions)
	}
	s.routes()
	return s
}

func seededBalance(m Mode) int64 {
	if m == ModeLive {
		return 54321000
	}
	return 1700000
}

func (s *Server) routes() {
	s.mux = http.NewServeMux()
	s.mux.HandleFunc("GET /balance", s.handleBalance)
	s.mux.HandleFunc("GET /subaccount", s.handleListSubaccounts)
	s.mux.HandleFunc("POST /subaccount", s.handleCreateSubaccount)
	s.mux.HandleFunc("GET /subaccount/{code}", s.handleFetchSubaccount)
	s.mux.HandleFunc("PUT /subaccount/{code}", s.handleUpdateSubaccount)
	s.mux.HandleFunc("GET /bank", s.handleListBanks)
	s.mux.HandleFunc("GET /bank/resolve", s.handleResolve)
	s.mux.HandleFunc("POST /bank/validate", s.handleValidate)
	s.mux.HandleFunc("GET /plan", s.handleListPlans)
	s.mux.HandleFunc("GET /transaction", s.handleListTransactions)
	s.mux.HandleFunc("GET /subscription", s.handleListSubscriptions)
	s.mux.HandleFunc("GET /subscription/{code}/manage/link", s.handleManageLink)
	s.mux.HandleFunc("POST /subscription/{code}/manage/email", s.handleManageEmail)

	// The sandbox's own controls live under /_sandbox/, a path Paystack
	// has nothing at, and pass none of the knobs (see ServeHTTP).
	s.control = http.NewServeMux()
	s.control.HandleFunc("POST "+ControlPrefix+"purchase", s.handlePurchase)
}

// ControlPrefix starts the sandbox's own endpoints, which are no part of
// Paystack's API: POST /_sandbox/purchase records a charge (Purchase).
const ControlPrefix = "/_sandbox/"

type modeKey struct{}

// ServeHTTP answers one request the way Paystack would, after the knobs
// (counters, latency, rate limit, faults) have had their say.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if strings.HasPrefix(r.URL.Path, ControlPrefix) {
		// A control call is not a Paystack request: it is not counted and
		// no latency, rate limit or fault applies, so a test can add a
		// purchase while Paystack "refuses this IP".
		s.serveControl(w, r)
		return
	}
	s.count(r)
	if !s.wait(r.Context()) {
		return
	}
	if retry, limited := s.takeToken(); limited {
		w.Header().Set("Retry-After", retry)
		writeJSON(w, http.StatusTooManyRequests, errorBody{Message: "Too many requests. Please slow down and try again."})
		return
	}
	fault := s.matchFault(r)
	if fault != nil && fault.Kind != FaultCreateThenDrop {
		fault.serve(w, r)
		return
	}
	mode, ok := s.authorize(r)
	if !ok {
		writeJSON(w, http.StatusUnauthorized, errorBody{Message: "Invalid key"})
		return
	}
	r = r.WithContext(context.WithValue(r.Context(), modeKey{}, mode))
	var h http.Handler = s.mux // ServeHTTP, not the matched handler: it sets PathValue
	if _, pattern := s.mux.Handler(r); pattern == "" {
		// ServeMux would answer in plain text; Paystack answers in JSON.
		h = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			writeJSON(w, http.StatusNotFound, errorBody{Message: "Entity not found"})
		})
	}
	if fault != nil {
		// The work happens; only the answer is lost, as when a connection
		// drops after Paystack has created the subaccount.
		h.ServeHTTP(newRecorder(r), r)
		fault.serve(w, r)
		return
	}
	h.ServeHTTP(w, r)
}

// serveControl answers /_sandbox/ calls; the key says which mode's data
// they change, as it does for Paystack's endpoints.
func (s *Server) serveControl(w http.ResponseWriter, r *http.Request) {
	mode, ok := s.authorize(r)
	if !ok {
		writeJSON(w, http.StatusUnauthorized, errorBody{Message: "Invalid key"})
		return
	}
	r = r.WithContext(context.WithValue(r.Context(), modeKey{}, mode))
	if _, pattern := s.control.Handler(r); pattern == "" {
		writeJSON(w, http.StatusNotFound, errorBody{Message: "The sandbox has no such control; POST " + ControlPrefix + "purchase records a charge"})
		return
	}
	s.control.ServeHTTP(w, r)
}

func (s *Server) authorize(r *http.Request) (Mode, bool) {
	token, found := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !found {
		return "", false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	m, ok := s.keys[strings.TrimSpace(token)]
	return m, ok
}

func requestMode(r *http.Request) Mode {
	m, _ := r.Context().Value(modeKey{}).(Mode)
	return m
}

// AddKey makes key valid in the given mode; a sandbox accepts any string, so
// tests can use keys of any shape.
func (s *Server) AddKey(key string, mode Mode) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.keys[key] = mode
}

// RevokeKey makes key answer 401 "Invalid key" from now on, as a key rolled
// in the dashboard does.
func (s *Server) RevokeKey(key string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.keys, key)
}

// SetLatency sets the delay added to every later request.
func (s *Server) SetLatency(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.latency = d
}

// wait applies the latency; it reports false when the caller gave up first.
func (s *Server) wait(ctx context.Context) bool {
	s.mu.Lock()
	d := s.latency
	s.mu.Unlock()
	return realtime.Sleep(ctx, d) == nil
}

// SetBalance sets the balance (in subunits) of one currency in both modes,
// adding the currency when it is new; SetBalance("USD", 0) therefore turns on
// the USD entry that the international-payments check looks for.
func (s *Server) SetBalance(currency string, subunits int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	currency = strings.ToUpper(currency)
	for _, in := range s.data {
		found := false
		for i := range in.balances {
			if in.balances[i].currency == currency {
				in.balances[i].amount = subunits
				found = true
			}
		}
		if !found {
			in.balances = append(in.balances, balance{currency, subunits})
		}
	}
}

// RemoveBalance removes a currency's entry in both modes.
func (s *Server) RemoveBalance(currency string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	currency = strings.ToUpper(currency)
	for _, in := range s.data {
		kept := in.balances[:0]
		for _, b := range in.balances {
			if b.currency != currency {
				kept = append(kept, b)
			}
		}
		in.balances = kept
	}
}

func (s *Server) count(r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests++
	s.perPath[r.Method+" "+r.URL.Path]++
}

// Requests is the number of requests received, including refused ones.
func (s *Server) Requests() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests
}

// RequestsTo is the number of requests received for path (exact, e.g.
// "/subaccount"); method "" counts every method. Tests use it to prove that a
// client did not repeat a POST.
func (s *Server) RequestsTo(method, path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if method != "" {
		return s.perPath[method+" "+path]
	}
	n := 0
	for k, v := range s.perPath {
		if _, p, _ := strings.Cut(k, " "); p == path {
			n += v
		}
	}
	return n
}

// PathCounts is a copy of the per-request counters, keyed "METHOD /path".
func (s *Server) PathCounts() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]int, len(s.perPath))
	for k, v := range s.perPath {
		out[k] = v
	}
	return out
}

// ResetCounters sets every counter back to zero.
func (s *Server) ResetCounters() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests = 0
	s.perPath = map[string]int{}
}

// Transport serves requests in-process: no socket, no network. The URL's
// host is ignored. A request whose context ends before the answer gets the
// context's error, as from a real transport.
func (s *Server) Transport() http.RoundTripper { return transport{s} }

type transport struct{ s *Server }

func (t transport) RoundTrip(req *http.Request) (*http.Response, error) {
	// The server side must not see the caller's body reader after return,
	// and a RoundTripper must close the request body.
	var body []byte
	if req.Body != nil {
		var err error
		body, err = io.ReadAll(req.Body)
		req.Body.Close()
		if err != nil {
			return nil, err
		}
	}
	in := req.Clone(req.Context())
	in.Body = io.NopCloser(bytes.NewReader(body))
	in.ContentLength = int64(len(body))
	in.RequestURI = req.URL.RequestURI()
	in.RemoteAddr = "127.0.0.1:0"
	rec := newRecorder(in)
	t.s.ServeHTTP(rec, in)
	if err := req.Context().Err(); err != nil {
		return nil, err
	}
	return rec.response(req), nil
}

// ErrNotLoopback is returned by Listen for an address other people could reach.
var ErrNotLoopback = errors.New("sandbox: listen address is not a loopback address")

// IsLoopback reports whether addr ("host:port") only accepts connections from
// this machine. An empty host means every interface, so it is not loopback.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil || host == "" {
		return false
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Listen serves on a loopback address ("127.0.0.1:0" picks a free port) and
// returns the base URL to give the client. stop closes the listener and every
// open connection, which ends hanging requests too.
func (s *Server) Listen(addr string) (baseURL string, stop func() error, err error) {
	if !IsLoopback(addr) {
		return "", nil, ErrNotLoopback
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", nil, err
	}
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = srv.Serve(ln) // returns ErrServerClosed after stop
	}()
	var once sync.Once
	stop = func() error {
		var err error
		once.Do(func() {
			err = srv.Close()
			<-done
		})
		return err
	}
	return "http://" + ln.Addr().String(), stop, nil
}

// recorder is a minimal ResponseWriter for Transport and for answers that a
// fault throws away.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func newRecorder(*http.Request) *recorder { return &recorder{header: http.Header{}} }

func (r *recorder) Header() http.Header { return r.header }
func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
}
func (r *recorder) Write(p []byte) (int, error) {
	r.WriteHeader(http.StatusOK)
	return r.body.Write(p)
}

func (r *recorder) response(req *http.Request) *http.Response {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return &http.Response{
		Status:        fmt.Sprintf("%d %s", r.status, http.StatusText(r.status)),
		StatusCode:    r.status,
		Proto:         "HTTP/1.1",
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        r.header,
		Body:          io.NopCloser(bytes.NewReader(r.body.Bytes())),
		ContentLength: int64(r.body.Len()),
		Request:       req,
	}
}
