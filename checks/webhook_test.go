package checks

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestWebhookChecks(t *testing.T) {
	var hits, bodies atomic.Int32
	var method atomic.Value
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		method.Store(r.Method)
		if r.ContentLength > 0 {
			bodies.Add(1)
		}
		w.WriteHeader(http.StatusMethodNotAllowed)
	}))
	defer srv.Close()
	untrusted := httptest.NewUnstartedServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}))
	untrusted.StartTLS()
	defer untrusted.Close()

	// Resolving a real name would make the test depend on this machine's DNS.
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
		{"any HTTP answer is reachable", srv.URL + "/hook", true, srv.Client(), "webhook.reachable", Pass, "status code 405", ""},
		{"bad certificate", untrusted.URL + "/hook", true, &http.Client{}, "webhook.reachable", Fail, "certificate", "systeme.io"},
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
	if hits.Load() != 1 || method.Load() != http.MethodHead || bodies.Load() != 0 {
		t.Errorf("probe: %d requests, method %v, %d with a body; want one HEAD with no body", hits.Load(), method.Load(), bodies.Load())
	}
}

func TestWebhookProbeTimesOutAsError(t *testing.T) {
	block := make(chan struct{})
	srv := httptest.NewTLSServer(http.HandlerFunc(func(http.ResponseWriter, *http.Request) { <-block }))
	defer srv.Close()
	defer close(block)
	f := newFixture(t, sandboxOpts())
	f.in.State.WebhookURL = map[string]string{"live": srv.URL}
	f.in.ProbeWebhook, f.in.ProbeClient, f.in.ProbeTimeout = true, srv.Client(), 50*time.Millisecond
	assertResult(t, find(t, f.run(t), "webhook.reachable"), Error, "No answer", "again")
}
