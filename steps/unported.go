package steps

import (
	"context"
	"errors"

	"paystack-setup/msg"
	"paystack-setup/setup"
)

// ErrNotPorted is what a step still being moved onto the Prompter returns;
// no front end walks All until every step is ported.
var ErrNotPorted = errors.New("steps: this step is not ported to the Prompter yet")

// The steps below are being ported by their owners; each keeps its place in
// All (and its title on the step indicator) meanwhile. Delete an entry here
// when its file (subaccount.go, checkout.go, summary.go) lands.
var (
	Subaccount = Step{ID: "subaccount", Title: msg.SubAcctTitle, Run: notPorted}
	Checkout   = Step{ID: "checkout", Title: msg.CkTitle, Run: notPorted}
	Summary    = Step{ID: "summary", Title: msg.StSumTitle, Run: notPorted}
)

func notPorted(context.Context, *setup.Session, Prompter) error { return ErrNotPorted }
