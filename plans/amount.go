package plans

import (
	"math"
	"strings"

	"paystack-setup/msg"
)

// AmountProblem says why an amount was refused, so callers and tests can tell
// the cases apart without matching text.
type AmountProblem int

const (
	AmountEmpty AmountProblem = iota + 1
	AmountNegative
	AmountTooManyDecimals
	AmountNotANumber
	AmountTooLarge
)

// AmountError is a refused amount; In says it with what to type instead.
type AmountError struct {
	Input   string
	Problem AmountProblem
}

func (e *AmountError) Error() string { return e.In(msg.English) }

// In says it in a language.
func (e *AmountError) In(l msg.Lang) string {
	switch e.Problem {
	case AmountEmpty:
		return msg.In(l, msg.PlansAmountEmpty)
	case AmountNegative:
		return msg.In(l, msg.PlansAmountNegative, e.Input)
	case AmountTooManyDecimals:
		return msg.In(l, msg.PlansAmountDecimals, e.Input)
	case AmountTooLarge:
		return msg.In(l, msg.PlansAmountTooLarge, e.Input)
	}
	return msg.In(l, msg.PlansAmountInvalid, e.Input)
}

// ParseAmount reads a price in major units ("5000", "49.99", "5,000.50") and
// returns minor units. It works on the digits, never through a float, so 0.29
// is exactly 29. Commas must group thousands, as people write them.
func ParseAmount(s string) (int64, error) {
	in := strings.TrimSpace(s)
	fail := func(p AmountProblem) (int64, error) { return 0, &AmountError{Input: in, Problem: p} }
	if in == "" {
		return fail(AmountEmpty)
	}
	if in[0] == '-' || strings.HasPrefix(in, "\u2212") {
		if _, err := ParseAmount(strings.TrimPrefix(strings.TrimPrefix(in, "-"), "\u2212")); err == nil {
			return fail(AmountNegative)
		}
		return fail(AmountNotANumber)
	}
	whole, frac, hasDot := strings.Cut(in, ".")
	if hasDot && (frac == "" || !allDigits(frac)) {
		return fail(AmountNotANumber)
	}
	if whole == "" && !hasDot {
		return fail(AmountNotANumber)
	}
	digits, ok := ungroup(whole)
	if !ok {
		return fail(AmountNotANumber)
	}
	if len(frac) > 2 {
		return fail(AmountTooManyDecimals)
	}
	digits = strings.TrimLeft(digits, "0")
	// The largest whole part whose minor units, plus any cents, still fit an int64.
	const maxWhole = (math.MaxInt64 - 99) / 100
	var v int64
	for _, r := range digits {
		d := int64(r - '0')
		if v > (maxWhole-d)/10 {
			return fail(AmountTooLarge)
		}
		v = v*10 + d
	}
	v *= 100
	for i, r := range frac {
		d := int64(r - '0')
		if i == 0 {
			d *= 10
		}
		v += d
	}
	return v, nil
}

// ungroup removes thousands commas, accepting only "1,234,567"-shaped groups
// so that "5,00" (a decimal comma) is refused rather than read as 500.
func ungroup(whole string) (string, bool) {
	if !strings.Contains(whole, ",") {
		return whole, allDigits(whole) || whole == ""
	}
	groups := strings.Split(whole, ",")
	if len(groups[0]) == 0 || len(groups[0]) > 3 || !allDigits(groups[0]) {
		return "", false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 || !allDigits(g) {
			return "", false
		}
	}
	return strings.Join(groups, ""), true
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
