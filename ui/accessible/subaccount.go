package accessible

import (
	"errors"
	"strings"

	"paystack-setup/country"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/problem"
	steps "paystack-setup/ui/legacysteps"
)

// subaccountFlow keeps the answers of the "create" questions across back
// navigation, so that going back never empties a field already typed.
type subaccountFlow struct {
	subs     []paystack.Subaccount
	loaded   bool
	banks    []paystack.Bank
	banksFor string

	bank        *paystack.Bank
	account     string
	accountName string
	business    string
	percent     string
	email       string
	lostAnswer  bool // an earlier create may have happened: look it up before sending again
	zaVerified  bool // the bank confirmed this South African account with the holder's ID
}

func (r *runner) subaccount() error {
	if err := r.needKey(); err != nil {
		return err
	}
	r.p.Say(msg.T(msg.SubAcctIntro))
	f := &subaccountFlow{percent: "0"}
	for {
		var options []string
		cur := r.st.Subaccount
		if cur != nil {
			options = append(options, msg.T(msg.SubAcctCurrent, cur.BusinessName, cur.Code))
		}
		options = append(options, msg.T(msg.SubAcctChooseExisting), msg.T(msg.SubAcctChooseCreate))
		def := 0
		if cur != nil {
			def = 1
		}
		n, err := r.choose("", options, def, false)
		if err != nil {
			return err
		}
		if cur == nil {
			n++
		}
		switch n {
		case 0:
			return nil
		case 1:
			err = r.pickSubaccount(f)
		case 2:
			err = r.createSubaccount(f)
		}
		if !errors.Is(err, errBack) {
			return err
		}
	}
}

func (r *runner) loadSubaccounts(f *subaccountFlow) error {
	if f.loaded {
		return nil
	}
	r.p.Say(msg.T(msg.AccLoadingSubaccounts))
	subs, err := r.api().AllSubaccounts(r.ctx, nil)
	if err != nil {
		if r.ctx.Err() != nil {
			return ErrInterrupted
		}
		r.p.Say(problem.Message(err))
		return errBack
	}
	f.subs, f.loaded = subs, true
	return nil
}

func yesNo(b bool) string {
	if b {
		return msg.T(msg.SubAcctYes)
	}
	return msg.T(msg.SubAcctNo)
}

// spokenMask turns "••••0031" into "ending in 0031": a screen reader reads
// the bullets one by one, and "bullet" says nothing about the account.
func spokenMask(text string) string { return spokenMaskIn(msg.T, text) }

// spokenMaskIn is spokenMask in the language of t.
func spokenMaskIn(t func(msg.ID, ...any) string, text string) string {
	const bullets = "••••"
	var b strings.Builder
	for {
		before, after, found := strings.Cut(text, bullets)
		b.WriteString(before)
		if !found {
			return b.String()
		}
		digits := after
		if i := strings.IndexFunc(after, func(r rune) bool { return r < '0' || r > '9' }); i >= 0 {
			digits = after[:i]
		}
		b.WriteString(t(msg.AccMaskedDigits, digits))
		text = after[len(digits):]
	}
}

func subaccountLabel(sa paystack.Subaccount) string {
	return msg.T(msg.AccSubaccountLine, sa.BusinessName, sa.SettlementBank, spokenMask(steps.MaskAccountNumber(sa.AccountNumber)),
		sa.Currency, yesNo(sa.IsVerified), yesNo(sa.Active))
}

func (r *runner) pickSubaccount(f *subaccountFlow) error {
	if err := r.loadSubaccounts(f); err != nil {
		return err
	}
	if len(f.subs) == 0 {
		r.p.Say(msg.T(msg.AccNoSubaccounts))
		return errBack
	}
	r.p.Say(msg.T(msg.AccSubaccountCount, len(f.subs)))
	for {
		i, err := search(r, msg.T(msg.AccSearchSubaccount), len(f.subs),
			func(i int) string { return subaccountLabel(f.subs[i]) },
			func(i int) string {
				sa := f.subs[i]
				return strings.Join([]string{sa.BusinessName, sa.SettlementBank, sa.AccountNumber, sa.AccountName, sa.Code, sa.Currency}, " ")
			})
		if err != nil {
			return err
		}
		sa := f.subs[i]
		use, err := r.confirmPick(sa)
		if err != nil {
			return err
		}
		if !use {
			continue
		}
		steps.SaveSubaccount(r.sc, sa, "", false)
		r.p.Say(msg.T(msg.AccSubaccountChosen, sa.BusinessName, sa.Code))
		return nil
	}
}

// confirmPick asks, as the visual picker does, before using a subaccount
// that is switched off or paid out in another currency. Choosing another is
// the default: Enter alone should not settle money in the wrong currency.
func (r *runner) confirmPick(sa paystack.Subaccount) (bool, error) {
	warnings := steps.PickWarnings(sa, r.st.Currency)
	if len(warnings) == 0 {
		return true, nil
	}
	r.p.Say(msg.T(msg.SubAcctWarnTitle, sa.BusinessName, sa.Code))
	r.p.Say(warnings...)
	n, err := r.choose("", []string{msg.T(msg.AccWarnUseAnyway), msg.T(msg.AccWarnPickOther)}, 2, false)
	if errors.Is(err, errBack) {
		return false, nil
	}
	return n == 0, err
}

func (r *runner) createSubaccount(f *subaccountFlow) error {
	return seq(
		func() error { return r.askBank(f) },
		func() error { return r.askAccount(f) },
		func() error { return r.askBusiness(f) },
		func() error { return r.askPercent(f) },
		func() error { return r.askEmail(f) },
		func() error { return r.confirmCreate(f) },
	)
}

func (r *runner) askBank(f *subaccountFlow) error {
	country := r.st.Country
	if steps.CountryCode(country) == "" {
		r.p.Say(msg.T(msg.SubAcctUnknownCountry))
		return errBack
	}
	if f.banksFor != country {
		r.p.Say(msg.T(msg.SubAcctLoadingBanks))
		banks, err := r.api().ListBanks(r.ctx, paystack.BankQuery{Country: steps.PaystackCountry(country)})
		if err != nil {
			if r.ctx.Err() != nil {
				return ErrInterrupted
			}
			r.p.Say(problem.Message(err))
			return errBack
		}
		if len(banks) == 0 {
			r.p.Say(msg.T(msg.SubAcctNoBanks))
			return errBack
		}
		f.banks, f.banksFor = banks, country
	}
	r.p.Say(msg.T(msg.SubAcctBankTitle, steps.CountryName(steps.CountryCode(country))), msg.T(msg.AccBankCount, len(f.banks)))
	if f.bank != nil {
		r.p.Say(msg.T(msg.AccBankCurrent, f.bank.Name))
	}
	i, err := search(r, msg.T(msg.AccSearchBank), len(f.banks),
		func(i int) string { return f.banks[i].Name },
		func(i int) string { return f.banks[i].Name + " " + f.banks[i].Slug })
	if err != nil {
		return err
	}
	b := f.banks[i]
	if f.bank == nil || f.bank.Code != b.Code {
		f.accountName, f.zaVerified = "", false
	}
	f.bank = &b
	r.p.Say(msg.T(msg.SubAcctSummaryBank, b.Name))
	return nil
}

func (r *runner) askAccount(f *subaccountFlow) error {
	label := msg.T(country.AccountNumberLabel(f.bank.Type))
	for {
		a, err := r.askDefault(label+":", f.account)
		if err != nil {
			return err
		}
		number, verr := steps.ValidateAccountNumber(r.st.Country, f.bank.Type, a)
		if verr != nil {
			r.p.Say(verr.Error())
			continue
		}
		if number != f.account {
			f.accountName, f.zaVerified = "", false
		}
		f.account = number
		r.resolveAccount(f)
		return nil
	}
}

// resolveAccount names the account holder where Paystack can (Nigeria,
// Ghana), and says why not elsewhere; a failure is said, not fatal, as in
// the visual step.
func (r *runner) resolveAccount(f *subaccountFlow) {
	market, known := country.Lookup(r.st.Country)
	if !known {
		return
	}
	if !market.CanResolve() {
		r.p.Say(msg.T(market.ResolveNote))
		return
	}
	if f.accountName != "" {
		r.p.Say(msg.T(msg.SubAcctResolved, f.accountName))
		return
	}
	r.p.Say(msg.T(msg.SubAcctResolving))
	res, err := r.api().ResolveAccount(r.ctx, f.account, f.bank.Code)
	if err != nil {
		r.p.Say(steps.ResolveProblem(f.bank.Name, f.account, err))
		return
	}
	f.accountName = res.AccountName
	r.p.Say(msg.T(msg.SubAcctResolved, f.accountName))
}

func (r *runner) askBusiness(f *subaccountFlow) error {
	for {
		a, err := r.askDefault(msg.T(msg.SubAcctFieldBusiness)+":", f.business)
		if err != nil {
			return err
		}
		if a == "" {
			r.p.Say(msg.T(msg.SubAcctBusinessEmpty))
			continue
		}
		f.business = a
		return nil
	}
}

func (r *runner) askPercent(f *subaccountFlow) error {
	r.p.Say(msg.T(msg.AccPercentExplain))
	for {
		a, err := r.askDefault(msg.T(msg.SubAcctFieldPercent)+":", f.percent)
		if err != nil {
			return err
		}
		p, ok := steps.ParsePercent(a)
		if !ok {
			r.p.Say(msg.T(msg.SubAcctPercentBad))
			continue
		}
		f.percent = a
		r.p.Say(msg.T(msg.SubAcctPercentHelp, steps.FormatPercent(p), steps.FormatPercent(100-p)))
		return nil
	}
}

func (r *runner) askEmail(f *subaccountFlow) error {
	for {
		a, err := r.askDefault(msg.T(msg.SubAcctFieldEmail)+":", f.email)
		if err != nil {
			return err
		}
		if !steps.ValidEmail(a) {
			r.p.Say(msg.T(msg.SubAcctEmailBad))
			continue
		}
		f.email = a
		return nil
	}
}

func (f *subaccountFlow) request() paystack.SubaccountRequest {
	p, _ := steps.ParsePercent(f.percent)
	return paystack.SubaccountRequest{
		BusinessName:        f.business,
		SettlementBank:      f.bank.Code,
		AccountNumber:       f.account,
		PercentageCharge:    p,
		PrimaryContactEmail: f.email,
	}
}

// confirmCreate shows what will be sent and creates it. A subaccount for the
// same bank account is offered instead of a second one, and a create whose
// answer was lost is looked up before anything is sent again.
func (r *runner) confirmCreate(f *subaccountFlow) error {
	req := f.request()
	r.p.Say("", msg.T(msg.SubAcctSummaryTitle),
		msg.T(msg.SubAcctSummaryBank, f.bank.Name),
		msg.T(msg.SubAcctSummaryAccount, req.AccountNumber))
	if f.accountName != "" {
		r.p.Say(msg.T(msg.SubAcctSummaryAccountName, f.accountName))
	}
	r.p.Say(msg.T(msg.SubAcctSummaryBusiness, req.BusinessName),
		msg.T(msg.SubAcctSummaryPercent, steps.FormatPercent(req.PercentageCharge), steps.FormatPercent(100-req.PercentageCharge)),
		msg.T(msg.SubAcctSummaryEmail, req.PrimaryContactEmail))
	for {
		options := []string{msg.T(msg.AccCreateYes), msg.T(msg.AccCreateChange)}
		if steps.CanVerifyZA(r.st.Country, f.bank) && !f.zaVerified {
			options = append(options, msg.T(msg.AccZAVerifyOption))
		}
		n, err := r.choose("", options, 1, false)
		if err != nil {
			return err
		}
		if n == 1 {
			return errBack
		}
		if n == 2 {
			if err := r.verifyZA(f); err != nil {
				return err
			}
			continue
		}
		sub, found, err := r.create(f, req)
		if err != nil {
			if r.ctx.Err() != nil {
				return ErrInterrupted
			}
			r.p.Say(problem.Message(err))
			continue // the choice is asked again: create (retry) or change
		}
		if found && !f.lostAnswer {
			m, err := r.choose(msg.T(msg.AccDuplicate, sub.BusinessName, sub.Code),
				[]string{msg.T(msg.AccDuplicateUse), msg.T(msg.AccCreateChange)}, 1, false)
			if err != nil {
				return err
			}
			if m == 1 {
				return errBack
			}
			steps.SaveSubaccount(r.sc, sub, f.bank.Code, false)
			r.p.Say(msg.T(msg.AccSubaccountChosen, sub.BusinessName, sub.Code))
			return nil
		}
		if found {
			r.p.Say(msg.T(msg.AccRecovered, sub.BusinessName, sub.Code))
		} else {
			r.p.Say(msg.T(msg.AccSubaccountCreated, sub.BusinessName, sub.Code))
		}
		if sub.AccountName == "" {
			sub.AccountName = f.accountName
		}
		steps.SaveSubaccount(r.sc, sub, f.bank.Code, true)
		return nil
	}
}

// verifyZA lets the bank check a South African account with the holder's ID
// number. The answer is said and creating stays possible either way, as on
// the screen: Paystack checks the account again when it pays out.
func (r *runner) verifyZA(f *subaccountFlow) error {
	for {
		a, err := r.ask(msg.T(msg.AccZAIDPrompt))
		if errors.Is(err, errBack) || err == nil && a == "" {
			return nil
		}
		if err != nil {
			return err
		}
		id, verr := steps.ZAIDNumber(a)
		if verr != nil {
			r.p.Say(verr.Error())
			continue
		}
		r.p.Say(msg.T(msg.SubAcctResolving))
		res, err := r.api().ValidateAccount(r.ctx, steps.ZAValidateRequest(f.business, f.account, f.bank.Code, id))
		if err != nil && r.ctx.Err() != nil {
			return ErrInterrupted
		}
		text, ok := steps.ZAVerdict(res, err)
		f.zaVerified = ok
		r.p.Say(text)
		return nil
	}
}

// create looks for an existing subaccount with the same bank account first.
// found is true when one existed (before, or after a lost answer).
func (r *runner) create(f *subaccountFlow, req paystack.SubaccountRequest) (paystack.Subaccount, bool, error) {
	api := r.api()
	if f.loaded {
		for _, sa := range f.subs {
			if sa.AccountNumber == req.AccountNumber && strings.EqualFold(strings.TrimSpace(sa.SettlementBank), strings.TrimSpace(f.bank.Name)) && !f.lostAnswer {
				return sa, true, nil
			}
		}
	}
	r.p.Say(msg.T(msg.AccCheckingExisting))
	existing, err := api.FindSubaccount(r.ctx, req.SettlementBank, req.AccountNumber)
	if err != nil {
		return paystack.Subaccount{}, false, err
	}
	if existing != nil {
		return *existing, true, nil
	}
	r.p.Say(msg.T(msg.SubAcctCreating))
	sub, err := api.CreateSubaccount(r.ctx, req)
	if err == nil {
		f.lostAnswer = false
		return sub, false, nil
	}
	if !steps.AnswerMayBeLost(err) {
		return paystack.Subaccount{}, false, err
	}
	f.lostAnswer = true
	found, ferr := api.FindSubaccount(r.ctx, req.SettlementBank, req.AccountNumber)
	if ferr == nil && found != nil {
		return *found, true, nil
	}
	return paystack.Subaccount{}, false, problem.New(msg.AccCreateUnknown)
}
