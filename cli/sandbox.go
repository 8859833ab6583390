package cli

import (
	"context"
	"errors"
	"fmt"
	"net"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"paystack-setup/msg"
	"paystack-setup/paystack/sandbox"
)

// SandboxOptions are the sandbox server's settings.
type SandboxOptions struct {
	Env *Env // streams, environment and global flags

	Listen      string
	Latency     time.Duration
	Subaccounts int
	Rate        int
	USD         bool
}

// NewCmdSandbox is `paystack-setup sandbox`.
func NewCmdSandbox(e *Env, runF func(context.Context, *SandboxOptions) error) *cobra.Command {
	p := e.printer()
	opts := &SandboxOptions{Env: e}
	cmd := &cobra.Command{
		Use:         "sandbox",
		Short:       p.T(msg.SandboxSummary),
		Long:        p.T(msg.SandboxHelp),
		Example:     p.T(msg.SandboxExamples),
		Annotations: keepsNothing,
		Args:        noArgs(func(arg string) msg.Text { return msg.New(msg.SandboxExtraArgs, arg) }),
		RunE: func(c *cobra.Command, _ []string) error {
			for _, n := range []struct {
				name     string
				negative bool
			}{{"latency", opts.Latency < 0}, {"subaccounts", opts.Subaccounts < 0}, {"rate", opts.Rate < 0}} {
				if n.negative {
					return refuse(msg.New(msg.SandboxNegative, n.name, c.Flags().Lookup(n.name).Value.String()))
				}
			}
			if !sandbox.IsLoopback(opts.Listen) {
				return refuse(msg.New(msg.SandboxNotLoopback, opts.Listen))
			}
			if runF != nil {
				return runF(c.Context(), opts)
			}
			return exitWith(sandboxRun(c.Context(), opts))
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Listen, "listen", "127.0.0.1:8089", p.T(msg.SandboxFlagListen))
	setValueName(f, "listen", "ADDR")
	f.DurationVar(&opts.Latency, "latency", 0, p.T(msg.SandboxFlagLatency))
	setValueName(f, "latency", "DUR")
	f.IntVar(&opts.Subaccounts, "subaccounts", 0, p.T(msg.SandboxFlagSubs))
	setValueName(f, "subaccounts", "N")
	f.IntVar(&opts.Rate, "rate", 0, p.T(msg.SandboxFlagRate))
	setValueName(f, "rate", "N")
	f.BoolVar(&opts.USD, "usd", false, p.T(msg.SandboxFlagUSD))
	return cmd
}

// sandboxRun serves the sandbox until interrupted. The one line a script may
// want (PAYSTACK_API_BASE=...) goes to stdout; everything for the person to
// stderr.
func sandboxRun(ctx context.Context, opts *SandboxOptions) int {
	e := opts.Env
	srv := sandbox.New(sandbox.Options{Latency: opts.Latency, RateLimit: opts.Rate, Subaccounts: opts.Subaccounts, USDBalance: opts.USD})
	base, stop, err := srv.Listen(opts.Listen)
	if err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			_, port, _ := net.SplitHostPort(opts.Listen)
			fmt.Fprintln(e.Err, e.T(msg.SandboxPortInUse, port))
		} else {
			fmt.Fprintln(e.Err, e.T(msg.SandboxListenFailed, opts.Listen))
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
	if opts.Rate > 0 {
		limit = e.printer().Text(msg.Plural(msg.SandboxRatePerSecond, opts.Rate))
	}
	fmt.Fprintln(e.Err, e.T(msg.SandboxSettings, opts.Latency.String(), limit, opts.Subaccounts))
	if opts.USD {
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
