package steps

import (
	"context"
	"errors"
	"strings"
	"time"

	"paystack-setup/checks"
	"paystack-setup/msg"
	"paystack-setup/payments"
	"paystack-setup/paystack"
	"paystack-setup/plans"
	"paystack-setup/problem"
	"paystack-setup/setup"
	"paystack-setup/state"
)

// Purchase is the proof that a sale reaches the subaccount (issue #12): the
// merchant buys their own product on their payment page (a Paystack test
// card in test mode; a real payment they refund in live mode), the wizard
// watches Paystack until the payment arrives and says where it went, and
// the merchant says whether systeme.io shows the order paid. Skipping it
// leaves the summary's payments check warning that nothing was seen.
var Purchase = Step{ID: "purchase", Title: msg.StBuyTitle, Run: purchase}

// purchaseWait is how long one watch lasts before the merchant is asked
// again: this product's choice, long enough to open a payment page and pay,
// and short enough that accessible mode, which has no esc, is not held.
const purchaseWait = 10 * time.Minute

func purchase(ctx context.Context, s *setup.Session, p Prompter) error {
	watch := s.WatchCharges(nil)
	var said []Block // what the last watch ended with, above the question
	if watch == nil {
		said = []Block{Note(Error, msg.StBuyNoKey)}
	}
	for {
		const watchAct, skipAct = 0, 1
		n, err := p.Choose(Choice{Body: append(purchaseIntro(s), said...), Title: msg.New(msg.StBuyAsk),
			Options: []Option{{Label: msg.New(msg.StBuyWatch)}, {Label: msg.New(msg.StBuySkip), Key: "s"}},
			Style:   ActionStyle})
		if err != nil {
			return err
		}
		if n == skipAct {
			return nil
		}
		if watch == nil {
			continue
		}
		var got []payments.Charge
		label := msg.New(msg.StBuyWaiting, msg.ModeText(string(s.Mode())), int(purchaseWait/time.Minute))
		err = p.Wait(label, func(ctx context.Context) error {
			// The first look comes before the demo's purchase, so that
			// the purchase is new to it.
			if err := watch.Start(ctx); err != nil {
				return err
			}
			if err := s.MakeDemoPurchase(ctx); err != nil {
				return err
			}
			var err error
			got, err = watch.Next(ctx, s.Now().Add(purchaseWait))
			return err
		})
		switch {
		case errors.Is(err, ErrCanceled):
			said = []Block{Note(Muted, msg.StBuyStopped)}
			continue
		case errors.Is(err, payments.ErrQuiet):
			said = []Block{Note(Warn, msg.StBuyQuiet, int(purchaseWait/time.Minute))}
			continue
		case errors.Is(err, ErrInterrupted) || ctx.Err() != nil:
			return ErrInterrupted
		case err != nil:
			said = []Block{{Kind: Paragraph, Tone: Error, Text: problem.Text(err)}}
			continue
		}
		c := arrived(got)
		if !c.Paid() {
			said = []Block{Note(Warn, msg.StBuyFailed, plans.FormatAmount(c.Amount, c.Currency), c.Reference)}
			continue
		}
		s.RecordPurchase(c)
		err = askSysteme(ctx, s, p, c)
		if errors.Is(err, ErrBack) {
			said = nil
			continue
		}
		return err
	}
}

// purchaseIntro is what to buy and how, for the key's mode, and where the
// money should go.
func purchaseIntro(s *setup.Session) []Block {
	body := []Block{Say(msg.StBuyIntroTest)}
	if s.Mode() == paystack.ModeLive {
		body = []Block{Say(msg.StBuyIntroLive)}
	}
	if s.Demo() {
		body = append(body, Note(Accent, msg.StBuyIntroDemo))
	}
	if sub := s.State().Subaccount; sub != nil && sub.Code != "" {
		body = append(body, Say(msg.StBuyExpect, SubaccountName(sub.BusinessName, sub.Code), sub.Code))
	}
	return body
}

// SubaccountName is how a subaccount is called to the merchant: its
// business name, or its code when Paystack gave none.
func SubaccountName(name, code string) string {
	if name == "" {
		return code
	}
	return name
}

// ChargeVerdict says where a charge went against the chosen subaccount:
// split with it, not split at all, or split with another. The test
// purchase step and `paystack-setup watch` say it alike.
func ChargeVerdict(c payments.Charge, sub state.SubaccountRef) msg.Text {
	name := SubaccountName(sub.BusinessName, sub.Code)
	switch {
	case c.Routed:
		return msg.New(msg.StBuyRouted, name, sub.Code)
	case c.SubaccountCode == "":
		return msg.New(msg.StBuyUnsplit, name, sub.Code)
	}
	other := SubaccountName(c.SubaccountName, c.SubaccountCode) + " (" + c.SubaccountCode + ")"
	return msg.New(msg.StBuyOther, other, name, sub.Code)
}

// arrived is the charge to show among those that came together: the last
// one paid, else the last one.
func arrived(got []payments.Charge) payments.Charge {
	for i := len(got) - 1; i >= 0; i-- {
		if got[i].Paid() {
			return got[i]
		}
	}
	return got[len(got)-1]
}

// chargeBlocks say what arrived: the amount, where it went, and what to
// change in systeme.io when it did not reach the subaccount.
func chargeBlocks(s *setup.Session, c payments.Charge) []Block {
	body := []Block{Note(Success, msg.StBuyArrived, plans.FormatAmount(c.Amount, c.Currency), When(c.PaidAt), c.Reference, payments.MaskEmail(c.Email))}
	sub := s.State().Subaccount
	if sub == nil || sub.Code == "" {
		return body
	}
	verdict := Block{Kind: Paragraph, Tone: Success, Text: ChargeVerdict(c, *sub)}
	if c.Routed {
		body = append(body, verdict)
	} else {
		verdict.Tone = Error
		body = append(body, verdict, Note(Plain, msg.ChkPayRoutedFix, SubaccountName(sub.BusinessName, sub.Code), sub.Code))
	}
	if cur := strings.ToUpper(sub.Currency); cur != "" && c.Currency != cur {
		body = append(body, Note(Warn, msg.StBuyCurrency, c.Currency, cur), Note(Plain, msg.ChkPayRoutedCurrencyFix, cur))
	}
	return body
}

// askSysteme shows the payment and asks whether systeme.io shows the order
// paid, the merchant's evidence that Paystack told systeme.io (through the
// webhook). ErrBack goes back to watching.
func askSysteme(ctx context.Context, s *setup.Session, p Prompter, c payments.Charge) error {
	body := append(chargeBlocks(s, c), Say(msg.StBuySystemeLook, payments.MaskEmail(c.Email)))
	n, err := p.Choose(Choice{Body: body, Title: msg.New(msg.StBuySystemeAsk), Default: -1,
		Options: []Option{{Label: msg.New(msg.StBuySystemeYes)}, {Label: msg.New(msg.StBuySystemeNo)}}})
	if err != nil {
		return err
	}
	s.RecordSystemePaid(n == 0)
	if n == 0 {
		return nil
	}
	field := checks.WebhookField(s.Mode())
	options := []Option{{Label: msg.New(msg.StBuyContinue)}}
	if inWalk(ctx, Webhook.ID) {
		options = append(options, Option{Label: msg.New(msg.StBuyFixWebhook), Key: "w"})
	}
	n, err = p.Choose(Choice{Body: []Block{Note(Warn, msg.StBuyWebhookCause, field)}, Options: options, Style: ActionStyle})
	switch {
	case errors.Is(err, ErrBack):
		// Back to the question; the answer stays recorded until changed.
		return askSysteme(ctx, s, p, c)
	case err != nil:
		return err
	case n == 1:
		return Jump{To: Webhook.ID}
	}
	return nil
}

// inWalk reports whether the walk the flow runs in has the step, so a
// Jump to it can be offered.
func inWalk(ctx context.Context, id string) bool { return stepIndex(walked(ctx), id) > 0 }
