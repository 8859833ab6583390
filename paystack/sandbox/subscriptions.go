package sandbox

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// The statuses Paystack documents for a subscription.
const (
	SubActive      = "active"
	SubNonRenewing = "non-renewing" // active, will not be charged again
	SubAttention   = "attention"    // active, but its last charge failed
	SubCompleted   = "completed"
	SubCancelled   = "cancelled"
)

type subscription struct {
	id       int
	code     string
	token    string
	status   string
	plan     plan
	customer customer
	card     card
	created  time.Time
	next     time.Time // zero when no charge is planned (completed, cancelled)
	payments int
}

type card struct {
	last4, brand, bin string
	expMonth, expYear int
}

// subscriptionJSON follows the spec's SubscriptionListResponseArray.
type subscriptionJSON struct {
	ID                int               `json:"id"`
	Domain            string            `json:"domain"`
	Status            string            `json:"status"`
	Start             int64             `json:"start"`
	Quantity          int               `json:"quantity"`
	SubscriptionCode  string            `json:"subscription_code"`
	EmailToken        string            `json:"email_token"`
	Amount            int64             `json:"amount"`
	CronExpression    *string           `json:"cron_expression"`
	NextPaymentDate   *string           `json:"next_payment_date"`
	OpenInvoice       any               `json:"open_invoice"`
	CreatedAt         string            `json:"createdAt"`
	Integration       int               `json:"integration"`
	Plan              subPlanJSON       `json:"plan"`
	Authorization     subAuthorization  `json:"authorization"`
	Customer          subCustomerJSON   `json:"customer"`
	InvoiceLimit      int               `json:"invoice_limit"`
	SplitCode         any               `json:"split_code"`
	PaymentsCount     int               `json:"payments_count"`
	MostRecentInvoice any               `json:"most_recent_invoice"`
	Metadata          map[string]string `json:"metadata"`
}

type subPlanJSON struct {
	ID           int     `json:"id"`
	Domain       string  `json:"domain"`
	Name         string  `json:"name"`
	PlanCode     string  `json:"plan_code"`
	Description  *string `json:"description"`
	Amount       int64   `json:"amount"`
	Interval     string  `json:"interval"`
	SendInvoices bool    `json:"send_invoices"`
	SendSMS      bool    `json:"send_sms"`
	Currency     string  `json:"currency"`
	Integration  int     `json:"integration"`
	CreatedAt    string  `json:"createdAt"`
	UpdatedAt    string  `json:"updatedAt"`
}

// subAuthorization is the list shape: reusable is an integer, the expiry
// month and year are strings.
type subAuthorization struct {
	AuthorizationCode string  `json:"authorization_code"`
	Bin               *string `json:"bin"`
	Last4             string  `json:"last4"`
	ExpMonth          string  `json:"exp_month"`
	ExpYear           string  `json:"exp_year"`
	Channel           string  `json:"channel"`
	CardType          *string `json:"card_type"`
	Bank              string  `json:"bank"`
	CountryCode       string  `json:"country_code"`
	Brand             string  `json:"brand"`
	Reusable          int     `json:"reusable"`
	Signature         *string `json:"signature"`
	AccountName       *string `json:"account_name"`
}

type subCustomerJSON struct {
	ID                       int     `json:"id"`
	FirstName                string  `json:"first_name"`
	LastName                 string  `json:"last_name"`
	Email                    string  `json:"email"`
	CustomerCode             string  `json:"customer_code"`
	Phone                    *string `json:"phone"`
	Metadata                 *string `json:"metadata"`
	RiskAction               string  `json:"risk_action"`
	InternationalFormatPhone string  `json:"international_format_phone"`
}

// cronFor is the schedule Paystack shows for a plan interval, from the
// subscription's start.
func cronFor(interval string, start time.Time) string {
	m, h, d, wd, mo := start.Minute(), start.Hour(), start.Day(), int(start.Weekday()), int(start.Month())
	switch interval {
	case "hourly":
		return strconv.Itoa(m) + " * * * *"
	case "daily":
		return strconv.Itoa(m) + " " + strconv.Itoa(h) + " * * *"
	case "weekly":
		return strconv.Itoa(m) + " " + strconv.Itoa(h) + " * * " + strconv.Itoa(wd)
	case "annually":
		return strconv.Itoa(m) + " " + strconv.Itoa(h) + " " + strconv.Itoa(d) + " " + strconv.Itoa(mo) + " *"
	}
	return strconv.Itoa(m) + " " + strconv.Itoa(h) + " " + strconv.Itoa(d) + " * *"
}

// afterInterval is t moved n plan intervals on.
func afterInterval(t time.Time, interval string, n int) time.Time {
	switch interval {
	case "hourly":
		return t.Add(time.Duration(n) * time.Hour)
	case "daily":
		return t.AddDate(0, 0, n)
	case "weekly":
		return t.AddDate(0, 0, 7*n)
	case "quarterly":
		return t.AddDate(0, 3*n, 0)
	case "biannually":
		return t.AddDate(0, 6*n, 0)
	case "annually":
		return t.AddDate(n, 0, 0)
	}
	return t.AddDate(0, n, 0)
}

func (sub *subscription) json(mode Mode) subscriptionJSON {
	cron := cronFor(sub.plan.interval, sub.created)
	out := subscriptionJSON{
		ID: sub.id, Domain: string(mode), Status: sub.status, Start: sub.created.Unix(), Quantity: 1,
		SubscriptionCode: sub.code, EmailToken: sub.token, Amount: sub.plan.amount, CronExpression: &cron,
		CreatedAt: stamp(sub.created), Integration: integrationID, PaymentsCount: sub.payments,
		Plan: subPlanJSON{ID: sub.plan.id, Domain: string(mode), Name: sub.plan.name, PlanCode: sub.plan.code,
			Amount: sub.plan.amount, Interval: sub.plan.interval, SendInvoices: true, SendSMS: true,
			Currency: sub.plan.currency, Integration: integrationID, CreatedAt: stamp(sub.plan.created), UpdatedAt: stamp(sub.plan.created)},
		Authorization: subAuthorization{AuthorizationCode: "AUTH_" + sub.token, Bin: nullable(sub.card.bin), Last4: sub.card.last4,
			ExpMonth: strconv.Itoa(sub.card.expMonth), ExpYear: strconv.Itoa(sub.card.expYear), Channel: "card",
			CardType: nullable(sub.card.brand), Bank: "TEST BANK", CountryCode: "NG", Brand: sub.card.brand, Reusable: 1},
		Customer: subCustomerJSON{ID: sub.customer.id, FirstName: sub.customer.firstName, LastName: sub.customer.lastName,
			Email: sub.customer.email, CustomerCode: sub.customer.code, RiskAction: "default"},
	}
	if !sub.next.IsZero() {
		next := stamp(sub.next)
		out.NextPaymentDate = &next
	}
	return out
}

// manageable is Paystack's rule for the card-update link and email: only
// for subscriptions it still counts as active.
func (sub *subscription) manageable() bool {
	return sub.status == SubActive || sub.status == SubNonRenewing || sub.status == SubAttention
}

func (s *Server) addSubscriptionLocked(in *integration, sub *subscription) {
	sub.id = s.nextID
	s.nextID++
	taken := func(c string) bool { _, ok := in.subsByCode[c]; return ok }
	sub.code = s.newCodeLocked("SUB_", taken)
	sub.token = s.newCodeLocked("", func(string) bool { return false })
	in.subscriptions = append(in.subscriptions, sub)
	in.subsByCode[sub.code] = sub
}

// seededSubscription is one of the demo's subscribers, dated from now.
type seededSubscription struct {
	first, last, plan, status string
	// started is how long ago the subscription began; failedAgo, for an
	// attention subscription, how long ago its last charge failed.
	started, failedAgo time.Duration
	// cardMonthsLeft is how many months after this one the card expires;
	// -1 is a card that stops working before the next payment date,
	// whatever today's date.
	cardMonthsLeft int
	brand, last4   string
}

const day = 24 * time.Hour

// seededSubscriptions cover every status, and cards that expire before the
// next payment, so the demo has renewals to show: a card that runs out
// before its next monthly charge, and charges that failed 3 and 5 days ago,
// within the week after which the audit fails (renewals.Overdue), so the
// demo's summary warns rather than stops on them.
var seededSubscriptions = []seededSubscription{
	{"Adaeze", "Okafor", "Monthly Membership", SubActive, 70 * day, 0, 24, "visa", "4081"},
	{"Tunde", "Balogun", "Monthly Membership", SubActive, 40 * day, 0, -1, "mastercard", "5060"},
	{"Ngozi", "Eze", "Weekly Coaching", SubActive, 20 * day, 0, 30, "visa", "1381"},
	{"Ibrahim", "Bello", "Monthly Membership", SubAttention, 100 * day, 3 * day, 12, "verve", "0037"},
	{"Funmilayo", "Adeyemi", "Monthly Membership", SubAttention, 130 * day, 5 * day, 0, "visa", "4081"},
	{"Chukwuemeka", "Nwosu", "Annual Pass", SubNonRenewing, 200 * day, 0, 10, "mastercard", "1111"},
	{"Halima", "Abubakar", "Weekly Coaching", SubCompleted, 90 * day, 0, 20, "visa", "4081"},
	{"Segun", "Afolabi", "Monthly Membership", SubCancelled, 150 * day, 0, 6, "visa", "4242"},
}

// seedSubscriptions gives the integration its demo subscribers.
func (s *Server) seedSubscriptions(in *integration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	for _, seed := range seededSubscriptions {
		var p plan
		for _, x := range in.plans {
			if x.name == seed.plan {
				p = x
			}
		}
		sub := &subscription{status: seed.status, plan: p, created: now.Add(-seed.started),
			customer: s.customerLocked(in, "", seed.first, seed.last), card: seededCard(now, seed.cardMonthsLeft, seed.brand, seed.last4)}
		s.schedule(sub, now, seed.failedAgo)
		if seed.cardMonthsLeft < 0 {
			// Marked with the month before the next payment's, the card
			// stops working by then.
			sub.card = seededCard(sub.next.AddDate(0, 0, -sub.next.Day()), 0, seed.brand, seed.last4)
		}
		s.addSubscriptionLocked(in, sub)
	}
}

func seededCard(now time.Time, monthsLeft int, brand, last4 string) card {
	exp := time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, monthsLeft, 0)
	return card{last4: last4, brand: brand, bin: "408408", expMonth: int(exp.Month()), expYear: exp.Year()}
}

// schedule sets the next payment date and the count of payments from the
// start. An attention subscription failed failedAgo ago on a payment date,
// and Paystack tries again only on the next one, a plan interval later
// (paystack-facts.md, Subscriptions).
func (s *Server) schedule(sub *subscription, now time.Time, failedAgo time.Duration) {
	interval := sub.plan.interval
	if sub.status == SubAttention {
		failed := now.Add(-failedAgo)
		sub.next = afterInterval(failed, interval, 1)
		for t := sub.created; t.Before(failed); t = afterInterval(t, interval, 1) {
			sub.payments++
		}
		return
	}
	next := sub.created
	for !next.After(now) {
		next = afterInterval(next, interval, 1)
		sub.payments++
	}
	if sub.status == SubActive || sub.status == SubNonRenewing {
		sub.next = next
	}
}

// GenerateSubscriptions adds n subscribers on the seeded plans to each key
// mode, in every status, for lists long enough to need paging and for
// benchmarks; about one in ten needs attention and as many have a card that
// expires before their next payment.
func (s *Server) GenerateSubscriptions(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	statuses := []string{SubActive, SubActive, SubActive, SubActive, SubActive, SubActive, SubAttention, SubNonRenewing, SubCompleted, SubCancelled}
	for _, mode := range []Mode{ModeTest, ModeLive} {
		in := s.data[mode]
		in.subscriptions = append(make([]*subscription, 0, len(in.subscriptions)+n), in.subscriptions...)
		for range n {
			first, last := namesFor("Nigeria")
			sub := &subscription{
				status:   statuses[s.rng.IntN(len(statuses))],
				plan:     in.plans[s.rng.IntN(len(in.plans))],
				created:  now.Add(-time.Duration(1+s.rng.IntN(400)) * day),
				customer: s.customerLocked(in, "", first[s.rng.IntN(len(first))], last[s.rng.IntN(len(last))]),
				card:     seededCard(now, s.rng.IntN(40)-2, "visa", strconv.Itoa(1000+s.rng.IntN(9000))),
			}
			s.schedule(sub, now, time.Duration(1+s.rng.IntN(20))*day)
			s.addSubscriptionLocked(in, sub)
		}
	}
}

// handleListSubscriptions answers GET /subscription, newest first, with the
// spec's filters: plan (the plan's id), customer (the customer's id), from, to.
func (s *Server) handleListSubscriptions(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	perPage, _ := perPageParam(r)
	page, _ := pageParam(r)
	planID, planErr := strconv.Atoi(q.Get("plan"))
	customerID, customerErr := strconv.Atoi(q.Get("customer"))
	from, fromOK := timeParam(q.Get("from"))
	to, toOK := timeParam(q.Get("to"))
	mode := requestMode(r)
	s.mu.Lock()
	in := s.data[mode]
	var list []*subscription
	for i := len(in.subscriptions) - 1; i >= 0; i-- {
		sub := in.subscriptions[i]
		switch {
		case planErr == nil && sub.plan.id != planID,
			customerErr == nil && sub.customer.id != customerID,
			fromOK && sub.created.Before(from),
			toOK && sub.created.After(to):
			continue
		}
		list = append(list, sub)
	}
	start, end, meta := pageBounds(len(list), page, perPage)
	items := make([]subscriptionJSON, 0, end-start)
	for _, sub := range list[start:end] {
		items = append(items, sub.json(mode))
	}
	s.mu.Unlock()
	ok(w, "Subscriptions retrieved", items, meta)
}

// manageableLocked finds the subscription of a manage request; refusal is the
// answer to give instead when there is none to manage. s.mu held.
func (s *Server) manageableLocked(r *http.Request) (sub *subscription, status int, refusal errorBody) {
	sub, found := s.data[requestMode(r)].subsByCode[r.PathValue("code")]
	switch {
	case !found:
		return nil, http.StatusNotFound, errorBody{Message: "Subscription not found"}
	case !sub.manageable():
		// Paystack's wording for this refusal is not documented.
		return nil, http.StatusBadRequest, validationError("Subscription is not active", "subscription_not_active",
			"Only active subscriptions can have their card updated")
	}
	return sub, 0, errorBody{}
}

type linkJSON struct {
	Link string `json:"link"`
}

// handleManageLink answers GET /subscription/{code}/manage/link. The link
// points at the sandbox's .invalid host, so it can never open a real page.
func (s *Server) handleManageLink(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	sub, status, refusal := s.manageableLocked(r)
	var link string
	if sub != nil {
		link = BaseURL + "/manage/subscriptions/" + url.PathEscape(sub.code) + "?subscription_token=" + url.QueryEscape(sub.token)
	}
	s.mu.Unlock()
	if sub == nil {
		writeJSON(w, status, refusal)
		return
	}
	ok(w, "Link generated", linkJSON{link}, nil)
}

// handleManageEmail answers POST /subscription/{code}/manage/email and
// counts the email, so tests can prove none was sent twice.
func (s *Server) handleManageEmail(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	sub, status, refusal := s.manageableLocked(r)
	if sub != nil {
		s.emails[sub.code]++
	}
	s.mu.Unlock()
	if sub == nil {
		writeJSON(w, status, refusal)
		return
	}
	writeJSON(w, http.StatusOK, errorBody{Status: true, Message: "Email successfully sent"})
}

// Subscriber is a subscription to add at run time (AddSubscription).
type Subscriber struct {
	Status                     string // active (""), non-renewing, attention, completed or cancelled
	Plan                       string // a plan code; "" means the seeded Monthly Membership
	Email, FirstName, LastName string
	Started                    time.Time // zero means 100 days ago
	// FailedAt is when an attention subscription's last charge failed;
	// zero means now.
	FailedAt time.Time
	// CardExpMonth and CardExpYear are the card's expiry; zero means a card
	// good for three more years.
	CardExpMonth, CardExpYear int
}

// AddSubscription adds a subscriber to the integration of mode and returns
// the subscription's code.
func (s *Server) AddSubscription(mode Mode, sub Subscriber) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	in, found := s.data[mode]
	if !found {
		return "", fmt.Errorf("%w: no %q mode", ErrRefused, mode)
	}
	status := strings.ToLower(strings.TrimSpace(sub.Status))
	switch status {
	case "":
		status = SubActive
	case SubActive, SubNonRenewing, SubAttention, SubCompleted, SubCancelled:
	default:
		return "", fmt.Errorf("%w: %q is not a subscription status", ErrRefused, sub.Status)
	}
	var p *plan
	for i := range in.plans {
		if in.plans[i].code == sub.Plan || sub.Plan == "" && in.plans[i].name == "Monthly Membership" {
			p = &in.plans[i]
		}
	}
	if p == nil {
		return "", fmt.Errorf("%w: no plan %s in %s mode", ErrRefused, sub.Plan, mode)
	}
	now := s.now()
	x := &subscription{status: status, plan: *p, created: sub.Started,
		customer: s.customerLocked(in, sub.Email, sub.FirstName, sub.LastName),
		card:     card{last4: "4081", brand: "visa", bin: "408408", expMonth: sub.CardExpMonth, expYear: sub.CardExpYear}}
	if x.created.IsZero() {
		x.created = now.Add(-100 * day)
	}
	if x.card.expMonth == 0 || x.card.expYear == 0 {
		x.card.expMonth, x.card.expYear = int(now.Month()), now.Year()+3
	}
	failedAt := sub.FailedAt
	if failedAt.IsZero() {
		failedAt = now
	}
	s.schedule(x, now, now.Sub(failedAt))
	s.addSubscriptionLocked(in, x)
	return x.code, nil
}

// ManageEmails is how many card-update emails Paystack would have sent for
// the subscription with code (POST /subscription/{code}/manage/email).
func (s *Server) ManageEmails(code string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.emails[code]
}

// SubscriptionCodes lists the codes of mode's subscriptions in status
// ("" for every status), newest first, for tests that pick one.
func (s *Server) SubscriptionCodes(mode Mode, status string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	in := s.data[mode]
	for i := len(in.subscriptions) - 1; i >= 0; i-- {
		if status == "" || in.subscriptions[i].status == strings.ToLower(status) {
			out = append(out, in.subscriptions[i].code)
		}
	}
	return out
}
