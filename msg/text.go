package msg

import "strings"

// Text is a message kept unrendered: an ID and its arguments. Flows and the
// domain build Texts; only a front end renders them, in its own language, so
// one run can show Hindi on screen and write English JSON. Args may hold
// Texts, []Text (a comma-separated list) or anything with In(Lang) (a typed
// error), rendered in the same language.
type Text struct {
	ID   ID
	Args []any
}

// New keeps a message for rendering later.
func New(id ID, args ...any) Text { return Text{ID: id, Args: args} }

// IsZero reports a Text with nothing to say.
func (x Text) IsZero() bool { return x.ID == "" }

type localizable interface{ In(Lang) string }

// In renders the text in a language.
func (x Text) In(l Lang) string {
	if x.ID == "" {
		return ""
	}
	args := make([]any, len(x.Args))
	for i, a := range x.Args {
		switch v := a.(type) {
		case Text:
			args[i] = v.In(l)
		case []Text:
			parts := make([]string, len(v))
			for j, item := range v {
				parts[j] = item.In(l)
			}
			args[i] = strings.Join(parts, ", ")
		case localizable:
			args[i] = v.In(l)
		default:
			args[i] = a
		}
	}
	return In(l, x.ID, args...)
}
