package steps_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"syscall"
	"testing"

	"paystack-setup/msg"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/setup"
	"paystack-setup/state"
	"paystack-setup/steps"
	"paystack-setup/steps/steptest"
)

// asks is a step that asks one question and records that it ran.
func asks(id string, ran *[]string) steps.Step {
	return steps.Step{ID: id, Title: msg.StSysTitle, Run: func(_ context.Context, _ *setup.Session, p steps.Prompter) error {
		*ran = append(*ran, id)
		_, err := p.Choose(steps.Choice{Title: msg.New(msg.Verbatim, id), Options: []steps.Option{{Label: msg.New(msg.StSysDone)}}})
		return err
	}}
}

// silent is a step that asks nothing (a key from PAYSTACK_SECRET_KEY).
func silent(id string, ran *[]string) steps.Step {
	return steps.Step{ID: id, Title: msg.StKeyTitle, Run: func(context.Context, *setup.Session, steps.Prompter) error {
		*ran = append(*ran, id)
		return nil
	}}
}

func ids(infos []steps.StepInfo) string {
	var out []string
	for _, s := range infos {
		out = append(out, s.ID)
	}
	return strings.Join(out, " ")
}

func TestWizardSavesAfterEachStepAndResumesAtTheFirstUnfinished(t *testing.T) {
	s, root := newSession(t, "")
	var ran []string
	list := []steps.Step{asks("welcome", &ran), asks("systeme", &ran), asks("webhook", &ran)}
	// The second step sees the first one saved on disk, not only in memory.
	check := list[1].Run
	list[1].Run = func(ctx context.Context, s *setup.Session, p steps.Prompter) error {
		if !saved(t, root).IsDone("welcome") {
			t.Error("the first step was not saved before the second began")
		}
		return check(ctx, s, p)
	}
	p := steptest.New(t, steptest.Choose(0), steptest.Interrupt(steptest.OnChoose))
	if err := steps.Run(context.Background(), s, p, list); !errors.Is(err, steps.ErrInterrupted) {
		t.Fatalf("err %v, want ErrInterrupted", err)
	}
	if st := saved(t, root); !st.IsDone("welcome") || st.IsDone("systeme") {
		t.Fatalf("done on disk: %v", st.Done)
	}
	if got := ids(p.Began()); got != "welcome systeme" {
		t.Fatalf("steps %q", got)
	}
	if info := p.Began()[1]; info.Index != 2 || info.Count != 3 || info.Title != msg.StSysTitle {
		t.Errorf("announced %+v, want step 2 of 3", info)
	}

	ran = nil
	p = steptest.New(t, steptest.Choose(0), steptest.Choose(0))
	if err := steps.Run(context.Background(), s, p, list); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(ran, " "); got != "systeme webhook" {
		t.Fatalf("a rerun ran %q, want it to resume at systeme", got)
	}
}

// A finished setup reruns as its summary (the audit), not from the start.
func TestWizardRerunOfAFinishedSetupOpensTheSummary(t *testing.T) {
	s, _ := newSession(t, "")
	var ran []string
	list := []steps.Step{asks("welcome", &ran), asks("summary", &ran)}
	s.MarkDone("welcome")
	s.MarkDone("summary")
	p := steptest.New(t, steptest.Choose(0))
	if err := steps.Run(context.Background(), s, p, list); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(ran, " "); got != "summary" {
		t.Fatalf("ran %q, want the summary only", got)
	}
}

func TestWizardBackGoesToTheStepBeforeAndSkipsSilentOnes(t *testing.T) {
	s, _ := newSession(t, "")
	var ran []string
	list := []steps.Step{asks("welcome", &ran), silent("key", &ran), asks("systeme", &ran)}
	p := steptest.New(t,
		steptest.Choose(0),               // welcome
		steptest.Back(steptest.OnChoose), // systeme: back, past the silent key step
		steptest.Back(steptest.OnChoose), // welcome: nothing before it
		steptest.Choose(0), steptest.Choose(0))
	if err := steps.Run(context.Background(), s, p, list); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(ran, " "); got != "welcome key systeme key welcome welcome key systeme" {
		t.Fatalf("ran %q", got)
	}
	if !p.Said(msg.AccNoBack) {
		t.Errorf("back on the first step is not explained:\n%s", p.Transcript())
	}
}

// glancing is a step that only shows a result: a key from
// PAYSTACK_SECRET_KEY, accepted.
func glancing(id string, ran *[]string) steps.Step {
	return steps.Step{ID: id, Title: msg.StKeyTitle, Run: func(_ context.Context, _ *setup.Session, p steps.Prompter) error {
		*ran = append(*ran, id)
		_, err := p.Choose(steps.Choice{Glance: true, Style: steps.ActionStyle, Body: []steps.Block{steps.Say(msg.StKeyVerified)},
			Options: []steps.Option{{Label: msg.New(msg.WizKeyNext)}}})
		return err
	}}
}

// Where a glance is said and passed (accessible mode), a step that only
// glanced asked nothing and is passed over on the way back, or "b" would
// land on the very question it was typed at. On screen the merchant pressed
// enter on that page, so going back stops there.
func TestWizardBackOverAGlanceDependsOnTheRenderer(t *testing.T) {
	for _, tc := range []struct {
		told    bool
		answers []steptest.Answer
		ran     string
	}{
		{true, []steptest.Answer{steptest.Choose(0), steptest.Back(steptest.OnChoose), steptest.Choose(0), steptest.Choose(0)},
			"welcome key systeme key welcome key systeme"},
		{false, []steptest.Answer{steptest.Choose(0), steptest.Choose(0), steptest.Back(steptest.OnChoose), steptest.Choose(0), steptest.Choose(0)},
			"welcome key systeme key systeme"},
	} {
		s, _ := newSession(t, "")
		var ran []string
		list := []steps.Step{asks("welcome", &ran), glancing("key", &ran), asks("systeme", &ran)}
		p := steptest.New(t, tc.answers...)
		p.Glances = tc.told
		if err := steps.Run(context.Background(), s, p, list); err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(ran, " "); got != tc.ran {
			t.Errorf("glances told %v: ran %q, want %q", tc.told, got, tc.ran)
		}
	}
}

// A step that stops (the key in PAYSTACK_SECRET_KEY cannot work) ends the
// walk with its Stop, the answers before it saved and the step not done, so
// the next run asks it again.
func TestWizardStopSavesAndEndsWithTheStop(t *testing.T) {
	s, root := newSession(t, "")
	var ran []string
	why := msg.New(msg.AccKeyEnvFix)
	stops := steps.Step{ID: "key", Title: msg.StKeyTitle, Run: func(context.Context, *setup.Session, steps.Prompter) error {
		return &steps.Stop{Why: why}
	}}
	p := steptest.New(t, steptest.Choose(0))
	err := steps.Run(context.Background(), s, p, []steps.Step{asks("welcome", &ran), stops, asks("systeme", &ran)})
	var stop *steps.Stop
	if !errors.As(err, &stop) || stop.Why.ID != msg.AccKeyEnvFix {
		t.Fatalf("err %v, want the step's Stop", err)
	}
	if st := saved(t, root); !st.IsDone("welcome") || st.IsDone("key") {
		t.Errorf("done on disk %v, want welcome and not the key", st.Done)
	}
}

// A check fixed from the summary returns to the summary; a new key goes on
// in order, since systeme.io must be given it again.
func TestWizardJumpFromTheSummary(t *testing.T) {
	for _, tc := range []struct {
		to, want  string
		questions int
	}{
		{"webhook", "summary webhook summary", 1},
		{"key", "summary key systeme webhook checkout summary", 4},
	} {
		s, _ := newSession(t, sandbox.DemoTestKey)
		var ran []string
		jumped := false
		summary := steps.Step{ID: "summary", Title: msg.StSumTitle, Run: func(context.Context, *setup.Session, steps.Prompter) error {
			ran = append(ran, "summary")
			if !jumped {
				jumped = true
				return steps.Jump{To: tc.to}
			}
			return nil
		}}
		list := []steps.Step{asks("key", &ran), asks("systeme", &ran), asks("webhook", &ran), asks("checkout", &ran), summary}
		for _, st := range list {
			s.MarkDone(st.ID)
		}
		p := steptest.New(t)
		for range tc.questions {
			p.Add(steptest.Choose(0))
		}
		if err := steps.Run(context.Background(), s, p, list); err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(ran, " "); got != tc.want {
			t.Errorf("jump to %s ran %q, want %q", tc.to, got, tc.want)
		}
	}
}

// A step after the key step cannot work without a key: reaching it with the
// key step unfinished opens the key step.
func TestWizardPastAnUnfinishedKeyGoesToTheKeyStep(t *testing.T) {
	s, _ := newSession(t, "")
	var ran []string
	list := []steps.Step{asks("welcome", &ran), asks("key", &ran), asks("systeme", &ran)}
	s.MarkDone("welcome")
	s.MarkDone("systeme") // but not the key: a later step comes first
	p := steptest.New(t, steptest.Choose(0), steptest.Choose(0))
	if err := steps.Run(context.Background(), s, p, list); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(ran, " "); got != "key systeme" {
		t.Fatalf("ran %q", got)
	}
}

// formStep asks one form whose draft is kept under its ID.
func formStep(id string, restored *map[string]string) steps.Step {
	return steps.Step{ID: id, Title: msg.CkTitle, Run: func(_ context.Context, s *setup.Session, p steps.Prompter) error {
		*restored = s.TakeDraft("plan")
		f := &steps.Form{ID: "plan", Fields: []steps.Field{{Key: "name", Label: msg.New(msg.Verbatim, "Name")}, {Key: "amount", Label: msg.New(msg.Verbatim, "Amount")}}}
		for i := range f.Fields {
			f.Fields[i].Value = (*restored)[f.Fields[i].Key]
		}
		return p.Form(f)
	}}
}

func TestWizardInterruptKeepsTheFormsDraftAndSaves(t *testing.T) {
	s, root := newSession(t, "")
	var restored map[string]string
	list := []steps.Step{formStep("checkout", &restored)}
	p := steptest.New(t, steptest.Fill(map[string]string{"name": "Gold"}).Then(steps.ErrInterrupted))
	if err := steps.Run(context.Background(), s, p, list); !errors.Is(err, steps.ErrInterrupted) {
		t.Fatalf("err %v", err)
	}
	if d := saved(t, root).Drafts["plan"]; d["name"] != "Gold" {
		t.Fatalf("draft on disk %v, want the typed name", d)
	}
	p = steptest.New(t, steptest.Fill(map[string]string{"amount": "5000"}))
	if err := steps.Run(context.Background(), s, p, list); err != nil {
		t.Fatal(err)
	}
	if restored["name"] != "Gold" {
		t.Fatalf("the rerun got %v back, want the typed name", restored)
	}
	if d := saved(t, root).Drafts; len(d) != 0 {
		t.Errorf("a finished form left a draft: %v", d)
	}
}

// A form left with back keeps what was typed when the step is shown again.
func TestWizardBackKeepsTheFormForTheNextVisit(t *testing.T) {
	s, _ := newSession(t, "")
	var ran []string
	var restored map[string]string
	list := []steps.Step{asks("welcome", &ran), formStep("checkout", &restored)}
	p := steptest.New(t, steptest.Choose(0), steptest.Choose(0),
		steptest.Fill(map[string]string{"name": "Gold"}).Then(steps.ErrBack),
		steptest.Fill(nil))
	if err := steps.Run(context.Background(), s, p, list); err != nil {
		t.Fatal(err)
	}
	if restored["name"] != "Gold" {
		t.Fatalf("after going back and forth the form held %v", restored)
	}
}

// A failed save leaves the merchant on the step with the reason, and the
// renderer hears of it so it stops promising that progress is saved.
func TestWizardFailedSaveStaysOnTheStep(t *testing.T) {
	s, root := newSession(t, "")
	tries := 0
	leaky := steps.Step{ID: "webhook", Title: msg.StHookTitle, Run: func(_ context.Context, s *setup.Session, p steps.Prompter) error {
		tries++
		if _, err := p.Choose(steps.Choice{Options: []steps.Option{{Label: msg.New(msg.StHookDone)}}}); err != nil {
			return err
		}
		// The first answer holds a key, which the state refuses to save.
		url := "https://systeme.io/hook"
		if tries == 1 {
			url += "?" + sandbox.DemoTestKey
		}
		s.State().WebhookURL = map[string]string{"test": url}
		return nil
	}}
	w := &watcher{Prompter: steptest.New(t, steptest.Choose(0), steptest.Choose(0))}
	if err := steps.Run(context.Background(), s, w, []steps.Step{leaky}); err != nil {
		t.Fatal(err)
	}
	if tries != 2 {
		t.Fatalf("the step ran %d times, want again after the failed save", tries)
	}
	if len(w.saves) != 2 || w.saves[0] == nil || w.saves[1] != nil {
		t.Errorf("saves reported %v, want a failure then a success", w.saves)
	}
	tr := w.Prompter.(*steptest.Prompter).Transcript()
	if !strings.Contains(tr, "Could not save") {
		t.Errorf("the failed save is not said:\n%s", tr)
	}
	if !saved(t, root).IsDone("webhook") {
		t.Error("the second save did not happen")
	}
}

type watcher struct {
	steps.Prompter
	saves []error
}

func (w *watcher) Saved(err error) { w.saves = append(w.saves, err) }

// A bug in a step ends the walk with the internal error, after saving what
// was typed.
func TestWizardPanicSavesAndEndsWithTheInternalError(t *testing.T) {
	s, root := newSession(t, "")
	var ran []string
	broken := steps.Step{ID: "systeme", Title: msg.StSysTitle, Run: func(context.Context, *setup.Session, steps.Prompter) error {
		var m map[string]int
		m["boom"]++
		return nil
	}}
	p := steptest.New(t, steptest.Choose(0))
	err := steps.Run(context.Background(), s, p, []steps.Step{asks("welcome", &ran), broken})
	if !errors.Is(err, steps.ErrInternal) {
		t.Fatalf("err %v, want ErrInternal", err)
	}
	if !saved(t, root).IsDone("welcome") {
		t.Error("the answers before the bug are not saved")
	}
}

// Every step of the article is in the one list, in the article's order,
// then the proof that a sale reaches the subaccount (issue #12); the
// session resumes by the same list.
func TestAllFollowsTheArticle(t *testing.T) {
	var got []string
	for _, st := range steps.All {
		got = append(got, st.ID)
	}
	if strings.Join(got, " ") != "welcome key subaccount systeme ipwhitelist webhook checkout purchase summary" {
		t.Fatalf("steps.All is %v", got)
	}
	if !slices.Equal(got, setup.Steps) {
		t.Errorf("steps.All %v, setup.Steps %v", got, setup.Steps)
	}
}

// The summary can open one part of a step ("checkout.plans"): that part
// runs under the step's title, counts as the step, and the summary follows;
// a part the step does not have is a bug, said as one.
func TestWizardJumpToAPartOfAStep(t *testing.T) {
	for _, to := range []string{"checkout.plans", "checkout.fields", "checkout"} {
		s, _ := newSession(t, sandbox.DemoTestKey)
		var ran []string
		part := func(name string) func(context.Context, *setup.Session, steps.Prompter) error {
			return func(context.Context, *setup.Session, steps.Prompter) error {
				ran = append(ran, name)
				return nil
			}
		}
		checkout := steps.Step{ID: "checkout", Title: msg.CkTitle, Run: part("checkout"),
			Parts: map[string]func(context.Context, *setup.Session, steps.Prompter) error{"plans": part("plans"), "fields": part("fields")}}
		jumped := false
		summary := steps.Step{ID: "summary", Title: msg.StSumTitle, Run: func(context.Context, *setup.Session, steps.Prompter) error {
			ran = append(ran, "summary")
			if !jumped {
				jumped = true
				return steps.Jump{To: to}
			}
			return nil
		}}
		list := []steps.Step{asks("key", &ran), checkout, summary}
		for _, st := range list {
			s.MarkDone(st.ID)
		}
		p := steptest.New(t)
		if err := steps.Run(context.Background(), s, p, list); err != nil {
			t.Fatal(err)
		}
		want := "summary " + strings.TrimPrefix(to, "checkout.") + " summary"
		if got := strings.Join(ran, " "); got != want {
			t.Errorf("jump to %s ran %q, want %q", to, got, want)
		}
		if b := p.Began(); len(b) != 3 || b[1].Title != msg.CkTitle || b[1].Index != 2 {
			t.Errorf("the part was not announced as its step: %+v", b)
		}
	}

	s, _ := newSession(t, sandbox.DemoTestKey)
	list := []steps.Step{{ID: "checkout", Title: msg.CkTitle, Run: func(context.Context, *setup.Session, steps.Prompter) error { return nil }},
		{ID: "summary", Title: msg.StSumTitle, Run: func(context.Context, *setup.Session, steps.Prompter) error {
			return steps.Jump{To: "checkout.nowhere"}
		}}}
	s.MarkDone("checkout")
	if err := steps.Run(context.Background(), s, steptest.New(t), list); !errors.Is(err, steps.ErrInternal) {
		t.Fatalf("err %v, want ErrInternal", err)
	}
}

// A failed save is said once: a state file's own sentence already says
// "Could not save your answers to …", so only other errors get that lead-in.
func TestSaveProblemSaysItOnce(t *testing.T) {
	fe := &state.FileError{Path: "/home/ada/.config/paystack-setup/profiles/shop/state.json", Err: syscall.ENOSPC}
	if got := steps.SaveProblem(fe).In(msg.English); strings.Count(got, "Could not save your answers") != 1 || !strings.Contains(got, "disk is full") {
		t.Errorf("a file error is said as %q", got)
	}
	for _, lang := range msg.Langs {
		lead, _, _ := strings.Cut(msg.In(lang, msg.WizSaveFailed, "%v"), "%v")
		if got := steps.SaveProblem(state.ErrSecretInState).In(lang); !strings.HasPrefix(got, lead) {
			t.Errorf("%s: another error gets no lead-in: %q", lang, got)
		}
	}
}
