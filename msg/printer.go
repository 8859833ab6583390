package msg

import (
	"fmt"
	"strings"
	"sync"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"github.com/nicksnyder/go-i18n/v2/i18n/template"
)

// Printer renders messages in one language. Front ends hold one for the
// language the merchant chose and pass it where texts are rendered; audit
// --json uses an English one whatever the screen shows.
type Printer struct {
	lang Lang
	loc  *i18n.Localizer
}

var printers sync.Map // Lang -> *Printer; a Printer never changes, so one per language is shared

// NewPrinter returns the Printer for a language; an unknown one means English.
func NewPrinter(l Lang) *Printer {
	if !known(l) {
		l = English
	}
	if p, ok := printers.Load(l); ok {
		return p.(*Printer)
	}
	p, _ := printers.LoadOrStore(l, embedded.printer(l))
	return p.(*Printer)
}

func (c *catalog) printer(l Lang) *Printer {
	return &Printer{lang: l, loc: i18n.NewLocalizer(c.bundle(l), string(l))}
}

// Lang is the language the Printer renders in.
func (p *Printer) Lang() Lang { return p.lang }

// T renders a message with printf arguments. A message missing in this
// language is rendered in English, and one missing everywhere as its ID, so
// that the gap is visible rather than blank.
func (p *Printer) T(id ID, args ...any) string { return p.render(id, nil, args) }

// N renders a plural message: n picks the form and is its first argument.
func (p *Printer) N(id ID, n int, args ...any) string { return p.Text(Plural(id, n, args...)) }

// Text renders a Text kept for later.
func (p *Printer) Text(x Text) string {
	if x.ID == "" {
		return ""
	}
	if x.Plural && len(x.Args) > 0 {
		return p.render(x.ID, x.Args[0], x.Args)
	}
	return p.render(x.ID, nil, x.Args)
}

// identity leaves texts as they are: the arguments are printf's, applied after.
var identity = template.IdentityParser{}

func (p *Printer) render(id ID, count any, args []any) string {
	format, err := p.loc.Localize(&i18n.LocalizeConfig{MessageID: string(id), PluralCount: count, TemplateParser: identity})
	if format == "" && err != nil {
		return string(id)
	}
	if len(args) == 0 {
		return format
	}
	args = p.resolve(args)
	if count != nil {
		// A form may leave out what it makes obvious ("every day" has no
		// count); printf would complain about the unused argument.
		args = args[:consumed(format, len(args))]
	}
	return fmt.Sprintf(format, args...)
}

// localizable is a value that can say itself in a language, such as a typed
// error; rendered as an argument, it speaks the Printer's language.
type localizable interface{ In(Lang) string }

// resolve renders the arguments that are texts themselves: a Text, a []Text
// (a comma-separated list) or anything localizable.
func (p *Printer) resolve(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		switch v := a.(type) {
		case Text:
			out[i] = p.Text(v)
		case []Text:
			parts := make([]string, len(v))
			for j, item := range v {
				parts[j] = p.Text(item)
			}
			out[i] = strings.Join(parts, ", ")
		case localizable:
			out[i] = v.In(p.lang)
		default:
			out[i] = a
		}
	}
	return out
}
