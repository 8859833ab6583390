package legacysteps

import (
	"context"
	"os"
	"path/filepath"
	"paystack-setup/internal/teakeys"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"paystack-setup/checks"
	"paystack-setup/msg"
	"paystack-setup/plans"
	"paystack-setup/state"
)

type ckEnv struct {
	st   *state.State
	step *Checkout
}

func newCkEnv(st *state.State) *ckEnv {
	return &ckEnv{st: st, step: NewCheckout(&Context{State: st})}
}

// press runs each key and the commands it returns, collecting what reaches the shell.
func (e *ckEnv) press(keys ...string) []tea.Msg {
	var out []tea.Msg
	for _, k := range keys {
		out = append(out, runShell(e.step.Update(teakeys.Press(k)))...)
	}
	return out
}

func (e *ckEnv) typeText(s string) {
	for _, r := range s {
		e.step.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// runShell keeps only the messages meant for the shell; cursor blinks are dropped.
func runShell(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch m := cmd().(type) {
	case NextMsg, BackMsg, GotoMsg:
		return []tea.Msg{m}
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range m {
			out = append(out, runShell(c)...)
		}
		return out
	}
	return nil
}

func (e *ckEnv) clearAndType(s string) {
	e.step.inputs[e.step.focus].SetValue("")
	e.typeText(s)
}

// engineResult is what the checks engine says offline, so the tests follow its wording.
func engineResult(t *testing.T, st state.State, id string) checks.Result {
	t.Helper()
	for _, r := range checks.Run(context.Background(), checks.Input{State: st, Offline: true}).Results {
		if r.ID == id {
			return r
		}
	}
	t.Fatalf("the checks engine has no %s result", id)
	return checks.Result{}
}

// flat drops styling and line breaks, so text wrapped to the screen can be searched.
func flat(s string) string { return strings.Join(strings.Fields(ansi.Strip(s)), " ") }

func TestMissingLastNameIsFlagged(t *testing.T) {
	e := newCkEnv(&state.State{})
	view := e.step.View(100, 30)
	if strings.Contains(view, "Missing") {
		t.Fatalf("the three required fields are ticked by default, yet:\n%s", view)
	}
	e.press("down", "down", "space") // untick Last name
	view = e.step.View(100, 30)
	want := engineResult(t, state.State{CheckoutFields: []string{"email", "first_name"}}, "fields.required")
	if want.Status != checks.Fail || !strings.Contains(flat(view), "✗ "+flat(want.Detail)) || !strings.Contains(view, "Last name") {
		t.Fatalf("unticking Last name is not flagged with the engine's %q:\n%s", want.Detail, view)
	}
	e.press("enter")
	if got := e.st.CheckoutFields; strings.Join(got, ",") != "email,first_name" {
		t.Fatalf("saved fields %v, want email,first_name", got)
	}
}

func TestTypedPlanWithEveryTwoWeeksShowsTheReason(t *testing.T) {
	e := newCkEnv(&state.State{Currency: "NGN"})
	e.press("enter", "a")
	e.typeText("Coaching")
	e.press("tab")
	e.typeText("5000")
	e.press("tab", "tab") // currency NGN kept
	e.clearAndType("week")
	e.press("tab")
	e.clearAndType("2")
	view := e.step.View(100, 40)
	plan := plans.Plan{Name: "Coaching", Amount: 500000, Currency: "NGN", Interval: plans.Week, IntervalCount: 2}
	want := engineResult(t, state.State{Plans: []plans.Plan{plan}}, "plan.interval")
	if want.Status != checks.Fail || !strings.Contains(flat(view), "✗ "+flat(want.Detail)) {
		t.Fatalf("every 2 weeks should be explained while typing with %q:\n%s", want.Detail, view)
	}
	e.press("enter")
	e.step.View(100, 40)
	if len(e.step.rows) != 1 || e.step.rows[0].IntervalCount != 2 || e.step.rows[0].Amount != 500000 {
		t.Fatalf("rows %+v, want the 2-week plan of NGN 5,000 kept for fixing", e.step.rows)
	}
	if view := e.step.View(100, 40); !strings.Contains(view, "problem") {
		t.Fatalf("the plan list should mark the row:\n%s", view)
	}
}

func TestImportOfBadFileShowsLinesAndKeepsPlans(t *testing.T) {
	existing := plans.Plan{Name: "Gold", Amount: 1000000, Currency: "NGN", Interval: "month", IntervalCount: 1}
	e := newCkEnv(&state.State{Plans: []plans.Plan{existing}, CheckoutFields: []string{"email", "first_name", "last_name"}})
	path := filepath.Join(t.TempDir(), "plans.csv")
	body := "name,amount,currency,interval,interval_count\nSilver,5000,NGN,month,1\nBronze,abc,NGN,month,1\n"
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	e.press("enter", "i")
	e.typeText(path)
	e.press("enter")
	view := e.step.View(120, 40)
	if !strings.Contains(view, "no plan was imported") || !strings.Contains(strings.ToLower(view), "line 3") {
		t.Fatalf("a bad row should be reported with its line and nothing imported:\n%s", view)
	}
	if n := strings.Count(strings.ToLower(view), "imported"); n != 1 {
		t.Fatalf("the screen says %d times that nothing was imported:\n%s", n, view)
	}
	if len(e.step.rows) != 1 || e.step.rows[0].Name != "Gold" {
		t.Fatalf("existing plans changed: %+v", e.step.rows)
	}
}

func TestBackNavigationKeepsRows(t *testing.T) {
	e := newCkEnv(&state.State{Currency: "GHS"})
	e.press("enter", "a")
	e.typeText("Monthly club")
	e.press("tab")
	e.typeText("49.99")
	e.press("tab", "tab", "tab", "enter")
	if len(e.step.rows) != 1 {
		t.Fatalf("plan not added: %s", e.step.View(100, 40))
	}
	msgs := e.press("esc", "esc")
	if len(msgs) != 1 {
		t.Fatalf("esc from the plans and then the fields should ask the shell to go back, got %v", msgs)
	}
	if _, ok := msgs[0].(BackMsg); !ok {
		t.Fatalf("got %T, want BackMsg", msgs[0])
	}
	// The shell shows the step again later: same step, Init, rows intact.
	e.step.Init()
	e.press("enter")
	view := e.step.View(100, 40)
	if !strings.Contains(view, "Monthly club") || !strings.Contains(view, "49.99") {
		t.Fatalf("rows lost after going back:\n%s", view)
	}
	if len(e.st.Plans) != 1 || e.st.Plans[0].Amount != 4999 || e.st.Plans[0].Currency != "GHS" {
		t.Fatalf("state plans %+v", e.st.Plans)
	}
}

func TestUSDPlanShowsInternationalNoteAndFirstCharge(t *testing.T) {
	e := newCkEnv(&state.State{Currency: "USD"})
	e.press("enter", "a")
	e.typeText("Pro")
	e.press("tab")
	e.typeText("20")
	view := e.step.View(120, 40)
	if !strings.Contains(view, "international payments") {
		t.Fatalf("USD plan without the international-payments note:\n%s", view)
	}
	plan := plans.Plan{Name: "Pro", Amount: 2000, Currency: "USD", Interval: plans.Month, IntervalCount: 1}
	want := engineResult(t, state.State{Plans: []plans.Plan{plan}}, "first_charge.notice")
	// Paystack publishes no USD plan minimum, so none is shown as a rule.
	if !strings.Contains(flat(view), flat(want.Detail)) || !strings.Contains(flat(view), "not published") || strings.Contains(view, "USD 2.00") {
		t.Fatalf("first-charge note %q missing:\n%s", want.Detail, view)
	}
}

func TestAPlanBeingTypedIsNotScoldedForAnAmountNotYetTyped(t *testing.T) {
	e := newCkEnv(&state.State{Currency: "NGN"})
	e.press("enter", "a")
	e.typeText("Gold")
	e.press("tab")
	if view := flat(e.step.View(100, 40)); strings.Contains(view, "is not a price") || strings.Contains(view, "below Paystack's minimum") {
		t.Fatalf("an empty amount is already called wrong:\n%s", view)
	}
	e.typeText("50")
	plan := plans.Plan{Name: "Gold", Amount: 5000, Currency: "NGN", Interval: plans.Month, IntervalCount: 1}
	want := engineResult(t, state.State{Plans: []plans.Plan{plan}}, "plan.amount")
	if view := flat(e.step.View(100, 40)); want.Status != checks.Fail || !strings.Contains(view, "✗ "+flat(want.Detail)) {
		t.Fatalf("NGN 50 should be flagged with the engine's %q once typed:\n%s", want.Detail, view)
	}
}

// TestAnUnreadableAmountIsExplainedAsTyped: "12,50.5x" is not a price of 0.00;
// the note says what is wrong with what was typed.
func TestAnUnreadableAmountIsExplainedAsTyped(t *testing.T) {
	e := newCkEnv(&state.State{Currency: "KES"})
	e.press("enter", "a")
	e.typeText("Gold")
	e.press("tab")
	e.typeText("12,50.5x")
	_, parseErr := plans.ParseAmount("12,50.5x")
	view := flat(e.step.View(100, 40))
	if strings.Contains(view, "0.00") {
		t.Fatalf("an unreadable amount is judged as a price of 0.00:\n%s", view)
	}
	if parseErr == nil || !strings.Contains(view, flat(parseErr.Error())) {
		t.Fatalf("the note does not say what is wrong with the typed amount (%v):\n%s", parseErr, view)
	}
	if strings.Count(view, flat(parseErr.Error())) != 1 {
		t.Fatalf("the amount problem is said more than once:\n%s", view)
	}
}

// TestPlanFormHelpSaysWhatKeysDo: in the plan form and the import prompt the
// help bar names what enter and esc do there, not the step's "continue"/"back".
func TestPlanFormHelpSaysWhatKeysDo(t *testing.T) {
	e := newCkEnv(&state.State{Currency: "NGN"})
	e.press("enter", "a")
	if got := bindingHelp(e.step.Keys()); !strings.Contains(got, "esc "+msg.T(msg.CkKeyToPlans)) {
		t.Errorf("on the plan's name, esc returns to the plans, but the help says %q", got)
	}
	e.typeText("Gold")
	e.press("tab")
	if got := bindingHelp(e.step.Keys()); !strings.Contains(got, "esc "+msg.T(msg.CkKeyPrevField)) {
		t.Errorf("on the amount, esc goes to the previous field, but the help says %q", got)
	}
	e.typeText("5000")
	e.press("tab", "tab", "tab")
	if got := bindingHelp(e.step.Keys()); !strings.Contains(got, "enter "+msg.T(msg.CkKeySavePlan)) {
		t.Errorf("on the last field, enter saves the plan, but the help says %q", got)
	}
	e.press("enter")
	e.press("i")
	got := bindingHelp(e.step.Keys())
	if !strings.Contains(got, "enter "+msg.T(msg.CkKeyImportNow)) || strings.Contains(got, msg.T(msg.CkKeyContinue)) {
		t.Errorf("at the import prompt, enter imports the file, but the help says %q", got)
	}
}

// TestImportNoteGoesOnceRowsChange: after removing an imported plan the
// screen no longer says how many were imported, which would not match the table.
func TestImportNoteGoesOnceRowsChange(t *testing.T) {
	e := newCkEnv(&state.State{CheckoutFields: []string{"email", "first_name", "last_name"}})
	path := filepath.Join(t.TempDir(), "plans.json")
	body := `[{"name":"Basic","amount":"1500","currency":"KES","interval":"month","interval_count":1},{"name":"Yearly","amount":"15000","currency":"KES","interval":"year","interval_count":1}]`
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	e.press("enter", "i")
	e.typeText(path)
	e.press("enter")
	imported := msg.Plural(msg.CkImported, 2, "").In(msg.Current())
	if view := e.step.View(100, 40); !strings.Contains(view, imported) {
		t.Fatalf("the import is not confirmed:\n%s", view)
	}
	e.press("down")
	if view := e.step.View(100, 40); !strings.Contains(view, imported) {
		t.Fatalf("moving through the rows already hides the import's result:\n%s", view)
	}
	e.press("d")
	if view := e.step.View(100, 40); strings.Contains(view, imported) || len(e.st.Plans) != 1 {
		t.Fatalf("after removing a plan the screen still says %q (%d plans):\n%s", imported, len(e.st.Plans), view)
	}
}

// TestImportOfOnePlanNamesIt: one imported plan is named, not "1 plans".
func TestImportOfOnePlanNamesIt(t *testing.T) {
	e := newCkEnv(&state.State{CheckoutFields: []string{"email", "first_name", "last_name"}})
	path := filepath.Join(t.TempDir(), "plans.csv")
	if err := os.WriteFile(path, []byte("name,amount,currency,interval,interval_count\nSilver,5000,NGN,month,1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	e.press("enter", "i")
	e.typeText(path)
	e.press("enter")
	view := e.step.View(100, 40)
	if strings.Contains(view, "1 plans") || !strings.Contains(view, `"Silver" imported`) {
		t.Fatalf("one imported plan is not named:\n%s", view)
	}
}

// TestImportTakesPathsAsAShellWould: a dragged-in, quoted path, one with
// escaped spaces and one starting with ~/ all import the file.
func TestImportTakesPathsAsAShellWould(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	dir := filepath.Join(home, "My plans")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "price list.csv")
	if err := os.WriteFile(path, []byte("name,amount,currency,interval,interval_count\nSilver,5000,NGN,month,1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, typed := range []string{
		"'" + path + "'",
		`"` + path + `"`,
		strings.ReplaceAll(path, " ", `\ `),
		"~/My plans/price list.csv",
	} {
		e := newCkEnv(&state.State{CheckoutFields: []string{"email", "first_name", "last_name"}})
		e.press("enter", "i")
		e.typeText(typed)
		e.press("enter")
		if len(e.st.Plans) != 1 || e.st.Plans[0].Name != "Silver" {
			t.Errorf("typed %s: nothing imported:\n%s", typed, e.step.View(100, 30))
		}
	}
}

// TestUnknownCurrencyIsNotAlsoGivenAMinimum: for a currency Paystack cannot
// take, the form says so and does not add notes on that currency's minimum.
func TestUnknownCurrencyIsNotAlsoGivenAMinimum(t *testing.T) {
	e := newCkEnv(&state.State{Currency: "NGN"})
	e.press("enter", "a")
	e.typeText("Gold")
	e.press("tab")
	e.typeText("5000")
	e.press("tab")
	e.step.inputs[planCurrency].SetValue("")
	e.typeText("XYZ")
	view := flat(e.step.View(100, 40))
	if !strings.Contains(view, "XYZ") || !strings.Contains(view, "✗") {
		t.Fatalf("XYZ is not flagged:\n%s", view)
	}
	if strings.Contains(view, "XYZ 5,000.00") {
		t.Fatalf("an unsupported currency still gets a note on its minimum:\n%s", view)
	}
}

// TestTwoWeeksTypedAsIntervalIsExplained: "2 weeks" in the interval field is
// read as every 2 weeks, which is then explained, not refused as a word.
func TestTwoWeeksTypedAsIntervalIsExplained(t *testing.T) {
	for _, typed := range []string{"2 weeks", "every 2 weeks"} {
		e := newCkEnv(&state.State{Currency: "NGN"})
		e.press("enter", "a")
		e.typeText("Coaching")
		e.press("tab")
		e.typeText("5000")
		e.press("tab", "tab")
		e.clearAndType(typed)
		e.press("tab")
		if e.step.focus != planCount || e.step.inputs[planCount].Value() != "2" {
			t.Fatalf("%q: focus %d, count %q; want the count field holding 2:\n%s", typed, e.step.focus, e.step.inputs[planCount].Value(), e.step.View(100, 40))
		}
		plan := plans.Plan{Name: "Coaching", Amount: 500000, Currency: "NGN", Interval: plans.Week, IntervalCount: 2}
		want := engineResult(t, state.State{Plans: []plans.Plan{plan}}, "plan.interval")
		if view := flat(e.step.View(100, 40)); !strings.Contains(view, flat(want.Detail)) {
			t.Fatalf("%q: every 2 weeks is not explained with %q:\n%s", typed, want.Detail, view)
		}
	}
}

// A field ticked in the wizard and the same field given to `audit --fields`
// (by its id or by its label) must be saved under one id, or the audit and
// the wizard disagree about what the payment page has.
func TestWizardFieldsAndAuditFieldsShareIDs(t *testing.T) {
	for _, f := range commonFields {
		for _, typed := range []string{f.ID, msg.In(msg.English, f.Label)} {
			if got := plans.NormaliseField(typed); got != f.ID {
				t.Errorf("audit --fields %q saves %q, the wizard saves %q", typed, got, f.ID)
			}
		}
	}
	e := newCkEnv(&state.State{CheckoutFields: []string{"email", "first_name", "last_name", "phone_number"}})
	e.press("enter")
	if got := strings.Join(e.st.CheckoutFields, ","); got != "email,first_name,last_name,phone" {
		t.Errorf("a saved phone_number came back as %s", got)
	}
}

// A plan typed halfway when the merchant quits comes back in the form, on the
// field they were on, with a word that it was kept.
func TestAHalfTypedPlanSurvivesAQuit(t *testing.T) {
	e := newCkEnv(&state.State{Currency: "NGN"})
	e.press("enter", "a")
	e.typeText("Gold")
	e.press("tab")
	e.typeText("49.99")
	draft := e.step.Draft()
	if draft["name"] != "Gold" || draft["amount"] != "49.99" {
		t.Fatalf("draft %v", draft)
	}
	st := &state.State{Currency: "NGN"}
	st.SetDraft("checkout", draft)
	back := newCkEnv(st)
	view := flat(back.step.View(100, 40))
	if !strings.Contains(view, "Gold") || !strings.Contains(view, "49.99") || !strings.Contains(view, "is back") {
		t.Fatalf("the rerun does not show the half-typed plan:\n%s", view)
	}
	if back.step.focus != planAmount || st.Drafts != nil {
		t.Errorf("focus %d (want the amount field), drafts left in state: %v", back.step.focus, st.Drafts)
	}
	back.typeText("0")
	if strings.Contains(flat(back.step.View(100, 40)), "is back") {
		t.Error("the notice stays after typing")
	}
	if e2 := newCkEnv(&state.State{}); e2.step.Draft() != nil {
		t.Error("a step with nothing typed has a draft")
	}
}

// d removes a plan with one key, so u brings it back, in its place.
func TestARemovedPlanCanBePutBack(t *testing.T) {
	gold := plans.Plan{Name: "Gold", Amount: 500000, Currency: "NGN", Interval: plans.Month, IntervalCount: 1}
	silver := plans.Plan{Name: "Silver", Amount: 200000, Currency: "NGN", Interval: plans.Month, IntervalCount: 1}
	e := newCkEnv(&state.State{Currency: "NGN", Plans: []plans.Plan{gold, silver}})
	e.press("enter", "d")
	if len(e.st.Plans) != 1 || !strings.Contains(flat(e.step.View(100, 40)), `Plan "Gold" removed; press u`) {
		t.Fatalf("after d: %v\n%s", e.st.Plans, e.step.View(100, 40))
	}
	e.press("u")
	if len(e.st.Plans) != 2 || e.st.Plans[0].Name != "Gold" || e.step.removed != nil {
		t.Fatalf("after u: %v", e.st.Plans)
	}
	e.press("d", "a", "esc", "u") // another action in between: nothing left to undo
	if len(e.st.Plans) != 1 {
		t.Errorf("u undid a removal that was no longer the last thing done: %v", e.st.Plans)
	}
}

// TestThePlanListStopsAtTheMostTheAnswersKeep: typed or imported, the list
// never grows past plans.MaxPlans, and a name never past MaxNameLength (a
// page pasted into it), so the saved answers always load back.
func TestThePlanListStopsAtTheMostTheAnswersKeep(t *testing.T) {
	almost := make([]plans.Plan, plans.MaxPlans-1)
	for i := range almost {
		almost[i] = plans.Plan{Name: "Plan " + strconv.Itoa(i), Amount: 500000, Currency: "NGN", Interval: plans.Month}
	}
	e := newCkEnv(&state.State{Plans: almost, CheckoutFields: []string{"email", "first_name", "last_name"}})
	path := filepath.Join(t.TempDir(), "plans.csv")
	if err := os.WriteFile(path, []byte("name,amount,currency\nSilver,5000,NGN\nBronze,5000,NGN\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	e.press("enter", "i")
	e.typeText(path)
	e.press("enter")
	want := msg.T(msg.CkImportTooMany, 2, plans.MaxPlans+1, plans.MaxPlans)
	if view := flat(e.step.View(120, 40)); !strings.Contains(view, flat(want)) || len(e.step.rows) != plans.MaxPlans-1 {
		t.Fatalf("importing past the limit left %d rows and said %q, want %q", len(e.step.rows), e.step.importErr, want)
	}
	e.press("esc", "a")
	e.step.Update(tea.PasteMsg{Content: strings.Repeat("Gold ", 1000)})
	e.press("tab")
	e.typeText("5000")
	e.press("tab", "tab", "tab", "enter")
	if len(e.step.rows) != plans.MaxPlans {
		t.Fatalf("the last plan that fits was not added: %d rows", len(e.step.rows))
	}
	if n := len([]rune(e.step.rows[plans.MaxPlans-1].Name)); n > plans.MaxNameLength {
		t.Errorf("a pasted name of %d characters was kept", n)
	}
	e.press("a")
	if e.step.phase != ckPlans || !strings.Contains(flat(e.step.View(120, 40)), flat(msg.T(msg.CkPlansFull, plans.MaxPlans))) {
		t.Fatalf("a plan could be added to a full list, or the screen does not say why not (phase %d)", e.step.phase)
	}
}

// TestAPlanNameIsUsedOnce: a second plan typed with the name of another is
// refused at its name, as the file import refuses it; editing a plan keeps
// its own name; a file imported again updates the plans it names instead of
// listing them twice, and says so.
func TestAPlanNameIsUsedOnce(t *testing.T) {
	gold := plans.Plan{Name: "Gold", Amount: 500000, Currency: "NGN", Interval: plans.Month, IntervalCount: 1}
	e := newCkEnv(&state.State{Plans: []plans.Plan{gold}, CheckoutFields: []string{"email", "first_name", "last_name"}})
	e.press("enter", "a")
	e.typeText("gold")
	e.press("tab")
	if want := msg.T(msg.CkNameTaken, "Gold"); e.step.focus != planName || !strings.Contains(flat(e.step.View(100, 40)), flat(want)) {
		t.Fatalf("a second plan named gold was not refused with %q:\n%s", want, e.step.View(100, 40))
	}
	e.press("esc", "enter") // edit Gold itself
	e.press("tab", "tab", "tab", "tab", "enter")
	if e.step.phase != ckPlans || len(e.step.rows) != 1 {
		t.Fatalf("editing Gold was refused as a second Gold (phase %d, %d rows)", e.step.phase, len(e.step.rows))
	}
	path := filepath.Join(t.TempDir(), "plans.csv")
	if err := os.WriteFile(path, []byte("name,amount,currency,interval\nGold,7000,NGN,month\nSilver,3000,NGN,month\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	e.press("i")
	e.typeText(path)
	e.press("enter")
	if len(e.step.rows) != 2 || e.step.rows[0].Name != "Gold" || e.step.rows[0].Amount != 700000 || e.step.rows[1].Name != "Silver" {
		t.Fatalf("importing Gold again did not update it in place: %+v", e.step.rows)
	}
	if want := msg.T(msg.CkImportReplaced, 1); !strings.Contains(flat(e.step.View(100, 40)), flat(want)) {
		t.Errorf("the screen does not say a plan was replaced (%q)", want)
	}
}

// TestAWordThatIsNoIntervalIsNotJudgedAsOneTime: "fortnight" typed as the
// interval was checked as a one-time price, so the form said it "charges
// one-time, but … does not support multiple intervals" (in Hindi, "charges a
// one-off payment"); it says what to type instead, once.
func TestAWordThatIsNoIntervalIsNotJudgedAsOneTime(t *testing.T) {
	defer msg.SetLang(msg.English)
	for _, lang := range []msg.Lang{msg.English, msg.Hindi} {
		msg.SetLang(lang)
		e := newCkEnv(&state.State{Currency: "NGN", CheckoutFields: []string{"email", "first_name", "last_name"}})
		e.press("enter", "a")
		e.typeText("Coaching")
		e.press("tab")
		e.typeText("5000")
		e.press("tab", "tab")
		e.clearAndType("fortnight")
		e.step.inputs[planCount].SetValue("2")
		for _, moment := range []string{"while typed", "after tab"} {
			view := flat(e.step.View(200, 40)) // wide: no line breaks inside "one-time"
			for _, wrong := range []string{msg.T(msg.PlansOneTime), msg.T(msg.ChkPlanOneTimeRepeats, 2)} {
				if strings.Contains(view, flat(wrong)) {
					t.Errorf("%s, %s: a word that is no interval is called a one-time price (%q):\n%s", lang, moment, wrong, view)
				}
			}
			if n := strings.Count(view, flat(msg.T(msg.CkIntervalBad))); n != 1 {
				t.Errorf("%s, %s: %q said %d times, want once:\n%s", lang, moment, msg.T(msg.CkIntervalBad), n, view)
			}
			e.press("tab")
		}
	}
}
