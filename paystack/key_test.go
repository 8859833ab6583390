package paystack

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
)

// fakeBody is 40 key characters with non-hex letters, so no fake key here
// can be mistaken for a real live key by the repository's secret scanner.
var fakeBody = strings.Repeat("Zq", 15) + "TESTxy9a1b"

func fakeKey(t testing.TB, prefix string) SecretKey {
	t.Helper()
	k, err := ParseSecretKey(prefix + fakeBody)
	if err != nil {
		t.Fatalf("fake key rejected: %v", err)
	}
	return k
}

func TestParseSecretKey(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		mode    Mode
		problem KeyProblem
	}{
		{"test key", "sk_test_" + fakeBody, ModeTest, ""},
		{"live key", "sk_live_" + fakeBody, ModeLive, ""},
		{"trailing newline from a pipe", "sk_live_" + fakeBody + "\n", ModeLive, ""},
		{"surrounding spaces and CRLF", "  sk_test_" + fakeBody + "\r\n", ModeTest, ""},
		{"empty", "", "", KeyEmpty},
		{"only whitespace", " \n\t", "", KeyEmpty},
		{"public test key", "pk_test_" + fakeBody, "", KeyPublic},
		{"public live key", "pk_live_" + fakeBody, "", KeyPublic},
		{"stripe-like key", "sk_prod_" + fakeBody, "", KeyNotPaystack},
		{"no prefix", fakeBody, "", KeyNotPaystack},
		{"upper-case prefix", "SK_LIVE_" + fakeBody, "", KeyNotPaystack},
		{"truncated", "sk_live_" + fakeBody[:39], "", KeyTruncated},
		{"prefix only", "sk_test_", "", KeyTruncated},
		{"too long", "sk_live_" + fakeBody + "a", "", KeyTooLong},
		{"pasted twice", "sk_live_" + fakeBody + "sk_live_" + fakeBody, "", KeyInvalidChars},
		{"inner space", "sk_live_" + fakeBody[:20] + " " + fakeBody[20:], "", KeyInnerWhitespace},
		{"inner newline", "sk_live_" + fakeBody[:20] + "\n" + fakeBody[20:], "", KeyInnerWhitespace},
		{"dash inside", "sk_live_" + fakeBody[:20] + "-" + fakeBody[21:], "", KeyInvalidChars},
		{"non-ASCII letter", "sk_live_" + fakeBody[:39] + "é", "", KeyInvalidChars},
		{"zero-width space", "sk_live_" + fakeBody[:20] + "\u200b" + fakeBody[20:], "", KeyInvalidChars},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			k, err := ParseSecretKey(tc.in)
			if tc.problem == "" {
				if err != nil {
					t.Fatalf("rejected a valid key: %v", err)
				}
				if k.Mode() != tc.mode {
					t.Errorf("mode = %q, want %q", k.Mode(), tc.mode)
				}
				if k.Reveal() != strings.TrimSpace(tc.in) {
					t.Errorf("Reveal does not give back the trimmed key")
				}
				return
			}
			var kfe *KeyFormatError
			if !errors.As(err, &kfe) {
				t.Fatalf("got %v, want a *KeyFormatError", err)
			}
			if kfe.Problem != tc.problem {
				t.Errorf("problem = %q, want %q", kfe.Problem, tc.problem)
			}
			if !k.IsZero() {
				t.Errorf("a refused key must come back zero")
			}
			if body := strings.TrimSpace(tc.in); len(body) > 12 && strings.Contains(err.Error(), body[8:]) {
				t.Errorf("error repeats the input: %q", err.Error())
			}
		})
	}
}

// Each problem needs its own advice: a user who pasted a public key and one
// who pasted half a key must do different things.
func TestKeyProblemsHaveDistinctAdvice(t *testing.T) {
	seen := map[string]KeyProblem{}
	for _, p := range []KeyProblem{KeyEmpty, KeyPublic, KeyNotPaystack, KeyTruncated, KeyTooLong, KeyInnerWhitespace, KeyInvalidChars} {
		text := Sentence(&KeyFormatError{Problem: p, Got: 39, Want: 40})
		if other, dup := seen[text]; dup {
			t.Errorf("%s and %s give the same advice %q", p, other, text)
		}
		seen[text] = p
	}
	if got := Sentence(&KeyFormatError{Problem: KeyPublic}); !strings.Contains(got, "sk_") {
		t.Errorf("public key advice should say what a secret key looks like: %q", got)
	}
	if got := Sentence(&KeyFormatError{Problem: KeyTruncated, Got: 39, Want: 40}); !strings.Contains(got, "39") {
		t.Errorf("truncated advice should say how many characters arrived: %q", got)
	}
}

func TestSecretKeyNeverPrintsItself(t *testing.T) {
	k := fakeKey(t, "sk_live_")
	secret := k.Reveal()
	want := "sk_live_…" + fakeBody[36:]
	if k.Masked() != want {
		t.Fatalf("Masked = %q, want %q", k.Masked(), want)
	}
	type holder struct {
		Key SecretKey
		Ptr *SecretKey
	}
	outputs := map[string]string{}
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%d", "%10s", "%-30v", "%T"} {
		outputs["key "+verb] = fmt.Sprintf(verb, k)
		outputs["struct "+verb] = fmt.Sprintf(verb, holder{k, &k})
	}
	outputs["Sprint"] = fmt.Sprint(k)
	outputs["Sprintln"] = fmt.Sprintln(k, []SecretKey{k})
	js, err := json.Marshal(holder{Key: k, Ptr: &k})
	if err != nil {
		t.Fatal(err)
	}
	outputs["json"] = string(js)
	var logged strings.Builder
	slog.New(slog.NewTextHandler(&logged, nil)).Info("stored", "key", k)
	outputs["slog"] = logged.String()
	for name, out := range outputs {
		if strings.Contains(out, secret) || strings.Contains(out, fakeBody[:20]) {
			t.Errorf("%s reveals the key: %q", name, out)
		}
	}
	if !strings.Contains(outputs["json"], want) || !strings.Contains(outputs["key %v"], want) {
		t.Errorf("masked form missing: json=%s v=%s", outputs["json"], outputs["key %v"])
	}
}

func TestMask(t *testing.T) {
	cases := []struct{ in, want string }{
		{"", ""},
		{"sk_live_" + fakeBody, "sk_live_…" + fakeBody[36:]},
		{"  pk_test_" + fakeBody + "\n", "pk_test_…" + fakeBody[36:]},
		{"sk_live_abc", "sk_live_…"},              // short: no tail at all
		{"sk_live_abcdefghijk", "sk_live_…"},      // 11 after the prefix: still none
		{"sk_live_abcdefghijkl", "sk_live_…ijkl"}, // 12: the last four
		{"hunter2", "…"},
		{"x", "…"},
		{strings.Repeat("é", 25), "…éééé"},
		{"sk_live_" + strings.Repeat("\x00", 20), "sk_live_…"},
		{"sk_test_\xff\xfe" + strings.Repeat("a", 20), "sk_test_…"},
	}
	for _, tc := range cases {
		if got := Mask(tc.in); got != tc.want {
			t.Errorf("Mask(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func FuzzParseSecretKey(f *testing.F) {
	for _, s := range []string{"", "sk_test_" + fakeBody, "pk_live_" + fakeBody, "sk_live_" + fakeBody[:10], "sk_live_ a", "sk_live_" + fakeBody + "\n", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		k, err := ParseSecretKey(in)
		masked := Mask(in)
		if err != nil {
			if !k.IsZero() {
				t.Fatalf("refused key is not zero")
			}
			if msg := err.Error(); len(strings.TrimSpace(in)) >= 12 && strings.Contains(msg, strings.TrimSpace(in)) {
				t.Fatalf("error %q contains the input", msg)
			}
			return
		}
		body := k.Reveal()[8:]
		if len(body) != keyBodyLen {
			t.Fatalf("accepted a body of %d characters", len(body))
		}
		for _, out := range []string{k.String(), fmt.Sprintf("%+v %#v %x", k, k, k), masked} {
			if strings.Contains(out, body[:keyBodyLen-maskTail]) {
				t.Fatalf("%q reveals more than the last %d characters", out, maskTail)
			}
		}
	})
}
