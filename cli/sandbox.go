package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"syscall"

	"paystack-setup/msg"
	"paystack-setup/paystack/sandbox"
)

func init() {
	Register(&Command{Name: "sandbox", Summary: msg.SandboxSummary, Help: msg.SandboxHelp, Run: runSandbox})
}

// runSandbox serves the sandbox until interrupted. The one line a script may
// want (PAYSTACK_API_BASE=...) goes to stdout; everything for the person to
// stderr.
func runSandbox(ctx context.Context, e *Env, args []string) int {
	fs := flag.NewFlagSet("sandbox", flag.ContinueOnError)
	listen := fs.String("listen", "127.0.0.1:8089", e.T(msg.SandboxFlagListen))
	latency := fs.Duration("latency", 0, e.T(msg.SandboxFlagLatency))
	subaccounts := fs.Int("subaccounts", 0, e.T(msg.SandboxFlagSubs))
	rate := fs.Int("rate", 0, e.T(msg.SandboxFlagRate))
	usd := fs.Bool("usd", false, e.T(msg.SandboxFlagUSD))
	if !parseFlags(e, fs, args) {
		return ExitUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(e.Err, e.T(msg.SandboxExtraArgs, fs.Arg(0)))
		return ExitUsage
	}
	for _, c := range []struct {
		name     string
		negative bool
	}{{"latency", *latency < 0}, {"subaccounts", *subaccounts < 0}, {"rate", *rate < 0}} {
		if c.negative {
			fmt.Fprintln(e.Err, e.T(msg.SandboxNegative, c.name, fs.Lookup(c.name).Value.String()))
			return ExitUsage
		}
	}
	if !sandbox.IsLoopback(*listen) {
		fmt.Fprintln(e.Err, e.T(msg.SandboxNotLoopback, *listen))
		return ExitUsage
	}

	srv := sandbox.New(sandbox.Options{Latency: *latency, RateLimit: *rate, Subaccounts: *subaccounts, USDBalance: *usd})
	base, stop, err := srv.Listen(*listen)
	if err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			_, port, _ := net.SplitHostPort(*listen)
			fmt.Fprintln(e.Err, e.T(msg.SandboxPortInUse, port))
		} else {
			fmt.Fprintln(e.Err, e.T(msg.SandboxListenFailed, *listen))
		}
		return ExitFail
	}
	fmt.Fprintln(e.Err, e.T(msg.SandboxListening, base))
	fmt.Fprintln(e.Out, "PAYSTACK_API_BASE="+base)
	fmt.Fprintln(e.Err, e.T(msg.SandboxPointProduct, base))
	fmt.Fprintln(e.Err)
	fmt.Fprintln(e.Err, e.T(msg.SandboxDemoKeys))
	fmt.Fprintln(e.Err, e.T(msg.SandboxKeyTest, maskDemoKey(sandbox.DemoTestKey)))
	fmt.Fprintln(e.Err, e.T(msg.SandboxKeyLive, maskDemoKey(sandbox.DemoLiveKey)))
	fmt.Fprintln(e.Err, e.T(msg.SandboxKeysWhere))
	limit := e.T(msg.SandboxNoLimit)
	if *rate > 0 {
		limit = e.printer().Text(msg.Plural(msg.SandboxRatePerSecond, *rate))
	}
	fmt.Fprintln(e.Err, e.T(msg.SandboxSettings, latency.String(), limit, *subaccounts))
	if *usd {
		fmt.Fprintln(e.Err, e.T(msg.SandboxUSDOn))
	}
	fmt.Fprintln(e.Err, e.T(msg.SandboxStopHint))

	<-ctx.Done()
	_ = stop() // closing a loopback listener we own; nothing for the person to act on
	fmt.Fprintln(e.Err, e.T(msg.SandboxStopped, srv.Requests()))
	// Stopping is how the sandbox is meant to end (its help says so), not
	// work left undone: 0, not 130.
	return ExitOK
}

// maskDemoKey shows a key as "sk_test_…0001". The demo keys are public, but
// printing them whole would teach people that printing keys is normal.
func maskDemoKey(k string) string {
	if len(k) < 12 {
		return "…"
	}
	return k[:8] + "…" + k[len(k)-4:]
}
