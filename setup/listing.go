package setup

import (
	"context"
	"sync"

	"paystack-setup/internal/grow"
	"paystack-setup/paystack"
)

// ListedSubaccount is one subaccount as a list keeps it: what the picker
// shows and finds it by, what choosing it records, and what the duplicate
// guard compares. With 50,000 in a list, the rest of what Paystack sends
// (contacts, dates, metadata) is not kept.
type ListedSubaccount struct {
	Code, BusinessName, AccountNumber, AccountName string
	// SettlementBank (the bank's name) and Currency repeat across rows:
	// each distinct one is held once.
	SettlementBank, Currency string
	PercentageCharge         float64
	IsVerified, Active       bool
}

// Subaccount is the row as the client's type, for the session's operations
// (warnings, choosing it).
func (r ListedSubaccount) Subaccount() paystack.Subaccount {
	return paystack.Subaccount{Code: r.Code, BusinessName: r.BusinessName, SettlementBank: r.SettlementBank,
		AccountNumber: r.AccountNumber, AccountName: r.AccountName, Currency: r.Currency,
		PercentageCharge: r.PercentageCharge, IsVerified: r.IsVerified, Active: r.Active}
}

// SubaccountListing is the subaccounts one load delivered, in the order
// they arrived, one compact row each. A load that was stopped or started
// over fills its own listing, so its late pages never land among another's.
type SubaccountListing struct {
	mu       sync.Mutex
	rows     []ListedSubaccount
	interned map[string]string
}

// Len is how many rows arrived so far.
func (l *SubaccountListing) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.rows)
}

// At is row n, in arrival order.
func (l *SubaccountListing) At(n int) (ListedSubaccount, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if n < 0 || n >= len(l.rows) {
		return ListedSubaccount{}, false
	}
	return l.rows[n], true
}

// add keeps a page's rows and returns them; the page itself is let go.
// total is how many the list will hold as Paystack last said (0: unknown).
func (l *SubaccountListing) add(page []paystack.Subaccount, total int) []ListedSubaccount {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.interned == nil {
		l.interned = map[string]string{}
	}
	l.rows = grow.Toward(l.rows, len(page), total)
	start := len(l.rows)
	for _, sa := range page {
		l.rows = append(l.rows, ListedSubaccount{Code: sa.Code, BusinessName: sa.BusinessName,
			AccountNumber: sa.AccountNumber, AccountName: sa.AccountName,
			SettlementBank: l.intern(sa.SettlementBank), Currency: l.intern(sa.Currency),
			PercentageCharge: sa.PercentageCharge, IsVerified: sa.IsVerified, Active: sa.Active})
	}
	return l.rows[start:len(l.rows):len(l.rows)]
}

func (l *SubaccountListing) intern(s string) string {
	if v, ok := l.interned[s]; ok {
		return v
	}
	l.interned[s] = s
	return s
}

// each calls f on every row until it returns false.
func (l *SubaccountListing) each(f func(ListedSubaccount) bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, r := range l.rows {
		if !f(r) {
			return
		}
	}
}

// Each hands the rows that arrived so far to f, n at a time, in order.
func (l *SubaccountListing) Each(n int, f func(rows []ListedSubaccount)) {
	l.mu.Lock()
	rows := l.rows[:len(l.rows):len(l.rows)] // rows only ever grow: this much stays as it is
	l.mu.Unlock()
	for start := 0; start < len(rows); start += n {
		f(rows[start:min(start+n, len(rows))])
	}
}

// LoadSubaccounts loads every subaccount of the key's integration into l
// (new and empty: a listing belongs to one load), page by page; onPage (nil:
// none) gets each page's rows as they arrive (a subaccount already
// delivered is not delivered again) and the total Paystack reports, so a
// list is usable from the first page and its rows can be read by index while
// the load goes on. The listing is what CreateSubaccount's duplicate guard
// looks in, even when the load is stopped halfway.
func (s *Session) LoadSubaccounts(ctx context.Context, l *SubaccountListing, onPage func(rows []ListedSubaccount, total int)) error {
	c, err := s.api()
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.cache().listed = l
	s.mu.Unlock()
	return c.WalkSubaccounts(ctx, func(p paystack.SubaccountsPage) {
		rows := l.add(p.Items, p.Total)
		if onPage != nil {
			onPage(rows, p.Total)
		}
	})
}
