package msg

import "strings"

// argRef is one printf verb of a text: which argument it shows (1-based, as
// in %[1]d) and how (the verb with its flags, width and precision: "d", "-5s").
type argRef struct {
	Index int
	Verb  string
}

// argRefs lists a format's verbs in order, numbering them the way fmt does:
// one after another, and from n on after an explicit [n]. bad reports
// something fmt would print as %!: a '*' width, a malformed index, a
// missing verb.
func argRefs(format string) (refs []argRef, explicit, bad bool) {
	next := 1
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		start := i
		var spec strings.Builder
		for i < len(format) && strings.IndexByte("-+# 0", format[i]) >= 0 {
			spec.WriteByte(format[i])
			i++
		}
		index := 0
		readIndex := func() bool {
			if i >= len(format) || format[i] != '[' {
				return true
			}
			end := strings.IndexByte(format[i:], ']')
			if end < 2 {
				return false
			}
			n := 0
			for _, c := range format[i+1 : i+end] {
				if c < '0' || c > '9' {
					return false
				}
				n = n*10 + int(c-'0')
			}
			if n == 0 {
				return false
			}
			index, explicit = n, true
			i += end + 1
			return true
		}
		if !readIndex() {
			bad = true
			continue
		}
		for i < len(format) && (format[i] >= '0' && format[i] <= '9' || format[i] == '.') {
			spec.WriteByte(format[i])
			i++
		}
		if i < len(format) && format[i] == '*' {
			bad = true
			continue
		}
		if index == 0 && !readIndex() {
			bad = true
			continue
		}
		if i >= len(format) {
			bad = true
			break
		}
		if format[i] == '%' && i == start {
			continue // %% is a percent sign
		}
		spec.WriteByte(format[i])
		if index == 0 {
			index = next
		}
		refs = append(refs, argRef{Index: index, Verb: spec.String()})
		next = index + 1
	}
	return refs, explicit, bad
}

// consumed is how many of n arguments a format takes: with explicit indexes
// fmt does not mind unused ones, without them it takes as many as it has verbs.
func consumed(format string, n int) int {
	refs, explicit, _ := argRefs(format)
	if explicit {
		return n
	}
	return min(len(refs), n)
}
