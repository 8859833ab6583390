package accessible

import (
	"fmt"
	"strconv"
	"strings"

	"paystack-setup/msg"
)

// maxShown is how many matches are read out at once: a screen reader user
// cannot skim a list of hundreds, and single-digit numbers are quick to type.
const maxShown = 9

// search lets the person find one entry of a long list by typing part of it.
// label is what is read out for an entry; haystack is the text searched
// (label plus anything else worth matching, such as an account number).
// Matches are read nine at a time and Enter reads the next nine, so an entry
// can be reached without knowing how it is spelled. It returns the chosen
// index in items.
func search(a asker, ask string, n int, label, haystack func(i int) string) (int, error) {
	i, _, _, err := searchFrom(a, ask, "", n, label, haystack)
	return i, err
}

// searchFrom is search with first already typed (the bank chosen before):
// its matches are read at once, and the merchant picks, narrows or searches
// anew as if they had typed it. Besides the index it returns the matches
// read when the entry was chosen and the text that found them ("" and nil
// when none was typed).
func searchFrom(a asker, ask, first string, n int, label, haystack func(i int) string) (chosen int, matches []int, query string, err error) {
	every := all(n)
	// matches are the current search's, nil before one; query found them.
	offset := 0 // where the reading of matches stands
	read := func() {
		page := matches[offset:min(offset+maxShown, len(matches))]
		if len(matches) > maxShown {
			a.say(a.t(msg.AccSearchSome, len(matches), offset+1, offset+len(page)))
		} else {
			a.say(a.t(msg.AccSearchAll, len(matches)))
		}
		for i, idx := range page {
			a.say(fmt.Sprintf("  %d. %s", offset+i+1, label(idx)))
		}
	}
	if first != "" {
		if found := filter(every, first, haystack); len(found) > 0 {
			matches, query = found, first
			read()
		}
	}
	for {
		prompt := ask
		more := false
		if len(matches) > 0 {
			lo, hi := offset+1, min(offset+maxShown, len(matches))
			more = hi < len(matches)
			if more {
				prompt = a.t(msg.AccSearchPickMore, lo, hi)
			} else {
				prompt = a.t(msg.AccSearchPick, lo, hi)
			}
		}
		answer, err := a.ask(prompt)
		if err != nil {
			if len(matches) > 0 && err == errBack {
				// Back from the matches is back to a fresh search.
				matches, query = nil, ""
				continue
			}
			return 0, nil, "", err
		}
		if num, err := strconv.Atoi(answer); err == nil && len(matches) > 0 {
			// Any number read so far is accepted, not only this reading's.
			if num >= 1 && num <= len(matches) {
				return matches[num-1], matches, query, nil
			}
			a.say(a.t(msg.AccNotAChoice, answer, len(matches)))
			continue
		}
		if answer == "" && more {
			offset += maxShown
			read()
			continue
		}
		// More letters narrow the matches already found; text that matches
		// none of them starts a new search of the whole list.
		var found []int
		if len(matches) > 0 {
			found = filter(matches, answer, haystack)
		}
		if len(found) == 0 {
			found = filter(every, answer, haystack)
		}
		if len(found) == 0 {
			a.say(a.t(msg.AccSearchNone, answer))
			matches, query = nil, ""
			continue
		}
		matches, query, offset = found, answer, 0
		read()
	}
}

// filter keeps the entries whose text contains every typed word, ignoring case.
func filter(pool []int, query string, haystack func(i int) string) []int {
	words := strings.Fields(strings.ToLower(query))
	var out []int
	for _, i := range pool {
		text := strings.ToLower(haystack(i))
		ok := true
		for _, w := range words {
			if !strings.Contains(text, w) {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, i)
		}
	}
	return out
}
