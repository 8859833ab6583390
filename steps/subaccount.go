package steps

import (
	"context"
	"errors"
	"strings"
	"sync"

	"paystack-setup/country"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/setup"
)

// Subaccount is step 1 of systeme.io's article: the bank subaccount Paystack
// pays the merchant's share into. The merchant keeps the one chosen before,
// picks one of theirs from a list that may hold 10,000, or creates one here.
var Subaccount = Step{ID: "subaccount", Title: msg.SubAcctTitle, Run: subaccount}

// What the first question offers.
const (
	subKeep = iota
	subExisting
	subCreate
	subNeedKey // no key: only back to step 2
)

func subaccount(ctx context.Context, s *setup.Session, p Prompter) error {
	f := newSubFlow(s, p)
	err := f.run(ctx)
	if err != nil {
		// Left halfway (back, a quit, a failure): what was typed for a new
		// subaccount comes back when the step runs again.
		f.keepDraft()
	}
	return err
}

// subFlow is one visit of the step: the answers so far, and what Paystack
// said during it.
type subFlow struct {
	s *setup.Session
	p Prompter

	restored bool // the create answers came back from a draft; said once
	chosen   int  // the first question's last answer, where it starts next time

	list subList

	// The create path's answers, kept across going back and forth.
	banksMu   sync.Mutex
	banks     []paystack.Bank // the bank list's rows, in order
	bank      *paystack.Bank
	draftBank string // a draft's bank code, chosen again once the banks are known
	typed     string // the account number as typed
	account   string // the account number, validated and without separators
	business  string
	percent   string
	email     string

	resolvedMu sync.Mutex
	resolved   map[string]resolution // bank code/account number → what the bank said

	za zaCheck
}

// zaCheck is the South African account check's answer and the bank account
// it was for: a number edited since has not been checked.
type zaCheck struct {
	forKey   string
	verified bool
	verdict  msg.Text
}

// resolution is what the bank said about an account number: its holder's
// name, or why it could not (or cannot, in Kenya and South Africa) say.
type resolution struct {
	name string
	note msg.Text
}

// subList is the merchant's subaccounts as the list loaded them last: each
// load fills a listing of its own, so a page of one that was stopped or
// started over never lands among another's rows.
type subList struct {
	mu       sync.Mutex
	current  *setup.SubaccountListing
	complete bool // current was loaded to its end
}

func newSubFlow(s *setup.Session, p Prompter) *subFlow {
	f := &subFlow{s: s, p: p, percent: "0", chosen: -1, resolved: map[string]resolution{}}
	if d := s.TakeDraft("subaccount"); d != nil {
		f.business, f.email, f.draftBank = d["business"], d["email"], d["bank"]
		if pc := d["percent"]; pc != "" {
			f.percent = pc
		}
		f.restored = true
	}
	return f
}

// keepDraft keeps the create answers worth typing again over a quit: the
// bank, business name, share and email. Never the account number, which
// the saved answers only ever hold masked.
func (f *subFlow) keepDraft() {
	d := map[string]string{"business": f.business, "email": f.email}
	if f.percent != "0" {
		d["percent"] = f.percent
	}
	if d["business"] == "" && d["email"] == "" && d["percent"] == "" {
		// A bank alone is quickly found again.
		f.s.SetDraft("subaccount", nil)
		return
	}
	switch {
	case f.bank != nil:
		d["bank"] = f.bank.Code
	case f.draftBank != "":
		d["bank"] = f.draftBank
	}
	f.s.SetDraft("subaccount", d)
}

func (f *subFlow) run(ctx context.Context) error {
	for {
		action, err := f.chooseAction()
		if err != nil {
			return err
		}
		switch action {
		case subKeep:
			return nil
		case subNeedKey:
			return ErrBack
		case subExisting:
			err = f.pickExisting()
		case subCreate:
			err = f.create(ctx)
		}
		if !errors.Is(err, ErrBack) {
			return err
		}
	}
}

// chooseAction asks whether to keep the subaccount chosen before, use
// another that exists, or create one.
func (f *subFlow) chooseAction() (int, error) {
	body := []Block{Say(msg.SubAcctIntro)}
	if f.restored {
		body = append(body, Note(Muted, msg.SubAcctDraftRestored))
		f.restored = false
	}
	var options []Option
	var acts []int
	if cur := f.s.State().Subaccount; cur != nil {
		options = append(options, Option{Label: msg.New(msg.SubAcctCurrent, cur.BusinessName, cur.Code)})
		acts = append(acts, subKeep)
	}
	if key, _ := f.s.Key(); key.IsZero() || f.s.Client() == nil {
		// The subaccounts are read with the key: only the one chosen before
		// can be kept until step 2 has one.
		body = append(body, Note(Warn, msg.SubAcctNoKey))
		if len(options) == 0 {
			_, err := f.p.Choose(Choice{Body: body, Options: []Option{{Label: msg.New(msg.SubAcctKeyBack)}}, Style: ActionStyle})
			if err != nil {
				return 0, err
			}
			return subNeedKey, nil
		}
	} else {
		options = append(options, Option{Label: msg.New(msg.SubAcctChooseExisting)}, Option{Label: msg.New(msg.SubAcctChooseCreate)})
		acts = append(acts, subExisting, subCreate)
	}
	// Where enter goes: back from the list or the form, the answer given;
	// with a new subaccount half filled in, carrying on with it; else
	// keeping the one chosen before. Nothing, without one: accessible mode
	// then waits for a number.
	def := -1
	switch {
	case f.chosen >= 0:
		def = f.chosen
	case f.hasCreateAnswers() && acts[len(acts)-1] == subCreate:
		def = len(acts) - 1
	case acts[0] == subKeep:
		def = 0
	}
	n, err := f.p.Choose(Choice{Body: body, Options: options, Default: def})
	if err != nil {
		return 0, err
	}
	f.chosen = n
	return acts[n], nil
}

// hasCreateAnswers: a new subaccount was being filled in.
func (f *subFlow) hasCreateAnswers() bool {
	return f.business != "" || f.email != "" || f.percent != "0"
}

// pickExisting lists the merchant's subaccounts as they load, and records
// the one picked; one that is switched off or paid out in another currency
// is asked about first.
func (f *subFlow) pickExisting() error {
	q := Pick{
		Title: msg.New(msg.SubAcctPickTitle),
		Label: msg.New(msg.AccSearchSubaccount),
		Columns: []msg.Text{msg.New(msg.SubAcctColBusiness), msg.New(msg.SubAcctColBank), msg.New(msg.SubAcctColAccount),
			msg.New(msg.SubAcctColCurrency), msg.New(msg.SubAcctColVerified), msg.New(msg.SubAcctColActive)},
		Empty: msg.New(msg.SubAcctNoneYet),
		Load:  f.loadSubaccounts,
	}
	for {
		n, err := f.p.Pick(q)
		if err != nil {
			return err
		}
		sa, ok := f.list.at(n)
		if !ok {
			continue
		}
		if warnings := f.s.PickWarnings(sa); len(warnings) > 0 {
			use, err := f.confirmPick(sa, warnings)
			if err != nil {
				return err
			}
			if !use {
				continue
			}
		}
		f.s.ChooseSubaccount(sa, "", false)
		f.p.Tell(Note(Success, msg.AccSubaccountChosen, sa.BusinessName, sa.Code))
		return nil
	}
}

// loadSubaccounts is the list's Load: every subaccount, page by page, so the
// list is usable from the first page. A list loaded to its end in this
// visit is shown again at once.
func (f *subFlow) loadSubaccounts(ctx context.Context, emit func([]Row, int)) error {
	l := &f.list
	l.mu.Lock()
	if l.complete {
		done := l.current
		l.mu.Unlock()
		n := done.Len()
		if n == 0 {
			emit(nil, 0)
		}
		done.Each(pageSize, func(rows []setup.ListedSubaccount) { emit(subaccountRows(rows), n) })
		return nil
	}
	listing := &setup.SubaccountListing{}
	l.current = listing
	l.mu.Unlock()
	err := f.s.LoadSubaccounts(ctx, listing, func(rows []setup.ListedSubaccount, total int) {
		emit(subaccountRows(rows), total)
	})
	if err == nil {
		l.mu.Lock()
		l.complete = l.current == listing
		l.mu.Unlock()
	}
	return err
}

// pageSize is how many rows a list shown again is handed over at a time,
// as Paystack's pages are: the rows of 50,000 at once would be a second
// copy of the list while the screen takes them.
const pageSize = 100

// at is the subaccount of row n of the list loaded last.
func (l *subList) at(n int) (paystack.Subaccount, bool) {
	l.mu.Lock()
	current := l.current
	l.mu.Unlock()
	if current == nil {
		return paystack.Subaccount{}, false
	}
	r, ok := current.At(n)
	return r.Subaccount(), ok
}

func subaccountRows(subs []setup.ListedSubaccount) []Row {
	rows := make([]Row, len(subs))
	for i, sa := range subs {
		masked := country.MaskAccountNumber(sa.AccountNumber)
		rows[i] = Row{
			Cells: []string{sa.BusinessName, sa.SettlementBank, masked, sa.Currency, "", ""},
			Words: []msg.Text{4: yesNo(sa.IsVerified), 5: yesNo(sa.Active)},
			// Found by the whole number too, which is never shown.
			Search: strings.Join([]string{sa.AccountNumber, sa.AccountName, sa.Code}, " "),
			Spoken: msg.New(msg.AccSubaccountLine, sa.BusinessName, sa.SettlementBank, spokenAccount(masked),
				sa.Currency, yesNo(sa.IsVerified), yesNo(sa.Active)),
		}
	}
	return rows
}

func yesNo(b bool) msg.Text {
	if b {
		return msg.New(msg.SubAcctYes)
	}
	return msg.New(msg.SubAcctNo)
}

// spokenAccount says "••••0031" as "ending in 0031": a screen reader reads
// the bullets one by one, and "bullet" says nothing about the account.
func spokenAccount(masked string) msg.Text {
	if last, ok := strings.CutPrefix(masked, "••••"); ok {
		return msg.New(msg.AccMaskedDigits, last)
	}
	return msg.New(msg.Verbatim, masked)
}

// confirmPick asks before using a subaccount the audit would flag. Choosing
// another is the default: enter alone must not settle money in the wrong
// currency or into an account that receives nothing.
func (f *subFlow) confirmPick(sa paystack.Subaccount, warnings []msg.Text) (bool, error) {
	body := []Block{Say(msg.SubAcctWarnTitle, sa.BusinessName, sa.Code)}
	for _, w := range warnings {
		body = append(body, Block{Kind: Paragraph, Tone: Warn, Text: w})
	}
	n, err := f.p.Choose(Choice{
		Body:    body,
		Options: []Option{{Label: msg.New(msg.AccWarnUseAnyway)}, {Label: msg.New(msg.AccWarnPickOther)}},
		Default: 1,
	})
	if errors.Is(err, ErrBack) {
		return false, nil
	}
	return err == nil && n == 0, err
}
