// Package checks audits a profile's Paystack + systeme.io setup; the wizard's
// summary, the audit dashboard and `paystack-setup audit` share it:
//
//	report := checks.Run(ctx, checks.Input{Profile: "shop", State: st, Key: key, Client: client})
//	for _, r := range report.Results { fmt.Println(r.Status, r.Title, r.Detail) }
//
// Run asks Paystack everything it needs once, concurrently, and then
// evaluates every check from that snapshot, so the audit costs about one
// round trip however many checks there are.
package checks

import (
	"context"
	"net/http"
	"strings"
	"sync"
	"time"

	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/problem"
	"paystack-setup/state"
)

// Status is the outcome of one check.
type Status string

const (
	Pass Status = "pass"
	Warn Status = "warn"
	Fail Status = "fail"
	Skip Status = "skip"
	// Error means the check could not be made (network, Paystack down), which
	// says nothing about the setup itself.
	Error Status = "error"
)

// Statuses lists every status in the order reports show them.
var Statuses = []Status{Pass, Warn, Fail, Skip, Error}

var statusWords = map[Status]msg.ID{
	Pass: msg.AuditWordPass, Warn: msg.AuditWordWarn, Fail: msg.AuditWordFail,
	Skip: msg.AuditWordSkip, Error: msg.AuditWordError,
}

// Text is the status as a word (PASS, FAIL, असफल…), for screen readers,
// which skip the marks ✓ ! ✗ - ?; an unknown status is said as it is, in
// capitals.
func (s Status) Text() msg.Text {
	if id, ok := statusWords[s]; ok {
		return msg.New(id)
	}
	return msg.New(msg.Verbatim, strings.ToUpper(string(s)))
}

// Evidence is what a result rests on, so a merchant can tell what Paystack
// itself showed from what they told the wizard.
type Evidence string

const (
	// EvidencePaystack: Paystack's own answer shows it.
	EvidencePaystack Evidence = "paystack"
	// EvidenceMerchant: the merchant's answers say so (a confirmation in the
	// wizard, plans and fields they recorded); nothing outside checked them.
	EvidenceMerchant Evidence = "merchant"
	// EvidenceLocal: looked at on this computer (the key's format, files,
	// the webhook probe from here).
	EvidenceLocal Evidence = "local"
	// EvidenceNone: nothing was looked at (skipped, could not check) or the
	// result is a notice.
	EvidenceNone Evidence = "none"
)

// Evidences lists every kind of evidence.
var Evidences = []Evidence{EvidencePaystack, EvidenceMerchant, EvidenceLocal, EvidenceNone}

var evidenceWords = map[Evidence]msg.ID{
	EvidencePaystack: msg.ChkEvidencePaystack, EvidenceMerchant: msg.ChkEvidenceMerchant,
	EvidenceLocal: msg.ChkEvidenceLocal, EvidenceNone: msg.ChkEvidenceNone,
}

// Text says the evidence in words ("verified by Paystack", "you confirmed").
func (e Evidence) Text() msg.Text {
	if id, ok := evidenceWords[e]; ok {
		return msg.New(id)
	}
	return msg.New(msg.ChkEvidenceNone)
}

// Wizard step ids a Result points to, so the summary can jump to the fix.
const (
	StepWelcome     = "welcome"
	StepKey         = "key"
	StepSubaccount  = "subaccount"
	StepSysteme     = "systeme"
	StepIPWhitelist = "ipwhitelist"
	StepWebhook     = "webhook"
	StepCheckout    = "checkout"
	StepPurchase    = "purchase"
)

// Text is a message kept unrendered (msg.Text), so a Result can be shown in
// the user's language and written to JSON in English from the same run.
type Text = msg.Text

func t(id msg.ID, args ...any) Text { return msg.New(id, args...) }

// Result is one check's outcome. Title, Detail and Fix are rendered in the
// language current when Run was called; Localized re-renders them with a
// Printer, and Texts gives them unrendered.
type Result struct {
	ID      string // stable, dotted: "key.accepted", "plan.interval"
	Subject string // what a repeated check is about: a plan's name, a currency; "" otherwise
	Status  Status
	Title   string
	Detail  string
	Fix     string // what to do; empty when Status is Pass
	Step    string // the wizard step that fixes it, "" when none does
	// Evidence is what the outcome rests on; every Skip and Error is
	// EvidenceNone, since nothing was looked at.
	Evidence Evidence

	title, detail, fix Text
}

// Localized returns the result with its texts rendered by p.
func (r Result) Localized(p *msg.Printer) Result {
	r.Title, r.Detail, r.Fix = p.Text(r.title), p.Text(r.detail), p.Text(r.fix)
	return r
}

// Texts are the result's title, detail and fix, unrendered.
func (r Result) Texts() (title, detail, fix msg.Text) { return r.title, r.detail, r.fix }

// API is the part of *paystack.Client the checks call.
type API interface {
	Balance(ctx context.Context) ([]paystack.Balance, error)
	FetchSubaccount(ctx context.Context, code string) (paystack.Subaccount, error)
	AllTransactions(ctx context.Context, q paystack.TransactionQuery) ([]paystack.Transaction, error)
	AllSubscriptions(ctx context.Context, q paystack.SubscriptionQuery, onPage func(paystack.SubscriptionsPage)) ([]paystack.Subscription, error)
}

// Input is everything the checks look at.
type Input struct {
	Profile   string
	State     state.State
	Key       paystack.SecretKey
	KeySource keystore.Source
	KeyErr    error // from keystore.Store.Get
	Client    API   // nil, or a client for Key

	// StatePath is the saved answers' file; the storage check looks at it
	// (there may be none yet).
	StatePath string

	// Demo is set for --demo runs, whose key store lives in memory only.
	Demo bool
	// KeyUnstored: the key was typed for this run only ("this shell only"
	// when the keyring failed) and is stored nowhere, whatever KeySource says.
	KeyUnstored bool

	// PlainFile is the consent record when the key lives in a plain file.
	PlainFile *keystore.Consent

	Offline      bool
	ProbeWebhook bool
	// ProbeClient makes the webhook probe; nil means a client with ProbeTimeout.
	ProbeClient *http.Client
	// ProbeLookup resolves a host name; nil means the system resolver. It
	// tells "this host does not exist" from "this computer cannot look up
	// any name right now" when the probe's host is not found.
	ProbeLookup  func(ctx context.Context, host string) error
	ProbeTimeout time.Duration

	// Now is the clock the payment and renewal checks count days by; nil
	// means time.Now.
	Now func() time.Time
}

// Report is the outcome of every check for one profile.
type Report struct {
	Profile string
	Results []Result
	Summary map[Status]int
	// Notes explain, once, something that shaped many results (the IP
	// whitelist that blocked every call to Paystack); front ends show each
	// one once, not beside every result it touched.
	Notes []Note
}

// Note is a report-level explanation.
type Note struct {
	ID   string // stable: "ip_whitelist_blocked"
	Text Text
}

// Failed reports whether any check failed or could not be made.
func (r Report) Failed() bool { return r.Summary[Fail] > 0 || r.Summary[Error] > 0 }

// Localized returns the report with every text rendered by p.
func (r Report) Localized(p *msg.Printer) Report {
	out := r
	out.Results = make([]Result, len(r.Results))
	for i, res := range r.Results {
		out.Results[i] = res.Localized(p)
	}
	return out
}

// DefaultProbeTimeout bounds the webhook probe: a healthy endpoint answers in
// well under a second, and the audit must not hang on a dead one.
const DefaultProbeTimeout = 5 * time.Second

// snapshot is what the network said, gathered once before any check runs.
type snapshot struct {
	in         Input
	keyOK      bool          // a usable key was read
	online     bool          // Paystack was asked
	mode       paystack.Mode // the key's mode, else the state's
	modeKnown  bool          // false: no key and no saved mode, so mode is only a guess
	balances   []paystack.Balance
	balanceErr error
	sub        *paystack.Subaccount
	subErr     error
	// now is when the audit runs; charges are looked at since now-PaymentWindow.
	now           time.Time
	charges       []paystack.Transaction // successful ones, in PaymentWindow
	chargesErr    error
	subscriptions []paystack.Subscription
	subsErr       error
	// blocked: Paystack refused this computer ("Your IP address is not
	// allowed to make this call"), which proves the key has a whitelist.
	blocked bool
	probe   *probeResult // nil when not probed
	// keyFile is the plain key file's owner and permissions, when the key
	// is in one; stateFile the saved answers'.
	keyFile, stateFile fileAccess
}

// gather asks the network everything at once; concurrent=false exists only
// so the benchmark can show what asking one thing at a time would cost.
func gather(ctx context.Context, in Input, concurrent bool) *snapshot {
	s := &snapshot{in: in}
	s.keyOK = in.KeyErr == nil && !in.Key.IsZero()
	switch {
	case s.keyOK:
		s.mode, s.modeKnown = in.Key.Mode(), true
	case in.State.Mode != "":
		s.mode, s.modeKnown = paystack.Mode(in.State.Mode), true
	default:
		s.mode = paystack.ModeLive
	}
	s.now = time.Now()
	if in.Now != nil {
		s.now = in.Now()
	}
	s.online = s.keyOK && hasClient(in.Client) && !in.Offline
	s.keyFile = plainKeyFileAccess(in)
	s.stateFile = accessOf(in.StatePath)
	var wg sync.WaitGroup
	start := func(f func()) {
		if concurrent {
			wg.Go(f)
		} else {
			f()
		}
	}
	if s.online {
		start(func() { s.balances, s.balanceErr = in.Client.Balance(ctx) })
		if code := subaccountCode(in.State); code != "" {
			start(func() {
				sub, err := in.Client.FetchSubaccount(ctx, code)
				if err == nil {
					s.sub = &sub
				}
				s.subErr = err
			})
		}
		// Every successful charge of the window, whatever subaccount it went
		// to: the ones that missed the chosen subaccount are the point.
		start(func() {
			from := s.now.Add(-PaymentWindow)
			all, err := in.Client.AllTransactions(ctx, paystack.TransactionQuery{Status: paystack.TransactionSuccess, From: from})
			// The filters are asked of Paystack and applied here again, so a
			// server that ignores one cannot pass a failure off as a payment.
			for _, tx := range all {
				if tx.Status == paystack.TransactionSuccess && !tx.When().Before(from) {
					s.charges = append(s.charges, tx)
				}
			}
			s.chargesErr = err
		})
		start(func() {
			s.subscriptions, s.subsErr = in.Client.AllSubscriptions(ctx, paystack.SubscriptionQuery{}, nil)
		})
	}
	if in.ProbeWebhook && !in.Offline {
		if clean, err, _ := ValidateWebhookURL(in.State.WebhookURL[string(s.mode)]); err == nil {
			start(func() { s.probe = probeWebhook(ctx, in, clean) })
		}
	}
	wg.Wait()
	for _, err := range []error{s.balanceErr, s.subErr, s.chargesErr, s.subsErr} {
		s.blocked = s.blocked || paystack.KindOf(err) == paystack.KindIPNotAllowed
	}
	return s
}

// hasClient also catches a nil *paystack.Client inside a non-nil interface.
func hasClient(c API) bool {
	if pc, ok := c.(*paystack.Client); ok {
		return pc != nil
	}
	return c != nil
}

func subaccountCode(st state.State) string {
	if st.Subaccount == nil {
		return ""
	}
	return st.Subaccount.Code
}

// families are evaluated in the order a merchant sets things up.
var families = []func(*snapshot) []Result{
	keyChecks, subaccountChecks, systemeChecks, currencyChecks, planChecks, firstChargeChecks,
	fieldChecks, ipWhitelistChecks, webhookChecks, paymentChecks, renewalChecks, storageChecks,
}

// Run evaluates every check. It never fails: what cannot be checked is a
// Result with Status Error or Skip.
func Run(ctx context.Context, in Input) Report { return run(ctx, in, true) }

func run(ctx context.Context, in Input, concurrent bool) Report {
	s := gather(ctx, in, concurrent)
	rep := Report{Profile: in.Profile, Summary: map[Status]int{}}
	for _, st := range Statuses {
		rep.Summary[st] = 0
	}
	// Title, Detail and Fix start in English, as audit --json prints them; a
	// front end showing another language calls Localized with its printer.
	p := msg.NewPrinter(msg.English)
	for _, family := range families {
		for _, r := range family(s) {
			if r.Status == Skip || r.Status == Error {
				r.Evidence = EvidenceNone
			}
			r = r.Localized(p)
			rep.Results = append(rep.Results, r)
			rep.Summary[r.Status]++
		}
	}
	if s.blocked {
		rep.Notes = append(rep.Notes, Note{ID: "ip_whitelist_blocked", Text: t(msg.ChkNoteIPBlocked, SystemeIP)})
	}
	return rep
}

// day is a date as every check writes it ("2026-03-01", in UTC).
func day(at time.Time) string { return at.UTC().Format("2006-01-02") }

// result builds a Result; fix is ignored for passing checks.
func result(id string, st Status, step string, title, detail, fix Text) Result {
	if st == Pass {
		fix = Text{}
	}
	return Result{ID: id, Status: st, Step: step, title: title, detail: detail, fix: fix}
}

// by says what the result rests on.
func (r Result) by(e Evidence) Result {
	r.Evidence = e
	return r
}

// asked reports whether Paystack answered this audit's questions: false
// offline, without a key or client, and when the key's IP whitelist refused
// this computer. skipReason then says which.
func (s *snapshot) asked() bool { return s.online && !s.blocked }

// skipReason says why a network check was not made.
func (s *snapshot) skipReason() Text {
	switch {
	case s.in.Offline:
		return t(msg.ChkSkippedOffline)
	case !s.keyOK:
		return t(msg.ChkSkippedNoKey)
	case s.blocked:
		return t(msg.ChkSkippedIPBlocked)
	default:
		return t(msg.ChkSkippedNoClient)
	}
}

// paystackFailure turns a Client error into a check outcome: what the setup
// got wrong is a fail elsewhere; anything else means "could not check".
func paystackFailure(err error) (Status, Text) {
	return Error, t(msg.ChkCouldNotCheck, problem.Text(err))
}
