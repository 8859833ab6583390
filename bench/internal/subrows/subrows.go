// Package subrows is the subaccount picker's rows as the key-press bench
// needs them twice: the baseline program (bench/bubblestable) shows the same
// cells, and the driver (bench/keyframe) knows from the same filter key how
// many rows each filter must leave on screen.
package subrows

import (
	"strings"

	"paystack-setup/country"
	"paystack-setup/msg"
	"paystack-setup/paystack"
)

// Rows are the picker's cells for each subaccount (business, bank, masked
// account, currency, verified, active, in English), and the text its filter
// looks in, lower-cased: the cells and the hidden search text (the whole
// account number, the account name, the code), as ui/list joins them.
func Rows(subs []paystack.Subaccount) (cells [][]string, keys []string) {
	yes, no := msg.In(msg.English, msg.SubAcctYes), msg.In(msg.English, msg.SubAcctNo)
	word := func(b bool) string {
		if b {
			return yes
		}
		return no
	}
	cells, keys = make([][]string, len(subs)), make([]string, len(subs))
	for i, sa := range subs {
		cells[i] = []string{sa.BusinessName, sa.SettlementBank, country.MaskAccountNumber(sa.AccountNumber),
			sa.Currency, word(sa.IsVerified), word(sa.Active)}
		search := strings.Join([]string{sa.AccountNumber, sa.AccountName, sa.Code}, " ")
		keys[i] = strings.ToLower(strings.Join(cells[i], "\x00") + "\x00" + search)
	}
	return cells, keys
}

// Count is how many rows filter leaves.
func Count(keys []string, filter string) int {
	lower := strings.ToLower(filter)
	n := 0
	for _, k := range keys {
		if strings.Contains(k, lower) {
			n++
		}
	}
	return n
}
