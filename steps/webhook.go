package steps

import (
	"context"
	"errors"

	"paystack-setup/checks"
	"paystack-setup/msg"
	"paystack-setup/setup"
)

// Webhook takes the webhook URL systeme.io shows after synchronisation and
// tells the merchant where to paste it in Paystack.
var Webhook = Step{ID: "webhook", Title: msg.StHookTitle, Run: webhook}

func webhook(_ context.Context, s *setup.Session, p Prompter) error {
	mode := s.Mode()
	field := checks.WebhookField(mode)
	clean := s.State().WebhookURL[string(mode)]
	var warning msg.Text
	if clean != "" {
		_, warning, _ = setup.CheckWebhookURL(clean)
	}
	typed, editing, copied := clean, clean == "", false
	var refused error
	for {
		if editing {
			v, err := p.Input(Input{
				Body:        []Block{Say(msg.StHookIntro)},
				Label:       msg.New(msg.AccWebhookPrompt),
				Value:       typed,
				Placeholder: "https://…",
				CharLimit:   2048,
				Submit:      msg.New(msg.StHookCheck),
				Refused:     refused,
			})
			switch {
			case errors.Is(err, ErrBack) && clean != "":
				// Editing an accepted URL and changing one's mind keeps it.
				typed, editing, refused = clean, false, nil
				continue
			case err != nil:
				return err
			}
			typed = v
			// Recorded at once: going back a step and forth again finds it
			// there, and a quit keeps it.
			c, w, verr := s.RecordWebhookURL(v)
			if verr != nil {
				refused = verr
				continue
			}
			clean, warning, refused, editing, copied = c, w, nil, false, false
		}
		body := []Block{
			Note(Success, msg.StHookAccepted),
			// Alone on its line and unstyled, so that a mouse selection
			// copies exactly the URL.
			Literal(clean),
		}
		if !warning.IsZero() {
			body = append(body, Block{Kind: Paragraph, Tone: Warn, Text: warning})
		}
		body = append(body, Headed(msg.New(msg.StHookWhere),
			List(msg.New(msg.StHookStep1), msg.New(msg.StHookStep2, field), msg.New(msg.StHookStep3))))
		if copied {
			body = append(body, Note(Muted, msg.StHookCopied))
		}
		// What each option does, in the order offered: copying only where
		// this front end can.
		const doneAct, copyAct, editAct = 0, 1, 2
		options := []Option{{Label: msg.New(msg.StHookDone)}}
		acts := []int{doneAct}
		if p.CanCopy() {
			options = append(options, Option{Label: msg.New(msg.StHookCopy), Key: "c"})
			acts = append(acts, copyAct)
		}
		options = append(options, Option{Label: msg.New(msg.StHookEdit), Key: "e"})
		acts = append(acts, editAct)
		n, err := p.Choose(Choice{Body: body, Options: options, Style: ActionStyle})
		if err != nil {
			return err
		}
		switch acts[n] {
		case doneAct:
			return nil
		case copyAct:
			copied = p.Copy(clean)
		case editAct:
			typed, editing = clean, true
		}
	}
}
