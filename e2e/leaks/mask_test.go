package leaks

import (
	"encoding/base64"
	"strings"
	"testing"
	"unicode/utf8"

	"paystack-setup/e2e/internal/harness"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
)

// maskedTail is what Mask kept of its input: everything after the ellipsis.
func maskedTail(t *testing.T, in, out string) string {
	t.Helper()
	_, tail, found := strings.Cut(out, "…")
	if out != "" && !found {
		t.Fatalf("Mask(%q) = %q: no ellipsis, so nothing shows that it was masked", in, out)
	}
	return tail
}

// FuzzMask: whatever a merchant pastes (a key, half a key, a key with junk,
// bytes that are not UTF-8), Mask never panics and never shows more than the
// last 4 characters of it; paystack's TestMask pins the exact outputs, this
// checks the promise on any input.
func FuzzMask(f *testing.F) {
	// Fixed, so the seed corpus is the same on every run; built here so that
	// no key-shaped literal sits in the source.
	canary := "sk_live_" + "canary" + strings.Repeat("z9", 17)
	for _, s := range []string{
		"", "x", "sk_live_", "sk_test_a", canary, canary[:20], " " + canary + "\n", canary + canary,
		"pk_live_" + canary[8:], "\xff\xfe\xfd" + canary, canary[:30] + "\x00\x1b[31m", strings.Repeat("é", 50),
		"sk_live_" + strings.Repeat("\u200b", 40),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := paystack.Mask(in)
		tail := maskedTail(t, in, out)
		if n := utf8.RuneCountInString(tail); n > 4 {
			t.Fatalf("Mask(%q) = %q shows %d characters, at most 4 allowed", in, out, n)
		}
		if !strings.HasSuffix(strings.TrimSpace(in), tail) {
			t.Fatalf("Mask(%q) = %q shows characters that are not the input's last ones", in, out)
		}
		if prefix, _, _ := strings.Cut(out, "…"); !strings.HasPrefix(strings.TrimSpace(in), prefix) {
			t.Fatalf("Mask(%q) = %q starts with something the input does not", in, out)
		}
	})
}

// TestScanSeesWhatTheProgramPrinted: the harness's scan reads the artifacts
// and the config tree, and finds 12 characters of a key taken from its middle,
// so a passing leak test means the scan looked and found nothing.
func TestScanSeesWhatTheProgramPrinted(t *testing.T) {
	w := harness.NewWorld(t)
	key := w.NewKey(sandbox.ModeLive)
	for _, plant := range []struct{ name, text string }{
		{"artifact", "screen text " + key[15:27] + " more text"},
		{"config", "{\"note\":\"" + key + "\"}"},
	} {
		var path string
		if plant.name == "artifact" {
			path = w.Save(t, "planted", []byte(plant.text))
		} else {
			path = w.WriteConfigFile(t, "paystack-setup/planted.json", []byte(plant.text))
		}
		if hits := w.LeakHits(t); len(hits) != 1 || hits[0].Path != path {
			t.Errorf("planted in the %s: hits %v, want exactly one in %s", plant.name, hits, path)
		}
		w.Remove(t, path)
	}
	if hits := w.LeakHits(t); len(hits) != 0 {
		t.Errorf("after removing the planted files: %v", hits)
	}
}

// TestScanSeesBase64: the key inside base64 (as a clipboard write carries it)
// is found whatever bytes precede it.
func TestScanSeesBase64(t *testing.T) {
	w := harness.NewWorld(t)
	key := w.NewKey(sandbox.ModeLive)
	for _, before := range []string{"", "a", "ab", "abc"} {
		encoded := base64.StdEncoding.EncodeToString([]byte(before + key + " trailing"))
		path := w.Save(t, "planted-base64", []byte("\x1b]52;c;"+encoded+"\x07"))
		if hits := w.LeakHits(t); len(hits) == 0 {
			t.Errorf("base64 of %q+key not found", before)
		}
		w.Remove(t, path)
	}
}
