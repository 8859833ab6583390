package steps

import (
	"context"

	"paystack-setup/checks"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/setup"
)

// IPWhitelist asks the merchant to add systeme.io's IP in Paystack for the
// key's mode; Paystack has no API to check it, so the merchant confirms.
var IPWhitelist = Step{ID: "ipwhitelist", Title: msg.StIPTitle, Run: ipWhitelist}

func ipWhitelist(_ context.Context, s *setup.Session, p Prompter) error {
	mode := modeName(s.Mode())
	_, err := p.Choose(Choice{
		Body: []Block{
			Say(msg.StIPIntro),
			{Kind: Value, Tone: Accent, Text: msg.New(msg.Verbatim, checks.SystemeIP)},
			List(msg.New(msg.StIPStep1), msg.New(msg.StIPStep2, mode), msg.New(msg.StIPStep3, checks.SystemeIP)),
			Note(Muted, msg.StIPOthers),
		},
		Title:   msg.New(msg.StIPConfirmAsk, checks.SystemeIP, mode),
		Options: []Option{{Label: msg.New(msg.StIPDone)}},
		Style:   ActionStyle,
	})
	if err != nil {
		return err
	}
	s.RecordIPWhitelist()
	return nil
}

// modeName is "Test" or "Live" as Paystack's dashboard labels the mode.
func modeName(m paystack.Mode) msg.Text {
	if m == paystack.ModeLive {
		return msg.New(msg.StModeLive)
	}
	return msg.New(msg.StModeTest)
}
