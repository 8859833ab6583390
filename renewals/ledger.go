package renewals

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/gofrs/flock"

	"paystack-setup/internal/atomicfile"
	"paystack-setup/paystack"
)

// EmailWindow is how long after a card-update email the same subscription
// is not emailed again: Paystack's dashboard allows that email once every 24
// hours per subscription (paystack-facts.md, Subscriptions), and a customer
// sent the same request twice in a day stops reading them.
const EmailWindow = 24 * time.Hour

// keepFor is how long an email stays in the ledger. Only the last 24 hours
// hold anything back; the rest is the "link sent" column's memory.
const keepFor = 90 * 24 * time.Hour

// maxLedgerSize bounds what is read: a ledger of a hundred thousand
// subscribers is about 15 MB, and a larger file is not this program's.
const maxLedgerSize = 64 << 20

// EmailState is what is known of an email in the ledger.
type EmailState string

const (
	// EmailSending is written just before the request goes. Left so by a
	// crash, the email may have gone: it counts as sent.
	EmailSending EmailState = "sending"
	// EmailSent: Paystack said it sent the email.
	EmailSent EmailState = "sent"
	// EmailUnknown: the request was sent and its answer lost
	// (paystack.KindOutcomeUnknown). The email may have gone: it counts as
	// sent.
	EmailUnknown EmailState = "unknown"
)

// Email is one card-update email sent, or perhaps sent, from this computer.
// It holds no key and nothing about the customer but the subscription's code.
type Email struct {
	Mode    paystack.Mode `json:"mode"`
	Code    string        `json:"subscription_code"`
	At      time.Time     `json:"at"` // when the request was about to go
	State   EmailState    `json:"state"`
	Profile string        `json:"profile"` // the profile that sent it
}

// Until is when the subscription may be emailed again.
func (e Email) Until() time.Time { return e.At.Add(EmailWindow) }

// Holds reports whether the email keeps the subscription from another one
// at now. A possible email holds as a sent one does: the customer may have it.
func (e Email) Holds(now time.Time) bool { return !e.At.IsZero() && now.Before(e.Until()) }

// Certain reports that Paystack said the email went; otherwise it may have.
func (e Email) Certain() bool { return e.State == EmailSent }

// Ledger is the record of card-update emails on this computer, one file
// beside the profiles (so every profile, and every run, sees the same
// record), locked while it changes and replaced whole so that a crash never
// leaves half of it. It never holds a key.
type Ledger struct {
	dir string
}

// NewLedger is the ledger under the config root, where profiles/ lives.
func NewLedger(root string) *Ledger { return &Ledger{dir: filepath.Join(root, "renewals")} }

// Path is the ledger's file.
func (l *Ledger) Path() string { return filepath.Join(l.dir, "card-emails.json") }

func (l *Ledger) lockPath() string { return filepath.Join(l.dir, "card-emails.lock") }

// ledgerFile is the file's layout.
type ledgerFile struct {
	Version int     `json:"version"`
	Emails  []Email `json:"emails"`
}

const ledgerVersion = 1

// emailKey is a subscription in a mode: test and live integrations are
// separate at Paystack, and so are their codes.
type emailKey struct {
	mode paystack.Mode
	code string
}

// LedgerError is a ledger that could not be read or written. When it is
// returned by Send, no email was sent after it.
type LedgerError struct {
	Path string
	// Damaged: the file is there but is not a ledger this program wrote
	// (or a newer program's); it is left as it is.
	Damaged bool
	Err     error
}

func (e *LedgerError) Error() string {
	if e.Damaged {
		return "renewals: ledger " + e.Path + " is damaged"
	}
	return "renewals: ledger " + e.Path + ": " + e.Err.Error()
}

func (e *LedgerError) Unwrap() error { return e.Err }

// Emails is the latest email of each subscription of mode, by code. It
// takes no lock: the file is only ever replaced whole.
func (l *Ledger) Emails(mode paystack.Mode) (map[string]Email, error) {
	all, err := l.read()
	if err != nil {
		return nil, err
	}
	out := map[string]Email{}
	for k, e := range all {
		if k.mode == mode {
			out[k.code] = e
		}
	}
	return out, nil
}

func (l *Ledger) read() (map[emailKey]Email, error) {
	// Only a regular file is read, as the state files are: opening a FIFO
	// waits for a writer forever, and /dev/zero is 64 MB of nothing.
	fi, err := os.Stat(l.Path())
	if errors.Is(err, fs.ErrNotExist) {
		return map[emailKey]Email{}, nil
	}
	if err == nil && !fi.Mode().IsRegular() {
		return nil, &LedgerError{Path: l.Path(), Damaged: true, Err: errors.New("not a regular file")}
	}
	f, err := os.Open(l.Path())
	if errors.Is(err, fs.ErrNotExist) {
		return map[emailKey]Email{}, nil
	}
	if err != nil {
		return nil, &LedgerError{Path: l.Path(), Err: err}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxLedgerSize+1))
	if err != nil {
		return nil, &LedgerError{Path: l.Path(), Err: err}
	}
	var lf ledgerFile
	dec := json.NewDecoder(bytes.NewReader(data))
	if len(data) > maxLedgerSize || dec.Decode(&lf) != nil || lf.Version != ledgerVersion {
		return nil, &LedgerError{Path: l.Path(), Damaged: true, Err: errors.New("not a ledger of version 1")}
	}
	out := make(map[emailKey]Email, len(lf.Emails))
	for _, e := range lf.Emails {
		k := emailKey{e.Mode, e.Code}
		if prev, ok := out[k]; !ok || e.At.After(prev.At) {
			out[k] = e
		}
	}
	return out, nil
}

// change runs f on the ledger under its lock and writes what f left, so two
// runs (two profiles, two terminals) never both take the same subscription.
func (l *Ledger) change(ctx context.Context, now time.Time, f func(map[emailKey]Email)) error {
	if err := os.MkdirAll(l.dir, 0o700); err != nil {
		return &LedgerError{Path: l.Path(), Err: err}
	}
	lk := flock.New(l.lockPath(), flock.SetFlag(os.O_RDWR|os.O_CREATE), flock.SetPermissions(0o600))
	// Another run holds it only while it reads and writes the file.
	ok, err := lk.TryLockContext(ctx, 20*time.Millisecond)
	if err != nil || !ok {
		if err == nil {
			err = ctx.Err()
		}
		return &LedgerError{Path: l.Path(), Err: err}
	}
	defer lk.Unlock()
	all, err := l.read()
	if err != nil {
		return err
	}
	f(all)
	return l.write(all, now)
}

func (l *Ledger) write(all map[emailKey]Email, now time.Time) error {
	lf := ledgerFile{Version: ledgerVersion, Emails: make([]Email, 0, len(all))}
	for _, e := range all {
		if now.Sub(e.At) < keepFor {
			lf.Emails = append(lf.Emails, e)
		}
	}
	slices.SortFunc(lf.Emails, func(a, b Email) int {
		return cmp.Or(cmp.Compare(a.Mode, b.Mode), cmp.Compare(a.Code, b.Code))
	})
	data, err := json.MarshalIndent(lf, "", "  ")
	if err != nil {
		return &LedgerError{Path: l.Path(), Err: err}
	}
	if err := atomicfile.Write(l.Path(), "card-emails.json.tmp-", append(data, '\n'), os.Rename); err != nil {
		return &LedgerError{Path: l.Path(), Err: err}
	}
	return nil
}
