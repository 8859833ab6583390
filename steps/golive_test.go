package steps_test

import (
	"context"
	"strings"
	"testing"

	"paystack-setup/msg"
	"paystack-setup/steps"
	"paystack-setup/steps/steptest"
)

// offers reports whether a Choice has an option labelled id.
func offers(q steps.Choice, id msg.ID) bool {
	for _, o := range q.Options {
		if o.Label.ID == id {
			return true
		}
	}
	return false
}

// A clean test setup is offered the way to live mode (#12 item 9): what
// live mode needs, each step to repeat with the live key by its number, the
// live webhook field, and a profile of its own; back returns to the results.
func TestSummaryOffersGoingLiveOnceTheTestSetupIsClean(t *testing.T) {
	w := newAuditWorld(t)
	s := w.open()
	s.RecordIPWhitelist() // the one failure of the audit world
	s.MarkDone("summary") // a rerun: the wizard opens on the results
	c := &choices{s: s, Prompter: steptest.New(t,
		steptest.ChooseLabel(msg.StSumGoLive),
		steptest.ChooseLabel(msg.StLiveBack),
		steptest.ChooseLabel(msg.StSumFinish))}
	if err := steps.RunWizard(context.Background(), s, c); err != nil {
		t.Fatal(err)
	}
	tr := c.Prompter.(*steptest.Prompter).Transcript()
	for _, want := range []string{
		en(msg.StLiveActivate),
		en(msg.StLiveSubaccount, 3),
		en(msg.StLiveSysteme, 4),
		en(msg.StLiveIP, "185.236.142.1", 5),
		en(msg.StLiveWebhook, en(msg.StHookFieldLive), 6),
		en(msg.StLivePurchase, 8),
		"paystack-setup --profile default-live",
		en(msg.StLiveProfiles),
	} {
		if !strings.Contains(tr, want) {
			t.Errorf("going live does not say %q:\n%s", want, tr)
		}
	}
	if p := c.Prompter.(*steptest.Prompter); !p.Said(msg.StSumExitOK) || p.Said(msg.StSumExitFail) {
		t.Errorf("a clean summary does not say Finish ends with exit code 0:\n%s", tr)
	}
	if len(c.asked) != 3 || !offers(c.asked[2], msg.StSumFinish) {
		t.Fatalf("back from going live did not return to the results: %d questions", len(c.asked))
	}
	if n := strings.Count(tr, "… "+en(msg.AccChecking)); n != 1 {
		t.Errorf("going live and back checked %d times, want once", n)
	}
}

// Going live is not offered while a check fails: the test setup is not
// clean yet, and the failure comes first.
func TestSummaryDoesNotOfferGoingLiveWhileACheckFails(t *testing.T) {
	w := newAuditWorld(t)
	s := w.open()
	c := &choices{s: s, Prompter: steptest.New(t, steptest.ChooseLabel(msg.StSumFinish))}
	if err := steps.Summary.Run(context.Background(), s, c); err != nil {
		t.Fatal(err)
	}
	if offers(c.asked[0], msg.StSumGoLive) {
		t.Error("going live is offered beside a failed check")
	}
}
