package steps_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/plans"
	"paystack-setup/setup"
	"paystack-setup/steps"
	"paystack-setup/steps/steptest"
)

// auditWorld is a merchant whose setup is done up to the summary, on the
// in-process sandbox: the sandbox's test key in a memory keyring, a Nigerian
// subaccount, systeme.io connected, a webhook URL, the payment page's
// fields and a plan; only systeme.io's address is not confirmed on the IP
// whitelist, so exactly one check fails.
type auditWorld struct {
	t    *testing.T
	root string
	srv  *sandbox.Server
	keys *keystore.Store
	demo bool
}

func newAuditWorld(t *testing.T) *auditWorld {
	t.Helper()
	w := &auditWorld{t: t, root: t.TempDir(), srv: sandbox.New(sandbox.Options{})}
	w.keys = keystore.New(keystore.Options{Backend: keystore.NewMemoryBackend(), Dir: w.root, Getenv: func(string) string { return "" }})
	k, err := paystack.ParseSecretKey(sandbox.DemoTestKey)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.keys.Set(context.Background(), "default", k); err != nil {
		t.Fatal(err)
	}
	s := w.open()
	if err := s.RecordCountry("NG"); err != nil {
		t.Fatal(err)
	}
	subs, err := s.ListSubaccounts(context.Background(), nil)
	if err != nil || len(subs) == 0 {
		t.Fatalf("the sandbox lists no subaccount: %v", err)
	}
	for _, sa := range subs {
		if sa.Active && sa.Currency == "NGN" {
			s.ChooseSubaccount(sa, "", false)
			break
		}
	}
	s.RecordSystemeConnected()
	if _, _, err := s.RecordWebhookURL(systemeHook); err != nil {
		t.Fatal(err)
	}
	if err := s.RecordCheckoutFields(plans.RequiredFields); err != nil {
		t.Fatal(err)
	}
	if err := s.RecordPlans([]plans.Plan{{Name: "Gold", Amount: 500000, Currency: "NGN", Interval: plans.Month}}); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"welcome", "key", "subaccount", "systeme", "ipwhitelist", "webhook", "checkout", "purchase"} {
		s.MarkDone(id)
	}
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return w
}

// open opens the profile as a run of the wizard does; it is closed when the
// test ends.
func (w *auditWorld) open() *setup.Session {
	w.t.Helper()
	hc := &http.Client{Transport: w.srv.Transport()}
	s, _, err := setup.Open(context.Background(), setup.Options{
		Profile: "default", Demo: w.demo, StateRoot: w.root, Keys: w.keys,
		NewClient: func(k paystack.SecretKey) *paystack.Client {
			return paystack.New(k, paystack.WithBaseURL(sandbox.BaseURL), paystack.WithHTTPClient(hc), paystack.WithMaxRetries(0))
		},
	})
	if err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(func() { _ = s.Close() })
	return s
}

// line is the transcript's line that contains text ("" when none).
func line(transcript, text string) string {
	for _, l := range strings.Split(transcript, "\n") {
		if strings.Contains(l, text) {
			return l
		}
	}
	return ""
}

// choices keeps every Choice asked, and whether the audit was recorded by
// then.
type choices struct {
	steps.Prompter
	s        *setup.Session
	asked    []steps.Choice
	recorded []bool
	stopped  []bool // the session's AuditStopped when each was asked
}

func (c *choices) Choose(q steps.Choice) (int, error) {
	c.asked = append(c.asked, q)
	c.recorded = append(c.recorded, c.s.State().LastAudit != nil)
	c.stopped = append(c.stopped, c.s.AuditStopped())
	return c.Prompter.Choose(q)
}

// The first walk reaches the summary: every check with its mark, the fix of
// what is not right naming the step that helps, the cursor on the problem,
// where the key and the answers are kept; Finish ends the wizard with the
// audit's outcome saved for profiles list.
func TestSummaryShowsChecksFixesAndWhereThingsAre(t *testing.T) {
	w := newAuditWorld(t)
	s := w.open()
	p := steptest.New(t, steptest.ChooseLabel(msg.StSumFinish))
	if err := steps.RunWizard(context.Background(), s, p); err != nil {
		t.Fatal(err)
	}
	tr := p.Transcript()
	ip := line(tr, "fail: IP whitelist has 185.236.142.1 (test mode)")
	if !strings.Contains(ip, "(enter)") || !strings.Contains(ip, en(msg.ChkIPFix, "185.236.142.1", "test")+" See step 5, IP whitelist.") {
		t.Errorf("the failed check is not focused with its fix and step:\n%s", tr)
	}
	if l := line(tr, "pass: "+en(msg.ChkEvidencePaystack)+" · Paystack accepts the key"); l == "" || strings.Contains(l, "See step") {
		t.Errorf("a passing check is missing, does not say Paystack verified it, or comes with a fix:\n%s", tr)
	}
	// The merchant's word is never passed off as Paystack's (#12 item 1).
	if l := line(tr, en(msg.ChkSystemeTitle)); !strings.Contains(l, "pass: "+en(msg.ChkEvidenceMerchant)+" · "+en(msg.ChkSystemeTitle)) {
		t.Errorf("a confirmed check does not say the merchant confirmed it: %q", l)
	}
	if l := line(tr, "warn: Key mode"); !strings.Contains(l, "See step 2, Secret key.") || strings.Contains(l, "(enter)") {
		t.Errorf("a warning has no step, or takes the cursor from the failure: %q", l)
	}
	for _, want := range []string{en(msg.StSumKeyAt, en(msg.StKeyStoredKeyring)), en(msg.StSumStateAt, s.StatePath())} {
		if !strings.Contains(tr, want) {
			t.Errorf("not said: %q\n%s", want, tr)
		}
	}
	if p.Said(msg.WizAuditIntro) {
		t.Errorf("the first walk calls the setup complete:\n%s", tr)
	}
	if !p.Said(msg.StSumExitFail) || p.Said(msg.StSumExitOK) {
		t.Errorf("the summary does not say that a failure makes the exit code 1:\n%s", tr)
	}
	st := saved(t, w.root)
	if a := st.LastAudit; a == nil || a.Fail != 1 || a.Pass == 0 || a.Warn == 0 {
		t.Fatalf("the audit's outcome was not saved: %+v", a)
	}
	if !st.IsDone("summary") {
		t.Error("Finish did not finish the wizard")
	}
}

// Enter on the failed check opens the step that fixes it; once done there,
// the summary comes back, checks again, and the cursor rests on Finish.
func TestSummaryEnterOpensTheFixingStepAndComesBack(t *testing.T) {
	w := newAuditWorld(t)
	s := w.open()
	p := steptest.New(t,
		steptest.Enter(),                   // the IP whitelist check
		steptest.ChooseLabel(msg.StIPDone), // step 5: I added it
		steptest.Enter())                   // Finish
	if err := steps.RunWizard(context.Background(), s, p); err != nil {
		t.Fatal(err)
	}
	if got := ids(p.Began()); got != "summary ipwhitelist summary" {
		t.Fatalf("steps %q", got)
	}
	tr := p.Transcript()
	again := tr[strings.LastIndex(tr, "== Step 9 of 9"):]
	if !strings.Contains(line(again, "IP whitelist has"), "pass: ") || !strings.Contains(line(again, "] "+en(msg.StSumFinish)), "(enter)") {
		t.Errorf("the summary after the fix does not pass it with the cursor on Finish:\n%s", again)
	}
	if a := saved(t, w.root).LastAudit; a == nil || a.Fail != 0 {
		t.Fatalf("the last audit saved is not the one after the fix: %+v", a)
	}
}

// m lists every step but the summary; back from it returns to the results
// without checking again, and a step chosen there is opened.
func TestSummaryMenuOpensAnyStep(t *testing.T) {
	w := newAuditWorld(t)
	s := w.open()
	c := &choices{s: s, Prompter: steptest.New(t,
		steptest.ChooseLabel(msg.WizKeyMenu), steptest.Back(steptest.OnChoose),
		steptest.ChooseLabel(msg.WizKeyMenu), steptest.ChooseLabel(msg.StHookTitle),
		steptest.ChooseLabel(msg.StHookDone), // step 6: the URL is already there
		steptest.ChooseLabel(msg.StSumFinish))}
	if err := steps.RunWizard(context.Background(), s, c); err != nil {
		t.Fatal(err)
	}
	p := c.Prompter.(*steptest.Prompter)
	if got := ids(p.Began()); got != "summary webhook summary" {
		t.Fatalf("steps %q", got)
	}
	if n := strings.Count(p.Transcript(), "… "+en(msg.AccChecking)); n != 2 {
		t.Errorf("checked %d times, want once before the menu and once after step 6:\n%s", n, p.Transcript())
	}
	menu := c.asked[1]
	if menu.Title.ID != msg.WizMenuTitle || len(menu.Options) != 8 || menu.Options[4].Label.ID != msg.StIPTitle {
		t.Fatalf("the menu is not the eight steps before the summary: %+v", menu)
	}
}

// esc while checking stops the checks, says how to run them again, and
// leaves Finish; r runs them. A stopped run is not recorded as an audit.
func TestSummaryEscStopsTheChecksAndRRunsThemAgain(t *testing.T) {
	w := newAuditWorld(t)
	s := w.open()
	c := &choices{s: s, Prompter: steptest.New(t,
		steptest.Fail(steptest.OnWait, steps.ErrCanceled),
		steptest.ChooseLabel(msg.StSumRerun),
		steptest.ChooseLabel(msg.StSumFinish))}
	if err := steps.Summary.Run(context.Background(), s, c); err != nil {
		t.Fatal(err)
	}
	stopped := c.asked[0]
	if len(stopped.Body) == 0 || stopped.Body[len(stopped.Body)-1].Text.ID != msg.StSumStopped || stopped.Options[stopped.Default].Label.ID != msg.StSumFinish {
		t.Fatalf("after esc: %+v", stopped)
	}
	for _, o := range stopped.Options {
		if o.Mark != "" {
			t.Fatalf("a stopped run shows a check: %+v", o)
		}
	}
	if c.recorded[0] || !c.recorded[1] {
		t.Errorf("audit recorded %v, want only after the run that finished", c.recorded)
	}
	// Finish after a stopped run must not end on an older audit's word.
	if !c.stopped[0] || c.stopped[1] {
		t.Errorf("the session says the checks were stopped %v, want only after esc", c.stopped)
	}
	if len(c.asked[1].Options) < 10 {
		t.Errorf("r did not run the checks: %+v", c.asked[1])
	}
}

// Paystack out of reach is a check that could not be made, with the advice
// to try again (not a step to open), never a crash of the wizard.
func TestSummaryNetworkFailureIsARowNotACrash(t *testing.T) {
	w := newAuditWorld(t)
	w.srv.InjectFault(sandbox.Fault{Kind: sandbox.FaultStatus, Status: http.StatusServiceUnavailable})
	s := w.open()
	p := steptest.New(t, steptest.ChooseLabel(msg.StSumFinish))
	if err := steps.RunWizard(context.Background(), s, p); err != nil {
		t.Fatal(err)
	}
	l := line(p.Transcript(), "error: Paystack accepts the key")
	if !strings.Contains(l, en(msg.ChkRetryFix)) || strings.Contains(l, "See step") {
		t.Errorf("the check Paystack could not answer says %q", l)
	}
	if a := saved(t, w.root).LastAudit; a == nil || a.Error == 0 {
		t.Fatalf("saved %+v", a)
	}
}

// The demo keeps nothing, so its summary never says where anything was
// saved, nor points at the keyring.
func TestSummaryInTheDemoClaimsNothingIsKept(t *testing.T) {
	w := newAuditWorld(t)
	w.demo = true
	s := w.open()
	p := steptest.New(t, steptest.ChooseLabel(msg.StSumFinish))
	if err := steps.Summary.Run(context.Background(), s, p); err != nil {
		t.Fatal(err)
	}
	if !p.Said(msg.StSumKeyDemo) || !p.Said(msg.StSumStateDemo) || p.Said(msg.StSumStateAt) || p.Said(msg.StKeyStoredKeyring) {
		t.Errorf("the demo's summary claims something was kept:\n%s", p.Transcript())
	}
}

// With no key in this run the summary says there is none and where to add
// it; with a keyring that could not be read, that it could not be read.
func TestSummarySaysWhenNoKeyIsHeld(t *testing.T) {
	w := newAuditWorld(t)
	w.keys = keystore.New(keystore.Options{Backend: keystore.NewMemoryBackend(), Dir: w.root, Getenv: func(string) string { return "" }})
	s := w.open()
	p := steptest.New(t, steptest.ChooseLabel(msg.StSumFinish))
	if err := steps.Summary.Run(context.Background(), s, p); err != nil {
		t.Fatal(err)
	}
	_ = s.Close() // the next run takes the profile
	if !strings.Contains(p.Transcript(), en(msg.StSumKeyAt, en(msg.StSumKeyNone))) {
		t.Errorf("no key, and the summary says:\n%s", p.Transcript())
	}

	faulty := keystore.NewFaultyBackend(keystore.NewMemoryBackend())
	faulty.FailOn(keystore.OpGet, keystore.SimulatedError(keystore.ProblemNoSessionBus))
	w.keys = keystore.New(keystore.Options{Backend: faulty, Dir: w.root, Getenv: func(string) string { return "" }})
	p = steptest.New(t, steptest.ChooseLabel(msg.StSumFinish))
	if err := steps.Summary.Run(context.Background(), w.open(), p); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(p.Transcript(), en(msg.StSumKeyAt, en(msg.AccSumKeyUnread))) || !strings.Contains(line(p.Transcript(), "Secret key stored"), "fail: ") {
		t.Errorf("an unreadable keyring, and the summary says:\n%s", p.Transcript())
	}
}

// A rerun of a finished setup opens on the summary as the audit. A check no
// step fixes keeps the cursor where it is, without checking again; back and
// ctrl+c leave the step as everywhere else.
func TestSummaryOnARerunIsTheAudit(t *testing.T) {
	w := newAuditWorld(t)
	// Every check but the renewals one has a step (payments.recent the
	// purchase step), and a renewals check that could not be made opens
	// neither a step nor the subscribers.
	w.srv.InjectFault(sandbox.Fault{Path: "/subscription", Kind: sandbox.FaultStatus, Status: 500})
	s := w.open()
	s.MarkDone("summary")
	c := &choices{s: s, Prompter: steptest.New(t,
		steptest.ChooseText("Subscription renewals"),
		steptest.Interrupt(steptest.OnChoose))}
	if err := steps.RunWizard(context.Background(), s, c); err != steps.ErrInterrupted {
		t.Fatalf("err %v, want ErrInterrupted", err)
	}
	p := c.Prompter.(*steptest.Prompter)
	if !p.Said(msg.WizAuditIntro) {
		t.Errorf("the audit view does not say the setup is complete:\n%s", p.Transcript())
	}
	if len(c.asked) != 2 || !strings.Contains(c.asked[1].Options[c.asked[1].Default].Label.In(msg.English), "Subscription renewals") {
		t.Fatalf("the cursor did not stay on the check no step fixes")
	}
	if n := strings.Count(p.Transcript(), "… "+en(msg.AccChecking)); n != 1 {
		t.Errorf("checked %d times", n)
	}
	if saved(t, w.root).LastAudit == nil {
		t.Error("the audit was not saved on the way out")
	}

	p = steptest.New(t, steptest.Back(steptest.OnChoose))
	if err := steps.Summary.Run(context.Background(), s, p); err != steps.ErrBack {
		t.Fatalf("esc on the results: %v, want ErrBack", err)
	}
}

// A check of the checkout step opens the half of it that fixes the check
// (#12 item 8): the fields' check the fields the payment pages ask for, a
// plan's check the page of plans, without asking the fields first.
func TestSummaryOpensTheHalfOfCheckoutThatFixesTheCheck(t *testing.T) {
	for _, c := range []struct {
		name   string
		spoil  func(*setup.Session) error
		check  string            // what the check's row says
		fix    []steptest.Answer // in the checkout step
		opened string            // the first question there
	}{
		{"fields", func(s *setup.Session) error { return s.RecordCheckoutFields([]string{"email", "first_name"}) },
			en(msg.ChkFieldsTitle), []steptest.Answer{steptest.Fill(map[string]string{"last_name": "yes"}), steptest.ChooseLabel(msg.CkKeySave)},
			"? Form " + en(msg.CkFieldsAsk)},
		{"plans", func(s *setup.Session) error {
			return s.RecordPlans([]plans.Plan{{Name: "Gold", Amount: 1, Currency: "NGN", Interval: plans.Month}})
		}, en(msg.ChkPlanAmountTitle, "Gold"), []steptest.Answer{steptest.ChooseLabel(msg.CkKeySave)},
			"? Choose "},
	} {
		t.Run(c.name, func(t *testing.T) {
			w := newAuditWorld(t)
			s := w.open()
			if err := c.spoil(s); err != nil {
				t.Fatal(err)
			}
			script := append([]steptest.Answer{steptest.ChooseText(c.check)}, c.fix...)
			p := steptest.New(t, append(script, steptest.ChooseLabel(msg.StSumFinish))...)
			if err := steps.RunWizard(context.Background(), s, p); err != nil {
				t.Fatal(err)
			}
			if got := ids(p.Began()); got != "summary checkout summary" {
				t.Fatalf("steps %q", got)
			}
			tr := p.Transcript()
			there := tr[strings.Index(tr, "== Step 7 of 9"):]
			if first := line(there, "? "); !strings.HasPrefix(first, c.opened) {
				t.Errorf("the check opened the checkout step at %q, want %q:\n%s", first, c.opened, there)
			}
		})
	}
}

// Enter on the renewals check, when subscribers need the merchant, opens
// the renewals view; back from its list returns to the results as they were.
func TestSummaryOpensTheRenewalsView(t *testing.T) {
	w := newAuditWorld(t)
	s := w.open()
	p := steptest.New(t,
		steptest.ChooseText("Subscription renewals"),
		steptest.Back(steptest.OnPick),
		steptest.ChooseLabel(msg.StSumFinish))
	if err := steps.RunWizard(context.Background(), s, p); err != nil {
		t.Fatal(err)
	}
	tr := p.Transcript()
	if !strings.Contains(line(tr, "Subscription renewals"), "warn: ") {
		t.Fatalf("the sandbox's failed renewals do not warn:\n%s", tr)
	}
	if !strings.Contains(tr, "? Pick "+en(msg.RenPickTitle)) || !strings.Contains(tr, "failed | Funmilayo Adeyemi") {
		t.Errorf("the renewals view did not open:\n%s", tr)
	}
	if got := ids(p.Began()); got != "summary" {
		t.Errorf("steps %q: the view is part of the summary", got)
	}
	if n := strings.Count(tr, "… "+en(msg.AccChecking)); n != 1 {
		t.Errorf("checked %d times, want once: the results stay as they were", n)
	}
	back := tr[strings.LastIndex(tr, "> back"):]
	if !strings.Contains(line(back, "Subscription renewals"), "(enter)") {
		t.Errorf("back from the view, the cursor is not on the renewals check:\n%s", back)
	}
}

// Paystack refusing this computer's address is explained once above the
// results (#12 item 5), not beside every check it held back.
func TestSummarySaysTheIPWhitelistNoteOnce(t *testing.T) {
	w := newAuditWorld(t)
	w.srv.InjectFault(sandbox.Fault{Kind: sandbox.FaultIPNotAllowed})
	p := steptest.New(t, steptest.ChooseLabel(msg.StSumFinish))
	if err := steps.Summary.Run(context.Background(), w.open(), p); err != nil {
		t.Fatal(err)
	}
	note := en(msg.AuditNoteLine, en(msg.ChkNoteIPBlocked, "185.236.142.1"))
	if n := strings.Count(p.Transcript(), note); n != 1 {
		t.Errorf("the IP whitelist note is said %d times, want once:\n%s", n, p.Transcript())
	}
}
