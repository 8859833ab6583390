package paystack

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/url"
	"paystack-setup/internal/realtime"
	"strings"
	"sync/atomic"
	"time"
)

// Client calls Paystack with one secret key. It is safe for concurrent use.
type Client struct {
	key         SecretKey
	base        *url.URL
	baseErr     error
	hc          *http.Client
	timeout     time.Duration
	maxRetries  int
	concurrency int
	userAgent   string

	// Seams for tests: how to wait, what time it is, and the jitter source.
	sleep  func(ctx context.Context, d time.Duration) error
	now    func() time.Time
	jitter func() float64

	// pace spaces out every request of the client, so a page walk does not
	// trip Paystack's rate limiter, and slows them all down after a 429.
	pace *pacer
}

// Option configures a Client.
type Option func(*Client)

const (
	defaultTimeout     = 20 * time.Second
	defaultMaxRetries  = 3
	defaultConcurrency = 8
	maxPerPage         = 100
	maxBodyBytes       = 16 << 20
	backoffBase        = 500 * time.Millisecond
	backoffCap         = 8 * time.Second
)

// WithBaseURL sends every call to base instead of DefaultBaseURL (the
// sandbox, a mock, a proxy). A path prefix in base is kept. Plain http is
// accepted only for a loopback host.
func WithBaseURL(base string) Option {
	return func(c *Client) {
		base = strings.TrimSpace(base)
		if base == "" {
			return
		}
		u, err := url.Parse(strings.TrimRight(base, "/"))
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			c.baseErr = &Error{Kind: KindBadRequest, Message: scrub(base, ""), Op: "base URL", Err: err}
			return
		}
		// Every request carries the secret key in a header: plain http may
		// only reach this computer (the sandbox, Prism), never a network.
		if u.Scheme == "http" && !IsLoopbackHost(u.Hostname()) {
			c.baseErr = &Error{Kind: KindInsecureBaseURL, Op: "base URL", Host: scrub(u.Host, "")}
			return
		}
		c.base, c.baseErr = u, nil
	}
}

// IsLoopbackHost reports whether host is this computer, where a plain-http
// base (the sandbox, Prism) keeps the key off the network.
func IsLoopbackHost(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// WithHTTPClient replaces the HTTP client (its Timeout, if any, also applies).
func WithHTTPClient(hc *http.Client) Option {
	return func(c *Client) {
		if hc != nil {
			c.hc = hc
		}
	}
}

// WithTimeout bounds each HTTP attempt (default 20s); the caller's context
// bounds the whole call, retries included.
func WithTimeout(d time.Duration) Option {
	return func(c *Client) {
		if d > 0 {
			c.timeout = d
		}
	}
}

// WithMaxRetries sets how many times a GET is retried after a temporary
// failure (default 3; 0 means no retry). POST and PUT are never retried.
func WithMaxRetries(n int) Option {
	return func(c *Client) { c.maxRetries = max(n, 0) }
}

// WithConcurrency sets how many pages AllSubaccounts fetches at once (default 8).
func WithConcurrency(n int) Option {
	return func(c *Client) { c.concurrency = max(n, 1) }
}

// WithRateLimit paces every request of the client to at most perSecond a
// second after a first burst of up to burst, instead of the pace the client
// learns by default (see startRatePerSecond). perSecond 0 turns pacing off;
// a 429 still pauses and slows the client down from whatever pace it has.
func WithRateLimit(perSecond float64, burst int) Option {
	return func(c *Client) { c.pace.setRate(perSecond, burst) }
}

// ResumePace starts the client's learned pace from what an earlier run
// learned (LearnedPace), for the same merchant and API, instead of from
// scratch: a ceiling a 429 set less than a week ago stays a ceiling, any
// other pace is where the ramp starts. Call it before the first request.
// A client paced by hand (WithRateLimit) keeps its pace.
func (c *Client) ResumePace(p Pace) { c.pace.resume(p, c.now()) }

// LearnedPace is what the client's pace learned, or resumed and nothing
// since contradicted, for the next run to resume: false when that is
// nothing the default start does not know already.
func (c *Client) LearnedPace() (Pace, bool) { return c.pace.learned() }

// WithClock replaces the client's clock and its way of waiting (between
// retries, for its pace, for a Retry-After): a caller that keeps its own
// time, such as a test of the charge watcher that must not sleep, passes
// both. A nil argument keeps the real one.
func WithClock(now func() time.Time, sleep func(ctx context.Context, d time.Duration) error) Option {
	return func(c *Client) {
		if now != nil {
			c.now = now
		}
		if sleep != nil {
			c.sleep = sleep
		}
	}
}

// WithUserAgent sets the User-Agent header.
func WithUserAgent(ua string) Option {
	return func(c *Client) {
		if ua = strings.TrimSpace(ua); ua != "" {
			c.userAgent = ua
		}
	}
}

// New makes a client for key.
func New(key SecretKey, opts ...Option) *Client {
	base, _ := url.Parse(DefaultBaseURL)
	c := &Client{
		key:         key,
		base:        base,
		hc:          http.DefaultClient,
		timeout:     defaultTimeout,
		maxRetries:  defaultMaxRetries,
		concurrency: defaultConcurrency,
		userAgent:   "paystack-setup",
		sleep:       realtime.Sleep,
		now:         time.Now,
		jitter:      rand.Float64,
		pace:        newLearningPacer(),
	}
	for _, o := range opts {
		o(c)
	}
	c.hc = withoutRedirects(c.hc)
	return c
}

// withoutRedirects copies hc so that a 3xx comes back as the answer. Paystack's
// API does not redirect; a redirect comes from something in between, and
// following it would resend the Authorization header (also to http:// on the
// same host) or turn a POST into a GET.
func withoutRedirects(hc *http.Client) *http.Client {
	cp := *hc
	cp.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	return &cp
}

// BaseURL is where the client sends calls.
func (c *Client) BaseURL() string { return c.base.String() }

// call is one API operation.
type call struct {
	method string
	path   string
	query  url.Values
	body   any
	// mutates marks calls that change something at Paystack: a lost answer
	// becomes KindOutcomeUnknown.
	mutates bool
}

// do runs a call with retries and decodes data into out (when non-nil). It
// returns the meta of the answer.
func (c *Client) do(ctx context.Context, cl call, out any) (PageMeta, error) {
	op := cl.method + " " + cl.path
	if c.baseErr != nil {
		return PageMeta{}, c.baseErr
	}
	var payload []byte
	if cl.body != nil {
		var err error
		if payload, err = json.Marshal(cl.body); err != nil {
			return PageMeta{}, &Error{Kind: KindBadRequest, Op: op, Message: op, Err: err}
		}
	}
	retries := 0
	if cl.method == http.MethodGet {
		retries = c.maxRetries
	}
	for attempt := 0; ; attempt++ {
		t, err := c.waitTurn(ctx, op)
		if err != nil {
			return PageMeta{}, err
		}
		env, err := c.attempt(ctx, cl, op, payload)
		if answered(err) {
			c.pace.served(c.now(), t)
		}
		if err == nil {
			meta, _ := decodeMeta(env.Meta)
			if out != nil {
				if derr := decodeData(env.Data, out); derr != nil {
					err = &Error{Kind: KindMalformed, Status: http.StatusOK, Op: op, Host: c.base.Host, Err: derr}
					return PageMeta{}, c.lostIfWrite(cl, err)
				}
			}
			return meta, nil
		}
		var pe *Error
		if !errors.As(err, &pe) {
			return PageMeta{}, err
		}
		wait := c.backoff(attempt)
		if pe.RetryAfter > 0 {
			wait = pe.RetryAfter
		}
		if pe.Kind == KindRateLimited {
			// Retry-After holds back every request, this retry included
			// (waitTurn). Without one, the pause stays short, so a caller
			// who retries by hand after the last attempt is not kept
			// waiting; this call's own retry still backs off.
			pause := backoffBase
			if pe.RetryAfter > 0 {
				pause, wait = pe.RetryAfter, 0
			}
			c.pace.slowDown(c.now(), pause, t)
		}
		if attempt >= retries || !pe.Temporary() {
			return PageMeta{}, err
		}
		if wait > 0 {
			if serr := c.sleep(ctx, wait); serr != nil {
				return PageMeta{}, c.ctxError(ctx, op, serr)
			}
		}
	}
}

// backoff is exponential with full jitter, so clients that failed together
// do not come back together.
func (c *Client) backoff(attempt int) time.Duration {
	d := backoffBase << min(attempt, 10)
	d = min(d, backoffCap)
	return d/2 + time.Duration(c.jitter()*float64(d/2))
}

// waitTurn waits for the request's slot in the client's pace. A slot
// cancelled by a 429 meanwhile is booked again at the slower pace.
func (c *Client) waitTurn(ctx context.Context, op string) (turn, error) {
	for {
		t := c.pace.reserve(c.now())
		if d := t.at.Sub(c.now()); d > 0 {
			if err := c.sleep(ctx, d); err != nil {
				return turn{}, c.ctxError(ctx, op, err)
			}
		} else if err := ctx.Err(); err != nil {
			return turn{}, c.ctxError(ctx, op, err)
		}
		if !c.pace.stale(t) {
			return t, nil
		}
	}
}

// answered reports whether an attempt that ended in err reached Paystack
// and was not refused for its pace: an answer, even a 404 or a 5xx, is a
// request the rate limiter let through.
func answered(err error) bool {
	var pe *Error
	return err == nil || errors.As(err, &pe) && pe.Status != 0 && pe.Kind != KindRateLimited
}

// lostIfWrite turns a failure after a POST or PUT was sent into
// KindOutcomeUnknown: Paystack may have acted, and it has no idempotency key.
func (c *Client) lostIfWrite(cl call, err error) error {
	if !cl.mutates {
		return err
	}
	var pe *Error
	if !errors.As(err, &pe) {
		return err
	}
	return &Error{Kind: KindOutcomeUnknown, Status: pe.Status, Op: pe.Op, Host: pe.Host, Err: pe}
}

func (c *Client) attempt(ctx context.Context, cl call, op string, payload []byte) (envelope, error) {
	actx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()

	u := *c.base
	// cl.path is already escaped (url.PathEscape of a code): kept as the raw
	// path so that it is not escaped a second time.
	u.RawPath = strings.TrimRight(c.base.EscapedPath(), "/") + cl.path
	u.Path, _ = url.PathUnescape(u.RawPath)
	u.RawQuery = cl.query.Encode()
	var body io.Reader
	if payload != nil {
		body = bytes.NewReader(payload)
	}
	var wrote atomic.Bool
	actx = httptrace.WithClientTrace(actx, &httptrace.ClientTrace{
		WroteRequest: func(httptrace.WroteRequestInfo) { wrote.Store(true) },
	})
	req, err := http.NewRequestWithContext(actx, cl.method, u.String(), body)
	if err != nil {
		return envelope{}, &Error{Kind: KindBadRequest, Op: op, Message: scrub(u.Redacted(), ""), Err: err}
	}
	req.Header.Set("Authorization", "Bearer "+c.key.Reveal())
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", c.userAgent)
	if payload != nil {
		req.Header.Set("Content-Type", "application/json")
	}

	resp, err := c.hc.Do(req)
	if err != nil {
		e := c.transportError(ctx, actx, op, err)
		// Once the request is written, a cancel (esc) is no different from a
		// dropped line: Paystack may already have acted on it.
		if wrote.Load() && (e.Kind == KindTimeout || e.Kind == KindNetwork || e.Kind == KindCanceled) {
			return envelope{}, c.lostIfWrite(cl, e)
		}
		return envelope{}, e
	}
	defer resp.Body.Close()
	raw, rerr := io.ReadAll(io.LimitReader(resp.Body, maxBodyBytes))
	if rerr != nil {
		e := c.transportError(ctx, actx, op, rerr)
		e.Status = resp.StatusCode
		return envelope{}, c.lostIfWrite(cl, e)
	}
	env, e := c.classify(resp, raw, op)
	if e != nil {
		// A 5xx or an unreadable answer may come after Paystack acted.
		if e.Kind == KindUnavailable || e.Kind == KindMalformed {
			return envelope{}, c.lostIfWrite(cl, e)
		}
		return envelope{}, e
	}
	return env, nil
}

// transportError sorts a failure where no (complete) answer came.
func (c *Client) transportError(ctx, actx context.Context, op string, err error) *Error {
	e := &Error{Op: op, Host: c.base.Host, Err: err}
	switch {
	case ctx.Err() != nil:
		return c.ctxError(ctx, op, err).(*Error)
	case actx.Err() != nil || isTimeout(err):
		e.Kind = KindTimeout
	default:
		e.Kind = KindNetwork
	}
	return e
}

func (c *Client) ctxError(ctx context.Context, op string, err error) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return &Error{Kind: KindTimeout, Op: op, Host: c.base.Host, Err: ctx.Err()}
	}
	if ctx.Err() != nil {
		return &Error{Kind: KindCanceled, Op: op, Host: c.base.Host, Err: ctx.Err()}
	}
	return &Error{Kind: KindCanceled, Op: op, Host: c.base.Host, Err: err}
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

const ipNotAllowed = "ip address is not allowed"

// classify reads an answer: a success envelope, or the *Error it amounts to.
func (c *Client) classify(resp *http.Response, raw []byte, op string) (envelope, *Error) {
	status := resp.StatusCode
	e := &Error{Status: status, Op: op, Host: c.base.Host}
	trimmed := bytes.TrimSpace(raw)
	ct := strings.ToLower(resp.Header.Get("Content-Type"))

	var env envelope
	jsonErr := errors.New("empty body")
	if len(trimmed) > 0 && (trimmed[0] == '{' || trimmed[0] == '[') {
		jsonErr = json.Unmarshal(trimmed, &env)
	}
	if jsonErr != nil {
		looksHTML := strings.Contains(ct, "html") || len(trimmed) > 0 && trimmed[0] == '<'
		switch {
		case status == http.StatusTooManyRequests:
			e.Kind = KindRateLimited
			e.RetryAfter = parseRetryAfter(resp.Header.Get("Retry-After"), c.now())
		case looksHTML && status >= 500:
			e.Kind = KindUnavailable
		case looksHTML:
			e.Kind = KindNotJSON
		case status >= 500:
			e.Kind = KindUnavailable
		default:
			e.Kind = KindMalformed
		}
		e.Err = jsonErr
		return envelope{}, e
	}

	_, nextStep := decodeMeta(env.Meta)
	e.Message = scrub(string(env.Message), c.key.Reveal())
	e.Code = scrub(string(env.Code), c.key.Reveal())
	e.Type = scrub(string(env.Type), c.key.Reveal())
	e.NextStep = scrub(nextStep, c.key.Reveal())

	switch {
	case strings.Contains(strings.ToLower(e.Message), ipNotAllowed):
		e.Kind = KindIPNotAllowed
	case status == http.StatusUnauthorized:
		e.Kind = KindInvalidKey
	case status == http.StatusNotFound:
		e.Kind = KindNotFound
	case status == http.StatusTooManyRequests:
		e.Kind = KindRateLimited
		e.RetryAfter = parseRetryAfter(resp.Header.Get("Retry-After"), c.now())
	case status >= 500:
		e.Kind = KindUnavailable
	case status == http.StatusBadRequest || status == http.StatusUnprocessableEntity:
		e.Kind = KindValidation
	case status >= 400:
		e.Kind = KindRefused
	case status >= 300:
		e.Kind = KindMalformed
	case !bool(env.Status) && isNull(env.Data):
		// A 2xx with status:false and no data is a refusal explained in
		// message; with data it is an answer (the spec allows either status).
		e.Kind = KindValidation
	default:
		return env, nil
	}
	return envelope{}, e
}

func isNull(raw json.RawMessage) bool {
	raw = bytes.TrimSpace(raw)
	return len(raw) == 0 || string(raw) == "null"
}

// decodeData fills out from the envelope's data; null data leaves it zero.
func decodeData(raw json.RawMessage, out any) error {
	if isNull(raw) {
		return nil
	}
	return json.Unmarshal(raw, out)
}
