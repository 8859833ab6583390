// Package payments watches Paystack for new charges, the way `stripe listen`
// waits for events: the wizard's test purchase waits on it, and the `watch`
// command prints what it reports.
//
//	w := payments.NewWatcher(client, payments.Options{Subaccount: "ACCT_…"})
//	for {
//		charges, err := w.Next(ctx, time.Time{}) // blocks until something new
//		if err != nil { return err }             // ctx ended, or a key Paystack refuses
//		for _, c := range charges { fmt.Println(c.Reference, c.Routed) }
//	}
//
// Nothing here draws or speaks: a front end says what a Charge means.
package payments

import (
	"context"
	"errors"
	"slices"
	"time"

	"paystack-setup/internal/realtime"
	"paystack-setup/paystack"
)

// PollEvery is how often the watcher asks Paystack, at most: this
// product's choice (issue #12). Paystack publishes no rate limit, and a
// charge shows a few seconds after the customer paid, which is as soon as a
// merchant watching a terminal would look.
const PollEvery = 3 * time.Second

// MaxPause bounds the back-off after Paystack asked to slow down (429) or
// could not answer: this product's choice, so a watcher left running through
// an outage looks again within two minutes of its end. A longer Retry-After
// is honoured as it is.
const MaxPause = 2 * time.Minute

// pageSize is how many charges one look fetches: Paystack's default page
// (paystack-facts.md: perPage default 50, at most 100). More new charges
// than that between two looks are fetched from the next pages.
const pageSize = 50

// maxPages bounds one look, so a flood of charges cannot make a single look
// walk an integration's whole history.
const maxPages = 20

// Lister is the part of *paystack.Client the watcher calls.
type Lister interface {
	ListTransactions(ctx context.Context, q paystack.TransactionQuery) ([]paystack.Transaction, paystack.PageMeta, error)
}

// Options are a watcher's choices and its clock.
type Options struct {
	// Subaccount is the code of the subaccount chosen in systeme.io; a
	// charge split with it is Routed. "" when none is chosen: nothing is.
	Subaccount string
	// Now and Sleep are the clock; nil means the real one. Tests pass a
	// fake whose Sleep moves its Now, so no test waits for real time.
	Now   func() time.Time
	Sleep func(ctx context.Context, d time.Duration) error
	// OnPause is told each time the watcher waits longer than PollEvery
	// because Paystack asked it to slow down or could not answer, so a
	// front end can say why nothing happens for a while. Optional.
	OnPause func(Pause)
}

// Pause is a longer wait before the next look.
type Pause struct {
	Wait time.Duration
	// Err is why: a *paystack.Error that is Temporary (rate limited,
	// unavailable, a timeout, the network).
	Err error
}

// Charge is one new charge, as the watcher reports it.
type Charge struct {
	Reference string
	Amount    int64 // in the smallest unit (kobo, pesewas, cents)
	Currency  string
	Status    paystack.TransactionStatus // success, failed or reversed
	// PaidAt is when it was paid; zero for a charge that was not.
	PaidAt time.Time
	// Email is the customer's address as Paystack has it; show it through
	// MaskEmail.
	Email string
	// SubaccountCode and SubaccountName are the subaccount the charge was
	// split with, "" when it was not split (it all went to the main account).
	SubaccountCode string
	SubaccountName string
	// Routed: split with the chosen subaccount (Options.Subaccount).
	Routed bool
}

// Paid reports a successful charge.
func (c Charge) Paid() bool { return c.Status == paystack.TransactionSuccess }

// ErrQuiet is what Next returns when its deadline passed with nothing new.
var ErrQuiet = errors.New("payments: no new charge before the deadline")

// Watcher reports each charge Paystack receives after its first look, once.
// It is not safe for concurrent use; one goroutine calls Next in turn.
type Watcher struct {
	c     Lister
	o     Options
	delay time.Duration // the wait before the next look
	next  time.Time     // when the next look may be made; zero: now

	started bool
	// seen is each charge looked at and the status it had; reported holds
	// the ones already reported, which are never reported again.
	seen     map[string]paystack.TransactionStatus
	reported map[string]bool
	// horizon: a charge created at or before it and absent from the first
	// look was already there (beyond the first page), so it is not new.
	// Zero when the first look saw every charge there was.
	horizon time.Time
}

// NewWatcher watches the charges c lists.
func NewWatcher(c Lister, o Options) *Watcher {
	return &Watcher{c: c, o: o, delay: PollEvery,
		seen: map[string]paystack.TransactionStatus{}, reported: map[string]bool{}}
}

func (w *Watcher) now() time.Time {
	if w.o.Now != nil {
		return w.o.Now()
	}
	return time.Now()
}

func (w *Watcher) sleep(ctx context.Context, d time.Duration) error {
	if w.o.Sleep != nil {
		return w.o.Sleep(ctx, d)
	}
	return realtime.Sleep(ctx, d)
}

// Start makes the first look, which sets what "new" means: every charge
// Paystack lists now is old, and is never reported (unless it later turns
// from pending or abandoned into paid or failed). Next starts by itself;
// Start is for a caller that must know the first look was made before
// something happens (the demo makes its purchase only then).
func (w *Watcher) Start(ctx context.Context) error {
	if w.started {
		return nil
	}
	_, err := w.look(ctx, time.Time{})
	return err
}

// Next waits until Paystack lists charges that are new since the first
// look, and returns them oldest first. It looks at most every PollEvery,
// longer after a 429 (at least its Retry-After) or a failure that may pass,
// doubling up to MaxPause. It returns ErrQuiet once until (when not zero)
// has passed with nothing new, ctx's error when ctx ends, and a
// *paystack.Error that waiting will not cure (a refused key, this
// computer's IP refused) as it is.
func (w *Watcher) Next(ctx context.Context, until time.Time) ([]Charge, error) {
	for {
		charges, err := w.look(ctx, until)
		if err != nil || len(charges) > 0 {
			return charges, err
		}
	}
}

// look waits for the next look's turn and makes it, retrying while the
// failure may pass; it returns what the look found new (nothing on the
// first look).
func (w *Watcher) look(ctx context.Context, until time.Time) ([]Charge, error) {
	for {
		if wait := w.next.Sub(w.now()); wait > 0 {
			if !until.IsZero() && !w.now().Add(wait).Before(until) {
				if err := w.sleep(ctx, until.Sub(w.now())); err != nil {
					return nil, err
				}
				return nil, ErrQuiet
			}
			if err := w.sleep(ctx, wait); err != nil {
				return nil, err
			}
		} else if err := ctx.Err(); err != nil {
			return nil, err
		}
		var charges []Charge
		var err error
		if w.started {
			charges, err = w.poll(ctx)
		} else {
			err = w.baseline(ctx)
		}
		var pe *paystack.Error
		switch {
		case err == nil:
			w.delay = PollEvery
		case ctx.Err() != nil || !errors.As(err, &pe) || !pe.Temporary():
			// A caller who tries again at once still waits its turn.
			w.next = w.now().Add(w.delay)
			return nil, err
		default:
			w.delay = min(w.delay*2, MaxPause)
			if pe.RetryAfter > w.delay {
				w.delay = pe.RetryAfter
			}
		}
		w.next = w.now().Add(w.delay)
		if err == nil {
			return charges, nil
		}
		if w.o.OnPause != nil {
			w.o.OnPause(Pause{Wait: w.delay, Err: err})
		}
	}
}

func (w *Watcher) list(ctx context.Context, page int) ([]paystack.Transaction, paystack.PageMeta, error) {
	return w.c.ListTransactions(ctx, paystack.TransactionQuery{Page: page, PerPage: pageSize})
}

// baseline is the first look: Paystack's newest page of charges, all old.
func (w *Watcher) baseline(ctx context.Context) error {
	txs, _, err := w.list(ctx, 1)
	if err != nil {
		return err
	}
	for _, tx := range txs {
		w.seen[tx.Key()] = tx.Status
	}
	if len(txs) >= pageSize {
		// Paystack lists the newest first: whatever the first page did not
		// hold was made no later than its oldest charge.
		w.horizon = slices.MinFunc(txs, func(a, b paystack.Transaction) int { return a.CreatedAt.Compare(b.CreatedAt) }).CreatedAt
	}
	w.started = true
	return nil
}

// poll looks for what changed since the last look: charges not seen before,
// and ones seen pending or abandoned that are now paid or failed. It reads
// further pages only while a whole page was new.
func (w *Watcher) poll(ctx context.Context) ([]Charge, error) {
	// Kept aside until the look succeeds: a look cut short by a failure
	// marks nothing seen, so the next look reports what this one found.
	statuses := map[string]paystack.TransactionStatus{}
	var fresh []Charge
	var freshKeys []string
	for page := 1; page <= maxPages; page++ {
		txs, meta, err := w.list(ctx, page)
		if err != nil {
			return nil, err
		}
		allNew := true
		for _, tx := range txs {
			k := tx.Key()
			if _, dup := statuses[k]; dup {
				continue // moved to the next page while it was read
			}
			before, seen := w.seen[k]
			switch {
			case seen:
				allNew = false
				if before == tx.Status {
					continue
				}
			case !w.horizon.IsZero() && !tx.CreatedAt.After(w.horizon):
				allNew = false
				continue // there before the first look, beyond its page
			}
			statuses[k] = tx.Status
			if settled(tx.Status) && !w.reported[k] {
				fresh = append(fresh, w.charge(tx))
				freshKeys = append(freshKeys, k)
			}
		}
		last := meta.PageCount > 0 && page >= meta.PageCount
		if !allNew || len(txs) < pageSize || last {
			break
		}
	}
	for k, st := range statuses {
		w.seen[k] = st
	}
	for _, k := range freshKeys {
		w.reported[k] = true
	}
	// Paystack lists the newest first; they are reported as they came.
	slices.Reverse(fresh)
	return fresh, nil
}

// settled: the charge has an outcome to report. A checkout opened and not
// paid is "abandoned" (and ongoing, pending, processing or queued on its
// way): it is remembered, and reported once it is paid or fails.
func settled(s paystack.TransactionStatus) bool {
	switch s {
	case paystack.TransactionSuccess, paystack.TransactionFailed, paystack.TransactionReversed:
		return true
	}
	return false
}

func (w *Watcher) charge(tx paystack.Transaction) Charge {
	return Charge{
		Reference: tx.Reference, Amount: tx.Amount, Currency: tx.Currency, Status: tx.Status,
		PaidAt: tx.PaidAt, Email: tx.Customer.Email,
		SubaccountCode: tx.Subaccount.Code, SubaccountName: tx.Subaccount.BusinessName,
		Routed: w.o.Subaccount != "" && tx.Subaccount.Code == w.o.Subaccount,
	}
}
