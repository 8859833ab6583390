package cli

import (
	"context"

	"paystack-setup/ui/accessible"
	steps "paystack-setup/ui/legacysteps"
)

// runAccessibleWizard runs the wizard as plain prompts for screen readers
// (--accessible, ACCESSIBLE=1, TERM=dumb), with the same services, state and
// checks as the visual wizard. ctx ends at ctrl+c, `kill` or a closed
// terminal, which stop it alike: answers saved, 130.
func runAccessibleWizard(ctx context.Context, e *Env, svc *Services) int {
	return accessible.Run(ctx, accessible.Options{
		In:        e.In,
		Out:       e.Out,
		Profile:   e.Profile,
		Demo:      e.Demo,
		Keys:      svc.Keys,
		NewClient: svc.NewClient,
		StateRoot: svc.StateRoot,
		Audit: func(ctx context.Context, sc *steps.Context) []steps.CheckResult {
			return auditFunc(e, sc, svc)(ctx)
		},
	})
}
