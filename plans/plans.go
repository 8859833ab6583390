// Package plans holds the merchant's price plans and checkout fields, which
// systeme.io's API cannot list, so they are typed in or read from a file:
//
//	ps, err := plans.ParseFile("plans.csv") // name,amount,currency,interval,interval_count
//	fields, err := plans.ParseFields("email, First name, surname")
//	missing := plans.MissingRequired(fields)
package plans

import (
	"strconv"
	"strings"

	"paystack-setup/msg"
)

// Interval is how often a plan charges. The empty Interval is a one-time price.
type Interval string

const (
	OneTime Interval = ""
	Day     Interval = "day"
	Week    Interval = "week"
	Month   Interval = "month"
	Year    Interval = "year"
	// Paystack knows these but systeme.io cannot use them (article note 3); they
	// are parsed so the checks can fail them with that reason instead of the
	// file being refused with a vaguer one.
	Hour     Interval = "hour"
	Quarter  Interval = "quarter"
	HalfYear Interval = "half-year"
)

// Supported reports whether systeme.io can sell a plan with this interval.
func (i Interval) Supported() bool {
	switch i {
	case OneTime, Day, Week, Month, Year:
		return true
	}
	return false
}

var intervalWords = map[string]Interval{
	"": OneTime, "one_time": OneTime, "onetime": OneTime, "once": OneTime, "none": OneTime,
	"day": Day, "days": Day, "daily": Day,
	"week": Week, "weeks": Week, "weekly": Week,
	"month": Month, "months": Month, "monthly": Month,
	"year": Year, "years": Year, "yearly": Year, "annual": Year, "annually": Year,
	"hour": Hour, "hours": Hour, "hourly": Hour,
	"quarter": Quarter, "quarters": Quarter, "quarterly": Quarter,
	"half_year": HalfYear, "halfyear": HalfYear, "half_yearly": HalfYear, "halfyearly": HalfYear,
	"biannual": HalfYear, "biannually": HalfYear, "semiannual": HalfYear, "semiannually": HalfYear,
	"semi_annual": HalfYear, "semi_annually": HalfYear, "six_monthly": HalfYear,
}

// ParseInterval reads an interval word as people and Paystack write it
// ("monthly", "Month", "half-yearly", "biannually"); ok is false for anything else.
func ParseInterval(s string) (Interval, bool) {
	i, ok := intervalWords[normaliseWord(s)]
	return i, ok
}

// normaliseWord lower-cases and turns spaces and hyphens into single underscores,
// so "Half Yearly", "half-yearly" and "half_yearly" are one word.
func normaliseWord(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	var b strings.Builder
	lastUnderscore := false
	for _, r := range s {
		if r == ' ' || r == '-' || r == '_' || r == '\t' {
			if !lastUnderscore && b.Len() > 0 {
				b.WriteByte('_')
			}
			lastUnderscore = true
			continue
		}
		b.WriteRune(r)
		lastUnderscore = false
	}
	return strings.TrimSuffix(b.String(), "_")
}

// Plan is one price a merchant sells on systeme.io through Paystack.
type Plan struct {
	Name string `json:"name"`
	// Amount is in minor units (kobo, pesewas, cents), like Paystack's API, so
	// that no float ever rounds a price.
	Amount        int64    `json:"amount_minor"`
	Currency      string   `json:"currency"`
	Interval      Interval `json:"interval,omitempty"`
	IntervalCount int      `json:"interval_count,omitempty"` // 0 or 1: every single interval
}

// SameName reports whether two plan names would read as one plan in an
// audit, which names each plan in its lines: case and spacing aside.
func SameName(a, b string) bool { return nameKey(a) == nameKey(b) }

func nameKey(name string) string { return strings.ToLower(strings.Join(strings.Fields(name), " ")) }

// IndexOfName is the index of the plan in ps named like name, or -1.
func IndexOfName(ps []Plan, name string) int {
	for i, p := range ps {
		if SameName(p.Name, name) {
			return i
		}
	}
	return -1
}

// Every is the number of intervals between charges, at least 1.
func (p Plan) Every() int { return max(p.IntervalCount, 1) }

// Describe says how often the plan charges: "one-time", "every month", "every 2 weeks".
func (p Plan) Describe() string {
	id, args := p.DescribeMessage()
	if id == "" {
		return string(p.Interval)
	}
	return msg.T(id, args...)
}

// DescribeMessage is Describe left unrendered, for texts rendered later in
// another language (the audit's JSON is English); id is "" for an interval
// this build has no words for.
func (p Plan) DescribeMessage() (id msg.ID, args []any) {
	if p.Interval == OneTime {
		return msg.PlansOneTime, nil
	}
	ids, ok := describeIDs[p.Interval]
	switch {
	case !ok:
		return "", nil
	case p.Every() == 1:
		return ids[0], nil
	}
	return ids[1], []any{p.Every()}
}

var describeIDs = map[Interval][2]msg.ID{
	Day:      {msg.PlansEveryDay, msg.PlansEveryNDays},
	Week:     {msg.PlansEveryWeek, msg.PlansEveryNWeeks},
	Month:    {msg.PlansEveryMonth, msg.PlansEveryNMonths},
	Year:     {msg.PlansEveryYear, msg.PlansEveryNYears},
	Hour:     {msg.PlansEveryHour, msg.PlansEveryNHours},
	Quarter:  {msg.PlansEveryQuarter, msg.PlansEveryNQuarters},
	HalfYear: {msg.PlansEveryHalfYear, msg.PlansEveryNHalfYears},
}

// FormatAmount shows minor units as a price a person reads: "NGN 5,000.00".
func FormatAmount(minor int64, currency string) string {
	sign := ""
	u := uint64(minor)
	if minor < 0 {
		sign = "-"
		u = -u
	}
	major := strconv.FormatUint(u/100, 10)
	var b strings.Builder
	for i, r := range major {
		if i > 0 && (len(major)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	text := sign + b.String() + "." + strconv.FormatUint(u%100/10, 10) + strconv.FormatUint(u%10, 10)
	if currency == "" {
		return text
	}
	return currency + " " + text
}
