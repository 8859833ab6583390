package keystore

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"paystack-setup/paystack"
)

// The rules of a key-shaped run as the regexps that held them before the
// scan (and the whole key inside a word, a second pass): the scan must find
// exactly what these find.
const (
	oracleCSI        = `\x1b\[[0-9;:?]*[a-z]`
	oracleJSONEscape = `\\(?:[bfnrt]|u[0-9a-f]{4})`
)

var (
	oracleShape = regexp.MustCompile(`(?i)(?:^|[^a-z0-9]|` + oracleCSI + `|` + oracleJSONEscape + `)sk_(?:live|test)_[a-z0-9]{8}`)
	oracleRun   = regexp.MustCompile(`(?i)(^|[^a-z0-9]|` + oracleCSI + `|` + oracleJSONEscape + `)(sk_(?:live|test)_)[a-z0-9]{8,}`)
	oracleGlued = regexp.MustCompile(`(?i)(sk_(?:live|test)_)[a-z0-9]{40,}`)
)

func oracleHolds(text string) bool {
	return oracleShape.MatchString(text) || oracleGlued.MatchString(text)
}

func oracleMask(text string) string {
	if !oracleHolds(text) {
		return text
	}
	return oracleGlued.ReplaceAllString(oracleRun.ReplaceAllString(text, "${1}${2}…"), "${1}…")
}

// keyishText is a random text made of what the rules turn on: prefixes in
// any case after every kind of word end (colour sequences, JSON escapes,
// letters, other scripts) or none, followed by runs of key characters of
// every length, between bits of noise.
func keyishText(r *rand.Rand) string {
	before := []string{"", "", " ", "x", "Q", "7", "_", "/", "é", "क", "\u2028", `\n`, `\t`, `\b`, `\f`, `\r`, `\N`, `\T`,
		`\x`, `\\n`, "n", `\u003c`, `\U003C`, `\u2028`, `\u00g1`, "u003c", `\u03c`, `\`, "\x1b",
		"\x1b[31m", "\x1b[m", "\x1b[1;2?:M", "\x1b[38;5;2m", "[31m", "\x1b31m", "\x1b[31", "\x1b[3 1m"}
	prefixes := []string{"sk_live_", "sk_test_", "SK_LIVE_", "Sk_TeSt_", "sk_live", "sk_lives_", "ssk_test_", "sk__test_", "sk_tst_"}
	noise := []string{"a", "Z", "9", "_", " ", "-", "…", `\n`, "sk_", "live_", `\`}
	const keyChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	var b strings.Builder
	for range 1 + r.IntN(4) {
		for range r.IntN(3) {
			b.WriteString(noise[r.IntN(len(noise))])
		}
		b.WriteString(before[r.IntN(len(before))])
		b.WriteString(prefixes[r.IntN(len(prefixes))])
		n := r.IntN(12)
		if r.IntN(3) == 0 {
			n = 30 + r.IntN(20)
		}
		for range n {
			b.WriteByte(keyChars[r.IntN(len(keyChars))])
		}
	}
	return b.String()
}

// TestKeyScanFindsWhatTheRegexpsFound: the scan replaced two regexps that
// cost half a millisecond a frame; on many random texts built from the
// pieces the rules turn on, it finds and masks exactly what they did.
func TestKeyScanFindsWhatTheRegexpsFound(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for range 50_000 {
		text := keyishText(r)
		if got, want := HoldsSecretKey(text), oracleHolds(text); got != want {
			t.Fatalf("HoldsSecretKey(%q) = %v, the rules say %v", text, got, want)
		}
		if got, want := MaskSecretKeys(text), oracleMask(text); got != want {
			t.Fatalf("MaskSecretKeys(%q)\n = %q\nwant %q", text, got, want)
		}
	}
}

// BenchmarkMaskSecretKeysFrame: a screen holding the key step's
// placeholder, masked as every frame is.
func BenchmarkMaskSecretKeysFrame(b *testing.B) {
	screen := strings.Repeat("Step 2 of 8 · Your secret key   \x1b[38;5;2m› \x1b[0m", 40) + "sk_test_… / sk_live_…" + strings.Repeat(" ", 2000)
	for b.Loop() {
		MaskSecretKeys(screen)
	}
}

// The wizard masks every frame it draws for the keys it holds; a frame
// without a key part must cost no allocation, so a key press over 50,000
// subaccounts does not feed the garbage collector (scripts/bench).
func TestMaskingAFrameWithoutAKeyPartAllocatesNothing(t *testing.T) {
	k, err := paystack.ParseSecretKey("sk_live_" + strings.Repeat("q", 36) + "zz99")
	if err != nil {
		t.Fatal(err)
	}
	frame := strings.Repeat("│ Business 00042  \x1b[1mZenith Bank\x1b[0m  ••••0042  NGN │\n", 40)
	MaskKeyParts(frame, k) // the first call may make the working memory
	if n := testing.AllocsPerRun(100, func() { MaskKeyParts(frame, k) }); n != 0 {
		t.Fatalf("masking a frame made %.0f allocations, want none", n)
	}
}
