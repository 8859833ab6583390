package cli

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"paystack-setup/msg"
	"paystack-setup/payments"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/state"
)

// The watch commands run on the audit's world: the live demo key, a
// sandbox on a loopback port whose live mode starts with no charge, and
// profile shop-ng, whose subaccount is Chinedu Okafor Academy.

// runningWatch is a watch command running; buy makes purchases arrive once it
// has looked at least twice, so its first look (what "before the start"
// means) is surely behind it.
type runningWatch struct {
	w    *auditWorld
	done chan result
}

type result struct {
	code        int
	out, errOut string
}

func (w *auditWorld) startWatch(t *testing.T, args ...string) *runningWatch {
	t.Helper()
	r := &runningWatch{w: w, done: make(chan result, 1)}
	go func() {
		code, out, errOut := w.run(t, append([]string{"--lang", "en", "watch"}, args...)...)
		r.done <- result{code, out, errOut}
	}()
	return r
}

func (r *runningWatch) buy(t *testing.T, purchases ...sandbox.Purchase) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for r.w.srv.RequestsTo("GET", "/transaction") < 2 {
		if time.Now().After(deadline) {
			t.Fatal("watch did not look at Paystack's charges twice within a minute")
		}
		time.Sleep(20 * time.Millisecond)
	}
	for _, p := range purchases {
		if _, err := r.w.srv.AddPurchase(sandbox.ModeLive, p); err != nil {
			t.Fatal(err)
		}
	}
}

func (r *runningWatch) wait(t *testing.T) result {
	t.Helper()
	select {
	case res := <-r.done:
		return res
	case <-time.After(2 * time.Minute):
		t.Fatal("watch did not end")
		return result{}
	}
}

// --json prints one documented object a line for each new charge, the
// failed one too, oldest first; a charge from before the start is never
// printed; --until-one ends on the first paid one, routed: exit 0.
func TestWatchJSONLinesForNewChargesOnly(t *testing.T) {
	w := newAuditWorld(t)
	old, err := w.srv.AddPurchase(sandbox.ModeLive, sandbox.Purchase{Subaccount: w.code})
	if err != nil {
		t.Fatal(err)
	}
	r := w.startWatch(t, "--json", "--until-one", "--timeout", "2m")
	r.buy(t, sandbox.Purchase{Subaccount: w.code, Status: "failed", Amount: 100},
		sandbox.Purchase{Subaccount: w.code, Amount: 250000, At: time.Now().Add(time.Second)})
	res := r.wait(t)
	if res.code != ExitOK {
		t.Fatalf("exit %d, want 0\n%s\n%s", res.code, res.out, res.errOut)
	}
	if strings.Contains(res.out, old) {
		t.Errorf("a charge from before the start was printed:\n%s", res.out)
	}
	lines := strings.Split(strings.TrimSuffix(res.out, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 JSON lines, got:\n%s", res.out)
	}
	var got []payments.Line
	for _, l := range lines {
		dec := json.NewDecoder(bytes.NewReader([]byte(l)))
		dec.DisallowUnknownFields()
		var pl payments.Line
		if err := dec.Decode(&pl); err != nil {
			t.Fatalf("not a documented line: %v\n%s", err, l)
		}
		got = append(got, pl)
	}
	if got[0].Status != "failed" || got[0].PaidAt != nil || got[0].Amount != "1.00" {
		t.Errorf("the failed charge: %+v", got[0])
	}
	if got[1].Status != "success" || !got[1].Routed || got[1].SubaccountCode != w.code || got[1].Amount != "2500.00" || got[1].Currency != "NGN" || got[1].PaidAt == nil {
		t.Errorf("the paid charge: %+v", got[1])
	}
	if !strings.Contains(res.errOut, msg.In(msg.English, msg.WatchFirstRouted, "Chinedu Okafor Academy", w.code)) {
		t.Errorf("stderr does not say the first payment reached the subaccount:\n%s", res.errOut)
	}
}

// A first payment that was not split: the line says where the money went
// and whose it was (masked), and --until-one ends with 1 and the fix in
// systeme.io.
func TestWatchUntilOneUnsplitExitsOne(t *testing.T) {
	w := newAuditWorld(t)
	r := w.startWatch(t, "--until-one", "--timeout", "2m")
	r.buy(t, sandbox.Purchase{Email: "amaka.uche@example.com"})
	res := r.wait(t)
	if res.code != ExitFail {
		t.Fatalf("exit %d, want 1\n%s\n%s", res.code, res.out, res.errOut)
	}
	name := "Chinedu Okafor Academy"
	for _, want := range []string{"NGN 5,000.00 paid", "customer a***@example.com", msg.In(msg.English, msg.StBuyUnsplit, name, w.code)} {
		if !strings.Contains(res.out, want) {
			t.Errorf("stdout lacks %q:\n%s", want, res.out)
		}
	}
	if strings.Contains(res.out+res.errOut, "amaka.uche") {
		t.Error("the customer's whole address was printed")
	}
	for _, want := range []string{msg.In(msg.English, msg.WatchFirstNot, name, w.code), msg.In(msg.English, msg.ChkPayRoutedFix, name, w.code)} {
		if !strings.Contains(res.errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, res.errOut)
		}
	}
}

// --subaccount compares with another subaccount than the profile's (and
// saves nothing); a code Paystack does not know is refused, not watched.
func TestWatchSubaccountOverridesTheProfiles(t *testing.T) {
	w := newAuditWorld(t)
	other := w.codes(t)["Lagos Fitness Club"]
	w.srv.ResetCounters()
	r := w.startWatch(t, "--until-one", "--timeout", "2m", "--subaccount", other)
	r.buy(t, sandbox.Purchase{Subaccount: other})
	if res := r.wait(t); res.code != ExitOK || !strings.Contains(res.out, msg.In(msg.English, msg.StBuyRouted, "Lagos Fitness Club", other)) {
		t.Fatalf("exit %d, want 0 and the charge routed to the override\n%s\n%s", res.code, res.out, res.errOut)
	}
	if st, _, _ := state.Read(w.dir, "shop-ng"); st.Subaccount == nil || st.Subaccount.Code != w.code {
		t.Errorf("--subaccount changed the profile's subaccount: %+v", st.Subaccount)
	}

	code, _, errOut := w.run(t, "--lang", "en", "watch", "--subaccount", "ACCT_nosuchcode")
	if code != ExitFail || !strings.Contains(errOut, msg.In(msg.English, msg.SubCmdCodeUnknown, "ACCT_nosuchcode", msg.In(msg.English, msg.ModeLive), "shop-ng")) {
		t.Errorf("an unknown code: exit %d\n%s", code, errOut)
	}
}

// --timeout ends with 1 and a sentence when nothing new came; a timeout
// that is no time at all is a usage error.
func TestWatchTimeout(t *testing.T) {
	w := newAuditWorld(t)
	code, out, errOut := w.run(t, "--lang", "en", "watch", "--timeout", "1s")
	if code != ExitFail || out != "" || !strings.Contains(errOut, msg.In(msg.English, msg.WatchTimeoutQuiet, "1s")) {
		t.Errorf("exit %d, stdout %q\n%s", code, out, errOut)
	}
	if strings.ContainsAny(errOut, "\r\x1b") {
		t.Errorf("a spinner drawn on a stderr that is no terminal: %q", errOut)
	}
	code, _, errOut = w.run(t, "--lang", "en", "watch", "--timeout", "0s")
	if code != ExitUsage || !strings.Contains(errOut, msg.In(msg.English, msg.WatchBadTimeout)) {
		t.Errorf("--timeout 0s: exit %d\n%s", code, errOut)
	}
}

// Without a key, watch says that the payments are read with it and how to
// store it, and waits for nothing.
func TestWatchWithoutAKeySaysHowToStoreIt(t *testing.T) {
	w := newAuditWorld(t)
	delete(w.vars, "PAYSTACK_SECRET_KEY")
	code, out, errOut := w.run(t, "--lang", "en", "watch", "--timeout", "5m")
	if want := msg.In(msg.English, msg.WatchNoKey, "shop-ng", "shop-ng"); code != ExitFail || out != "" || !strings.Contains(errOut, want) {
		t.Errorf("exit %d, stdout %q, stderr %q; want 1 and %q", code, out, errOut, want)
	}
	if n := w.srv.RequestsTo("GET", "/transaction"); n != 0 {
		t.Errorf("watch asked Paystack %d times without a key", n)
	}
}
