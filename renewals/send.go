package renewals

import (
	"context"
	"errors"
	"sync"
	"time"

	"paystack-setup/paystack"
)

// Mailer is the Paystack call that emails a subscriber the link to update
// their card; *paystack.Client is one.
type Mailer interface {
	SubscriptionManageEmail(ctx context.Context, code string) error
}

// Sender emails card-update links to subscribers so that none gets two
// within EmailWindow, whatever the profile, the run or a crash:
//
//	s := &renewals.Sender{Ledger: renewals.NewLedger(root), Mailer: client, Mode: key.Mode(), Profile: "shop"}
//	plan, err := s.Plan(codes)          // who would get one (a dry run), nothing sent
//	report, err := s.Send(ctx, codes)   // sent, skipped, failed, each row with its reason
//
// Each email is written in the ledger as "sending" before its request goes,
// and settled after: a crash, a lost answer or a stop half way leaves it
// counted as sent, never as free to send again.
type Sender struct {
	Ledger  *Ledger
	Mailer  Mailer
	Mode    paystack.Mode
	Profile string
	// Now is the clock (nil: time.Now).
	Now func() time.Time
	// Tries is how many times an email Paystack refused with 429 is asked
	// in all (0: 3). A 429 means nothing was sent, and the client holds its
	// next request back (Retry-After, else half a second), so trying again
	// neither repeats an email nor hammers Paystack.
	Tries int
	// Progress, when set, is told how many emails are settled of how many,
	// after each batch.
	Progress func(done, total int)
}

// Outcome is what became of one subscription's email.
type Outcome string

const (
	// Sent: Paystack said the email went.
	Sent Outcome = "sent"
	// Skipped: emailed (or perhaps emailed) within EmailWindow; Prior is
	// that email. Nothing was asked of Paystack.
	Skipped Outcome = "skipped"
	// Failed: Paystack refused (404, not active, 429 after every try) or
	// could not be reached before the request went. Nothing was sent.
	Failed Outcome = "failed"
	// Unknown: the request went and its answer was lost. The email may
	// have gone; it counts as sent for EmailWindow.
	Unknown Outcome = "unknown"
	// NotTried: the run stopped (a cancel, the ledger failing) before it.
	NotTried Outcome = "not_tried"
)

// Result is one subscription's outcome.
type Result struct {
	Code    string
	Outcome Outcome
	// Err is why, for Failed and Unknown: a *paystack.Error.
	Err error
	// Prior is the email that held a Skipped one back.
	Prior Email
	// Until is when the subscription may be emailed again (Sent, Unknown,
	// Skipped); zero for the others.
	Until time.Time
}

// Report is every subscription's outcome, in the order asked.
type Report struct {
	Results []Result
}

// Count is how many results had outcome o.
func (r Report) Count(o Outcome) int {
	n := 0
	for _, x := range r.Results {
		if x.Outcome == o {
			n++
		}
	}
	return n
}

// Codes are the subscriptions whose outcome was o, in the order asked:
// after a Plan, Codes(Sent) are the ones to email now.
func (r Report) Codes(o Outcome) []string {
	var codes []string
	for _, x := range r.Results {
		if x.Outcome == o {
			codes = append(codes, x.Code)
		}
	}
	return codes
}

// Latest is the latest Until of the results with outcome o (when the last
// of the skipped may be emailed again); zero when there is none.
func (r Report) Latest(o Outcome) time.Time {
	var at time.Time
	for _, x := range r.Results {
		if x.Outcome == o && x.Until.After(at) {
			at = x.Until
		}
	}
	return at
}

// batchSize is how many emails are written in the ledger at once before
// their requests go: a crash leaves at most these counted as sent without
// an answer, and the ledger is rewritten twice a batch, not twice an email.
const batchSize = 20

// parallel is how many requests of a batch are in flight at once.
const parallel = 4

func (s *Sender) now() time.Time {
	if s.Now != nil {
		return s.Now().UTC()
	}
	return time.Now().UTC()
}

// Plan is Send without sending (a dry run): Sent for each subscription that
// would get an email now, Skipped (with Prior and Until) for each held back.
// Duplicates are listed once.
func (s *Sender) Plan(codes []string) (Report, error) {
	held, err := s.Ledger.Emails(s.Mode)
	if err != nil {
		return Report{}, err
	}
	now := s.now()
	var r Report
	for _, code := range unique(codes) {
		if prior, ok := held[code]; ok && prior.Holds(now) {
			r.Results = append(r.Results, Result{Code: code, Outcome: Skipped, Prior: prior, Until: prior.Until()})
			continue
		}
		r.Results = append(r.Results, Result{Code: code, Outcome: Sent})
	}
	return r, nil
}

// Send emails the card-update link to each subscription of codes (once,
// however often it is listed) that was not emailed within EmailWindow. A
// failure for one does not stop the others. The error is the ledger's
// (*LedgerError): no email goes without its record, so the rows after it
// are NotTried; a settling that failed leaves its emails counted as sent.
// ctx ending stops it: the rows not yet asked are NotTried.
func (s *Sender) Send(ctx context.Context, codes []string) (Report, error) {
	codes = unique(codes)
	r := Report{Results: make([]Result, len(codes))}
	for i, c := range codes {
		r.Results[i] = Result{Code: c, Outcome: NotTried}
	}
	for start := 0; start < len(codes); start += batchSize {
		if ctx.Err() != nil {
			break
		}
		end := min(start+batchSize, len(codes))
		if err := s.batch(ctx, r.Results[start:end]); err != nil {
			return r, err
		}
		if s.Progress != nil {
			s.Progress(end, len(codes))
		}
	}
	return r, nil
}

// batch reserves the batch's subscriptions in the ledger, sends the ones it
// got, and settles them.
func (s *Sender) batch(ctx context.Context, rows []Result) error {
	now := s.now()
	var free []*Result
	prev := map[string]Email{} // what the ledger held before the reservation, for a send that failed
	err := s.Ledger.change(ctx, now, func(all map[emailKey]Email) {
		for i := range rows {
			k := emailKey{s.Mode, rows[i].Code}
			if prior, ok := all[k]; ok && prior.Holds(now) {
				rows[i].Outcome, rows[i].Prior, rows[i].Until = Skipped, prior, prior.Until()
				continue
			}
			if prior, ok := all[k]; ok {
				prev[rows[i].Code] = prior
			}
			all[k] = Email{Mode: s.Mode, Code: rows[i].Code, At: now, State: EmailSending, Profile: s.Profile}
			free = append(free, &rows[i])
		}
	})
	if err != nil {
		for i := range rows {
			rows[i].Outcome = NotTried
		}
		return err
	}
	s.sendAll(ctx, free, now)
	// Settled even when ctx has ended (esc during the send): what happened
	// must be written. A little patience for another run's lock.
	settle, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	return s.Ledger.change(settle, s.now(), func(all map[emailKey]Email) {
		for _, row := range free {
			k := emailKey{s.Mode, row.Code}
			if cur, ok := all[k]; !ok || !cur.At.Equal(now) || cur.Profile != s.Profile {
				continue // not ours any more (a hand-edited ledger): leave it
			}
			switch row.Outcome {
			case Sent:
				all[k] = Email{Mode: s.Mode, Code: row.Code, At: now, State: EmailSent, Profile: s.Profile}
			case Unknown:
				all[k] = Email{Mode: s.Mode, Code: row.Code, At: now, State: EmailUnknown, Profile: s.Profile}
			default:
				// Nothing went: the subscriber may be emailed at once, and
				// the email before (if any) is the last one again.
				if p, ok := prev[row.Code]; ok {
					all[k] = p
				} else {
					delete(all, k)
				}
			}
		}
	})
}

// sendAll sends the reserved emails, a few at a time.
func (s *Sender) sendAll(ctx context.Context, rows []*Result, at time.Time) {
	work := make(chan *Result)
	var wg sync.WaitGroup
	for range min(parallel, len(rows)) {
		wg.Go(func() {
			for row := range work {
				s.sendOne(ctx, row, at)
			}
		})
	}
	for _, row := range rows {
		work <- row
	}
	close(work)
	wg.Wait()
}

func (s *Sender) sendOne(ctx context.Context, row *Result, at time.Time) {
	tries := s.Tries
	if tries <= 0 {
		tries = 3
	}
	for try := 1; ; try++ {
		if ctx.Err() != nil {
			row.Outcome = NotTried
			return
		}
		err := s.Mailer.SubscriptionManageEmail(ctx, row.Code)
		var pe *paystack.Error
		switch {
		case err == nil:
			row.Outcome, row.Until = Sent, at.Add(EmailWindow)
		case !errors.As(err, &pe):
			// Not the client's error: nothing says the request did not go.
			row.Outcome, row.Err, row.Until = Unknown, err, at.Add(EmailWindow)
		case pe.Kind == paystack.KindOutcomeUnknown:
			row.Outcome, row.Err, row.Until = Unknown, err, at.Add(EmailWindow)
		case pe.Kind == paystack.KindCanceled:
			// The client says so only before the request was written.
			row.Outcome = NotTried
		case pe.Kind == paystack.KindRateLimited && try < tries:
			continue
		default:
			// Any other failure of the client is one where the request
			// never went or Paystack refused it: nothing was sent.
			row.Outcome, row.Err = Failed, err
		}
		return
	}
}

// unique keeps the first of each code, dropping empty ones.
func unique(codes []string) []string {
	seen := make(map[string]bool, len(codes))
	out := make([]string, 0, len(codes))
	for _, c := range codes {
		if c != "" && !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	return out
}
