package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// stopWith makes the next commands the test runs end when ctx does, as if
// the person had pressed ctrl+c then.
func stopWith(t *testing.T, ctx context.Context) {
	t.Helper()
	old := interruptContext
	interruptContext = func() (context.Context, context.CancelFunc) { return context.WithCancel(ctx) }
	t.Cleanup(func() { interruptContext = old })
}

// `... | paystack-setup key set --stdin` where the program piping the key in
// hangs (a password manager waiting for its own prompt): ctrl+c or `kill`
// stops the wait with 130 and says the key was not stored. The read ignored
// the stop and waited for a pipe that never closed.
func TestKeySetStdinStopsWhileThePipeStaysOpen(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	stopWith(t, ctx)
	pipe, writer := io.Pipe()
	defer writer.Close()
	env, out, errOut := sandboxEnv()
	env.In = pipe
	done := make(chan int, 1)
	go func() { done <- Main([]string{"--lang", "en", "--demo", "key", "set", "--stdin"}, env) }()
	cancel()
	select {
	case code := <-done:
		if code != ExitInterrupted {
			t.Errorf("exit %d, want %d\n%s", code, ExitInterrupted, errOut.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("key set --stdin still waits for its input after the stop")
	}
	if !strings.Contains(errOut.String(), "The key was not stored.") || out.String() != "" {
		t.Errorf("stdout %q, stderr %q: want only that the key was not stored", out.String(), errOut.String())
	}
}

// envStuckChild makes the test binary play a command that cannot notice the
// stop (blocked on its input), for TestSecondSignalEndsAStuckCommand.
const envStuckChild = "PAYSTACK_SETUP_TEST_STUCK_CHILD"

// The first ctrl+c or `kill` asks a command to stop; if it is stuck where it
// cannot notice, the second must end it, as it would any program.
func TestSecondSignalEndsAStuckCommand(t *testing.T) {
	if os.Getenv(envStuckChild) == "1" {
		ctx, stop := notifyInterrupt()
		defer stop()
		fmt.Println("waiting")
		<-ctx.Done()
		fmt.Println("stopping")
		_, _ = io.ReadAll(os.Stdin) // the parent never closes it
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestSecondSignalEndsAStuckCommand$")
	cmd.Env = append(os.Environ(), envStuckChild+"=1")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(stdout)
	for _, step := range []string{"waiting", "stopping"} {
		for lines.Scan() && lines.Text() != step {
		}
		if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
	}
	for lines.Scan() {
	}
	err = cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		t.Fatalf("the child ended with %v", err)
	}
	if ws, ok := ee.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGTERM {
		t.Errorf("the second SIGTERM did not end the stuck command: %v", err)
	}
}
