package cli

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
)

func TestWizardWithoutTerminalSaysWhatToUse(t *testing.T) {
	env, out, errOut := sandboxEnv()
	env.ConfigDir = t.TempDir()
	if code := Main([]string{"--lang", "en"}, env); code != ExitUsage {
		t.Fatalf("exit %d, want %d", code, ExitUsage)
	}
	if !strings.Contains(errOut.String(), "interactive terminal") || !strings.Contains(errOut.String(), "paystack-setup audit") {
		t.Fatalf("message %q", errOut.String())
	}
	if out.String() != "" {
		t.Fatalf("stdout %q", out.String())
	}
}

func TestWizardRefusesArguments(t *testing.T) {
	env, _, errOut := sandboxEnv()
	env.InTTY, env.OutTTY = true, true
	if code := Main([]string{"--lang", "en", "wizard", "shop"}, env); code != ExitUsage {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(errOut.String(), `"shop"`) {
		t.Fatalf("message %q", errOut.String())
	}
}

func TestDemoServicesStayInProcess(t *testing.T) {
	env, _, _ := sandboxEnv()
	env.Demo = true
	env.ConfigDir = t.TempDir()
	env.APIBase = "http://127.0.0.1:1" // must be ignored: the demo never leaves the process
	svc, err := env.services()
	if err != nil {
		t.Fatal(err)
	}
	if svc.Sandbox == nil || svc.StateRoot == env.ConfigDir {
		t.Fatalf("demo uses the real config dir or no sandbox: %+v", svc)
	}
	key, _ := paystack.ParseSecretKey(sandbox.DemoTestKey)
	if _, err := svc.NewClient(key).Balance(context.Background()); err != nil {
		t.Fatalf("demo client cannot reach the sandbox: %v", err)
	}
	if svc.Sandbox.RequestsTo("GET", "/balance") != 1 {
		t.Fatal("the demo call did not reach the in-process sandbox")
	}
	svc.Close()
	if _, err := os.Stat(svc.StateRoot); !os.IsNotExist(err) {
		t.Fatalf("demo state dir left behind: %v", err)
	}
}

func TestRealServicesUseAPIBase(t *testing.T) {
	env, _, _ := sandboxEnv()
	env.ConfigDir = t.TempDir()
	env.APIBase = "http://127.0.0.1:8089"
	svc, err := env.services()
	if err != nil {
		t.Fatal(err)
	}
	defer svc.Close()
	key, _ := paystack.ParseSecretKey(sandbox.DemoTestKey)
	if got := svc.NewClient(key).BaseURL(); !strings.HasPrefix(got, env.APIBase) {
		t.Fatalf("client base %q", got)
	}
	if svc.StateRoot != env.ConfigDir || svc.Sandbox != nil {
		t.Fatalf("real services: %+v", svc)
	}
}

// /dev/null is a character device but no one can type into it: a script
// running `paystack-setup key set < /dev/null` must be told to use --stdin,
// not be shown a prompt that nobody answers.
func TestDevNullIsNotATerminal(t *testing.T) {
	devNull, err := os.Open(os.DevNull)
	if err != nil {
		t.Skip(err)
	}
	defer devNull.Close()
	saved := os.Stdin
	os.Stdin = devNull
	env := SystemEnv("test")
	os.Stdin = saved
	if env.InTTY {
		t.Fatalf("stdin from %s counted as a terminal", os.DevNull)
	}
}

func TestPaystackIsToldWhichToolAndVersionCalls(t *testing.T) {
	agent := make(chan string, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		agent <- r.UserAgent()
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"status":true,"message":"Balances retrieved","data":[]}`)
	}))
	defer srv.Close()
	env, _, _ := sandboxEnv()
	env.APIBase, env.Version = srv.URL, "1.4.2"
	svc, err := env.services()
	if err != nil {
		t.Fatal(err)
	}
	key, _ := paystack.ParseSecretKey(sandbox.DemoTestKey)
	if _, err := svc.NewClient(key).Balance(context.Background()); err != nil {
		t.Fatalf("balance: %v", err)
	}
	if got := <-agent; got != "paystack-setup/1.4.2" {
		t.Errorf("User-Agent %q, want paystack-setup/1.4.2", got)
	}
}
