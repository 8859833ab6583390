package leaks

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"paystack-setup/e2e/internal/harness"
	"paystack-setup/paystack/sandbox"
)

// TestEchoingServerLeaksNothing: a server (a corporate proxy, a captive
// portal, a broken gateway) that answers with the Authorization header it got,
// in every shape a body can take, gets none of it onto the merchant's screen
// or into audit --json.
func TestEchoingServerLeaksNothing(t *testing.T) {
	w := harness.NewWorld(t)
	s := w.FinishedSetup(t, w.Profile)
	body := s.Key[len("sk_live_"):]
	answers := map[string]func(auth string) (int, string, string){
		"json-401-header": func(a string) (int, string, string) {
			return 401, "application/json", fmt.Sprintf(`{"status":false,"message":"Invalid key in header %q"}`, a)
		},
		"json-400-body-only": func(a string) (int, string, string) {
			return 400, "application/json", `{"status":false,"message":"token ` + body + ` is not valid","code":"` + body + `","meta":{"nextStep":"retry with ` + body + `"}}`
		},
		"json-403-upper": func(a string) (int, string, string) {
			return 403, "application/json", `{"status":false,"message":"` + strings.ToUpper(a) + `"}`
		},
		"html-500": func(a string) (int, string, string) {
			return 500, "text/html", "<html><body><h1>502 Bad Gateway</h1><pre>Authorization: " + a + "</pre></body></html>"
		},
		"text-401": func(a string) (int, string, string) {
			return 401, "text/plain", "Unauthorized: " + a
		},
		"json-200-data": func(a string) (int, string, string) {
			return 200, "application/json", `{"status":true,"message":"` + a + `","data":[{"currency":"` + a + `","balance":"` + a + `"}]}`
		},
	}
	var mode atomic.Value
	var calls atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		status, ct, text := answers[mode.Load().(string)](r.Header.Get("Authorization"))
		rw.Header().Set("Content-Type", ct)
		rw.WriteHeader(status)
		_, _ = io.WriteString(rw, text)
	}))
	t.Cleanup(srv.Close)
	env := map[string]string{"PAYSTACK_SECRET_KEY": s.Key, "PAYSTACK_API_BASE": srv.URL}
	for name := range answers {
		mode.Store(name)
		before := calls.Load()
		for _, args := range [][]string{{"audit"}, {"audit", "--json"}, {"--lang", "hi", "audit"}} {
			r := w.Run(t, "echo-"+name+"-"+strings.Join(args, "-"), harness.Opts{Env: env}, append([]string{"--profile", w.Profile}, args...)...)
			mustExit(t, r, 0, 1)
		}
		if calls.Load() == before {
			t.Errorf("%s: the audit never reached the echoing server, so this proves nothing", name)
		}
	}
}

// TestPlainHTTPBaseNeverGetsTheKey: PAYSTACK_API_BASE set to plain http on a
// network host is refused before any request. An HTTP proxy on this machine
// stands in for the network: plain http to any host would go through it,
// Authorization header and all.
func TestPlainHTTPBaseNeverGetsTheKey(t *testing.T) {
	w := harness.NewWorld(t)
	key := w.NewKey(sandbox.ModeLive)
	var seen atomic.Int64
	proxy := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		seen.Add(1)
		w.Save(t, "proxy-saw", []byte(r.Method+" "+r.URL.String()+"\nAuthorization: "+r.Header.Get("Authorization")))
		rw.WriteHeader(http.StatusBadGateway)
	}))
	t.Cleanup(proxy.Close)
	for _, base := range []string{"http://api.paystack.co", "http://192.0.2.10:8080", "http://localhost.example.com", "http://127.0.0.1.nip.io"} {
		env := map[string]string{"PAYSTACK_SECRET_KEY": key, "PAYSTACK_API_BASE": base, "HTTP_PROXY": proxy.URL, "http_proxy": proxy.URL}
		r := w.Run(t, "plain-http-audit", harness.Opts{Env: env}, "--profile", w.Profile, "audit")
		mustExit(t, r, 1)
		r = w.Run(t, "plain-http-flag", harness.Opts{Env: map[string]string{"PAYSTACK_SECRET_KEY": key, "HTTP_PROXY": proxy.URL}}, "--profile", w.Profile, "--api-base", base, "audit", "--json")
		mustExit(t, r, 1)
	}
	if n := seen.Load(); n > 0 {
		t.Errorf("%d requests went out over plain http to a network host (the saved proxy-saw artifacts show them)", n)
	}
}

// TestCrashDumpHoldsNoKey: a crash with the key in memory (GOTRACEBACK=crash
// and SIGQUIT, as ctrl+\ sends in a cooked terminal, where core files are
// allowed) writes a stack trace but no core file, which would hold the key.
func TestCrashDumpHoldsNoKey(t *testing.T) {
	w := harness.NewWorld(t)
	s := w.FinishedSetup(t, w.Profile)
	arrived := make(chan struct{}, 1)
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		select {
		case arrived <- struct{}{}:
		default:
		}
		<-release
	}))
	t.Cleanup(srv.Close)
	t.Cleanup(func() { close(release) })
	// The shell raises the core limit and becomes the program (same pid).
	cmd := exec.Command("sh", "-c", `ulimit -c unlimited 2>/dev/null || exit 77; exec "$0" "$@"`,
		harness.Binary(t), "--profile", w.Profile, "audit")
	cmd.Env = w.Environ(map[string]string{"PAYSTACK_SECRET_KEY": s.Key, "PAYSTACK_API_BASE": srv.URL, "GOTRACEBACK": "crash"})
	cmd.Dir = w.Home
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-arrived: // the key is in memory and in use
	case <-time.After(screenWait):
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		if cmd.ProcessState.ExitCode() == 77 {
			t.Skip("core files cannot be allowed here (hard limit 0)")
		}
		t.Fatalf("the audit never called the server\n%s", stderr.String())
	}
	if cmdline, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", cmd.Process.Pid)); err == nil {
		w.Save(t, "audit.cmdline", cmdline)
	}
	if err := cmd.Process.Signal(syscall.SIGQUIT); err != nil {
		t.Fatal(err)
	}
	err := cmd.Wait()
	w.Save(t, "crash.stderr", []byte(stderr.String()))
	var exit *exec.ExitError
	if !errors.As(err, &exit) || !strings.Contains(stderr.String(), "SIGQUIT") {
		t.Fatalf("the program did not crash on SIGQUIT (%v), so this proves nothing", err)
	}
	cores, _ := filepath.Glob(filepath.Join(w.Home, "core*"))
	for _, c := range cores {
		t.Errorf("the crash wrote %s: the process's memory, secret key included", c)
		_ = os.Remove(c) // hundreds of MB; the test has failed already
	}
}
