package cli

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"paystack-setup/ui/accessible"
	steps "paystack-setup/ui/legacysteps"
)

// runAccessibleWizard runs the wizard as plain prompts for screen readers
// (--accessible, ACCESSIBLE=1, TERM=dumb), with the same services, state and
// checks as the visual wizard.
func runAccessibleWizard(e *Env, svc *Services) int {
	// `kill` and a closed terminal stop it as ctrl+c does: answers saved, 130.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	defer stop()
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
