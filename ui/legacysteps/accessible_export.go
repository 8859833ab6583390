package legacysteps

import (
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/setup"
)

// These wrappers let ui/accessible ask the same questions as plain prompts
// while judging every answer exactly as the visual steps do.

// ParsePercent reads a percentage charge as the subaccount form does ("2,5", "2.5%").
func ParsePercent(s string) (float64, bool) { return setup.ParsePercent(s) }

// ValidEmail is the subaccount form's contact email rule.
func ValidEmail(s string) bool { return setup.ValidEmail(s) }

// FormatPercent shows a percentage without trailing zeros.
func FormatPercent(p float64) string { return setup.FormatPercent(p) }

// PaystackCountry is the country name List Banks expects ("south africa").
func PaystackCountry(country string) string { return paystackCountry(country) }

// AnswerMayBeLost reports whether a failed create may still have reached Paystack.
func AnswerMayBeLost(err error) bool { return answerMayBeLost(err) }

// SaveSubaccount records the chosen subaccount in ctx.State as the subaccount step does.
func SaveSubaccount(ctx *Context, sa paystack.Subaccount, bankCode string, createdByUs bool) {
	(&Subaccount{ctx: ctx}).save(sa, bankCode, createdByUs)
}

// FieldChoice is one checkout field the checkout step offers.
type FieldChoice struct {
	ID    string
	Label msg.ID
}

// CheckoutFieldChoices lists the checkout step's fields in its order.
func CheckoutFieldChoices() []FieldChoice {
	out := make([]FieldChoice, len(commonFields))
	for i, f := range commonFields {
		out[i] = FieldChoice{ID: f.ID, Label: f.Label}
	}
	return out
}
