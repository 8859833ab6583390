package steptest

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"paystack-setup/msg"
	"paystack-setup/problem"
	"paystack-setup/steps"
)

// recorder is a test that keeps its failures instead of failing, so the
// scripted prompter's own failures can be checked.
type recorder struct {
	testing.TB
	failures []string
	cleanups []func()
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.failures = append(r.failures, fmt.Sprintf(format, args...))
}
func (r *recorder) Cleanup(f func()) { r.cleanups = append(r.cleanups, f) }
func (r *recorder) finish() {
	for _, f := range r.cleanups {
		f()
	}
}

func choice(labels ...msg.ID) steps.Choice {
	q := steps.Choice{Title: msg.New(msg.StWelcomeCountry)}
	for _, l := range labels {
		q.Options = append(q.Options, steps.Option{Label: msg.New(l)})
	}
	return q
}

func TestAnUnexpectedQuestionFailsTheTestAndStopsTheFlow(t *testing.T) {
	r := &recorder{TB: t}
	p := New(r)
	if _, err := p.Choose(choice(msg.StCountryNG)); !errors.Is(err, steps.ErrInterrupted) {
		t.Fatalf("err %v, want ErrInterrupted so the flow unwinds", err)
	}
	if len(r.failures) != 1 || !strings.Contains(r.failures[0], "Your country") {
		t.Fatalf("failures %q, want one naming the question", r.failures)
	}
}

func TestAnswersNeverAskedForFailTheTest(t *testing.T) {
	r := &recorder{TB: t}
	New(r, Type("left over"))
	r.finish()
	if len(r.failures) != 1 || !strings.Contains(r.failures[0], "Input") {
		t.Fatalf("failures %q", r.failures)
	}
}

func TestAnswersAreKeptInOrderPerKind(t *testing.T) {
	p := New(t, Choose(1), Type("first"), ChooseLabel(msg.StCountryKE), Type("second"))
	if n, _ := p.Choose(choice(msg.StCountryNG, msg.StCountryGH)); n != 1 {
		t.Errorf("first Choose got %d", n)
	}
	if n, _ := p.Choose(choice(msg.StCountryNG, msg.StCountryGH, msg.StCountryKE)); n != 2 {
		t.Errorf("Choose by label got %d", n)
	}
	for _, want := range []string{"first", "second"} {
		if got, _ := p.Input(steps.Input{}); got != want {
			t.Errorf("Input got %q, want %q", got, want)
		}
	}
}

// An answer the Input's Validate refuses is refused, said, and the next
// answer is typed, as a merchant at a renderer would.
func TestInputValidatesAsARendererDoes(t *testing.T) {
	p := New(t, Type("x"), Type("xyz"))
	got, err := p.Input(steps.Input{Validate: func(s string) error {
		if len(s) < 3 {
			return problem.New(msg.Verbatim, "too short")
		}
		return nil
	}})
	if err != nil || got != "xyz" {
		t.Fatalf("got %q, %v", got, err)
	}
	if !strings.Contains(p.Transcript(), "! too short") {
		t.Errorf("the refusal is not in the transcript:\n%s", p.Transcript())
	}
	// A Go error is said as a renderer says it: the internal-error
	// sentence, so a flow test sees what the merchant would.
	p = New(t, Type("raw"), Type("xyz"))
	if _, err := p.Input(steps.Input{Validate: func(s string) error {
		if s == "raw" {
			return errors.New("strconv: parsing")
		}
		return nil
	}}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(p.Transcript(), "strconv") || !p.Said(msg.ErrInternal) {
		t.Errorf("a Go error reached the transcript:\n%s", p.Transcript())
	}
}

// A Glance needs an answer as on screen, unless Glances says it and goes on
// as accessible mode does.
func TestGlanceAsOnScreenOrAsAccessibleMode(t *testing.T) {
	q := steps.Choice{Glance: true, Style: steps.ActionStyle, Body: []steps.Block{steps.Say(msg.StKeyVerified)},
		Options: []steps.Option{{Label: msg.New(msg.WizKeyNext)}}}
	p := New(t, Back(OnChoose))
	if _, err := p.Choose(q); !errors.Is(err, steps.ErrBack) {
		t.Fatalf("on screen a glance takes its answer: %v", err)
	}
	p = New(t)
	p.Glances = true
	if n, err := p.Choose(q); n != 0 || err != nil || !p.Said(msg.StKeyVerified) {
		t.Fatalf("a glance said in accessible mode: %d %v\n%s", n, err, p.Transcript())
	}
}

func TestFormWritesValuesBackEvenWhenLeft(t *testing.T) {
	p := New(t, Fill(map[string]string{"name": "Gold"}).Then(steps.ErrBack))
	f := &steps.Form{Fields: []steps.Field{{Key: "name"}, {Key: "amount", Value: "5"}}}
	if err := p.Form(f); !errors.Is(err, steps.ErrBack) {
		t.Fatalf("err %v", err)
	}
	if v := f.Values(); v["name"] != "Gold" || v["amount"] != "5" {
		t.Fatalf("values %v", v)
	}
}

func TestTheTranscriptMasksKeys(t *testing.T) {
	key := "sk_live_" + strings.Repeat("ab12", 10)
	p := New(t)
	p.Tell(steps.Literal(key))
	if strings.Contains(p.Transcript(), key) || !strings.Contains(p.Transcript(), "sk_live_") {
		t.Fatalf("transcript %q", p.Transcript())
	}
}
