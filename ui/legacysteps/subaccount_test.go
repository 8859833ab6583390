package legacysteps

import (
	"bytes"
	"context"
	"net/http"
	"paystack-setup/internal/teakeys"
	"slices"
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/state"
)

// subTestEnv is a subaccount step talking to an in-memory Paystack.
type subTestEnv struct {
	srv  *sandbox.Server
	st   *state.State
	step *Subaccount
}

func newSubTestEnv(t *testing.T, country string, opts sandbox.Options, wrap func(http.RoundTripper) http.RoundTripper) *subTestEnv {
	t.Helper()
	srv := sandbox.New(opts)
	key, err := paystack.ParseSecretKey(sandbox.DemoTestKey)
	if err != nil {
		t.Fatalf("demo key rejected: %v", err)
	}
	var rt http.RoundTripper = srv.Transport()
	if wrap != nil {
		rt = wrap(rt)
	}
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	st := &state.State{Country: country}
	c := &Context{
		Ctx:   ctx,
		State: st,
		Key:   key,
		NewClient: func(k paystack.SecretKey) *paystack.Client {
			return paystack.New(k, paystack.WithBaseURL(sandbox.BaseURL), paystack.WithHTTPClient(&http.Client{Transport: rt}))
		},
	}
	return &subTestEnv{srv: srv, st: st, step: NewSubaccount(c)}
}

// run executes a command the way the Bubble Tea loop would, feeding every
// message back into the step until nothing is left; spinner ticks are dropped
// because they only animate. It returns the messages the step sent to the shell.
func (e *subTestEnv) run(cmd tea.Cmd) []tea.Msg {
	var out []tea.Msg
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		switch m := c().(type) {
		case nil, spinner.TickMsg:
		case tea.BatchMsg:
			queue = append(queue, m...)
		case NextMsg, BackMsg, GotoMsg:
			out = append(out, m)
		default:
			queue = append(queue, e.step.Update(m))
		}
	}
	return out
}

func (e *subTestEnv) press(keys ...string) []tea.Msg {
	var out []tea.Msg
	for _, k := range keys {
		out = append(out, e.run(e.step.Update(teakeys.Press(k)))...)
	}
	return out
}

func (e *subTestEnv) typeText(s string) {
	for _, r := range s {
		e.run(e.step.Update(tea.KeyPressMsg{Code: r, Text: string(r)}))
	}
}

func wantNext(t *testing.T, msgs []tea.Msg) {
	t.Helper()
	for _, m := range msgs {
		if _, ok := m.(NextMsg); ok {
			return
		}
	}
	t.Fatalf("the step did not finish; it sent %v", msgs)
}

func TestPickFromTenThousandWithFilter(t *testing.T) {
	e := newSubTestEnv(t, "NG", sandbox.Options{Subaccounts: 10000}, nil)
	e.run(e.step.Init())
	e.press("enter") // use an existing subaccount: loads every page
	if got := e.step.subList.Len(); got < 10000 {
		t.Fatalf("list holds %d subaccounts after loading, want at least 10,000", got)
	}
	e.typeText("ngozi bakes")
	view := e.step.View(100, 20)
	if !strings.Contains(view, "Ngozi Bakes") || !strings.Contains(view, "••••7891") {
		t.Fatalf("filtered view lacks the seeded subaccount with its masked account number:\n%s", view)
	}
	if strings.Contains(view, "2004567891") {
		t.Fatalf("the full account number is on screen:\n%s", view)
	}
	wantNext(t, e.press("enter"))
	got := e.st.Subaccount
	if got == nil || got.BusinessName != "Ngozi Bakes" || got.AccountNumberMasked != "••••7891" || got.CreatedByUs {
		t.Fatalf("saved %+v, want Ngozi Bakes, masked, not created by us", got)
	}
}

// hangLaterPages lets page 1 through and holds every other page until the request is cancelled.
func hangLaterPages(rt http.RoundTripper) http.RoundTripper {
	return roundTripFunc(func(r *http.Request) (*http.Response, error) {
		if r.URL.Path == "/subaccount" && r.Method == http.MethodGet {
			if p := r.URL.Query().Get("page"); p != "" && p != "1" {
				<-r.Context().Done()
				return nil, r.Context().Err()
			}
		}
		return rt.RoundTrip(r)
	})
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// subModel puts the step in a Bubble Tea program, as the shell does.
type subModel struct{ step *Subaccount }

func (m subModel) Init() tea.Cmd { return m.step.Init() }
func (m subModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(NextMsg); ok {
		return m, tea.Quit
	}
	return m, m.step.Update(msg)
}
func (m subModel) View() tea.View { return tea.NewView(m.step.View(100, 20)) }

func TestUsableAfterFirstPageWhileLaterPagesHang(t *testing.T) {
	e := newSubTestEnv(t, "NG", sandbox.Options{Subaccounts: 500}, hangLaterPages)
	// Paystack lists newest first; pick a name that is on page 1.
	page1, _, err := e.step.api().ListSubaccounts(context.Background(), 1, 100)
	if err != nil || len(page1) == 0 {
		t.Fatalf("page 1: %v", err)
	}
	// An active one, which is picked without a question.
	name := ""
	for _, sa := range page1 {
		if sa.Active {
			name = sa.BusinessName
		}
	}
	tm := teatest.NewTestModel(t, subModel{e.step}, teatest.WithInitialTermSize(100, 20))
	tm.Send(teakeys.Press("enter"))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("loading")) },
		teatest.WithDuration(10*time.Second))
	tm.Type(strings.ToLower(name))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(name)) },
		teatest.WithDuration(10*time.Second))
	tm.Send(teakeys.Press("enter"))
	tm.WaitFinished(t, teatest.WithFinalTimeout(10*time.Second))
	if got := e.st.Subaccount; got == nil || got.BusinessName != name {
		t.Fatalf("saved %+v, want %s picked from page 1", got, name)
	}
}

func TestEscStopsLoadingAndKeepsTheList(t *testing.T) {
	e := newSubTestEnv(t, "NG", sandbox.Options{Subaccounts: 500}, hangLaterPages)
	e.step.Update(teakeys.Press("enter"))
	// Deliver page 1 only: the later pages hang.
	first := e.step.pages
	e.step.Update(<-first) // its command would wait for page 2, which never comes
	if !e.step.Busy() {
		t.Fatal("the step should be loading while later pages hang")
	}
	e.press("esc")
	if e.step.Busy() {
		t.Fatal("esc did not stop the load")
	}
	view := e.step.View(100, 20)
	if !strings.Contains(view, "Loading stopped") || e.step.subList.Len() == 0 {
		t.Fatalf("after esc the first page should stay with a note:\n%s", view)
	}
	if e.step.phase != subPick {
		t.Fatal("esc while loading left the list screen")
	}
}

// zenithAccount opens the create form on Zenith Bank, types the account
// number and leaves the field, which looks the number up.
func (e *subTestEnv) zenithAccount(t *testing.T, account string) {
	t.Helper()
	e.run(e.step.Init())
	e.press("down", "enter") // create a new subaccount
	e.typeText("zenith")
	e.press("enter")
	if e.step.phase != subForm {
		t.Fatalf("choosing a bank should open the form, phase %d:\n%s", e.step.phase, e.step.View(100, 20))
	}
	e.typeText(account)
	e.press("tab")
}

// createUpToSummary walks the create path for a Nigerian Zenith Bank account.
func (e *subTestEnv) createUpToSummary(t *testing.T, account string) {
	t.Helper()
	e.zenithAccount(t, account)
	e.typeText("Ade Foods")
	e.press("tab")
	e.press("backspace")
	e.typeText("10")
	e.press("tab")
	e.typeText("ade@adefoods.example")
	e.press("enter")
	if e.step.phase != subConfirm {
		t.Fatalf("the form should lead to the summary:\n%s", e.step.View(100, 30))
	}
}

func TestCreateHappyPathAppearsOnPaystack(t *testing.T) {
	e := newSubTestEnv(t, "NG", sandbox.Options{}, nil)
	e.createUpToSummary(t, "2012345678")
	view := e.step.View(100, 30)
	for _, want := range []string{"Zenith Bank", "Ade Foods", "10% stays in your main Paystack account; this subaccount gets 90%", "Account name:"} {
		if !strings.Contains(view, want) {
			t.Errorf("summary lacks %q:\n%s", want, view)
		}
	}
	wantNext(t, e.press("enter"))
	got := e.st.Subaccount
	if got == nil || !got.CreatedByUs || got.BankCode != "057" || got.AccountNumberMasked != "••••5678" || got.Code == "" {
		t.Fatalf("saved %+v", got)
	}
	found, err := e.step.api().FindSubaccount(context.Background(), "057", "2012345678")
	if err != nil || found == nil || found.Code != got.Code {
		t.Fatalf("the new subaccount is not on Paystack: %+v, %v", found, err)
	}
}

func TestDuplicateIsOfferedInsteadOfCreated(t *testing.T) {
	e := newSubTestEnv(t, "NG", sandbox.Options{}, nil)
	// Lagos Fitness Club is seeded at Zenith Bank with this account number.
	e.createUpToSummary(t, "2087654321")
	before := e.srv.RequestsTo(http.MethodPost, "/subaccount")
	e.press("enter")
	if e.step.phase != subDuplicate || !strings.Contains(e.step.View(100, 20), "Lagos Fitness Club") {
		t.Fatalf("the existing subaccount should be offered:\n%s", e.step.View(100, 20))
	}
	wantNext(t, e.press("enter"))
	if e.srv.RequestsTo(http.MethodPost, "/subaccount") != before {
		t.Fatal("a subaccount was created although one existed")
	}
	if got := e.st.Subaccount; got == nil || got.BusinessName != "Lagos Fitness Club" || got.CreatedByUs {
		t.Fatalf("saved %+v, want the existing Lagos Fitness Club", got)
	}
}

func TestLostCreateAnswerIsLookedUpNotRepeated(t *testing.T) {
	e := newSubTestEnv(t, "NG", sandbox.Options{}, nil)
	e.createUpToSummary(t, "2011112222")
	e.srv.InjectFault(sandbox.Fault{Method: http.MethodPost, Path: "/subaccount", Kind: sandbox.FaultCreateThenDrop, Status: http.StatusBadGateway, Body: "<html>502 Bad Gateway</html>", ContentType: "text/html", Count: 1})
	msgs := e.press("enter")
	if n := e.srv.RequestsTo(http.MethodPost, "/subaccount"); n != 1 {
		t.Fatalf("%d POSTs sent, want exactly 1", n)
	}
	wantNext(t, msgs)
	got := e.st.Subaccount
	if got == nil || got.Code == "" || got.BusinessName != "Ade Foods" {
		t.Fatalf("the subaccount created before the answer was lost was not used: %+v", got)
	}
}

func TestBackNavigationKeepsTypedFields(t *testing.T) {
	e := newSubTestEnv(t, "NG", sandbox.Options{}, nil)
	e.createUpToSummary(t, "2012345678")
	e.press("esc") // summary → form
	e.press("esc", "esc", "esc")
	if e.step.create.focus != fieldAccount {
		t.Fatalf("three steps back should reach the account number, focus %d", e.step.create.focus)
	}
	e.press("esc") // form → bank list
	if e.step.phase != subBank {
		t.Fatalf("esc on the first field should return to the bank list, phase %d", e.step.phase)
	}
	e.press("enter") // same bank again
	view := e.step.View(100, 30)
	for _, want := range []string{"2012345678", "Ade Foods", "10", "ade@adefoods.example"} {
		if !strings.Contains(view, want) {
			t.Errorf("after going back and forth the form lost %q:\n%s", want, view)
		}
	}
}

func TestValidationErrorsPerCountry(t *testing.T) {
	for _, c := range []struct{ country, bank, account, want string }{
		{"nigeria", "zenith", "12345", "exactly 10 digits"},
		{"ghana", "gcb", "123456789", "10 to 16 digits"},
		{"ghana", "mtn", "12345", "mobile money number"},
		{"kenya", "equity", "123", "6 to 14 digits"},
		{"kenya", "m-pesa", "0912345678", "M-PESA"},
		{"south africa", "capitec", "123456", "7 to 11 digits"},
	} {
		t.Run(c.country+"/"+c.bank, func(t *testing.T) {
			e := newSubTestEnv(t, c.country, sandbox.Options{}, nil)
			e.run(e.step.Init())
			e.press("down", "enter")
			e.typeText(c.bank)
			e.press("enter")
			if e.step.phase != subForm {
				t.Fatalf("bank %q not found:\n%s", c.bank, e.step.View(100, 20))
			}
			e.typeText(c.account)
			e.press("tab")
			view := e.step.View(100, 30)
			if !strings.Contains(view, c.want) || e.step.create.focus != fieldAccount {
				t.Fatalf("want %q and the cursor kept on the account number:\n%s", c.want, view)
			}
		})
	}
}

func TestListErrorShowsWhatToDoAndRetryLoads(t *testing.T) {
	e := newSubTestEnv(t, "NG", sandbox.Options{}, nil)
	e.srv.InjectFault(sandbox.Fault{Method: http.MethodGet, Path: "/subaccount", Kind: sandbox.FaultHTML})
	e.press("enter")
	view := e.step.View(100, 20)
	if !strings.Contains(view, "Press r to try again") || e.step.subErr == nil {
		t.Fatalf("a blocked request should be explained with a retry hint:\n%s", view)
	}
	if strings.Contains(view, "<html") || strings.Contains(view, "DOCTYPE") {
		t.Fatalf("raw HTML on screen:\n%s", view)
	}
	e.srv.ClearFaults()
	e.press("r")
	if e.step.subErr != nil || e.step.subList.Len() < 6 {
		t.Fatalf("retry did not load the subaccounts (%d loaded, err %v)", e.step.subList.Len(), e.step.subErr)
	}
	if view := e.step.View(100, 20); strings.Contains(view, "Press r") {
		t.Fatalf("the error stayed after a successful retry:\n%s", view)
	}
}

func TestSouthAfricanAccountCheckIsOptional(t *testing.T) {
	e := newSubTestEnv(t, "ZA", sandbox.Options{}, nil)
	e.run(e.step.Init())
	e.press("down", "enter")
	if view := e.step.View(100, 30); !strings.Contains(view, "Which bank receives the money? (South Africa)") {
		t.Fatalf("the bank list should name the country:\n%s", view)
	}
	e.typeText("capitec")
	e.press("enter")
	e.typeText("1234567890")
	e.press("tab")
	if view := e.step.View(100, 30); !strings.Contains(view, "ID number") {
		t.Fatalf("the form should explain the South African check:\n%s", view)
	}
	e.typeText("Cape Crafts")
	e.press("tab", "tab")
	e.typeText("info@capecrafts.example")
	e.press("enter")
	if view := e.step.View(100, 30); !strings.Contains(view, "press v") {
		t.Fatalf("the summary should offer the optional check:\n%s", view)
	}
	e.press("v")
	e.typeText("12345")
	e.press("enter")
	if view := e.step.View(100, 30); !strings.Contains(view, "13 digits") {
		t.Fatalf("a short ID number should be refused with the rule:\n%s", view)
	}
	e.step.create.idInput.SetValue("")
	e.typeText("8001015009087")
	e.press("enter")
	if view := e.step.View(100, 30); e.step.phase != subConfirm || !strings.Contains(view, "The bank confirmed") {
		t.Fatalf("after the check the summary should say the bank confirmed it:\n%s", view)
	}
	if view := e.step.View(100, 30); strings.Contains(view, "press v") || strings.Contains(view, "v check account") {
		t.Fatalf("a confirmed account is offered the check again:\n%s", view)
	}
	wantNext(t, e.press("enter"))
	if got := e.st.Subaccount; got == nil || got.BankCode != "470010" || !got.CreatedByUs {
		t.Fatalf("saved %+v", got)
	}
}

func TestAnotherKeyStartsTheListOver(t *testing.T) {
	e := newSubTestEnv(t, "NG", sandbox.Options{}, nil)
	e.press("enter")
	if e.step.subList.Len() == 0 {
		t.Fatal("nothing loaded with the first key")
	}
	live, err := paystack.ParseSecretKey(sandbox.DemoLiveKey)
	if err != nil {
		t.Fatal(err)
	}
	e.step.ctx.Key = live // the user went back to the key step and pasted another key
	e.run(e.step.Init())
	if e.step.phase != subChoose || e.step.subList.Len() != 0 {
		t.Fatalf("subaccounts of the old key are still offered (phase %d, %d rows)", e.step.phase, e.step.subList.Len())
	}
}

// TestCreateFormHelpSaysWhatKeysDo: the form's help bar names what esc and
// enter do on the focused field, as the line under the form does.
func TestCreateFormHelpSaysWhatKeysDo(t *testing.T) {
	e := newSubTestEnv(t, "NG", sandbox.Options{}, nil)
	e.createUpToSummary(t, "2012345678")
	e.press("esc") // summary → form, on the last field
	if got := bindingHelp(e.step.Keys()); !strings.Contains(got, "enter "+msg.T(msg.SubAcctKeyReview)) || !strings.Contains(got, "esc "+msg.T(msg.SubAcctKeyPrevField)) {
		t.Errorf("on the e-mail field the help says %q", got)
	}
	e.press("esc", "esc", "esc")
	if got := bindingHelp(e.step.Keys()); !strings.Contains(got, "esc "+msg.T(msg.SubAcctKeyToBanks)) {
		t.Errorf("on the account number, esc returns to the bank list, but the help says %q", got)
	}
}

// TestCreatingSaysEscStopsWaiting: while Paystack creates the subaccount the
// help bar does not talk of loading, which is not what is happening.
func TestCreatingSaysEscStopsWaiting(t *testing.T) {
	e := newSubTestEnv(t, "NG", sandbox.Options{}, nil)
	e.createUpToSummary(t, "2012345678")
	e.step.Update(teakeys.Press("enter")) // the create starts; its command is not run
	if e.step.phase != subCreating {
		t.Fatalf("enter on the summary did not start creating, phase %d", e.step.phase)
	}
	if got := bindingHelp(e.step.Keys()); got != "esc "+msg.T(msg.SubAcctKeyStopWaiting) {
		t.Errorf("while creating, the help says %q", got)
	}
}

// TestUnknownAccountNamesBankAndNumber: a number the bank does not know is
// explained with the bank and the number, not with Paystack's "Check
// parameters"; a network failure is not blamed on the number.
func TestUnknownAccountNamesBankAndNumber(t *testing.T) {
	e := newSubTestEnv(t, "NG", sandbox.Options{}, nil)
	e.zenithAccount(t, "0000000000")
	view := flat(e.step.View(100, 30))
	if want := flat(msg.T(msg.SubAcctResolveNoAccount, "Zenith Bank", "0000000000")); !strings.Contains(view, want) || strings.Contains(view, "parameters") {
		t.Fatalf("an unknown account is not explained as %q:\n%s", want, view)
	}

	e = newSubTestEnv(t, "NG", sandbox.Options{}, nil)
	e.srv.InjectFault(sandbox.Fault{Method: http.MethodGet, Path: "/bank/resolve", Kind: sandbox.FaultHTML})
	e.zenithAccount(t, "2012345678")
	view = flat(e.step.View(100, 30))
	if strings.Contains(view, "does not know") || !strings.Contains(view, flat(msg.T(msg.SubAcctResolveFailed, ""))) {
		t.Fatalf("a blocked lookup is blamed on the number, or not explained:\n%s", view)
	}
}

// TestEditedNumberLosesTheOldName: after the holder's name is found, editing
// the number hides that name, which belongs to the old number.
func TestEditedNumberLosesTheOldName(t *testing.T) {
	e := newSubTestEnv(t, "NG", sandbox.Options{}, nil)
	e.zenithAccount(t, "2012345678")
	name := e.step.create.accountName
	if name == "" {
		t.Fatalf("the sandbox gave no name for 2012345678:\n%s", e.step.View(100, 30))
	}
	e.press("shift+tab")
	e.press("backspace", "backspace", "backspace")
	if view := e.step.View(100, 30); strings.Contains(view, name) {
		t.Fatalf("the number was edited to %q but %s is still shown as its holder:\n%s", e.step.create.inputs[fieldAccount].Value(), name, view)
	}
	e.typeText("678")
	e.press("tab")
	if view := e.step.View(100, 30); !strings.Contains(view, name) {
		t.Fatalf("typing the number back does not look the name up again:\n%s", view)
	}
}

// southAfricanAccountTyped walks a South African merchant to the create
// form with a Capitec account number typed (not yet left).
func southAfricanAccountTyped(t *testing.T) *subTestEnv {
	t.Helper()
	e := newSubTestEnv(t, "ZA", sandbox.Options{}, nil)
	e.run(e.step.Init())
	e.press("down", "enter")
	e.typeText("capitec")
	e.press("enter")
	e.typeText("1234567890")
	return e
}

// TestSouthAfricanNoteDoesNotPointToTheSummary: the ID check is offered on the
// screen before creating, not on the wizard's Summary step, so the note under
// the number must not send the merchant there.
func TestSouthAfricanNoteDoesNotPointToTheSummary(t *testing.T) {
	e := southAfricanAccountTyped(t)
	e.press("tab")
	view := e.step.View(100, 30)
	if !strings.Contains(flat(view), flat(msg.T(msg.SubAcctResolveSouthAfrica))) {
		t.Fatalf("no note on checking South African accounts:\n%s", view)
	}
	if strings.Contains(strings.ToLower(view), "summary") {
		t.Fatalf("the note sends the merchant to the summary, where no ID check is offered:\n%s", view)
	}
}

// TestIDCheckHelpSaysCheckAndSkip: the ID number prompt's help bar says what
// the line above it says: enter checks, esc skips.
func TestIDCheckHelpSaysCheckAndSkip(t *testing.T) {
	e := southAfricanAccountTyped(t)
	e.press("tab")
	e.typeText("Thandi Crafts")
	e.press("tab", "tab")
	e.typeText("t@example.com")
	e.press("enter", "v")
	if e.step.phase != subVerifyZA {
		t.Fatalf("v did not open the ID check, phase %d:\n%s", e.step.phase, e.step.View(100, 30))
	}
	got := bindingHelp(e.step.Keys())
	if !strings.Contains(got, "enter "+msg.T(msg.SubAcctKeyCheckID)) || !strings.Contains(got, "esc "+msg.T(msg.SubAcctKeySkip)) {
		t.Errorf("the ID prompt's help says %q", got)
	}
}

// TestPickingAnInactiveOrForeignSubaccountAsksFirst: a subaccount that is
// switched off or paid out in another currency than the merchant's is not
// taken on enter alone; esc returns to the list, enter takes it anyway.
func TestPickingAnInactiveOrForeignSubaccountAsksFirst(t *testing.T) {
	e := newSubTestEnv(t, "KE", sandbox.Options{}, nil)
	e.st.Currency = "KES"
	e.run(e.step.Init())
	e.press("enter")            // use an existing subaccount
	e.typeText("lagos fitness") // NGN and not active in the sandbox's seed
	if msgs := e.press("enter"); len(msgs) != 0 || e.st.Subaccount != nil {
		t.Fatalf("an inactive NGN subaccount was taken for a Kenyan merchant without a word (%v)", msgs)
	}
	view := flat(e.step.View(100, 30))
	for _, want := range []string{"not active", "NGN", "KES"} {
		if !strings.Contains(view, want) {
			t.Errorf("the warning does not say %q:\n%s", want, view)
		}
	}
	e.press("esc")
	if e.step.phase != subPick || e.st.Subaccount != nil {
		t.Fatalf("esc did not return to the list, phase %d", e.step.phase)
	}
	e.press("enter")
	wantNext(t, e.press("enter"))
	if got := e.st.Subaccount; got == nil || got.BusinessName != "Lagos Fitness Club" {
		t.Fatalf("saved %+v after 'use it anyway'", got)
	}

	// An active subaccount in the merchant's currency is taken at once.
	e = newSubTestEnv(t, "KE", sandbox.Options{}, nil)
	e.st.Currency = "NGN"
	e.run(e.step.Init())
	e.press("enter")
	e.typeText("chinedu okafor")
	wantNext(t, e.press("enter"))
}

// TestStoppedLoadingNoteFitsNarrowWindows: "Loading stopped … press r" is
// wrapped like every other sentence, so "r" is not cut off at 60 columns.
func TestStoppedLoadingNoteFitsNarrowWindows(t *testing.T) {
	e := newSubTestEnv(t, "NG", sandbox.Options{Subaccounts: 500}, hangLaterPages)
	e.run(e.step.Init())
	e.step.Update(teakeys.Press("enter")) // start loading; the later pages hang
	e.press("esc")                        // stop loading
	if !e.step.subStopped {
		t.Fatalf("esc did not stop loading:\n%s", e.step.View(59, 19))
	}
	view := e.step.View(59, 19)
	for _, row := range strings.Split(view, "\n") {
		if w := ansi.StringWidthWc(row); w > 59 {
			t.Errorf("row %d cells wide in 59 columns: %q", w, row)
		}
	}
	if rows := strings.Count(view, "\n") + 1; rows > 19 {
		t.Errorf("%d rows in a body of 19:\n%s", rows, view)
	}
}

// TestEscHelpFollowsTheFilter: with a filter typed, esc clears it, and the
// help bar says so rather than "stop loading" or "back".
func TestEscHelpFollowsTheFilter(t *testing.T) {
	e := newSubTestEnv(t, "NG", sandbox.Options{Subaccounts: 500}, hangLaterPages)
	e.run(e.step.Init())
	e.step.Update(teakeys.Press("enter")) // loading; the later pages hang
	e.typeText("zzqx")
	if got := bindingHelp(e.step.Keys()); !strings.Contains(got, "esc "+msg.T(msg.ListKeyClear)) {
		t.Fatalf("with a filter typed, the help says %q", got)
	}
	e.press("esc")
	if e.step.subList.FilterActive() || !e.step.subLoading {
		t.Fatalf("esc did not just clear the filter (filter %v, loading %v)", e.step.subList.FilterActive(), e.step.subLoading)
	}
	if got := bindingHelp(e.step.Keys()); !strings.Contains(got, "esc "+msg.T(msg.SubAcctKeyCancel)) {
		t.Fatalf("without a filter, while loading, the help says %q", got)
	}
}

// TestBankListEscHelpFollowsTheFilter: in the bank list, too, esc with a
// filter typed clears it, and the help bar says so.
func TestBankListEscHelpFollowsTheFilter(t *testing.T) {
	e := newSubTestEnv(t, "NG", sandbox.Options{}, nil)
	e.run(e.step.Init())
	e.press("down", "enter")
	e.typeText("zen")
	if got := bindingHelp(e.step.Keys()); !strings.Contains(got, "esc "+msg.T(msg.ListKeyClear)) {
		t.Fatalf("with a filter typed, the bank list's help says %q", got)
	}
	e.press("esc")
	if e.step.phase != subBank || e.step.create.bankList.FilterActive() {
		t.Fatalf("esc did not just clear the filter, phase %d", e.step.phase)
	}
}

// TestComingBackAfterAPickListsEverySubaccount: picking while later pages
// are still loading must not leave "Loading stopped … press r" behind, as if
// the merchant had pressed esc; coming back to the step loads the rest.
func TestComingBackAfterAPickListsEverySubaccount(t *testing.T) {
	gate := make(chan struct{})
	holdLaterPages := func(rt http.RoundTripper) http.RoundTripper {
		return roundTripFunc(func(r *http.Request) (*http.Response, error) {
			if p := r.URL.Query().Get("page"); r.URL.Path == "/subaccount" && p != "" && p != "1" {
				select {
				case <-gate:
				case <-r.Context().Done():
					return nil, r.Context().Err()
				}
			}
			return rt.RoundTrip(r)
		})
	}
	e := newSubTestEnv(t, "NG", sandbox.Options{Subaccounts: 500}, holdLaterPages)
	e.st.Currency = "NGN"
	e.run(e.step.Init())
	// Take only page 1: the later pages are held, so the load is still running.
	batch, _ := e.step.Update(teakeys.Press("enter"))().(tea.BatchMsg)
	if len(batch) == 0 {
		t.Fatal("choosing 'use an existing subaccount' started no load")
	}
	e.step.Update(batch[0]())
	if !e.step.subLoading || e.step.subList.Len() == 0 {
		t.Fatalf("page 1 did not arrive while the rest loads (loading %v, %d listed)", e.step.subLoading, e.step.subList.Len())
	}
	picked := e.press("enter") // the first listed
	if !slices.ContainsFunc(picked, func(m tea.Msg) bool { _, ok := m.(NextMsg); return ok }) {
		picked = e.press("enter") // it is inactive or in another currency: use it anyway
	}
	wantNext(t, picked)
	close(gate)

	e.run(e.step.Init()) // the merchant comes back to step 3
	view := flat(e.step.View(100, 30))
	if stopped, _, _ := strings.Cut(msg.T(msg.SubAcctLoadStopped, "0"), ":"); strings.Contains(view, stopped) {
		t.Errorf("coming back says loading was stopped, though the merchant only picked:\n%s", view)
	}
	if got := e.step.subList.Len(); got < 500 {
		t.Errorf("coming back lists %d subaccounts, want all 500 and more", got)
	}
}
