// Package msg is the one catalog of every user-facing string, in English and Hindi.
//
//	fmt.Println(msg.T(msg.KeyInvalidPublic))
//
// Each area of the product keeps its messages in a pair of files
// (area_en.go, area_hi.go) that register into the catalogs at init, so that
// parallel work on different areas never edits the same file. The catalog
// test fails when an ID exists in one language and not the other, or when the
// format verbs of a translation differ from the English.
package msg

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
)

// ID names one message. IDs are stable: audit --json and tests refer to them.
type ID string

// Lang is a catalog language.
type Lang string

const (
	English Lang = "en"
	Hindi   Lang = "hi"
)

// Langs lists every language the product speaks, English first (the fallback).
var Langs = []Lang{English, Hindi}

var (
	mu       sync.RWMutex
	catalogs = map[Lang]map[ID]string{English: {}, Hindi: {}}
	current  = English
)

// Register adds messages for one language; it panics on a duplicate ID because
// that is a programming error caught by any test run, never a user's.
func Register(lang Lang, entries map[ID]string) {
	mu.Lock()
	defer mu.Unlock()
	c, ok := catalogs[lang]
	if !ok {
		panic("msg: unknown language " + string(lang))
	}
	for id, text := range entries {
		if _, dup := c[id]; dup {
			panic("msg: duplicate message id " + string(id) + " in " + string(lang))
		}
		c[id] = text
	}
}

// SetLang chooses the language of every later T call.
func SetLang(l Lang) {
	mu.Lock()
	defer mu.Unlock()
	if _, ok := catalogs[l]; ok {
		current = l
	}
}

// Current is the language in use.
func Current() Lang {
	mu.RLock()
	defer mu.RUnlock()
	return current
}

// ParseLang accepts "en", "hi", or a locale such as "hi_IN.UTF-8".
func ParseLang(s string) (Lang, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "_.-@"); i >= 0 {
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

// T renders a message in the current language.
func T(id ID, args ...any) string { return In(Current(), id, args...) }

// In renders a message in a given language, falling back to English, and to
// the ID itself so that a missing message is visible rather than blank.
func In(l Lang, id ID, args ...any) string {
	mu.RLock()
	text, ok := catalogs[l][id]
	if !ok {
		text, ok = catalogs[English][id]
	}
	mu.RUnlock()
	if !ok {
		text = string(id)
	}
	if len(args) == 0 {
		return text
	}
	return fmt.Sprintf(text, args...)
}

// IDs lists the IDs registered for a language, sorted; used by the catalog test.
func IDs(l Lang) []ID {
	mu.RLock()
	defer mu.RUnlock()
	out := make([]ID, 0, len(catalogs[l]))
	for id := range catalogs[l] {
		out = append(out, id)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// Raw returns the unformatted text of a message, for the catalog test.
func Raw(l Lang, id ID) (string, bool) {
	mu.RLock()
	defer mu.RUnlock()
	s, ok := catalogs[l][id]
	return s, ok
}
