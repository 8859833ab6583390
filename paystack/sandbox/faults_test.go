package sandbox

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestFaultKinds(t *testing.T) {
	cases := []struct {
		name        string
		fault       Fault
		status      int
		contentType string
		inBody      string
		retryAfter  string
	}{
		{"status with JSON", Fault{Kind: FaultStatus, Status: 502, Body: `{"status":false,"message":"Gateway"}`}, 502, "application/json", `"Gateway"`, ""},
		{"default status", Fault{Kind: FaultStatus}, 500, "application/json", `"status":false`, ""},
		{"Cloudflare HTML", Fault{Kind: FaultHTML}, 403, "text/html", "Just a moment...", ""},
		{"HTML 503", Fault{Kind: FaultHTML, Status: 503, Body: "<html><body>Service Unavailable</body></html>"}, 503, "text/html", "Service Unavailable", ""},
		{"IP not allowed 401", Fault{Kind: FaultIPNotAllowed}, 401, "application/json", "Your IP address is not allowed to make this call", ""},
		{"IP not allowed 403", Fault{Kind: FaultIPNotAllowed, Status: 403}, 403, "application/json", "Your IP address is not allowed to make this call", ""},
		{"429 with Retry-After", Fault{Kind: FaultRateLimited, RetryAfter: "7"}, 429, "application/json", `"status":false`, "7"},
		{"429 without Retry-After", Fault{Kind: FaultRateLimited}, 429, "application/json", `"status":false`, ""},
		{"malformed JSON", Fault{Kind: FaultMalformedJSON}, 200, "application/json", `{"status":true`, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := New(Options{})
			s.InjectFault(c.fault)
			a := do(t, s, DemoTestKey, "GET", "/balance", "")
			if a.status != c.status || !strings.HasPrefix(a.header.Get("Content-Type"), c.contentType) || !strings.Contains(a.raw, c.inBody) {
				t.Fatalf("got %d %q %.80q", a.status, a.header.Get("Content-Type"), a.raw)
			}
			if got := a.header.Get("Retry-After"); got != c.retryAfter {
				t.Errorf("Retry-After %q, want %q", got, c.retryAfter)
			}
		})
	}
	t.Run("malformed JSON does not decode", func(t *testing.T) {
		s := New(Options{})
		s.InjectFault(Fault{Kind: FaultMalformedJSON})
		if a := do(t, s, DemoTestKey, "GET", "/balance", ""); a.body != nil {
			t.Errorf("the truncated body decoded: %s", a.raw)
		}
	})
}

func TestFaultMatchingAndCount(t *testing.T) {
	s := New(Options{})
	s.InjectFault(Fault{Method: "POST", Path: "/subaccount", Kind: FaultStatus, Status: 503, Count: 2})
	if a := do(t, s, DemoTestKey, "GET", "/subaccount", ""); a.status != 200 {
		t.Errorf("GET hit a POST-only fault: %d", a.status)
	}
	if a := do(t, s, DemoTestKey, "GET", "/balance", ""); a.status != 200 {
		t.Errorf("/balance hit a /subaccount fault: %d", a.status)
	}
	body := `{"business_name":"X","settlement_bank":"058","account_number":"0123456047","percentage_charge":10}`
	for i := range 2 {
		if a := do(t, s, DemoTestKey, "POST", "/subaccount", body); a.status != 503 {
			t.Errorf("POST %d: %d, want the injected 503", i+1, a.status)
		}
	}
	if a := do(t, s, DemoTestKey, "POST", "/subaccount", body); a.status != 201 {
		t.Errorf("third POST after Count 2: %d, want 201", a.status)
	}
	s.InjectFault(Fault{Kind: FaultStatus, Status: 500})
	for range 3 {
		if a := do(t, s, DemoTestKey, "GET", "/plan", ""); a.status != 500 {
			t.Errorf("Count 0 fault stopped applying: %d", a.status)
		}
	}
	s.ClearFaults()
	if a := do(t, s, DemoTestKey, "GET", "/plan", ""); a.status != 200 {
		t.Errorf("after ClearFaults: %d", a.status)
	}
}

func TestHangEndsWithTheCallersContext(t *testing.T) {
	s := New(Options{})
	s.InjectFault(Fault{Kind: FaultHang})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := send(ctx, &http.Client{Transport: s.Transport()}, BaseURL, DemoTestKey, "GET", "/balance", "")
		done <- err
	}()
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("hung request ended with %v, want context.Canceled", err)
	}
}

// The lost-answer case: Paystack created the subaccount but the caller never
// heard. A client that retries blindly creates a duplicate; one that looks
// first finds it.
func TestCreateThenDrop(t *testing.T) {
	body := `{"business_name":"Lost Answer Ltd","settlement_bank":"058","account_number":"0123456047","percentage_charge":10}`
	t.Run("500", func(t *testing.T) {
		s := New(Options{})
		s.InjectFault(Fault{Method: "POST", Path: "/subaccount", Kind: FaultCreateThenDrop, Status: 500, Count: 1})
		if a := do(t, s, DemoTestKey, "POST", "/subaccount", body); a.status != 500 || strings.Contains(a.raw, "ACCT_") {
			t.Fatalf("dropped create answered %d %s", a.status, a.raw)
		}
		list := do(t, s, DemoTestKey, "GET", "/subaccount", "")
		if str(list.list()[0], "business_name") != "Lost Answer Ltd" {
			t.Errorf("the subaccount was not created behind the 500")
		}
	})
	t.Run("hang", func(t *testing.T) {
		s := New(Options{})
		s.InjectFault(Fault{Method: "POST", Path: "/subaccount", Kind: FaultCreateThenDrop, Count: 1})
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() {
			_, err := send(ctx, &http.Client{Transport: s.Transport()}, BaseURL, DemoTestKey, "POST", "/subaccount", body)
			done <- err
		}()
		// Wait until the create happened, then give up as a client timeout would.
		for s.RequestsTo("POST", "/subaccount") == 0 || !strings.Contains(do(t, s, DemoTestKey, "GET", "/subaccount", "").raw, "Lost Answer Ltd") {
			time.Sleep(time.Millisecond)
		}
		cancel()
		if err := <-done; !errors.Is(err, context.Canceled) {
			t.Errorf("dropped create ended with %v", err)
		}
		if n := s.RequestsTo("POST", "/subaccount"); n != 1 {
			t.Errorf("POST counted %d times", n)
		}
	})
}

// fakeClock lets the rate limiter be tested without sleeping.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

func TestRateLimit(t *testing.T) {
	clock := &fakeClock{now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	s := New(Options{Now: clock.Now})
	s.SetRateLimit(3)
	var statuses []int
	for range 5 {
		a := do(t, s, DemoTestKey, "GET", "/balance", "")
		statuses = append(statuses, a.status)
		if a.status == 429 && a.header.Get("Retry-After") != "1" {
			t.Errorf("429 without Retry-After: 1")
		}
	}
	if got := fmt.Sprint(statuses); got != "[200 200 200 429 429]" {
		t.Errorf("statuses %s, want [200 200 200 429 429]", got)
	}
	clock.Advance(time.Second/3 + time.Millisecond)
	if a := do(t, s, DemoTestKey, "GET", "/balance", ""); a.status != 200 {
		t.Errorf("a third of a second later: %d, want a refilled token", a.status)
	}
	if a := do(t, s, DemoTestKey, "GET", "/balance", ""); a.status != 429 {
		t.Errorf("bucket refilled more than one token: %d", a.status)
	}
	s.SetRateLimit(0)
	for range 10 {
		if a := do(t, s, DemoTestKey, "GET", "/balance", ""); a.status != 200 {
			t.Fatalf("limit removed but got %d", a.status)
		}
	}
}

func TestLatencyHonoursCancel(t *testing.T) {
	s := New(Options{})
	s.SetLatency(time.Hour)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := send(ctx, &http.Client{Transport: s.Transport()}, BaseURL, DemoTestKey, "GET", "/balance", "")
		done <- err
	}()
	for s.Requests() == 0 {
		time.Sleep(time.Millisecond)
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Errorf("slow request ended with %v, want context.Canceled", err)
	}
	s.SetLatency(0)
	if a := do(t, s, DemoTestKey, "GET", "/balance", ""); a.status != 200 {
		t.Errorf("after SetLatency(0): %d", a.status)
	}
}

func TestCounters(t *testing.T) {
	s := New(Options{})
	do(t, s, DemoTestKey, "GET", "/balance", "")
	do(t, s, DemoTestKey, "GET", "/balance", "")
	do(t, s, "", "GET", "/plan", "")
	if s.Requests() != 3 || s.RequestsTo("GET", "/balance") != 2 || s.RequestsTo("", "/plan") != 1 || s.RequestsTo("POST", "/balance") != 0 {
		t.Errorf("counters: total %d, %v", s.Requests(), s.PathCounts())
	}
	s.ResetCounters()
	if s.Requests() != 0 || len(s.PathCounts()) != 0 {
		t.Errorf("after reset: %d %v", s.Requests(), s.PathCounts())
	}
}

func TestListenOnLoopback(t *testing.T) {
	s := New(Options{})
	base, stop, err := s.Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	a, err := send(context.Background(), http.DefaultClient, base, DemoTestKey, "GET", "/balance", "")
	if err != nil || a.status != 200 {
		t.Fatalf("over the socket: %v %d", err, a.status)
	}
	// stop must also end a request that is hanging on a fault.
	s.InjectFault(Fault{Kind: FaultHang})
	done := make(chan error, 1)
	go func() {
		_, err := send(context.Background(), http.DefaultClient, base, DemoTestKey, "GET", "/balance", "")
		done <- err
	}()
	for s.Requests() < 2 {
		time.Sleep(time.Millisecond)
	}
	if err := stop(); err != nil {
		t.Errorf("stop: %v", err)
	}
	if err := <-done; err == nil {
		t.Error("the hanging request got an answer after stop")
	}
	if err := stop(); err != nil {
		t.Errorf("second stop: %v", err)
	}
}

func TestListenRefusesOtherInterfaces(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:8089", ":8089", "192.168.1.10:8089", "[::]:8089", "example.com:80", "nonsense"} {
		if _, _, err := New(Options{}).Listen(addr); !errors.Is(err, ErrNotLoopback) {
			t.Errorf("Listen(%q) = %v, want ErrNotLoopback", addr, err)
		}
	}
	for _, addr := range []string{"127.0.0.1:1", "localhost:1", "[::1]:1", "127.0.0.2:1"} {
		if !IsLoopback(addr) {
			t.Errorf("IsLoopback(%q) = false", addr)
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	s := New(Options{})
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				do(t, s, DemoTestKey, "POST", "/subaccount", `{"business_name":"Parallel","settlement_bank":"058","account_number":"0123456047","percentage_charge":10}`)
				s.SetLatency(0)
				s.InjectFault(Fault{Path: "/never", Count: 1})
			}
		}()
	}
	wg.Wait()
	if a := do(t, s, DemoTestKey, "GET", "/subaccount?perPage=1", ""); num(a.meta(), "total") != len(seededSubaccounts)+160 {
		t.Errorf("total %d after 160 parallel creates, want %d", num(a.meta(), "total"), len(seededSubaccounts)+160)
	}
}
