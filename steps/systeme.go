package steps

import (
	"context"
	"errors"

	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/setup"
)

// Systeme guides the merchant through connecting Paystack inside systeme.io.
// Nothing here can be automated: systeme.io has no API for gateways.
var Systeme = Step{ID: "systeme", Title: msg.StSysTitle, Run: systeme}

func systeme(_ context.Context, s *setup.Session, p Prompter) error {
	key, _ := s.Key()
	keyText := msg.New(msg.StSysNoKey)
	if !key.IsZero() {
		keyText = msg.New(msg.Verbatim, key.Masked())
	}
	// What an earlier copy came to; a new visit starts without it, since
	// "Copied" shown again reads as if something just happened.
	var outcome msg.Text
	for {
		body := []Block{
			Say(msg.StSysIntro),
			List(msg.New(msg.StSysStep1), msg.New(msg.StSysStep2), msg.New(msg.StSysStep3, keyText),
				msg.New(msg.StSysStep4, subaccountLabel(s)), msg.New(msg.StSysStep5), msg.New(msg.StSysStep6)),
		}
		if !outcome.IsZero() {
			body = append(body, Block{Kind: Paragraph, Tone: Muted, Text: outcome})
		}
		options := []Option{{Label: msg.New(msg.StSysDone)}}
		canCopy := p.CanCopy() && !key.IsZero()
		if canCopy {
			options = append(options, Option{Label: msg.New(msg.StSysCopyKey), Key: "c"})
		}
		n, err := p.Choose(Choice{Title: msg.New(msg.StSysConfirmAsk), Body: body, Options: options, Style: ActionStyle})
		if err != nil {
			return err
		}
		if n == 0 {
			s.RecordSystemeConnected()
			return nil
		}
		if outcome, err = copyKey(p, key); err != nil {
			return err
		}
	}
}

// copyKey puts the key on the clipboard after two confirmations: other apps
// can read the clipboard, and its history may keep the key.
func copyKey(p Prompter, key paystack.SecretKey) (msg.Text, error) {
	notCopied := msg.New(msg.StSysNotCopied)
	yesNo := []Option{{Label: msg.New(msg.StSysCopyYes), Key: "y"}, {Label: msg.New(msg.StSysCopyNo), Key: "n"}}
	for _, ask := range []Choice{
		{Body: []Block{Note(Warn, msg.StSysCopyWarning)}, Title: msg.New(msg.StSysCopyAsk)},
		{Body: []Block{Note(Warn, msg.StSysCopyConfirm)}},
	} {
		ask.Options, ask.Default, ask.Style = yesNo, 1, ActionStyle
		n, err := p.Choose(ask)
		switch {
		case errors.Is(err, ErrBack) || err == nil && n != 0:
			return notCopied, nil
		case err != nil:
			return msg.Text{}, err
		}
	}
	if !p.Copy(key.Reveal()) {
		return notCopied, nil
	}
	return msg.New(msg.StSysCopied), nil
}

// subaccountLabel is how systeme.io's drop-down names the subaccount: its
// business name, with the code for when two share a name.
func subaccountLabel(s *setup.Session) msg.Text {
	sa := s.State().Subaccount
	switch {
	case sa == nil:
		return msg.New(msg.StSysNoSubaccount)
	case sa.BusinessName == "":
		return msg.New(msg.Verbatim, sa.Code)
	}
	return msg.New(msg.Verbatim, sa.BusinessName+" ("+sa.Code+")")
}
