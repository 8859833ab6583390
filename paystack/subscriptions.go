package paystack

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// SubscriptionStatus is a subscription's state, in Paystack's words.
type SubscriptionStatus string

// The statuses Paystack documents (its docs and 2021 product note; the
// spec types status as a plain string).
const (
	SubscriptionActive SubscriptionStatus = "active"
	// SubscriptionNonRenewing is still active but will not be charged again.
	SubscriptionNonRenewing SubscriptionStatus = "non-renewing"
	// SubscriptionAttention is active, but its last charge failed; Paystack
	// tries again only on the next payment date.
	SubscriptionAttention SubscriptionStatus = "attention"
	SubscriptionCompleted SubscriptionStatus = "completed"
	SubscriptionCancelled SubscriptionStatus = "cancelled"
)

// Live reports whether Paystack still counts the subscription as active (it
// may be charged, or is paid up to its end): the manage link and email are
// only for these.
func (s SubscriptionStatus) Live() bool {
	return s == SubscriptionActive || s == SubscriptionNonRenewing || s == SubscriptionAttention
}

// Subscription is one subscriber on a plan, as GET /subscription lists it.
type Subscription struct {
	ID         int64              `json:"id"`
	Code       string             `json:"subscription_code"`
	Status     SubscriptionStatus `json:"status"`
	EmailToken string             `json:"email_token"`
	Amount     int64              `json:"amount"` // smallest unit, in Plan.Currency
	// NextPaymentDate is zero when no charge is planned (cancelled, completed).
	NextPaymentDate time.Time     `json:"next_payment_date,omitzero"`
	CreatedAt       time.Time     `json:"createdAt,omitzero"`
	Domain          Mode          `json:"domain"`
	Plan            Plan          `json:"plan"`
	Authorization   Authorization `json:"authorization"`
	Customer        Customer      `json:"customer"`
}

// Authorization is the card a subscription charges. Paystack's
// authorization_code is deliberately not kept: with the secret key it can
// charge the card, and nothing here needs it.
type Authorization struct {
	Last4    string `json:"last4"`
	ExpMonth int    `json:"exp_month"` // 1..12; 0 when unknown (not a card)
	ExpYear  int    `json:"exp_year"`
	Brand    string `json:"brand"`
	Channel  string `json:"channel"`
	Reusable bool   `json:"reusable"`
}

// Expires is the first moment the card no longer works: a card marked
// 08/2026 is good through the end of August 2026. ok is false when the
// answer carried no expiry (a bank or mobile money authorisation).
func (a Authorization) Expires() (at time.Time, ok bool) {
	if a.ExpMonth < 1 || a.ExpMonth > 12 || a.ExpYear < 1 {
		return time.Time{}, false
	}
	year := a.ExpYear
	if year < 100 { // "26" for 2026
		year += 2000
	}
	return time.Date(year, time.Month(a.ExpMonth)+1, 1, 0, 0, 0, 0, time.UTC), true
}

// SubscriptionQuery filters GET /subscription; zero fields are not sent.
type SubscriptionQuery struct {
	Plan     int64  // the plan's id
	Customer string // the customer's id
	From, To time.Time
	// Page and PerPage are for ListSubscriptions; AllSubscriptions walks every page.
	Page, PerPage int
}

func (q SubscriptionQuery) values(page, perPage int) url.Values {
	v := pageQuery(page, perPage)
	if q.Plan != 0 {
		v.Set("plan", strconv.FormatInt(q.Plan, 10))
	}
	if q.Customer != "" {
		v.Set("customer", q.Customer)
	}
	if !q.From.IsZero() {
		v.Set("from", q.From.UTC().Format(time.RFC3339))
	}
	if !q.To.IsZero() {
		v.Set("to", q.To.UTC().Format(time.RFC3339))
	}
	return v
}

// ListSubscriptions fetches one page of subscriptions (q.Page is 1-based;
// q.PerPage is clamped to 1..100).
func (c *Client) ListSubscriptions(ctx context.Context, q SubscriptionQuery) ([]Subscription, PageMeta, error) {
	return c.listSubscriptions(ctx, q, q.Page, q.PerPage)
}

func (c *Client) listSubscriptions(ctx context.Context, q SubscriptionQuery, page, perPage int) ([]Subscription, PageMeta, error) {
	// The page is decoded into the wire form directly: through
	// Subscription's UnmarshalJSON, each item would be scanned twice more.
	var wire []subscriptionWire
	meta, err := c.do(ctx, call{method: http.MethodGet, path: "/subscription", query: q.values(page, perPage)}, &wire)
	if err != nil || wire == nil {
		return nil, meta, err
	}
	out := make([]Subscription, len(wire))
	for i := range wire {
		out[i] = wire[i].subscription()
	}
	return out, meta, nil
}

// SubscriptionsPage is one page delivered by AllSubscriptions while it walks.
type SubscriptionsPage struct {
	Items  []Subscription
	Page   int // 1-based
	Loaded int // subscriptions delivered so far, this page included
	Total  int // Paystack's total, as last reported
}

// AllSubscriptions walks every page of the subscriptions matching q (its
// Page and PerPage are ignored), concurrently within the client's pacer, as
// AllSubaccounts does; onPage, when not nil, sees each page as it arrives.
func (c *Client) AllSubscriptions(ctx context.Context, q SubscriptionQuery, onPage func(SubscriptionsPage)) ([]Subscription, error) {
	fetch := func(ctx context.Context, page, perPage int) ([]Subscription, PageMeta, error) {
		return c.listSubscriptions(ctx, q, page, perPage)
	}
	var deliver func(pageOf[Subscription])
	if onPage != nil {
		deliver = func(p pageOf[Subscription]) {
			onPage(SubscriptionsPage{Items: p.items, Page: p.page, Loaded: p.loaded, Total: p.total})
		}
	}
	return walkPages(ctx, c, "GET /subscription", fetch, func(s Subscription) string { return itemKey(s.Code, s.ID) }, deliver, true)
}

// SubscriptionManageLink asks Paystack for the page where the subscriber
// replaces the card of subscription code (GET
// /subscription/{code}/manage/link); it can be shared any time. Paystack
// makes links only for active subscriptions. An answer without a link is
// KindMalformed: the spec documents none of data's fields, Paystack's docs
// give data.link.
func (c *Client) SubscriptionManageLink(ctx context.Context, code string) (string, error) {
	op := "GET /subscription/{code}/manage/link"
	var out struct {
		Link flexString `json:"link"`
	}
	_, err := c.do(ctx, call{method: http.MethodGet, path: "/subscription/" + url.PathEscape(code) + "/manage/link"}, &out)
	if err != nil {
		return "", err
	}
	link := strings.TrimSpace(string(out.Link))
	if u, perr := url.Parse(link); perr != nil || link == "" || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return "", &Error{Kind: KindMalformed, Status: http.StatusOK, Op: op, Host: c.base.Host, Err: errors.New("no link in the answer")}
	}
	return link, nil
}

// SubscriptionManageEmail asks Paystack to email the subscriber the link to
// replace their card (POST /subscription/{code}/manage/email). Like every
// POST it is never retried: a lost answer is KindOutcomeUnknown, since the
// email may have gone (Paystack's dashboard allows it once every 24 hours
// per subscription, so a blind resend is not harmless).
func (c *Client) SubscriptionManageEmail(ctx context.Context, code string) error {
	_, err := c.do(ctx, call{method: http.MethodPost, path: "/subscription/" + url.PathEscape(code) + "/manage/email", mutates: true}, nil)
	return err
}

// subscriptionWire is a subscription as Paystack sends it.
type subscriptionWire struct {
	ID              FlexInt            `json:"id"`
	Code            flexString         `json:"subscription_code"`
	Status          flexString         `json:"status"`
	EmailToken      flexString         `json:"email_token"`
	Amount          FlexInt            `json:"amount"`
	NextPaymentDate flexTime           `json:"next_payment_date"`
	CreatedAt       flexTime           `json:"createdAt"`
	CreatedAlt      flexTime           `json:"created_at"`
	Domain          flexString         `json:"domain"`
	Plan            loosePlan          `json:"plan"`
	Authorization   looseAuthorization `json:"authorization"`
	Customer        looseCustomer      `json:"customer"`
}

func (w *subscriptionWire) subscription() Subscription {
	return Subscription{
		ID: int64(w.ID), Code: string(w.Code), Status: subscriptionStatus(string(w.Status)),
		EmailToken: string(w.EmailToken), Amount: int64(w.Amount),
		NextPaymentDate: time.Time(w.NextPaymentDate), CreatedAt: w.CreatedAt.or(w.CreatedAlt),
		Domain: Mode(strings.ToLower(string(w.Domain))), Plan: Plan(w.Plan),
		Authorization: Authorization(w.Authorization), Customer: Customer(w.Customer),
	}
}

func (s *Subscription) UnmarshalJSON(data []byte) error {
	var w subscriptionWire
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	*s = w.subscription()
	return nil
}

// subscriptionStatus reads "non-renewing" however it is written
// ("Non_Renewing", "non renewing").
func subscriptionStatus(s string) SubscriptionStatus {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.NewReplacer("_", "-", " ", "-").Replace(s)
	return SubscriptionStatus(s)
}

func (a *Authorization) UnmarshalJSON(data []byte) error {
	var w struct {
		Last4    flexString `json:"last4"`
		ExpMonth looseInt   `json:"exp_month"`
		ExpYear  looseInt   `json:"exp_year"`
		Brand    flexString `json:"brand"`
		Channel  flexString `json:"channel"`
		// An integer in lists, a boolean in single fetches.
		Reusable FlexBool `json:"reusable"`
	}
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	*a = Authorization{Last4: string(w.Last4), ExpMonth: int(w.ExpMonth), ExpYear: int(w.ExpYear),
		Brand: string(w.Brand), Channel: strings.ToLower(string(w.Channel)), Reusable: bool(w.Reusable)}
	return nil
}

// looseAuthorization is the card object, or only its id (create answers).
type looseAuthorization Authorization

func (a *looseAuthorization) UnmarshalJSON(data []byte) error {
	var full Authorization
	_, _, err := objectOrRef(data, &full)
	*a = looseAuthorization(full)
	return err
}
