package renewals_test

import (
	"context"
	"errors"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/renewals"
)

// world is a live Paystack integration (the sandbox's live mode starts with
// no subscriber, so each test adds exactly its own) and a config root.
type world struct {
	t      *testing.T
	srv    *sandbox.Server
	client *paystack.Client
	root   string
	clock  time.Time
}

func newWorld(t *testing.T) *world {
	t.Helper()
	w := &world{t: t, srv: sandbox.New(sandbox.Options{}), root: t.TempDir(), clock: time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)}
	key, err := paystack.ParseSecretKey(sandbox.DemoLiveKey)
	if err != nil {
		t.Fatal(err)
	}
	w.client = paystack.New(key, paystack.WithBaseURL(sandbox.BaseURL),
		paystack.WithHTTPClient(&http.Client{Transport: w.srv.Transport()}))
	return w
}

// subscribers adds n subscribers whose renewal failed and returns their codes.
func (w *world) subscribers(n int) []string {
	w.t.Helper()
	var codes []string
	for range n {
		code, err := w.srv.AddSubscription(sandbox.ModeLive, sandbox.Subscriber{Status: sandbox.SubAttention})
		if err != nil {
			w.t.Fatal(err)
		}
		codes = append(codes, code)
	}
	return codes
}

// sender is a run of profile at the world's clock, on root.
func (w *world) sender(profile string) *renewals.Sender {
	return &renewals.Sender{Ledger: renewals.NewLedger(w.root), Mailer: w.client, Mode: paystack.ModeLive,
		Profile: profile, Now: func() time.Time { return w.clock }}
}

func (w *world) send(s *renewals.Sender, codes []string) renewals.Report {
	w.t.Helper()
	r, err := s.Send(context.Background(), codes)
	if err != nil {
		w.t.Fatalf("send: %v", err)
	}
	return r
}

func (w *world) emails(codes []string) []int {
	var out []int
	for _, c := range codes {
		out = append(out, w.srv.ManageEmails(c))
	}
	return out
}

func wantCounts(t *testing.T, r renewals.Report, sent, skipped, failed, unknown int) {
	t.Helper()
	got := []int{r.Count(renewals.Sent), r.Count(renewals.Skipped), r.Count(renewals.Failed), r.Count(renewals.Unknown)}
	if want := []int{sent, skipped, failed, unknown}; !equal(got, want) {
		t.Fatalf("sent, skipped, failed, unknown = %v, want %v: %+v", got, want, r.Results)
	}
}

func equal(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func ones(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = 1
	}
	return out
}

// A second run within 24 hours emails nobody again, says until when, and
// after the 24 hours the subscribers may be emailed again.
func TestSendNeverTwiceWithin24Hours(t *testing.T) {
	w := newWorld(t)
	codes := w.subscribers(3)
	first := w.clock
	wantCounts(t, w.send(w.sender("shop"), codes), 3, 0, 0, 0)
	if got := w.emails(codes); !equal(got, ones(3)) {
		t.Fatalf("emails %v after the first run", got)
	}

	w.clock = first.Add(23 * time.Hour)
	r := w.send(w.sender("shop"), append(codes, codes[0])) // listed twice: asked once
	wantCounts(t, r, 0, 3, 0, 0)
	if got := w.emails(codes); !equal(got, ones(3)) {
		t.Fatalf("emails %v after a run 23 hours later", got)
	}
	if until := r.Latest(renewals.Skipped); !until.Equal(first.Add(24 * time.Hour)) {
		t.Errorf("skipped until %v, want %v", until, first.Add(24*time.Hour))
	}
	if p := r.Results[0].Prior; p.Profile != "shop" || !p.At.Equal(first) || !p.Certain() {
		t.Errorf("prior %+v", p)
	}

	plan, err := w.sender("shop").Plan(codes)
	if err != nil || plan.Count(renewals.Skipped) != 3 {
		t.Fatalf("dry run %+v, %v", plan, err)
	}

	w.clock = first.Add(24*time.Hour + time.Second)
	plan, _ = w.sender("shop").Plan(codes)
	if plan.Count(renewals.Sent) != 3 {
		t.Fatalf("dry run after 24 hours: %+v", plan)
	}
	if got := w.emails(codes); !equal(got, ones(3)) {
		t.Fatal("the dry run sent an email")
	}
	wantCounts(t, w.send(w.sender("shop"), codes), 3, 0, 0, 0)
	if got := w.emails(codes); !equal(got, []int{2, 2, 2}) {
		t.Fatalf("emails %v after 24 hours", got)
	}
}

// The question before emailing names who will get one: a dry run lists
// the subscribers not emailed within 24 hours, in the order asked, and
// apart from them the ones held back.
func TestPlanNamesWhoWouldBeEmailed(t *testing.T) {
	w := newWorld(t)
	codes := w.subscribers(3)
	wantCounts(t, w.send(w.sender("shop"), codes[1:2]), 1, 0, 0, 0)
	plan, err := w.sender("shop").Plan([]string{codes[2], codes[1], codes[0]})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := plan.Codes(renewals.Sent), []string{codes[2], codes[0]}; !slices.Equal(got, want) {
		t.Errorf("would email %v, want %v", got, want)
	}
	if got, want := plan.Codes(renewals.Skipped), []string{codes[1]}; !slices.Equal(got, want) {
		t.Errorf("would skip %v, want %v", got, want)
	}
	if got := plan.Codes(renewals.Failed); len(got) != 0 {
		t.Errorf("a dry run failed %v", got)
	}
}

// The record is the computer's, not the profile's: another profile (the
// same Paystack account set up twice) skips who the first one emailed.
func TestSendAcrossProfiles(t *testing.T) {
	w := newWorld(t)
	codes := w.subscribers(2)
	wantCounts(t, w.send(w.sender("shop"), codes[:1]), 1, 0, 0, 0)
	w.clock = w.clock.Add(time.Hour)
	r := w.send(w.sender("shop-copy"), codes)
	wantCounts(t, r, 1, 1, 0, 0)
	if r.Results[0].Prior.Profile != "shop" || w.srv.ManageEmails(codes[0]) != 1 || w.srv.ManageEmails(codes[1]) != 1 {
		t.Fatalf("results %+v, emails %v", r.Results, w.emails(codes))
	}
	emails, err := renewals.NewLedger(w.root).Emails(paystack.ModeLive)
	if err != nil || emails[codes[1]].Profile != "shop-copy" || emails[codes[1]].State != renewals.EmailSent {
		t.Fatalf("ledger %+v, %v", emails, err)
	}
	// The other mode's subscriptions are other subscriptions.
	if test, _ := renewals.NewLedger(w.root).Emails(paystack.ModeTest); len(test) != 0 {
		t.Errorf("test mode holds %+v", test)
	}
}

// An answer lost after the request went: the email may have gone, so the
// row says so and the next run does not send it again.
func TestSendLostAnswerCountsAsSent(t *testing.T) {
	w := newWorld(t)
	codes := w.subscribers(2)
	w.srv.InjectFault(sandbox.Fault{Method: http.MethodPost, Path: "/subscription/" + codes[0] + "/", Kind: sandbox.FaultCreateThenDrop, Status: http.StatusBadGateway, Count: 1})
	r := w.send(w.sender("shop"), codes)
	wantCounts(t, r, 1, 0, 0, 1)
	if r.Results[0].Outcome != renewals.Unknown || paystack.KindOf(r.Results[0].Err) != paystack.KindOutcomeUnknown {
		t.Fatalf("row %+v", r.Results[0])
	}
	w.clock = w.clock.Add(2 * time.Hour)
	r = w.send(w.sender("shop"), codes)
	wantCounts(t, r, 0, 2, 0, 0)
	if r.Results[0].Prior.Certain() || r.Results[0].Prior.State != renewals.EmailUnknown {
		t.Errorf("the lost answer is recorded as %+v", r.Results[0].Prior)
	}
	if got := w.emails(codes); !equal(got, ones(2)) {
		t.Fatalf("emails %v", got)
	}
}

// A run that died after writing "sending" and before the answer (a crash,
// a closed laptop) leaves the email counted as sent.
func TestSendAfterACrashSkips(t *testing.T) {
	w := newWorld(t)
	codes := w.subscribers(2)
	var during renewals.Email
	mailer := mailerFunc(func(ctx context.Context, code string) error {
		// What a crash right now would leave on disk.
		emails, err := renewals.NewLedger(w.root).Emails(paystack.ModeLive)
		if err != nil {
			t.Fatal(err)
		}
		during = emails[code]
		return w.client.SubscriptionManageEmail(ctx, code)
	})
	s := w.sender("shop")
	s.Mailer = mailer
	w.send(s, codes[:1])
	if during.State != renewals.EmailSending || !during.At.Equal(w.clock) || !during.Holds(w.clock.Add(time.Hour)) {
		t.Fatalf("before the request the ledger held %+v", during)
	}
	// The crash itself: the record as it was while the request was out.
	writeLedger(t, w.root, `{"version":1,"emails":[{"mode":"live","subscription_code":"`+codes[1]+`","at":"`+w.clock.Format(time.RFC3339)+`","state":"sending","profile":"shop"}]}`)
	w.clock = w.clock.Add(time.Hour)
	r := w.send(w.sender("shop"), codes[1:])
	wantCounts(t, r, 0, 1, 0, 0)
	if w.srv.ManageEmails(codes[1]) != 0 {
		t.Fatal("sent again after a crash")
	}
}

// One subscriber Paystack refuses (not found, no longer active) is that
// row's failure; the others still go, and the refused may be tried again.
func TestSendOneFailureDoesNotStopTheRest(t *testing.T) {
	w := newWorld(t)
	codes := w.subscribers(3)
	done, err := w.srv.AddSubscription(sandbox.ModeLive, sandbox.Subscriber{Status: sandbox.SubCompleted})
	if err != nil {
		t.Fatal(err)
	}
	list := []string{codes[0], "SUB_nosuchsubscriber", codes[1], done, codes[2]}
	r := w.send(w.sender("shop"), list)
	wantCounts(t, r, 3, 0, 2, 0)
	if k := paystack.KindOf(r.Results[1].Err); r.Results[1].Outcome != renewals.Failed || k != paystack.KindNotFound {
		t.Errorf("missing subscription: %+v (%s)", r.Results[1], k)
	}
	if k := paystack.KindOf(r.Results[3].Err); r.Results[3].Outcome != renewals.Failed || k != paystack.KindValidation {
		t.Errorf("completed subscription: %+v (%s)", r.Results[3], k)
	}
	if got := w.emails(codes); !equal(got, ones(3)) {
		t.Fatalf("emails %v", got)
	}
	emails, _ := renewals.NewLedger(w.root).Emails(paystack.ModeLive)
	if _, ok := emails[done]; ok {
		t.Errorf("a refused email is recorded: %+v", emails[done])
	}
	plan, _ := w.sender("shop").Plan(list)
	if plan.Results[3].Outcome != renewals.Sent {
		t.Errorf("a refused email holds the subscriber back: %+v", plan.Results[3])
	}
}

// Paystack's 429 means nothing was sent: the email is asked again, and
// one that stays refused is that row's failure, the others going out.
func TestSendRateLimited(t *testing.T) {
	w := newWorld(t)
	codes := w.subscribers(3)
	w.srv.InjectFault(sandbox.Fault{Method: http.MethodPost, Path: "/subscription/" + codes[0] + "/", Kind: sandbox.FaultRateLimited, Count: 2})
	w.srv.InjectFault(sandbox.Fault{Method: http.MethodPost, Path: "/subscription/" + codes[1] + "/", Kind: sandbox.FaultRateLimited})
	r := w.send(w.sender("shop"), codes)
	wantCounts(t, r, 2, 0, 1, 0)
	if k := paystack.KindOf(r.Results[1].Err); k != paystack.KindRateLimited {
		t.Errorf("the row refused every time: %+v", r.Results[1])
	}
	if got := w.emails(codes); !equal(got, []int{1, 0, 1}) {
		t.Fatalf("emails %v", got)
	}
	if n := w.srv.RequestsTo(http.MethodPost, "/subscription/"+codes[1]+"/manage/email"); n != 3 {
		t.Errorf("the refused email was asked %d times, want 3", n)
	}
}

// Two runs at once (two terminals, two profiles) over the same
// subscribers: each subscriber gets exactly one email.
func TestSendTwoRunsAtOnce(t *testing.T) {
	w := newWorld(t)
	codes := w.subscribers(45)
	var wg sync.WaitGroup
	reports := make([]renewals.Report, 2)
	for i, profile := range []string{"shop", "shop-copy"} {
		wg.Go(func() {
			r, err := w.sender(profile).Send(context.Background(), codes)
			if err != nil {
				t.Error(err)
			}
			reports[i] = r
		})
	}
	wg.Wait()
	if got := w.emails(codes); !equal(got, ones(len(codes))) {
		t.Fatalf("emails %v", got)
	}
	sent := reports[0].Count(renewals.Sent) + reports[1].Count(renewals.Sent)
	skipped := reports[0].Count(renewals.Skipped) + reports[1].Count(renewals.Skipped)
	if sent != len(codes) || skipped != len(codes) {
		t.Fatalf("sent %d, skipped %d of %d", sent, skipped, len(codes))
	}
}

// Stopped half way (esc): what was not asked is not sent and not held
// back; the next run sends it.
func TestSendStopped(t *testing.T) {
	w := newWorld(t)
	codes := w.subscribers(30)
	ctx, cancel := context.WithCancel(context.Background())
	s := w.sender("shop")
	s.Progress = func(done, total int) {
		if done >= 20 {
			cancel()
		}
	}
	r, err := s.Send(ctx, codes)
	if err != nil {
		t.Fatal(err)
	}
	if r.Count(renewals.Sent) != 20 || r.Count(renewals.NotTried) != 10 {
		t.Fatalf("sent %d, not tried %d", r.Count(renewals.Sent), r.Count(renewals.NotTried))
	}
	w.clock = w.clock.Add(time.Minute)
	wantCounts(t, w.send(w.sender("shop"), codes), 10, 20, 0, 0)
	if got := w.emails(codes); !equal(got, ones(len(codes))) {
		t.Fatalf("emails %v", got)
	}
}

// A ledger that cannot be read sends nothing: without it, nothing can
// promise that no one gets a second email.
func TestSendRefusesADamagedLedger(t *testing.T) {
	w := newWorld(t)
	codes := w.subscribers(1)
	writeLedger(t, w.root, `{"version":1,"emails":[{"mode":`)
	r, err := w.sender("shop").Send(context.Background(), codes)
	var le *renewals.LedgerError
	if !errors.As(err, &le) || !le.Damaged || r.Count(renewals.NotTried) != 1 || w.srv.ManageEmails(codes[0]) != 0 {
		t.Fatalf("err %v, report %+v, emails %d", err, r, w.srv.ManageEmails(codes[0]))
	}
	if data, _ := os.ReadFile(renewals.NewLedger(w.root).Path()); string(data) != `{"version":1,"emails":[{"mode":` {
		t.Errorf("the damaged ledger was changed: %q", data)
	}
	writeLedger(t, w.root, `{"version":2,"emails":[]}`)
	if _, err := w.sender("shop").Plan(codes); !errors.As(err, &le) {
		t.Fatalf("a newer ledger is read as this version's: %v", err)
	}
}

// The ledger is private, holds codes, times and profiles, never the key,
// and forgets emails after 90 days.
func TestLedgerFile(t *testing.T) {
	w := newWorld(t)
	codes := w.subscribers(2)
	w.send(w.sender("shop"), codes[:1])
	w.clock = w.clock.AddDate(0, 0, 91)
	w.send(w.sender("shop"), codes[1:])
	path := renewals.NewLedger(w.root).Path()
	if path != filepath.Join(w.root, "renewals", "card-emails.json") {
		t.Errorf("ledger at %s", path)
	}
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("ledger %v, %v", fi, err)
	}
	data, _ := os.ReadFile(path)
	if strings.Contains(string(data), "sk_") || strings.Contains(string(data), sandbox.DemoLiveKey[8:20]) {
		t.Fatalf("the ledger holds a key:\n%s", data)
	}
	if strings.Contains(string(data), codes[0]) || !strings.Contains(string(data), codes[1]) {
		t.Errorf("after 91 days the ledger holds:\n%s", data)
	}
}

type mailerFunc func(ctx context.Context, code string) error

func (f mailerFunc) SubscriptionManageEmail(ctx context.Context, code string) error {
	return f(ctx, code)
}

func writeLedger(t *testing.T, root, content string) {
	t.Helper()
	path := renewals.NewLedger(root).Path()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}
