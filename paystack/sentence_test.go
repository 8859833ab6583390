package paystack_test

import (
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/problem"
)

// The client's errors carry no sentence; package problem makes the one a
// merchant reads. The client's fault tests assert that sentence for each
// failure they provoke, so they borrow problem's renderer through this hook
// (the client itself must not import it).
func init() { paystack.Sentence = func(err error) string { return problem.Text(err).In(msg.English) } }
