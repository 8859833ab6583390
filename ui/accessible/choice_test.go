package accessible

import (
	"context"
	"strings"
	"testing"

	"paystack-setup/msg"
	"paystack-setup/steps"
)

// checks is a summary-like choice: checks with marks and fixes, Finish, and
// actions with keys, with a footer about where things are kept.
var checkChoice = steps.Choice{
	Default: 1,
	Options: []steps.Option{
		{Label: plain("Subaccount exists · Ada Crafts, account ••••0031"), Mark: "pass"},
		{Label: plain("IP whitelist has 185.236.142.1"), Mark: "fail", Detail: plain("Add it in Paystack.")},
		{Label: plain("Webhook URL"), Mark: "warn", Detail: plain("Paste the systeme.io URL.")},
		{Label: plain("Paystack reachable"), Mark: "error", Detail: plain("Try again later.")},
		{Label: msg.New(msg.StSumFinish)},
		{Label: msg.New(msg.StSumRerun), Key: "r"},
		{Label: msg.New(msg.WizKeyMenu), Key: "m"},
	},
	Footer: []steps.Block{steps.Note(steps.Muted, msg.StSumStateAt, "/home/ada/state.json")},
}

// A screen reader hears each check's status as a word and its fix, the
// counts the screen's marks show at a glance, then where things are kept,
// and only then the question; a masked account is said by its last digits.
func TestLinesChecksAreSaidWithWordsFixesAndCounts(t *testing.T) {
	l, s := lines(t, turn{"Enter chooses 2", ""})
	n, err := l.Choose(checkChoice)
	if err != nil || n != 1 {
		t.Fatalf("chose %d, %v; want the default (the failed check)", n, err)
	}
	out := s.out.String()
	for _, want := range []string{
		"  1. PASS: Subaccount exists · Ada Crafts, account ending in 0031\n",
		"  2. FAIL: IP whitelist has 185.236.142.1 — Fix: Add it in Paystack.\n",
		"  3. WARN: Webhook URL — Fix: Paste the systeme.io URL.\n",
		"  5. Finish\n",
		"  6. check again\n",
		"Result: 1 passed, 1 with a warning, 1 failed, 0 skipped, 1 could not be checked.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("not said: %q in\n%s", want, out)
		}
	}
	if strings.Contains(out, "•") || strings.Contains(out, "✗") {
		t.Errorf("bullets or marks are read out:\n%s", out)
	}
	if i, j := strings.Index(out, "7. all steps"), strings.Index(out, "state.json"); i < 0 || j < i {
		t.Errorf("the footer is not said after the options:\n%s", out)
	}
}

// "press m for any step", "press r to run them again": the letter a text
// names works here as on screen; a number still does, and so does back.
func TestLinesChoiceTakesAnOptionsKey(t *testing.T) {
	l, _ := lines(t, turn{"Type a number", "M"})
	if n, err := l.Choose(checkChoice); err != nil || n != 6 {
		t.Fatalf("m chose %d, %v", n, err)
	}
	l, _ = lines(t, turn{"Type a number", "x"}, turn{"not one of the choices", "5"})
	if n, err := l.Choose(checkChoice); err != nil || n != 4 {
		t.Fatalf("5 chose %d, %v", n, err)
	}
	l, _ = lines(t, turn{"Type a number", "b"})
	if _, err := l.Choose(checkChoice); err != steps.ErrBack {
		t.Fatalf("b gave %v", err)
	}
}

// The status words are the printer's language, not the process's.
func TestLinesCheckWordsInTheRenderersLanguage(t *testing.T) {
	s := &script{t: t, turns: []turn{{"", ""}}}
	l := NewLines(context.Background(), s, msg.Hindi)
	if _, err := l.Choose(checkChoice); err != nil {
		t.Fatal(err)
	}
	out := s.out.String()
	if strings.Contains(out, "FAIL: ") || !strings.Contains(out, msg.In(msg.Hindi, msg.AuditWordFail)+": ") {
		t.Errorf("the verdicts are not in Hindi:\n%s", out)
	}
}

// A key of several words ("d delete", as on screen) takes its option by any
// of them, in any case, as a single key does ("M" above); the footer of an
// action page with rows is said after its options, as the contract says.
func TestLinesKeysOfSeveralWordsAnyCase(t *testing.T) {
	q := steps.Choice{Style: steps.ActionStyle, Default: -1,
		Rows:    &steps.RowList{Items: []steps.Option{{Label: plain("Gold")}}},
		Options: []steps.Option{{Label: plain("add plan"), Key: "a"}, {Label: plain("remove"), Key: "d delete", OnRow: true}},
		Footer:  []steps.Block{steps.Note(steps.Muted, msg.Verbatim, "the footer")}}
	for _, typed := range []string{"d", "delete", "Delete", "D"} {
		l, s := lines(t, turn{"Type a number from 1 to 2:", typed})
		if n, err := l.Choose(q); err != nil || n != 1 {
			t.Errorf("%q chose %d, %v; want remove", typed, n, err)
		}
		if out := s.out.String(); strings.Index(out, "the footer") < strings.Index(out, "2. remove") {
			t.Errorf("the footer is not said after the options:\n%s", out)
		}
	}
}
