package setup_test

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"

	"paystack-setup/country"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/problem"
	"paystack-setup/setup"
)

// A seeded subaccount of the sandbox: Chinedu Okafor Academy at Access Bank.
const (
	seededBankCode = "044"
	seededBankName = "Access Bank"
	seededAccount  = "0690000031"
)

func nigeria(t *testing.T, s *setup.Session) {
	t.Helper()
	if err := s.RecordCountry("NG"); err != nil {
		t.Fatal(err)
	}
}

func bankByCode(t *testing.T, banks []paystack.Bank, code string) paystack.Bank {
	t.Helper()
	for _, b := range banks {
		if b.Code == code {
			return b
		}
	}
	t.Fatalf("no bank %s among %d", code, len(banks))
	return paystack.Bank{}
}

func newRequest(bankCode, account string) paystack.SubaccountRequest {
	return paystack.SubaccountRequest{
		BusinessName: "Ife Ceramics", SettlementBank: bankCode, AccountNumber: account,
		PercentageCharge: 2.5, PrimaryContactEmail: "ife@ceramics.example",
	}
}

// countCreated counts the subaccounts Paystack holds for a bank account.
func countCreated(t *testing.T, s *setup.Session, account string) int {
	t.Helper()
	all, err := s.Client().AllSubaccounts(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, sa := range all {
		if sa.AccountNumber == account {
			n++
		}
	}
	return n
}

func TestPaystackCallsNeedAKey(t *testing.T) {
	s := newWorld(t).open()
	nigeria(t, s)
	ctx := context.Background()
	if _, err := s.ListSubaccounts(ctx, nil); !errors.Is(err, setup.ErrNoKey) {
		t.Errorf("ListSubaccounts: %v", err)
	}
	if _, err := s.ListBanks(ctx); !errors.Is(err, setup.ErrNoKey) {
		t.Errorf("ListBanks: %v", err)
	}
	if _, err := s.CreateSubaccount(ctx, newRequest("057", "0123456789"), "Zenith Bank"); !errors.Is(err, setup.ErrNoKey) {
		t.Errorf("CreateSubaccount: %v", err)
	}
	if _, err := s.ResolveAccount(ctx, "0123456789", paystack.Bank{Code: "057"}); !errors.Is(err, setup.ErrNoKey) {
		t.Errorf("ResolveAccount: %v", err)
	}
}

func TestListSubaccountsDeliversPagesAsTheyCome(t *testing.T) {
	w := newWorld(t)
	w.srv.GenerateSubaccounts(250)
	s := w.withKey()
	var pages, delivered int
	all, err := s.ListSubaccounts(context.Background(), func(p paystack.SubaccountsPage) {
		pages++
		delivered = p.Loaded
	})
	if err != nil {
		t.Fatal(err)
	}
	if pages < 2 || delivered != len(all) || len(all) < 250 {
		t.Fatalf("%d pages delivered %d of %d", pages, delivered, len(all))
	}
}

func TestPickWarningsNameWhatTheAuditWouldFlag(t *testing.T) {
	s := newWorld(t).open()
	nigeria(t, s)
	good := paystack.Subaccount{BusinessName: "Ngozi Bakes", Active: true, Currency: "NGN"}
	if w := s.PickWarnings(good); len(w) != 0 {
		t.Fatalf("warnings for a fine subaccount: %v", w)
	}
	bad := paystack.Subaccount{BusinessName: "Kumasi Coding School", Active: false, Currency: "GHS"}
	w := s.PickWarnings(bad)
	if len(w) != 2 || w[0].ID != msg.SubAcctWarnInactive || w[1].ID != msg.SubAcctWarnCurrency {
		t.Fatalf("warnings %v", w)
	}
	if text := w[1].In(msg.English); !strings.Contains(text, "GHS") || !strings.Contains(text, "NGN") {
		t.Errorf("the currency warning does not name both currencies: %q", text)
	}
}

func TestChooseSubaccountKeepsTheNumberMasked(t *testing.T) {
	s := newWorld(t).open()
	s.ChooseSubaccount(paystack.Subaccount{Code: "ACCT_1", BusinessName: "Ngozi Bakes", SettlementBank: "Zenith Bank",
		AccountNumber: "2004567891", AccountName: "NGOZI OKAFOR", Currency: "NGN", PercentageCharge: 5}, "057", true)
	ref := s.State().Subaccount
	if ref == nil || ref.Code != "ACCT_1" || ref.AccountNumberMasked != "••••7891" || ref.BankCode != "057" || !ref.CreatedByUs {
		t.Fatalf("recorded %+v", ref)
	}
}

func TestListBanksForTheSavedCountryOnce(t *testing.T) {
	w := newWorld(t)
	s := w.withKey()
	if _, err := s.ListBanks(context.Background()); !errors.Is(err, country.ErrUnknownCountry) {
		t.Fatalf("before the country is known: %v", err)
	}
	if err := s.RecordCountry("ZA"); err != nil {
		t.Fatal(err)
	}
	banks, err := s.ListBanks(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	bankByCode(t, banks, "632005")
	for _, b := range banks {
		if b.Country != "South Africa" {
			t.Fatalf("a bank of %s in South Africa's list: %+v", b.Country, b)
		}
	}
	if _, err := s.ListBanks(context.Background()); err != nil {
		t.Fatal(err)
	}
	if n := w.srv.RequestsTo(http.MethodGet, "/bank"); n != 1 {
		t.Errorf("the bank list was asked %d times, want once", n)
	}
}

func TestResolveAccountNamesTheHolder(t *testing.T) {
	s := newWorld(t).withKey()
	nigeria(t, s)
	banks, err := s.ListBanks(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	zenith := bankByCode(t, banks, "057")
	name, err := s.ResolveAccount(context.Background(), "0123456789", zenith)
	if err != nil || name == "" {
		t.Fatalf("name %q, %v", name, err)
	}
	// Paystack's own sentence sent merchants to "parameters" they never typed.
	_, err = s.ResolveAccount(context.Background(), "0123456000", zenith)
	var se *setup.Error
	if !errors.As(err, &se) || se.Problem != msg.SubAcctResolveNoAccount {
		t.Fatalf("an unknown account: %v", err)
	}
	if text := se.Text().In(msg.English); !strings.Contains(text, "Zenith Bank") || !strings.Contains(text, "0123456000") {
		t.Errorf("the refusal does not name the bank and number: %q", text)
	}
}

// Any other failure keeps Paystack's advice, in the merchant's words.
func TestResolveAccountFailureSaysWhatToDo(t *testing.T) {
	w := newWorld(t)
	s := w.withKey()
	nigeria(t, s)
	w.srv.InjectFault(sandbox.Fault{Path: "/bank/resolve", Kind: sandbox.FaultIPNotAllowed})
	_, err := s.ResolveAccount(context.Background(), "0123456789", paystack.Bank{Code: "057", Name: "Zenith Bank"})
	if paystack.KindOf(err) != paystack.KindIPNotAllowed {
		t.Fatalf("got %v, want the IP refusal underneath", err)
	}
	text := problem.Text(err).In(msg.English)
	if !strings.Contains(text, "could not be looked up") || !strings.Contains(text, "IP whitelist") || strings.Contains(text, "paystack:") {
		t.Fatalf("the merchant reads %q", text)
	}
}

func TestResolveAccountWherePaystackCannot(t *testing.T) {
	s := newWorld(t).withKey()
	if err := s.RecordCountry("KE"); err != nil {
		t.Fatal(err)
	}
	_, err := s.ResolveAccount(context.Background(), "0712345678", paystack.Bank{Code: "MPESA"})
	var ce *country.Error
	if !errors.As(err, &ce) || ce.Problem != msg.SubAcctResolveKenya {
		t.Fatalf("Kenya: %v", err)
	}
}

func TestSouthAfricanCheckTellsWhatTheBankSaid(t *testing.T) {
	s := newWorld(t).withKey()
	if err := s.RecordCountry("ZA"); err != nil {
		t.Fatal(err)
	}
	absa := paystack.Bank{Code: "632005", Name: "Absa Bank Limited, South Africa", EnabledForVerification: true}
	ctx := context.Background()
	if _, _, err := s.CheckAccountZA(ctx, absa, "Thabo Nkosi", "1234567890", "123"); err == nil {
		t.Fatal("a 3-digit ID number was sent to the bank")
	}
	ok, verdict, err := s.CheckAccountZA(ctx, absa, "Thabo Nkosi", "1234567890", "800101 5009 087")
	if err != nil || !ok || verdict.ID != msg.SubAcctZAVerified {
		t.Fatalf("a good account: %v %v %v", ok, verdict, err)
	}
	// A bank that cannot check is a verdict, not a failure: the check is optional.
	other := paystack.Bank{Code: "430000", Name: "African Bank Limited"}
	ok, verdict, err = s.CheckAccountZA(ctx, other, "Thabo Nkosi", "1234567890", "8001015009087")
	if err != nil || ok || verdict.ID != msg.SubAcctZANotVerified {
		t.Fatalf("a bank without verification: %v %v %v", ok, verdict, err)
	}
}

func TestCreateSubaccountCreatesOnce(t *testing.T) {
	w := newWorld(t)
	s := w.withKey()
	nigeria(t, s)
	banks, _ := s.ListBanks(context.Background())
	zenith := bankByCode(t, banks, "057")
	name, err := s.ResolveAccount(context.Background(), "0123456789", zenith)
	if err != nil {
		t.Fatal(err)
	}
	out, err := s.CreateSubaccount(context.Background(), newRequest("057", "0123456789"), zenith.Name)
	if err != nil {
		t.Fatal(err)
	}
	if out.Existing || out.Recovered || out.Subaccount.Code == "" || out.Subaccount.AccountName != name {
		t.Fatalf("outcome %+v (resolved name %q)", out, name)
	}
	// The same bank account again: the one just made is offered, not a twin.
	again, err := s.CreateSubaccount(context.Background(), newRequest("057", "0123456789"), zenith.Name)
	if err != nil || !again.Existing || again.Subaccount.Code != out.Subaccount.Code {
		t.Fatalf("second create: %+v, %v", again, err)
	}
	if n := countCreated(t, s, "0123456789"); n != 1 {
		t.Fatalf("%d subaccounts for one bank account", n)
	}
}

// A subaccount already in the list the merchant just loaded (the command's
// list, or the picker's compact one) is offered at once, as Paystack listed
// it, without asking Paystack again.
func TestCreateSubaccountFindsTheListedDuplicate(t *testing.T) {
	for name, load := range map[string]func(*setup.Session) error{
		"ListSubaccounts": func(s *setup.Session) error { _, err := s.ListSubaccounts(context.Background(), nil); return err },
		"LoadSubaccounts": func(s *setup.Session) error {
			return s.LoadSubaccounts(context.Background(), &setup.SubaccountListing{}, nil)
		},
	} {
		t.Run(name, func(t *testing.T) {
			w := newWorld(t)
			s := w.withKey()
			nigeria(t, s)
			if err := load(s); err != nil {
				t.Fatal(err)
			}
			w.srv.ResetCounters()
			out, err := s.CreateSubaccount(context.Background(), newRequest(seededBankCode, seededAccount), " access bank ")
			if err != nil || !out.Existing || out.Subaccount.BusinessName != "Chinedu Okafor Academy" ||
				out.Subaccount.Code == "" || out.Subaccount.AccountNumber != seededAccount || out.Subaccount.Currency != "NGN" {
				t.Fatalf("outcome %+v, %v", out, err)
			}
			if n := w.srv.Requests(); n != 0 {
				t.Errorf("%d requests to find a subaccount already listed", n)
			}
		})
	}
}

func TestCreateSubaccountFindsADuplicateOnPaystack(t *testing.T) {
	w := newWorld(t)
	s := w.withKey()
	out, err := s.CreateSubaccount(context.Background(), newRequest(seededBankCode, seededAccount), seededBankName)
	if err != nil || !out.Existing || out.Recovered {
		t.Fatalf("outcome %+v, %v", out, err)
	}
	if n := w.srv.RequestsTo(http.MethodPost, "/subaccount"); n != 0 {
		t.Errorf("%d creates for a bank account that has a subaccount", n)
	}
}

// Paystack made the subaccount but its answer was lost: it is found at
// once, and nothing is sent twice.
func TestCreateSubaccountRecoversALostAnswer(t *testing.T) {
	w := newWorld(t)
	s := w.withKey()
	w.srv.InjectFault(sandbox.Fault{Method: http.MethodPost, Path: "/subaccount", Kind: sandbox.FaultCreateThenDrop, Status: http.StatusGatewayTimeout, Count: 1})
	out, err := s.CreateSubaccount(context.Background(), newRequest("057", "0123456789"), "Zenith Bank")
	if err != nil || !out.Recovered || out.Existing || out.Subaccount.Code == "" {
		t.Fatalf("outcome %+v, %v", out, err)
	}
	if n := countCreated(t, s, "0123456789"); n != 1 {
		t.Fatalf("%d subaccounts after a lost answer", n)
	}
}

// When the answer is lost and the lookup fails too, the outcome is unknown;
// trying again looks first, so the subaccount made meanwhile is recovered
// rather than made twice.
func TestCreateSubaccountUnknownOutcomeThenRetry(t *testing.T) {
	w := newWorld(t)
	w.srv.InjectFault(sandbox.Fault{Method: http.MethodPost, Path: "/subaccount", Kind: sandbox.FaultCreateThenDrop, Status: http.StatusBadGateway, Count: 1})
	// The lookup before the create works; the one after the lost answer fails.
	hc := &http.Client{Transport: roundTrip(func(r *http.Request) (*http.Response, error) {
		resp, err := w.srv.Transport().RoundTrip(r)
		if r.Method == http.MethodPost {
			w.srv.InjectFault(sandbox.Fault{Method: http.MethodGet, Path: "/subaccount", Kind: sandbox.FaultStatus, Status: http.StatusServiceUnavailable})
		}
		return resp, err
	})}
	o := w.options()
	o.NewClient = func(k paystack.SecretKey) *paystack.Client {
		return paystack.New(k, paystack.WithBaseURL(sandbox.BaseURL), paystack.WithHTTPClient(hc), paystack.WithMaxRetries(0))
	}
	s, _, err := setup.Open(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.UseKey(demoKey(t), "keyring")

	_, err = s.CreateSubaccount(context.Background(), newRequest("057", "0123456789"), "Zenith Bank")
	if !errors.Is(err, setup.ErrCreateUnknown) || paystack.KindOf(err) != paystack.KindOutcomeUnknown {
		t.Fatalf("got %v, want ErrCreateUnknown wrapping the lost answer", err)
	}
	w.srv.ClearFaults()
	w.srv.ResetCounters()
	out, err := s.CreateSubaccount(context.Background(), newRequest("057", "0123456789"), "Zenith Bank")
	if err != nil || !out.Recovered {
		t.Fatalf("retry: %+v, %v", out, err)
	}
	if n := w.srv.RequestsTo(http.MethodPost, "/subaccount"); n != 0 {
		t.Errorf("the retry sent %d creates", n)
	}
	if n := countCreated(t, s, "0123456789"); n != 1 {
		t.Fatalf("%d subaccounts after the retry", n)
	}
}

// A refusal is not a lost answer: Paystack said no, so nothing was created.
func TestCreateSubaccountRefusedIsNotLost(t *testing.T) {
	w := newWorld(t)
	s := w.withKey()
	w.srv.InjectFault(sandbox.Fault{Method: http.MethodPost, Path: "/subaccount", Kind: sandbox.FaultRateLimited})
	_, err := s.CreateSubaccount(context.Background(), newRequest("057", "0123456789"), "Zenith Bank")
	if paystack.KindOf(err) != paystack.KindRateLimited || errors.Is(err, setup.ErrCreateUnknown) {
		t.Fatalf("got %v, want Paystack's rate limit as it is", err)
	}
	w.srv.ClearFaults()
	out, err := s.CreateSubaccount(context.Background(), newRequest("057", "0123456789"), "Zenith Bank")
	if err != nil || out.Existing || out.Recovered {
		t.Fatalf("after the limit: %+v, %v", out, err)
	}
}

func TestAnotherKeyForgetsTheListedSubaccounts(t *testing.T) {
	w := newWorld(t)
	s := w.withKey()
	if _, err := s.ListSubaccounts(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	live, err := paystack.ParseSecretKey(sandbox.DemoLiveKey)
	if err != nil {
		t.Fatal(err)
	}
	s.UseKey(live, "keyring")
	w.srv.ResetCounters()
	if _, err := s.CreateSubaccount(context.Background(), newRequest(seededBankCode, seededAccount), seededBankName); err != nil {
		t.Fatal(err)
	}
	if w.srv.Requests() == 0 {
		t.Fatal("the test key's list decided for the live integration")
	}
}

func TestPercentAndEmailRules(t *testing.T) {
	for in, want := range map[string]float64{"2.5": 2.5, "2,5": 2.5, " 2.5% ": 2.5, "0": 0, "100": 100} {
		if got, ok := setup.ParsePercent(in); !ok || got != want {
			t.Errorf("ParsePercent(%q) = %v, %v", in, got, ok)
		}
	}
	for _, in := range []string{"", "abc", "-1", "100.5", "NaN"} {
		if _, ok := setup.ParsePercent(in); ok {
			t.Errorf("ParsePercent(%q) accepted", in)
		}
	}
	if got := setup.FormatPercent(2.50); got != "2.5" {
		t.Errorf("FormatPercent(2.5) = %q", got)
	}
	for in, want := range map[string]bool{"ife@ceramics.example": true, "Ife <ife@x.example>": false, "ife@localhost": false, "ife@x.": false, "": false} {
		if setup.ValidEmail(in) != want {
			t.Errorf("ValidEmail(%q) != %v", in, want)
		}
	}
}

type roundTrip func(*http.Request) (*http.Response, error)

func (f roundTrip) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }
