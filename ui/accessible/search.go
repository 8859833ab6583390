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
// It returns the chosen index in items.
func (r *runner) search(ask string, n int, label, haystack func(i int) string) (int, error) {
	all := make([]int, n)
	for i := range all {
		all[i] = i
	}
	var shown, last []int
	for {
		prompt := ask
		if len(shown) > 0 {
			prompt = msg.T(msg.AccSearchPick, len(shown))
		}
		a, err := r.ask(prompt)
		if err != nil {
			if len(shown) > 0 && err == errBack {
				// Back from the matches is back to a fresh search.
				shown = nil
				continue
			}
			return 0, err
		}
		if num, err := strconv.Atoi(a); err == nil && len(shown) > 0 {
			if num >= 1 && num <= len(shown) {
				return shown[num-1], nil
			}
			r.p.Say(msg.T(msg.AccNotAChoice, a, len(shown)))
			continue
		}
		// More letters narrow the matches already found; text that matches
		// none of them starts a new search of the whole list.
		pool := all
		if len(shown) > 0 && len(filter(last, a, haystack)) > 0 {
			pool = last
		}
		matches := filter(pool, a, haystack)
		last = matches
		if len(matches) == 0 {
			r.p.Say(msg.T(msg.AccSearchNone, a))
			shown = nil
			continue
		}
		shown = matches[:min(len(matches), maxShown)]
		if len(matches) > len(shown) {
			r.p.Say(msg.T(msg.AccSearchSome, len(matches), len(shown)))
		} else {
			r.p.Say(msg.T(msg.AccSearchAll, len(matches)))
		}
		for i, idx := range shown {
			r.p.Say(fmt.Sprintf("  %d. %s", i+1, label(idx)))
		}
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
