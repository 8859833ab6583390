package steps

import (
	"context"
	"errors"
	"strings"

	"paystack-setup/country"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/problem"
	"paystack-setup/setup"
)

// The create path, one question after another; esc on each goes back to
// the one before, with every answer kept.
const (
	createBank = iota
	createForm
	createConfirm
	createDone
)

// create asks for a new subaccount's bank and details, shows what will be
// sent, and creates it on Paystack once: a bank account that already has a
// subaccount is offered instead, and a create whose answer was lost is
// looked up before anything is sent again (the session does both).
func (f *subFlow) create(ctx context.Context) error {
	if _, ok := f.s.Country(); !ok {
		f.p.Tell(Note(Error, msg.SubAcctUnknownCountry))
		return ErrBack
	}
	stage := createBank
	for {
		var err error
		switch stage {
		case createBank:
			if err = f.askBank(); err != nil {
				return err // back: to the first question
			}
			stage = createForm
		case createForm:
			err = f.askForm()
			switch {
			case errors.Is(err, ErrBack):
				stage = createBank
			case err != nil:
				return err
			default:
				stage = createConfirm
			}
		case createConfirm:
			if stage, err = f.confirm(); err != nil {
				return err
			}
		case createDone:
			return nil
		}
	}
}

// askBank asks which bank receives the money, from Paystack's list for the
// merchant's country; the bank chosen before (or kept in a draft) starts as
// the filter, one enter away.
func (f *subFlow) askBank() error {
	market, _ := f.s.Country()
	filter := ""
	switch {
	case f.bank != nil:
		filter = f.bank.Name
	case f.draftBank != "":
		// A draft names its bank by code; the list says which one that is.
		// Should it fail, the list below says why and offers to try again.
		var banks []paystack.Bank
		err := f.p.Wait(msg.New(msg.SubAcctLoadingBanks), func(ctx context.Context) error {
			var err error
			banks, err = f.s.ListBanks(ctx)
			return err
		})
		switch {
		case errors.Is(err, ErrInterrupted):
			return err
		case errors.Is(err, ErrCanceled):
			return ErrBack
		}
		for _, b := range banks {
			if b.Code == f.draftBank {
				filter = b.Name
			}
		}
	}
	n, err := f.p.Pick(Pick{
		Title:   msg.New(msg.SubAcctBankTitle, msg.New(market.Name)),
		Label:   msg.New(msg.AccSearchBank),
		Columns: []msg.Text{msg.New(msg.SubAcctColBank)},
		Empty:   msg.New(msg.SubAcctNoBanks),
		Filter:  filter,
		Load:    f.loadBanks,
	})
	if err != nil {
		return err
	}
	f.banksMu.Lock()
	if n < 0 || n >= len(f.banks) {
		f.banksMu.Unlock()
		return ErrBack
	}
	b := f.banks[n]
	f.banksMu.Unlock()
	f.bank, f.draftBank = &b, ""
	return nil
}

// loadBanks is the bank list's Load: the banks Paystack lists for the
// merchant's country (asked once per visit and key).
func (f *subFlow) loadBanks(ctx context.Context, emit func([]Row, int)) error {
	banks, err := f.s.ListBanks(ctx)
	if err != nil {
		return err
	}
	f.banksMu.Lock()
	f.banks = banks
	f.banksMu.Unlock()
	rows := make([]Row, len(banks))
	for i, b := range banks {
		rows[i] = Row{Cells: []string{b.Name}, Search: b.Slug}
	}
	emit(rows, len(rows))
	return nil
}

// askForm asks the new subaccount's details together: the account number
// by the country's and bank type's rules (a mobile money number for a
// wallet), with its holder's name looked up once it is typed where Paystack
// can; the business name; the share that stays with the merchant's main
// Paystack account, with what each side gets; and a contact email.
func (f *subFlow) askForm() error {
	bank := *f.bank
	market := f.s.State().Country
	number := func(typed string) (string, bool) {
		n, err := country.ValidateAccountNumber(market, bank.Type, typed)
		return n, err == nil
	}
	form := &Form{
		Title:  msg.New(msg.SubAcctSummaryBank, bank.Name),
		Submit: msg.New(msg.SubAcctKeyReview),
		Fields: []Field{
			{Key: "account", Label: msg.New(country.AccountNumberLabel(bank.Type)), Value: f.typed,
				Validate: func(v string) error {
					_, err := country.ValidateAccountNumber(market, bank.Type, v)
					return err
				},
				Notes: func(v map[string]string) []Block {
					n, ok := number(v["account"])
					if !ok {
						return nil
					}
					return f.holderNote(bank, n)
				}},
			{Key: "business", Label: msg.New(msg.SubAcctFieldBusiness), Value: f.business, Validate: func(v string) error {
				if strings.TrimSpace(v) == "" {
					return problem.New(msg.SubAcctBusinessEmpty)
				}
				return nil
			}},
			{Key: "percent", Label: msg.New(msg.SubAcctFieldPercent), Value: f.percent, Validate: func(v string) error {
				if _, ok := setup.ParsePercent(v); !ok {
					return problem.New(msg.SubAcctPercentBad)
				}
				return nil
			}, Notes: func(v map[string]string) []Block {
				p, ok := setup.ParsePercent(v["percent"])
				if !ok {
					return nil
				}
				return []Block{Say(msg.SubAcctPercentHelp, setup.FormatPercent(p), setup.FormatPercent(100-p))}
			}},
			{Key: "email", Label: msg.New(msg.SubAcctFieldEmail), Value: f.email, Validate: func(v string) error {
				if !setup.ValidEmail(strings.TrimSpace(v)) {
					return problem.New(msg.SubAcctEmailBad)
				}
				return nil
			}},
		},
		// The holder's name is shown by the account field's Notes, which
		// follow the number as it is edited: a name found for the old
		// number must not read as the new one's.
		Resolve: func(ctx context.Context, changed string, v map[string]string) ([]Block, error) {
			if n, ok := number(v["account"]); changed == "account" && ok {
				f.resolve(ctx, bank, n)
			}
			return nil, nil
		},
	}
	err := f.p.Form(form)
	v := form.Values()
	f.typed, f.business, f.percent, f.email = v["account"], v["business"], v["percent"], v["email"]
	if err != nil {
		return err
	}
	f.account, _ = number(f.typed)
	return nil
}

func accountKey(bank paystack.Bank, number string) string { return bank.Code + "/" + number }

// resolve asks the bank for the holder's name of an account number, unless
// it named one already; it runs off the screen's event loop, while the
// merchant types on.
func (f *subFlow) resolve(ctx context.Context, bank paystack.Bank, number string) {
	k := accountKey(bank, number)
	f.resolvedMu.Lock()
	known := f.resolved[k].name != ""
	f.resolvedMu.Unlock()
	if known {
		return
	}
	name, err := f.s.ResolveAccount(ctx, number, bank)
	if ctx.Err() != nil {
		return
	}
	r := resolution{name: name}
	if err != nil {
		// Why not: the bank knows no such account, the lookup failed, or
		// Paystack cannot name holders in this country. Not a refusal: the
		// merchant may go on, and leaving the field again asks again.
		r = resolution{note: problem.Text(err)}
	}
	f.resolvedMu.Lock()
	f.resolved[k] = r
	f.resolvedMu.Unlock()
}

func (f *subFlow) resolution(bank paystack.Bank, number string) resolution {
	f.resolvedMu.Lock()
	defer f.resolvedMu.Unlock()
	return f.resolved[accountKey(bank, number)]
}

// holderNote is what the bank said about this number, under the field.
func (f *subFlow) holderNote(bank paystack.Bank, number string) []Block {
	r := f.resolution(bank, number)
	switch {
	case r.name != "":
		return []Block{Note(Success, msg.SubAcctResolved, r.name)}
	case !r.note.IsZero():
		return []Block{{Kind: Paragraph, Tone: Warn, Text: r.note}}
	}
	return nil
}

func (f *subFlow) request() paystack.SubaccountRequest {
	p, _ := setup.ParsePercent(f.percent)
	return paystack.SubaccountRequest{
		BusinessName:        strings.TrimSpace(f.business),
		SettlementBank:      f.bank.Code,
		AccountNumber:       f.account,
		PercentageCharge:    p,
		PrimaryContactEmail: strings.TrimSpace(f.email),
	}
}

// zaChecked is the South African check's answer, for this bank account only.
func (f *subFlow) zaChecked() (verified bool, verdict msg.Text) {
	if f.za.forKey != accountKey(*f.bank, f.account) {
		return false, msg.Text{}
	}
	return f.za.verified, f.za.verdict
}

// summary is what will be sent, before anything is.
func (f *subFlow) summary() []Block {
	req := f.request()
	items := []msg.Text{msg.New(msg.SubAcctSummaryBank, f.bank.Name), msg.New(msg.SubAcctSummaryAccount, req.AccountNumber)}
	r := f.resolution(*f.bank, req.AccountNumber)
	if r.name != "" {
		items = append(items, msg.New(msg.SubAcctSummaryAccountName, r.name))
	}
	items = append(items, msg.New(msg.SubAcctSummaryBusiness, req.BusinessName),
		msg.New(msg.SubAcctSummaryPercent, setup.FormatPercent(req.PercentageCharge), setup.FormatPercent(100-req.PercentageCharge)),
		msg.New(msg.SubAcctSummaryEmail, req.PrimaryContactEmail))
	body := []Block{Headed(msg.New(msg.SubAcctSummaryTitle), Points(items...))}
	verified, verdict := f.zaChecked()
	switch {
	case verified:
		body = append(body, Block{Kind: Paragraph, Tone: Success, Text: verdict})
	case !verdict.IsZero():
		body = append(body, Block{Kind: Paragraph, Tone: Warn, Text: verdict})
	case r.name == "" && !r.note.IsZero():
		body = append(body, Block{Kind: Paragraph, Tone: Warn, Text: r.note})
	}
	return body
}

// confirm shows the summary: enter creates, esc goes back to the form, and
// for South Africa the bank can first check the account with the holder's
// ID number.
func (f *subFlow) confirm() (next int, err error) {
	for {
		verified, _ := f.zaChecked()
		// Paystack checks South African accounts only at banks enabled for
		// it, and only with the holder's ID: optional, and not offered again
		// once the bank confirmed the account.
		offerZA := country.CanVerifyZA(f.s.State().Country, f.bank) && !verified
		body := f.summary()
		options := []Option{{Label: msg.New(msg.AccCreateYes)}}
		if offerZA {
			body = append(body, Note(Muted, msg.SubAcctZAVerifyOffer))
			options = append(options, Option{Label: msg.New(msg.SubAcctKeyVerify), Key: "v"})
		}
		n, err := f.p.Choose(Choice{Body: body, Title: msg.New(msg.SubAcctSummaryConfirm), Options: options, Style: ActionStyle})
		switch {
		case errors.Is(err, ErrBack):
			return createForm, nil
		case err != nil:
			return 0, err
		case n == 1:
			if err := f.checkZA(); err != nil {
				return 0, err
			}
			continue
		}
		if next, err = f.createOnPaystack(); err != nil || next != createConfirm {
			return next, err
		}
	}
}

// checkZA has the bank check a South African account with the holder's ID
// number. Whatever it answers, creating stays possible: Paystack checks the
// account again when it pays out.
func (f *subFlow) checkZA() error {
	id, err := f.p.Input(Input{
		Title:     msg.New(msg.SubAcctZAVerifyPrompt),
		Label:     msg.New(msg.AccZAIDPrompt),
		Body:      []Block{Say(msg.SubAcctSummaryBank, f.bank.Name), Say(msg.SubAcctSummaryAccount, f.account)},
		CharLimit: 20,
		Submit:    msg.New(msg.SubAcctKeyCheckID),
		Validate: func(v string) error {
			if strings.TrimSpace(v) == "" {
				return nil // enter alone skips the check
			}
			_, err := country.ZAIDNumber(v)
			return err
		},
	})
	switch {
	case errors.Is(err, ErrBack), err == nil && strings.TrimSpace(id) == "":
		return nil
	case err != nil:
		return err
	}
	var verified bool
	var verdict msg.Text
	err = f.p.Wait(msg.New(msg.SubAcctResolving), func(ctx context.Context) error {
		var err error
		verified, verdict, err = f.s.CheckAccountZA(ctx, *f.bank, f.business, f.account, id)
		return err
	})
	switch {
	case errors.Is(err, ErrInterrupted):
		return err
	case errors.Is(err, ErrCanceled):
		return nil
	case err != nil:
		f.p.Tell(Block{Kind: Paragraph, Tone: Error, Text: problem.Text(err)})
		return nil
	}
	f.za = zaCheck{forKey: accountKey(*f.bank, f.account), verified: verified, verdict: verdict}
	return nil
}

// createOnPaystack creates the subaccount and records it, or says why not
// and offers to try again; it returns the question to go on with.
func (f *subFlow) createOnPaystack() (next int, err error) {
	for {
		var out setup.CreateOutcome
		err := f.p.Wait(msg.New(msg.SubAcctCreating), func(ctx context.Context) error {
			var err error
			out, err = f.s.CreateSubaccount(ctx, f.request(), f.bank.Name)
			return err
		})
		sa := out.Subaccount
		switch {
		case errors.Is(err, ErrInterrupted):
			return 0, err
		case errors.Is(err, ErrCanceled):
			// The create may be on Paystack already: the next try looks
			// for it before sending anything.
			return createConfirm, nil
		case err != nil:
			body := append(f.summary(), Block{Kind: Paragraph, Tone: Error, Text: problem.Text(err)}, Note(Muted, msg.SubAcctRetryHint))
			_, err := f.p.Choose(Choice{Body: body, Options: []Option{{Label: msg.New(msg.SubAcctKeyRetry), Key: "r"}}, Style: ActionStyle})
			switch {
			case errors.Is(err, ErrBack):
				return createConfirm, nil
			case err != nil:
				return 0, err
			}
			continue
		case out.Existing:
			_, err := f.p.Choose(Choice{
				Body:    []Block{{Kind: Paragraph, Tone: Warn, Text: msg.New(msg.SubAcctDuplicate, sa.BusinessName, sa.Code)}},
				Options: []Option{{Label: msg.New(msg.AccDuplicateUse)}},
				Style:   ActionStyle,
			})
			switch {
			case errors.Is(err, ErrBack):
				return createForm, nil
			case err != nil:
				return 0, err
			}
			f.s.ChooseSubaccount(sa, f.bank.Code, false)
			f.p.Tell(Note(Success, msg.AccSubaccountChosen, sa.BusinessName, sa.Code))
			return createDone, nil
		}
		said := msg.AccSubaccountCreated
		if out.Recovered {
			said = msg.AccRecovered
		}
		f.s.ChooseSubaccount(sa, f.bank.Code, true)
		f.p.Tell(Note(Success, said, sa.BusinessName, sa.Code))
		return createDone, nil
	}
}
