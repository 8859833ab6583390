package steps_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/renewals"
	"paystack-setup/setup"
	"paystack-setup/steps"
	"paystack-setup/steps/steptest"
)

// renWorld is a merchant with the sandbox's test key, whose integration
// has the demo's subscribers: in the list's order, Funmilayo Adeyemi
// (renewal failed 5 days ago), Ibrahim Bello (3 days ago), Tunde Balogun
// (card expiring) and Chukwuemeka Nwosu (not renewing).
type renWorld struct {
	t     *testing.T
	srv   *sandbox.Server
	root  string
	clock time.Time
	s     *setup.Session
}

var renewalsStart = time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)

func newRenWorld(t *testing.T) *renWorld {
	t.Helper()
	w := &renWorld{t: t, root: t.TempDir(), clock: renewalsStart}
	w.srv = sandbox.New(sandbox.Options{Now: func() time.Time { return renewalsStart }})
	w.s = w.open("default", sandbox.DemoTestKey)
	return w
}

// open opens profile, holding key ("" for none), on the world's Paystack,
// config root and clock.
func (w *renWorld) open(profile, key string) *setup.Session {
	w.t.Helper()
	keys := keystore.New(keystore.Options{Backend: keystore.NewMemoryBackend(), Dir: w.root, Getenv: func(string) string { return "" }})
	if key != "" {
		k, err := paystack.ParseSecretKey(key)
		if err != nil {
			w.t.Fatal(err)
		}
		if err := keys.Set(context.Background(), profile, k); err != nil {
			w.t.Fatal(err)
		}
	}
	hc := &http.Client{Transport: w.srv.Transport()}
	s, _, err := setup.Open(context.Background(), setup.Options{Profile: profile, StateRoot: w.root, Keys: keys,
		Now: func() time.Time { return w.clock },
		NewClient: func(k paystack.SecretKey) *paystack.Client {
			return paystack.New(k, paystack.WithBaseURL(sandbox.BaseURL), paystack.WithHTTPClient(hc), paystack.WithMaxRetries(0))
		}})
	if err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(func() { _ = s.Close() })
	return s
}

func (w *renWorld) run(p steps.Prompter, reasons ...renewals.Reason) error {
	return steps.Renewals(reasons...)(context.Background(), w.s, p)
}

// listed is the subscriptions in the list's order.
func (w *renWorld) listed() []renewals.Item {
	w.t.Helper()
	items, err := w.s.Renewals(context.Background())
	if err != nil {
		w.t.Fatal(err)
	}
	return items
}

func (w *renWorld) emails(items []renewals.Item) []int {
	var out []int
	for _, it := range items {
		out = append(out, w.srv.ManageEmails(it.Subscription.Code))
	}
	return out
}

// The list: who needs the merchant and why, failed renewals first, each
// with what tells the subscriber apart; back leaves the view.
func TestRenewalsListsWhoNeedsYou(t *testing.T) {
	w := newRenWorld(t)
	items := w.listed()
	if len(items) != 4 {
		t.Fatalf("%d items", len(items))
	}
	first := items[0].Subscription
	p := steptest.New(t, steptest.Back(steptest.OnPick))
	if err := w.run(p); err != nil {
		t.Fatalf("leaving the list: %v", err)
	}
	if b := p.Began(); len(b) != 1 || b[0].Title != msg.RenTitle || b[0].Count != 0 {
		t.Errorf("began %+v, want the view as a flow of its own", b)
	}
	said(t, p,
		"Failed renewals: 2. Cards expiring before their next payment: 1. Not renewing: 1. "+say(msg.RenNoRetry),
		"failed | Funmilayo Adeyemi · "+first.Customer.Email+" | NGN 5,000.00 · Monthly Membership | "+first.NextPaymentDate.Format("2006-01-02")+" | "+fmt.Sprintf("4081 %02d/%02d", first.Authorization.ExpMonth, first.Authorization.ExpYear%100)+" | ",
		"failed | Ibrahim Bello", "expiring | Tunde Balogun", "ending | Chukwuemeka Nwosu",
		"[extra 0] email everyone listed")
	if !p.Said(msg.RenFailedOn) || !p.Said(msg.RenEmailedNever) {
		t.Error("a row is not spoken with its failure's date and its emails")
	}
}

// --reason narrows the list, and says so when nothing is left.
func TestRenewalsForSomeReasons(t *testing.T) {
	w := newRenWorld(t)
	p := steptest.New(t, steptest.Back(steptest.OnPick))
	if err := w.run(p, renewals.NonRenewing); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(p.Transcript(), "Funmilayo") || !strings.Contains(p.Transcript(), "ending | Chukwuemeka Nwosu") {
		t.Errorf("not only the ending subscription:\n%s", p.Transcript())
	}

	w = newRenWorld(t)
	w.s = w.open("live", sandbox.DemoLiveKey) // live mode has no subscriber
	p = steptest.New(t, steptest.Back(steptest.OnPick))
	if err := w.run(p, renewals.FailedCharge, renewals.CardExpiring); err != nil {
		t.Fatal(err)
	}
	said(t, p, "No subscription needs you for these reasons: failed, expiring.")
	if strings.Contains(p.Transcript(), "[extra") {
		t.Error("emailing everyone listed is offered for an empty list")
	}
}

// The card-update link is copied and shown, or only shown where nothing
// can copy; asking for it emails nobody.
func TestRenewalsLinkForOne(t *testing.T) {
	w := newRenWorld(t)
	items := w.listed()
	p := steptest.New(t, steptest.PickRow(1), steptest.ChooseLabel(msg.RenCopyLink), steptest.Back(steptest.OnChoose), steptest.Back(steptest.OnPick))
	p.Clipboard = true
	if err := w.run(p); err != nil {
		t.Fatal(err)
	}
	code := items[1].Subscription.Code
	if c := p.Copied(); len(c) != 1 || !strings.Contains(c[0], "/manage/subscriptions/"+code) {
		t.Fatalf("copied %q", c)
	}
	said(t, p, "Subscriber: Ibrahim Bello", say(msg.RenLinkCopied), "\n"+p.Copied()[0]+"\n", "  cursor: row 1")
	if w.srv.ManageEmails(code) != 0 {
		t.Error("the link was emailed")
	}

	p = steptest.New(t, steptest.PickRow(1), steptest.ChooseLabel(msg.RenShowLink), steptest.Back(steptest.OnChoose), steptest.Back(steptest.OnPick))
	if err := w.run(p); err != nil {
		t.Fatal(err)
	}
	said(t, p, say(msg.RenLinkShown), "/manage/subscriptions/"+code)
}

// One subscriber is emailed only after a question that names them, whose
// enter sends nothing; once emailed, the page says when another may go and
// offers none.
func TestRenewalsEmailOne(t *testing.T) {
	w := newRenWorld(t)
	items := w.listed()
	email := items[0].Subscription.Customer.Email
	p := steptest.New(t,
		steptest.PickRow(0), steptest.ChooseLabel(msg.RenEmailOne), steptest.Enter(),
		steptest.PickRow(0), steptest.ChooseLabel(msg.RenEmailOne), steptest.ChooseLabel(msg.RenConsentSend),
		steptest.PickRow(0), steptest.Back(steptest.OnChoose),
		steptest.Back(steptest.OnPick))
	if err := w.run(p); err != nil {
		t.Fatal(err)
	}
	if got := w.emails(items); got[0] != 1 || got[1]+got[2]+got[3] != 0 {
		t.Fatalf("emails %v", got)
	}
	said(t, p, "Funmilayo Adeyemi | "+email+" | Monthly Membership", "[0] send 1 email (y)", "[1] do not send (n/enter)",
		say(msg.RenNotSent), "Card-update emails sent: 1. Skipped: 0. Failed: 0.",
		"Card-update link emailed 2026-03-10 09:00 UTC from this computer",
		"Another email can go after 2026-03-11 09:00 UTC", "| 03-10 09:00\n")
	// The last page of the subscriber offers no email.
	last := p.Transcript()[strings.LastIndex(p.Transcript(), "Subscriber: Funmilayo"):]
	if strings.Contains(last, "email the link to "+email) {
		t.Errorf("a second email is offered within 24 hours:\n%s", last)
	}
}

// Everyone the filter shows is emailed after one question that lists who
// gets one and who is skipped; a second run within 24 hours, from another
// profile, emails nobody and says until when; after 24 hours they may be
// emailed again.
func TestRenewalsEmailEveryoneShown(t *testing.T) {
	w := newRenWorld(t)
	items := w.listed()
	p := steptest.New(t,
		steptest.PickRow(3), steptest.ChooseLabel(msg.RenEmailOne), steptest.ChooseLabel(msg.RenConsentSend),
		steptest.PickExtra(0).Showing("o", 0, 1, 3), steptest.ChooseLabel(msg.RenConsentSend),
		steptest.Back(steptest.OnPick))
	if err := w.run(p); err != nil {
		t.Fatal(err)
	}
	if got := w.emails(items); got[0] != 1 || got[1] != 1 || got[2] != 0 || got[3] != 1 {
		t.Fatalf("emails %v", got)
	}
	said(t, p, "1 was emailed in the last 24 hours and will be skipped (it can be emailed again after 2026-03-11 09:00 UTC).",
		"[0] send 2 emails (y)", "Card-update emails sent: 2. Skipped: 0. Failed: 0.")
	consent := p.Transcript()[strings.LastIndex(p.Transcript(), say(msg.RenConsentIntro)):]
	consent = consent[:strings.Index(consent, "? Choose")]
	if !strings.Contains(consent, "Funmilayo Adeyemi") || !strings.Contains(consent, "Ibrahim Bello") || strings.Contains(consent, "Tunde") {
		t.Errorf("the question does not name exactly who gets an email:\n%s", consent)
	}

	w.clock = renewalsStart.Add(20 * time.Hour)
	w.s = w.open("shop-copy", sandbox.DemoTestKey)
	p = steptest.New(t, steptest.PickExtra(0).Showing("", 0, 1, 3), steptest.Back(steptest.OnPick))
	if err := w.run(p); err != nil {
		t.Fatal(err)
	}
	said(t, p, "Nobody to email: all 3 were emailed in the last 24 hours; the last can be emailed again after 2026-03-11 09:00 UTC.")
	if got := w.emails(items); got[0] != 1 || got[3] != 1 {
		t.Fatalf("emails %v after a second run", got)
	}

	w.clock = renewalsStart.Add(25 * time.Hour)
	p = steptest.New(t, steptest.PickExtra(0), steptest.ChooseLabel(msg.RenConsentSend), steptest.Back(steptest.OnPick))
	if err := w.run(p); err != nil {
		t.Fatal(err)
	}
	if got := w.emails(items); got[0] != 2 || got[2] != 1 {
		t.Fatalf("emails %v after 25 hours", got)
	}
}

// A subscriber Paystack cannot email is named with why, and the others
// still get theirs; one whose answer was lost counts as emailed.
func TestRenewalsEmailFailures(t *testing.T) {
	w := newRenWorld(t)
	items := w.listed()
	w.srv.InjectFault(sandbox.Fault{Method: http.MethodPost, Path: "/subscription/" + items[1].Subscription.Code + "/", Kind: sandbox.FaultStatus,
		Status: http.StatusNotFound, Body: `{"status":false,"message":"Subscription not found"}`})
	w.srv.InjectFault(sandbox.Fault{Method: http.MethodPost, Path: "/subscription/" + items[2].Subscription.Code + "/", Kind: sandbox.FaultCreateThenDrop,
		Status: http.StatusBadGateway, Count: 1})
	p := steptest.New(t, steptest.PickExtra(0), steptest.ChooseLabel(msg.RenConsentSend),
		steptest.PickRow(2), steptest.Back(steptest.OnChoose), steptest.Back(steptest.OnPick))
	if err := w.run(p); err != nil {
		t.Fatal(err)
	}
	if got := w.emails(items); got[0] != 1 || got[1] != 0 || got[2] != 1 || got[3] != 1 {
		t.Fatalf("emails %v", got)
	}
	said(t, p, "Card-update emails sent: 2. Skipped: 0. Failed: 1.", say(msg.RenFailedHead),
		"• Ibrahim Bello ("+items[1].Subscription.Customer.Email+"): Paystack could not find it (Subscription not found).",
		"No answer came for 1 email: Paystack may have sent it, so it counts as sent, and that subscriber gets no other before 2026-03-11 09:00 UTC:",
		"• Tunde Balogun ("+items[2].Subscription.Customer.Email+")",
		"Card-update link perhaps emailed 2026-03-10 09:00 UTC from this computer (Paystack's answer was lost)")
}

// Paystack out of reach while the list loads: said, with a way to try
// again; esc during the loading leaves.
func TestRenewalsLoadFailsAndIsTriedAgain(t *testing.T) {
	w := newRenWorld(t)
	w.srv.InjectFault(sandbox.Fault{Method: http.MethodGet, Path: "/subscription", Kind: sandbox.FaultStatus, Status: http.StatusServiceUnavailable, Count: 1})
	p := steptest.New(t, steptest.Choose(0), steptest.Back(steptest.OnPick))
	if err := w.run(p); err != nil {
		t.Fatal(err)
	}
	said(t, p, say(msg.PaystackErrUnavailable, 503), "Try again", "failed | Funmilayo Adeyemi")

	p = steptest.New(t, steptest.Fail(steptest.OnWait, steps.ErrCanceled))
	if err := w.run(p); err != nil {
		t.Fatalf("esc while loading: %v", err)
	}
}

// Without a key nothing can be listed: the view stops, saying what to do.
func TestRenewalsWithoutAKeyStops(t *testing.T) {
	w := newRenWorld(t)
	w.s = w.open("nokey", "")
	err := w.run(steptest.New(t))
	var stop *steps.Stop
	if !errors.As(err, &stop) || stop.Why.ID != msg.RenNoKey {
		t.Fatalf("got %v", err)
	}
}

// A ledger that cannot be read is said above the list, and no email goes.
func TestRenewalsDamagedLedgerSendsNothing(t *testing.T) {
	w := newRenWorld(t)
	items := w.listed()
	path := w.s.CardEmails().Path()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("{"), 0o600); err != nil {
		t.Fatal(err)
	}
	p := steptest.New(t, steptest.PickExtra(0), steptest.Back(steptest.OnPick))
	if err := w.run(p); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(p.Transcript(), say(msg.RenLedgerDamaged, path)); n < 2 {
		t.Errorf("the damaged ledger is said %d times, want above the list and for the email:\n%s", n, p.Transcript())
	}
	if got := w.emails(items); got[0]+got[1]+got[2]+got[3] != 0 {
		t.Fatalf("emails %v", got)
	}
}
