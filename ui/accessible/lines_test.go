package accessible

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/problem"
	"paystack-setup/setup"
	"paystack-setup/state"
	"paystack-setup/steps"
)

// opener opens a profile in a temporary folder, with key in a memory keyring
// when it is not empty.
func opener(t *testing.T, key string) (open func(context.Context) (*setup.Session, []msg.Text, error), root string) {
	t.Helper()
	root = t.TempDir()
	keys := keystore.New(keystore.Options{Backend: keystore.NewMemoryBackend(), Dir: root, Getenv: func(string) string { return "" }})
	if key != "" {
		k, err := paystack.ParseSecretKey(key)
		if err != nil {
			t.Fatal(err)
		}
		if err := keys.Set(context.Background(), "default", k); err != nil {
			t.Fatal(err)
		}
	}
	return func(ctx context.Context) (*setup.Session, []msg.Text, error) {
		s, _, err := setup.Open(ctx, setup.Options{Profile: "default", StateRoot: root, Keys: keys})
		return s, nil, err
	}, root
}

func flowOf(list ...steps.Step) func(context.Context, *setup.Session, steps.Prompter) error {
	return func(ctx context.Context, s *setup.Session, p steps.Prompter) error { return steps.Run(ctx, s, p, list) }
}

func savedState(t *testing.T, root string) *state.State {
	t.Helper()
	st, _, err := state.Read(root, "default")
	if err != nil {
		t.Fatal(err)
	}
	return &st
}

// The four flows ported so far, answered from a typed stream as a screen
// reader user would: what is said, "b" going back a step, and the answers on
// disk afterwards.
func TestLinesWalkTheRealFlows(t *testing.T) {
	open, root := opener(t, sandbox.DemoTestKey)
	answers := strings.Join([]string{
		"7",                      // not a country
		"2",                      // Ghana
		"",                       // systeme.io: the webhook URL shows
		"b",                      // IP whitelist: back to systeme.io
		"",                       // systeme.io again
		"",                       // IP whitelist added
		"http://systeme.io/hook", // refused: not https
		"https://systeme.io/hook",
		"", // done, pasted it
	}, "\n") + "\n"
	var out bytes.Buffer
	end := RunWizard(context.Background(), WizardOptions{In: strings.NewReader(answers), Out: &out, Open: open,
		Flow: flowOf(steps.Welcome, steps.Systeme, steps.IPWhitelist, steps.Webhook)})
	said := out.String()
	if end.Err != nil || end.Interrupted {
		t.Fatalf("ended %+v:\n%s", end, said)
	}
	end.Session.Close()
	for _, want := range []string{
		"Step 1 of 4: Before you start",
		"At any question, type b to go back",
		"What you need\n- a systeme.io account\n",
		"  2. Ghana · GHS\n",
		"Note: the supported currency",
		`"7" is not one of the choices`,
		"Step 2 of 4: Connect in systeme.io",
		"3. Paste your secret key (sk_test_…0001).",
		"Press enter when you see the webhook URL in systeme.io.",
		"\n185.236.142.1\n",
		"Paste the webhook URL:",
		"needs https://",
		"\nhttps://systeme.io/hook\n",
		"2. Paste the URL into the Test Webhook URL field.",
		"  2. edit\n",
	} {
		if !strings.Contains(said, want) {
			t.Errorf("not said: %q", want)
		}
	}
	if strings.Count(said, "Step 2 of 4") != 2 {
		t.Errorf("b did not go back to the step before:\n%s", said)
	}
	if strings.Contains(said, msg.In(msg.English, msg.StSysCopyKey)) || strings.ContainsRune(said, 0x1b) || strings.Contains(said, sandbox.DemoTestKey) {
		t.Errorf("copying offered, an escape sequence or the key in the output:\n%s", said)
	}
	st := savedState(t, root)
	if st.Country != "GH" || !st.SystemeConnected || !st.IPWhitelist["test"] || st.WebhookURL["test"] != "https://systeme.io/hook" || !st.IsDone("webhook") {
		t.Fatalf("saved %+v", st)
	}
}

// The end of input (or ctrl+c) stops with the progress saved; the rerun
// says where it resumes. (What the stop is called, after either front end,
// is cli's wizardAfter, tested there.)
func TestLinesEndOfInputKeepsProgress(t *testing.T) {
	open, root := opener(t, "")
	var out bytes.Buffer
	end := RunWizard(context.Background(), WizardOptions{In: strings.NewReader("3\n"), Out: &out, Open: open,
		Flow: flowOf(steps.Welcome, steps.Systeme)})
	if !end.Interrupted || end.Err != nil || end.SaveErr != nil || end.Session == nil {
		t.Fatalf("ended %+v:\n%s", end, out.String())
	}
	end.Session.Close()
	if st := savedState(t, root); st.Country != "KE" || !st.IsDone("welcome") {
		t.Fatalf("saved %+v", st)
	}

	out.Reset()
	end = RunWizard(context.Background(), WizardOptions{In: strings.NewReader(""), Out: &out, Open: open,
		Flow: flowOf(steps.Welcome, steps.Systeme)})
	end.Session.Close()
	if !strings.Contains(out.String(), "Welcome back. Continuing at: Connect in systeme.io.") {
		t.Errorf("the rerun does not say where it resumes:\n%s", out.String())
	}
}

// Open's refusal ends the run with nothing asked; a bug in a step is the
// internal error, never its Go text.
func TestLinesOpenFailureAndBugsEndEarly(t *testing.T) {
	var out bytes.Buffer
	refused := problem.New(msg.Verbatim, "profile is locked")
	end := RunWizard(context.Background(), WizardOptions{In: strings.NewReader(""), Out: &out,
		Open: func(context.Context) (*setup.Session, []msg.Text, error) { return nil, nil, refused }})
	if end.Err != refused || end.Session != nil || end.Interrupted || strings.Contains(out.String(), "?") {
		t.Fatalf("ended %+v:\n%s", end, out.String())
	}
	open, _ := opener(t, "")
	out.Reset()
	end = RunWizard(context.Background(), WizardOptions{In: strings.NewReader(""), Out: &out, Open: open,
		Flow: func(context.Context, *setup.Session, steps.Prompter) error {
			return errors.New("a bug in a step: not ported")
		}})
	end.Session.Close()
	if end.Err != steps.ErrInternal || end.Interrupted {
		t.Fatalf("ended %+v:\n%s", end, out.String())
	}
}

// lines renders on a script that checks each question.
func lines(t *testing.T, turns ...turn) (*Lines, *script) {
	s := &script{t: t, turns: turns}
	t.Cleanup(func() {
		if len(s.turns) > 0 {
			t.Errorf("%d answers were never asked for, first %+v:\n%s", len(s.turns), s.turns[0], s.out.String())
		}
	})
	return NewLines(context.Background(), s, msg.English), s
}

var plain = func(s string) msg.Text { return msg.New(msg.Verbatim, s) }

// finished reports a run walked to its end, and closes its session.
func finished(end Ended) bool {
	if end.Session != nil {
		_ = end.Session.Close()
	}
	return end.Err == nil && !end.Interrupted
}

// A form is asked field by field: a wrong answer is explained and asked
// again, "b" goes back one field (and from the first leaves the form),
// Enter keeps what a field holds, and each answer is written back.
func TestLinesFormFieldByField(t *testing.T) {
	l, s := lines(t,
		turn{"Account number:", "123"},
		turn{"ten digits", "1234567890"},
		turn{"Kind", "2"},
		turn{"I agree", "b"}, // back to the kind
		turn{"Enter chooses 2", ""},
		turn{"I agree", "1"},
	)
	f := &steps.Form{Title: plain("New subaccount"), Fields: []steps.Field{
		{Key: "account", Label: plain("Account number"), Validate: func(v string) error {
			if len(v) != 10 {
				return problem.New(msg.Verbatim, "ten digits, please")
			}
			return nil
		}},
		{Key: "kind", Label: plain("Kind"), Kind: steps.SelectField, Options: []steps.Option{{Label: plain("savings")}, {Label: plain("current")}}},
		{Key: "agree", Label: plain("I agree"), Kind: steps.ToggleField},
	}, Resolve: func(_ context.Context, changed string, v map[string]string) ([]steps.Block, error) {
		if changed == "account" {
			return []steps.Block{steps.Note(steps.Success, msg.Verbatim, "Account name: ADA OBI")}, nil
		}
		return nil, nil
	}}
	if err := l.Form(f); err != nil {
		t.Fatal(err)
	}
	if v := f.Values(); v["account"] != "1234567890" || v["kind"] != "1" || v["agree"] != "yes" {
		t.Fatalf("values %v", v)
	}
	if !strings.Contains(s.out.String(), "Account name: ADA OBI") {
		t.Errorf("Resolve's answer was not said:\n%s", s.out.String())
	}

	l, _ = lines(t, turn{"Name:", "Gold"}, turn{"Amount:", "b"}, turn{"Enter keeps: Gold", "b"})
	f = &steps.Form{Fields: []steps.Field{{Key: "name", Label: plain("Name")}, {Key: "amount", Label: plain("Amount")}}}
	if err := l.Form(f); !errors.Is(err, steps.ErrBack) {
		t.Fatalf("err %v, want ErrBack from the first field", err)
	}
	if f.Values()["name"] != "Gold" {
		t.Fatal("what was answered was not kept for the draft")
	}
}

// A long list is searched: nine matches read at a time, more letters narrow
// them, and Extra options are offered beside the list.
func TestLinesPickSearchesNineAtATime(t *testing.T) {
	var rows []steps.Row
	for i := range 25 {
		rows = append(rows, steps.Row{Cells: []string{fmt.Sprintf("Shop %02d", i), "GTBank"}})
	}
	rows = append(rows, steps.Row{Cells: []string{"Ada\x1b[2J Crafts", "Zenith"}, Search: "adaeze"})
	q := steps.Pick{Title: plain("Use a subaccount I already have"), Label: plain("Type part of the name:"),
		Extra: []steps.Option{{Label: plain("Create a new one"), Key: "ctrl+n"}},
		Load: func(_ context.Context, emit func([]steps.Row, int)) error {
			emit(rows[:10], 26)
			emit(rows[10:], 26)
			return nil
		}}

	l, s := lines(t,
		turn{"2. Create a new one", "1"},
		turn{"Type part of the name:", "shop"},
		turn{"hear the next ones", ""},
		turn{"10", "1"},
	)
	n, err := l.Pick(q)
	if err != nil || n != 0 {
		t.Fatalf("picked %d, %v", n, err)
	}
	if !strings.Contains(s.out.String(), "  9. Shop 08, GTBank") || !strings.Contains(s.out.String(), "  10. Shop 09, GTBank") {
		t.Errorf("the matches were not read nine at a time:\n%s", s.out.String())
	}

	l, s = lines(t, turn{"Create a new one", "1"}, turn{"name", "daez"}, turn{"1 to 1", "1"})
	if n, err := l.Pick(q); err != nil || n != 25 {
		t.Fatalf("picked %d, %v", n, err)
	}
	if strings.ContainsRune(s.out.String(), 0x1b) {
		t.Error("a row's escape sequence reached the output")
	}

	// Letters that match nothing are said once, and other letters still find.
	l, s = lines(t, turn{"Create a new one", "1"}, turn{"name", "xyz-no-such-shop"}, turn{"Type other letters", "daez"}, turn{"1 to 1", "1"})
	if n, err := l.Pick(q); err != nil || n != 25 {
		t.Fatalf("picked %d, %v", n, err)
	}
	if strings.Count(s.out.String(), `Nothing matches "xyz-no-such-shop"`) != 1 {
		t.Errorf("an unmatched search is not said once:\n%s", s.out.String())
	}

	l, _ = lines(t, turn{"Create a new one", "2"})
	if n, err := l.Pick(q); err != nil || n != steps.ExtraChosen(0) {
		t.Fatalf("picked %d, %v, want the extra option", n, err)
	}
}

// A Pick tells the flow what it showed when answered: the matches read
// and the search that found them, or, for an Extra chosen beside the list,
// the rows its starting filter finds (every row without one).
func TestLinesPickSaysWhatItShowed(t *testing.T) {
	rows := []steps.Row{{Cells: []string{"Ada Okafor"}}, {Cells: []string{"Bola Ade"}}, {Cells: []string{"Chidi Eze"}}, {Cells: []string{"Ada Bello"}}}
	var seen steps.PickSeen
	q := steps.Pick{Title: plain("Find a subscriber"), Label: plain("Type part of the name:"), Seen: &seen,
		Extra: []steps.Option{{Label: plain("Email everyone listed"), Key: "ctrl+e"}},
		Load:  func(_ context.Context, emit func([]steps.Row, int)) error { emit(rows, len(rows)); return nil }}

	l, _ := lines(t, turn{"2. Email everyone listed", "1"}, turn{"name", "ada"}, turn{"1 to 2", "2"})
	if n, err := l.Pick(q); err != nil || n != 3 {
		t.Fatalf("picked %d, %v", n, err)
	}
	if seen.Filter != "ada" || fmt.Sprint(seen.Shown) != "[0 3]" {
		t.Errorf("saw %+v, want the two Ada rows under \"ada\"", seen)
	}

	l, _ = lines(t, turn{"Email everyone listed", "2"})
	if n, err := l.Pick(q); err != nil || n != steps.ExtraChosen(0) {
		t.Fatalf("picked %d, %v", n, err)
	}
	if seen.Filter != "" || fmt.Sprint(seen.Shown) != "[0 1 2 3]" {
		t.Errorf("saw %+v, want every row", seen)
	}

	q.Filter = "ada"
	l, _ = lines(t, turn{"Email everyone listed", "2"})
	if n, err := l.Pick(q); err != nil || n != steps.ExtraChosen(0) {
		t.Fatalf("picked %d, %v", n, err)
	}
	if seen.Filter != "ada" || fmt.Sprint(seen.Shown) != "[0 3]" {
		t.Errorf("saw %+v, want the rows \"ada\" finds", seen)
	}
}

// A list that starts filtered (the bank chosen before) reads that filter's
// matches at once; a row is said as its Spoken text, its words in the
// merchant's language, and searched by its cells and Search too.
func TestLinesPickStartsFromItsFilter(t *testing.T) {
	rows := []steps.Row{
		{Cells: []string{"Access Bank", ""}, Words: []msg.Text{{}, msg.New(msg.SubAcctYes)}},
		{Cells: []string{"Zenith Bank", ""}, Words: []msg.Text{{}, msg.New(msg.SubAcctNo)}},
		{Cells: []string{"Kuda Bank", "x"}, Search: "kuda-mfb", Spoken: plain("Kuda, the microfinance bank")},
	}
	q := steps.Pick{Label: plain("Type part of the bank name:"), Filter: "zenith",
		Load: func(_ context.Context, emit func([]steps.Row, int)) error { emit(rows, 3); return nil }}
	l, s := lines(t, turn{"Type the number (1 to 1)", "1"})
	if n, err := l.Pick(q); err != nil || n != 1 {
		t.Fatalf("picked %d, %v", n, err)
	}
	if !strings.Contains(s.out.String(), "  1. Zenith Bank, no") {
		t.Errorf("the filter's match was not read at once, with its word:\n%s", s.out.String())
	}

	q.Filter = ""
	l, s = lines(t, turn{"bank name", "mfb"}, turn{"1 to 1", "1"})
	if n, err := l.Pick(q); err != nil || n != 2 {
		t.Fatalf("picked %d, %v", n, err)
	}
	if !strings.Contains(s.out.String(), "  1. Kuda, the microfinance bank") {
		t.Errorf("the row was not said as its Spoken text:\n%s", s.out.String())
	}
}

// A secret is read without echo and never said back; a shortcut is said
// with its letter, which typed alone fills it (the demo key).
func TestLinesSecretInput(t *testing.T) {
	l, s := lines(t, turn{"DEMO: fill in the demo test key (type g and press Enter).\nPaste your secret key", "g"})
	v, err := l.Input(steps.Input{Label: msg.New(msg.AccKeyPrompt), Secret: true, Value: "ignored",
		Shortcuts: []steps.Shortcut{{Key: "ctrl+g", Label: msg.New(msg.StKeyDemoFill), Value: sandbox.DemoTestKey}}})
	if err != nil || v != sandbox.DemoTestKey {
		t.Fatalf("got %q, %v", v, err)
	}
	if len(s.secrets) != 1 {
		t.Fatal("the secret was not read without echo")
	}
	if strings.Contains(s.out.String(), "ignored") || strings.Contains(s.out.String(), "Enter keeps") {
		t.Errorf("a secret's value was offered back:\n%s", s.out.String())
	}
}

// A glance (the key Paystack accepted) is said and passed without a
// question: its lines stay where a screen reader left them.
func TestLinesGlanceIsSaidNotAsked(t *testing.T) {
	l, s := lines(t)
	n, err := l.Choose(steps.Choice{Glance: true, Style: steps.ActionStyle, Body: []steps.Block{steps.Note(steps.Success, msg.StKeyVerified)},
		Options: []steps.Option{{Label: msg.New(msg.WizKeyNext)}}})
	if n != 0 || err != nil || !strings.Contains(s.out.String(), "Paystack accepted the secret key.") {
		t.Fatalf("got %d, %v:\n%s", n, err, s.out.String())
	}
	if !l.TellsGlances() {
		t.Error("the wizard would count a glance as a question here")
	}
}

// A step that stops ends the run with its Stop (cli says its Why and exits
// 1), its answers saved, rather than as a bug.
func TestLinesStopEndsTheRunWithItsWhy(t *testing.T) {
	open, root := opener(t, "")
	stop := steps.Step{ID: "key", Title: msg.StKeyTitle, Run: func(context.Context, *setup.Session, steps.Prompter) error {
		return &steps.Stop{Why: msg.New(msg.AccKeyEnvFix)}
	}}
	var out bytes.Buffer
	end := RunWizard(context.Background(), WizardOptions{In: strings.NewReader("1\n"), Out: &out, Open: open,
		Flow: flowOf(steps.Welcome, stop)})
	said := out.String()
	end.Session.Close()
	var stopped *steps.Stop
	if !errors.As(end.Err, &stopped) || stopped.Why.ID != msg.AccKeyEnvFix || end.Interrupted || strings.Contains(said, msg.In(msg.English, msg.ErrInternal)) {
		t.Fatalf("ended %+v:\n%s", end, said)
	}
	if !savedState(t, root).IsDone("welcome") {
		t.Error("the answers before the stop were not saved")
	}
}

// Warnings and problems are said with a word; a value stands alone.
func TestLinesTellSaysTonesWithWords(t *testing.T) {
	l, s := lines(t)
	l.Tell(steps.Note(steps.Warn, msg.Verbatim, "look twice"), steps.Note(steps.Error, msg.Verbatim, "broken"),
		steps.Literal("185.236.142.1"), steps.Block{Kind: steps.TableBlock, Table: &steps.Table{
			Columns: []msg.Text{plain("Plan"), plain("Amount")}, Rows: [][]string{{"Gold", "5,000"}}}})
	for _, want := range []string{"Warning: look twice\n", "Problem: broken\n", "\n185.236.142.1\n", "Plan: Gold, Amount: 5,000\n"} {
		if !strings.Contains(s.out.String(), want) {
			t.Errorf("not said: %q in\n%s", want, s.out.String())
		}
	}
	if l.CanCopy() || l.Copy("x") {
		t.Error("plain lines claim a clipboard")
	}
}

func TestLinesWaitSaysItsLabel(t *testing.T) {
	l, s := lines(t)
	ran := false
	if err := l.Wait(msg.New(msg.AccChecking), func(context.Context) error { ran = true; return nil }); err != nil || !ran {
		t.Fatalf("err %v ran %v", err, ran)
	}
	if !strings.Contains(s.out.String(), "Checking with Paystack") {
		t.Errorf("the wait was not said:\n%s", s.out.String())
	}
}

// An action page's rows are said with their notes; a key typed as on
// screen takes its option; an option for a row asks which one ("b" there
// returns to the options); without rows those options are not offered and
// Enter takes nothing.
func TestLinesActionPageRows(t *testing.T) {
	items := []steps.Option{{Label: plain("Gold: NGN 5,000.00"), Mark: "pass"}, {Label: plain("Silver: NGN 20.00"), Mark: "fail"}}
	options := []steps.Option{{Label: plain("edit"), OnRow: true}, {Label: plain("remove"), Key: "d delete", OnRow: true},
		{Label: plain("add plan"), Key: "a"}, {Label: plain("save and continue"), Key: "s"}}
	page := func(rows bool) steps.Choice {
		q := steps.Choice{Style: steps.ActionStyle, Options: options, Default: -1}
		if rows {
			q.Rows, q.Default = &steps.RowList{Items: items, Cursor: 1,
				Notes: [][]steps.Block{{steps.Note(steps.Muted, msg.Verbatim, "fine")}, {steps.Note(steps.Error, msg.Verbatim, "too cheap")}}}, 0
		}
		return q
	}
	l, s := lines(t,
		turn{"Type a number from 1 to 4 (Enter chooses 1)", "d"},
		turn{"remove: which one?", "b"},
		turn{"1 to 4", "2"},
		turn{"(Enter chooses 2)", "1"},
	)
	q := page(true)
	if n, err := l.Choose(q); err != nil || n != 1 || q.Rows.Cursor != 0 {
		t.Fatalf("took %d for row %d, %v; want remove for row 0", n, q.Rows.Cursor, err)
	}
	for _, want := range []string{"PASS: Gold: NGN 5,000.00\nfine\n", "FAIL: Silver: NGN 20.00\nProblem: too cheap\n", "  2. remove\n"} {
		if !strings.Contains(s.out.String(), want) {
			t.Errorf("not said: %q in\n%s", want, s.out.String())
		}
	}

	l, s = lines(t, turn{"Type a number from 1 to 2:", ""}, turn{"1 to 2", "s"})
	if n, err := l.Choose(page(false)); err != nil || n != 3 {
		t.Fatalf("took %d, %v; want save", n, err)
	}
	if strings.Contains(s.out.String(), "edit") || strings.Contains(s.out.String(), "remove") {
		t.Errorf("options for a row offered without rows:\n%s", s.out.String())
	}
}

// A checklist is one question: the numbers (or names) to tick replace the
// ticks, Enter keeps them, a number that is none is explained, and when the
// notes then name a problem the merchant may answer again or keep it.
func TestLinesChecklistIsOneQuestion(t *testing.T) {
	form := func() *steps.Form {
		return &steps.Form{Title: plain("Which fields?"), Checklist: true, Fields: []steps.Field{
			{Key: "email", Label: plain("Email"), Kind: steps.ToggleField, Value: "yes"},
			{Key: "phone", Label: plain("Phone number"), Kind: steps.ToggleField},
			{Key: "city", Label: plain("City"), Kind: steps.ToggleField, Notes: func(v map[string]string) []steps.Block {
				if v["email"] == "" {
					return []steps.Block{steps.Note(steps.Error, msg.Verbatim, "email is missing")}
				}
				return []steps.Block{steps.Note(steps.Success, msg.Verbatim, "all there")}
			}},
		}}
	}
	l, s := lines(t,
		turn{"Enter alone keeps the ones marked chosen", "2, 7"},
		turn{"1 to 3, or b", "phone number, 3"},
		turn{"press Enter to keep this answer anyway", "1,2"},
	)
	f := form()
	if err := l.Form(f); err != nil {
		t.Fatal(err)
	}
	if v := f.Values(); v["email"] != "yes" || v["phone"] != "yes" || v["city"] != "" {
		t.Fatalf("values %v", v)
	}
	for _, want := range []string{"  1. Email (chosen)\n  2. Phone number\n", `"7" is not one of the choices`, "Problem: email is missing", "all there"} {
		if !strings.Contains(s.out.String(), want) {
			t.Errorf("not said: %q in\n%s", want, s.out.String())
		}
	}

	l, _ = lines(t, turn{"Enter alone keeps", ""})
	f = form()
	if err := l.Form(f); err != nil || f.Values()["email"] != "yes" {
		t.Fatalf("Enter did not keep the ticks: %v %v", f.Values(), err)
	}
	l, _ = lines(t, turn{"Enter alone keeps", "3"}, turn{"keep this answer anyway", ""})
	f = form()
	if err := l.Form(f); err != nil || f.Values()["email"] != "" || f.Values()["city"] != "yes" {
		t.Fatalf("the answer with a problem was not kept on Enter: %v %v", f.Values(), err)
	}
	l, _ = lines(t, turn{"Enter alone keeps", "b"})
	if err := l.Form(form()); !errors.Is(err, steps.ErrBack) {
		t.Fatalf("err %v, want ErrBack", err)
	}
}

// A field's Settle rewrites the answer and the fields after it: "2 weeks"
// is week, with the count then offered as 2.
func TestLinesFormSettles(t *testing.T) {
	l, _ := lines(t, turn{"Interval (Enter keeps: month):", "2 weeks"}, turn{"Count (Enter keeps: 2):", ""})
	f := &steps.Form{Fields: []steps.Field{
		{Key: "interval", Label: plain("Interval"), Value: "month", Settle: func(v map[string]string) map[string]string {
			if n, unit, ok := strings.Cut(v["interval"], " "); ok {
				return map[string]string{"interval": unit, "count": n}
			}
			return nil
		}},
		{Key: "count", Label: plain("Count"), Value: "1"},
	}}
	if err := l.Form(f); err != nil || f.Values()["interval"] != "weeks" || f.Values()["count"] != "2" {
		t.Fatalf("values %v, %v", f.Values(), err)
	}
}

// The checkout step read and answered as a screen reader user would: the
// fields as one numbered question, the plans page's keys typed as on
// screen, a plan asked field by field with its notes said, its row said
// with its verdict.
func TestLinesWalkTheCheckoutStep(t *testing.T) {
	open, root := opener(t, "")
	answers := strings.Join([]string{
		"1",    // Nigeria
		"1,2",  // the fields, without Last name
		"",     // kept anyway
		"a",    // add a plan
		"Gold", // name
		"5000", // amount
		"",     // NGN
		"2 weeks",
		"", // the count, 2 now
		"s",
	}, "\n") + "\n"
	var out bytes.Buffer
	end := RunWizard(context.Background(), WizardOptions{In: strings.NewReader(answers), Out: &out, Open: open,
		Flow: flowOf(steps.Welcome, steps.Checkout)})
	said := out.String()
	if !finished(end) {
		t.Fatalf("ended %+v:\n%s", end, said)
	}
	for _, want := range []string{
		"  1. Email\n  2. First name\n  3. Last name\n  4. Phone number\n", // nothing chosen on a first visit (#12 item 8)
		"Problem: Missing: Last name.",
		"press Enter to keep this answer anyway",
		"No plans yet. Press a to add one",
		"Intervals between charges (Enter keeps: 2):",
		"Problem: Charges every 2 weeks",
		"FAIL: Gold: NGN 5,000.00, every 2 weeks\n",
		"  5. save and continue\n",
	} {
		if !strings.Contains(said, want) {
			t.Errorf("not said: %q in\n%s", want, said)
		}
	}
	st := savedState(t, root)
	if strings.Join(st.CheckoutFields, ",") != "email,first_name" || len(st.Plans) != 1 || st.Plans[0].IntervalCount != 2 || !st.IsDone("checkout") {
		t.Fatalf("saved fields %v plans %+v", st.CheckoutFields, st.Plans)
	}
}

// keyOpener opens a profile over Paystack's sandbox, with a keyring that
// cannot store (no session bus) and PAYSTACK_SECRET_KEY set to env.
func keyOpener(t *testing.T, env string) func(context.Context) (*setup.Session, []msg.Text, error) {
	t.Helper()
	root := t.TempDir()
	keyring := keystore.NewFaultyBackend(keystore.NewMemoryBackend())
	keyring.FailOn(keystore.OpSet, keystore.SimulatedError(keystore.ProblemNoSessionBus))
	keys := keystore.New(keystore.Options{Backend: keyring, Dir: root, Getenv: func(n string) string {
		if n == keystore.EnvKey {
			return env
		}
		return ""
	}})
	hc := &http.Client{Transport: sandbox.New(sandbox.Options{}).Transport()}
	return func(ctx context.Context) (*setup.Session, []msg.Text, error) {
		s, _, err := setup.Open(ctx, setup.Options{Profile: "default", StateRoot: root, Keys: keys,
			NewClient: func(k paystack.SecretKey) *paystack.Client {
				return paystack.New(k, paystack.WithBaseURL(sandbox.BaseURL), paystack.WithHTTPClient(hc), paystack.WithMaxRetries(0))
			}})
		return s, nil, err
	}
}

// The key step as lines: the key read without echo, the keyring's choices
// numbered, "this shell only" with its export line, and the accepted key
// said with no question after it; a key from PAYSTACK_SECRET_KEY asks
// nothing at all.
func TestLinesKeyStep(t *testing.T) {
	s := &script{t: t, turns: []turn{
		{"Paste your secret key", sandbox.DemoTestKey},
		{"Type a number from 1 to 3 (Enter chooses 1)", "2"},
	}}
	var out bytes.Buffer
	end := RunWizard(context.Background(), WizardOptions{Prompter: s, Out: &out, Open: keyOpener(t, ""), Flow: flowOf(steps.Key)})
	said := s.out.String()
	if !finished(end) {
		t.Fatalf("ended %+v:\n%s", end, said)
	}
	for _, want := range []string{"Looks like a secret key: sk_test_…0001 · test mode", "Checking with Paystack…",
		"no desktop session bus", "The key works, but it could not be saved in a keyring. Choose what to do:", "  2. Use the key for this shell only",
		"\n  " + keystore.EnvCommand() + "\n", "Paystack accepted the secret key.", "\nsk_test_…0001 · test mode\n"} {
		if !strings.Contains(said, want) {
			t.Errorf("not said: %q\n%s", want, said)
		}
	}
	if len(s.secrets) != 1 || strings.Contains(said, sandbox.DemoTestKey) {
		t.Errorf("the key was not read without echo, or was said:\n%s", said)
	}

	s = &script{t: t}
	end = RunWizard(context.Background(), WizardOptions{Prompter: s, Out: &out, Open: keyOpener(t, sandbox.DemoTestKey), Flow: flowOf(steps.Key)})
	if said := s.out.String(); !finished(end) || !strings.Contains(said, "PAYSTACK_SECRET_KEY") || !strings.Contains(said, "Paystack accepted the secret key.") {
		t.Fatalf("ended %+v:\n%s", end, said)
	}
}

// A flow of its own (a command's view, StepInfo.Count 0) is announced by
// its title alone, with how to go back, which leaves it.
func TestLinesFlowOfItsOwn(t *testing.T) {
	l, s := lines(t, turn{"Type a number", "b"})
	l.Begin(steps.StepInfo{ID: "view", Title: msg.StSumTitle})
	_, err := l.Choose(steps.Choice{Options: []steps.Option{{Label: plain("stay")}, {Label: plain("other")}}, Default: -1})
	if !errors.Is(err, steps.ErrBack) {
		t.Fatalf("b gave %v", err)
	}
	out := s.out.String()
	if !strings.Contains(out, "\nSummary\n") || !strings.Contains(out, "type b to go back") || strings.Contains(out, "Step") {
		t.Errorf("announced as:\n%s", out)
	}
}
