package steps_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"paystack-setup/checks"
	"paystack-setup/msg"
	"paystack-setup/plans"
	"paystack-setup/setup"
	"paystack-setup/state"
	"paystack-setup/steps"
	"paystack-setup/steps/steptest"
)

// engineSays is what the checks engine says offline about a state, in
// English, so the tests follow its wording rather than copy it.
func engineSays(t *testing.T, st state.State, id string) (checks.Status, string) {
	t.Helper()
	for _, r := range checks.Run(context.Background(), checks.Input{State: st, Offline: true}).Results {
		if r.ID == id {
			_, detail, _ := r.Texts()
			return r.Status, detail.In(msg.English)
		}
	}
	t.Fatalf("the checks engine has no %s result", id)
	return "", ""
}

// writeFile puts a plans file in a temporary folder.
func writeFile(t *testing.T, name, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

var gold = plans.Plan{Name: "Gold", Amount: 500000, Currency: "NGN", Interval: plans.Month, IntervalCount: 1}

// fieldsAsIs answers the fields' checklist as it stands.
var fieldsAsIs = steptest.Fill(nil)

// save leaves the plans page with "save and continue".
var save = steptest.ChooseLabel(msg.CkKeySave)

// newPlan adds a plan: the page's "add plan", then the form filled.
func newPlan(values map[string]string) []steptest.Answer {
	return []steptest.Answer{steptest.ChooseLabel(msg.CkKeyAdd), steptest.Fill(values)}
}

// The first visit ticks nothing (#12 item 8): the merchant ticks what the
// payment page has, with the engine's verdict under the boxes; leaving one
// of the three Paystack needs unticked says what is missing and that the
// fix is a tick, and the answer is kept as given.
func TestCheckoutFieldsStartUnticked(t *testing.T) {
	s, _ := newSession(t, "")
	var asked []*steps.Form
	p := &formSpy{Prompter: steptest.New(t, steptest.Fill(map[string]string{"email": "yes", "first_name": "yes"}), save), got: &asked}
	if err := steps.Checkout.Run(context.Background(), s, p); err != nil {
		t.Fatal(err)
	}
	f := asked[0]
	if !f.Checklist || f.Title.ID != msg.CkFieldsAsk || len(f.Fields) != 10 {
		t.Fatalf("the fields are not asked as a checklist of the ten: %+v", f)
	}
	tr := p.Transcript()
	if !strings.Contains(tr, "Email: \n  First name: \n  Last name: \n  Phone number: \n") {
		t.Errorf("a first visit does not start with every box unticked:\n%s", tr)
	}
	status, detail := engineSays(t, state.State{CheckoutFields: []string{"email", "first_name"}}, "fields.required")
	if status != checks.Fail || !strings.Contains(tr, detail+" "+en(msg.CkFieldsFixHere)) {
		t.Errorf("unticking Last name is not flagged with the engine's %q and the fix here:\n%s", detail, tr)
	}
	if got := strings.Join(s.State().CheckoutFields, ","); got != "email,first_name" {
		t.Fatalf("recorded %s, want email,first_name", got)
	}
}

// A field saved in another spelling (an older save, `audit --fields`) comes
// back ticked under its id; one the list does not name is kept as it was.
func TestCheckoutFieldsKeepOtherSpellingsAndOthers(t *testing.T) {
	s, _ := newSession(t, "")
	s.State().CheckoutFields = []string{"email", "first_name", "last_name", "phone_number", "shoe_size"}
	p := steptest.New(t, fieldsAsIs, save)
	if err := steps.Checkout.Run(context.Background(), s, p); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(s.State().CheckoutFields, ","); got != "email,first_name,last_name,phone,shoe_size" {
		t.Errorf("recorded %s", got)
	}
	if _, pass := engineSays(t, *s.State(), "fields.required"); !p.Said(msg.ChkFieldsOK) {
		t.Errorf("the verdict %q is not shown:\n%s", pass, p.Transcript())
	}
}

// esc on the fields leaves the step with the ticks kept; esc on the plans
// returns to the fields.
func TestCheckoutBackGoesFromPlansToFieldsToTheStepBefore(t *testing.T) {
	s, _ := newSession(t, "")
	p := steptest.New(t, steptest.Fill(map[string]string{"email": "yes", "first_name": "yes", "last_name": "yes"}), steptest.Back(steptest.OnChoose),
		steptest.Fill(map[string]string{"phone": "yes"}).Then(steps.ErrBack))
	if err := steps.Checkout.Run(context.Background(), s, p); !errors.Is(err, steps.ErrBack) {
		t.Fatalf("err %v, want ErrBack", err)
	}
	if got := strings.Join(s.State().CheckoutFields, ","); got != "email,first_name,last_name,phone" {
		t.Errorf("going back lost the ticks: %s", got)
	}
}

// "2 weeks" typed as the interval is read as every 2 weeks, which the
// notes explain in the engine's words; the plan is kept, marked, for fixing.
func TestCheckoutEveryTwoWeeksIsExplainedAsTyped(t *testing.T) {
	for _, typed := range []string{"2 weeks", "every 2 weeks"} {
		s, _ := newSession(t, "")
		s.RecordCountry("NG")
		p := steptest.New(t, fieldsAsIs)
		p.Add(newPlan(map[string]string{"name": "Coaching", "amount": "5000", "interval": typed})...)
		p.Add(save)
		if err := steps.Checkout.Run(context.Background(), s, p); err != nil {
			t.Fatal(err)
		}
		want := plans.Plan{Name: "Coaching", Amount: 500000, Currency: "NGN", Interval: plans.Week, IntervalCount: 2}
		status, detail := engineSays(t, state.State{Plans: []plans.Plan{want}}, "plan.interval")
		tr := p.Transcript()
		if status != checks.Fail || strings.Count(tr, detail) < 2 {
			t.Errorf("%q: every 2 weeks is not explained in the form and on its row with %q:\n%s", typed, detail, tr)
		}
		if got := s.State().Plans; len(got) != 1 || got[0] != want {
			t.Errorf("%q: recorded %+v, want %+v", typed, got, want)
		}
		if !strings.Contains(tr, "  - fail Coaching: NGN 5,000.00, every 2 weeks") {
			t.Errorf("%q: the row is not marked:\n%s", typed, tr)
		}
	}
}

// The form's notes say what the audit will: the first charge and
// international payments for USD, Paystack's minimum, a currency it cannot
// take (and then nothing on that currency's minimum). What cannot be read
// yet is not judged: an empty amount is no price of 0.00, and a word that
// is no interval is not a one-time price; its field says what to type,
// once.
func TestCheckoutPlanFormNotes(t *testing.T) {
	s, _ := newSession(t, "")
	s.RecordCountry("NG")
	p := steptest.New(t, fieldsAsIs, steptest.ChooseLabel(msg.CkKeyAdd),
		steptest.Fill(map[string]string{"name": "Pro", "currency": "usd", "amount": "20"}).Then(steps.ErrBack),
		steptest.ChooseLabel(msg.CkKeyAdd),
		steptest.Fill(map[string]string{"name": "Gold", "currency": "ZAR"}).Then(steps.ErrBack),
		steptest.ChooseLabel(msg.CkKeyAdd),
		steptest.Fill(map[string]string{"name": "Gold", "amount": "0.5", "currency": "ZAR"}).Then(steps.ErrBack),
		steptest.ChooseLabel(msg.CkKeyAdd),
		steptest.Fill(map[string]string{"name": "Gold", "amount": "5000", "currency": "XYZ"}).Then(steps.ErrBack),
		save)
	if err := steps.Checkout.Run(context.Background(), s, p); err != nil {
		t.Fatal(err)
	}
	tr := p.Transcript()
	usd := plans.Plan{Name: "Pro", Amount: 2000, Currency: "USD", Interval: plans.Month, IntervalCount: 1}
	_, first := engineSays(t, state.State{Plans: []plans.Plan{usd}}, "first_charge.notice")
	if !p.Said(msg.CkUSDNote) || !strings.Contains(tr, first) {
		t.Errorf("a USD plan is not told about international payments and the first charge %q:\n%s", first, tr)
	}
	zar := plans.Plan{Name: "Gold", Amount: 50, Currency: "ZAR", Interval: plans.Month, IntervalCount: 1}
	status, low := engineSays(t, state.State{Plans: []plans.Plan{zar}}, "plan.amount")
	// Paystack publishes no plan minimum for ZAR (only NGN 100): the plan
	// is not failed on an invented one, and the form says so once.
	if status == checks.Fail || strings.Count(tr, low) != 1 {
		t.Errorf("ZAR 0.50 is %s, or not said once as %q:\n%s", status, low, tr)
	}
	if strings.Contains(tr, "ZAR 0.00") || p.Said(msg.ChkPlanAmountZero) {
		t.Errorf("an amount not yet typed is judged:\n%s", tr)
	}
	if !p.Said(msg.ChkCurrencyUnsupported) || strings.Contains(tr, "XYZ 5,000.00") {
		t.Errorf("XYZ is not flagged, or its minimum is still talked about:\n%s", tr)
	}
	if len(s.State().Plans) != 0 {
		t.Errorf("plans left with esc were kept: %+v", s.State().Plans)
	}

	s, _ = newSession(t, "")
	p = steptest.New(t, fieldsAsIs, steptest.ChooseLabel(msg.CkKeyAdd),
		steptest.Fill(map[string]string{"name": "Coaching", "amount": "5000", "interval": "fortnight", "count": "2"}).Then(steps.ErrBack),
		save)
	if err := steps.Checkout.Run(context.Background(), s, p); err != nil {
		t.Fatal(err)
	}
	tr = p.Transcript()
	for _, wrong := range []string{en(msg.PlansOneTime), en(msg.ChkPlanOneTimeRepeats, 2)} {
		if strings.Contains(tr, wrong) {
			t.Errorf("a word that is no interval is called a one-time price (%q):\n%s", wrong, tr)
		}
	}
	if n := strings.Count(tr, en(msg.CkIntervalBad)); n != 1 {
		t.Errorf("%q said %d times, want once:\n%s", en(msg.CkIntervalBad), n, tr)
	}
}

// A field that cannot be read is refused with what to type, and the form
// stays with what was typed: an amount that is none, a name already
// used (as in a plans file), a page pasted as a name, a bad count.
func TestCheckoutPlanFormRefusals(t *testing.T) {
	s, _ := newSession(t, "")
	s.RecordPlans([]plans.Plan{gold})
	p := steptest.New(t, fieldsAsIs, steptest.ChooseLabel(msg.CkKeyAdd),
		steptest.Fill(map[string]string{"name": "gold ", "amount": "12,50.5x", "currency": "N1", "count": "0"}),
		steptest.Fill(map[string]string{"name": strings.Repeat("Gold ", 100)}),
		steptest.Fill(map[string]string{"name": "Silver", "amount": "3000", "currency": "ngn", "count": "1"}),
		save)
	if err := steps.Checkout.Run(context.Background(), s, p); err != nil {
		t.Fatal(err)
	}
	_, amountErr := plans.ParseAmount("12,50.5x")
	tr := p.Transcript()
	for _, want := range []string{en(msg.CkNameTaken, "Gold"), amountErr.Error(), en(msg.CkCurrencyBad), en(msg.CkCountBad),
		en(msg.PlansNameTooLong, 499, plans.MaxNameLength)} {
		if !strings.Contains(tr, want) {
			t.Errorf("not refused with %q:\n%s", want, tr)
		}
	}
	if strings.Contains(tr, "NGN 0.00") || p.Said(msg.ChkPlanAmountZero) {
		t.Errorf("an unreadable amount is judged as a price of 0.00:\n%s", tr)
	}
	if got := s.State().Plans; len(got) != 2 || got[1].Name != "Silver" || got[1].Currency != "NGN" || got[1].Amount != 300000 {
		t.Fatalf("recorded %+v", got)
	}
}

// Editing a plan keeps its own name, updates it in place and starts from
// what it was.
func TestCheckoutEditUpdatesInPlace(t *testing.T) {
	s, _ := newSession(t, "")
	silver := plans.Plan{Name: "Silver", Amount: 200000, Currency: "NGN", Interval: plans.Year, IntervalCount: 1}
	s.RecordPlans([]plans.Plan{gold, silver})
	var asked []*steps.Form
	p := &formSpy{Prompter: steptest.New(t, fieldsAsIs, steptest.ChooseRow(msg.CkKeyEdit, 1),
		steptest.Fill(map[string]string{"amount": "2,500.50"}), save), got: &asked}
	if err := steps.Checkout.Run(context.Background(), s, p); err != nil {
		t.Fatal(err)
	}
	form := asked[1].Values()
	if form["name"] != "Silver" || form["interval"] != "year" || form["currency"] != "NGN" || form["count"] != "1" {
		t.Errorf("the form did not start from the plan: %v", form)
	}
	if asked[1].Back.ID != msg.CkKeyToPlans || asked[1].Submit.ID != msg.CkKeySavePlan {
		t.Errorf("the form does not say that esc returns to the plans and enter saves the plan")
	}
	if got := s.State().Plans; len(got) != 2 || got[0] != gold || got[1].Name != "Silver" || got[1].Amount != 250050 {
		t.Fatalf("recorded %+v", got)
	}
}

// d removes the plan under the cursor with one key, so u puts it back in
// its place; after another action there is nothing to put back.
func TestCheckoutRemoveAndPutBack(t *testing.T) {
	s, _ := newSession(t, "")
	silver := plans.Plan{Name: "Silver", Amount: 200000, Currency: "NGN", Interval: plans.Month, IntervalCount: 1}
	s.RecordPlans([]plans.Plan{gold, silver})
	p := steptest.New(t, fieldsAsIs, steptest.ChooseRow(msg.CkKeyRemove, 0), steptest.ChooseLabel(msg.CkKeyUndo),
		steptest.ChooseRow(msg.CkKeyRemove, 0), steptest.ChooseLabel(msg.CkKeyAdd), steptest.Back(steptest.OnForm), save)
	var pages []steps.Choice
	spy := &choiceLog{Prompter: p, got: &pages}
	if err := steps.Checkout.Run(context.Background(), s, spy); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(p.Transcript(), en(msg.CkRemoved, "Gold")) {
		t.Errorf("the removal is not said with how to undo it:\n%s", p.Transcript())
	}
	if len(pages) != 5 || !offersUndo(pages[1]) || offersUndo(pages[2]) || !offersUndo(pages[3]) || offersUndo(pages[4]) {
		t.Errorf("undo offered when it should not be, or not after a removal")
	}
	if got := s.State().Plans; len(got) != 1 || got[0].Name != "Silver" {
		t.Fatalf("recorded %+v", got)
	}
	if pages[2].Rows == nil || len(pages[2].Rows.Items) != 2 || pages[2].Rows.Items[0].Label.Args[0] != "Gold" {
		t.Errorf("u did not put Gold back in its place: %+v", pages[2].Rows)
	}
}

func offersUndo(q steps.Choice) bool {
	for _, o := range q.Options {
		if o.Label.ID == msg.CkKeyUndo {
			return true
		}
	}
	return false
}

// A file with a bad row imports nothing, says every problem with its line,
// and keeps the plans; a good one is imported, a plan it names already is
// updated in place and that is said.
func TestCheckoutImport(t *testing.T) {
	s, _ := newSession(t, "")
	s.RecordPlans([]plans.Plan{gold})
	bad := writeFile(t, "plans.csv", "name,amount,currency,interval,interval_count\nSilver,5000,NGN,month,1\nBronze,abc,NGN,month,1\n")
	good := writeFile(t, "plans.json", `[{"name":"Gold","amount":"7000","currency":"NGN","interval":"month"},{"name":"Silver","amount":"3000","currency":"NGN","interval":"year"}]`)
	p := steptest.New(t, fieldsAsIs, steptest.ChooseLabel(msg.CkKeyImport),
		steptest.Fill(map[string]string{"import": bad}), steptest.Fill(map[string]string{"import": good}), save)
	if err := steps.Checkout.Run(context.Background(), s, p); err != nil {
		t.Fatal(err)
	}
	tr := p.Transcript()
	if !strings.Contains(tr, en(msg.CkImportFailed)) || !strings.Contains(tr, "line 3") || strings.Count(strings.ToLower(tr), "no plan was imported") != 1 {
		t.Errorf("a bad row is not reported with its line, once:\n%s", tr)
	}
	got := s.State().Plans
	if len(got) != 2 || got[0].Name != "Gold" || got[0].Amount != 700000 || got[1].Name != "Silver" {
		t.Fatalf("importing Gold again did not update it in place: %+v", got)
	}
	if !strings.Contains(tr, en(msg.CkImportReplaced, 1)) || !strings.Contains(tr, msg.Plural(msg.CkImported, 2, "Gold").In(msg.English)) {
		t.Errorf("the import is not said with the plan it updated:\n%s", tr)
	}
}

// One imported plan is named, and a path is read as a shell would: quoted,
// with escaped spaces, or from ~.
func TestCheckoutImportNamesOnePlanAndReadsPathsAsAShell(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	if err := os.MkdirAll(filepath.Join(home, "My plans"), 0o700); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(home, "My plans", "price list.csv")
	if err := os.WriteFile(path, []byte("name,amount,currency,interval,interval_count\nSilver,5000,NGN,month,1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, typed := range []string{"'" + path + "'", `"` + path + `"`, strings.ReplaceAll(path, " ", `\ `), "~/My plans/price list.csv"} {
		s, _ := newSession(t, "")
		p := steptest.New(t, fieldsAsIs, steptest.ChooseLabel(msg.CkKeyImport), steptest.Fill(map[string]string{"import": typed}), save)
		if err := steps.Checkout.Run(context.Background(), s, p); err != nil {
			t.Fatal(err)
		}
		if got := s.State().Plans; len(got) != 1 || got[0].Name != "Silver" {
			t.Errorf("typed %s: nothing imported:\n%s", typed, p.Transcript())
		}
		if !strings.Contains(p.Transcript(), `"Silver" imported`) || strings.Contains(p.Transcript(), "1 plans") {
			t.Errorf("one imported plan is not named:\n%s", p.Transcript())
		}
	}
}

// Typed or imported, the list never grows past plans.MaxPlans: an import
// that would is refused with the numbers, the last plan that fits is added,
// and adding one more says why not.
func TestCheckoutThePlanListStopsAtTheMostTheAnswersKeep(t *testing.T) {
	s, _ := newSession(t, "")
	almost := make([]plans.Plan, plans.MaxPlans-1)
	for i := range almost {
		almost[i] = plans.Plan{Name: fmt.Sprintf("Plan %d", i), Amount: 500000, Currency: "NGN", Interval: plans.Month}
	}
	if err := s.RecordPlans(almost); err != nil {
		t.Fatal(err)
	}
	path := writeFile(t, "plans.csv", "name,amount,currency\nSilver,5000,NGN\nBronze,5000,NGN\n")
	p := steptest.New(t, fieldsAsIs, steptest.ChooseLabel(msg.CkKeyImport),
		steptest.Fill(map[string]string{"import": path}).Then(steps.ErrBack))
	p.Add(newPlan(map[string]string{"name": "Last", "amount": "5000"})...)
	p.Add(steptest.ChooseLabel(msg.CkKeyAdd), save)
	if err := steps.Checkout.Run(context.Background(), s, p); err != nil {
		t.Fatal(err)
	}
	tr := p.Transcript()
	if !strings.Contains(tr, en(msg.CkImportTooMany, 2, plans.MaxPlans+1, plans.MaxPlans)) {
		t.Errorf("the import past the limit is not refused with its numbers")
	}
	if !strings.Contains(tr, en(msg.CkPlansFull, plans.MaxPlans)) {
		t.Errorf("adding to a full list does not say why not")
	}
	if got := s.State().Plans; len(got) != plans.MaxPlans || got[plans.MaxPlans-1].Name != "Last" {
		t.Fatalf("%d plans recorded", len(got))
	}
}

// A plan half typed at a quit comes back in the form, with a word that it
// was kept, on the plan it edited; the drafts today's release keeps come
// back the same way.
func TestCheckoutAHalfTypedPlanSurvivesAQuit(t *testing.T) {
	s, root := newSession(t, "")
	s.RecordCountry("NG")
	silver := plans.Plan{Name: "Silver", Amount: 200000, Currency: "NGN", Interval: plans.Month, IntervalCount: 1}
	s.RecordPlans([]plans.Plan{gold, silver})
	p := steptest.New(t, fieldsAsIs, steptest.ChooseRow(msg.CkKeyEdit, 1),
		steptest.Fill(map[string]string{"name": "Silver Plus", "amount": "49.99"}).Then(steps.ErrInterrupted))
	if err := steps.Run(context.Background(), s, p, []steps.Step{steps.Checkout}); !errors.Is(err, steps.ErrInterrupted) {
		t.Fatalf("err %v", err)
	}
	d := saved(t, root).Drafts["checkout"]
	if d["name"] != "Silver Plus" || d["amount"] != "49.99" || d["editing"] != "1" {
		t.Fatalf("draft on disk %v", d)
	}

	var asked []*steps.Form
	p2 := &formSpy{Prompter: steptest.New(t, steptest.Fill(nil), save), got: &asked}
	if err := steps.Checkout.Run(context.Background(), s, p2); err != nil {
		t.Fatal(err)
	}
	if !p2.Said(msg.CkDraftRestored) || asked[0].Values()["name"] != "Silver Plus" || asked[0].Values()["amount"] != "49.99" {
		t.Fatalf("the rerun does not open the half-typed plan first:\n%s", p2.Transcript())
	}
	if got := s.State().Plans; len(got) != 2 || got[1].Name != "Silver Plus" || got[1].Amount != 4999 {
		t.Fatalf("the restored plan did not replace the one it edited: %+v", got)
	}
	if s.State().Drafts != nil {
		t.Errorf("the draft stays: %v", s.State().Drafts)
	}

	// As today's release keeps it, and for a plan that is gone: a new one.
	s.SetDraft("checkout", map[string]string{"editing": "7", "focus": "1", "name": "Bronze", "amount": "10",
		"currency": "NGN", "interval": "month", "count": "1"})
	p3 := steptest.New(t, steptest.Fill(nil), save)
	if err := steps.Checkout.Run(context.Background(), s, p3); err != nil {
		t.Fatal(err)
	}
	if got := s.State().Plans; len(got) != 3 || got[2].Name != "Bronze" {
		t.Fatalf("recorded %+v", got)
	}
}

// A path being typed at a quit comes back too.
func TestCheckoutAnImportPathSurvivesAQuit(t *testing.T) {
	s, _ := newSession(t, "")
	p := steptest.New(t, fieldsAsIs, steptest.ChooseLabel(msg.CkKeyImport),
		steptest.Fill(map[string]string{"import": "/tmp/pla"}).Then(steps.ErrInterrupted))
	if err := steps.Checkout.Run(context.Background(), s, p); !errors.Is(err, steps.ErrInterrupted) {
		t.Fatalf("err %v", err)
	}
	path := writeFile(t, "plans.csv", "name,amount,currency\nSilver,5000,NGN\n")
	var asked []*steps.Form
	p2 := &formSpy{Prompter: steptest.New(t, steptest.Fill(map[string]string{"import": path}), save), got: &asked}
	if err := steps.Checkout.Run(context.Background(), s, p2); err != nil {
		t.Fatal(err)
	}
	if asked[0].Fields[0].Key != "import" || !p2.Said(msg.CkDraftRestored) || !strings.Contains(p2.Transcript(), "File: /tmp/pla") {
		t.Fatalf("the path typed is not back:\n%s", p2.Transcript())
	}
	if len(s.State().Plans) != 1 {
		t.Fatal("the restored import did not import")
	}
}

// The summary can open the plans half: no fields are asked first, and esc
// there goes to the fields.
func TestCheckoutOpensAtThePlans(t *testing.T) {
	s, _ := newSession(t, "")
	jumped := false
	summary := steps.Step{ID: "summary", Title: msg.StSumTitle, Run: func(context.Context, *setup.Session, steps.Prompter) error {
		if !jumped {
			jumped = true
			return steps.Jump{To: "checkout.plans"}
		}
		return nil
	}}
	s.MarkDone("checkout")
	s.MarkDone("summary")
	p := steptest.New(t, steptest.Back(steptest.OnChoose), fieldsAsIs, save)
	var asked []*steps.Form
	spy := &formSpy{Prompter: p, got: &asked}
	if err := steps.Run(context.Background(), s, spy, []steps.Step{steps.Checkout, summary}); err != nil {
		t.Fatal(err)
	}
	tr := p.Transcript()
	if strings.Index(tr, en(msg.CkPlansIntro)) > strings.Index(tr, en(msg.CkFieldsAsk)) || len(asked) != 1 {
		t.Errorf("the plans half did not come first:\n%s", tr)
	}
}

// formSpy keeps every Form asked.
type formSpy struct {
	steps.Prompter
	got *[]*steps.Form
}

func (f *formSpy) Form(form *steps.Form) error {
	*f.got = append(*f.got, form)
	return f.Prompter.Form(form)
}

func (f *formSpy) Said(id msg.ID) bool { return f.Prompter.(*steptest.Prompter).Said(id) }
func (f *formSpy) Transcript() string  { return f.Prompter.(*steptest.Prompter).Transcript() }

// choiceLog keeps every Choice asked.
type choiceLog struct {
	steps.Prompter
	got *[]steps.Choice
}

func (c *choiceLog) Choose(q steps.Choice) (int, error) {
	*c.got = append(*c.got, q)
	return c.Prompter.Choose(q)
}

// How many plans an import brought is said on the page after it, and goes
// once a plan is removed: the count would no longer match the rows.
func TestCheckoutImportNoteGoesOnceARowChanges(t *testing.T) {
	s, _ := newSession(t, "")
	file := writeFile(t, "plans.json", `[{"name":"Basic","amount":"1500","currency":"NGN","interval":"month"},{"name":"Yearly","amount":"15000","currency":"NGN","interval":"year"}]`)
	p := steptest.New(t, fieldsAsIs, steptest.ChooseLabel(msg.CkKeyImport), steptest.Fill(map[string]string{"import": file}),
		steptest.ChooseRow(msg.CkKeyRemove, 1), save)
	var pages []steps.Choice
	if err := steps.Checkout.Run(context.Background(), s, &choiceLog{Prompter: p, got: &pages}); err != nil {
		t.Fatal(err)
	}
	says := func(q steps.Choice) bool {
		return slices.ContainsFunc(q.Body, func(b steps.Block) bool { return b.Text.ID == msg.CkImported })
	}
	if len(pages) != 3 || says(pages[0]) || !says(pages[1]) || says(pages[2]) {
		t.Fatalf("the import's count is not said on the page after it only (%d pages)", len(pages))
	}
	if got := s.State().Plans; len(got) != 1 || got[0].Name != "Basic" {
		t.Fatalf("recorded %+v", got)
	}
}
