package cli

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"paystack-setup/paystack/sandbox"
)

// syncBuffer lets the test read what the running command has printed so far.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func sandboxEnv() (*Env, *syncBuffer, *syncBuffer) {
	out, errOut := &syncBuffer{}, &syncBuffer{}
	return &Env{In: strings.NewReader(""), Out: out, Err: errOut, Getenv: func(string) string { return "" }}, out, errOut
}

func TestSandboxRefusesNonLoopback(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:8089", ":8089", "[::]:8089"} {
		env, out, errOut := sandboxEnv()
		code := Main([]string{"--lang", "en", "sandbox", "--listen", addr}, env)
		if code != ExitUsage {
			t.Errorf("--listen %s: exit %d, want %d", addr, code, ExitUsage)
		}
		if !strings.Contains(errOut.String(), addr+" is not a loopback address") || !strings.Contains(errOut.String(), "--listen 127.0.0.1:8089") {
			t.Errorf("--listen %s: message %q does not say why and what to use", addr, errOut.String())
		}
		if out.String() != "" {
			t.Errorf("--listen %s printed a base URL: %q", addr, out.String())
		}
	}
}

func TestSandboxRefusesNegativeNumbers(t *testing.T) {
	env, _, errOut := sandboxEnv()
	if code := Main([]string{"--lang", "en", "sandbox", "--rate", "-5"}, env); code != ExitUsage {
		t.Errorf("exit %d, want %d", code, ExitUsage)
	}
	if !strings.Contains(errOut.String(), "--rate cannot be negative (you gave -5)") {
		t.Errorf("message %q", errOut.String())
	}
}

func TestSandboxHelpHasExamples(t *testing.T) {
	env, out, _ := sandboxEnv()
	if code := Main([]string{"--lang", "en", "help", "sandbox"}, env); code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out.String(), "Examples:") || !strings.Contains(out.String(), "paystack-setup sandbox --latency") {
		t.Errorf("help without examples: %q", out.String())
	}
}

func TestSandboxServesUntilStopped(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stopWith(t, ctx)

	env, out, errOut := sandboxEnv()
	done := make(chan int, 1)
	go func() {
		done <- Main([]string{"--lang", "en", "sandbox", "--listen", "127.0.0.1:0", "--usd", "--rate", "1"}, env)
	}()
	for !strings.Contains(errOut.String(), "ctrl+c") {
		select {
		case code := <-done:
			t.Fatalf("exited %d before serving: %s", code, errOut.String())
		case <-time.After(5 * time.Millisecond):
		}
	}
	line := strings.TrimSpace(out.String())
	base, found := strings.CutPrefix(line, "PAYSTACK_API_BASE=")
	if !found || !strings.HasPrefix(base, "http://127.0.0.1:") {
		t.Fatalf("stdout %q, want PAYSTACK_API_BASE=http://127.0.0.1:PORT", line)
	}
	req, _ := http.NewRequest("GET", base+"/balance", nil)
	req.Header.Set("Authorization", "Bearer "+sandbox.DemoLiveKey)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), `"USD"`) {
		t.Errorf("sandbox answered %d %s, want balances with USD", resp.StatusCode, body)
	}

	printed := errOut.String()
	for _, want := range []string{"PAYSTACK_API_BASE=" + base + " paystack-setup", "sk_test_…0001", "sk_live_…0001", `README, section "Sandbox"`, "Rate limit: 1 request a second."} {
		if !strings.Contains(printed, want) {
			t.Errorf("output lacks %q:\n%s", want, printed)
		}
	}
	for _, key := range []string{sandbox.DemoTestKey, sandbox.DemoLiveKey} {
		if strings.Contains(printed+out.String(), key) {
			t.Errorf("a demo key is printed in full")
		}
	}

	cancel()
	if code := <-done; code != ExitOK {
		t.Errorf("exit %d after ctrl+c, want 0", code)
	}
	if !strings.Contains(errOut.String(), "Sandbox stopped. Requests answered: 1.") {
		t.Errorf("no stop message: %s", errOut.String())
	}
	if _, err := http.DefaultClient.Get(base + "/balance"); err == nil {
		t.Error("the port still answers after stop")
	}
}

func TestSandboxPortInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	env, _, errOut := sandboxEnv()
	if code := Main([]string{"--lang", "en", "sandbox", "--listen", ln.Addr().String()}, env); code != ExitFail {
		t.Errorf("exit %d, want %d", code, ExitFail)
	}
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	if !strings.Contains(errOut.String(), "Port "+port+" is already in use") {
		t.Errorf("message %q", errOut.String())
	}
}
