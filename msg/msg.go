// Package msg is the one catalog of every user-facing string, in English and Hindi.
//
//	p := msg.NewPrinter(msg.Hindi)
//	fmt.Println(p.T(msg.KeyInvalidPublic))
//	fmt.Println(p.Text(msg.Plural(msg.CkImported, n, name)))
//
// The IDs are Go constants (msg/AREA_en.go, grouped per area); the texts are
// data, one file per language in msg/locales (en.toml, hi.toml), embedded in
// the binary and read with go-i18n, which picks the CLDR plural form. A
// Printer renders in one language, so one run can show Hindi on screen and
// write English JSON without switching anything global; In renders a single
// message in a given language.
package msg

import (
	"os"
	"sort"
	"strings"
)

// ID names one message. IDs are stable: audit --json and tests refer to them.
type ID string

// Lang is a catalog language.
type Lang string

const (
	English Lang = "en"
	Hindi   Lang = "hi"
	// Pseudo is English made to look foreign and longer (en-XA), made from
	// the English file when first used (pseudo.go): a plain English sentence
	// on a screen under it bypassed the catalog, and a layout that breaks
	// under it breaks in a longer language.
	Pseudo Lang = "en-XA"
)

// Langs lists the translated languages, English first (the fallback). The
// pseudo-locale is not among them: it is made, not translated.
var Langs = []Lang{English, Hindi}

func known(l Lang) bool { return l == English || l == Hindi || l == Pseudo }

// ParseLang accepts "en", "hi", "en-XA", or a locale such as "hi_IN.UTF-8".
func ParseLang(s string) (Lang, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, ".@"); i >= 0 {
		s = s[:i]
	}
	s = strings.ReplaceAll(s, "_", "-")
	if s == "en-xa" {
		return Pseudo, true
	}
	if i := strings.IndexByte(s, '-'); i >= 0 {
		s = s[:i]
	}
	switch s {
	case "en", "c", "posix":
		return English, true
	case "hi":
		return Hindi, true
	}
	return English, false
}

// FromEnv picks the language from LC_ALL, LC_MESSAGES or LANG, in POSIX order;
// anything unknown means English.
func FromEnv() Lang {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := os.Getenv(name); v != "" {
			l, _ := ParseLang(v)
			return l
		}
	}
	return English
}

// In renders a message in a given language, falling back to English, and to
// the ID itself so that a missing message is visible rather than blank.
func In(l Lang, id ID, args ...any) string { return NewPrinter(l).T(id, args...) }

// IDs lists the IDs of a language's file, sorted.
func IDs(l Lang) []ID {
	f := embedded.messages(l).byID()
	out := make([]ID, 0, len(f))
	for id := range f {
		out = append(out, id)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// Raw returns the unformatted text of a message (its "other" form).
func Raw(l Lang, id ID) (string, bool) {
	f, ok := embedded.messages(l).byID()[id]
	if !ok {
		return "", false
	}
	return f[Other], true
}
