package legacysteps

import (
	"context"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"paystack-setup/country"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/problem"
	"paystack-setup/setup"
	"paystack-setup/ui/list"
)

// Fields of the create form, in the order they are asked.
const (
	fieldAccount = iota
	fieldBusiness
	fieldPercent
	fieldEmail
	fieldCount
)

// createForm is the "new subaccount" path: bank, fields, summary, create.
type createForm struct {
	bankList     *list.Model
	banksLoading bool
	banksFor     string // the country the bank list was loaded for
	banksErr     error
	bank         *paystack.Bank

	inputs  [fieldCount]textinput.Model
	focus   int
	errs    [fieldCount]string
	account string // validated, separators removed

	// South Africa: the optional /bank/validate check with the holder's ID number.
	idInput   textinput.Model
	verifying bool
	zaResult  string // what the bank said, shown on the summary
	zaOK      bool

	resolving    bool
	resolvedFor  string // account number + bank the name below belongs to
	accountName  string
	resolveNote  string // why the name could not be confirmed, or why it is not checked
	resolveGen   int
	createErr    error
	lostAnswer   bool // an earlier create may have happened: look it up before trying again
	duplicate    *paystack.Subaccount
	recoveredMsg string
	cancel       context.CancelFunc
	draftBank    string // the bank code of a restored draft, chosen again once the banks arrive
}

func newCreateForm() createForm {
	f := createForm{}
	f.bankList = list.New([]string{msg.T(msg.SubAcctColBank)}, list.DefaultKeyMap())
	f.bankList.ID = "banks"
	f.bankList.SetEmptyText(msg.T(msg.SubAcctNoBanks))
	for i := range f.inputs {
		f.inputs[i] = newInput("")
	}
	f.inputs[fieldPercent].SetValue("0")
	f.idInput = newInput("> ")
	f.idInput.CharLimit = 20
	f.inputs[fieldAccount].CharLimit = 24
	return f
}

type banksMsg struct {
	country string
	banks   []paystack.Bank
	err     error
}

type resolvedMsg struct {
	gen    int
	name   string
	number string
	err    error
}

// ResolveProblem says why an account's name could not be looked up. When
// Paystack answered that the bank knows no such account, its own sentence
// ("Could not resolve account name. Check parameters or try again.") sent
// merchants to "parameters" they never typed; name the bank and number
// instead. Any other failure (network, key) keeps its own advice.
func ResolveProblem(bankName, number string, err error) string {
	switch paystack.KindOf(err) {
	case paystack.KindValidation, paystack.KindNotFound:
		return msg.T(msg.SubAcctResolveNoAccount, bankName, number)
	}
	return msg.T(msg.SubAcctResolveFailed, problem.Message(err))
}

type validatedMsg struct {
	target string
	res    paystack.ValidationResult
	err    error
}

type createdMsg struct {
	sub       paystack.Subaccount
	found     bool // it already existed (duplicate or recovered after a lost answer)
	recovered bool // found only after the create's answer was lost
	err       error
	lost      bool
}

func (f *createForm) startBanks(s *Subaccount) tea.Cmd {
	saved := s.ctx.State.Country
	if f.banksFor == saved && f.bankList.Len() > 0 {
		return nil
	}
	if CountryCode(saved) == "" {
		f.banksErr = country.ErrUnknownCountry
		return nil
	}
	f.banksLoading, f.banksErr = true, nil
	f.bankList.Reset()
	f.bankList.SetLoading(true, 0, 0)
	client, ctx := s.api(), s.context()
	return tea.Batch(s.spin.Tick, func() tea.Msg {
		banks, err := client.ListBanks(ctx, paystack.BankQuery{Country: paystackCountry(saved)})
		return banksMsg{country: saved, banks: banks, err: err}
	})
}

func (f *createForm) onBank(s *Subaccount, it list.Item) tea.Cmd {
	b, ok := it.Value.(paystack.Bank)
	if !ok {
		return nil
	}
	if f.bank == nil || f.bank.Code != b.Code {
		f.accountName, f.resolveNote, f.resolvedFor = "", "", ""
	}
	f.bank = &b
	s.phase = subForm
	f.focus = fieldAccount
	return f.focusInput()
}

func (f *createForm) focusInput() tea.Cmd {
	for i := range f.inputs {
		f.inputs[i].Blur()
	}
	return f.inputs[f.focus].Focus()
}

// handleResult takes the answers of network calls, whatever screen is shown.
func (f *createForm) handleResult(s *Subaccount, m tea.Msg) (tea.Cmd, bool) {
	switch m := m.(type) {
	case banksMsg:
		f.banksLoading = false
		f.bankList.SetLoading(false, 0, 0)
		if m.err != nil {
			f.banksErr = m.err
			return nil, true
		}
		f.banksFor = m.country
		items := make([]list.Item, 0, len(m.banks))
		for _, b := range m.banks {
			items = append(items, list.Item{Columns: []string{b.Name}, Value: b})
		}
		f.bankList.Append(items)
		if f.draftBank != "" {
			for _, b := range m.banks {
				if b.Code == f.draftBank {
					f.bankList.SetFilter(b.Name) // one enter away, and still any other bank by editing the filter
				}
			}
			f.draftBank = ""
		}
		return nil, true
	case resolvedMsg:
		if m.gen != f.resolveGen {
			return nil, true
		}
		f.resolving = false
		if m.err != nil {
			f.resolveNote = ResolveProblem(f.bank.Name, m.number, m.err)
			return nil, true
		}
		f.accountName, f.resolveNote = m.name, ""
		return nil, true
	case validatedMsg:
		f.verifying = false
		if m.target != f.bank.Code+"/"+f.account {
			return nil, true // the account changed while the bank was asked
		}
		f.zaResult, f.zaOK = ZAVerdict(m.res, m.err)
		s.phase = subConfirm
		return nil, true
	case createdMsg:
		if s.phase != subCreating {
			return nil, true
		}
		f.cancel = nil
		switch {
		case m.err != nil:
			f.createErr, f.lostAnswer = m.err, f.lostAnswer || m.lost
			s.phase = subFailed
		case m.found && !m.recovered:
			sub := m.sub
			f.duplicate = &sub
			s.phase = subDuplicate
		default:
			if m.sub.AccountName == "" {
				m.sub.AccountName = f.accountName
			}
			s.save(m.sub, f.bank.Code, true)
			return Next, true
		}
		return nil, true
	}
	return nil, false
}

func (f *createForm) update(s *Subaccount, kp tea.KeyPressMsg) tea.Cmd {
	switch s.phase {
	case subBank:
		switch {
		case kp.String() == "esc" && f.bankList.FilterActive():
			return f.bankList.Update(kp)
		case key.Matches(kp, s.keys.Back):
			s.phase = subChoose
			return nil
		case kp.String() == "r" && f.banksErr != nil:
			f.banksFor = ""
			return f.startBanks(s)
		}
		return f.bankList.Update(kp)
	case subForm:
		return f.updateForm(s, kp)
	case subConfirm:
		switch {
		case key.Matches(kp, s.keys.Back):
			s.phase = subForm
			return f.focusInput()
		case key.Matches(kp, s.keys.Create):
			return f.startCreate(s)
		case key.Matches(kp, s.keys.Verify) && f.offersZACheck(s):
			s.phase = subVerifyZA
			f.errs = [fieldCount]string{}
			return f.idInput.Focus()
		}
	case subVerifyZA:
		return f.updateVerifyZA(s, kp)
	case subCreating:
		if kp.String() == "esc" && f.cancel != nil {
			// The POST may already be on Paystack: the next try looks it up first.
			f.cancel()
			f.cancel = nil
			f.lostAnswer = true
			f.createErr = nil
			s.phase = subConfirm
		}
	case subDuplicate:
		switch {
		case key.Matches(kp, s.keys.Choose):
			s.save(*f.duplicate, f.bank.Code, false)
			return Next
		case key.Matches(kp, s.keys.Back):
			s.phase = subForm
			return f.focusInput()
		}
	case subFailed:
		switch {
		case kp.String() == "r":
			return f.startCreate(s)
		case key.Matches(kp, s.keys.Back):
			s.phase = subConfirm
		}
	}
	return nil
}

// offersZACheck: Paystack checks South African accounts only at banks enabled
// for verification, and only with the holder's ID document, so it is
// optional; once the bank confirmed the account it is not offered again.
func (f *createForm) offersZACheck(s *Subaccount) bool {
	return CanVerifyZA(s.ctx.State.Country, f.bank) && !f.zaOK
}

func (f *createForm) updateVerifyZA(s *Subaccount, kp tea.KeyPressMsg) tea.Cmd {
	if f.verifying {
		return nil
	}
	switch kp.String() {
	case "esc", "shift+tab":
		s.phase = subConfirm
		return nil
	case "enter":
		id, err := ZAIDNumber(f.idInput.Value())
		if err != nil {
			f.zaResult, f.zaOK = err.Error(), false
			return nil
		}
		f.verifying, f.zaResult = true, ""
		req := ZAValidateRequest(f.inputs[fieldBusiness].Value(), f.account, f.bank.Code, id)
		target, client, ctx := f.bank.Code+"/"+f.account, s.api(), s.context()
		return tea.Batch(s.spin.Tick, func() tea.Msg {
			res, err := client.ValidateAccount(ctx, req)
			return validatedMsg{target: target, res: res, err: err}
		})
	}
	var cmd tea.Cmd
	f.idInput, cmd = f.idInput.Update(kp)
	return cmd
}

func (f *createForm) updateForm(s *Subaccount, kp tea.KeyPressMsg) tea.Cmd {
	switch kp.String() {
	case "esc", "shift+tab":
		if f.focus == fieldAccount {
			s.phase = subBank
			return nil
		}
		f.focus--
		return f.focusInput()
	case "tab", "enter":
		if !f.validateField(s, f.focus) {
			return nil
		}
		var cmd tea.Cmd
		if f.focus == fieldAccount {
			cmd = f.startResolve(s)
		}
		if f.focus == fieldEmail {
			for i := range fieldCount {
				if !f.validateField(s, i) {
					f.focus = i
					return tea.Batch(cmd, f.focusInput())
				}
			}
			s.phase = subConfirm
			return cmd
		}
		f.focus++
		return tea.Batch(cmd, f.focusInput())
	}
	var cmd tea.Cmd
	before := f.inputs[fieldAccount].Value()
	f.inputs[f.focus], cmd = f.inputs[f.focus].Update(kp)
	f.errs[f.focus] = ""
	f.forgetOldAccount(before)
	return cmd
}

// forgetOldAccount drops what the bank said about the account number once it
// is edited: the holder's name found for the old number, shown under the new
// one, read as if the new number belonged to that person. A lookup still on
// its way is for the old number too, so its answer is ignored.
func (f *createForm) forgetOldAccount(before string) {
	if f.inputs[fieldAccount].Value() == before {
		return
	}
	f.accountName, f.resolveNote, f.resolvedFor = "", "", ""
	f.zaResult, f.zaOK = "", false
	f.resolving = false
	f.resolveGen++
}

// validateField fills errs with a sentence that says what to type instead.
func (f *createForm) validateField(s *Subaccount, i int) bool {
	v := strings.TrimSpace(f.inputs[i].Value())
	f.errs[i] = ""
	switch i {
	case fieldAccount:
		n, err := ValidateAccountNumber(s.ctx.State.Country, f.bankType(), v)
		if err != nil {
			f.errs[i] = err.Error()
			return false
		}
		f.account = n
	case fieldBusiness:
		if v == "" {
			f.errs[i] = msg.T(msg.SubAcctBusinessEmpty)
			return false
		}
	case fieldPercent:
		if _, ok := setup.ParsePercent(v); !ok {
			f.errs[i] = msg.T(msg.SubAcctPercentBad)
			return false
		}
	case fieldEmail:
		if !setup.ValidEmail(v) {
			f.errs[i] = msg.T(msg.SubAcctEmailBad)
			return false
		}
	}
	return true
}

func (f *createForm) bankType() string {
	if f.bank == nil {
		return ""
	}
	return f.bank.Type
}

// startResolve asks the bank for the account holder's name where Paystack can (Nigeria, Ghana).
func (f *createForm) startResolve(s *Subaccount) tea.Cmd {
	target := f.bank.Code + "/" + f.account
	if target == f.resolvedFor {
		return nil
	}
	f.resolvedFor, f.accountName, f.resolveNote = target, "", ""
	f.zaResult, f.zaOK = "", false
	f.resolveGen++
	market, known := country.Lookup(s.ctx.State.Country)
	if !known {
		return nil
	}
	if !market.CanResolve() {
		f.resolveNote = msg.T(market.ResolveNote)
		return nil
	}
	f.resolving = true
	gen, client, ctx := f.resolveGen, s.api(), s.context()
	number, bankCode := f.account, f.bank.Code
	return tea.Batch(s.spin.Tick, func() tea.Msg {
		r, err := client.ResolveAccount(ctx, number, bankCode)
		return resolvedMsg{gen: gen, name: r.AccountName, number: number, err: err}
	})
}

func (f *createForm) request() paystack.SubaccountRequest {
	p, _ := setup.ParsePercent(f.inputs[fieldPercent].Value())
	return paystack.SubaccountRequest{
		BusinessName:        strings.TrimSpace(f.inputs[fieldBusiness].Value()),
		SettlementBank:      f.bank.Code,
		AccountNumber:       f.account,
		PercentageCharge:    p,
		PrimaryContactEmail: strings.TrimSpace(f.inputs[fieldEmail].Value()),
	}
}

// startCreate never makes a second subaccount for the same bank account: an
// existing one (from the loaded list or Paystack) is offered instead, and a
// create whose answer was lost is looked up before anything is sent again.
func (f *createForm) startCreate(s *Subaccount) tea.Cmd {
	req := f.request()
	f.createErr = nil
	if sub, ok := s.findLoaded(f.bank.Name, f.account); ok && !f.lostAnswer {
		f.duplicate = &sub
		s.phase = subDuplicate
		return nil
	}
	s.phase = subCreating
	ctx, cancel := context.WithCancel(s.context())
	f.cancel = cancel
	client, wasLost := s.api(), f.lostAnswer
	return tea.Batch(s.spin.Tick, func() tea.Msg {
		defer cancel()
		existing, err := client.FindSubaccount(ctx, req.SettlementBank, req.AccountNumber)
		if err != nil {
			return createdMsg{err: err, lost: wasLost}
		}
		if existing != nil {
			return createdMsg{sub: *existing, found: true, recovered: wasLost}
		}
		sub, err := client.CreateSubaccount(ctx, req)
		if err == nil {
			return createdMsg{sub: sub}
		}
		if !answerMayBeLost(err) {
			return createdMsg{err: err, lost: wasLost}
		}
		found, ferr := client.FindSubaccount(ctx, req.SettlementBank, req.AccountNumber)
		if ferr == nil && found != nil {
			return createdMsg{sub: *found, found: true, recovered: true}
		}
		return createdMsg{err: problem.New(msg.SubAcctCreateUnknown), lost: true}
	})
}

// findLoaded looks in the subaccounts already listed; lists name the bank, not its code.
func (s *Subaccount) findLoaded(bankName, account string) (paystack.Subaccount, bool) {
	for _, it := range s.subList.Items() {
		sa, ok := it.Value.(paystack.Subaccount)
		if ok && sa.AccountNumber == account && strings.EqualFold(strings.TrimSpace(sa.SettlementBank), strings.TrimSpace(bankName)) {
			return sa, true
		}
	}
	return paystack.Subaccount{}, false
}

func (f *createForm) keys(s *Subaccount) []key.Binding {
	switch s.phase {
	case subBank:
		ks := f.bankList.Keys.Bindings()
		if f.banksErr != nil {
			ks = append(ks, s.keys.Retry)
		}
		back := s.keys.Back
		if f.bankList.FilterActive() {
			back.SetHelp("esc", msg.T(msg.ListKeyClear)) // esc clears the filter first
		}
		return append(ks, back)
	case subForm:
		return fieldKeys(s.keys.Next, s.keys.Back, f.focus == fieldAccount, f.focus == fieldEmail,
			msg.SubAcctKeyReview, msg.SubAcctKeyToBanks, msg.SubAcctKeyPrevField)
	case subConfirm:
		if f.offersZACheck(s) {
			return []key.Binding{s.keys.Create, s.keys.Verify, s.keys.Back}
		}
		return []key.Binding{s.keys.Create, s.keys.Back}
	case subVerifyZA:
		check, skip := s.keys.Choose, s.keys.Back
		check.SetHelp("enter", msg.T(msg.SubAcctKeyCheckID))
		skip.SetHelp("esc", msg.T(msg.SubAcctKeySkip))
		return []key.Binding{check, skip}
	case subCreating:
		// Nothing is loading here: esc stops waiting for Paystack's answer.
		stop := s.keys.Cancel
		stop.SetHelp("esc", msg.T(msg.SubAcctKeyStopWaiting))
		return []key.Binding{stop}
	case subDuplicate:
		return []key.Binding{s.keys.Choose, s.keys.Back}
	case subFailed:
		return []key.Binding{s.keys.Retry, s.keys.Back}
	}
	return nil
}

func (f *createForm) view(s *Subaccount, width, height int) string {
	var b strings.Builder
	th := s.ctx.T()
	line := func(text string) { b.WriteString(wrap(text, width) + "\n") }
	styled := func(st lipgloss.Style, text string) { b.WriteString(st.Render(wrap(text, width)) + "\n") }
	switch s.phase {
	case subBank:
		title := msg.T(msg.SubAcctBankTitle, CountryName(CountryCode(s.ctx.State.Country)))
		styled(th.Subtitle, title)
		used := 1
		if f.banksLoading {
			line(s.spin.View() + " " + msg.T(msg.SubAcctLoadingBanks))
			used++
		}
		if f.banksErr != nil {
			text := wrap(problem.Message(f.banksErr), width)
			styled(th.Bad, text)
			styled(th.Muted, msg.T(msg.SubAcctRetryHint))
			used += 2 + strings.Count(text, "\n")
		}
		f.bankList.SetSize(width, max(height-used, 4))
		b.WriteString(f.bankList.View())
	case subForm:
		styled(th.Subtitle, msg.T(msg.SubAcctSummaryBank, f.bank.Name))
		b.WriteString("\n")
		for i := range fieldCount {
			label := "  " + f.label(i) + ": "
			if i == f.focus {
				label = th.Accent.Render("› "+f.label(i)+":") + " "
			}
			b.WriteString(label + f.inputs[i].View() + "\n")
			if f.errs[i] != "" {
				styled(th.Bad, "    "+f.errs[i])
			}
			switch i {
			case fieldAccount:
				switch {
				case f.resolving:
					line("    " + s.spin.View() + " " + msg.T(msg.SubAcctResolving))
				case f.accountName != "":
					styled(th.Good, "    "+msg.T(msg.SubAcctResolved, f.accountName))
				case f.resolveNote != "":
					styled(th.Warn, "    "+f.resolveNote)
				}
			case fieldPercent:
				if p, ok := setup.ParsePercent(f.inputs[fieldPercent].Value()); ok {
					line("    " + msg.T(msg.SubAcctPercentHelp, setup.FormatPercent(p), setup.FormatPercent(100-p)))
				}
			}
		}
		b.WriteString("\n")
		styled(th.Muted, msg.T(msg.SubAcctFormHelp))
	case subConfirm, subCreating, subFailed:
		styled(th.Subtitle, msg.T(msg.SubAcctSummaryTitle))
		b.WriteString("\n")
		req := f.request()
		line(msg.T(msg.SubAcctSummaryBank, f.bank.Name))
		line(msg.T(msg.SubAcctSummaryAccount, req.AccountNumber))
		switch {
		case f.accountName != "":
			line(msg.T(msg.SubAcctSummaryAccountName, f.accountName))
		case f.zaResult != "" && f.zaOK:
			styled(th.Good, f.zaResult)
		case f.zaResult != "":
			styled(th.Warn, f.zaResult)
		case f.resolveNote != "":
			line(f.resolveNote)
		}
		line(msg.T(msg.SubAcctSummaryBusiness, req.BusinessName))
		line(msg.T(msg.SubAcctSummaryPercent, setup.FormatPercent(req.PercentageCharge), setup.FormatPercent(100-req.PercentageCharge)))
		line(msg.T(msg.SubAcctSummaryEmail, req.PrimaryContactEmail))
		b.WriteString("\n")
		switch s.phase {
		case subConfirm:
			if f.offersZACheck(s) {
				styled(th.Muted, msg.T(msg.SubAcctZAVerifyOffer))
			}
			line(msg.T(msg.SubAcctSummaryConfirm))
		case subCreating:
			line(s.spin.View() + " " + msg.T(msg.SubAcctCreating))
		case subFailed:
			styled(th.Bad, problem.Message(f.createErr))
			styled(th.Muted, msg.T(msg.SubAcctRetryHint))
		}
	case subVerifyZA:
		styled(th.Subtitle, msg.T(msg.SubAcctSummaryBank, f.bank.Name)+" · "+msg.T(msg.SubAcctSummaryAccount, f.account))
		b.WriteString("\n")
		line(msg.T(msg.SubAcctZAVerifyPrompt))
		b.WriteString(f.idInput.View() + "\n")
		if f.verifying {
			line(s.spin.View() + " " + msg.T(msg.SubAcctResolving))
		} else if f.zaResult != "" {
			styled(th.Bad, f.zaResult)
		}
	case subDuplicate:
		d := f.duplicate
		styled(th.Warn, msg.T(msg.SubAcctDuplicate, d.BusinessName, d.Code))
	}
	return strings.TrimRight(b.String(), "\n")
}

func (f *createForm) label(i int) string {
	switch i {
	case fieldAccount:
		return msg.T(country.AccountNumberLabel(f.bankType()))
	case fieldBusiness:
		return msg.T(msg.SubAcctFieldBusiness)
	case fieldPercent:
		return msg.T(msg.SubAcctFieldPercent)
	}
	return msg.T(msg.SubAcctFieldEmail)
}

func cellWidth(s string) int { return ansi.StringWidthWc(s) }

// paystackCountry is the country name List Banks expects ("south africa").
func paystackCountry(c string) string {
	if m, ok := country.Lookup(c); ok {
		return m.PaystackName
	}
	return strings.ToLower(c)
}

// answerMayBeLost is true when the create may have reached Paystack although
// no clear answer came back; the definite refusals (validation, key, IP) are not.
func answerMayBeLost(err error) bool {
	switch paystack.KindOf(err) {
	case paystack.KindOutcomeUnknown, paystack.KindTimeout, paystack.KindNetwork, paystack.KindUnavailable,
		paystack.KindNotJSON, paystack.KindMalformed, paystack.KindCanceled:
		return true
	}
	return false
}

// newInput makes a text input with a steady cursor: a blinking one redraws the
// whole screen twice a second, which is wasted work on a slow remote terminal.
func newInput(prompt string) textinput.Model {
	in := textinput.New()
	in.Prompt = prompt
	st := in.Styles()
	st.Cursor.Blink = false
	in.SetStyles(st)
	return in
}
