package steps

import (
	"context"

	"paystack-setup/country"
	"paystack-setup/msg"
	"paystack-setup/setup"
)

// Welcome is "before you start": what the merchant needs, and their country,
// which decides the currency and the bank list.
var Welcome = Step{ID: "welcome", Title: msg.StWelcomeTitle, Run: welcome}

func welcome(_ context.Context, s *setup.Session, p Prompter) error {
	intro := msg.StWelcomeIntro
	if s.Demo() {
		// The demo keeps nothing, so it does not promise that answers are saved.
		intro = msg.StWelcomeIntroDemo
	}
	options := make([]Option, len(country.All))
	chosen := -1
	for i, c := range country.All {
		options[i] = Option{Label: msg.New(msg.StWelcomeCountryOption, msg.New(c.Name), c.Currency)}
		if c.Code == s.State().Country {
			chosen = i
		}
	}
	n, err := p.Choose(Choice{
		Body: []Block{
			Say(intro),
			Headed(msg.New(msg.StWelcomeNeed), Points(msg.New(msg.StWelcomeNeedSysteme), msg.New(msg.StWelcomeNeedPaystack))),
		},
		Title:   msg.New(msg.StWelcomeCountry),
		Options: options,
		Default: chosen,
		Footer:  []Block{Note(Muted, msg.StWelcomeCurrencyNote)},
	})
	if err != nil {
		return err
	}
	return s.RecordCountry(country.All[n].Code)
}
