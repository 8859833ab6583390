package steps_test

import (
	"context"
	"strings"
	"testing"

	"paystack-setup/msg"
	"paystack-setup/steps"
	"paystack-setup/steps/steptest"
)

func TestWelcomeRecordsTheCountryAndItsCurrency(t *testing.T) {
	s, _ := newSession(t, "")
	p := steptest.New(t, steptest.Choose(1))
	if err := steps.Welcome.Run(context.Background(), s, p); err != nil {
		t.Fatal(err)
	}
	if st := s.State(); st.Country != "GH" || st.Currency != "GHS" {
		t.Fatalf("country %q currency %q, want GH GHS", st.Country, st.Currency)
	}
	for _, id := range []msg.ID{msg.StWelcomeIntro, msg.StWelcomeNeedSysteme, msg.StWelcomeNeedPaystack, msg.StWelcomeCountry, msg.StWelcomeCurrencyNote} {
		if !p.Said(id) {
			t.Errorf("the welcome did not say %s:\n%s", id, p.Transcript())
		}
	}
	if !strings.Contains(p.Transcript(), "Ghana · GHS") {
		t.Errorf("the countries are not offered with their currency:\n%s", p.Transcript())
	}
}

// A rerun offers the country chosen before as what enter takes; a first run
// offers none, so accessible mode waits for a number.
func TestWelcomeOffersTheSavedCountry(t *testing.T) {
	s, _ := newSession(t, "")
	s.RecordCountry("KE")
	var got steps.Choice
	p := &choiceSpy{Prompter: steptest.New(t, steptest.Choose(2)), got: &got}
	if err := steps.Welcome.Run(context.Background(), s, p); err != nil {
		t.Fatal(err)
	}
	if got.Default != 2 {
		t.Errorf("default %d, want 2 (Kenya)", got.Default)
	}
	fresh, _ := newSession(t, "")
	p = &choiceSpy{Prompter: steptest.New(t, steptest.Choose(0)), got: &got}
	if err := steps.Welcome.Run(context.Background(), fresh, p); err != nil {
		t.Fatal(err)
	}
	if got.Default >= 0 {
		t.Errorf("a first run offers option %d as chosen before", got.Default)
	}
}

func TestWelcomeDemoPromisesNoSaving(t *testing.T) {
	s := demoSession(t)
	p := steptest.New(t, steptest.Choose(0))
	if err := steps.Welcome.Run(context.Background(), s, p); err != nil {
		t.Fatal(err)
	}
	if !p.Said(msg.StWelcomeIntroDemo) || p.Said(msg.StWelcomeIntro) {
		t.Errorf("the demo's welcome promises what the demo does not do:\n%s", p.Transcript())
	}
}

func TestWelcomeBackLeavesTheCountryAlone(t *testing.T) {
	s, _ := newSession(t, "")
	s.RecordCountry("ZA")
	p := steptest.New(t, steptest.Back(steptest.OnChoose))
	if err := steps.Welcome.Run(context.Background(), s, p); err != steps.ErrBack {
		t.Fatalf("err %v, want ErrBack", err)
	}
	if s.State().Country != "ZA" {
		t.Errorf("going back changed the country to %q", s.State().Country)
	}
}

// choiceSpy keeps the last Choice asked.
type choiceSpy struct {
	steps.Prompter
	got *steps.Choice
}

func (c *choiceSpy) Choose(q steps.Choice) (int, error) {
	*c.got = q
	return c.Prompter.Choose(q)
}
