package steps

import (
	"context"
	"errors"
	"strings"

	"paystack-setup/checks"
	"paystack-setup/msg"
	"paystack-setup/setup"
)

// Summary runs every check of the setup, shows each with its fix, and
// opens the step that fixes the one chosen, coming back after it. On a
// rerun of a finished setup it is the audit view.
//
// What is printed after the program ends (the webhook URL, where the
// answers are) is the front end's: it reads the session once RunWizard
// has returned.
var Summary = Step{ID: summaryID, Title: msg.StSumTitle, Run: summary}

const summaryID = "summary"

// What an option of the summary does.
type summaryAction int

const (
	openStep     summaryAction = iota // a check: open the step that fixes it
	finish                            // end the wizard
	checkOver                         // r: run the checks again
	allSteps                          // m: the menu of every step
	openRenewals                      // the renewals check: the subscribers behind it, and back
	goingLive                         // l: what going live takes, once a test setup is clean
)

func summary(ctx context.Context, s *setup.Session, p Prompter) error {
	list := walked(ctx)
	// "Setup is complete" only when it is: on a rerun of a finished setup,
	// and after fixing one of its steps from here, not on the first walk.
	audit := s.FirstUnfinished() == ""
	var rep *checks.Report // nil until the checks ran, and after they were stopped
	run := true
	focus := 0
	for {
		if run {
			run = false
			var got checks.Report
			err := p.Wait(msg.New(msg.AccChecking), func(ctx context.Context) error {
				// A network failure is a check that could not be made (an
				// error row with its advice), never a failure of the step.
				got = checks.Run(ctx, s.AuditInput(setup.AuditOptions{}))
				return nil
			})
			switch {
			case errors.Is(err, ErrCanceled):
				rep = nil
				s.RecordAuditStopped()
			case err != nil:
				return err
			default:
				rep = &got
				s.RecordAudit(got)
			}
			focus = firstProblem(rep)
		}
		q, acts, targets := summaryChoice(s, list, rep, audit, focus)
		n, err := p.Choose(q)
		if err != nil {
			return err
		}
		switch acts[n] {
		case finish:
			return nil
		case checkOver:
			run = true
		case goingLive:
			if err := goLive(ctx, s, p); err != nil {
				return err
			}
			focus = n
		case allSteps:
			to, err := chooseStep(p, list)
			switch {
			case errors.Is(err, ErrBack):
				// Back to the results as they were, not a new run.
			case err != nil:
				return err
			default:
				return Jump{To: to}
			}
		case openRenewals:
			if err := viewRenewals(s, p, nil); err != nil && !errors.Is(err, ErrBack) {
				return err
			}
			focus = n
		case openStep:
			if targets[n] != "" {
				return Jump{To: targets[n]}
			}
			focus = n // no step fixes it: stay on it
		}
	}
}

// firstProblem is where the cursor starts: the first check that failed or
// could not be made, else Finish. Warnings (a test key, a subaccount
// awaiting review) are normal in a fresh setup and leave it on Finish.
func firstProblem(rep *checks.Report) int {
	if rep == nil {
		return 0
	}
	for i, r := range rep.Results {
		if r.Status == checks.Fail || r.Status == checks.Error {
			return i
		}
	}
	return len(rep.Results)
}

// summaryChoice is the results as a list: each check with its mark, its
// fix and the step that makes it, then Finish, with "check again" and
// "all steps" beside the list; no report (nil) is checks that were
// stopped. acts says what each option does, targets which step a check's
// option opens ("" for none).
func summaryChoice(s *setup.Session, list []Step, rep *checks.Report, audit bool, focus int) (q Choice, acts []summaryAction, targets []string) {
	if audit {
		q.Body = append(q.Body, Say(msg.WizAuditIntro))
	}
	if rep == nil {
		q.Body = append(q.Body, Note(Warn, msg.StSumStopped))
	}
	var results []checks.Result
	if rep != nil {
		results = rep.Results
		// Said once above the checks, not beside each one it shaped.
		for _, n := range rep.Notes {
			q.Body = append(q.Body, Note(Warn, msg.AuditNoteLine, n.Text))
		}
		// The wizard's exit status follows these checks (#12 item 8), and
		// a script around it should not be the only one to know.
		if rep.Failed() {
			q.Body = append(q.Body, Note(Warn, msg.StSumExitFail))
		} else {
			q.Body = append(q.Body, Note(Muted, msg.StSumExitOK))
		}
	}
	for _, r := range results {
		q.Options = append(q.Options, checkOption(r, list))
		act := openStep
		if r.ID == "renewals.attention" && (r.Status == checks.Warn || r.Status == checks.Fail) {
			// No step fixes it: the subscribers do, once they have the link.
			act = openRenewals
		}
		acts = append(acts, act)
		targets = append(targets, fixTarget(r, list))
	}
	q.Options = append(q.Options, Option{Label: msg.New(msg.StSumFinish), Enter: msg.New(msg.StKeyFinish)}, Option{Label: msg.New(msg.StSumRerun), Key: "r"})
	acts = append(acts, finish, checkOver)
	if cleanTest(s, rep) {
		q.Options = append(q.Options, Option{Label: msg.New(msg.StSumGoLive), Key: "l"})
		acts = append(acts, goingLive)
	}
	if len(menuSteps(list)) > 0 {
		q.Options = append(q.Options, Option{Label: msg.New(msg.WizKeyMenu), Key: "m"})
		acts = append(acts, allSteps)
	}
	for len(targets) < len(acts) {
		targets = append(targets, "")
	}
	q.Default = focus
	q.Submit = msg.New(msg.WizKeyOpen)
	q.Footer = whereThingsAre(s)
	return q, acts, targets
}

// checkoutParts is the half of the checkout step that fixes each family of
// its checks (#12 item 8): the fields the payment pages ask for, or the
// plans, whose amounts, currency and first charge those checks judge.
var checkoutParts = map[string]string{
	"fields":       "fields",
	"plan":         "plans",
	"currency":     "plans",
	"first_charge": "plans",
}

// fixTarget is where a check's option jumps: the check's step, or the part
// of it that fixes the check when that step has one; "" for none (the
// summary itself).
func fixTarget(r checks.Result, list []Step) string {
	if r.Step == summaryID {
		return ""
	}
	if r.Step == checks.StepCheckout {
		family, _, _ := strings.Cut(r.ID, ".")
		for _, st := range list {
			if part := checkoutParts[family]; st.ID == r.Step && st.Parts[part] != nil {
				return r.Step + "." + part
			}
		}
	}
	return r.Step
}

// checkOption is one check: its title and detail, its status as the mark,
// and, unless it passed, its fix, naming the step that helps with it.
func checkOption(r checks.Result, list []Step) Option {
	title, detail, fix := r.Texts()
	o := Option{Label: title, Mark: string(r.Status)}
	if !detail.IsZero() {
		o.Label = msg.New(msg.StSumCheck, title, detail)
	}
	if r.Status == checks.Pass {
		// What the ✓ rests on, as the audit command says it: Paystack's
		// answer, the merchant's word, this computer.
		o.Label = msg.New(msg.StSumEvidence, r.Evidence.Text(), o.Label)
	}
	if fix.IsZero() || r.Status == checks.Pass || r.Status == checks.Skip {
		return o
	}
	o.Detail = fix
	// A check that could not be made is fixed by trying again, not by its
	// step; a screen reader user cannot see which step the cursor opens.
	if n := stepIndex(list, r.Step); n > 0 && r.Step != summaryID && (r.Status == checks.Fail || r.Status == checks.Warn) {
		o.Detail = msg.New(msg.StSumFixStep, fix, n, msg.New(list[n-1].Title))
	}
	return o
}

// whereThingsAre says where the key and the answers are kept, without the
// key; the demo keeps nothing, and says so.
func whereThingsAre(s *setup.Session) []Block {
	place := s.KeyPlace()
	if place.IsZero() {
		place = msg.New(msg.StSumKeyNone)
		if s.KeyReadErr() != nil {
			// The key.present check above says why it could not be read.
			place = msg.New(msg.AccSumKeyUnread)
		}
	}
	out := []Block{Note(Muted, msg.StSumKeyAt, place)}
	switch {
	case s.Demo():
		out = append(out, Note(Muted, msg.StSumStateDemo))
	case s.StatePath() != "":
		out = append(out, Note(Muted, msg.StSumStateAt, s.StatePath()))
	}
	return out
}

// menuSteps are the steps the "all steps" menu offers: every one but the
// summary itself.
func menuSteps(list []Step) []Step {
	var out []Step
	for _, st := range list {
		if st.ID != summaryID {
			out = append(out, st)
		}
	}
	return out
}

// chooseStep is the menu of every step; back returns to the results.
func chooseStep(p Prompter, list []Step) (string, error) {
	entries := menuSteps(list)
	// No default: enter alone must not open the first step by accident
	// (accessible mode waits for a number; the screen's cursor starts on it).
	q := Choice{Title: msg.New(msg.WizMenuTitle), Submit: msg.New(msg.WizKeyOpen), Default: -1}
	for _, st := range entries {
		q.Options = append(q.Options, Option{Label: msg.New(st.Title)})
	}
	n, err := p.Choose(q)
	if err != nil {
		return "", err
	}
	return entries[n].ID, nil
}
