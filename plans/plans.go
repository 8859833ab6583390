// Package plans holds the merchant's price plans and checkout fields, which
// systeme.io's API cannot list, so they are typed in or read from a file:
//
//	ps, err := plans.ParseFile("plans.csv") // name,amount,currency,interval,interval_count
//	fields, err := plans.ParseFields("email, First name, surname")
//	missing := plans.MissingRequired(fields)
package plans

import (
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"

	"paystack-setup/internal/money"
	"paystack-setup/msg"
)

const nukta = '\u093C'

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
	// Hindi, as a merchant types it in the wizard or a spreadsheet: the word
	// itself, its other forms, "every …" and the adjective (नुक़्ता-free: see
	// normaliseWord).
	"एक_बार": OneTime, "एकबार": OneTime,
	"दिन": Day, "दिनों": Day, "हर_दिन": Day, "रोज": Day, "रोजाना": Day, "दैनिक": Day, "प्रतिदिन": Day, "प्रति_दिन": Day,
	"सप्ताह": Week, "हफ्ता": Week, "हफ्ते": Week, "हर_सप्ताह": Week, "हर_हफ्ते": Week, "साप्ताहिक": Week, "प्रति_सप्ताह": Week,
	"महीना": Month, "महीने": Month, "माह": Month, "हर_महीने": Month, "मासिक": Month, "प्रति_माह": Month, "प्रतिमाह": Month,
	"साल": Year, "वर्ष": Year, "हर_साल": Year, "सालाना": Year, "वार्षिक": Year, "प्रति_वर्ष": Year, "प्रतिवर्ष": Year,
	"घंटा": Hour, "घंटे": Hour, "हर_घंटे": Hour,
	"तिमाही": Quarter, "त्रैमासिक": Quarter,
	"छमाही": HalfYear, "अर्धवार्षिक": HalfYear,
}

// ParseInterval reads an interval word as people and Paystack write it
// ("monthly", "Month", "half-yearly", "biannually"); ok is false for anything else.
func ParseInterval(s string) (Interval, bool) {
	i, ok := intervalWords[normaliseWord(s)]
	return i, ok
}

// SplitInterval reads "2 weeks" or "every 3 months" typed where an interval
// word was asked as the word and the count, so that the merchant can be
// told why every 2 weeks cannot work instead of "type day, week, month or
// year"; ok is false for anything else.
func SplitInterval(typed string) (word string, count int, ok bool) {
	words := strings.Fields(strings.ToLower(typed))
	if len(words) == 3 && words[0] == "every" {
		words = words[1:]
	}
	if len(words) != 2 {
		return "", 0, false
	}
	n, err := strconv.Atoi(words[0])
	if _, known := ParseInterval(words[1]); err != nil || n < 1 || !known {
		return "", 0, false
	}
	return words[1], n, true
}

// normaliseWord lower-cases and turns spaces and hyphens into single underscores,
// so "Half Yearly", "half-yearly" and "half_yearly" are one word. Hindi is
// written with and without the nukta (रोज़ and रोज, हफ़्ता and हफ्ता), and the
// nukta letters come precomposed or not, so the nukta is dropped.
func normaliseWord(s string) string {
	s = norm.NFD.String(strings.ToLower(strings.TrimSpace(s)))
	var b strings.Builder
	lastUnderscore := false
	for _, r := range s {
		if r == nukta {
			continue
		}
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

// Merge puts imported plans into a list: a plan of a name the list has
// replaces it in its place (importing an edited price list again; listed
// twice, the two could not be told apart in the audit), the others are
// added at the end. list is left as it was.
func Merge(list, imported []Plan) (merged []Plan, replaced int) {
	merged = slices.Clone(list)
	for _, p := range imported {
		if i := IndexOfName(merged, p.Name); i >= 0 {
			merged[i] = p
			replaced++
		} else {
			merged = append(merged, p)
		}
	}
	return merged, replaced
}

// Every is the number of intervals between charges, at least 1.
func (p Plan) Every() int { return max(p.IntervalCount, 1) }

// Describe says how often the plan charges: "one-time", "every month", "every 2 weeks".
func (p Plan) Describe() string {
	return p.DescribeText().In(msg.Current())
}

// DescribeText is Describe left unrendered, for texts rendered later in
// another language (the audit's JSON is English). An interval this build has
// no words for is said as it is.
func (p Plan) DescribeText() msg.Text {
	if p.Interval == OneTime {
		return msg.New(msg.PlansOneTime)
	}
	id, ok := describeIDs[p.Interval]
	if !ok {
		return msg.New(msg.Verbatim, string(p.Interval))
	}
	return msg.Plural(id, p.Every())
}

// Known reports an interval this build has words for (one-time included);
// a saved answer or a typed word may hold another.
func (i Interval) Known() bool {
	_, ok := describeIDs[i]
	return ok || i == OneTime
}

var describeIDs = map[Interval]msg.ID{
	Day: msg.PlansEveryDay, Week: msg.PlansEveryWeek, Month: msg.PlansEveryMonth, Year: msg.PlansEveryYear,
	Hour: msg.PlansEveryHour, Quarter: msg.PlansEveryQuarter, HalfYear: msg.PlansEveryHalfYear,
}

// FormatAmount shows minor units as a price a person reads: "NGN 5,000.00".
func FormatAmount(minor int64, currency string) string {
	text := money.Major(minor, ",")
	if currency == "" {
		return text
	}
	return currency + " " + text
}
