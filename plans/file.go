package plans

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"paystack-setup/internal/safetext"
	"paystack-setup/msg"
)

// Problem is one thing wrong in a plans file. Line is 1-based; Index is the
// 1-based element of a JSON array (0 for CSV); Field is the column or key.
type Problem struct {
	Line  int
	Index int
	Field string
	// Says is what is wrong, rendered in the language of whoever reads it.
	Says msg.Text
}

// FileError lists every problem in a plans file; a file with any problem
// yields no plans, so a half-imported price list never reaches the checks.
type FileError struct {
	Path     string
	Problems []Problem
}

// Error is the English text, for Go callers; a merchant reads In(their language).
func (e *FileError) Error() string { return e.In(msg.English) }

// In says every problem, one a line, in a language.
func (e *FileError) In(l msg.Lang) string {
	pr := msg.NewPrinter(l)
	var b strings.Builder
	if e.Path != "" {
		b.WriteString(pr.Text(msg.Plural(msg.PlansFileHasProblems, len(e.Problems), e.Path)))
	} else {
		b.WriteString(pr.Text(msg.Plural(msg.PlansInputHasProblems, len(e.Problems))))
	}
	for _, p := range e.Problems {
		b.WriteString("\n  ")
		says := pr.Text(p.Says)
		switch {
		case p.Index > 0 && p.Field != "":
			b.WriteString(pr.T(msg.PlansProblemElemField, p.Line, p.Index, p.Field, says))
		case p.Index > 0:
			b.WriteString(pr.T(msg.PlansProblemElem, p.Line, p.Index, says))
		case p.Field != "":
			b.WriteString(pr.T(msg.PlansProblemField, p.Line, p.Field, says))
		default:
			b.WriteString(pr.T(msg.PlansProblemLine, p.Line, says))
		}
	}
	return b.String()
}

// ReadError is a plans file that could not be read at all.
type ReadError struct {
	Path string
	Err  error
}

func (e *ReadError) Error() string { return e.In(msg.English) }

// In says it in a language.
func (e *ReadError) In(l msg.Lang) string {
	switch {
	case errors.Is(e.Err, fs.ErrNotExist):
		return msg.In(l, msg.PlansFileMissing, e.Path)
	case errors.Is(e.Err, fs.ErrPermission):
		return msg.In(l, msg.PlansFileDenied, e.Path)
	}
	return msg.In(l, msg.PlansFileUnreadable, e.Path)
}

func (e *ReadError) Unwrap() error { return e.Err }

// TypedPath reads a path typed at a prompt the way a shell would have: a
// file dragged into the terminal arrives quoted ('/home/ada/My plans.csv')
// or with escaped spaces, and "~/plans.csv" means the home folder; taken
// literally, each was "There is no file at …" for a file that is there.
func TypedPath(typed string) string {
	p := strings.TrimSpace(typed)
	if len(p) >= 2 && (p[0] == '\'' || p[0] == '"') && p[len(p)-1] == p[0] {
		p = p[1 : len(p)-1]
	} else {
		p = strings.ReplaceAll(p, "\\ ", " ")
	}
	if p == "~" || strings.HasPrefix(p, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			p = filepath.Join(home, strings.TrimPrefix(p, "~"))
		}
	}
	return p
}

// maxFileSize keeps a mistaken path (a video, a disk image) from being read
// into memory; a real price list is a few kilobytes.
const maxFileSize = 4 << 20

// ParseFile reads plans from a CSV or JSON file, chosen by extension and, for
// any other name, by whether the content starts with '['.
func ParseFile(path string) ([]Plan, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &ReadError{Path: path, Err: err}
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return nil, &ReadError{Path: path, Err: errors.New("is a directory")}
	}
	data, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return nil, &ReadError{Path: path, Err: err}
	}
	if len(data) > maxFileSize {
		return nil, &FileError{Path: path, Problems: []Problem{{Line: 1, Says: msg.New(msg.PlansFileTooBig)}}}
	}
	var ps []Plan
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv":
		ps, err = ParseCSV(bytes.NewReader(data))
	case ".json":
		ps, err = ParseJSON(bytes.NewReader(data))
	default:
		if trimmed := bytes.TrimLeft(stripBOM(data), " \t\r\n"); len(trimmed) > 0 && (trimmed[0] == '[' || trimmed[0] == '{') {
			ps, err = ParseJSON(bytes.NewReader(data))
		} else {
			ps, err = ParseCSV(bytes.NewReader(data))
		}
	}
	var fe *FileError
	if errors.As(err, &fe) {
		fe.Path = path
	}
	return ps, err
}

func stripBOM(b []byte) []byte { return bytes.TrimPrefix(b, []byte("\uFEFF")) }

// Columns is the header a plans CSV uses and the keys of a plans JSON object.
var Columns = []string{"name", "amount", "currency", "interval", "interval_count"}

var requiredColumns = []string{"name", "amount", "currency"}

// row is one plan as written in a file, before validation.
type row struct {
	line, index int
	values      map[string]string
	present     map[string]bool
}

// ParseCSV reads plans from CSV with a header row; see ParseFile.
func ParseCSV(r io.Reader) ([]Plan, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &ReadError{Err: err}
	}
	data = stripBOM(data)
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	var problems []Problem
	add := func(line int, field string, says msg.Text) {
		problems = append(problems, Problem{Line: line, Field: field, Says: says})
	}
	if !utf8.Valid(data) {
		return nil, &FileError{Problems: []Problem{{Line: 1, Says: msg.New(msg.PlansNotText)}}}
	}
	header, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, &FileError{Problems: []Problem{{Line: 1, Says: msg.New(msg.PlansEmpty)}}}
	}
	if err != nil {
		return nil, &FileError{Problems: []Problem{csvSyntaxProblem(err)}}
	}
	headerLine, _ := cr.FieldPos(0)
	columns := make([]string, len(header))
	seen := map[string]bool{}
	for i, h := range header {
		h = safetext.Line(h) // quoted back in the problems below
		name := normaliseWord(h)
		switch {
		case name == "":
			add(headerLine, "", msg.New(msg.PlansColumnEmpty, i+1))
		case !isColumn(name):
			add(headerLine, strings.TrimSpace(h), msg.New(msg.PlansColumnUnknown, strings.TrimSpace(h), strings.Join(Columns, ",")))
		case seen[name]:
			add(headerLine, name, msg.New(msg.PlansColumnTwice, name))
		}
		seen[name] = true
		columns[i] = name
	}
	for _, c := range requiredColumns {
		if !seen[c] {
			add(headerLine, c, msg.New(msg.PlansColumnMissing, c, strings.Join(Columns, ",")))
		}
	}
	if len(problems) > 0 {
		return nil, &FileError{Problems: problems}
	}
	var rows []row
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			// The reader has consumed the broken record (an unclosed quote
			// swallows the rest of the file), so reading on reports the rows
			// after it rather than repeating this one.
			problems = append(problems, csvSyntaxProblem(err))
			continue
		}
		line, _ := cr.FieldPos(0)
		if blank(rec) {
			continue
		}
		if len(rec) > len(columns) {
			add(line, "", msg.New(msg.PlansTooManyCells, len(rec), len(columns)))
			continue
		}
		rw := row{line: line, values: map[string]string{}, present: map[string]bool{}}
		for i, v := range rec {
			rw.values[columns[i]] = v
			rw.present[columns[i]] = true
		}
		rows = append(rows, rw)
	}
	return finish(rows, problems, headerLine)
}

func csvSyntaxProblem(err error) Problem {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		line := max(pe.Line, 1)
		switch {
		case errors.Is(pe.Err, csv.ErrQuote), errors.Is(pe.Err, csv.ErrBareQuote):
			return Problem{Line: line, Says: msg.New(msg.PlansCSVQuote)}
		}
	}
	return Problem{Line: 1, Says: msg.New(msg.PlansCSVBroken)}
}

func blank(rec []string) bool {
	for _, v := range rec {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	return true
}

func isColumn(name string) bool {
	for _, c := range Columns {
		if c == name {
			return true
		}
	}
	return false
}

// ParseJSON reads plans from a JSON array of objects; see ParseFile.
func ParseJSON(r io.Reader) ([]Plan, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &ReadError{Err: err}
	}
	data = stripBOM(data)
	lineAt := func(off int64) int {
		off = min(max(off, 0), int64(len(data)))
		return bytes.Count(data[:off], []byte("\n")) + 1
	}
	single := func(line int, id msg.ID, args ...any) error {
		return &FileError{Problems: []Problem{{Line: line, Says: msg.New(id, args...)}}}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, single(1, msg.PlansEmpty)
	}
	if !utf8.Valid(data) {
		return nil, single(1, msg.PlansNotText)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	syntax := func(err error) error {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return single(lineAt(int64(len(data))), msg.PlansJSONSyntax)
		}
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return single(lineAt(se.Offset), msg.PlansJSONSyntax)
		}
		return single(lineAt(dec.InputOffset()), msg.PlansJSONSyntax)
	}
	tok, err := dec.Token()
	if err != nil {
		return nil, syntax(err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return nil, single(1, msg.PlansJSONNotArray)
	}
	var rows []row
	var problems []Problem
	for index := 1; dec.More(); index++ {
		start := dec.InputOffset()
		for start < int64(len(data)) && strings.IndexByte(" \t\r\n,", data[start]) >= 0 {
			start++
		}
		line := lineAt(start)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, syntax(err)
		}
		rw, probs, isObject := jsonRow(raw, line, index)
		problems = append(problems, probs...)
		if isObject {
			rows = append(rows, rw)
		}
	}
	if _, err := dec.Token(); err != nil {
		return nil, syntax(err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, single(lineAt(dec.InputOffset()), msg.PlansJSONTrailing)
	}
	return finish(rows, problems, 1)
}

// jsonRow turns one array element into a row; amounts and counts may be JSON
// numbers or strings because spreadsheets and hand-written files mix both.
func jsonRow(raw json.RawMessage, line, index int) (row, []Problem, bool) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil || obj == nil {
		return row{}, []Problem{{Line: line, Index: index, Says: msg.New(msg.PlansJSONNotObject)}}, false
	}
	rw := row{line: line, index: index, values: map[string]string{}, present: map[string]bool{}}
	var problems []Problem
	keys := slices.Sorted(maps.Keys(obj))
	for _, rawKey := range keys {
		v := obj[rawKey]
		key := safetext.Line(rawKey) // quoted back in the problems below
		name := normaliseWord(key)
		if !isColumn(name) {
			problems = append(problems, Problem{Line: line, Index: index, Field: key, Says: msg.New(msg.PlansKeyUnknown, key, strings.Join(Columns, ", "))})
			continue
		}
		if rw.present[name] {
			problems = append(problems, Problem{Line: line, Index: index, Field: name, Says: msg.New(msg.PlansColumnTwice, name)})
			continue
		}
		rw.present[name] = true
		text, ok := jsonScalar(v)
		if !ok {
			problems = append(problems, Problem{Line: line, Index: index, Field: name, Says: msg.New(msg.PlansJSONBadValue)})
			continue
		}
		rw.values[name] = text
	}
	return rw, problems, true
}

func jsonScalar(v json.RawMessage) (string, bool) {
	v = bytes.TrimSpace(v)
	switch {
	case len(v) == 0 || string(v) == "null":
		return "", true
	case v[0] == '"':
		var s string
		if json.Unmarshal(v, &s) != nil {
			return "", false
		}
		return s, true
	case v[0] == '-' || v[0] >= '0' && v[0] <= '9':
		return string(v), true
	}
	return "", false
}

// MaxPlans is far more plans than a systeme.io price list holds. With
// MaxNameLength it bounds the saved answers: the largest list accepted saves
// in about 1.5 MB, well inside what the state loader reads back, so no file
// accepted here can leave a state file the next run calls damaged.
const MaxPlans = 1000

// MaxNameLength is in characters; a plan's name is a line on a checkout page.
const MaxNameLength = 200

// finish validates every row, collecting all problems so the merchant fixes
// the file in one pass instead of one error per run.
func finish(rows []row, problems []Problem, emptyLine int) ([]Plan, error) {
	if len(rows) > MaxPlans {
		// One problem, not one per row: the file is the wrong one, or a
		// list to trim, and either way the rows' details do not matter yet.
		first := rows[MaxPlans]
		return nil, &FileError{Problems: []Problem{{Line: first.line, Index: first.index, Says: msg.New(msg.PlansTooMany, len(rows), MaxPlans)}}}
	}
	var out []Plan
	firstLine := map[string]int{} // name → the line that named a plan so first
	for _, rw := range rows {
		p, probs := validate(rw)
		problems = append(problems, probs...)
		out = append(out, p)
		if p.Name == "" {
			continue
		}
		if line, taken := firstLine[nameKey(p.Name)]; taken {
			problems = append(problems, Problem{Line: rw.line, Index: rw.index, Field: "name", Says: msg.New(msg.PlansNameTwice, p.Name, line)})
		} else {
			firstLine[nameKey(p.Name)] = rw.line
		}
	}
	if len(problems) == 0 && len(out) == 0 {
		problems = append(problems, Problem{Line: emptyLine, Says: msg.New(msg.PlansEmpty)})
	}
	if len(problems) > 0 {
		slices.SortStableFunc(problems, func(a, b Problem) int { return a.Line - b.Line })
		return nil, &FileError{Problems: problems}
	}
	return out, nil
}

// maxIntervalCount is far beyond any real plan; it only stops absurd numbers.
const maxIntervalCount = 1000

func validate(rw row) (Plan, []Problem) {
	var problems []Problem
	bad := func(field string, says msg.Text) {
		problems = append(problems, Problem{Line: rw.line, Index: rw.index, Field: field, Says: says})
	}
	var p Plan
	// The name is shown in every audit line about the plan; a control
	// character in it would reach the merchant's terminal each time.
	p.Name = strings.TrimSpace(safetext.Line(rw.values["name"]))
	if p.Name == "" {
		bad("name", msg.New(msg.PlansNameEmpty))
	} else if n := utf8.RuneCountInString(p.Name); n > MaxNameLength {
		bad("name", msg.New(msg.PlansNameTooLong, n, MaxNameLength))
	}
	if amount, err := ParseAmount(rw.values["amount"]); err != nil {
		bad("amount", msg.New(msg.Verbatim, err))
	} else if amount == 0 {
		bad("amount", msg.New(msg.PlansAmountZero))
	} else {
		p.Amount = amount
	}
	p.Currency = strings.ToUpper(strings.TrimSpace(rw.values["currency"]))
	if !IsCurrencyCode(p.Currency) {
		bad("currency", msg.New(msg.PlansCurrencyBad, strings.TrimSpace(rw.values["currency"])))
	}
	interval, ok := ParseInterval(rw.values["interval"])
	if !ok {
		bad("interval", msg.New(msg.PlansIntervalBad, strings.TrimSpace(rw.values["interval"])))
	}
	p.Interval = interval
	count := strings.TrimSpace(rw.values["interval_count"])
	if count != "" {
		n, err := strconv.Atoi(count)
		switch {
		case err != nil || n < 1:
			bad("interval_count", msg.New(msg.PlansCountBad, count))
		case n > maxIntervalCount:
			bad("interval_count", msg.New(msg.PlansCountTooBig, count, maxIntervalCount))
		case ok && interval == OneTime && n != 1:
			bad("interval_count", msg.New(msg.PlansCountOneTime, n))
		default:
			p.IntervalCount = n
		}
	}
	return p, problems
}

// IsCurrencyCode reports three capital letters, as Paystack writes a
// currency ("NGN").
func IsCurrencyCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}
