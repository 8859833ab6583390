package checks

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// probeRecord is what the webhook endpoint saw of the probes.
type probeRecord struct {
	mu       sync.Mutex
	requests []string // "METHOD body-length signed?"
}

func (p *probeRecord) add(r *http.Request) {
	p.mu.Lock()
	defer p.mu.Unlock()
	signed := r.Header.Get("X-Paystack-Signature") != ""
	p.requests = append(p.requests, r.Method+" "+strconv.FormatInt(r.ContentLength, 10)+" "+strconv.FormatBool(signed))
}

func TestWebhookChecks(t *testing.T) {
	seen := &probeRecord{}
	// /status/N answers N, as the merchant's endpoint might.
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		seen.add(r)
		code, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/status/"))
		if err != nil {
			code = http.StatusMethodNotAllowed
		}
		if code >= 300 && code < 400 {
			w.Header().Set("Location", "https://elsewhere.example/")
		}
		w.WriteHeader(code)
	}))
	defer srv.Close()
	untrusted := httptest.NewUnstartedServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	untrusted.StartTLS()
	defer untrusted.Close()
	closed := httptest.NewTLSServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	closedURL, closedClient := closed.URL, closed.Client()
	closed.Close() // nothing listens there any more: the connection is refused

	// Resolving a real name would make the test depend on this machine's DNS:
	// this dialer is the resolver that finds no such host.
	noSuchHost := &http.Client{Transport: &http.Transport{DialContext: func(_ context.Context, _, addr string) (net.Conn, error) {
		return nil, &net.OpError{Op: "dial", Err: &net.DNSError{Err: "no such host", Name: addr, IsNotFound: true}}
	}}}
	tests := []struct {
		name   string
		url    string
		probe  bool
		client *http.Client
		id     string
		want   Status
		detail string
		fix    string
	}{
		{"systeme.io URL", "https://api.systeme.io/hook/1", false, nil, "webhook.url", Pass, "https://api.systeme.io/hook/1", ""},
		{"missing", "", false, nil, "webhook.url", Fail, "No webhook URL", "connected gateways"},
		{"http", "http://api.systeme.io/hook/1", false, nil, "webhook.url", Fail, "https://", "connected gateways"},
		{"other host warns", "https://hooks.example.com/x", false, nil, "webhook.url", Warn, "hooks.example.com is not systeme.io", ""},
		{"not probed without the flag", "https://api.systeme.io/hook/1", false, nil, "webhook.reachable", Skip, "--probe-webhook", ""},
		// An endpoint that refuses an unsigned GET or HEAD is there and alive.
		{"405 is alive", srv.URL + "/hook", true, srv.Client(), "webhook.reachable", Pass, "status code 405", ""},
		{"401 is alive", srv.URL + "/status/401", true, srv.Client(), "webhook.reachable", Pass, "status code 401", ""},
		{"403 is alive", srv.URL + "/status/403", true, srv.Client(), "webhook.reachable", Pass, "status code 403", ""},
		{"400 is alive", srv.URL + "/status/400", true, srv.Client(), "webhook.reachable", Pass, "status code 400", ""},
		{"200 is alive", srv.URL + "/status/200", true, srv.Client(), "webhook.reachable", Pass, "status code 200", ""},
		{"a redirect is an answer, not followed", srv.URL + "/status/302", true, srv.Client(), "webhook.reachable", Pass, "status code 302", ""},
		{"404: nothing there", srv.URL + "/status/404", true, srv.Client(), "webhook.reachable", Fail, "answered 404: there is no webhook endpoint", "Copy the webhook URL again"},
		{"410: gone", srv.URL + "/status/410", true, srv.Client(), "webhook.reachable", Fail, "answered 410", "Copy the webhook URL again"},
		{"500: broken", srv.URL + "/status/500", true, srv.Client(), "webhook.reachable", Fail, "answered 500, a server error", "systeme.io support"},
		{"503: broken", srv.URL + "/status/503", true, srv.Client(), "webhook.reachable", Fail, "answered 503", "try again later"},
		{"bad certificate", untrusted.URL + "/hook", true, &http.Client{}, "webhook.reachable", Fail, "certificate", "systeme.io"},
		{"connection refused", closedURL + "/hook", true, closedClient, "webhook.reachable", Fail, "could not be reached", "try again later"},
		{"unknown host", "https://no-such-host.invalid/hook", true, noSuchHost, "webhook.reachable", Fail, "does not exist", "Copy the webhook URL again"},
		{"no name lookups here at all", "https://api.systeme.io/hook/1", true, noSuchHost, "webhook.reachable", Error, "cannot look up even systeme.io", "internet connection"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, sandboxOpts())
			f.in.State.WebhookURL = map[string]string{"live": tt.url}
			f.in.ProbeWebhook, f.in.ProbeClient, f.in.ProbeTimeout = tt.probe, tt.client, 2*time.Second
			// The control lookup of systeme.io answers unless the case says lookups are broken.
			brokenDNS := strings.Contains(tt.name, "no name lookups")
			f.in.ProbeLookup = func(context.Context, string) error {
				if brokenDNS {
					return &net.DNSError{Err: "no such host", Name: "systeme.io", IsNotFound: true}
				}
				return nil
			}
			assertResult(t, find(t, f.run(t), tt.id), tt.want, tt.detail, tt.fix)
		})
	}
	seen.mu.Lock()
	defer seen.mu.Unlock()
	if len(seen.requests) != 10 {
		t.Errorf("the endpoint saw %d probes, want one per probing case (10): %v", len(seen.requests), seen.requests)
	}
	for _, r := range seen.requests {
		if r != "HEAD 0 false" {
			t.Errorf("probe %q: want a HEAD with no body and no signature, never an event", r)
		}
	}
}

// A webhook URL that accepts the connection and never answers is as
// useless to Paystack as one that does not exist.
func TestWebhookProbeTimeoutFails(t *testing.T) {
	block := make(chan struct{})
	srv := httptest.NewTLSServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { <-block }))
	defer srv.Close()
	defer close(block)
	f := newFixture(t, sandboxOpts())
	f.in.State.WebhookURL = map[string]string{"live": srv.URL}
	f.in.ProbeWebhook, f.in.ProbeClient, f.in.ProbeTimeout = true, srv.Client(), 50*time.Millisecond
	assertResult(t, find(t, f.run(t), "webhook.reachable"), Fail, "No answer", "try again later")
}
