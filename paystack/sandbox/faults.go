package sandbox

import (
	"net/http"
	"strconv"
	"strings"
	"time"
)

// FaultKind is what an injected fault does to a matching request.
type FaultKind int

const (
	// FaultStatus answers Status (default 500) with Body (default a Paystack
	// JSON error) and ContentType (default JSON).
	FaultStatus FaultKind = iota
	// FaultHTML answers an HTML page, by default Cloudflare's 403 challenge.
	FaultHTML
	// FaultIPNotAllowed answers Paystack's IP whitelist refusal; Status may be
	// 401 (default) or 403 since Paystack does not document which.
	FaultIPNotAllowed
	// FaultRateLimited answers 429, with Retry-After only when RetryAfter is set.
	FaultRateLimited
	// FaultMalformedJSON answers 200 with a JSON body cut off mid-way.
	FaultMalformedJSON
	// FaultHang never answers: it blocks until the request's context ends.
	FaultHang
	// FaultCreateThenDrop performs the request (a POST /subaccount creates the
	// subaccount) and then loses the answer: it hangs when Status is 0,
	// otherwise it answers Status with Body.
	FaultCreateThenDrop
)

// Fault describes one injected failure.
type Fault struct {
	Method      string // "" matches every method
	Path        string // prefix of the URL path; "" matches every path
	Kind        FaultKind
	Status      int
	Body        string
	ContentType string
	RetryAfter  string
	Count       int // how many requests it affects; 0 = every one until ClearFaults
}

type activeFault struct {
	Fault
	left int
}

// CloudflareChallenge is the kind of page Cloudflare puts in front of an API
// when it distrusts the caller; a client must turn it into a clear error.
const CloudflareChallenge = `<!DOCTYPE html>
<html lang="en-US">
<head>
<title>Just a moment...</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="robots" content="noindex,nofollow">
</head>
<body>
<div class="main-wrapper" role="main">
<div class="main-content">
<h1 class="zone-name-title h1">api.paystack.co</h1>
<h2 class="h2" id="challenge-running">Checking if the site connection is secure</h2>
<noscript><div class="h2"><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></noscript>
</div>
</div>
<div class="footer" role="contentinfo"><div class="footer-inner"><div class="clearfix diagnostic-wrapper"><div class="ray-id">Ray ID: <code>8a1b2c3d4e5f6a7b</code></div></div><div class="text-center">Performance &amp; security by Cloudflare</div></div></div>
</body>
</html>
`

// InjectFault adds a fault; the first fault that matches a request applies.
func (s *Server) InjectFault(f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = append(s.faults, &activeFault{Fault: f, left: f.Count})
}

// ClearFaults removes every injected fault.
func (s *Server) ClearFaults() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = nil
}

func (s *Server) matchFault(r *http.Request) *activeFault {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, f := range s.faults {
		if f.Method != "" && !strings.EqualFold(f.Method, r.Method) {
			continue
		}
		if !strings.HasPrefix(r.URL.Path, f.Path) {
			continue
		}
		if f.Count > 0 {
			f.left--
			if f.left <= 0 {
				s.faults = append(s.faults[:i:i], s.faults[i+1:]...)
			}
		}
		return f
	}
	return nil
}

func (f *activeFault) serve(w http.ResponseWriter, r *http.Request) {
	status, body, contentType := f.Status, f.Body, f.ContentType
	switch f.Kind {
	case FaultHang:
		<-r.Context().Done()
		return
	case FaultCreateThenDrop:
		if status == 0 {
			<-r.Context().Done()
			return
		}
	case FaultHTML:
		status = or(status, http.StatusForbidden)
		body = orString(body, CloudflareChallenge)
		contentType = orString(contentType, "text/html; charset=UTF-8")
		w.Header().Set("Server", "cloudflare")
		w.Header().Set("Cf-Mitigated", "challenge")
	case FaultIPNotAllowed:
		status = or(status, http.StatusUnauthorized)
		body = orString(body, `{"status":false,"message":"Your IP address is not allowed to make this call"}`)
	case FaultRateLimited:
		status = or(status, http.StatusTooManyRequests)
		body = orString(body, `{"status":false,"message":"Too many requests. Please slow down and try again."}`)
	case FaultMalformedJSON:
		status = or(status, http.StatusOK)
		body = orString(body, `{"status":true,"message":"Balances retrieved","data":[{"currency":"NGN","bala`)
	}
	status = or(status, http.StatusInternalServerError)
	body = orString(body, `{"status":false,"message":"An error occurred. Please try again later."}`)
	w.Header().Set("Content-Type", orString(contentType, "application/json; charset=utf-8"))
	if f.RetryAfter != "" {
		w.Header().Set("Retry-After", f.RetryAfter)
	}
	w.WriteHeader(status)
	_, _ = w.Write([]byte(body))
}

func or(v, def int) int {
	if v == 0 {
		return def
	}
	return v
}

func orString(v, def string) string {
	if v == "" {
		return def
	}
	return v
}

// tokenBucket refuses requests past perSecond a second, with bursts up to
// perSecond, the way API gateways usually do.
type tokenBucket struct {
	perSecond int
	tokens    float64
	last      time.Time
}

// SetRateLimit answers 429 with Retry-After: 1 past perSecond requests a
// second; 0 removes the limit.
func (s *Server) SetRateLimit(perSecond int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.limiter = tokenBucket{perSecond: perSecond}
}

func (s *Server) takeToken() (retryAfter string, limited bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b := &s.limiter
	if b.perSecond <= 0 {
		return "", false
	}
	now := s.now()
	if b.last.IsZero() {
		b.tokens = float64(b.perSecond)
	} else if elapsed := now.Sub(b.last).Seconds(); elapsed > 0 {
		b.tokens = min(float64(b.perSecond), b.tokens+elapsed*float64(b.perSecond))
	}
	b.last = now
	if b.tokens < 1 {
		return strconv.Itoa(1), true
	}
	b.tokens--
	return "", false
}
