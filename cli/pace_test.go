package cli

import (
	"testing"

	"paystack-setup/state"
)

// The audit keeps what its requests learned about Paystack's pace, as the
// wizard and the listing commands do, so that the next run of the profile
// does not meet the same limit again.
func TestTheAuditKeepsThePaceItLearned(t *testing.T) {
	w := newAuditWorld(t)
	w.srv.SetRateLimit(2) // fewer than the audit's requests: one meets the limit
	if code, out, errOut := w.run(t, "--lang", "en", "audit", "--json"); code != ExitOK && code != ExitFail {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	if n := w.srv.Requests(); n <= 2 {
		t.Fatalf("the audit made %d requests: this test needs more than the limit", n)
	}
	p, ok := state.ReadPace(w.dir, "shop-ng")
	if !ok || !p.Limited {
		t.Errorf("after an audit that met the limit the profile's pace is %+v (%v), want a ceiling", p, ok)
	}
}
