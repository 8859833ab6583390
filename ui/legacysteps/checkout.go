package legacysteps

import (
	"context"
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"paystack-setup/checks"
	"paystack-setup/msg"
	"paystack-setup/plans"
	"paystack-setup/state"
	"paystack-setup/ui/list"
	"paystack-setup/ui/theme"
)

type ckPhase int

const (
	ckFields ckPhase = iota // which fields the payment pages ask for
	ckPlans                 // the plan rows
	ckEdit                  // one plan's details
	ckImport                // a file path to import plans from
)

// Plan detail fields, in the order they are asked.
const (
	planName = iota
	planAmount
	planCurrency
	planInterval
	planCount
	planFieldCount
)

// checkoutField is a field a systeme.io payment page can ask for; ID is what state stores.
type checkoutField struct {
	ID    string
	Label msg.ID
}

var commonFields = []checkoutField{
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

// Checkout is step 7: the fields of the payment pages and the price plans, checked as typed.
type Checkout struct {
	ctx   *Context
	phase ckPhase
	keys  ckKeys

	fieldCursor int
	chosen      map[string]bool
	extraFields []string // fields from state that are not in commonFields, kept as they were

	rows      []plans.Plan
	rowCursor int
	editing   int // index in rows, or -1 for a new plan
	// restored: the form shows what was half-typed when the merchant quit;
	// said once, until the next key press.
	restored bool
	inputs   [planFieldCount]textinput.Model
	focus    int
	errs     [planFieldCount]string

	importInput textinput.Model
	importErr   string
	importNote  string
	// full: a plan was to be added to a list that holds plans.MaxPlans;
	// said until the next key press.
	full bool
	// removed is the plan d took away, until u puts it back or the rows
	// change otherwise: one key removes, so one key must undo.
	removed *removedPlan
}

type ckKeys struct {
	Up, Down, Toggle, Continue, Back, Add, Edit, Remove, Undo, Import, Save, Next key.Binding
}

func newCkKeys() ckKeys {
	return ckKeys{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑", msg.T(msg.CkKeyUp))),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓", msg.T(msg.CkKeyDown))),
		Toggle:   key.NewBinding(key.WithKeys("space", "x"), key.WithHelp("space", msg.T(msg.CkKeyToggle))),
		Continue: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", msg.T(msg.CkKeyContinue))),
		Back:     key.NewBinding(key.WithKeys("esc", "shift+tab"), key.WithHelp("esc", msg.T(msg.CkKeyBack))),
		Add:      key.NewBinding(key.WithKeys("a"), key.WithHelp("a", msg.T(msg.CkKeyAdd))),
		Edit:     key.NewBinding(key.WithKeys("enter", "e"), key.WithHelp("enter", msg.T(msg.CkKeyEdit))),
		Remove:   key.NewBinding(key.WithKeys("d", "delete"), key.WithHelp("d", msg.T(msg.CkKeyRemove))),
		Undo:     key.NewBinding(key.WithKeys("u"), key.WithHelp("u", msg.T(msg.CkKeyUndo))),
		Import:   key.NewBinding(key.WithKeys("i"), key.WithHelp("i", msg.T(msg.CkKeyImport))),
		Save:     key.NewBinding(key.WithKeys("s"), key.WithHelp("s", msg.T(msg.CkKeySave))),
		Next:     key.NewBinding(key.WithKeys("tab", "enter"), key.WithHelp("tab", msg.T(msg.CkKeyNext))),
	}
}

// NewCheckout starts from the saved answers, or from the three fields Paystack needs.
func NewCheckout(ctx *Context) *Checkout {
	c := &Checkout{ctx: ctx, keys: newCkKeys(), chosen: map[string]bool{}, editing: -1}
	if ctx.State.CheckoutFields == nil {
		for _, f := range plans.RequiredFields {
			c.chosen[f] = true
		}
	}
	for _, saved := range ctx.State.CheckoutFields {
		f := plans.NormaliseField(saved) // older saves and `audit --fields` may spell it differently
		if c.chosen[f] {
			continue
		}
		c.chosen[f] = true
		if !slices.ContainsFunc(commonFields, func(cf checkoutField) bool { return cf.ID == f }) {
			c.extraFields = append(c.extraFields, f)
		}
	}
	c.rows = slices.Clone(ctx.State.Plans)
	for i := range c.inputs {
		c.inputs[i] = newInput("")
	}
	// A pasted page of text would otherwise become a name, and the saved
	// answers too large to read back.
	c.inputs[planName].CharLimit = plans.MaxNameLength
	c.importInput = newInput("> ")
	c.restoreDraft(ctx.State.TakeDraft("checkout"))
	return c
}

// planDraftFields names the plan form's inputs in a draft, in field order.
var planDraftFields = [planFieldCount]string{"name", "amount", "currency", "interval", "count"}

// Draft keeps a plan being typed, or a file path being typed, over a quit.
func (c *Checkout) Draft() map[string]string {
	switch c.phase {
	case ckEdit:
		d := map[string]string{"editing": strconv.Itoa(c.editing), "focus": strconv.Itoa(c.focus)}
		for i, name := range planDraftFields {
			d[name] = c.inputs[i].Value()
		}
		return d
	case ckImport:
		return map[string]string{"import": c.importInput.Value()}
	}
	return nil
}

func (c *Checkout) restoreDraft(d map[string]string) {
	switch {
	case d == nil:
		return
	case d["import"] != "":
		c.phase = ckImport
		c.importInput.SetValue(d["import"])
	case d["editing"] != "":
		row, err := strconv.Atoi(d["editing"])
		if err != nil || row < -1 || row >= len(c.rows) {
			row = -1 // the plan it edited is gone: keep the typing as a new plan
		}
		c.startEdit(row)
		for i, name := range planDraftFields {
			c.inputs[i].SetValue(d[name])
		}
		if f, err := strconv.Atoi(d["focus"]); err == nil && f >= 0 && f < planFieldCount {
			c.focus = f
		}
	default:
		return
	}
	c.restored = true
}

func (c *Checkout) ID() string    { return "checkout" }
func (c *Checkout) Title() string { return msg.T(msg.CkTitle) }
func (c *Checkout) Busy() bool    { return false }

// Init re-focuses the input of the screen the user left, so keys reach it after back navigation.
func (c *Checkout) Init() tea.Cmd {
	switch c.phase {
	case ckEdit:
		return c.focusInput()
	case ckImport:
		return c.importInput.Focus()
	}
	return nil
}

// Fields is the chosen field IDs in the order of the common list, then any others kept from state.
func (c *Checkout) Fields() []string {
	out := []string{}
	for _, f := range commonFields {
		if c.chosen[f.ID] {
			out = append(out, f.ID)
		}
	}
	for _, f := range c.extraFields {
		if c.chosen[f] {
			out = append(out, f)
		}
	}
	return out
}

// fieldsResult is the checks engine's verdict on the ticked fields (article note 4).
func (c *Checkout) fieldsResult() (checks.Result, bool) {
	rep := checks.Run(c.context(), checks.Input{State: state.State{CheckoutFields: c.Fields()}, Offline: true})
	for _, r := range rep.Results {
		if strings.HasPrefix(r.ID, "fields.") {
			return r, true
		}
	}
	return checks.Result{}, false
}

func (c *Checkout) context() context.Context {
	if c.ctx.Ctx != nil {
		return c.ctx.Ctx
	}
	return context.Background()
}

// planNotes runs the checks engine offline on one plan, so what the audit will
// say about it shows while the plan is typed.
func (c *Checkout) planNotes(p plans.Plan) []planNote {
	st := state.State{Plans: []plans.Plan{p}, Currency: c.ctx.State.Currency, Country: c.ctx.State.Country}
	rep := checks.Run(c.context(), checks.Input{State: st, Offline: true})
	var notes []planNote
	for _, r := range rep.Results {
		family, _, _ := strings.Cut(r.ID, ".")
		if family != "plan" && family != "currency" && family != "first_charge" {
			continue
		}
		problem := r.Status == checks.Fail || r.Status == checks.Warn
		if r.ID == "plan.interval" && r.Status == checks.Pass {
			continue // "every month" is already in the row
		}
		text := r.Detail
		if problem && r.Fix != "" {
			text += " " + r.Fix
		}
		if r.ID == "currency.supported" && strings.EqualFold(p.Currency, "USD") && r.Status == checks.Skip {
			// Offline the engine cannot see the USD balance, but the merchant still needs to know.
			text = msg.T(msg.CkUSDNote)
		}
		if strings.TrimSpace(text) != "" {
			notes = append(notes, planNote{check: r.ID, text: text, problem: problem})
		}
	}
	// A currency Paystack cannot take makes the notes on its minimum and
	// first charge moot ("XYZ 5,000.00: no minimum is known"); only the
	// problems stay.
	for _, n := range notes {
		if strings.HasPrefix(n.check, "currency.") && n.problem {
			return slices.DeleteFunc(notes, func(n planNote) bool { return !n.problem })
		}
	}
	return notes
}

func (c *Checkout) Update(m tea.Msg) tea.Cmd {
	kp, ok := m.(tea.KeyPressMsg)
	if !ok {
		return c.forwardToInput(m)
	}
	c.restored = false
	switch c.phase {
	case ckFields:
		return c.updateFields(kp)
	case ckPlans:
		return c.updatePlans(kp)
	case ckEdit:
		return c.updateEdit(kp)
	case ckImport:
		return c.updateImport(kp)
	}
	return nil
}

// forwardToInput passes cursor blinks and pastes to the input that has focus.
func (c *Checkout) forwardToInput(m tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	switch c.phase {
	case ckEdit:
		c.inputs[c.focus], cmd = c.inputs[c.focus].Update(m)
	case ckImport:
		c.importInput, cmd = c.importInput.Update(m)
	}
	return cmd
}

func (c *Checkout) updateFields(kp tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(kp, c.keys.Up):
		c.fieldCursor = max(c.fieldCursor-1, 0)
	case key.Matches(kp, c.keys.Down):
		c.fieldCursor = min(c.fieldCursor+1, len(commonFields)-1)
	case key.Matches(kp, c.keys.Toggle):
		id := commonFields[c.fieldCursor].ID
		c.chosen[id] = !c.chosen[id]
	case key.Matches(kp, c.keys.Continue):
		c.ctx.State.CheckoutFields = c.Fields()
		c.phase = ckPlans
	case key.Matches(kp, c.keys.Back):
		c.ctx.State.CheckoutFields = c.Fields()
		return Back
	}
	return nil
}

func (c *Checkout) updatePlans(kp tea.KeyPressMsg) tea.Cmd {
	// "2 plans imported" is news only until the rows change; after an edit or
	// a removal it no longer matches the table under it.
	if !key.Matches(kp, c.keys.Up, c.keys.Down) {
		c.importNote = ""
	}
	if !key.Matches(kp, c.keys.Up, c.keys.Down, c.keys.Undo) {
		c.removed = nil
	}
	c.full = false
	switch {
	case key.Matches(kp, c.keys.Up):
		c.rowCursor = max(c.rowCursor-1, 0)
	case key.Matches(kp, c.keys.Down):
		c.rowCursor = min(c.rowCursor+1, max(len(c.rows)-1, 0))
	case key.Matches(kp, c.keys.Add):
		if len(c.rows) >= plans.MaxPlans {
			c.full = true
			return nil
		}
		c.startEdit(-1)
		return c.focusInput()
	case key.Matches(kp, c.keys.Edit):
		if len(c.rows) > 0 {
			c.startEdit(c.rowCursor)
			return c.focusInput()
		}
	case key.Matches(kp, c.keys.Remove):
		if len(c.rows) > 0 {
			c.removed = &removedPlan{at: c.rowCursor, plan: c.rows[c.rowCursor]}
			c.rows = slices.Delete(c.rows, c.rowCursor, c.rowCursor+1)
			c.rowCursor = min(c.rowCursor, max(len(c.rows)-1, 0))
			c.ctx.State.Plans = slices.Clone(c.rows)
		}
	case key.Matches(kp, c.keys.Undo):
		if r := c.removed; r != nil {
			at := min(r.at, len(c.rows))
			c.rows = slices.Insert(c.rows, at, r.plan)
			c.rowCursor, c.removed = at, nil
			c.ctx.State.Plans = slices.Clone(c.rows)
		}
	case key.Matches(kp, c.keys.Import):
		c.phase, c.importErr, c.importNote = ckImport, "", ""
		return c.importInput.Focus()
	case key.Matches(kp, c.keys.Save):
		c.ctx.State.CheckoutFields = c.Fields()
		c.ctx.State.Plans = slices.Clone(c.rows)
		return Next
	case key.Matches(kp, c.keys.Back):
		c.ctx.State.Plans = slices.Clone(c.rows)
		c.phase = ckFields
	}
	return nil
}

type removedPlan struct {
	at   int
	plan plans.Plan
}

func (c *Checkout) startEdit(row int) {
	c.editing, c.focus, c.phase = row, planName, ckEdit
	c.errs = [planFieldCount]string{}
	p := plans.Plan{Currency: c.defaultCurrency(), Interval: plans.Month, IntervalCount: 1}
	if row >= 0 {
		p = c.rows[row]
	}
	c.inputs[planName].SetValue(p.Name)
	c.inputs[planAmount].SetValue("")
	if row >= 0 {
		c.inputs[planAmount].SetValue(plans.FormatAmount(p.Amount, ""))
	}
	c.inputs[planCurrency].SetValue(p.Currency)
	c.inputs[planInterval].SetValue(string(p.Interval))
	c.inputs[planCount].SetValue(strconv.Itoa(max(p.IntervalCount, 1)))
}

func (c *Checkout) defaultCurrency() string {
	if cur := c.ctx.State.Currency; cur != "" {
		return strings.ToUpper(cur)
	}
	return "NGN"
}

func (c *Checkout) focusInput() tea.Cmd {
	for i := range c.inputs {
		c.inputs[i].Blur()
	}
	return c.inputs[c.focus].Focus()
}

func (c *Checkout) updateEdit(kp tea.KeyPressMsg) tea.Cmd {
	switch kp.String() {
	case "esc", "shift+tab":
		if c.focus == planName {
			c.phase = ckPlans // the row list is untouched until a plan is saved
			return nil
		}
		c.focus--
		return c.focusInput()
	case "tab", "enter":
		if c.focus == planInterval {
			c.splitIntervalCount()
		}
		if _, ok := c.typedPlan(c.focus); !ok {
			return nil
		}
		if c.focus < planCount {
			c.focus++
			return c.focusInput()
		}
		p, ok := c.typedPlan(-1)
		if !ok {
			return c.focusInput()
		}
		if c.editing < 0 {
			c.rows = append(c.rows, p)
			c.rowCursor = len(c.rows) - 1
		} else {
			c.rows[c.editing] = p
		}
		c.ctx.State.Plans = slices.Clone(c.rows)
		c.phase = ckPlans
		return nil
	}
	var cmd tea.Cmd
	c.inputs[c.focus], cmd = c.inputs[c.focus].Update(kp)
	c.errs[c.focus] = ""
	return cmd
}

// splitIntervalCount moves the number out of "2 weeks" or "every 3 months"
// typed as the interval into the count field (plans.SplitInterval).
func (c *Checkout) splitIntervalCount() {
	if word, n, ok := plans.SplitInterval(c.inputs[planInterval].Value()); ok {
		c.inputs[planInterval].SetValue(word)
		c.inputs[planCount].SetValue(strconv.Itoa(n))
	}
}

// typedPlan builds the plan from the inputs; only=-1 checks every field (and moves
// the focus to the first bad one), otherwise only that field is judged.
func (c *Checkout) typedPlan(only int) (plans.Plan, bool) {
	p := plans.Plan{
		Name:     strings.TrimSpace(c.inputs[planName].Value()),
		Currency: strings.ToUpper(strings.TrimSpace(c.inputs[planCurrency].Value())),
	}
	errs := [planFieldCount]string{}
	if iv, ok := plans.ParseInterval(c.inputs[planInterval].Value()); ok {
		p.Interval = iv
	} else {
		errs[planInterval] = msg.T(msg.CkIntervalBad)
	}
	if p.Name == "" {
		errs[planName] = msg.T(msg.CkNameEmpty)
	} else if i := plans.IndexOfName(c.rows, p.Name); i >= 0 && i != c.editing {
		// The audit names plans in its lines; two of one name are one there.
		errs[planName] = msg.T(msg.CkNameTaken, c.rows[i].Name)
	}
	if !plans.IsCurrencyCode(p.Currency) {
		errs[planCurrency] = msg.T(msg.CkCurrencyBad)
	}
	if amount, err := plans.ParseAmount(c.inputs[planAmount].Value()); err != nil {
		errs[planAmount] = err.Error()
	} else {
		p.Amount = amount
	}
	n, err := strconv.Atoi(strings.TrimSpace(c.inputs[planCount].Value()))
	if err != nil || n < 1 {
		errs[planCount] = msg.T(msg.CkCountBad)
	}
	p.IntervalCount = n
	ok := true
	for i, e := range errs {
		if only >= 0 && i != only {
			continue
		}
		c.errs[i] = e
		if e != "" && ok {
			ok = false
			if only < 0 {
				c.focus = i
			}
		}
	}
	return p, ok
}

func (c *Checkout) updateImport(kp tea.KeyPressMsg) tea.Cmd {
	switch kp.String() {
	case "esc":
		c.phase = ckPlans
		return nil
	case "enter":
		path := plans.TypedPath(c.importInput.Value())
		if path == "" {
			return nil
		}
		imported, err := plans.ParseFile(path)
		if err != nil {
			c.importErr = err.Error()
			return nil
		}
		// A plan the list already names is updated from the file, which is
		// what importing an edited price list again means; listed twice,
		// the two could not be told apart in the audit.
		rows, replaced := plans.Merge(c.rows, imported)
		if len(rows) > plans.MaxPlans {
			c.importErr = msg.T(msg.CkImportTooMany, len(imported), len(rows), plans.MaxPlans)
			return nil
		}
		c.rows = rows
		c.ctx.State.Plans = slices.Clone(c.rows)
		c.importErr = ""
		c.importNote = msg.Plural(msg.CkImported, len(imported), imported[0].Name).In(msg.Current())
		if replaced > 0 {
			c.importNote += " " + msg.T(msg.CkImportReplaced, replaced)
		}
		c.phase = ckPlans
		return nil
	}
	var cmd tea.Cmd
	c.importInput, cmd = c.importInput.Update(kp)
	return cmd
}

func (c *Checkout) Keys() []key.Binding {
	switch c.phase {
	case ckFields:
		return []key.Binding{c.keys.Up, c.keys.Down, c.keys.Toggle, c.keys.Continue, c.keys.Back}
	case ckPlans:
		ks := []key.Binding{c.keys.Add, c.keys.Import, c.keys.Save, c.keys.Back}
		if len(c.rows) > 0 {
			ks = append([]key.Binding{c.keys.Up, c.keys.Down, c.keys.Edit, c.keys.Remove}, ks...)
		}
		if c.removed != nil {
			ks = append([]key.Binding{c.keys.Undo}, ks...)
		}
		return ks
	case ckEdit:
		return fieldKeys(c.keys.Next, c.keys.Back, c.focus == planName, c.focus == planCount,
			msg.CkKeySavePlan, msg.CkKeyToPlans, msg.CkKeyPrevField)
	}
	// Importing: enter reads the file, esc returns to the plans.
	imp, back := c.keys.Continue, c.keys.Back
	imp.SetHelp("enter", msg.T(msg.CkKeyImportNow))
	back.SetHelp("esc", msg.T(msg.CkKeyToPlans))
	return []key.Binding{imp, back}
}

func (c *Checkout) View(width, height int) string {
	var b strings.Builder
	th := c.ctx.T()
	line := func(s string) { b.WriteString(wrap(s, width) + "\n") }
	styled := func(st lipgloss.Style, s string) { b.WriteString(st.Render(wrap(s, width)) + "\n") }
	note := func(n planNote) {
		if n.problem {
			b.WriteString(th.Bad.Render(item(width, theme.MarkFail+" ", n.text)) + "\n")
		} else {
			b.WriteString(item(width, "• ", n.text) + "\n")
		}
	}
	switch c.phase {
	case ckFields:
		styled(th.Subtitle, msg.T(msg.CkFieldsIntro))
		b.WriteString("\n")
		for i, f := range commonFields {
			box := "[ ]"
			if c.chosen[f.ID] {
				box = "[x]"
			}
			if i == c.fieldCursor {
				b.WriteString(th.Accent.Render("› "+box+" "+msg.T(f.Label)) + "\n")
			} else {
				b.WriteString("  " + box + " " + msg.T(f.Label) + "\n")
			}
		}
		b.WriteString("\n")
		if r, ok := c.fieldsResult(); ok {
			if r.Status == checks.Pass {
				styled(th.Good, theme.MarkPass+" "+r.Detail)
			} else {
				// The engine's fix names the audit command; here the fix is ticking the box.
				styled(th.Bad, theme.MarkFail+" "+r.Detail+" "+msg.T(msg.CkFieldsFixHere))
			}
		}
	case ckPlans:
		styled(th.Subtitle, msg.T(msg.CkPlansIntro))
		if c.importNote != "" {
			styled(th.Good, c.importNote)
		}
		if c.removed != nil {
			styled(th.Muted, msg.T(msg.CkRemoved, c.removed.plan.Name))
		}
		if c.full {
			styled(th.Bad, msg.T(msg.CkPlansFull, plans.MaxPlans))
		}
		b.WriteString("\n")
		if len(c.rows) == 0 {
			line(msg.T(msg.CkPlansNone))
			break
		}
		b.WriteString(c.planTable(width, th))
		b.WriteString("\n\n")
		for _, n := range c.planNotes(c.rows[c.rowCursor]) {
			note(n)
		}
	case ckEdit:
		styled(th.Subtitle, msg.T(msg.CkEditTitle))
		if c.restored {
			styled(th.Muted, msg.T(msg.CkDraftRestored))
		}
		b.WriteString("\n")
		labels := []msg.ID{msg.CkEditName, msg.CkEditAmount, msg.CkEditCurrency, msg.CkEditInterval, msg.CkEditCount}
		for i := range planFieldCount {
			label := "  " + msg.T(labels[i]) + ": "
			if i == c.focus {
				label = th.Accent.Render("› "+msg.T(labels[i])+":") + " "
			}
			b.WriteString(label + c.inputs[i].View() + "\n")
			if c.errs[i] != "" {
				styled(th.Bad, "    "+c.errs[i])
			}
		}
		b.WriteString("\n")
		// Checks run on every key press, so "every 2 weeks" is explained before it is saved.
		if p, ok := c.livePlan(); ok {
			typed := c.inputs[planAmount].Value()
			_, amountErr := plans.ParseAmount(typed)
			_, intervalOK := plans.ParseInterval(c.inputs[planInterval].Value())
			for _, n := range c.planNotes(p) {
				if n.check == "plan.interval" && !intervalOK {
					// A word that is no interval was judged as a one-time
					// price ("charges a one-off payment, but…"); say what
					// to type, once, until the field itself says it.
					if c.errs[planInterval] == "" {
						note(planNote{check: n.check, text: msg.T(msg.CkIntervalBad), problem: true})
					}
					continue
				}
				if n.check == "plan.amount" && amountErr != nil {
					// Judging 0.00 while the field is empty scolds for nothing,
					// and once "12,50x" is typed it blames a price never typed:
					// say what is wrong with the typing instead.
					if strings.TrimSpace(typed) != "" && c.errs[planAmount] == "" {
						note(planNote{check: n.check, text: amountErr.Error(), problem: true})
					}
					continue
				}
				note(n)
			}
		}
		b.WriteString("\n")
		styled(th.Muted, msg.T(msg.CkEditHelp))
	case ckImport:
		if c.restored {
			styled(th.Muted, msg.T(msg.CkDraftRestored))
		}
		line(msg.T(msg.CkImportPrompt))
		b.WriteString(c.importInput.View() + "\n")
		if c.importErr != "" {
			b.WriteString("\n")
			styled(th.Bad, msg.T(msg.CkImportFailed))
			for _, l := range strings.Split(c.importErr, "\n") {
				line("  " + l)
			}
		}
		b.WriteString("\n")
		styled(th.Muted, msg.T(msg.CkImportHelp))
	}
	return strings.TrimRight(b.String(), "\n")
}

// livePlan is the plan as typed so far, good enough to check: unparsable parts are left out.
func (c *Checkout) livePlan() (plans.Plan, bool) {
	p := plans.Plan{
		Name:     c.inputs[planName].Value(),
		Currency: strings.ToUpper(strings.TrimSpace(c.inputs[planCurrency].Value())),
	}
	if iv, ok := plans.ParseInterval(c.inputs[planInterval].Value()); ok {
		p.Interval = iv
	} else {
		p.Interval = plans.Interval(strings.TrimSpace(c.inputs[planInterval].Value()))
	}
	n, err := strconv.Atoi(strings.TrimSpace(c.inputs[planCount].Value()))
	if err != nil || n < 1 {
		n = 1
	}
	p.IntervalCount = n
	if a, err := plans.ParseAmount(c.inputs[planAmount].Value()); err == nil {
		p.Amount = a
	}
	return p, p.Currency != ""
}

func (c *Checkout) planTable(width int, th *theme.Theme) string {
	t := list.New([]string{msg.T(msg.CkColName), msg.T(msg.CkColAmount), msg.T(msg.CkColInterval), msg.T(msg.CkColStatus)}, list.DefaultKeyMap())
	items := make([]list.Item, len(c.rows))
	for i, p := range c.rows {
		status := msg.T(msg.CkStatusOK)
		for _, n := range c.planNotes(p) {
			if n.problem {
				status = msg.T(msg.CkStatusProblem)
				break
			}
		}
		items[i] = list.Item{Columns: []string{p.Name, plans.FormatAmount(p.Amount, p.Currency), p.Describe(), status}}
	}
	t.Append(items)
	themedList(t, th)
	t.SetSize(width, len(items)+3)
	for range c.rowCursor {
		t.Update(tea.KeyPressMsg{Code: tea.KeyDown})
	}
	// The filter and count lines of the long list mean nothing for a handful of plans.
	lines := strings.Split(t.View(), "\n")
	return strings.Join(lines[1:len(lines)-1], "\n")
}

type planNote struct {
	check   string // the checks engine's ID, e.g. "plan.amount"
	text    string
	problem bool
}

var _ Step = (*Checkout)(nil)
