package paystack

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// TransactionStatus is where a charge ended: Paystack's lower-case words.
type TransactionStatus string

const (
	TransactionSuccess   TransactionStatus = "success"
	TransactionFailed    TransactionStatus = "failed"
	TransactionAbandoned TransactionStatus = "abandoned"
	TransactionReversed  TransactionStatus = "reversed"
)

// Transaction is one charge, as GET /transaction lists it: the proof that
// money moved, and where it went.
type Transaction struct {
	ID        int64             `json:"id"`
	Reference string            `json:"reference"`
	Amount    int64             `json:"amount"` // in the smallest unit (kobo, pesewas, cents)
	Currency  string            `json:"currency"`
	Status    TransactionStatus `json:"status"`
	Channel   string            `json:"channel"` // card, bank, ussd, mobile_money…
	Domain    Mode              `json:"domain"`
	// PaidAt is zero for a charge that was never paid (failed, abandoned).
	PaidAt    time.Time `json:"paid_at,omitzero"`
	CreatedAt time.Time `json:"created_at,omitzero"`
	Customer  Customer  `json:"customer"`
	// Plan is the subscription plan charged; zero for a one-time payment.
	Plan Plan `json:"plan"`
	// Subaccount is the subaccount the charge was split with, zero (no Code)
	// when it was not split: the whole amount went to the main account.
	Subaccount Subaccount `json:"subaccount"`
	// SplitCode is the split group's code (SPL_…) when a split group, not a
	// single subaccount, shared the charge.
	SplitCode string `json:"split_code,omitempty"`
}

// When is the moment that dates the charge: when it was paid, else when it
// was made.
func (t Transaction) When() time.Time {
	if !t.PaidAt.IsZero() {
		return t.PaidAt
	}
	return t.CreatedAt
}

// Key identifies the charge from one list or look to the next: its
// reference, or its id when it has none.
func (t Transaction) Key() string { return itemKey(t.Reference, t.ID) }

// Customer is who paid or subscribed.
type Customer struct {
	ID        int64  `json:"id"`
	Code      string `json:"customer_code"`
	Email     string `json:"email"`
	FirstName string `json:"first_name"`
	LastName  string `json:"last_name"`
}

// TransactionQuery filters GET /transaction; zero fields are not sent.
type TransactionQuery struct {
	Status         TransactionStatus
	From, To       time.Time
	SubaccountCode string
	CustomerCode   string
	// Page and PerPage are for ListTransactions; AllTransactions walks every page.
	Page, PerPage int
}

func (q TransactionQuery) values(page, perPage int) url.Values {
	v := pageQuery(page, perPage)
	// The spec names the page size per_page on GET /transaction, where
	// Paystack's docs and every other list say perPage. Both are sent, with
	// the same value, so whichever the server reads it gets; the walk then
	// follows the page size the answers really have (pageSize).
	v.Set("per_page", v.Get("perPage"))
	if q.Status != "" {
		v.Set("status", string(q.Status))
	}
	if !q.From.IsZero() {
		v.Set("from", q.From.UTC().Format(time.RFC3339))
	}
	if !q.To.IsZero() {
		v.Set("to", q.To.UTC().Format(time.RFC3339))
	}
	if q.SubaccountCode != "" {
		v.Set("subaccount_code", q.SubaccountCode)
	}
	if q.CustomerCode != "" {
		v.Set("customer_code", q.CustomerCode)
	}
	return v
}

// ListTransactions fetches one page of charges, newest first (q.Page is
// 1-based; q.PerPage is clamped to 1..100).
func (c *Client) ListTransactions(ctx context.Context, q TransactionQuery) ([]Transaction, PageMeta, error) {
	return c.listTransactions(ctx, q, q.Page, q.PerPage)
}

func (c *Client) listTransactions(ctx context.Context, q TransactionQuery, page, perPage int) ([]Transaction, PageMeta, error) {
	var out []Transaction
	meta, err := c.do(ctx, call{method: http.MethodGet, path: "/transaction", query: q.values(page, perPage)}, &out)
	return out, meta, err
}

// AllTransactions walks every page of the charges matching q (its Page and
// PerPage are ignored), concurrently within the client's pacer, as
// AllSubaccounts does; the result is in Paystack's order, newest first.
func (c *Client) AllTransactions(ctx context.Context, q TransactionQuery) ([]Transaction, error) {
	fetch := func(ctx context.Context, page, perPage int) ([]Transaction, PageMeta, error) {
		return c.listTransactions(ctx, q, page, perPage)
	}
	return walkPages(ctx, c, "GET /transaction", fetch, Transaction.Key, nil, true)
}

func (t *Transaction) UnmarshalJSON(data []byte) error {
	var w struct {
		ID         FlexInt         `json:"id"`
		Reference  flexString      `json:"reference"`
		Amount     FlexInt         `json:"amount"`
		Currency   flexString      `json:"currency"`
		Status     flexString      `json:"status"`
		Channel    flexString      `json:"channel"`
		Domain     flexString      `json:"domain"`
		PaidAt     flexTime        `json:"paid_at"`
		PaidAtAlt  flexTime        `json:"paidAt"`
		Created    flexTime        `json:"created_at"`
		CreatedAlt flexTime        `json:"createdAt"`
		Customer   looseCustomer   `json:"customer"`
		Plan       loosePlan       `json:"plan"`
		Subaccount looseSubaccount `json:"subaccount"`
		Split      looseSplit      `json:"split"`
		SplitCode  flexString      `json:"split_code"`
	}
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	split := string(w.SplitCode)
	if split == "" {
		split = string(w.Split)
	}
	*t = Transaction{
		ID: int64(w.ID), Reference: string(w.Reference), Amount: int64(w.Amount),
		Currency: strings.ToUpper(string(w.Currency)),
		Status:   TransactionStatus(strings.ToLower(strings.TrimSpace(string(w.Status)))),
		Channel:  strings.ToLower(string(w.Channel)), Domain: Mode(strings.ToLower(string(w.Domain))),
		PaidAt: w.PaidAt.or(w.PaidAtAlt), CreatedAt: w.Created.or(w.CreatedAlt),
		Customer: Customer(w.Customer), Plan: Plan(w.Plan), Subaccount: Subaccount(w.Subaccount),
		SplitCode: split,
	}
	return nil
}

func (c *Customer) UnmarshalJSON(data []byte) error {
	var w struct {
		ID        FlexInt    `json:"id"`
		Code      flexString `json:"customer_code"`
		Email     flexString `json:"email"`
		FirstName flexString `json:"first_name"`
		LastName  flexString `json:"last_name"`
	}
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	*c = Customer{ID: int64(w.ID), Code: string(w.Code), Email: string(w.Email),
		FirstName: string(w.FirstName), LastName: string(w.LastName)}
	return nil
}
