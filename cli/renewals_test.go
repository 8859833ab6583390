package cli

import (
	"encoding/csv"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"paystack-setup/internal/leakscan"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/renewals"
	"paystack-setup/state"
	"paystack-setup/steps"
)

// renewalsWorld is the audit's world (a sandbox on a loopback port, the live
// demo key in PAYSTACK_SECRET_KEY, profile shop-ng) with live subscribers
// of every kind: two failed renewals, a card that expires before the next
// payment, one that will not renew, and two that need nothing.
type renewalsWorld struct {
	*auditWorld
	failedOld, failedNew, expiring, ending, healthy, cancelled string
}

func newRenewalsWorld(t *testing.T) *renewalsWorld {
	t.Helper()
	w := &renewalsWorld{auditWorld: newAuditWorld(t)}
	now := time.Now().UTC()
	expired := now.AddDate(0, -1, 0) // a card already past: it cannot pay the next renewal
	add := func(sub sandbox.Subscriber) string {
		t.Helper()
		code, err := w.srv.AddSubscription(sandbox.ModeLive, sub)
		if err != nil {
			t.Fatalf("add %+v: %v", sub, err)
		}
		return code
	}
	w.failedOld = add(sandbox.Subscriber{Status: sandbox.SubAttention, FirstName: "Ibrahim", LastName: "Bello", Email: "ibrahim@example.com", FailedAt: now.Add(-10 * 24 * time.Hour)})
	w.failedNew = add(sandbox.Subscriber{Status: sandbox.SubAttention, FirstName: "Funmilayo", LastName: "Adeyemi", Email: "funmi@example.com", FailedAt: now.Add(-2 * 24 * time.Hour)})
	w.expiring = add(sandbox.Subscriber{FirstName: "Tunde", LastName: "Balogun", Email: "tunde@example.com", CardExpMonth: int(expired.Month()), CardExpYear: expired.Year()})
	w.ending = add(sandbox.Subscriber{Status: sandbox.SubNonRenewing, FirstName: "Chukwuemeka", LastName: "Nwosu", Email: "emeka@example.com"})
	w.healthy = add(sandbox.Subscriber{FirstName: "Adaeze", LastName: "Okafor", Email: "adaeze@example.com"})
	w.cancelled = add(sandbox.Subscriber{Status: sandbox.SubCancelled, FirstName: "Segun", LastName: "Afolabi", Email: "segun@example.com"})
	w.srv.ResetCounters()
	return w
}

// run runs the command and fails the test if the key shows anywhere in
// what it printed.
func (w *renewalsWorld) run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	code, out, errOut := w.auditWorld.run(t, args...)
	if hits := leakscan.Bytes([]string{sandbox.DemoLiveKey}, "output", []byte(out+errOut)); len(hits) > 0 {
		t.Errorf("%v: the key was printed: %v", args, hits)
	}
	return code, out, errOut
}

// emails is how many card-update emails the sandbox sent for each code.
func (w *renewalsWorld) emails(codes ...string) []int {
	n := make([]int, len(codes))
	for i, c := range codes {
		n[i] = w.srv.ManageEmails(c)
	}
	return n
}

func (w *renewalsWorld) listing(t *testing.T, args ...string) renewals.Listing {
	t.Helper()
	code, out, errOut := w.run(t, append([]string{"renewals", "--json"}, args...)...)
	if code != ExitOK {
		t.Fatalf("renewals --json %v: exit %d\n%s", args, code, errOut)
	}
	var l renewals.Listing
	if err := json.Unmarshal([]byte(out), &l); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	return l
}

func reasonsOf(l renewals.Listing) map[string]renewals.Reason {
	got := map[string]renewals.Reason{}
	for _, r := range l.Subscriptions {
		got[r.SubscriptionCode] = r.Reason
	}
	return got
}

// Without a terminal the list is a table a person reads: how many need the
// merchant and why, then one aligned row per subscriber with the code that
// `renewals link` takes.
func TestRenewalsPrintsATableWithoutATerminal(t *testing.T) {
	w := newRenewalsWorld(t)
	code, out, errOut := w.run(t, "--lang", "en", "renewals")
	if code != ExitOK {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	for _, want := range []string{
		msg.In(msg.English, msg.RenOverview, 2, 1, 1),
		msg.In(msg.English, msg.RenNoRetry),
	} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %q:\n%s", want, out)
		}
	}
	lines := strings.Split(out, "\n")
	header := -1
	for i, l := range lines {
		if strings.HasPrefix(l, "Code ") {
			header = i
		}
	}
	if header < 0 {
		t.Fatalf("no table header:\n%s", out)
	}
	column := strings.Index(lines[header], "Customer")
	rows := map[string]string{}
	for _, l := range lines[header+1:] {
		if f := strings.Fields(l); len(f) > 0 {
			rows[f[0]] = l
			// Aligned: every customer starts under its heading.
			if len(l) <= column || l[column-1] != ' ' || l[column] == ' ' {
				t.Errorf("row not aligned under Customer (column %d): %q", column, l)
			}
		}
	}
	failed, expiring, ending := msg.In(msg.English, msg.RenWordFailed), msg.In(msg.English, msg.RenWordExpiring), msg.In(msg.English, msg.RenWordEnding)
	for c, want := range map[string][2]string{w.failedOld: {failed, "Ibrahim Bello"}, w.failedNew: {failed, "Funmilayo Adeyemi"},
		w.expiring: {expiring, "Tunde Balogun"}, w.ending: {ending, "Chukwuemeka Nwosu"}} {
		if f := strings.Fields(rows[c]); len(f) < 3 || f[1] != want[0] || !strings.Contains(rows[c], want[1]) || !strings.Contains(rows[c], "NGN 5,000.00") {
			t.Errorf("row of %s: %q, want %q, %q and the amount", c, rows[c], want[0], want[1])
		}
	}
	if len(rows) != 4 {
		t.Errorf("%d rows, want the 4 that need the merchant:\n%s", len(rows), out)
	}
	if strings.Contains(out, w.healthy) || strings.Contains(out, w.cancelled) {
		t.Errorf("a subscription that needs nothing is listed:\n%s", out)
	}
}

// The table is for people: a Hindi merchant reads why a subscriber is
// listed in Hindi, not the identifier --reason and the JSON use.
func TestRenewalsTableSaysTheReasonInTheLanguage(t *testing.T) {
	w := newRenewalsWorld(t)
	code, out, errOut := w.run(t, "--lang", "hi", "renewals")
	if code != ExitOK {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	if strings.Contains(out, "failed_charge") || !strings.Contains(out, msg.In(msg.Hindi, msg.RenWordFailed)) {
		t.Errorf("the Hindi table does not say the reason in Hindi:\n%s", out)
	}
}

// --json is docs/json.md's listing, and --csv the same rows with the JSON's
// field names as its header.
func TestRenewalsJSONAndCSV(t *testing.T) {
	w := newRenewalsWorld(t)
	l := w.listing(t)
	want := map[string]renewals.Reason{w.failedOld: renewals.FailedCharge, w.failedNew: renewals.FailedCharge,
		w.expiring: renewals.CardExpiring, w.ending: renewals.NonRenewing}
	if got := reasonsOf(l); len(got) != len(want) || got[w.failedOld] != want[w.failedOld] || got[w.failedNew] != want[w.failedNew] ||
		got[w.expiring] != want[w.expiring] || got[w.ending] != want[w.ending] {
		t.Errorf("listed %v, want %v", got, want)
	}
	// The oldest failure first; it is more than 7 days old.
	if l.Version != 1 || l.Subscriptions[0].SubscriptionCode != w.failedOld || l.Subscriptions[0].Amount != "5000.00" ||
		l.Subscriptions[0].CustomerName != "Ibrahim Bello" || l.Subscriptions[0].Currency != "NGN" {
		t.Errorf("first row %+v", l.Subscriptions[0])
	}
	if s := l.Summary; s.Total != 4 || s.FailedCharge != 2 || s.CardExpiring != 1 || s.NonRenewing != 1 || s.Overdue != 1 || s.EmailedRecently != 0 {
		t.Errorf("summary %+v", s)
	}

	code, out, errOut := w.run(t, "renewals", "--csv")
	if code != ExitOK {
		t.Fatalf("--csv: exit %d\n%s", code, errOut)
	}
	records, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("not CSV: %v\n%s", err, out)
	}
	if len(records) != 5 || strings.Join(records[0], ",") != "subscription_code,status,reason,customer_email,customer_name,plan_name,amount,currency,next_payment_date,card_last4,card_expiry,link_sent_at" {
		t.Fatalf("CSV:\n%s", out)
	}
	for i, r := range l.Subscriptions {
		if records[i+1][0] != r.SubscriptionCode || records[i+1][2] != string(r.Reason) || records[i+1][6] != r.Amount {
			t.Errorf("CSV row %d %v, JSON row %+v", i+1, records[i+1], r)
		}
	}
}

// --reason keeps the rows of the reasons it names, as the command spells
// them or with hyphens.
func TestRenewalsReasonFilter(t *testing.T) {
	w := newRenewalsWorld(t)
	for _, c := range []struct {
		reason string
		want   []string
	}{
		{"failed_charge", []string{w.failedOld, w.failedNew}},
		{"card-expiring, non_renewing", []string{w.expiring, w.ending}},
		{"non_renewing", []string{w.ending}},
	} {
		got := reasonsOf(w.listing(t, "--reason", c.reason))
		if len(got) != len(c.want) {
			t.Errorf("--reason %q listed %v, want %v", c.reason, got, c.want)
		}
		for _, code := range c.want {
			if _, ok := got[code]; !ok {
				t.Errorf("--reason %q left out %s: %v", c.reason, code, got)
			}
		}
	}
	code, out, errOut := w.run(t, "--lang", "en", "renewals", "--reason", "card_expiring")
	if code != ExitOK || !strings.Contains(out, w.expiring) || strings.Contains(out, w.failedOld) {
		t.Errorf("human --reason: exit %d\n%s%s", code, out, errOut)
	}
}

// 0 when listed, whatever it found; 2 for the command line's mistakes,
// before Paystack is asked anything.
func TestRenewalsUsageErrorsExitTwo(t *testing.T) {
	w := newRenewalsWorld(t)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"renewals", "--reason", "failed"}, "--reason: " + msg.In(msg.English, msg.RenReasonUnknown, "failed")},
		{[]string{"renewals", "--json", "--csv"}, msg.In(msg.English, msg.RenCmdJSONAndCSV)},
		{[]string{"renewals", "sendlinks"}, "Did you mean renewals send-links?"},
		{[]string{"renewals", "send-links", "--reason", "non_renewing", "--yes"}, msg.In(msg.English, msg.RenCmdSendNonRenewing)},
		{[]string{"renewals", "send-links", "--reason", "soon", "--yes"}, msg.In(msg.English, msg.RenReasonUnknown, "soon")},
		{[]string{"renewals", "link"}, msg.In(msg.English, msg.RenCmdLinkCodeMissing)},
		{[]string{"renewals", "link", w.failedOld, "extra"}, `takes no argument: "extra"`},
	} {
		code, out, errOut := w.run(t, append([]string{"--lang", "en"}, c.args...)...)
		if code != ExitUsage || out != "" || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want 2 and %q", c.args, code, out, errOut, c.want)
		}
	}
	if n := w.srv.Requests(); n != 0 {
		t.Errorf("a refused command line asked Paystack %d times", n)
	}
}

func TestRenewalsListsNothingWithExitZero(t *testing.T) {
	w := &renewalsWorld{auditWorld: newAuditWorld(t)} // live mode starts with no subscribers
	code, out, errOut := w.run(t, "--lang", "en", "renewals")
	if code != ExitOK || out != "" || strings.TrimSpace(errOut) != msg.In(msg.English, msg.RenEmpty) {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if l := w.listing(t); len(l.Subscriptions) != 0 || l.Summary.Total != 0 {
		t.Errorf("listing %+v", l)
	}
	code, out, _ = w.run(t, "--lang", "en", "renewals", "send-links", "--yes")
	if code != ExitOK || strings.TrimSpace(out) != msg.In(msg.English, msg.RenCmdSendNobody) {
		t.Errorf("send-links: exit %d, stdout %q", code, out)
	}
}

// 1 when Paystack could not be asked, with the sentence that says which
// and what to do: no key, no network, this computer not on the key's IP
// whitelist.
func TestRenewalsExitOneWhenPaystackCannotBeAsked(t *testing.T) {
	for _, c := range []struct {
		name  string
		setup func(*renewalsWorld)
		want  string
	}{
		{"no key", func(w *renewalsWorld) { delete(w.vars, "PAYSTACK_SECRET_KEY") },
			msg.In(msg.English, msg.RenCmdNoKey, "shop-ng", "shop-ng")},
		{"network", func(w *renewalsWorld) {
			w.vars["PAYSTACK_API_BASE"] = "http://127.0.0.1:1"
			w.vars["PAYSTACK_SETUP_HTTP_TIMEOUT"] = "2s"
		}, msg.In(msg.English, msg.PaystackErrNetwork, "127.0.0.1:1")},
		{"IP whitelist", func(w *renewalsWorld) { w.srv.InjectFault(sandbox.Fault{Kind: sandbox.FaultIPNotAllowed}) },
			msg.In(msg.English, msg.PaystackErrIPBlocked)},
	} {
		w := newRenewalsWorld(t)
		c.setup(w)
		for _, args := range [][]string{{"renewals"}, {"renewals", "--json"}, {"renewals", "send-links", "--yes"}, {"renewals", "link", w.failedOld}} {
			code, out, errOut := w.run(t, append([]string{"--lang", "en"}, args...)...)
			if code != ExitFail || out != "" || !strings.Contains(errOut, c.want) {
				t.Errorf("%s, %v: exit %d, stdout %q, stderr %q; want 1 and %q", c.name, args, code, out, errOut, c.want)
			}
		}
		if n := w.emails(w.failedOld, w.failedNew, w.expiring); n[0]+n[1]+n[2] != 0 {
			t.Errorf("%s: emails sent %v", c.name, n)
		}
	}
}

// Emails to customers go only when the merchant says so: without a
// terminal, only with --yes.
func TestSendLinksRefusesWithoutYesWhenNoTerminal(t *testing.T) {
	w := newRenewalsWorld(t)
	code, out, errOut := w.run(t, "--lang", "en", "renewals", "send-links")
	if code != ExitUsage || out != "" || strings.TrimSpace(errOut) != msg.In(msg.English, msg.RenCmdSendNeedYes) {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if n := w.srv.Requests(); n != 0 {
		t.Errorf("asked Paystack %d times", n)
	}
}

func TestSendLinksDryRunSendsNothing(t *testing.T) {
	w := newRenewalsWorld(t)
	code, out, errOut := w.run(t, "--lang", "en", "renewals", "send-links", "--dry-run")
	if code != ExitOK {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	if !strings.Contains(out, msg.Plural(msg.RenCmdSendWould, 3).In(msg.English)) {
		t.Errorf("no dry-run heading:\n%s", out)
	}
	for _, c := range []string{w.failedOld, w.failedNew, w.expiring} {
		if !strings.Contains(out, c) {
			t.Errorf("%s is not listed:\n%s", c, out)
		}
	}
	if strings.Contains(out, w.ending) {
		t.Errorf("a non-renewing subscription would be emailed:\n%s", out)
	}
	if n := w.srv.RequestsTo(http.MethodPost, "/subscription/"+w.failedOld+"/manage/email"); n != 0 {
		t.Errorf("a dry run sent %d emails", n)
	}
	if n := w.emails(w.failedOld, w.failedNew, w.expiring); n[0]+n[1]+n[2] != 0 {
		t.Errorf("a dry run sent emails: %v", n)
	}
	if l := w.listing(t); l.Summary.EmailedRecently != 0 {
		t.Errorf("a dry run was recorded as sent: %+v", l.Summary)
	}
}

// --yes sends one email to each failed renewal and expiring card. A second
// run within 24 hours, from this profile or another with the same key,
// sends none, says how many it skipped and until when, and exits 0.
func TestSendLinksNeverTwiceWithin24Hours(t *testing.T) {
	w := newRenewalsWorld(t)
	code, out, errOut := w.run(t, "--lang", "en", "renewals", "send-links", "--yes")
	if code != ExitOK {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	if got := w.emails(w.failedOld, w.failedNew, w.expiring, w.ending, w.healthy); got[0] != 1 || got[1] != 1 || got[2] != 1 || got[3]+got[4] != 0 {
		t.Fatalf("emails sent %v, want one each to the failed and the expiring, none to the others", got)
	}
	if !strings.Contains(out, msg.In(msg.English, msg.RenSentSummary, 3, 0, 0)) {
		t.Errorf("no summary:\n%s", out)
	}
	held, err := renewals.NewLedger(w.dir).Emails(paystack.ModeLive)
	if err != nil || len(held) != 3 {
		t.Fatalf("ledger %v, %v", held, err)
	}
	until := steps.When(held[w.failedOld].Until())

	w.save(t, "shop-two", func(*state.State) {})
	for _, profile := range []string{"shop-ng", "shop-two"} {
		code, out, errOut = w.run(t, "--lang", "en", "--profile", profile, "renewals", "send-links", "--yes")
		if code != ExitOK {
			t.Errorf("%s, second run: exit %d\n%s%s", profile, code, out, errOut)
		}
		for _, want := range []string{msg.Plural(msg.RenNobodyToEmail, 3, until).In(msg.English), msg.In(msg.English, msg.RenSentSummary, 0, 3, 0)} {
			if !strings.Contains(out, want) {
				t.Errorf("%s, second run: stdout lacks %q:\n%s", profile, want, out)
			}
		}
	}
	if got := w.emails(w.failedOld, w.failedNew, w.expiring); got[0] != 1 || got[1] != 1 || got[2] != 1 {
		t.Errorf("emails sent %v after the second runs, want still one each", got)
	}
	if l := w.listing(t); l.Summary.EmailedRecently != 3 || l.Subscriptions[0].LinkSentAt == "" {
		t.Errorf("the listing does not show the emails: %+v", l)
	}
}

// A subscription Paystack answers 404 for is reported on its row and the
// others still go; the exit code says one failed, and running it again
// emails only that one.
func TestSendLinksOneFailingRowLetsTheOthersGo(t *testing.T) {
	w := newRenewalsWorld(t)
	w.srv.InjectFault(sandbox.Fault{Method: http.MethodPost, Path: "/subscription/" + w.failedNew + "/manage/email",
		Kind: sandbox.FaultStatus, Status: http.StatusNotFound, Body: `{"status":false,"message":"Subscription not found"}`})
	code, out, errOut := w.run(t, "--lang", "en", "renewals", "send-links", "--yes")
	if code != ExitFail {
		t.Errorf("exit %d, want 1 for a failed row\n%s%s", code, out, errOut)
	}
	if got := w.emails(w.failedOld, w.failedNew, w.expiring); got[0] != 1 || got[1] != 0 || got[2] != 1 {
		t.Errorf("emails sent %v, want the two others sent", got)
	}
	row := msg.In(msg.English, msg.RenFailedRow, "Funmilayo Adeyemi", "funmi@example.com", msg.In(msg.English, msg.PaystackErrNotFound, "Subscription not found"))
	if !strings.Contains(errOut, msg.In(msg.English, msg.RenFailedHead)) || !strings.Contains(errOut, row) {
		t.Errorf("stderr does not name the failed row %q:\n%s", row, errOut)
	}
	if !strings.Contains(out, msg.In(msg.English, msg.RenSentSummary, 2, 0, 1)) {
		t.Errorf("no summary of 2 sent, 1 failed:\n%s", out)
	}

	w.srv.ClearFaults()
	code, out, errOut = w.run(t, "--lang", "en", "renewals", "send-links", "--yes")
	if code != ExitOK || !strings.Contains(out, msg.In(msg.English, msg.RenSentSummary, 1, 2, 0)) {
		t.Errorf("the run again: exit %d\n%s%s", code, out, errOut)
	}
	if got := w.emails(w.failedOld, w.failedNew, w.expiring); got[0] != 1 || got[1] != 1 || got[2] != 1 {
		t.Errorf("emails sent %v after the run again, want one each", got)
	}
}

func TestSendLinksReasonNarrowsWhoIsEmailed(t *testing.T) {
	w := newRenewalsWorld(t)
	code, out, errOut := w.run(t, "--lang", "en", "renewals", "send-links", "--yes", "--reason", "card_expiring")
	if code != ExitOK || !strings.Contains(out, msg.In(msg.English, msg.RenSentSummary, 1, 0, 0)) {
		t.Errorf("exit %d\n%s%s", code, out, errOut)
	}
	if got := w.emails(w.failedOld, w.failedNew, w.expiring); got[0] != 0 || got[1] != 0 || got[2] != 1 {
		t.Errorf("emails sent %v, want only the expiring card's", got)
	}
}

// `renewals link CODE` prints the subscriber's card-update link and emails
// nobody; a code Paystack does not know is a sentence and exit 1.
func TestRenewalsLink(t *testing.T) {
	w := newRenewalsWorld(t)
	code, out, errOut := w.run(t, "--lang", "en", "renewals", "link", w.failedOld)
	link := strings.TrimSpace(out)
	if code != ExitOK || !strings.HasPrefix(link, sandbox.BaseURL+"/manage/subscriptions/"+w.failedOld+"?") || strings.Count(out, "\n") != 1 {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if n := w.emails(w.failedOld); n[0] != 0 {
		t.Errorf("link emailed the subscriber %d times", n[0])
	}
	for _, lang := range msg.Langs {
		code, out, errOut = w.run(t, "--lang", string(lang), "renewals", "link", "SUB_nosuchone")
		want := msg.In(lang, msg.RenCmdLinkUnknown, "SUB_nosuchone", msg.In(lang, msg.ModeLive), "shop-ng")
		if code != ExitFail || out != "" || strings.TrimSpace(errOut) != want {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want 1 and %q", lang, code, out, errOut, want)
		}
	}
}

// --demo has subscribers in every status on the sandbox, and its own key.
func TestRenewalsWorkWithDemo(t *testing.T) {
	env, out, errOut := sandboxEnv()
	env.ConfigDir = t.TempDir()
	if code := Main([]string{"--demo", "renewals", "--json"}, env); code != ExitOK {
		t.Fatalf("exit %d\n%s", code, errOut.String())
	}
	var l renewals.Listing
	if err := json.Unmarshal([]byte(out.String()), &l); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out.String())
	}
	if l.Summary.FailedCharge == 0 || l.Summary.CardExpiring == 0 || l.Summary.NonRenewing == 0 {
		t.Errorf("the demo lacks a reason: %+v", l.Summary)
	}
	env, out, errOut = sandboxEnv()
	env.ConfigDir = t.TempDir()
	if code := Main([]string{"--lang", "en", "--demo", "renewals", "send-links", "--yes"}, env); code != ExitOK ||
		!strings.Contains(out.String(), msg.In(msg.English, msg.RenSentSummary, l.Summary.FailedCharge+l.Summary.CardExpiring, 0, 0)) {
		t.Errorf("send-links --demo: exit %d\n%s%s", code, out.String(), errOut.String())
	}
}

// --accessible reads the same view as plain lines: the overview, the list
// as numbered choices, and b leaves it with 0.
func TestRenewalsAccessibleReadsTheView(t *testing.T) {
	w := newRenewalsWorld(t)
	env, out, errOut := sandboxEnv()
	env.ConfigDir, env.Getenv = w.dir, func(k string) string { return w.vars[k] }
	env.In, env.InTTY, env.OutTTY = strings.NewReader("1\n\nb\nb\nb\n"), true, true
	code := Main([]string{"--lang", "en", "--profile", "shop-ng", "--accessible", "renewals"}, env)
	said := out.String()
	if code != ExitOK {
		t.Fatalf("exit %d\n%s%s", code, said, errOut.String())
	}
	for _, want := range []string{msg.In(msg.English, msg.RenTitle), msg.In(msg.English, msg.RenOverview, 2, 1, 1),
		"Ibrahim Bello", "Funmilayo Adeyemi", "Tunde Balogun", "Chukwuemeka Nwosu"} {
		if !strings.Contains(said, want) {
			t.Errorf("accessible mode does not say %q:\n%s", want, said)
		}
	}
	if strings.Contains(said, "\x1b") {
		t.Errorf("escape sequences in accessible mode:\n%q", said)
	}
}
