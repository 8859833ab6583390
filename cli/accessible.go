package cli

import (
	"context"

	"paystack-setup/setup"
	"paystack-setup/steps"
	"paystack-setup/ui/accessible"
)

// flowFunc is a flow a front end runs on the session; nil is the wizard.
type flowFunc = func(ctx context.Context, s *setup.Session, p steps.Prompter) error

// runAccessibleWizard runs the wizard (or another flow) as plain prompts for
// screen readers (--accessible, ACCESSIBLE=1, TERM=dumb), on the same
// session and flow as the screen. ctx ends at ctrl+c, `kill` or a closed terminal, which stop it
// alike: answers saved, 130.
func runAccessibleWizard(ctx context.Context, e *Env, open openFunc, flow flowFunc) wizardEnd {
	end := accessible.RunWizard(ctx, accessible.WizardOptions{
		In: e.In, Out: e.Out, Lang: e.Lang, Demo: e.Demo, Open: open, Flow: flow,
	})
	return wizardEnd{session: end.Session, err: end.Err, interrupted: end.Interrupted, saveErr: end.SaveErr}
}
