// Package money writes amounts Paystack counts in minor units (kobo,
// pesewas, cents) as the major units a person or a spreadsheet reads. Every
// currency Paystack takes has a hundred minor units to the major one, as its
// API reference says of the amount fields.
package money

import (
	"strconv"
	"strings"
)

// Major writes minor units as major ones with two decimals: 500000 is
// "5000.00" with sep "", "5,000.00" with sep ",". sep goes between groups
// of three digits of the whole part.
func Major(minor int64, sep string) string {
	sign := ""
	u := uint64(minor)
	if minor < 0 {
		sign = "-"
		u = -u // two's complement: right for math.MinInt64 too
	}
	whole := strconv.FormatUint(u/100, 10)
	var b strings.Builder
	b.WriteString(sign)
	for i, r := range whole {
		if i > 0 && sep != "" && (len(whole)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	b.WriteByte('.')
	b.WriteByte(byte('0' + u%100/10))
	b.WriteByte(byte('0' + u%10))
	return b.String()
}
