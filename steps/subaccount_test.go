package steps_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"

	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/setup"
	"paystack-setup/state"
	"paystack-setup/steps"
	"paystack-setup/steps/steptest"
)

// subWorld is a merchant at the subaccount step: their country chosen, the
// sandbox's test key stored, and a Paystack in process.
type subWorld struct {
	t    *testing.T
	s    *setup.Session
	srv  *sandbox.Server
	root string
}

func newSubWorld(t *testing.T, countryCode string) *subWorld {
	t.Helper()
	w := &subWorld{t: t, srv: sandbox.New(sandbox.Options{}), root: t.TempDir()}
	keys := keystore.New(keystore.Options{Backend: keystore.NewMemoryBackend(), Dir: w.root, Getenv: func(string) string { return "" }})
	k, err := paystack.ParseSecretKey(sandbox.DemoTestKey)
	if err != nil {
		t.Fatal(err)
	}
	if err := keys.Set(context.Background(), "default", k); err != nil {
		t.Fatal(err)
	}
	w.s = w.open(keys)
	if countryCode != "" {
		if err := w.s.RecordCountry(countryCode); err != nil {
			t.Fatal(err)
		}
	}
	return w
}

func (w *subWorld) open(keys *keystore.Store) *setup.Session {
	w.t.Helper()
	hc := &http.Client{Transport: w.srv.Transport()}
	s, _, err := setup.Open(context.Background(), setup.Options{Profile: "default", StateRoot: w.root, Keys: keys,
		NewClient: func(k paystack.SecretKey) *paystack.Client {
			return paystack.New(k, paystack.WithBaseURL(sandbox.BaseURL), paystack.WithHTTPClient(hc), paystack.WithMaxRetries(0))
		}})
	if err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(func() { _ = s.Close() })
	return s
}

// rerun saves, closes and opens the profile again, as the next run would.
func (w *subWorld) rerun() {
	w.t.Helper()
	if err := w.s.Save(); err != nil {
		w.t.Fatal(err)
	}
	_ = w.s.Close()
	keys := keystore.New(keystore.Options{Backend: keystore.NewMemoryBackend(), Dir: w.root, Getenv: func(string) string { return sandbox.DemoTestKey }})
	w.s = w.open(keys)
}

func (w *subWorld) run(p steps.Prompter) error {
	return steps.Subaccount.Run(context.Background(), w.s, p)
}

// subaccountRow is where a seeded subaccount is in the list.
func (w *subWorld) subaccountRow(name string) int {
	w.t.Helper()
	all, err := w.s.Client().AllSubaccounts(context.Background(), nil)
	if err != nil {
		w.t.Fatal(err)
	}
	for i, sa := range all {
		if sa.BusinessName == name {
			return i
		}
	}
	w.t.Fatalf("no subaccount %q in the sandbox", name)
	return 0
}

// bankRow is where a bank is in the country's bank list.
func (w *subWorld) bankRow(code string) int {
	w.t.Helper()
	banks, err := w.s.ListBanks(context.Background())
	if err != nil {
		w.t.Fatal(err)
	}
	for i, b := range banks {
		if b.Code == code {
			return i
		}
	}
	w.t.Fatalf("no bank %s in the list", code)
	return 0
}

func (w *subWorld) creates() int { return w.srv.RequestsTo(http.MethodPost, "/subaccount") }

// An account at Zenith Bank that the sandbox names, and a complete form.
const zenith = "057"

func adeFoods(account string) map[string]string {
	return map[string]string{"account": account, "business": "Ade Foods", "percent": "10", "email": "ade@adefoods.example"}
}

func say(id msg.ID, args ...any) string { return msg.In(msg.English, id, args...) }

func TestSubaccountKeepsTheOneChosenBefore(t *testing.T) {
	w := newSubWorld(t, "NG")
	w.s.State().Subaccount = &state.SubaccountRef{Code: "ACCT_kept", BusinessName: "Ngozi Bakes"}
	p := steptest.New(t, steptest.Choose(0))
	if err := w.run(p); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(p.Transcript(), "[0] Chosen now: Ngozi Bakes (ACCT_kept) (enter)") {
		t.Errorf("keeping the chosen subaccount is not what enter does:\n%s", p.Transcript())
	}
	if got := w.s.State().Subaccount; got == nil || got.Code != "ACCT_kept" {
		t.Fatalf("the kept subaccount changed: %+v", got)
	}
}

// The merchant's subaccounts are listed with what tells them apart, the
// account number masked; the one picked is recorded.
func TestSubaccountPickOneOfTheMerchants(t *testing.T) {
	w := newSubWorld(t, "NG")
	p := steptest.New(t, steptest.ChooseLabel(msg.SubAcctChooseExisting), steptest.PickRow(w.subaccountRow("Ngozi Bakes")))
	if err := w.run(p); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(p.Transcript(), "Ngozi Bakes | Kuda Bank | ••••7891 | NGN | no | yes") {
		t.Errorf("the list does not show the subaccount as the screen does:\n%s", p.Transcript())
	}
	if strings.Contains(p.Transcript(), "2004567891") {
		t.Errorf("a whole account number is shown:\n%s", p.Transcript())
	}
	got := w.s.State().Subaccount
	if got == nil || got.BusinessName != "Ngozi Bakes" || got.CreatedByUs || got.AccountNumberMasked != "••••7891" {
		t.Fatalf("recorded %+v", got)
	}
	if !p.Said(msg.AccSubaccountChosen) || !p.Said(msg.AccSubaccountLine) {
		t.Errorf("the choice or the spoken row is missing:\n%s", p.Transcript())
	}
}

// A subaccount that is switched off, or paid out in another currency than
// the merchant's, is asked about first, with "choose another" on enter; the
// list comes back without being loaded again.
func TestSubaccountWarnsBeforeAnInactiveOrForeignOne(t *testing.T) {
	w := newSubWorld(t, "KE")
	lagos := w.subaccountRow("Lagos Fitness Club") // NGN, not active
	w.srv.ResetCounters()
	p := steptest.New(t, steptest.ChooseLabel(msg.SubAcctChooseExisting),
		steptest.PickRow(lagos), steptest.Choose(1),
		steptest.PickRow(lagos), steptest.ChooseLabel(msg.AccWarnUseAnyway))
	if err := w.run(p); err != nil {
		t.Fatal(err)
	}
	tr := p.Transcript()
	if !strings.Contains(tr, "[1] Choose another subaccount (enter)") {
		t.Errorf("enter alone does not choose another:\n%s", tr)
	}
	for _, want := range []string{say(msg.SubAcctWarnInactive, "Lagos Fitness Club"), say(msg.SubAcctWarnCurrency, "Lagos Fitness Club", "NGN", "KES")} {
		if strings.Count(tr, want) != 2 {
			t.Errorf("not warned twice of %q:\n%s", want, tr)
		}
	}
	if n := w.srv.RequestsTo(http.MethodGet, "/subaccount"); n != 1 {
		t.Errorf("the list was loaded %d times, want once", n)
	}
	if got := w.s.State().Subaccount; got == nil || got.BusinessName != "Lagos Fitness Club" {
		t.Fatalf("recorded %+v after 'use it anyway'", got)
	}
}

// esc in the list is back to the first question; a failed load says why.
func TestSubaccountListFailureSaysWhyAndBackReturns(t *testing.T) {
	w := newSubWorld(t, "NG")
	w.srv.InjectFault(sandbox.Fault{Method: http.MethodGet, Path: "/subaccount", Kind: sandbox.FaultHTML})
	p := steptest.New(t, steptest.ChooseLabel(msg.SubAcctChooseExisting), steptest.Back(steptest.OnPick),
		steptest.Back(steptest.OnChoose))
	if err := w.run(p); !errors.Is(err, steps.ErrBack) {
		t.Fatalf("err %v, want ErrBack", err)
	}
	if !p.Said(msg.PaystackErrNotJSON) || strings.Contains(p.Transcript(), "<html") {
		t.Errorf("the failure is not said in words:\n%s", p.Transcript())
	}
	if strings.Count(p.Transcript(), "? Choose") != 2 {
		t.Errorf("back from the list did not return to the first question:\n%s", p.Transcript())
	}
}

func TestSubaccountCreateWalk(t *testing.T) {
	w := newSubWorld(t, "NG")
	p := steptest.New(t, steptest.ChooseLabel(msg.SubAcctChooseCreate), steptest.PickRow(w.bankRow(zenith)),
		steptest.Fill(adeFoods("201-234-5678")), steptest.ChooseLabel(msg.AccCreateYes))
	if err := w.run(p); err != nil {
		t.Fatal(err)
	}
	tr := p.Transcript()
	for _, want := range []string{
		say(msg.SubAcctBankTitle, say(msg.StCountryNG)),
		say(msg.SubAcctPercentHelp, "10", "90"),
		say(msg.SubAcctSummaryPercent, "10", "90"),
		say(msg.SubAcctSummaryAccount, "2012345678"),
		say(msg.SubAcctSummaryConfirm),
	} {
		if !strings.Contains(tr, want) {
			t.Errorf("the walk does not say %q:\n%s", want, tr)
		}
	}
	// The holder's name once the number is typed, and on the summary.
	if !p.Said(msg.SubAcctResolved) || !p.Said(msg.SubAcctSummaryAccountName) || !p.Said(msg.AccSubaccountCreated) {
		t.Errorf("the holder's name or the creation is not said:\n%s", tr)
	}
	got := w.s.State().Subaccount
	if got == nil || !got.CreatedByUs || got.BankCode != zenith || got.AccountNumberMasked != "••••5678" || got.AccountName == "" {
		t.Fatalf("recorded %+v", got)
	}
	found, err := w.s.Client().FindSubaccount(context.Background(), zenith, "2012345678")
	if err != nil || found == nil || found.Code != got.Code || found.PercentageCharge != 10 {
		t.Fatalf("not on Paystack as typed: %+v, %v", found, err)
	}
}

// Each field says what to type instead, by the country's rules; nothing
// typed is lost while it is corrected.
func TestSubaccountFormRefusalsSayWhatToType(t *testing.T) {
	for _, c := range []struct {
		country, bank string
		field, value  string
		want          string
	}{
		{"NG", zenith, "account", "12345", say(msg.SubAcctNigeriaLength, 5)},
		{"NG", zenith, "account", "20123x5678", say(msg.SubAcctNotDigits, "x")},
		{"NG", zenith, "business", "  ", say(msg.SubAcctBusinessEmpty)},
		{"NG", zenith, "percent", "101", say(msg.SubAcctPercentBad)},
		{"NG", zenith, "email", "ade@localhost", say(msg.SubAcctEmailBad)},
		{"KE", "MPESA", "account", "0912345678", say(msg.SubAcctKenyaMpesa, 10)},
	} {
		t.Run(c.country+"/"+c.field, func(t *testing.T) {
			w := newSubWorld(t, c.country)
			bad := adeFoods("2012345678")
			if c.country == "KE" {
				bad["account"] = "0712345678"
			}
			good := map[string]string{c.field: bad[c.field]}
			bad[c.field] = c.value
			p := steptest.New(t, steptest.ChooseLabel(msg.SubAcctChooseCreate), steptest.PickRow(w.bankRow(c.bank)),
				steptest.Fill(bad), steptest.Fill(good), steptest.Back(steptest.OnChoose),
				steptest.Back(steptest.OnForm), steptest.Back(steptest.OnPick), steptest.Back(steptest.OnChoose))
			if err := w.run(p); !errors.Is(err, steps.ErrBack) {
				t.Fatalf("err %v", err)
			}
			if !strings.Contains(p.Transcript(), "! "+c.want) {
				t.Errorf("%s %q is not refused with %q:\n%s", c.field, c.value, c.want, p.Transcript())
			}
		})
	}
}

// The same bank account already has a subaccount: it is offered instead of
// a second one, and nothing is created.
func TestSubaccountDuplicateIsOfferedInsteadOfCreated(t *testing.T) {
	w := newSubWorld(t, "NG")
	p := steptest.New(t, steptest.ChooseLabel(msg.SubAcctChooseCreate), steptest.PickRow(w.bankRow(zenith)),
		steptest.Fill(adeFoods("2087654321")), steptest.ChooseLabel(msg.AccCreateYes), // Lagos Fitness Club's account
		steptest.Back(steptest.OnChoose), // change something: the form again
		steptest.Fill(nil), steptest.ChooseLabel(msg.AccCreateYes), steptest.ChooseLabel(msg.AccDuplicateUse))
	if err := w.run(p); err != nil {
		t.Fatal(err)
	}
	if strings.Count(p.Transcript(), "? Form") != 2 || !p.Said(msg.SubAcctDuplicate) {
		t.Errorf("the duplicate is not offered, or esc does not return to the form:\n%s", p.Transcript())
	}
	if n := w.creates(); n != 0 {
		t.Errorf("%d creates for a bank account that has a subaccount", n)
	}
	if got := w.s.State().Subaccount; got == nil || got.BusinessName != "Lagos Fitness Club" || got.CreatedByUs {
		t.Fatalf("recorded %+v, want the existing Lagos Fitness Club", got)
	}
}

// Paystack made the subaccount but its answer was lost: it is found and
// used, and nothing is sent twice.
func TestSubaccountLostAnswerIsRecovered(t *testing.T) {
	w := newSubWorld(t, "NG")
	w.srv.InjectFault(sandbox.Fault{Method: http.MethodPost, Path: "/subaccount", Kind: sandbox.FaultCreateThenDrop, Status: http.StatusBadGateway, Count: 1})
	p := steptest.New(t, steptest.ChooseLabel(msg.SubAcctChooseCreate), steptest.PickRow(w.bankRow(zenith)),
		steptest.Fill(adeFoods("2011112222")), steptest.ChooseLabel(msg.AccCreateYes))
	if err := w.run(p); err != nil {
		t.Fatal(err)
	}
	if !p.Said(msg.AccRecovered) || w.creates() != 1 {
		t.Errorf("%d creates; transcript:\n%s", w.creates(), p.Transcript())
	}
	if got := w.s.State().Subaccount; got == nil || got.BusinessName != "Ade Foods" || !got.CreatedByUs {
		t.Fatalf("recorded %+v", got)
	}
}

// The create's answer is lost and it is not found: the step says what to do
// (r tries again, it looks first), and trying again creates exactly one.
func TestSubaccountUnknownOutcomeSaysWhatToDoAndRetries(t *testing.T) {
	w := newSubWorld(t, "NG")
	w.srv.InjectFault(sandbox.Fault{Method: http.MethodPost, Path: "/subaccount", Kind: sandbox.FaultStatus, Status: http.StatusServiceUnavailable, Count: 1})
	var asked []steps.Choice
	p := &choicesSpy{Prompter: steptest.New(t, steptest.ChooseLabel(msg.SubAcctChooseCreate), steptest.PickRow(w.bankRow(zenith)),
		steptest.Fill(adeFoods("2012345678")), steptest.ChooseLabel(msg.AccCreateYes), steptest.ChooseLabel(msg.SubAcctKeyRetry)), got: &asked}
	if err := w.run(p); err != nil {
		t.Fatal(err)
	}
	failed := asked[len(asked)-1]
	if len(failed.Options) != 1 || failed.Options[0].Key != "r" || !hasText(failed.Body, msg.SubAcctCreateUnknown) || !hasText(failed.Body, msg.SubAcctRetryHint) {
		t.Fatalf("the failure does not say what to do with r: %+v", failed)
	}
	if n := w.creates(); n != 2 {
		t.Errorf("%d creates sent, want the one that failed and the retry", n)
	}
	if got := w.s.State().Subaccount; got == nil || !got.CreatedByUs || got.BusinessName != "Ade Foods" {
		t.Fatalf("recorded %+v", got)
	}
}

// esc while Paystack creates stops waiting and returns to the summary; the
// next try looks for the subaccount first, so it is never made twice.
func TestSubaccountEscWhileCreatingLooksFirstNextTime(t *testing.T) {
	w := newSubWorld(t, "NG")
	p := steptest.New(t, steptest.ChooseLabel(msg.SubAcctChooseCreate), steptest.PickRow(w.bankRow(zenith)),
		steptest.Fill(adeFoods("2012345678")), steptest.ChooseLabel(msg.AccCreateYes),
		steptest.Fail(steptest.OnWait, steps.ErrCanceled), steptest.ChooseLabel(msg.AccCreateYes))
	if err := w.run(p); err != nil {
		t.Fatal(err)
	}
	if strings.Count(p.Transcript(), say(msg.SubAcctSummaryConfirm)) != 2 {
		t.Errorf("esc while creating did not return to the summary:\n%s", p.Transcript())
	}
	if got := w.s.State().Subaccount; got == nil || !got.CreatedByUs {
		t.Fatalf("recorded %+v", got)
	}
}

// Going back from the summary to the form, and from the form to the bank
// list, keeps every answer; the bank list starts on the bank chosen.
func TestSubaccountBackAndForthKeepsTheAnswers(t *testing.T) {
	w := newSubWorld(t, "NG")
	p := steptest.New(t, steptest.ChooseLabel(msg.SubAcctChooseCreate), steptest.PickRow(w.bankRow(zenith)),
		steptest.Fill(adeFoods("2012345678")), steptest.Back(steptest.OnChoose),
		steptest.Back(steptest.OnForm), steptest.PickRow(w.bankRow(zenith)),
		steptest.Fill(nil), steptest.ChooseLabel(msg.AccCreateYes))
	if err := w.run(p); err != nil {
		t.Fatal(err)
	}
	tr := p.Transcript()
	if !strings.Contains(tr, "  filter: Zenith Bank") {
		t.Errorf("the bank list did not start on the bank chosen:\n%s", tr)
	}
	last := tr[strings.LastIndex(tr, "? Form"):]
	for _, want := range []string{"Account number: 2012345678", "Business name: Ade Foods", ": 10\n", "Contact email: ade@adefoods.example"} {
		if !strings.Contains(last, want) {
			t.Errorf("the form lost %q after going back:\n%s", want, tr)
		}
	}
}

// ctrl+c in the form keeps the bank, business name, share and email over
// the quit, never the account number; the rerun carries on with them.
func TestSubaccountQuitKeepsADraftWithoutTheAccountNumber(t *testing.T) {
	w := newSubWorld(t, "NG")
	p := steptest.New(t, steptest.ChooseLabel(msg.SubAcctChooseCreate), steptest.PickRow(w.bankRow(zenith)),
		steptest.Fill(adeFoods("2012345678")).Then(steps.ErrInterrupted))
	if err := steps.Run(context.Background(), w.s, p, []steps.Step{steps.Subaccount}); !errors.Is(err, steps.ErrInterrupted) {
		t.Fatalf("err %v", err)
	}
	d := saved(t, w.root).Drafts["subaccount"]
	if d["bank"] != zenith || d["business"] != "Ade Foods" || d["percent"] != "10" || d["email"] != "ade@adefoods.example" {
		t.Fatalf("draft %v", d)
	}
	for k, v := range d {
		if strings.Contains(v, "2012345678") {
			t.Fatalf("the whole account number was kept in the draft (%s)", k)
		}
	}

	w.rerun()
	p = steptest.New(t, steptest.Choose(1), steptest.PickRow(w.bankRow(zenith)),
		steptest.Fill(map[string]string{"account": "2012345678"}), steptest.ChooseLabel(msg.AccCreateYes))
	if err := w.run(p); err != nil {
		t.Fatal(err)
	}
	tr := p.Transcript()
	for _, want := range []string{say(msg.SubAcctDraftRestored), "[1] Create a new subaccount (enter)", "  filter: Zenith Bank",
		"Business name: Ade Foods", "Contact email: ade@adefoods.example"} {
		if !strings.Contains(tr, want) {
			t.Errorf("the rerun does not carry on with the draft (%q):\n%s", want, tr)
		}
	}
	if got := w.s.State(); got.Subaccount == nil || got.Subaccount.PercentageCharge != 10 || len(got.Drafts) != 0 {
		t.Fatalf("recorded %+v, drafts %v", got.Subaccount, got.Drafts)
	}
}

// Going back to step 2 and on again finds the new subaccount's answers
// (the account number typed again, as after a quit).
func TestSubaccountLeftByBackKeepsTheAnswers(t *testing.T) {
	w := newSubWorld(t, "NG")
	p := steptest.New(t, steptest.ChooseLabel(msg.SubAcctChooseCreate), steptest.PickRow(w.bankRow(zenith)),
		steptest.Fill(adeFoods("2012345678")).Then(steps.ErrBack), steptest.Back(steptest.OnPick), steptest.Back(steptest.OnChoose))
	if err := w.run(p); !errors.Is(err, steps.ErrBack) {
		t.Fatalf("err %v", err)
	}
	p = steptest.New(t, steptest.Choose(1), steptest.PickRow(w.bankRow(zenith)), steptest.Back(steptest.OnForm),
		steptest.Back(steptest.OnPick), steptest.Back(steptest.OnChoose))
	if err := w.run(p); !errors.Is(err, steps.ErrBack) {
		t.Fatalf("err %v", err)
	}
	tr := p.Transcript()
	for _, want := range []string{"[1] Create a new subaccount (enter)", "  filter: Zenith Bank", "Business name: Ade Foods", "Account number: \n"} {
		if !strings.Contains(tr, want) {
			t.Errorf("coming back does not find the answers (%q):\n%s", want, tr)
		}
	}
}

// A number the bank does not know is said with the bank and the number (not
// Paystack's "check parameters"); a failed lookup is not blamed on it; and
// Kenya, where names cannot be looked up, says so.
func TestSubaccountHolderNameNotes(t *testing.T) {
	for _, c := range []struct {
		country, bank, account string
		fault                  *sandbox.Fault
		want                   msg.Text
	}{
		{"NG", zenith, "0000000000", nil, msg.New(msg.SubAcctResolveNoAccount, "Zenith Bank", "0000000000")},
		{"NG", zenith, "2012345678", &sandbox.Fault{Path: "/bank/resolve", Kind: sandbox.FaultIPNotAllowed},
			msg.New(msg.SubAcctResolveFailed, msg.New(msg.PaystackErrIPBlocked))},
		{"KE", "MPESA", "0712345678", nil, msg.New(msg.SubAcctResolveKenya)},
	} {
		t.Run(c.country+"/"+c.account, func(t *testing.T) {
			w := newSubWorld(t, c.country)
			if c.fault != nil {
				w.srv.InjectFault(*c.fault)
			}
			form := adeFoods(c.account)
			p := steptest.New(t, steptest.ChooseLabel(msg.SubAcctChooseCreate), steptest.PickRow(w.bankRow(c.bank)),
				steptest.Fill(form), steptest.Back(steptest.OnChoose), steptest.Back(steptest.OnForm),
				steptest.Back(steptest.OnPick), steptest.Back(steptest.OnChoose))
			if err := w.run(p); !errors.Is(err, steps.ErrBack) {
				t.Fatalf("err %v", err)
			}
			want := c.want.In(msg.English)
			if strings.Count(p.Transcript(), want) != 2 || strings.Contains(p.Transcript(), "parameters") {
				t.Errorf("not said under the number and on the summary: %q\n%s", want, p.Transcript())
			}
		})
	}
}

// South Africa: the bank can check the account with the holder's ID
// number before it is created; optional, refused for a short ID, and not
// offered again once the bank confirmed the account.
func TestSubaccountSouthAfricanCheckIsOptional(t *testing.T) {
	w := newSubWorld(t, "ZA")
	var asked []steps.Choice
	p := &choicesSpy{Prompter: steptest.New(t, steptest.ChooseLabel(msg.SubAcctChooseCreate), steptest.PickRow(w.bankRow("470010")),
		steptest.Fill(map[string]string{"account": "1234567890", "business": "Cape Crafts", "email": "info@capecrafts.example"}),
		steptest.ChooseLabel(msg.SubAcctKeyVerify), steptest.Type("12345"), steptest.Type("800101 5009 087"),
		steptest.ChooseLabel(msg.AccCreateYes)), got: &asked}
	if err := w.run(p); err != nil {
		t.Fatal(err)
	}
	tr := p.Prompter.(*steptest.Prompter).Transcript()
	for _, want := range []string{say(msg.SubAcctResolveSouthAfrica), say(msg.SubAcctZAVerifyOffer), "! " + say(msg.SubAcctZAIDBad, 5), say(msg.SubAcctZAVerified)} {
		if !strings.Contains(tr, want) {
			t.Errorf("not said: %q\n%s", want, tr)
		}
	}
	if last := asked[len(asked)-1]; len(last.Options) != 1 {
		t.Errorf("a confirmed account is offered the check again: %+v", last.Options)
	}
	if got := w.s.State().Subaccount; got == nil || got.BankCode != "470010" || !got.CreatedByUs {
		t.Fatalf("recorded %+v", got)
	}
}

// Without a key nothing can be listed or created: the step says to add the
// key first and goes back; a subaccount chosen before can still be kept.
func TestSubaccountWithoutAKey(t *testing.T) {
	s, _ := newSession(t, "")
	if err := s.RecordCountry("NG"); err != nil {
		t.Fatal(err)
	}
	p := steptest.New(t, steptest.Choose(0))
	if err := steps.Subaccount.Run(context.Background(), s, p); !errors.Is(err, steps.ErrBack) {
		t.Fatalf("err %v, want ErrBack", err)
	}
	if !p.Said(msg.SubAcctNoKey) || p.Said(msg.SubAcctChooseCreate) {
		t.Errorf("the step offers what needs a key:\n%s", p.Transcript())
	}

	s.State().Subaccount = &state.SubaccountRef{Code: "ACCT_kept", BusinessName: "Ngozi Bakes"}
	p = steptest.New(t, steptest.Choose(0))
	if err := steps.Subaccount.Run(context.Background(), s, p); err != nil {
		t.Fatal(err)
	}
}

// The bank list cannot be loaded: it says why, and back returns to the
// first question; without a country there is no bank list to load.
func TestSubaccountBankListProblems(t *testing.T) {
	w := newSubWorld(t, "NG")
	w.srv.InjectFault(sandbox.Fault{Path: "/bank", Kind: sandbox.FaultStatus, Status: http.StatusServiceUnavailable})
	p := steptest.New(t, steptest.ChooseLabel(msg.SubAcctChooseCreate), steptest.Back(steptest.OnPick), steptest.Back(steptest.OnChoose))
	if err := w.run(p); !errors.Is(err, steps.ErrBack) {
		t.Fatalf("err %v", err)
	}
	if !strings.Contains(p.Transcript(), "! "+say(msg.PaystackErrUnavailable, 503)) {
		t.Errorf("the failure is not said:\n%s", p.Transcript())
	}

	w = newSubWorld(t, "")
	p = steptest.New(t, steptest.ChooseLabel(msg.SubAcctChooseCreate), steptest.Back(steptest.OnChoose))
	if err := w.run(p); !errors.Is(err, steps.ErrBack) {
		t.Fatalf("err %v", err)
	}
	if !p.Said(msg.SubAcctUnknownCountry) {
		t.Errorf("no word on the missing country:\n%s", p.Transcript())
	}
}

// choicesSpy keeps every Choice asked.
type choicesSpy struct {
	steps.Prompter
	got *[]steps.Choice
}

func (c *choicesSpy) Choose(q steps.Choice) (int, error) {
	*c.got = append(*c.got, q)
	return c.Prompter.Choose(q)
}

func hasText(blocks []steps.Block, id msg.ID) bool {
	for _, b := range blocks {
		if b.Text.ID == id {
			return true
		}
	}
	return false
}
