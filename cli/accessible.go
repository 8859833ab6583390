package cli

import (
	"context"

	"paystack-setup/ui/accessible"
)

// runAccessibleWizard runs the wizard as plain prompts for screen readers
// (--accessible, ACCESSIBLE=1, TERM=dumb), on the same session and flow as
// the screen. ctx ends at ctrl+c, `kill` or a closed terminal, which stop it
// alike: answers saved, 130.
func runAccessibleWizard(ctx context.Context, e *Env, open openFunc) wizardEnd {
	end := accessible.RunWizard(ctx, accessible.WizardOptions{
		In: e.In, Out: e.Out, Lang: e.Lang, Demo: e.Demo, Open: open,
	})
	return wizardEnd{session: end.Session, err: end.Err, interrupted: end.Interrupted, saveErr: end.SaveErr}
}
