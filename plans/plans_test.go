package plans

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"paystack-setup/msg"
)

func TestParseAmount(t *testing.T) {
	good := map[string]int64{
		"5000": 500000, "49.99": 4999, "5,000.50": 500050, "0.29": 29, "0.1": 10,
		" 12 ": 1200, ".5": 50, "1,234,567": 123456700, "007": 700, "92233720368547757.00": 9223372036854775700,
	}
	for in, want := range good {
		got, err := ParseAmount(in)
		if err != nil || got != want {
			t.Errorf("ParseAmount(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	bad := map[string]AmountProblem{
		"": AmountEmpty, "  ": AmountEmpty,
		"-5": AmountNegative, "-0.50": AmountNegative,
		"1.999": AmountTooManyDecimals, "5,000.505": AmountTooManyDecimals,
		"abc": AmountNotANumber, "5,00": AmountNotANumber, "1e3": AmountNotANumber, "5.": AmountNotANumber,
		"NGN 5000": AmountNotANumber, "5 000": AmountNotANumber, ",500": AmountNotANumber, "1..2": AmountNotANumber,
		"--5": AmountNotANumber, "+5": AmountNotANumber, "١٢": AmountNotANumber,
		"92233720368547758": AmountTooLarge, "99999999999999999999999": AmountTooLarge,
	}
	for in, want := range bad {
		_, err := ParseAmount(in)
		var ae *AmountError
		if !errors.As(err, &ae) || ae.Problem != want {
			t.Errorf("ParseAmount(%q) error = %v; want problem %d", in, err, want)
		}
	}
}

func TestAmountErrorSaysWhatToType(t *testing.T) {
	_, err := ParseAmount("5,00")
	if !strings.Contains(err.Error(), "5,00") || !strings.Contains(err.Error(), "49.99") {
		t.Errorf("error does not echo the input and an example: %q", err)
	}
}

func TestFormatAmount(t *testing.T) {
	cases := []struct {
		minor    int64
		currency string
		want     string
	}{
		{500000, "NGN", "NGN 5,000.00"},
		{4999, "GHS", "GHS 49.99"},
		{5, "ZAR", "ZAR 0.05"},
		{0, "KES", "KES 0.00"},
		{123456789, "USD", "USD 1,234,567.89"},
		{-150, "NGN", "NGN -1.50"},
		{100, "", "1.00"},
	}
	for _, c := range cases {
		if got := FormatAmount(c.minor, c.currency); got != c.want {
			t.Errorf("FormatAmount(%d, %q) = %q, want %q", c.minor, c.currency, got, c.want)
		}
	}
}

// A Hindi-speaking merchant types the interval in Hindi, in the wizard or in
// a spreadsheet column, with or without the nukta (and the nukta letters
// precomposed or not).
func TestParseIntervalInHindi(t *testing.T) {
	for in, want := range map[string]Interval{
		"दिन": Day, "रोज़": Day, "रोज": Day, "रोज़ाना": Day, "दैनिक": Day, "हर दिन": Day,
		"सप्ताह": Week, "हफ़्ता": Week, "\u0939\u095e\u094d\u0924\u093e": Week, "हफ्ते": Week, "साप्ताहिक": Week,
		"महीना": Month, "महीने": Month, "मासिक": Month, "हर महीने": Month,
		"साल": Year, "वर्ष": Year, "वार्षिक": Year, "सालाना": Year,
		"तिमाही": Quarter, "छमाही": HalfYear, "एक बार": OneTime,
	} {
		if got, ok := ParseInterval(in); !ok || got != want {
			t.Errorf("ParseInterval(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

// The Hindi screens name the fields in Hindi (the seed article's "लास्ट नेम"),
// so a merchant who types those names is understood.
func TestParseFieldsInHindi(t *testing.T) {
	got, err := ParseFields("ईमेल, फ़र्स्ट नेम, लास्ट नेम")
	if err != nil || !slices.Equal(got, RequiredFields) {
		t.Errorf("ParseFields in Hindi = %v, %v", got, err)
	}
}

func TestParseInterval(t *testing.T) {
	cases := map[string]Interval{
		"": OneTime, "once": OneTime, "One-time": OneTime,
		"day": Day, "Daily": Day, "weekly": Week, "WEEK": Week, "monthly": Month, "months": Month,
		"annually": Year, "yearly": Year, "year": Year,
		"hourly": Hour, "quarterly": Quarter, "biannually": HalfYear, "biannual": HalfYear,
		"half-yearly": HalfYear, "Half Yearly": HalfYear, "semiannual": HalfYear, "semi-annual": HalfYear,
	}
	for in, want := range cases {
		got, ok := ParseInterval(in)
		if !ok || got != want {
			t.Errorf("ParseInterval(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"fortnightly", "every month", "2 weeks", "mon", "हर दो दिन", "पखवाड़ा"} {
		if _, ok := ParseInterval(in); ok {
			t.Errorf("ParseInterval(%q) accepted", in)
		}
	}
	for _, i := range []Interval{Hour, Quarter, HalfYear} {
		if i.Supported() {
			t.Errorf("%q must be unsupported by systeme.io", i)
		}
	}
	for _, i := range []Interval{OneTime, Day, Week, Month, Year} {
		if !i.Supported() {
			t.Errorf("%q must be supported", i)
		}
	}
}

func TestDescribe(t *testing.T) {
	cases := []struct {
		p    Plan
		want string
	}{
		{Plan{}, "one-time"},
		{Plan{Interval: Month}, "every month"},
		{Plan{Interval: Month, IntervalCount: 1}, "every month"},
		{Plan{Interval: Week, IntervalCount: 2}, "every 2 weeks"},
		{Plan{Interval: Quarter}, "every quarter"},
		{Plan{Interval: HalfYear, IntervalCount: 3}, "every 3 half-years"},
	}
	for _, c := range cases {
		if got := c.p.DescribeText().In(msg.English); got != c.want {
			t.Errorf("%+v.Describe() = %q, want %q", c.p, got, c.want)
		}
	}
	if got := (Plan{Interval: Week, IntervalCount: 2}).DescribeText().In(msg.Hindi); got != "हर 2 सप्ताह" {
		t.Errorf("Hindi Describe = %q", got)
	}
}

func TestParseCSVGood(t *testing.T) {
	in := "\uFEFFName, Amount ,CURRENCY,Interval,Interval Count\r\n" +
		"Gold,\"5,000.50\",ngn,monthly,\r\n" +
		"\r\n" +
		"Course,49.99,USD,,\r\n" +
		",,,,\r\n" +
		"Coaching,100,GHS,week,2\r\n" +
		"\"Silver, yearly\",1200,KES,annually,1\r\n" +
		"Odd,10,XYZ,quarterly,\r\n"
	got, err := ParseCSV(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Plan{
		{Name: "Gold", Amount: 500050, Currency: "NGN", Interval: Month},
		{Name: "Course", Amount: 4999, Currency: "USD"},
		{Name: "Coaching", Amount: 10000, Currency: "GHS", Interval: Week, IntervalCount: 2},
		{Name: "Silver, yearly", Amount: 120000, Currency: "KES", Interval: Year, IntervalCount: 1},
		{Name: "Odd", Amount: 1000, Currency: "XYZ", Interval: Quarter},
	}
	if !slices.Equal(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

func TestParseCSVColumnOrderAndOptionalColumns(t *testing.T) {
	got, err := ParseCSV(strings.NewReader("currency,name,amount\nzar,Basic,1\n"))
	if err != nil {
		t.Fatal(err)
	}
	if want := (Plan{Name: "Basic", Amount: 100, Currency: "ZAR"}); len(got) != 1 || got[0] != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

// problems returns the FileError's problems, failing the test when err is not one.
func problems(t *testing.T, ps []Plan, err error) []Problem {
	t.Helper()
	if ps != nil {
		t.Errorf("plans returned alongside an error: %+v", ps)
	}
	var fe *FileError
	if !errors.As(err, &fe) || len(fe.Problems) == 0 {
		t.Fatalf("want a FileError with problems, got %v", err)
	}
	return fe.Problems
}

func TestParseCSVCollectsEveryProblemWithItsLine(t *testing.T) {
	in := "name,amount,currency,interval,interval_count\n" +
		"Gold,5000,NGN,monthly,\n" + // line 2 fine
		",abc,NG,fortnightly,0\n" + // line 3: four problems
		"Silver,-5,NGN,,3\n" + // line 4: negative and one-time repeat
		"Bronze,0,NGN,,\n" + // line 5: zero
		"A,1,NGN,,,extra\n" // line 6: too many cells
	ps, err := ParseCSV(strings.NewReader(in))
	got := problems(t, ps, err)
	type key struct {
		line  int
		field string
	}
	var keys []key
	for _, p := range got {
		keys = append(keys, key{p.Line, p.Field})
		if says := p.Says.In(msg.English); says == "" || says == string(p.Says.ID) {
			t.Errorf("problem without a message: %+v", p)
		}
	}
	want := []key{{3, "name"}, {3, "amount"}, {3, "currency"}, {3, "interval"}, {3, "interval_count"},
		{4, "amount"}, {4, "interval_count"}, {5, "amount"}, {6, ""}}
	for _, w := range want {
		if !slices.Contains(keys, w) {
			t.Errorf("missing problem at line %d field %q; got %+v", w.line, w.field, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("got %d problems, want %d: %+v", len(got), len(want), got)
	}
	text := err.Error()
	if !strings.Contains(text, "line 3, interval:") || !strings.Contains(text, "fortnightly") {
		t.Errorf("error text does not point at the line and the bad value:\n%s", text)
	}
}

func TestParseCSVHeaderProblems(t *testing.T) {
	cases := map[string]string{
		"name,amount,price,currency\n":        "price",
		"name,amount\nA,1\n":                  "currency",
		"name,amount,currency,name\nA,1,N\n":  "twice",
		"":                                    "no plans",
		"name,amount,currency\n":              "no plans",
		"name,amount,currency\n\n\n":          "no plans",
		"name,amount,currency\nA,\"1,NGN\n":   "quote",
		"name,amount,currency\nA,1\xff,NGN\n": "UTF-8",
	}
	for in, wantText := range cases {
		ps, err := ParseCSV(strings.NewReader(in))
		got := problems(t, ps, err)
		if got[0].Line < 1 {
			t.Errorf("%q: problem without a line: %+v", in, got)
		}
		if !strings.Contains(err.Error(), wantText) {
			t.Errorf("%q: error %q does not mention %q", in, err, wantText)
		}
	}
}

func TestParseJSONGood(t *testing.T) {
	in := `[
  {"name": "Gold", "amount": 5000, "currency": "ngn", "interval": "monthly"},
  {"Name": "Course", "amount": "49.99", "currency": "USD", "interval": null, "interval_count": null},
  {"name": "Coaching", "amount": 100.5, "currency": "GHS", "interval": "week", "interval_count": 2},
  {"name": "Biannual", "amount": "1,000", "currency": "ZAR", "interval": "biannually", "interval_count": "1"}
]`
	got, err := ParseJSON(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Plan{
		{Name: "Gold", Amount: 500000, Currency: "NGN", Interval: Month},
		{Name: "Course", Amount: 4999, Currency: "USD"},
		{Name: "Coaching", Amount: 10050, Currency: "GHS", Interval: Week, IntervalCount: 2},
		{Name: "Biannual", Amount: 100000, Currency: "ZAR", Interval: HalfYear, IntervalCount: 1},
	}
	if !slices.Equal(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

func TestParseJSONProblemsNameElementAndLine(t *testing.T) {
	in := "[\n" +
		`  {"name": "Gold", "amount": 5000, "currency": "NGN"},` + "\n" +
		`  {"name": "", "amount": -1, "currency": "NGN", "colour": "red"},` + "\n" +
		`  "just text",` + "\n" +
		`  {"name": "X", "amount": 1.999, "currency": "NGN", "interval": ["month"]}` + "\n" +
		"]"
	ps, err := ParseJSON(strings.NewReader(in))
	got := problems(t, ps, err)
	type key struct {
		line, index int
		field       string
	}
	want := []key{{3, 2, "name"}, {3, 2, "amount"}, {3, 2, "colour"}, {4, 3, ""}, {5, 4, "amount"}, {5, 4, "interval"}}
	var keys []key
	for _, p := range got {
		keys = append(keys, key{p.Line, p.Index, p.Field})
	}
	for _, w := range want {
		if !slices.Contains(keys, w) {
			t.Errorf("missing problem %+v; got %+v", w, keys)
		}
	}
	if len(got) != len(want) {
		t.Errorf("got %d problems, want %d: %+v", len(got), len(want), keys)
	}
	if !strings.Contains(err.Error(), "line 3 (plan 2), colour:") {
		t.Errorf("error text:\n%s", err)
	}
}

func TestParseJSONShapeProblems(t *testing.T) {
	cases := map[string]int{ // input → line of the problem
		"":                                     1,
		"[]":                                   1,
		`{"name": "A"}`:                        1,
		"[\n{\"name\": \"A\",\n\"amount\" 5}]": 3,
		`[{"name":"A","amount":1,"currency":"NGN"}] x`:            1,
		"[\n{\"name\":\"A\",\"amount\":1,\"currency\":\"NGN\"}\n": 3,
	}
	for in, line := range cases {
		ps, err := ParseJSON(strings.NewReader(in))
		got := problems(t, ps, err)
		if got[0].Line != line {
			t.Errorf("%q: problem at line %d, want %d: %v", in, got[0].Line, line, err)
		}
	}
}

func TestParseFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	csvText := "name,amount,currency\nGold,5000,NGN\n"
	jsonText := `[{"name":"Gold","amount":5000,"currency":"NGN"}]`
	want := []Plan{{Name: "Gold", Amount: 500000, Currency: "NGN"}}
	for _, p := range []string{write("a.csv", csvText), write("b.JSON", jsonText), write("c.txt", csvText), write("d", "\n "+jsonText)} {
		got, err := ParseFile(p)
		if err != nil || !slices.Equal(got, want) {
			t.Errorf("ParseFile(%s) = %+v, %v", filepath.Base(p), got, err)
		}
	}
	bad := write("bad.csv", "name,amount,currency\nGold,x,NGN\n")
	_, err := ParseFile(bad)
	if err == nil || !strings.Contains(err.Error(), bad) || !strings.Contains(err.Error(), "line 2, amount") {
		t.Errorf("bad file error = %v", err)
	}
	_, err = ParseFile(filepath.Join(dir, "nope.csv"))
	var re *ReadError
	if !errors.As(err, &re) || !strings.Contains(err.Error(), "Check the path") {
		t.Errorf("missing file error = %v", err)
	}
	_, err = ParseFile(dir)
	if !errors.As(err, &re) {
		t.Errorf("directory error = %v", err)
	}
}

func TestParseFields(t *testing.T) {
	got, err := ParseFields("E-mail, First name ,surname,, Phone, email,custom-Field")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"email", "first_name", "last_name", "phone", "custom_field"}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	for in, want := range map[string]string{"FirstName": "first_name", "last-name": "last_name", "Email Address": "email", "given name": "first_name"} {
		if got := NormaliseField(in); got != want {
			t.Errorf("NormaliseField(%q) = %q, want %q", in, got, want)
		}
	}
	for _, in := range []string{"", " , ", "email,na!me", "email,prénom"} {
		if _, err := ParseFields(in); err == nil {
			t.Errorf("ParseFields(%q) accepted", in)
		}
	}
	_, err = ParseFields("email,na!me")
	if !strings.Contains(err.Error(), "na!me") {
		t.Errorf("error does not name the bad entry: %v", err)
	}
}

func TestMissingRequired(t *testing.T) {
	if got := MissingRequired([]string{"email", "phone"}); !slices.Equal(got, []string{"first_name", "last_name"}) {
		t.Errorf("got %v", got)
	}
	if got := MissingRequired([]string{"Last name", "firstname", "E-mail"}); len(got) != 0 {
		t.Errorf("typed forms of the required fields not recognised: %v", got)
	}
	if got := MissingRequired(nil); !slices.Equal(got, RequiredFields) {
		t.Errorf("got %v", got)
	}
}

func TestParseCSVReportsRowsAfterAQuoteMistake(t *testing.T) {
	in := "name,amount,currency\nA,1\"x,NGN\nB,abc,NGN\n"
	ps, err := ParseCSV(strings.NewReader(in))
	got := problems(t, ps, err)
	if len(got) != 2 || got[0].Line != 2 || got[1].Line != 3 || got[1].Field != "amount" {
		t.Errorf("problems = %+v", got)
	}
}

func TestFileErrorCountsItsProblemsInWords(t *testing.T) {
	one := (&FileError{Path: "plans.csv", Problems: []Problem{{Line: 2, Says: msg.New(msg.Verbatim, "x")}}}).Error()
	two := (&FileError{Path: "plans.csv", Problems: []Problem{{Line: 2, Says: msg.New(msg.Verbatim, "x")}, {Line: 3, Says: msg.New(msg.Verbatim, "y")}}}).Error()
	typed := (&FileError{Problems: []Problem{{Line: 1, Says: msg.New(msg.Verbatim, "x")}}}).Error()
	for _, got := range []string{one, two, typed} {
		if strings.Contains(got, "(s)") || strings.Contains(got, "1 problem") {
			t.Errorf("clumsy count in %q", got)
		}
	}
	if !strings.HasPrefix(one, "plans.csv has a problem") || !strings.HasPrefix(two, "plans.csv has 2 problems") || !strings.HasPrefix(typed, "The plans have a problem") {
		t.Errorf("counts read:\n%s\n%s\n%s", one, two, typed)
	}
}

// TestNamesAndQuotedCellsLoseControlCharacters: what a file says is shown in
// every later audit line and in its own problems; an escape sequence in it
// would act on the merchant's terminal each time. Devanagari stays as it is.
func TestNamesAndQuotedCellsLoseControlCharacters(t *testing.T) {
	const osc = "\x1b]0;pwned\x07"
	ps, err := ParseCSV(strings.NewReader("name,amount,currency\n\"Gold" + osc + "\x00 plan\",5000,NGN\nमासिक\u200dयोजना,100,NGN\n"))
	if err != nil {
		t.Fatal(err)
	}
	if ps[0].Name != "Gold plan" || ps[1].Name != "मासिक\u200dयोजना" {
		t.Errorf("names %q, %q; want \"Gold plan\" and the Hindi name unchanged", ps[0].Name, ps[1].Name)
	}
	ps, err = ParseJSON(strings.NewReader(`[{"name":"Gold\u001b[2J plan","amount":5000,"currency":"NGN"}]`))
	if err != nil || ps[0].Name != "Gold plan" {
		t.Errorf("JSON name %+v, %v; want \"Gold plan\"", ps, err)
	}
	_, csvErr := ParseCSV(strings.NewReader("name,amount,currency,price" + osc + "\nGold,1,NGN,2\n"))
	_, jsonErr := ParseJSON(strings.NewReader(`[{"name":"Gold","amount":1,"currency":"NGN","price\u001b]0;pwned\u0007":2}]`))
	for _, err := range []error{csvErr, jsonErr} {
		if err == nil || strings.ContainsAny(err.Error(), "\x1b\x07") {
			t.Errorf("the problem quotes the escape sequence: %q", err)
		}
	}
	fields, err := ParseFields("email," + osc + "first_name, last_name")
	if err != nil || strings.Join(fields, ",") != "email,first_name,last_name" {
		t.Errorf("ParseFields = %v, %v", fields, err)
	}
	if _, err := ParseFields("email,na" + osc + "me!"); err == nil || strings.ContainsAny(err.Error(), "\x1b\x07") {
		t.Errorf("the refusal quotes the escape sequence: %q", err)
	}
}

// TestLimitsKeepTheSavedAnswersReadable: a plans file may hold at most
// MaxPlans plans of at most MaxNameLength characters; over that it is refused
// with one problem that says the limit, not one per row.
func TestLimitsKeepTheSavedAnswersReadable(t *testing.T) {
	var b strings.Builder
	b.WriteString("name,amount,currency\n")
	for i := range MaxPlans {
		fmt.Fprintf(&b, "Plan %04d,5000,NGN\n", i)
	}
	ps, err := ParseCSV(strings.NewReader(b.String()))
	if err != nil || len(ps) != MaxPlans {
		t.Fatalf("%d plans, the most kept, were refused: %v", MaxPlans, err)
	}
	b.WriteString("One too many,5000,NGN\n")
	ps, err = ParseCSV(strings.NewReader(b.String()))
	probs := problems(t, ps, err)
	if len(probs) != 1 || probs[0].Line != MaxPlans+2 || probs[0].Says.In(msg.English) != msg.In(msg.English, msg.PlansTooMany, MaxPlans+1, MaxPlans) {
		t.Errorf("one plan too many gave %+v, want one problem on line %d", probs, MaxPlans+2)
	}
	long := strings.Repeat("क", MaxNameLength) // 200 characters, 600 bytes
	if ps, err := ParseCSV(strings.NewReader("name,amount,currency\n" + long + ",5000,NGN\n")); err != nil || ps[0].Name != long {
		t.Errorf("a name of %d characters was refused: %v", MaxNameLength, err)
	}
	ps, err = ParseCSV(strings.NewReader("name,amount,currency\n" + long + "क,5000,NGN\n"))
	probs = problems(t, ps, err)
	if len(probs) != 1 || probs[0].Field != "name" || probs[0].Says.In(msg.English) != msg.In(msg.English, msg.PlansNameTooLong, MaxNameLength+1, MaxNameLength) {
		t.Errorf("a name one character too long gave %+v", probs)
	}
}

// TestTwoPlansCannotShareAName: the audit names each plan in its lines, so
// two plans called "Gold" (or "gold ") could not be told apart in it; the
// later one is refused, pointing at the line of the first.
func TestTwoPlansCannotShareAName(t *testing.T) {
	ps, err := ParseCSV(strings.NewReader("name,amount,currency\nGold,5000,NGN\nSilver,3000,NGN\n gold ,6000,NGN\n"))
	probs := problems(t, ps, err)
	if len(probs) != 1 || probs[0].Line != 4 || probs[0].Field != "name" || probs[0].Says.In(msg.English) != msg.In(msg.English, msg.PlansNameTwice, "gold", 2) {
		t.Errorf("a second Gold gave %+v", probs)
	}
	ps, err = ParseJSON(strings.NewReader(`[{"name":"मासिक","amount":1,"currency":"NGN"},` + "\n" + `{"name":"मासिक","amount":2,"currency":"NGN"}]`))
	if probs := problems(t, ps, err); len(probs) != 1 || probs[0].Index != 2 || probs[0].Line != 2 {
		t.Errorf("a second Hindi name gave %+v", probs)
	}
	if ps, err := ParseCSV(strings.NewReader("name,amount,currency\nGold,5000,NGN\nGold plus,6000,NGN\n")); err != nil || len(ps) != 2 {
		t.Errorf("two different names were refused: %v", err)
	}
}

// "2 weeks" typed where an interval word was asked is every 2 weeks; what
// has no count, or no interval word, is not split.
func TestSplitInterval(t *testing.T) {
	for typed, want := range map[string]struct {
		word  string
		count int
		ok    bool
	}{
		"2 weeks": {"weeks", 2, true}, "every 3 Months": {"months", 3, true}, "2 सप्ताह": {"सप्ताह", 2, true},
		"weeks": {}, "0 weeks": {}, "2 fortnights": {}, "every weeks": {}, "a 2 weeks": {},
	} {
		word, n, ok := SplitInterval(typed)
		if word != want.word || n != want.count || ok != want.ok {
			t.Errorf("%q: %q %d %v, want %+v", typed, word, n, ok, want)
		}
	}
}

// Importing a list again updates the plans it names in their places and
// adds the others; the list given is left as it was.
func TestMergeUpdatesPlansByName(t *testing.T) {
	list := []Plan{{Name: "Gold", Amount: 1}, {Name: "Silver", Amount: 2}}
	merged, replaced := Merge(list, []Plan{{Name: "silver ", Amount: 3}, {Name: "Bronze", Amount: 4}})
	if replaced != 1 || len(merged) != 3 || merged[1].Amount != 3 || merged[2].Name != "Bronze" || list[1].Amount != 2 {
		t.Fatalf("merged %+v (%d replaced), list now %+v", merged, replaced, list)
	}
}

// A path typed at a prompt is read as a shell reads it.
func TestTypedPath(t *testing.T) {
	t.Setenv("HOME", "/home/ada")
	for typed, want := range map[string]string{
		"'/tmp/My plans.csv'": "/tmp/My plans.csv", `"/tmp/My plans.csv"`: "/tmp/My plans.csv",
		`/tmp/My\ plans.csv`: "/tmp/My plans.csv", " ~/plans.csv ": "/home/ada/plans.csv", "plans.csv": "plans.csv",
	} {
		if got := TypedPath(typed); got != want {
			t.Errorf("%s: %q, want %q", typed, got, want)
		}
	}
}
