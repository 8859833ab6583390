// Package faults runs the built binary against a sandbox Paystack that fails
// in every way Paystack (or the network in front of it) can:
//
//	go test ./e2e/faults
//
// Each failure must reach the merchant as a sentence that says what to do,
// with exit code 1, no Go error text, and their saved answers intact.
package faults

import (
	"encoding/json"
	"fmt"
	"net"
	"reflect"
	"strings"
	"testing"
	"time"

	"paystack-setup/e2e/internal/harness"
	"paystack-setup/msg"
	"paystack-setup/paystack/sandbox"
)

// faultCase breaks the sandbox (or the way to it) for a finished setup.
type faultCase struct {
	name string
	// breakIt changes the world after the setup was saved; it may return extra
	// environment for the run (a different API base).
	breakIt func(t *testing.T, w *harness.World, s harness.Setup) map[string]string
	// want is the sentence the merchant must see, in a language.
	want func(l msg.Lang, s harness.Setup, env map[string]string) string
	// failingCheck is the audit check that must be "fail" or "error".
	failingCheck string
}

func inject(f sandbox.Fault) func(*testing.T, *harness.World, harness.Setup) map[string]string {
	return func(_ *testing.T, w *harness.World, _ harness.Setup) map[string]string {
		w.Sandbox.InjectFault(f)
		return nil
	}
}

func fixed(id msg.ID, args ...any) func(msg.Lang, harness.Setup, map[string]string) string {
	return func(l msg.Lang, _ harness.Setup, _ map[string]string) string { return msg.In(l, id, args...) }
}

// closedPort is a loopback address nothing listens on.
func closedPort(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

func auditFaults() []faultCase {
	return []faultCase{
		{
			name: "connection_refused",
			breakIt: func(t *testing.T, _ *harness.World, _ harness.Setup) map[string]string {
				return map[string]string{"PAYSTACK_API_BASE": "http://" + closedPort(t)}
			},
			want: func(l msg.Lang, _ harness.Setup, env map[string]string) string {
				return msg.In(l, msg.PaystackErrNetwork, strings.TrimPrefix(env["PAYSTACK_API_BASE"], "http://"))
			},
			failingCheck: "key.accepted",
		},
		{
			name: "api_base_not_http",
			breakIt: func(*testing.T, *harness.World, harness.Setup) map[string]string {
				return map[string]string{"PAYSTACK_API_BASE": "ftp://paystack.example"}
			},
			want:         fixed(msg.PaystackErrBadRequest, "ftp://paystack.example"),
			failingCheck: "key.accepted",
		},
		{name: "429_without_retry_after", breakIt: inject(sandbox.Fault{Kind: sandbox.FaultRateLimited}),
			want: fixed(msg.PaystackErrRateLimited), failingCheck: "key.accepted"},
		{name: "429_with_retry_after", breakIt: inject(sandbox.Fault{Kind: sandbox.FaultRateLimited, RetryAfter: "1"}),
			want: fixed(msg.PaystackErrRetryAfter, "1s"), failingCheck: "key.accepted"},
		{name: "500", breakIt: inject(sandbox.Fault{Kind: sandbox.FaultStatus, Status: 500}),
			want: fixed(msg.PaystackErrUnavailable, 500), failingCheck: "key.accepted"},
		{name: "502", breakIt: inject(sandbox.Fault{Kind: sandbox.FaultStatus, Status: 502, ContentType: "text/html", Body: "<html><body><h1>502 Bad Gateway</h1></body></html>"}),
			want: fixed(msg.PaystackErrUnavailable, 502), failingCheck: "key.accepted"},
		{name: "503", breakIt: inject(sandbox.Fault{Kind: sandbox.FaultStatus, Status: 503}),
			want: fixed(msg.PaystackErrUnavailable, 503), failingCheck: "key.accepted"},
		{name: "cloudflare_html", breakIt: inject(sandbox.Fault{Kind: sandbox.FaultHTML}),
			want: fixed(msg.PaystackErrNotJSON, 403), failingCheck: "key.accepted"},
		{name: "malformed_json", breakIt: inject(sandbox.Fault{Kind: sandbox.FaultMalformedJSON}),
			want: fixed(msg.PaystackErrMalformed, 200), failingCheck: "key.accepted"},
		{
			name: "revoked_key",
			breakIt: func(_ *testing.T, w *harness.World, s harness.Setup) map[string]string {
				w.Sandbox.RevokeKey(s.Key)
				return nil
			},
			want: fixed(msg.ChkKeyRejected), failingCheck: "key.accepted",
		},
		{
			name: "subaccount_deleted",
			breakIt: func(t *testing.T, w *harness.World, s harness.Setup) map[string]string {
				if !w.Sandbox.DeleteSubaccount(s.Subaccount) {
					t.Fatalf("sandbox has no subaccount %s to delete", s.Subaccount)
				}
				return nil
			},
			want: func(l msg.Lang, s harness.Setup, _ map[string]string) string {
				return msg.In(l, msg.ChkSubGone, s.Subaccount)
			},
			failingCheck: "subaccount.exists",
		},
	}
}

// answers is the state file without what an audit is allowed to change.
func answers(t *testing.T, w *harness.World, profile string) map[string]any {
	t.Helper()
	st, ok := harness.ReadState(t, w.StatePath(profile))
	if !ok {
		t.Fatalf("the state file of %q is gone", profile)
	}
	delete(st, "last_audit")
	delete(st, "updated_at")
	return st
}

type auditReport struct {
	Checks []struct {
		ID     string `json:"id"`
		Status string `json:"status"`
		Detail string `json:"detail"`
		Fix    string `json:"fix"`
	} `json:"checks"`
	Summary map[string]int `json:"summary"`
}

// TestAuditFaults: every failure of Paystack or the network, through
// `audit` and `audit --json` of the built binary.
func TestAuditFaults(t *testing.T) {
	for _, fc := range auditFaults() {
		t.Run(fc.name, func(t *testing.T) {
			t.Parallel()
			w := harness.NewWorld(t)
			s := w.FinishedSetup(t, w.Profile)
			before := answers(t, w, w.Profile)
			env := map[string]string{"PAYSTACK_SECRET_KEY": s.Key}
			for k, v := range fc.breakIt(t, w, s) {
				env[k] = v
			}
			want := fc.want(msg.English, s, env)

			// The three runs wait on the client's retries, not the CPU: start them together.
			humanRun := w.Start(t, "audit", harness.Opts{Env: env}, "--profile", w.Profile, "audit")
			hindiRun := w.Start(t, "audit-hi", harness.Opts{Env: env}, "--profile", w.Profile, "--lang", "hi", "audit")
			jsonRun := w.Start(t, "audit-json", harness.Opts{Env: env}, "--profile", w.Profile, "audit", "--json")
			human, hindi, js := humanRun.Wait(), hindiRun.Wait(), jsonRun.Wait()

			if human.Code != 1 {
				t.Errorf("audit exit code = %d, want 1\n%s", human.Code, human)
			}
			if !strings.Contains(human.Output(), want) {
				t.Errorf("audit does not say %q\n%s", want, human)
			}
			harness.NoRawGoError(t, "audit", human.Output())

			if hindi.Code != 1 {
				t.Errorf("audit --lang hi exit code = %d, want 1\n%s", hindi.Code, hindi)
			}
			if wantHi := fc.want(msg.Hindi, s, env); !strings.Contains(hindi.Output(), wantHi) {
				t.Errorf("audit --lang hi does not say %q\n%s", wantHi, hindi)
			}
			harness.NoRawGoError(t, "audit --lang hi", hindi.Output())

			if js.Code != 1 {
				t.Errorf("audit --json exit code = %d, want 1\n%s", js.Code, js)
			}
			harness.NoRawGoError(t, "audit --json", js.Output())
			var rep auditReport
			if err := json.Unmarshal([]byte(js.Stdout), &rep); err != nil {
				t.Fatalf("audit --json stdout is not JSON: %v\n%s", err, js)
			}
			found := false
			for _, c := range rep.Checks {
				if c.ID != fc.failingCheck {
					continue
				}
				found = true
				if c.Status != "fail" && c.Status != "error" {
					t.Errorf("check %s has status %q, want fail or error\n%s", c.ID, c.Status, js.Stdout)
				}
				if strings.TrimSpace(c.Fix) == "" {
					t.Errorf("check %s failed without a fix\n%s", c.ID, js.Stdout)
				}
				if !strings.Contains(c.Detail+" "+c.Fix, want) {
					t.Errorf("check %s does not say %q: detail %q, fix %q", c.ID, want, c.Detail, c.Fix)
				}
			}
			if !found {
				t.Errorf("audit --json has no check %s\n%s", fc.failingCheck, js.Stdout)
			}
			if rep.Summary["fail"]+rep.Summary["error"] == 0 {
				t.Errorf("audit --json summary shows nothing failed: %v", rep.Summary)
			}

			if after := answers(t, w, w.Profile); !reflect.DeepEqual(before, after) {
				t.Errorf("the audit changed the saved answers:\nbefore %v\nafter  %v", before, after)
			}
			w.SnapshotConfig(t, "after")
		})
	}
}

// envHTTPTimeout is the knob the binary needs so that a hanging Paystack can
// be tested without waiting the client's 20-second default four times.
const envHTTPTimeout = "PAYSTACK_SETUP_HTTP_TIMEOUT"

// TestAuditTimeout: Paystack accepts the connection and never answers.
func TestAuditTimeout(t *testing.T) {
	w := harness.NewWorld(t)
	help := w.Run(t, "help", harness.Opts{}, "--help")
	if !strings.Contains(help.Stdout, envHTTPTimeout) {
		t.Skipf("the binary offers no way to shorten Paystack's 20 s timeout (%s is not in --help); "+
			"a hang would make this test take over a minute", envHTTPTimeout)
	}
	s := w.FinishedSetup(t, w.Profile)
	before := answers(t, w, w.Profile)
	w.Sandbox.InjectFault(sandbox.Fault{Kind: sandbox.FaultHang})
	env := map[string]string{"PAYSTACK_SECRET_KEY": s.Key, envHTTPTimeout: "300ms"}
	r := w.Run(t, "audit", harness.Opts{Env: env, Timeout: 30 * time.Second}, "--profile", w.Profile, "audit")
	if r.Code != 1 {
		t.Errorf("exit code = %d, want 1\n%s", r.Code, r)
	}
	if want := msg.In(msg.English, msg.PaystackErrTimeout); !strings.Contains(r.Output(), want) {
		t.Errorf("audit does not say %q\n%s", want, r)
	}
	harness.NoRawGoError(t, "audit", r.Output())
	if after := answers(t, w, w.Profile); !reflect.DeepEqual(before, after) {
		t.Errorf("the audit changed the saved answers:\nbefore %v\nafter  %v", before, after)
	}
}

// waitForRequest waits until the sandbox has received a call to path.
func waitForRequest(t *testing.T, w *harness.World, method, path string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for w.Sandbox.RequestsTo(method, path) == 0 {
		if time.Now().After(deadline) {
			t.Fatalf("no %s %s reached the sandbox", method, path)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestAuditCtrlCDuringHangingCall: Paystack hangs, the merchant presses
// ctrl+c: the audit stops at once with 130 and leaves the saved answers whole.
func TestAuditCtrlCDuringHangingCall(t *testing.T) {
	w := harness.NewWorld(t)
	s := w.FinishedSetup(t, w.Profile)
	before := answers(t, w, w.Profile)
	w.Sandbox.InjectFault(sandbox.Fault{Kind: sandbox.FaultHang})
	env := map[string]string{"PAYSTACK_SECRET_KEY": s.Key}
	p := w.Start(t, "audit", harness.Opts{Env: env, Timeout: 15 * time.Second}, "--profile", w.Profile, "audit")
	waitForRequest(t, w, "GET", "/balance")
	p.Interrupt()
	r := p.Wait()
	if r.Code != 130 {
		t.Errorf("exit code = %d, want 130\n%s", r.Code, r)
	}
	harness.NoRawGoError(t, "audit", r.Output())
	if after := answers(t, w, w.Profile); !reflect.DeepEqual(before, after) {
		t.Errorf("the interrupted audit changed the saved answers:\nbefore %v\nafter  %v", before, after)
	}
	harness.NoTempFiles(t, w.StatePath(w.Profile))
}

// TestAuditIPWhitelistRefusal: Paystack refuses this computer's address
// (status 401 or 403, Paystack documents neither). That proves the key has
// a whitelist: the checks made here still run, those that need Paystack are
// skipped, not failed, and the choice is explained once, in English and
// Hindi, and in the JSON's notes.
func TestAuditIPWhitelistRefusal(t *testing.T) {
	for _, status := range []int{401, 403} {
		t.Run(fmt.Sprint(status), func(t *testing.T) {
			t.Parallel()
			w := harness.NewWorld(t)
			s := w.FinishedSetup(t, w.Profile)
			before := answers(t, w, w.Profile)
			w.Sandbox.InjectFault(sandbox.Fault{Kind: sandbox.FaultIPNotAllowed, Status: status})
			env := map[string]string{"PAYSTACK_SECRET_KEY": s.Key}
			human := w.Start(t, "audit", harness.Opts{Env: env}, "--profile", w.Profile, "--lang", "en", "audit")
			hindi := w.Start(t, "audit-hi", harness.Opts{Env: env}, "--profile", w.Profile, "--lang", "hi", "audit")
			jsonRun := w.Start(t, "audit-json", harness.Opts{Env: env}, "--profile", w.Profile, "audit", "--json")
			for _, run := range []struct {
				r    harness.Result
				lang msg.Lang
			}{{human.Wait(), msg.English}, {hindi.Wait(), msg.Hindi}} {
				note := msg.In(run.lang, msg.ChkNoteIPBlocked, "185.236.142.1")
				if run.r.Code != 0 || strings.Count(harness.Flat(run.r.Stdout), harness.Flat(note)) != 1 {
					t.Errorf("[%s] exit %d, want 0 with the whitelist note once\n%s", run.lang, run.r.Code, run.r)
				}
				harness.NoRawGoError(t, "audit", run.r.Output())
			}
			js := jsonRun.Wait()
			var rep struct {
				auditReport
				Notes []struct {
					ID string `json:"id"`
				} `json:"notes"`
			}
			if err := json.Unmarshal([]byte(js.Stdout), &rep); err != nil {
				t.Fatalf("audit --json: %v\n%s", err, js)
			}
			if len(rep.Notes) != 1 || rep.Notes[0].ID != "ip_whitelist_blocked" || rep.Summary["fail"] != 0 {
				t.Errorf("notes %+v, summary %v", rep.Notes, rep.Summary)
			}
			for _, c := range rep.Checks {
				if (c.ID == "key.ip_allowed" || c.ID == "key.accepted") && c.Status != "skip" {
					t.Errorf("%s: %s, want skip", c.ID, c.Status)
				}
			}
			if after := answers(t, w, w.Profile); !reflect.DeepEqual(before, after) {
				t.Errorf("the audit changed the saved answers:\nbefore %v\nafter  %v", before, after)
			}
		})
	}
}
