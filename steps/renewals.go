package steps

import (
	"context"
	"errors"
	"strings"
	"time"

	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/plans"
	"paystack-setup/problem"
	"paystack-setup/renewals"
	"paystack-setup/setup"
)

// Renewals is the renewals view (issue #13) as a flow of its own, for the
// renewals command: every subscription whose renewal failed, whose card
// expires before its next payment or that will not renew (reasons narrows
// it), each with its subscriber, and what to do about it: copy the link to
// the page where the subscriber updates their card, or have Paystack email
// it to one subscriber or to everyone listed, never twice within 24 hours.
// Going back from the list leaves it (nil); without a key it stops (*Stop).
func Renewals(reasons ...renewals.Reason) func(ctx context.Context, s *setup.Session, p Prompter) error {
	return func(_ context.Context, s *setup.Session, p Prompter) error {
		// A flow of its own, not a step of the wizard (StepInfo.Count 0).
		p.Begin(StepInfo{ID: renewalsID, Title: msg.RenTitle})
		err := viewRenewals(s, p, reasons)
		if errors.Is(err, ErrBack) {
			return nil
		}
		return err
	}
}

const renewalsID = "renewals"

// viewRenewals is the view, from the command or the summary: ErrBack when
// the merchant leaves the list.
func viewRenewals(s *setup.Session, p Prompter, reasons []renewals.Reason) error {
	if key, _ := s.Key(); key.IsZero() || s.Client() == nil {
		return &Stop{Why: msg.New(msg.RenNoKey)}
	}
	v := &renewalsView{s: s, p: p, reasons: reasons}
	if err := v.load(); err != nil {
		return err
	}
	return v.run()
}

// renewalsView is one visit of the view: the subscriptions as Paystack
// listed them when it opened, the emails sent for them, and where the
// merchant left the list.
type renewalsView struct {
	s       *setup.Session
	p       Prompter
	reasons []renewals.Reason

	items     []renewals.Item
	emails    map[string]renewals.Email // by subscription code, this computer's
	emailsErr error                     // the ledger could not be read: said above the list

	seen   PickSeen // what the list showed when it was last answered
	cursor int
}

// load reads every subscription once, with a way to try again.
func (v *renewalsView) load() error {
	for {
		var items []renewals.Item
		err := v.p.Wait(msg.New(msg.RenLoading), func(ctx context.Context) error {
			var err error
			items, err = v.s.Renewals(ctx)
			return err
		})
		switch {
		case err == nil:
			v.items = renewals.Only(items, v.reasons...)
			v.readEmails()
			return nil
		case errors.Is(err, ErrCanceled):
			return ErrBack
		case errors.Is(err, ErrInterrupted):
			return err
		}
		n, err := v.p.Choose(Choice{
			Body:    []Block{{Kind: Paragraph, Tone: Error, Text: problem.Text(err)}},
			Options: []Option{{Label: msg.New(msg.AccTryAgain)}, {Label: msg.New(msg.RenLoadLeave)}},
		})
		if err != nil {
			return err
		}
		if n == 1 {
			return ErrBack
		}
	}
}

func (v *renewalsView) readEmails() {
	v.emails, v.emailsErr = v.s.CardEmailsSent()
}

func (v *renewalsView) run() error {
	for {
		n, err := v.p.Pick(v.pick())
		if err != nil {
			return err
		}
		if _, extra := IsExtra(n); extra {
			err = v.email(v.seen.Shown)
		} else {
			v.cursor = n
			err = v.subscriber(n, v.seen.Shown)
		}
		if err != nil && !errors.Is(err, ErrBack) {
			return err
		}
	}
}

// pick is the list, as the merchant left it last time.
func (v *renewalsView) pick() Pick {
	q := Pick{
		Title: msg.New(msg.RenPickTitle),
		Label: msg.New(msg.RenSearch),
		Body:  v.overview(),
		// Six columns, the widest last to give way: at 80 columns a
		// subscriber's name shows whole and their page says the rest.
		Columns: []msg.Text{msg.New(msg.RenColReason), msg.New(msg.RenColCustomer), msg.New(msg.RenColPlan),
			msg.New(msg.RenColNext), msg.New(msg.RenColCard), msg.New(msg.RenColEmailed)},
		Empty:  msg.New(msg.RenEmpty),
		Filter: v.seen.Filter,
		Cursor: v.cursor,
		Seen:   &v.seen,
		Load: func(_ context.Context, emit func([]Row, int)) error {
			emit(v.rows(), len(v.items))
			return nil
		},
	}
	if len(v.reasons) > 0 {
		var words []msg.Text
		for _, r := range v.reasons {
			words = append(words, ReasonWord(r))
		}
		q.Empty = msg.New(msg.RenEmptyReasons, words)
	}
	if len(v.items) > 0 {
		// Not a letter: letters filter the list.
		q.Extra = []Option{{Label: msg.New(msg.RenEmailAllShown), Key: "ctrl+e"}}
	}
	return q
}

// overview says how many need the merchant and why, above the list.
func (v *renewalsView) overview() []Block {
	var out []Block
	if v.emailsErr != nil {
		out = append(out, Block{Kind: Paragraph, Tone: Warn, Text: problem.Text(v.emailsErr)})
	}
	if len(v.items) == 0 {
		return out
	}
	counts := renewals.Count(v.items)
	said := Note(Plain, msg.RenOverview, counts[renewals.FailedCharge], counts[renewals.CardExpiring], counts[renewals.NonRenewing])
	if counts[renewals.FailedCharge] > 0 {
		// One paragraph: every line above the list is a row less in it.
		said.Tone, said.Text = Warn, msg.New(msg.ProblemSentences, said.Text, msg.New(msg.RenNoRetry))
	}
	return append(out, said)
}

// rows are the list's rows, one per item, in Classify's order.
func (v *renewalsView) rows() []Row {
	now := v.s.Now()
	rows := make([]Row, len(v.items))
	for i, it := range v.items {
		sub := it.Subscription
		name := renewals.CustomerName(sub.Customer)
		amount := plans.FormatAmount(renewals.Amount(sub), sub.Plan.Currency)
		e := v.emails[sub.Code]
		emailed := ""
		if !e.At.IsZero() {
			// Within the ledger's 90 days the year goes without saying.
			emailed = e.At.UTC().Format("01-02 15:04")
		}
		rows[i] = Row{
			Cells: []string{"", joined(name, sub.Customer.Email), joined(amount, sub.Plan.Name),
				Day(sub.NextPaymentDate), shortCard(sub.Authorization), emailed},
			Words: []msg.Text{ReasonWord(it.Reason)},
			// The reason as the command spells it finds it too
			// ("failed_charge"), and the code Paystack's dashboard shows.
			Search: sub.Code + " " + string(it.Reason),
			Spoken: msg.New(msg.RenSpoken, name, sub.Customer.Email, sub.Plan.Name, amount,
				reasonDetail(it, now), cardText(sub.Authorization.Last4, renewals.CardExpiry(sub.Authorization)), emailedText(e)),
		}
	}
	return rows
}

// The actions on a subscriber's page.
const (
	linkAct = iota
	emailOneAct
	emailShownAct
)

// subscriber is one subscriber's page: what is known, the card-update link
// to copy (or read, where nothing can copy), and the email to send.
func (v *renewalsView) subscriber(n int, shown []int) error {
	if n < 0 || n >= len(v.items) {
		return nil
	}
	it := v.items[n]
	sub := it.Subscription
	var told []Block // what the last action said, at the top of the page
	for {
		e := v.emails[sub.Code]
		held := e.Holds(v.s.Now())
		body := append([]Block(nil), told...)
		detail := Block{Kind: Paragraph, Tone: Warn, Text: reasonDetail(it, v.s.Now())}
		if it.OverdueAt(v.s.Now()) {
			detail.Tone = Error
		}
		next := msg.New(msg.RenRowNoNext)
		if !sub.NextPaymentDate.IsZero() {
			next = msg.New(msg.RenRowNext, Day(sub.NextPaymentDate))
		}
		amount := plans.FormatAmount(renewals.Amount(sub), sub.Plan.Currency)
		body = append(body, Headed(msg.New(msg.RenRowTitle, renewals.CustomerName(sub.Customer)), Points(
			msg.New(msg.RenRowEmail, sub.Customer.Email),
			msg.New(msg.RenRowPlan, sub.Plan.Name, amount),
			next,
			cardText(sub.Authorization.Last4, renewals.CardExpiry(sub.Authorization)),
			emailedText(e),
			msg.New(msg.RenRowCode, sub.Code),
		)), detail)
		if held {
			body = append(body, Note(Muted, msg.RenEmailHeld, When(e.Until())))
		}
		var options []Option
		var acts []int
		if v.p.CanCopy() {
			options = append(options, Option{Label: msg.New(msg.RenCopyLink), Key: "c"})
		} else {
			options = append(options, Option{Label: msg.New(msg.RenShowLink), Key: "l"})
		}
		acts = append(acts, linkAct)
		if !held {
			options = append(options, Option{Label: msg.New(msg.RenEmailOne, sub.Customer.Email), Key: "e"})
			acts = append(acts, emailOneAct)
		}
		if len(shown) > 1 {
			options = append(options, Option{Label: msg.Plural(msg.RenEmailShown, len(shown)), Key: "a"})
			acts = append(acts, emailShownAct)
		}
		c, err := v.p.Choose(Choice{
			Body:    body,
			Options: options,
			Style:   ActionStyle,
		})
		if err != nil {
			return err
		}
		switch acts[c] {
		case linkAct:
			if told, err = v.link(sub.Code); err != nil {
				return err
			}
		case emailOneAct:
			return v.email([]int{n})
		case emailShownAct:
			return v.email(shown)
		}
	}
}

// link asks Paystack for the subscriber's card-update link and copies it,
// or says it where nothing can copy; it is shown either way, alone on its
// line, in case the terminal did not take it.
func (v *renewalsView) link(code string) ([]Block, error) {
	var link string
	err := v.p.Wait(msg.New(msg.RenLinkAsking), func(ctx context.Context) error {
		var err error
		link, err = v.s.CardUpdateLink(ctx, code)
		return err
	})
	switch {
	case errors.Is(err, ErrCanceled):
		return nil, nil
	case errors.Is(err, ErrInterrupted):
		return nil, err
	case err != nil:
		return []Block{{Kind: Paragraph, Tone: Error, Text: problem.Text(err)}}, nil
	}
	said := Say(msg.RenLinkShown)
	if v.p.CanCopy() && v.p.Copy(link) {
		said = Note(Success, msg.RenLinkCopied)
	}
	return []Block{said, Literal(link)}, nil
}

// consentShown is how many subscribers the question before an email names
// one by one; the rest are counted.
const consentShown = 10

// email asks once, naming who will get an email and who is skipped, then
// has Paystack email the card-update link to the subscribers of rows; what
// happened is said above the list.
func (v *renewalsView) email(rows []int) error {
	var items []renewals.Item
	for _, n := range rows {
		if n >= 0 && n < len(v.items) {
			items = append(items, v.items[n])
		}
	}
	if len(items) == 0 {
		return nil
	}
	byCode := map[string]renewals.Item{}
	codes := make([]string, len(items))
	for i, it := range items {
		codes[i] = it.Subscription.Code
		byCode[it.Subscription.Code] = it
	}
	sender, err := v.s.CardEmailSender()
	if err != nil {
		v.p.Tell(Block{Kind: Paragraph, Tone: Error, Text: problem.Text(err)})
		return nil
	}
	plan, err := sender.Plan(codes)
	if err != nil {
		v.p.Tell(Block{Kind: Paragraph, Tone: Error, Text: problem.Text(err)})
		return nil
	}
	send := plan.Codes(renewals.Sent)
	skipped := plan.Count(renewals.Skipped)
	if len(send) == 0 {
		v.p.Tell(Block{Kind: Paragraph, Tone: Warn, Text: msg.Plural(msg.RenNobodyToEmail, skipped, When(plan.Latest(renewals.Skipped)))})
		return nil
	}

	table := &Table{Columns: []msg.Text{msg.New(msg.RenColCustomer), msg.New(msg.RenColEmail), msg.New(msg.RenColPlan)}}
	for _, code := range send[:min(len(send), consentShown)] {
		sub := byCode[code].Subscription
		table.Rows = append(table.Rows, []string{renewals.CustomerName(sub.Customer), sub.Customer.Email, sub.Plan.Name})
	}
	body := []Block{Say(msg.RenConsentIntro), {Kind: TableBlock, Table: table}}
	if more := len(send) - consentShown; more > 0 {
		body = append(body, Note(Muted, msg.RenConsentMore, more))
	}
	if skipped > 0 {
		body = append(body, Block{Kind: Paragraph, Tone: Muted, Text: msg.Plural(msg.RenConsentSkipped, skipped, When(plan.Latest(renewals.Skipped)))})
	}
	// Enter alone sends nothing: emails to customers go only on y.
	c, err := v.p.Choose(Choice{
		Title: msg.New(msg.RenConsentTitle),
		Body:  body,
		Options: []Option{{Label: msg.Plural(msg.RenConsentSend, len(send)), Key: "y"},
			{Label: msg.New(msg.RenConsentCancel), Key: "n"}},
		Default: 1,
		Style:   ActionStyle,
	})
	switch {
	case errors.Is(err, ErrBack) || err == nil && c != 0:
		v.p.Tell(Note(Muted, msg.RenNotSent))
		return nil
	case err != nil:
		return err
	}

	var report renewals.Report
	var sendErr error
	err = v.p.Wait(msg.Plural(msg.RenSending, len(send)), func(ctx context.Context) error {
		report, sendErr = sender.Send(ctx, send)
		return nil
	})
	// Whatever stopped it, what went is in the ledger and is said.
	v.readEmails()
	v.p.Tell(v.outcome(report, sendErr, byCode)...)
	if errors.Is(err, ErrInterrupted) {
		return err
	}
	return nil
}

// outcome says what became of each email: how many were sent, skipped and
// failed, who failed and why, who perhaps got one, who was not reached.
func (v *renewalsView) outcome(r renewals.Report, sendErr error, byCode map[string]renewals.Item) []Block {
	sent, skipped := r.Count(renewals.Sent), r.Count(renewals.Skipped)
	failed, unknown, stopped := r.Count(renewals.Failed), r.Count(renewals.Unknown), r.Count(renewals.NotTried)
	tone := Success
	if failed+unknown+stopped > 0 || sendErr != nil {
		tone = Warn
	}
	out := []Block{Note(tone, msg.RenSentSummary, sent, skipped, failed)}
	if skipped > 0 {
		out = append(out, Note(Muted, msg.RenSkippedUntil, When(r.Latest(renewals.Skipped))))
	}
	failedRows, unknownRows := EmailProblems(r, byCode)
	if failed > 0 {
		out = append(out, Block{Kind: Bullets, Tone: Warn, Text: msg.New(msg.RenFailedHead), Items: failedRows})
	}
	if unknown > 0 {
		out = append(out, Block{Kind: Bullets, Tone: Warn, Text: msg.Plural(msg.RenUnknownHead, unknown, When(r.Latest(renewals.Unknown))), Items: unknownRows})
	}
	if stopped > 0 {
		out = append(out, Block{Kind: Paragraph, Tone: Warn, Text: msg.Plural(msg.RenStopped, stopped)})
	}
	if sendErr != nil {
		out = append(out, Block{Kind: Paragraph, Tone: Error, Text: problem.Text(sendErr)})
	}
	return out
}

// EmailProblems are the emails of a run that did not plainly go, a row
// each: who failed and why, and who perhaps got one (the answer was lost).
// The renewals view and send-links both say them under their headings.
func EmailProblems(r renewals.Report, byCode map[string]renewals.Item) (failed, unknown []msg.Text) {
	for _, x := range r.Results {
		sub := byCode[x.Code].Subscription
		name, email := renewals.CustomerName(sub.Customer), sub.Customer.Email
		switch x.Outcome {
		case renewals.Failed:
			failed = append(failed, msg.New(msg.RenFailedRow, name, email, problem.Text(x.Err)))
		case renewals.Unknown:
			unknown = append(unknown, msg.New(msg.RenUnknownRow, name, email))
		}
	}
	return failed, unknown
}

// joined puts two cells' worth in one, the first kept whole longest.
func joined(first, second string) string {
	if first == "" || second == "" {
		return first + second
	}
	return first + " · " + second
}

// shortCard is a card as the list shows it: "4081 03/26".
func shortCard(a paystack.Authorization) string {
	exp := renewals.CardExpiry(a)
	if len(exp) == len("03/2026") {
		exp = exp[:3] + exp[5:]
	}
	return strings.TrimSpace(a.Last4 + " " + exp)
}

// ReasonWord is a reason in a list's column, the view's or the command's table.
func ReasonWord(r renewals.Reason) msg.Text {
	switch r {
	case renewals.FailedCharge:
		return msg.New(msg.RenWordFailed)
	case renewals.CardExpiring:
		return msg.New(msg.RenWordExpiring)
	}
	return msg.New(msg.RenWordEnding)
}

// reasonDetail says why a subscription needs the merchant, with its dates.
func reasonDetail(it renewals.Item, now time.Time) msg.Text {
	next := it.Subscription.NextPaymentDate
	switch it.Reason {
	case renewals.FailedCharge:
		if !it.FailedAt.IsZero() {
			return msg.New(msg.RenFailedOn, Day(it.FailedAt))
		}
		return msg.New(msg.RenFailedUndated)
	case renewals.CardExpiring:
		return msg.New(msg.RenExpiring, renewals.CardExpiry(it.Subscription.Authorization), Day(next))
	}
	if !next.IsZero() {
		return msg.New(msg.RenEnding, Day(next))
	}
	return msg.New(msg.RenEndingUndated)
}

func cardText(last4, expiry string) msg.Text {
	switch {
	case last4 != "" && expiry != "":
		return msg.New(msg.RenCard, last4, expiry)
	case last4 != "":
		return msg.New(msg.RenCardNoExpiry, last4)
	}
	return msg.New(msg.RenCardNone)
}

// emailedText says the last card-update email from this computer, and
// whether Paystack's answer to it was lost.
func emailedText(e renewals.Email) msg.Text {
	switch {
	case e.At.IsZero():
		return msg.New(msg.RenEmailedNever)
	case e.Certain():
		return msg.New(msg.RenEmailedAt, When(e.At))
	}
	return msg.New(msg.RenEmailedMaybe, When(e.At))
}

// Day is a date as the audit writes it ("2026-03-01"), as every front end
// shows a subscription's; "" for none.
func Day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02")
}

// When is a moment to the minute, in UTC, saying so ("2026-03-01 14:05
// UTC"), as every front end shows a card-update email's: the 24 hours
// between two emails are counted in hours, not days.
func When(t time.Time) string { return t.UTC().Format("2006-01-02 15:04") + " UTC" }
