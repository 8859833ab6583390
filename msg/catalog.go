package msg

import (
	"embed"
	"fmt"
	"io/fs"
	"sync"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// The texts, one file per language; see the header of en.toml for the format.
//
//go:embed locales/*.toml
var localeFS embed.FS

// Form is a CLDR plural category: the key under a message that has one text
// per form (plans.every_day.one, plans.every_day.other).
type Form string

const (
	Zero  Form = "zero"
	One   Form = "one"
	Two   Form = "two"
	Few   Form = "few"
	Many  Form = "many"
	Other Form = "other"
)

// forms are the CLDR cardinal categories each language uses; a translation
// with any other category is a mistake (Hindi has no "few"). The test
// TestPluralFormsMatchCLDR checks this table against go-i18n's rules.
var forms = map[Lang][]Form{
	English: {One, Other}, // one: exactly 1
	Hindi:   {One, Other}, // one: 0 and 1
	Pseudo:  {One, Other}, // English's
}

// locale is one language's texts, read from its file on first use: parsing
// costs milliseconds per file, and most runs speak one language (plus
// English, the fallback).
type locale struct {
	once     sync.Once
	messages []*i18n.Message
	err      error

	// forms index the texts by ID for IDs and Raw (the tests and the
	// troubleshooting page), built when first asked: a run that only
	// prints does not pay for it before its first frame.
	formsOnce sync.Once
	forms     map[ID]map[Form]string
}

// byID is the locale's texts by ID and plural form.
func (lc *locale) byID() map[ID]map[Form]string {
	lc.formsOnce.Do(func() { lc.forms = formsOf(lc.messages) })
	return lc.forms
}

// catalog holds every language's locale; the test builds its own from a
// file system of its own.
type catalog struct {
	fsys    fs.FS
	locales map[Lang]*locale
}

func newCatalog(fsys fs.FS) *catalog {
	c := &catalog{fsys: fsys, locales: map[Lang]*locale{Pseudo: {}}}
	for _, l := range Langs {
		c.locales[l] = &locale{}
	}
	return c
}

var embedded = newCatalog(localeFS)

// messages returns a language's parsed texts. The files are part of the
// binary and checked by the tests, so a file that does not parse is a
// broken build, not something a merchant can cause or fix.
func (c *catalog) messages(l Lang) *locale {
	lc, ok := c.locales[l]
	if !ok {
		panic("msg: unknown language " + string(l))
	}
	lc.once.Do(func() {
		if l == Pseudo {
			lc.messages = pseudoMessages(c.messages(English).messages)
			return
		}
		path := "locales/" + string(l) + ".toml"
		buf, err := fs.ReadFile(c.fsys, path)
		if err == nil {
			lc.messages, err = parseLocale(buf)
		}
		if err != nil {
			lc.err = fmt.Errorf("msg: %s: %w", path, err)
			return
		}
	})
	if lc.err != nil {
		panic(lc.err.Error())
	}
	return lc
}

// bundle holds what a Printer for l needs: its texts and the English ones
// that stand in for any it lacks.
func (c *catalog) bundle(l Lang) *i18n.Bundle {
	b := i18n.NewBundle(language.English)
	b.MustAddMessages(language.English, c.messages(English).messages...)
	if l != English {
		b.MustAddMessages(language.MustParse(string(l)), c.messages(l).messages...)
	}
	return b
}

func formsOf(messages []*i18n.Message) map[ID]map[Form]string {
	out := make(map[ID]map[Form]string, len(messages))
	for _, m := range messages {
		f := map[Form]string{}
		for form, text := range map[Form]string{Zero: m.Zero, One: m.One, Two: m.Two, Few: m.Few, Many: m.Many, Other: m.Other} {
			if text != "" {
				f[form] = text
			}
		}
		out[ID(m.ID)] = f
	}
	return out
}
