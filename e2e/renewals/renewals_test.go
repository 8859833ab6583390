// Package renewals drives `paystack-setup renewals` and `renewals
// send-links` as built, in a real terminal (tmux), against a loopback
// sandbox whose card-update emails are counted:
//
//	go test ./e2e/renewals
//
// The key comes from PAYSTACK_SECRET_KEY, a canary the world scans every
// capture and file for.
package renewals

import (
	"strings"
	"testing"
	"time"

	"paystack-setup/e2e/internal/harness"
	"paystack-setup/msg"
	"paystack-setup/paystack/sandbox"
)

// wait bounds every poll: generous for a loaded CI machine.
const wait = 30 * time.Second

// subscribers are a live key's subscribers: two failed renewals (the older
// listed first) and a card that expires before its next payment.
type subscribers struct {
	env                          map[string]string
	failedOld, failedNew, expiry string
}

func newSubscribers(t *testing.T, w *harness.World) subscribers {
	t.Helper()
	s := subscribers{env: map[string]string{"PAYSTACK_SECRET_KEY": w.NewKey(sandbox.ModeLive)}}
	now := time.Now().UTC()
	past := now.AddDate(0, -1, 0)
	add := func(sub sandbox.Subscriber) string {
		t.Helper()
		code, err := w.Sandbox.AddSubscription(sandbox.ModeLive, sub)
		if err != nil {
			t.Fatal(err)
		}
		return code
	}
	s.failedOld = add(sandbox.Subscriber{Status: sandbox.SubAttention, FirstName: "Ibrahim", LastName: "Bello", Email: "ibrahim@example.com", FailedAt: now.Add(-5 * 24 * time.Hour)})
	s.failedNew = add(sandbox.Subscriber{Status: sandbox.SubAttention, FirstName: "Funmilayo", LastName: "Adeyemi", Email: "funmi@example.com", FailedAt: now.Add(-1 * 24 * time.Hour)})
	s.expiry = add(sandbox.Subscriber{FirstName: "Tunde", LastName: "Balogun", Email: "tunde@example.com", CardExpMonth: int(past.Month()), CardExpYear: past.Year()})
	return s
}

func emails(w *harness.World, codes ...string) []int {
	n := make([]int, len(codes))
	for i, c := range codes {
		n[i] = w.Sandbox.ManageEmails(c)
	}
	return n
}

// On a terminal `renewals` opens the renewals view, the one the wizard's
// summary opens: the list, a subscriber's page, the email asked once and
// sent, and back from the list leaves with 0.
func TestRenewalsOpensTheViewOnATerminal(t *testing.T) {
	w := harness.NewWorld(t)
	s := newSubscribers(t, w)
	tm := w.StartTerm(t, "view", s.env, "--lang", "en", "--profile", w.Profile, "renewals")
	tm.WaitFor("list", wait, msg.In(msg.English, msg.RenPickTitle), "Ibrahim Bello", "Funmilayo Adeyemi", "Tunde Balogun")
	tm.Keys("Enter") // the oldest failure is first
	tm.WaitFor("subscriber", wait, "Subscriber: Ibrahim Bello", s.failedOld)
	tm.Keys("e")
	tm.WaitFor("consent", wait, msg.In(msg.English, msg.RenConsentTitle), "ibrahim@example.com")
	if got := emails(w, s.failedOld); got[0] != 0 {
		t.Fatalf("emailed before the answer: %v", got)
	}
	tm.Keys("y")
	tm.WaitForSentence("sent", wait, msg.In(msg.English, msg.RenSentSummary, 1, 0, 0))
	if got := emails(w, s.failedOld, s.failedNew, s.expiry); got[0] != 1 || got[1]+got[2] != 0 {
		t.Errorf("emails sent %v, want one to Ibrahim Bello only", got)
	}
	tm.Keys("Escape")
	if code := tm.WaitExit(wait); code != 0 {
		t.Errorf("exit %d after leaving the list; stderr: %s", code, tm.Stderr())
	}
}

// send-links on a terminal lists who will get an email and asks once:
// Enter sends nothing, y sends one to each; a run after that, even from a
// script with --yes, sends none and says until when.
func TestSendLinksAsksOnceOnATerminal(t *testing.T) {
	w := harness.NewWorld(t)
	s := newSubscribers(t, w)
	question := msg.Plural(msg.RenCmdSendAsk, 3).In(msg.English)
	ask := func(name string) *harness.Term {
		tm := w.StartTerm(t, name, s.env, "--lang", "en", "--profile", w.Profile, "renewals", "send-links")
		tm.WaitFor(name, wait, msg.Plural(msg.RenCmdSendWill, 3).In(msg.English), "Ibrahim Bello", "Funmilayo Adeyemi", "Tunde Balogun")
		deadline := time.Now().Add(wait)
		for !strings.Contains(tm.Stderr(), strings.TrimSpace(question)) {
			if time.Now().After(deadline) {
				t.Fatalf("%s: never asked %q; stderr: %s", name, question, tm.Stderr())
			}
			time.Sleep(100 * time.Millisecond)
		}
		return tm
	}

	tm := ask("enter")
	tm.Keys("Enter")
	if code := tm.WaitExit(wait); code != 0 {
		t.Errorf("Enter: exit %d", code)
	}
	tm.WaitFor("enter-said", wait, msg.In(msg.English, msg.RenNotSent))
	if got := emails(w, s.failedOld, s.failedNew, s.expiry); got[0]+got[1]+got[2] != 0 {
		t.Fatalf("Enter sent emails: %v", got)
	}

	tm = ask("yes")
	tm.Type("y")
	tm.Keys("Enter")
	if code := tm.WaitExit(wait); code != 0 {
		t.Errorf("y: exit %d; stderr: %s", code, tm.Stderr())
	}
	tm.WaitForSentence("yes-said", wait, msg.In(msg.English, msg.RenSentSummary, 3, 0, 0))
	if got := emails(w, s.failedOld, s.failedNew, s.expiry); got[0] != 1 || got[1] != 1 || got[2] != 1 {
		t.Fatalf("y sent %v, want one each", got)
	}

	r := w.Run(t, "again", harness.Opts{Env: s.env}, "--lang", "en", "--profile", w.Profile, "renewals", "send-links", "--yes")
	if r.Code != 0 || !strings.Contains(r.Stdout, msg.In(msg.English, msg.RenSentSummary, 0, 3, 0)) || !strings.Contains(r.Stdout, "can be emailed again after ") {
		t.Errorf("the run again: %s", r)
	}
	if got := emails(w, s.failedOld, s.failedNew, s.expiry); got[0] != 1 || got[1] != 1 || got[2] != 1 {
		t.Errorf("the run again sent more: %v", got)
	}
}
