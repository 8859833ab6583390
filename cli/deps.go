package cli

import (
	"fmt"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strings"

	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/setup"
)

// Services are the real or demo dependencies of a command.
type Services struct {
	Keys      *keystore.Store
	NewClient func(paystack.SecretKey) *paystack.Client
	StateRoot string
	Sandbox   *sandbox.Server // demo only
	Close     func()
}

// services builds what a command talks to. The demo gets an in-process
// sandbox (no network at all), a memory keyring and a throw-away state dir, so
// trying the product can never touch a merchant's real account or files.
func (e *Env) services() (*Services, error) {
	// Paystack's support can tell this tool's calls (and its version) from
	// the merchant's other integrations when they look at a request log.
	// Clipped: each client below appends its own options to a fresh array.
	timeout := slices.Clip(append(e.httpTimeout(), paystack.WithUserAgent("paystack-setup/"+e.Version)))
	if !e.Demo {
		opts := timeout
		if e.APIBase != "" {
			opts = append(opts, paystack.WithBaseURL(e.APIBase))
		}
		return &Services{
			Keys: keyStoreFor(e),
			NewClient: func(k paystack.SecretKey) *paystack.Client {
				return paystack.New(k, opts...)
			},
			StateRoot: e.ConfigDir,
			Close:     func() {},
		}, nil
	}
	dir, err := os.MkdirTemp("", "paystack-setup-demo-")
	if err != nil {
		return nil, demoDirError{}
	}
	srv := sandbox.New(sandbox.Options{})
	httpClient := &http.Client{Transport: srv.Transport()}
	demoEnv := *e
	demoEnv.ConfigDir = dir
	return &Services{
		Keys: keyStoreFor(&demoEnv),
		NewClient: func(k paystack.SecretKey) *paystack.Client {
			return paystack.New(k, append(timeout, paystack.WithBaseURL(sandbox.BaseURL), paystack.WithHTTPClient(httpClient))...)
		},
		StateRoot: dir,
		Sandbox:   srv,
		Close:     func() { _ = os.RemoveAll(dir) },
	}, nil
}

// options are what a setup session of profile needs from these services.
func (svc *Services) options(e *Env, profile string) setup.Options {
	o := setup.Options{Profile: profile, Demo: e.Demo, StateRoot: svc.StateRoot, Keys: svc.Keys, NewClient: svc.NewClient}
	if srv := svc.Sandbox; srv != nil {
		// The demo's test purchase: the merchant cannot pay a sandbox, so
		// the wizard makes the purchase arrive (setup.MakeDemoPurchase).
		o.DemoPurchase = func(mode paystack.Mode, subaccount string) error {
			_, err := srv.AddPurchase(sandbox.Mode(mode), sandbox.Purchase{Subaccount: subaccount})
			return err
		}
	}
	return o
}

// demoDirError hides the OS error text, which names no action to take.
type demoDirError struct{}

func (demoDirError) Error() string  { return "demo: no temporary folder" }
func (demoDirError) Text() msg.Text { return msg.New(msg.WizDemoNoTempDir) }

// httpTimeout reads PAYSTACK_SETUP_HTTP_TIMEOUT: a slow link (or a test of a
// hanging Paystack) needs a limit other than the client's default per request.
func (e *Env) httpTimeout() []paystack.Option {
	v := e.Getenv("PAYSTACK_SETUP_HTTP_TIMEOUT")
	if v == "" {
		return nil
	}
	d, err := keystore.ParseTimeout(v)
	if err != nil || d <= 0 {
		fmt.Fprintln(e.Err, e.T(msg.CLIBadHTTPTimeout, v))
		return nil
	}
	return []paystack.Option{paystack.WithTimeout(d)}
}

// apiBaseWarning is said when --api-base or PAYSTACK_API_BASE sends the calls,
// and the secret key with them, to a host that is neither Paystack nor this
// computer: a variable left over from a test (a tunnel, a mock) would hand
// the key to whoever runs that server, without a word.
func (e *Env) apiBaseWarning() msg.Text {
	if e.Demo || e.APIBase == "" {
		return msg.Text{}
	}
	u, err := url.Parse(e.APIBase)
	if err != nil || u.Hostname() == "" {
		return msg.Text{} // the client refuses it and says why
	}
	if host := u.Hostname(); strings.EqualFold(host, paystackHost) || paystack.IsLoopbackHost(host) {
		return msg.Text{}
	}
	return msg.New(msg.CLIAPIBaseElsewhere, u.Host)
}

// paystackHost is the host of the client's default base URL.
var paystackHost = func() string {
	u, _ := url.Parse(paystack.DefaultBaseURL)
	return u.Hostname()
}()
