package steps

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"paystack-setup/checks"
	"paystack-setup/internal/safetext"
	"paystack-setup/msg"
	"paystack-setup/plans"
	"paystack-setup/problem"
	"paystack-setup/setup"
	"paystack-setup/state"
)

// Checkout is step 7: the fields the payment pages ask for (the article's
// note 4) and the price plans, each checked as it is typed (notes 2, 3, 5
// and 6). The summary opens either half on its own: Jump{To:
// "checkout.fields"} or Jump{To: "checkout.plans"}.
var Checkout = Step{ID: "checkout", Title: msg.CkTitle, Run: checkoutFromFields,
	Parts: map[string]func(context.Context, *setup.Session, Prompter) error{
		"fields": checkoutFromFields,
		"plans":  checkoutFromPlans,
	}}

func checkoutFromFields(ctx context.Context, s *setup.Session, p Prompter) error {
	return runCheckout(ctx, s, p, false)
}

func checkoutFromPlans(ctx context.Context, s *setup.Session, p Prompter) error {
	return runCheckout(ctx, s, p, true)
}

// checkoutField is a field a systeme.io payment page can ask for; id is what
// the answers keep, spelled as plans.NormaliseField spells it.
type checkoutField struct {
	id    string
	label msg.ID
}

var checkoutFields = []checkoutField{
	{"email", msg.CkFieldEmail},
	{"first_name", msg.CkFieldFirstName},
	{"last_name", msg.CkFieldLastName},
	{"phone", msg.CkFieldPhone},
	{"address", msg.CkFieldAddress},
	{"city", msg.CkFieldCity},
	{"state", msg.CkFieldState},
	{"country", msg.CkFieldCountry},
	{"postcode", msg.CkFieldPostcode},
	{"company", msg.CkFieldCompany},
}

// The plan form's fields, by the names a draft keeps them under (the names
// today's release keeps them under, so its drafts come back too).
const (
	planName     = "name"
	planAmount   = "amount"
	planCurrency = "currency"
	planInterval = "interval"
	planCount    = "count"
)

// draftEditing and draftImport are the draft's other entries: which plan
// the form edited (-1: a new one), and a file path being typed.
const (
	draftEditing = "editing"
	draftImport  = "import"
)

type checkout struct {
	ctx  context.Context
	s    *setup.Session
	p    Prompter
	rows []plans.Plan // the plans as recorded
	at   int          // the row under the plans page's cursor
	// said is what the plans page says about the last action, until the
	// next one: "2 plans imported", the list being full.
	said []Block
	// removed is the plan the last action took away: one key removes, so
	// one key (u) puts it back, until another action.
	removed *removedPlan
}

type removedPlan struct {
	at   int
	plan plans.Plan
}

func runCheckout(ctx context.Context, s *setup.Session, p Prompter, fromPlans bool) error {
	c := &checkout{ctx: ctx, s: s, p: p, rows: slices.Clone(s.State().Plans)}
	// What was being typed at a quit comes back first, where it was typed.
	restored, err := c.restore(s.TakeDraft("checkout"))
	if err != nil {
		return err
	}
	atPlans := fromPlans || restored
	for {
		if !atPlans {
			if err := c.fields(); err != nil {
				return err
			}
		}
		err := c.plans()
		if !errors.Is(err, ErrBack) {
			return err
		}
		atPlans = false // esc on the plans goes to the fields
	}
}

// fields asks which fields the payment pages ask for, as a list of boxes
// with the checks' verdict under it. A first visit ticks nothing (#12 item
// 8): the merchant ticks what their payment page has, so enter alone cannot
// pass fields.required on the merchant's word without a look. Fields kept
// from elsewhere (`audit --fields`) that the list does not name are kept as
// they are.
func (c *checkout) fields() error {
	saved := c.s.State().CheckoutFields
	ticked := map[string]bool{}
	var others []string
	for _, f := range saved {
		id, err := plans.ParseFields(f) // older answers may spell it otherwise
		if err != nil || ticked[id[0]] {
			continue
		}
		ticked[id[0]] = true
		if !slices.ContainsFunc(checkoutFields, func(cf checkoutField) bool { return cf.id == id[0] }) {
			others = append(others, id[0])
		}
	}
	form := &Form{Title: msg.New(msg.CkFieldsAsk), Checklist: true, Submit: msg.New(msg.CkKeyContinue)}
	for _, f := range checkoutFields {
		form.Fields = append(form.Fields, Field{Key: f.id, Label: msg.New(f.label), Kind: ToggleField, Value: yes(ticked[f.id])})
	}
	form.Fields[len(form.Fields)-1].Notes = func(values map[string]string) []Block {
		return c.fieldsVerdict(tickedFields(values, others))
	}
	err := c.p.Form(form)
	if err == nil || errors.Is(err, ErrBack) {
		// Going back keeps the ticks too, as the screen always has.
		if rerr := c.s.RecordCheckoutFields(tickedFields(form.Values(), others)); rerr != nil {
			return rerr
		}
	}
	return err
}

func yes(b bool) string {
	if b {
		return "yes"
	}
	return ""
}

// tickedFields is the ticked ids in the list's order, then the others kept.
func tickedFields(values map[string]string, others []string) []string {
	out := []string{}
	for _, f := range checkoutFields {
		if values[f.id] != "" {
			out = append(out, f.id)
		}
	}
	return append(out, others...)
}

// fieldsVerdict is what the audit will say about these fields: the checks
// engine, offline.
func (c *checkout) fieldsVerdict(fields []string) []Block {
	rep := checks.Run(c.ctx, checks.Input{State: state.State{CheckoutFields: fields}, Offline: true})
	for _, r := range rep.Results {
		if !strings.HasPrefix(r.ID, "fields.") {
			continue
		}
		_, detail, _ := r.Texts()
		if r.Status == checks.Pass {
			return []Block{{Kind: Paragraph, Tone: Success, Text: detail}}
		}
		// The engine's fix names the audit command; here the fix is a tick.
		return []Block{{Kind: Paragraph, Tone: Error, Text: msg.New(msg.ProblemSentences, detail, msg.New(msg.CkFieldsFixHere))}}
	}
	return nil
}

// The plans page's actions, in the order the help bar lists them.
const (
	actUndo = iota
	actEdit
	actRemove
	actAdd
	actImport
	actSave
)

// plans is the page listing the plans, each with what the checks say about
// it; from it a plan is added, edited, removed (and put back) or imported
// from a file. Every change is recorded at once, so a quit keeps it.
func (c *checkout) plans() error {
	for {
		q := Choice{Style: ActionStyle, Body: c.page(), Default: -1}
		var acts []int
		offer := func(act int, o Option) {
			acts = append(acts, act)
			q.Options = append(q.Options, o)
		}
		if c.removed != nil {
			offer(actUndo, Option{Label: msg.New(msg.CkKeyUndo), Key: "u"})
		}
		if len(c.rows) > 0 {
			q.Default = len(q.Options)
			q.Rows = c.rowList()
		}
		offer(actEdit, Option{Label: msg.New(msg.CkKeyEdit), Key: "enter e", OnRow: true})
		offer(actRemove, Option{Label: msg.New(msg.CkKeyRemove), Key: "d delete", OnRow: true})
		offer(actAdd, Option{Label: msg.New(msg.CkKeyAdd), Key: "a"})
		offer(actImport, Option{Label: msg.New(msg.CkKeyImport), Key: "i"})
		offer(actSave, Option{Label: msg.New(msg.CkKeySave), Key: "s"})
		n, err := c.p.Choose(q)
		if err != nil {
			return err
		}
		if q.Rows != nil {
			c.at = min(max(q.Rows.Cursor, 0), len(c.rows)-1)
		}
		act := acts[n]
		c.said = nil
		if act != actUndo {
			c.removed = nil
		}
		switch act {
		case actSave:
			return nil
		case actUndo:
			c.undo()
		case actRemove:
			c.remove()
		case actAdd:
			if len(c.rows) >= plans.MaxPlans {
				c.said = []Block{Note(Error, msg.CkPlansFull, plans.MaxPlans)}
				continue
			}
			err = c.edit(-1, nil)
		case actEdit:
			err = c.edit(c.at, nil)
		case actImport:
			err = c.importFile("", false)
		}
		if err != nil {
			return err
		}
	}
}

// page is what the plans page says above its rows.
func (c *checkout) page() []Block {
	body := append([]Block{Say(msg.CkPlansIntro)}, c.said...)
	if c.removed != nil {
		body = append(body, Note(Muted, msg.CkRemoved, c.removed.plan.Name))
	}
	if len(c.rows) == 0 {
		body = append(body, Say(msg.CkPlansNone))
	}
	return body
}

// rowList is the plans as rows: marked by whether the checks find a
// problem, with what they say under each.
func (c *checkout) rowList() *RowList {
	rl := &RowList{Cursor: min(c.at, len(c.rows)-1)}
	for _, pl := range c.rows {
		notes, bad := c.planNotes(pl)
		mark := string(checks.Pass)
		if bad {
			mark = string(checks.Fail)
		}
		rl.Items = append(rl.Items, Option{Mark: mark,
			Label: msg.New(msg.CkPlanRow, pl.Name, plans.FormatAmount(pl.Amount, pl.Currency), pl.DescribeText())})
		rl.Notes = append(rl.Notes, notes)
	}
	return rl
}

// record keeps rows as the plans, or says why the session would not.
func (c *checkout) record(rows []plans.Plan) bool {
	if err := c.s.RecordPlans(rows); err != nil {
		c.said = []Block{{Kind: Paragraph, Tone: Error, Text: problem.Text(err)}}
		return false
	}
	c.rows = rows
	return true
}

func (c *checkout) remove() {
	at := c.at
	gone := c.rows[at]
	if c.record(slices.Delete(slices.Clone(c.rows), at, at+1)) {
		c.removed = &removedPlan{at: at, plan: gone}
		c.at = min(at, max(len(c.rows)-1, 0))
	}
}

func (c *checkout) undo() {
	r := c.removed
	c.removed = nil
	if r == nil {
		return
	}
	at := min(r.at, len(c.rows))
	if c.record(slices.Insert(slices.Clone(c.rows), at, r.plan)) {
		c.at = at
	}
}

// edit asks for one plan (row -1: a new one) in a form whose notes say, as
// it is typed, what the audit will say about it: the first charge's small
// authorisation, the currency's minimum, an interval systeme.io cannot
// sell. esc on its first field returns to the plans unchanged; a quit keeps
// what was typed as a draft. draft, when set, is what the form held.
func (c *checkout) edit(row int, draft map[string]string) error {
	values := map[string]string{planName: "", planAmount: "", planCurrency: c.defaultCurrency(),
		planInterval: string(plans.Month), planCount: "1"}
	if row >= 0 {
		pl := c.rows[row]
		values = map[string]string{planName: pl.Name, planAmount: plans.FormatAmount(pl.Amount, ""),
			planCurrency: pl.Currency, planInterval: string(pl.Interval), planCount: strconv.Itoa(pl.Every())}
	}
	f := &Form{Title: msg.New(msg.CkEditTitle), Submit: msg.New(msg.CkKeySavePlan), Back: msg.New(msg.CkKeyToPlans)}
	if draft != nil {
		for k := range values {
			values[k] = draft[k]
		}
		f.Body = []Block{Note(Muted, msg.CkDraftRestored)}
	}
	f.Fields = []Field{
		{Key: planName, Label: msg.New(msg.CkEditName), Validate: func(v string) error {
			name := planNameOf(v)
			if name == "" {
				return problem.New(msg.CkNameEmpty)
			}
			if n := utf8.RuneCountInString(name); n > plans.MaxNameLength {
				// A page pasted into the field: the answers must load back.
				return problem.New(msg.PlansNameTooLong, n, plans.MaxNameLength)
			}
			if i := plans.IndexOfName(c.rows, name); i >= 0 && i != row {
				// The audit names plans in its lines; two of one name are one there.
				return problem.New(msg.CkNameTaken, c.rows[i].Name)
			}
			return nil
		}},
		{Key: planAmount, Label: msg.New(msg.CkEditAmount), Validate: func(v string) error {
			_, err := plans.ParseAmount(v)
			return err
		}},
		{Key: planCurrency, Label: msg.New(msg.CkEditCurrency), Validate: func(v string) error {
			if !plans.IsCurrencyCode(strings.ToUpper(strings.TrimSpace(v))) {
				return problem.New(msg.CkCurrencyBad)
			}
			return nil
		}},
		{Key: planInterval, Label: msg.New(msg.CkEditInterval), Settle: settleInterval, Validate: func(v string) error {
			if _, ok := plans.ParseInterval(v); !ok {
				return problem.New(msg.CkIntervalBad)
			}
			return nil
		}},
		{Key: planCount, Label: msg.New(msg.CkEditCount), Validate: func(v string) error {
			if n, err := strconv.Atoi(strings.TrimSpace(v)); err != nil || n < 1 {
				return problem.New(msg.CkCountBad)
			}
			return nil
		}, Notes: c.typedNotes},
	}
	for i := range f.Fields {
		f.Fields[i].Value = values[f.Fields[i].Key]
	}
	err := c.p.Form(f)
	switch {
	case err == nil:
		pl := typedPlan(f.Values())
		rows := slices.Clone(c.rows)
		if row >= 0 {
			rows[row] = pl
		} else {
			rows = append(rows, pl)
		}
		if c.record(rows) {
			c.at = len(rows) - 1
			if row >= 0 {
				c.at = row
			}
		}
		return nil
	case errors.Is(err, ErrBack):
		return nil // the plans are as they were
	case errors.Is(err, ErrInterrupted):
		d := f.Values()
		d[draftEditing] = strconv.Itoa(row)
		c.s.SetDraft("checkout", d)
	}
	return err
}

func (c *checkout) defaultCurrency() string {
	if cur := c.s.State().Currency; cur != "" {
		return strings.ToUpper(cur)
	}
	return "NGN"
}

// planNameOf is a typed name as the answers keep it: one line, trimmed.
func planNameOf(typed string) string { return strings.TrimSpace(safetext.Line(typed)) }

// settleInterval moves the count out of "2 weeks" into the count field, so
// the notes explain every 2 weeks instead of the field refusing the words.
func settleInterval(values map[string]string) map[string]string {
	if word, n, ok := plans.SplitInterval(values[planInterval]); ok {
		return map[string]string{planInterval: word, planCount: strconv.Itoa(n)}
	}
	return nil
}

// typedPlan is the plan the form's values describe once every field passed.
func typedPlan(values map[string]string) plans.Plan {
	iv, _ := plans.ParseInterval(values[planInterval])
	amount, _ := plans.ParseAmount(values[planAmount])
	n, _ := strconv.Atoi(strings.TrimSpace(values[planCount]))
	return plans.Plan{Name: planNameOf(values[planName]), Amount: amount,
		Currency: strings.ToUpper(strings.TrimSpace(values[planCurrency])), Interval: iv, IntervalCount: n}
}

// typedNotes are the checks' notes on the plan as typed so far. What cannot
// be read yet (an amount half-typed, a word that is no interval) is left to
// its field, which says what to type when it is left: judged, an empty
// amount would be a price of 0.00 and "fortnight" a one-time price.
func (c *checkout) typedNotes(values map[string]string) []Block {
	interval, count := values[planInterval], values[planCount]
	if word, n, ok := plans.SplitInterval(interval); ok {
		interval, count = word, strconv.Itoa(n)
	}
	pl := plans.Plan{Name: values[planName], Currency: strings.ToUpper(strings.TrimSpace(values[planCurrency]))}
	if pl.Currency == "" {
		return nil
	}
	var unread []string
	if iv, ok := plans.ParseInterval(interval); ok {
		pl.Interval = iv
	} else {
		unread = append(unread, "plan.interval")
	}
	if n, err := strconv.Atoi(strings.TrimSpace(count)); err == nil && n >= 1 {
		pl.IntervalCount = n
	}
	if a, err := plans.ParseAmount(values[planAmount]); err == nil {
		pl.Amount = a
	} else {
		unread = append(unread, "plan.amount")
	}
	notes, _ := c.planNotes(pl, unread...)
	return notes
}

// planNotes runs the checks engine offline on one plan, so what the audit
// will say about it shows beside it; bad reports a failure or warning.
// Checks named in leaveOut are not said.
func (c *checkout) planNotes(pl plans.Plan, leaveOut ...string) (notes []Block, bad bool) {
	st := c.s.State()
	in := state.State{Plans: []plans.Plan{pl}, Currency: st.Currency, Country: st.Country}
	type note struct {
		text    msg.Text
		problem bool
		family  string
	}
	var said []note
	for _, r := range checks.Run(c.ctx, checks.Input{State: in, Offline: true}).Results {
		family, _, _ := strings.Cut(r.ID, ".")
		if family != "plan" && family != "currency" && family != "first_charge" || slices.Contains(leaveOut, r.ID) {
			continue
		}
		failed := r.Status == checks.Fail || r.Status == checks.Warn
		if r.ID == "plan.interval" && r.Status == checks.Pass {
			continue // "every month" is in the row already
		}
		_, text, fix := r.Texts()
		if failed && !fix.IsZero() {
			text = msg.New(msg.ProblemSentences, text, fix)
		}
		if r.ID == "currency.supported" && strings.EqualFold(pl.Currency, "USD") && r.Status == checks.Skip {
			// Offline the engine cannot see the USD balance, but the merchant still needs to know.
			text = msg.New(msg.CkUSDNote)
		}
		if !text.IsZero() {
			said = append(said, note{text: text, problem: failed, family: family})
		}
	}
	// A currency Paystack cannot take makes the notes on its minimum and
	// first charge moot ("XYZ 5,000.00: no minimum is known"): only the
	// problems stay.
	if slices.ContainsFunc(said, func(n note) bool { return n.family == "currency" && n.problem }) {
		said = slices.DeleteFunc(said, func(n note) bool { return !n.problem })
	}
	var fine []msg.Text
	for _, n := range said {
		if n.problem {
			notes = append(notes, Block{Kind: Paragraph, Tone: Error, Text: n.text})
			bad = true
		} else {
			fine = append(fine, n.text)
		}
	}
	if len(fine) > 0 {
		notes = append(notes, Points(fine...))
	}
	return notes, bad
}

// importFile reads plans from a CSV or JSON file into the list: a plan the
// list already names is updated from the file (importing an edited price
// list again), the others are added. A file with any problem changes
// nothing and says every problem. typed is a path kept from a quit.
func (c *checkout) importFile(typed string, restored bool) error {
	var imported []plans.Plan
	f := &Form{Title: msg.New(msg.CkImportPrompt), Submit: msg.New(msg.CkKeyImportNow), Back: msg.New(msg.CkKeyToPlans),
		Fields: []Field{{Key: draftImport, Label: msg.New(msg.CkImportFile), Value: typed, Validate: func(v string) error {
			path := plans.TypedPath(v)
			if path == "" {
				return problem.New(msg.CkImportNoPath)
			}
			ps, err := plans.ParseFile(path)
			if err != nil {
				return problem.New(msg.ProblemSentences, msg.New(msg.CkImportFailed), err)
			}
			if merged, _ := plans.Merge(c.rows, ps); len(merged) > plans.MaxPlans {
				return problem.New(msg.CkImportTooMany, len(ps), len(merged), plans.MaxPlans)
			}
			imported = ps
			return nil
		}}}}
	if restored {
		f.Body = []Block{Note(Muted, msg.CkDraftRestored)}
	}
	err := c.p.Form(f)
	switch {
	case err == nil:
		merged, replaced := plans.Merge(c.rows, imported)
		if !c.record(merged) {
			return nil
		}
		said := msg.Plural(msg.CkImported, len(imported), imported[0].Name)
		if replaced > 0 {
			said = msg.New(msg.ProblemSentences, said, msg.New(msg.CkImportReplaced, replaced))
		}
		c.said = []Block{{Kind: Paragraph, Tone: Success, Text: said}}
		return nil
	case errors.Is(err, ErrBack):
		return nil
	case errors.Is(err, ErrInterrupted):
		c.s.SetDraft("checkout", map[string]string{draftImport: f.Values()[draftImport]})
	}
	return err
}

// restore opens what a quit left half-typed: the plan form (on the plan it
// edited, or a new one if that plan is gone) or the import's path. restored
// reports that there was one, so the step goes on at the plans.
func (c *checkout) restore(d map[string]string) (restored bool, err error) {
	switch {
	case d == nil:
		return false, nil
	case d[draftImport] != "":
		return true, c.importFile(d[draftImport], true)
	case d[draftEditing] != "":
		row, err := strconv.Atoi(d[draftEditing])
		if err != nil || row < -1 || row >= len(c.rows) {
			row = -1 // the plan it edited is gone: keep the typing as a new plan
		}
		return true, c.edit(row, d)
	}
	return false, nil
}
