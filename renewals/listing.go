package renewals

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"paystack-setup/internal/money"
	"paystack-setup/paystack"
)

// ReasonError is a --reason that names no Reason.
type ReasonError struct{ Given string }

func (e *ReasonError) Error() string { return "renewals: no reason " + strconv.Quote(e.Given) }

// ParseReasons reads a list of reasons as a command line gives them,
// separated by commas ("failed_charge,card_expiring"); a hyphen may stand
// for the underscore. Empty text is no filter (nil).
func ParseReasons(text string) ([]Reason, error) {
	var out []Reason
	for _, part := range strings.Split(text, ",") {
		word := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(part)), "-", "_")
		if word == "" {
			continue
		}
		r := Reason(word)
		if !r.Known() {
			return nil, &ReasonError{Given: strings.TrimSpace(part)}
		}
		out = append(out, r)
	}
	return out, nil
}

// Known reports whether r is one of Reasons.
func (r Reason) Known() bool { return slices.Contains(Reasons, r) }

// Only keeps the items with one of reasons, in order; no reasons keeps all.
func Only(items []Item, reasons ...Reason) []Item {
	if len(reasons) == 0 {
		return items
	}
	var out []Item
	for _, it := range items {
		if slices.Contains(reasons, it.Reason) {
			out = append(out, it)
		}
	}
	return out
}

// ListingVersion is the version of the renewals command's JSON; fields are
// only ever added within a version.
const ListingVersion = 1

// Listing is what `paystack-setup renewals --json` prints (docs/json.md).
type Listing struct {
	Version       int          `json:"version"`
	Subscriptions []ListingRow `json:"subscriptions"`
	Summary       Summary      `json:"summary"`
}

// ListingRow is one subscription that needs the merchant. Data is as
// Paystack gave it; times are RFC 3339 in UTC, "" when there is none.
type ListingRow struct {
	SubscriptionCode string `json:"subscription_code"`
	Status           string `json:"status"`
	Reason           Reason `json:"reason"`
	CustomerEmail    string `json:"customer_email"`
	CustomerName     string `json:"customer_name"`
	PlanName         string `json:"plan_name"`
	// Amount is in major units with two decimals ("5000.00"), a string so
	// that no reader turns it into a float.
	Amount          string `json:"amount"`
	Currency        string `json:"currency"`
	NextPaymentDate string `json:"next_payment_date"`
	CardLast4       string `json:"card_last4"`
	CardExpiry      string `json:"card_expiry"` // "03/2026"; "" for a payment that is not a card
	// LinkSentAt is the last card-update email sent from this computer
	// (any profile), or asked with no answer, which counts as sent.
	LinkSentAt string `json:"link_sent_at"`
}

// Summary counts the listed subscriptions.
type Summary struct {
	Total        int `json:"total"`
	FailedCharge int `json:"failed_charge"`
	CardExpiring int `json:"card_expiring"`
	NonRenewing  int `json:"non_renewing"`
	// Overdue are failed charges more than Overdue (7 days) old.
	Overdue int `json:"overdue"`
	// EmailedRecently were emailed within EmailWindow: another email now
	// would be skipped.
	EmailedRecently int `json:"emailed_recently"`
}

// NewListing lists items with the emails sent for them (Ledger.Emails of
// the key's mode) at now.
func NewListing(items []Item, emails map[string]Email, now time.Time) Listing {
	l := Listing{Version: ListingVersion, Subscriptions: make([]ListingRow, 0, len(items))}
	counts := Count(items)
	l.Summary = Summary{Total: len(items), FailedCharge: counts[FailedCharge], CardExpiring: counts[CardExpiring], NonRenewing: counts[NonRenewing]}
	for _, it := range items {
		e := emails[it.Subscription.Code]
		l.Subscriptions = append(l.Subscriptions, listingRow(it, e))
		if it.OverdueAt(now) {
			l.Summary.Overdue++
		}
		if e.Holds(now) {
			l.Summary.EmailedRecently++
		}
	}
	return l
}

func listingRow(it Item, e Email) ListingRow {
	s := it.Subscription
	return ListingRow{
		SubscriptionCode: s.Code,
		Status:           string(s.Status),
		Reason:           it.Reason,
		CustomerEmail:    s.Customer.Email,
		CustomerName:     CustomerName(s.Customer),
		PlanName:         s.Plan.Name,
		Amount:           money.Major(Amount(s), ""),
		Currency:         s.Plan.Currency,
		NextPaymentDate:  stamp(s.NextPaymentDate),
		CardLast4:        s.Authorization.Last4,
		CardExpiry:       CardExpiry(s.Authorization),
		LinkSentAt:       stamp(e.At),
	}
}

// CustomerName is the customer's first and last name as one.
func CustomerName(c paystack.Customer) string {
	return strings.TrimSpace(c.FirstName + " " + c.LastName)
}

// Amount is what the subscription charges, in minor units of its plan's
// currency: the subscription's own amount, else its plan's.
func Amount(s paystack.Subscription) int64 {
	if s.Amount != 0 {
		return s.Amount
	}
	return s.Plan.Amount
}

// CardExpiry is the card's expiry as printed on it ("03/2026"); "" when the
// authorisation carried none.
func CardExpiry(a paystack.Authorization) string {
	if _, ok := a.Expires(); !ok {
		return ""
	}
	year := a.ExpYear
	if year < 100 {
		year += 2000
	}
	return twoDigits(a.ExpMonth) + "/" + strconv.Itoa(year)
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// WriteJSON writes the listing as one indented JSON object.
func (l Listing) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(l)
}

// csvColumns are the CSV's header: the JSON row's field names, in order.
var csvColumns = []string{"subscription_code", "status", "reason", "customer_email", "customer_name", "plan_name",
	"amount", "currency", "next_payment_date", "card_last4", "card_expiry", "link_sent_at"}

// WriteCSV writes one header line and one line per subscription (RFC 4180);
// the summary is not in it. A cell a spreadsheet would run as a formula
// (a customer named "=HYPERLINK(…)") starts with an apostrophe instead.
func (l Listing) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvColumns); err != nil {
		return err
	}
	for _, r := range l.Subscriptions {
		cells := []string{r.SubscriptionCode, r.Status, string(r.Reason), r.CustomerEmail, r.CustomerName, r.PlanName,
			r.Amount, r.Currency, r.NextPaymentDate, r.CardLast4, r.CardExpiry, r.LinkSentAt}
		for i, c := range cells {
			cells[i] = inert(c)
		}
		if err := cw.Write(cells); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// inert keeps a spreadsheet from taking a cell for a formula (OWASP's
// advice on CSV injection): every cell here is text, and an amount is never
// negative.
func inert(cell string) string {
	if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
		return "'" + cell
	}
	return cell
}
