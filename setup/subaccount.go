package setup

import (
	"context"
	"net/mail"
	"strconv"
	"strings"

	"paystack-setup/country"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/problem"
	"paystack-setup/state"
)

// seen is what Paystack told this session about subaccounts and banks. It
// belongs to one key: subaccounts are per integration and mode.
type seen struct {
	key         paystack.SecretKey
	listed      *SubaccountListing // the last load's, for the duplicate guard
	banks       []paystack.Bank
	banksFor    string            // the country banks were listed for
	names       map[string]string // bank code/account number → the holder's name Paystack gave
	lostCreates map[string]bool   // bank code/account number → a create whose answer was lost
}

// cache is what was seen with the current key, emptied when the key changed.
func (s *Session) cache() *seen {
	if s.seen.key != s.key {
		s.seen = seen{key: s.key}
	}
	if s.seen.names == nil {
		s.seen.names, s.seen.lostCreates = map[string]string{}, map[string]bool{}
	}
	return &s.seen
}

func accountKey(bankCode, number string) string { return bankCode + "/" + number }

// api is the client for the session's key, or ErrNoKey.
func (s *Session) api() (*paystack.Client, error) {
	if s.key.IsZero() {
		return nil, ErrNoKey
	}
	c := s.Client()
	if c == nil {
		return nil, ErrNoClient
	}
	return c, nil
}

// ListSubaccounts loads every subaccount of the key's integration, calling
// onPage (nil: none) as pages arrive, for a command that wants them all at
// the end (`subaccount list`); a list shown as it loads uses
// LoadSubaccounts. What arrived is remembered for CreateSubaccount's
// duplicate guard, even when the load is stopped halfway.
func (s *Session) ListSubaccounts(ctx context.Context, onPage func(paystack.SubaccountsPage)) ([]paystack.Subaccount, error) {
	c, err := s.api()
	if err != nil {
		return nil, err
	}
	l := &SubaccountListing{}
	s.mu.Lock()
	s.cache().listed = l
	s.mu.Unlock()
	return c.AllSubaccounts(ctx, func(p paystack.SubaccountsPage) {
		l.add(p.Items, p.Total)
		if onPage != nil {
			onPage(p)
		}
	})
}

// FetchSubaccount asks Paystack for one subaccount of the key's integration
// by its code (`subaccount use CODE`); an unknown code is Paystack's
// not-found error.
func (s *Session) FetchSubaccount(ctx context.Context, code string) (paystack.Subaccount, error) {
	c, err := s.api()
	if err != nil {
		return paystack.Subaccount{}, err
	}
	return c.FetchSubaccount(ctx, code)
}

// PickWarnings are what the audit would flag about a picked subaccount,
// said while another one can still be picked: with 10,000 in the list, one
// switched off or paid out in another currency is easy to choose by mistake.
func (s *Session) PickWarnings(sa paystack.Subaccount) []msg.Text {
	var out []msg.Text
	if !sa.Active {
		out = append(out, msg.New(msg.SubAcctWarnInactive, sa.BusinessName))
	}
	if cur := s.st.Currency; cur != "" && sa.Currency != "" && !strings.EqualFold(sa.Currency, cur) {
		out = append(out, msg.New(msg.SubAcctWarnCurrency, sa.BusinessName, sa.Currency, cur))
	}
	return out
}

// ChooseSubaccount records the subaccount systeme.io settles into. The
// account number is kept masked; bankCode is known only when the merchant
// chose the bank here (lists name the bank, not its code).
func (s *Session) ChooseSubaccount(sa paystack.Subaccount, bankCode string, createdByUs bool) {
	s.st.Subaccount = &state.SubaccountRef{
		Code:                sa.Code,
		BusinessName:        sa.BusinessName,
		BankName:            sa.SettlementBank,
		BankCode:            bankCode,
		AccountNumberMasked: country.MaskAccountNumber(sa.AccountNumber),
		AccountName:         sa.AccountName,
		Currency:            sa.Currency,
		PercentageCharge:    sa.PercentageCharge,
		CreatedByUs:         createdByUs,
	}
}

// Country is the market of the saved answers; false before the welcome step.
func (s *Session) Country() (country.Country, bool) { return country.Lookup(s.st.Country) }

// ListBanks lists the banks of the saved country (Paystack leaves out
// deleted ones), once per country and key.
func (s *Session) ListBanks(ctx context.Context) ([]paystack.Bank, error) {
	market, ok := s.Country()
	if !ok {
		return nil, country.ErrUnknownCountry
	}
	c, err := s.api()
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	f := s.cache()
	if f.banksFor == market.Code && len(f.banks) > 0 {
		banks := f.banks
		s.mu.Unlock()
		return banks, nil
	}
	s.mu.Unlock()
	banks, err := c.ListBanks(ctx, paystack.BankQuery{Country: market.PaystackName})
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	f = s.cache()
	f.banks, f.banksFor = banks, market.Code
	s.mu.Unlock()
	return banks, nil
}

// ResolveAccount asks the bank for the holder's name of an account number
// (already validated by country.ValidateAccountNumber). Where Paystack cannot
// (Kenya, South Africa) it returns a *country.Error whose text says why, as
// a note rather than a refusal. When the bank knows no such account the
// error names the bank and the number: Paystack's own sentence sent
// merchants to "parameters" they never typed.
func (s *Session) ResolveAccount(ctx context.Context, number string, bank paystack.Bank) (string, error) {
	market, ok := s.Country()
	if !ok {
		return "", country.ErrUnknownCountry
	}
	if !market.CanResolve() {
		return "", &country.Error{Problem: market.ResolveNote}
	}
	c, err := s.api()
	if err != nil {
		return "", err
	}
	r, err := c.ResolveAccount(ctx, number, bank.Code)
	switch paystack.KindOf(err) {
	case "":
	case paystack.KindValidation, paystack.KindNotFound:
		return "", &Error{Problem: msg.SubAcctResolveNoAccount, Args: []any{bank.Name, number}, Cause: err}
	default:
		return "", &Error{Problem: msg.SubAcctResolveFailed, Args: []any{problem.Text(err)}, Cause: err}
	}
	if err != nil {
		return "", err
	}
	s.mu.Lock()
	s.cache().names[accountKey(bank.Code, number)] = r.AccountName
	s.mu.Unlock()
	return r.AccountName, nil
}

// CheckAccountZA has the bank check a South African account with the
// holder's ID number (typed as the merchant wrote it). The verdict says what
// the bank answered, a failure included: the check is optional and Paystack
// checks the account again when it pays out. err is only for an ID that is
// not one, or a stopped run.
func (s *Session) CheckAccountZA(ctx context.Context, bank paystack.Bank, holder, number, idTyped string) (verified bool, verdict msg.Text, err error) {
	id, err := country.ZAIDNumber(idTyped)
	if err != nil {
		return false, msg.Text{}, err
	}
	c, err := s.api()
	if err != nil {
		return false, msg.Text{}, err
	}
	res, err := c.ValidateAccount(ctx, country.ZAValidateRequest(holder, number, bank.Code, id))
	if err != nil {
		if ctx.Err() != nil {
			return false, msg.Text{}, err
		}
		return false, msg.New(msg.SubAcctZANotVerified, problem.Text(err)), nil
	}
	verdict, verified = country.ZAVerdict(res)
	return verified, verdict, nil
}

// CreateOutcome is how CreateSubaccount ended.
type CreateOutcome struct {
	Subaccount paystack.Subaccount
	// Existing: the bank account already had a subaccount, which is offered
	// instead of a second one; nothing was created.
	Existing bool
	// Recovered: an earlier create's answer was lost and the subaccount was
	// found on Paystack afterwards.
	Recovered bool
}

// CreateSubaccount never makes a second subaccount for the same bank
// account: one already listed in this run or found on Paystack comes back as
// Existing, and a create whose answer was lost (a timeout, a dropped line, a
// 5xx, esc after it was sent) is looked up, now and before any retry, coming
// back as Recovered. When it stays unknown, the error is ErrCreateUnknown
// (wrapping the cause) and calling again is safe. bankName is the chosen
// bank's name, which is how lists name a subaccount's bank. A created or
// recovered subaccount without an account name gets the one ResolveAccount
// found.
func (s *Session) CreateSubaccount(ctx context.Context, req paystack.SubaccountRequest, bankName string) (CreateOutcome, error) {
	c, err := s.api()
	if err != nil {
		return CreateOutcome{}, err
	}
	k := accountKey(req.SettlementBank, req.AccountNumber)
	s.mu.Lock()
	f := s.cache()
	wasLost := f.lostCreates[k]
	if !wasLost {
		var found *ListedSubaccount
		if f.listed != nil {
			f.listed.each(func(r ListedSubaccount) bool {
				if r.AccountNumber == req.AccountNumber && strings.EqualFold(strings.TrimSpace(r.SettlementBank), strings.TrimSpace(bankName)) {
					found = &r
				}
				return found == nil
			})
		}
		if found != nil {
			s.mu.Unlock()
			return CreateOutcome{Subaccount: found.Subaccount(), Existing: true}, nil
		}
	}
	s.mu.Unlock()

	existing, err := c.FindSubaccount(ctx, req.SettlementBank, req.AccountNumber)
	if err != nil {
		return CreateOutcome{}, err
	}
	if existing != nil {
		return s.foundOnPaystack(k, *existing, wasLost), nil
	}
	sub, err := c.CreateSubaccount(ctx, req)
	if err == nil {
		return CreateOutcome{Subaccount: s.withName(k, sub)}, nil
	}
	if !answerMayBeLost(err) {
		return CreateOutcome{}, err
	}
	s.mu.Lock()
	s.cache().lostCreates[k] = true
	s.mu.Unlock()
	if again, ferr := c.FindSubaccount(ctx, req.SettlementBank, req.AccountNumber); ferr == nil && again != nil {
		return s.foundOnPaystack(k, *again, true), nil
	}
	return CreateOutcome{}, &Error{Problem: ErrCreateUnknown.Problem, Cause: err}
}

// foundOnPaystack is the outcome for a subaccount FindSubaccount found: the
// answer of a lost create, or one that was there before.
func (s *Session) foundOnPaystack(k string, sa paystack.Subaccount, afterLostCreate bool) CreateOutcome {
	if !afterLostCreate {
		return CreateOutcome{Subaccount: sa, Existing: true}
	}
	s.mu.Lock()
	delete(s.cache().lostCreates, k)
	s.mu.Unlock()
	return CreateOutcome{Subaccount: s.withName(k, sa), Recovered: true}
}

// withName fills in the holder's name ResolveAccount found, which a create's
// answer may lack.
func (s *Session) withName(k string, sa paystack.Subaccount) paystack.Subaccount {
	s.mu.Lock()
	defer s.mu.Unlock()
	if sa.AccountName == "" {
		sa.AccountName = s.cache().names[k]
	}
	return sa
}

// answerMayBeLost is true when a create may have reached Paystack although
// no clear answer came back; the definite refusals (validation, key, IP) are not.
func answerMayBeLost(err error) bool {
	switch paystack.KindOf(err) {
	case paystack.KindOutcomeUnknown, paystack.KindTimeout, paystack.KindNetwork, paystack.KindUnavailable,
		paystack.KindNotJSON, paystack.KindMalformed, paystack.KindCanceled:
		return true
	}
	return false
}

// ParsePercent reads the share of each payment the subaccount's owner keeps
// as people write it: "2.5", "2,5" and "2.5%", from 0 to 100.
func ParsePercent(s string) (float64, bool) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%"))
	s = strings.Replace(s, ",", ".", 1)
	p, err := strconv.ParseFloat(s, 64)
	if err != nil || p != p || p < 0 || p > 100 {
		return 0, false
	}
	return p, true
}

// FormatPercent shows a percentage without trailing zeros.
func FormatPercent(p float64) string { return strconv.FormatFloat(p, 'f', -1, 64) }

// ValidEmail is the subaccount's contact email rule: one plain address with
// a dot in its domain (Paystack refuses "name@localhost").
func ValidEmail(s string) bool {
	a, err := mail.ParseAddress(s)
	if err != nil || a.Address != s {
		return false
	}
	at := strings.LastIndex(s, "@")
	return at > 0 && strings.Contains(s[at+1:], ".") && !strings.HasSuffix(s, ".")
}
