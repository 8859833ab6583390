// Package grow makes room in a slice for rows that arrive page by page.
package grow

// Toward makes room for more items in s, growing it to the total expected
// (0: unknown) rather than to the next power of two as append would (about
// 1.5 MB spare for 50,000 rows of a list), yet never to more than four
// times what it will hold: the total is a server's word, and a wrong one
// must not reserve memory for rows that never come.
func Toward[T any](s []T, more, total int) []T {
	need := len(s) + more
	if need <= cap(s) {
		return s
	}
	grown := make([]T, len(s), max(need, min(total, 4*need)))
	copy(grown, s)
	return grown
}
