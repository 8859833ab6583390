package steps

import (
	"context"
	"errors"

	"paystack-setup/msg"
)

// Prompter is the only way a flow talks to the merchant. The Bubble Tea
// wizard (package ui), accessible mode (ui/accessible), the command line and
// the tests' scripted prompter (steps/steptest) implement it, so a question,
// its validation and what follows from the answer are written once.
//
// Every text is a msg.Text, never a rendered string: the renderer puts it in
// its own language and strips control bytes from the data in its arguments.
// An error handed to a renderer (a Validate result, Wait's work) is turned
// into a sentence there; a renderer never shows a raw Go error.
type Prompter interface {
	// Begin announces a step: the step indicator on screen ("Step 3 of 9 ·
	// Subaccount"), a spoken header in accessible mode.
	Begin(step StepInfo)
	// Tell shows information that needs no answer. On screen it stays above
	// the next question of the same step; accessible mode says it at once.
	Tell(blocks ...Block)
	// Choose asks for one of a few options and returns its index.
	Choose(q Choice) (int, error)
	// Input asks for one line of text.
	Input(q Input) (string, error)
	// Form asks several fields, edited together on screen and one after
	// another in accessible mode. The fields' Values hold what was typed
	// even when Form returns ErrBack or ErrInterrupted, so a flow can keep a
	// draft.
	Form(f *Form) error
	// Pick asks for one row of a long list that loads page by page while the
	// merchant filters it (the list component on screen, nine at a time with
	// narrowing in accessible mode). It returns the row's index, or
	// ExtraChosen(i) for the Extra option i.
	Pick(q Pick) (int, error)
	// Wait runs work while saying what it waits for. On screen esc cancels
	// work's context and Wait returns ErrCanceled; ctrl+c returns
	// ErrInterrupted. Work's own error is returned as it is.
	Wait(label msg.Text, work func(ctx context.Context) error) error
	// Copy puts text on the clipboard (OSC52); false where this renderer
	// cannot, so the flow does not offer it.
	Copy(text string) bool
	// CanCopy says whether Copy can work here, before offering it.
	CanCopy() bool
}

// What a Prompter returns besides an answer.
var (
	// ErrBack: esc on screen, "b" in accessible mode. A flow goes back one
	// question, or returns it from the step's first question.
	ErrBack = errors.New("back")
	// ErrInterrupted: ctrl+c, kill, a closed terminal, or the end of input.
	ErrInterrupted = errors.New("interrupted")
	// ErrCanceled: esc during a Wait.
	ErrCanceled = errors.New("canceled")
)

// ExtraChosen is what Pick returns when the merchant picks Extra option i
// ("Create a new subaccount") instead of a row.
func ExtraChosen(i int) int { return -(i + 1) }

// IsExtra tells an Extra option from a row in Pick's answer.
func IsExtra(n int) (i int, ok bool) {
	if n < 0 {
		return -n - 1, true
	}
	return 0, false
}

// StepInfo is the step a Prompter is asked to announce.
type StepInfo struct {
	ID    string
	Title msg.ID
	// Index is the 1-based position, Count how many steps there are. Count
	// 0 is a flow of its own run by a command (the renewals view), not a
	// step of the wizard: it is announced by its title alone, and back
	// from its first question returns ErrBack to the flow, which leaves.
	Index, Count int
}

// BlockKind is how a Block lays out its text.
type BlockKind int

const (
	Paragraph  BlockKind = iota // Text, wrapped
	Numbered                    // Items as 1. 2. 3.
	Bullets                     // Items as a bulleted list
	Value                       // Text alone on its line, to be selected and copied whole (a URL, an IP address)
	TableBlock                  // Table
)

// Tone colours a Block on screen; accessible mode says Warn and Error with a
// word, since a screen reader cannot hear a colour.
type Tone int

const (
	Plain Tone = iota
	Muted
	Accent
	Success
	Warn
	Error
)

// Block is one piece of what a page says. For Numbered and Bullets, Text
// is an optional heading said right above the items ("What you need").
type Block struct {
	Kind  BlockKind
	Tone  Tone
	Text  msg.Text
	Items []msg.Text
	Table *Table
}

// Table is rows of data under localized column names; cells are data (names,
// amounts), not messages.
type Table struct {
	Columns []msg.Text
	Rows    [][]string
}

// Convenience constructors, so a flow reads as what it says.
func Say(id msg.ID, args ...any) Block { return Block{Kind: Paragraph, Text: msg.New(id, args...)} }
func Note(tone Tone, id msg.ID, args ...any) Block {
	return Block{Kind: Paragraph, Tone: tone, Text: msg.New(id, args...)}
}
func List(items ...msg.Text) Block   { return Block{Kind: Numbered, Items: items} }
func Points(items ...msg.Text) Block { return Block{Kind: Bullets, Items: items} }
func Literal(s string) Block         { return Block{Kind: Value, Text: msg.New(msg.Verbatim, s)} }

// Headed gives a Numbered or Bullets block its heading.
func Headed(heading msg.Text, b Block) Block {
	b.Text = heading
	return b
}

// ChoiceStyle is how a Choice is shown on screen.
type ChoiceStyle int

const (
	// ListStyle: the options as a list with a cursor (a country, keep or
	// replace, the keyring fallbacks).
	ListStyle ChoiceStyle = iota
	// ActionStyle: a page whose options are actions on keys, listed in the
	// help bar: enter takes Default, the others their Key ("c" copy the
	// key). Accessible mode numbers them like any choice.
	ActionStyle
)

// Option is one answer to a Choice, or an Extra entry of a Pick.
type Option struct {
	Label msg.Text
	// Detail is a second line. For an option with a Mark it is the check's
	// fix: drawn under an arrow on screen, said after "Fix:" in accessible mode.
	Detail msg.Text
	// Key is the key that takes the option at once; several are separated by
	// spaces ("d delete"), the first shown in the help bar. ActionStyle: "c"
	// (copy); "" for enter (the Default). ListStyle: an option with a Key is
	// an action beside the list rather than a row of it (the summary's "r"
	// check again, "m" all steps): the help bar lists it. Accessible mode
	// numbers every option, and takes a Key typed alone as the answer too, so
	// a sentence saying "press s to continue" holds there.
	Key string
	// Mark is a check's status (pass, warn, fail, skip, error): ✓ ! ✗ - on
	// screen, a word (PASS, असफल) in accessible mode, which also counts them.
	Mark string
	// OnRow: the option acts on one of the Choice's Rows (edit, remove the
	// plan under the cursor); it is offered only while there are rows.
	OnRow bool
	// Enter is what enter does on this option, for the help bar, where it
	// is not the Choice's Submit: the summary opens a check, but finishes
	// on Finish.
	Enter msg.Text
}

// Choice asks for one of a few options.
type Choice struct {
	Title   msg.Text
	Body    []Block
	Options []Option
	// Default is the option enter takes (ListStyle: where the cursor
	// starts). Below 0 in a ListStyle choice: none, accessible mode then
	// waits for a number (the screen's cursor starts on the first option);
	// below 0 in an ActionStyle choice, enter takes nothing.
	Default int
	Style   ChoiceStyle
	// Footer is said after the options: a note that belongs to the whole
	// question (the currency note under the countries). On screen it stays
	// in sight when a long list scrolls.
	Footer []Block
	// Submit is what enter does in a ListStyle choice, for the help bar
	// ("open"); zero: "choose".
	Submit msg.Text
	// Rows, in an ActionStyle choice, are what its OnRow options act on
	// (the checkout step's plans).
	Rows *RowList
	// Glance: the page only shows where things stand (the key Paystack
	// accepted) and its one option goes on. The screen waits for enter (esc
	// goes back), since the next page replaces it; accessible mode says it
	// and goes on without a question, its lines staying where they were read.
	Glance bool
}

// RowList is the items an ActionStyle page lists for its OnRow options: on
// screen a list that ↑/↓ move a cursor over, with the notes of the row
// under it; in accessible mode each row is said with its notes before the
// options, and choosing an OnRow option asks which row when there are
// several.
type RowList struct {
	Items []Option // each row's Label, and its Mark (✓ ✗, said as a word)
	// Notes are said under a row: what the checks say about a plan.
	Notes [][]Block
	// Cursor is the row the cursor starts on; Choose leaves in it the row
	// an OnRow option was taken for.
	Cursor int
}

// GlanceTeller is a Prompter that may say a Glance choice without waiting
// for an answer (accessible mode does). The wizard does not count such a
// page as a question, so a step that asked nothing else (a key from
// PAYSTACK_SECRET_KEY) is passed over on the way back, as it always was there.
type GlanceTeller interface{ TellsGlances() bool }

// Shortcut is a key that fills an Input with a value (the demo's public test
// key), so a merchant trying the demo need not type one.
type Shortcut struct {
	Key   string
	Label msg.Text
	Value string
}

// Input asks for one line of text.
type Input struct {
	Title msg.Text
	// Label is the question as a line asks it (accessible mode). On screen
	// the page's Title and Body introduce the field, so it is not drawn.
	Label       msg.Text
	Body        []Block
	Value       string // what the field starts with
	Placeholder string
	// Secret hides what is typed (• on screen, no echo in accessible mode)
	// and never shows it back.
	Secret    bool
	CharLimit int
	// Validate judges the text: on every change on screen (the message is
	// shown under the field), on enter in accessible mode. nil accepts anything.
	Validate func(string) error
	// Notes are shown under the field for what is typed so far (a plan's
	// first charge, the share a percentage leaves).
	Notes     func(string) []Block
	Shortcuts []Shortcut
	// Submit is what enter does, for the help bar ("check"); zero: "next".
	Submit msg.Text
	// Refused is why the flow did not take the last answer (judged after
	// Input returned, as the session does with a webhook URL). The screen
	// shows it under the field until the text changes; accessible mode says
	// it before asking again.
	Refused error
}

// FieldKind is what a Form field holds.
type FieldKind int

const (
	TextField   FieldKind = iota
	ToggleField           // "yes"/"" ; a checkbox on screen, a yes/no question in accessible mode
	SelectField           // one of Options; Value is the chosen option's index as text
)

// Field is one question of a Form.
type Field struct {
	Key      string
	Label    msg.Text
	Value    string
	Kind     FieldKind
	Options  []Option
	Optional bool
	Validate func(string) error
	// Notes are shown under the field for the form's values so far.
	Notes func(values map[string]string) []Block
	// Settle, when set, runs once the field is answered, before it is
	// judged, and returns the values to put in fields of the form (this
	// one included): "2 weeks" typed as an interval becomes "week", with 2
	// in the count field.
	Settle func(values map[string]string) map[string]string
}

// Form asks several fields that belong together.
type Form struct {
	// ID names the form's draft: what is typed is kept over a quit under it.
	ID     string
	Title  msg.Text
	Body   []Block
	Fields []Field
	// Resolve runs after a field is answered, off the screen's event loop
	// (the account holder's name after the account number); its Blocks are
	// shown with the form, an error is shown and is not fatal.
	Resolve func(ctx context.Context, changed string, values map[string]string) ([]Block, error)
	// Submit is what enter on the last field does, for the help bar
	// ("review"); zero: "next".
	Submit msg.Text
	// Back is what esc on the first field does, for the help bar ("back
	// to the plans"); zero: "back".
	Back msg.Text
	// Checklist: every field is a toggle, ticked in a list rather than
	// asked in turn. On screen ↑/↓ move, space ticks and enter answers the
	// form from any field; accessible mode asks it as one question, the
	// numbers of the ones to tick, and when its notes then hold a problem
	// it lets the merchant answer again before going on.
	Checklist bool
}

// Values are the form's answers by key.
func (f *Form) Values() map[string]string {
	out := make(map[string]string, len(f.Fields))
	for _, fl := range f.Fields {
		out[fl.Key] = fl.Value
	}
	return out
}

// Pick asks for one row of a long list.
type Pick struct {
	Title msg.Text
	// Label is the search question in accessible mode ("Type part of the
	// business name"); on screen the list's filter line asks it.
	Label   msg.Text
	Body    []Block
	Columns []msg.Text
	// Extra are choices besides the rows ("Create a new subaccount"). On
	// screen each is taken with its Key, which must not be a letter (letters
	// filter the list): "ctrl+n".
	Extra []Option
	// Empty is said when the list has no row at all.
	Empty msg.Text
	// Filter is what the list starts filtered by (the bank chosen before,
	// one enter away); the merchant edits or clears it as if typed.
	Filter string
	// Load delivers the rows, in pages; total is how many there will be
	// (0 when unknown). A renderer calls it on its own goroutine and cancels
	// ctx when the merchant leaves or stops the loading (esc on screen); it
	// calls it again, from the first row, when the merchant asks to load
	// again after a failure or a stop.
	Load func(ctx context.Context, emit func(rows []Row, total int)) error
	// Cursor is the row the cursor starts on once it has arrived, if the
	// filter shows it (the row a flow comes back to the list from); else
	// the first row shown. Accessible mode, which reads the rows nine at a
	// time, starts where it always does.
	Cursor int
	// Seen, when set, is filled in as Pick answers (a row or an Extra): the
	// filter left typed and the rows it showed, so a flow can act on every
	// row shown ("email everyone listed") and ask the same list again as it
	// was left (Filter, Cursor).
	Seen *PickSeen
}

// PickSeen is what a Pick showed when it was answered.
type PickSeen struct {
	// Filter is what narrowed the list: the filter line on screen, the
	// last search in accessible mode.
	Filter string
	// Shown are the rows the filter let through, in the list's order;
	// every row when nothing narrowed it.
	Shown []int
}

// Row is one item of a Pick.
type Row struct {
	Cells []string // one per column, data as it is
	// Words are cells that are words in the merchant's language ("yes",
	// "no"), by column: where Words[i] is set it is shown instead of Cells[i].
	Words  []msg.Text
	Search string   // what filtering looks in besides the cells
	Spoken msg.Text // how accessible mode reads it; zero: the cells joined
}
