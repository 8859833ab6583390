package msg

// Text is a message kept unrendered: an ID and its arguments. Flows and the
// domain build Texts; only a front end renders them, with its Printer, so
// one run can show Hindi on screen and write English JSON. Args may hold
// Texts, []Text (a comma-separated list) or anything with In(Lang) (a typed
// error), rendered in the same language.
type Text struct {
	ID   ID
	Args []any
	// Plural says that Args[0] is a count that picks the message's CLDR
	// plural form ("1 plan imported", "3 plans imported"); see Plural.
	Plural bool
}

// New keeps a message for rendering later.
func New(id ID, args ...any) Text { return Text{ID: id, Args: args} }

// Plural keeps a plural message: n picks the form and is the message's
// first argument (%[1]d), followed by args.
func Plural(id ID, n int, args ...any) Text {
	return Text{ID: id, Args: append([]any{n}, args...), Plural: true}
}

// IsZero reports a Text with nothing to say.
func (x Text) IsZero() bool { return x.ID == "" }

// In renders the text in a language.
func (x Text) In(l Lang) string { return NewPrinter(l).Text(x) }
