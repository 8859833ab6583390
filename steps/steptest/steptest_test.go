package steptest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"paystack-setup/country"
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

// A typed refusal (a country's account rule) is written as the merchant
// reads it, and its message counts as said.
func TestTypedRefusalsAreSaidAsSentences(t *testing.T) {
	p := New(t, Type("123"), Type("0123456789"))
	_, err := p.Input(steps.Input{Validate: func(s string) error {
		_, err := country.ValidateAccountNumber("NG", "", s)
		return err
	}})
	if err != nil {
		t.Fatal(err)
	}
	if want := msg.In(msg.English, msg.SubAcctNigeriaLength, 3); !strings.Contains(p.Transcript(), "! "+want) || !p.Said(msg.SubAcctNigeriaLength) {
		t.Errorf("the refusal is not said as %q:\n%s", want, p.Transcript())
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

// Enter takes the option the flow put the cursor on; ChooseText the first
// whose label says the text, however many share an ID; text no option
// says fails the test.
func TestEnterAndChooseText(t *testing.T) {
	q := steps.Choice{Default: 1, Options: []steps.Option{
		{Label: msg.New(msg.Verbatim, "Key accepted")}, {Label: msg.New(msg.Verbatim, "IP whitelist")}, {Label: msg.New(msg.Verbatim, "Webhook URL")},
	}}
	p := New(t, Enter(), ChooseText("Webhook"))
	if n, err := p.Choose(q); err != nil || n != 1 {
		t.Fatalf("Enter chose %d, %v; want the default", n, err)
	}
	if n, err := p.Choose(q); err != nil || n != 2 {
		t.Fatalf("ChooseText chose %d, %v", n, err)
	}
	r := &recorder{TB: t}
	p = New(r, ChooseText("Plans"))
	if _, err := p.Choose(q); !errors.Is(err, steps.ErrInterrupted) || len(r.failures) != 1 {
		t.Fatalf("err %v, failures %q; want the test failed and the flow unwound", err, r.failures)
	}
}

// ChooseRow takes a row's option for the row named, as a merchant moving the
// cursor there; an option for a row cannot be taken without rows.
func TestChooseRowActsOnTheRowNamed(t *testing.T) {
	rows := &steps.RowList{Items: []steps.Option{{Label: msg.New(msg.Verbatim, "Gold")}, {Label: msg.New(msg.Verbatim, "Silver")}}}
	options := []steps.Option{{Label: msg.New(msg.CkKeyEdit), OnRow: true}, {Label: msg.New(msg.CkKeyAdd), Key: "a"}}
	p := New(t, ChooseRow(msg.CkKeyEdit, 1))
	if n, err := p.Choose(steps.Choice{Style: steps.ActionStyle, Options: options, Rows: rows}); err != nil || n != 0 || rows.Cursor != 1 {
		t.Fatalf("took %d for row %d, %v", n, rows.Cursor, err)
	}
	if !strings.Contains(p.Transcript(), "> edit (Silver)") {
		t.Errorf("the row is not in the transcript:\n%s", p.Transcript())
	}
	r := &recorder{TB: t}
	p = New(r, ChooseLabel(msg.CkKeyEdit))
	if _, err := p.Choose(steps.Choice{Style: steps.ActionStyle, Options: options}); !errors.Is(err, steps.ErrInterrupted) || len(r.failures) != 1 {
		t.Fatalf("an option for a row was taken without rows: %v %q", err, r.failures)
	}
}

// A field's Settle rewrites the form as a renderer does, before the field
// is judged, and the notes are shown for the settled values.
func TestFormSettlesAndShowsNotes(t *testing.T) {
	p := New(t, Fill(map[string]string{"interval": "2 weeks"}))
	f := &steps.Form{Fields: []steps.Field{
		{Key: "interval", Settle: func(v map[string]string) map[string]string {
			if n, unit, ok := strings.Cut(v["interval"], " "); ok {
				return map[string]string{"interval": unit, "count": n}
			}
			return nil
		}, Validate: func(v string) error {
			if strings.Contains(v, " ") {
				return errors.New("one word")
			}
			return nil
		}},
		{Key: "count", Value: "1", Notes: func(v map[string]string) []steps.Block {
			return []steps.Block{steps.Note(steps.Muted, msg.Verbatim, "every "+v["count"]+" "+v["interval"])}
		}},
	}}
	if err := p.Form(f); err != nil {
		t.Fatal(err)
	}
	if v := f.Values(); v["interval"] != "weeks" || v["count"] != "2" || !strings.Contains(p.Transcript(), "every 2 weeks") {
		t.Fatalf("values %v:\n%s", v, p.Transcript())
	}
}

// An answer walks the form as accessible mode does: each field's notes are
// said after it, even a field the answer leaves as it was; leaving the form
// at once says none.
func TestFormSaysEachFieldsNotesAfterIt(t *testing.T) {
	note := func(name string) func(map[string]string) []steps.Block {
		return func(v map[string]string) []steps.Block {
			return []steps.Block{steps.Note(steps.Muted, msg.Verbatim, "note of "+name+": "+v[name])}
		}
	}
	form := func() *steps.Form {
		return &steps.Form{Fields: []steps.Field{{Key: "name", Notes: note("name")}, {Key: "amount", Value: "5", Notes: note("amount")}}}
	}
	p := New(t, Fill(map[string]string{"name": "Gold"}), Back(OnForm))
	if err := p.Form(form()); err != nil {
		t.Fatal(err)
	}
	if tr := p.Transcript(); !strings.Contains(tr, "> name: Gold\nnote of name: Gold\nnote of amount: 5\n") {
		t.Errorf("the notes are not said after their fields:\n%s", tr)
	}
	before := strings.Count(p.Transcript(), "note of")
	if err := p.Form(form()); !errors.Is(err, steps.ErrBack) {
		t.Fatalf("err %v", err)
	}
	if strings.Count(p.Transcript(), "note of") != before {
		t.Errorf("leaving the form said notes:\n%s", p.Transcript())
	}
}

// A Pick tells the flow what it showed: every row under the filter it
// started with, or what the script says the merchant typed.
func TestPickSaysWhatItShowed(t *testing.T) {
	rows := []steps.Row{{Cells: []string{"Ada"}}, {Cells: []string{"Bola"}}, {Cells: []string{"Ada B"}}}
	var seen steps.PickSeen
	q := steps.Pick{Filter: "a", Seen: &seen, Extra: []steps.Option{{Label: msg.New(msg.Verbatim, "all")}},
		Load: func(_ context.Context, emit func([]steps.Row, int)) error { emit(rows, 3); return nil }}
	p := New(t, PickRow(1), PickExtra(0).Showing("ada", 0, 2))
	if n, err := p.Pick(q); n != 1 || err != nil || seen.Filter != "a" || fmt.Sprint(seen.Shown) != "[0 1 2]" {
		t.Fatalf("picked %d, %v, saw %+v", n, err, seen)
	}
	if n, err := p.Pick(q); n != steps.ExtraChosen(0) || err != nil || seen.Filter != "ada" || fmt.Sprint(seen.Shown) != "[0 2]" {
		t.Fatalf("picked %d, %v, saw %+v", n, err, seen)
	}
}
