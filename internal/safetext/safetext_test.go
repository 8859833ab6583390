package safetext

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestLineRemovesWhatDrivesATerminal(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Gold\x1b]0;pwned\x07 plan", "Gold plan"},               // retitles the window
		{"Gold\x1b]0;pwned\x1b\\ plan", "Gold plan"},             // same, ended by ST
		{"\x1b[2J\x1b[HGold", "Gold"},                            // clears the screen
		{"Gold\x1b[8m hidden", "Gold hidden"},                    // conceals what follows
		{"Go\x00ld\x07\x7f", "Gold"},                             // NUL, BEL, DEL
		{"Gold\u009b31m plan", "Gold plan"},                      // C1 CSI as a character
		{"Gold\x9b31m plan", "Gold plan"},                        // C1 CSI as a raw byte
		{"Gold\x1bPtmux;\x1b\x1b]0;x\x07\x1b\\!", "Gold!"},       // tmux pass-through
		{"Gold\tplan\nsecond\r\nline", "Gold plan second  line"}, // one line
		{"Gold\x1b]0;never ended", "Gold"},
	} {
		if got := Line(c.in); got != c.want {
			t.Errorf("Line(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestPrintableTextIsKept(t *testing.T) {
	for _, s := range []string{
		"Gold plan", "मासिक सदस्यता", "क्षत्रिय", "र\u094d\u200dय", "क\u094d\u200cष", // conjuncts and joiners
		"café", "e\u0301", "👩\u200d💻 Coaching", "Plan \"A\" <b>&</b>", "", "₦5,000",
	} {
		if got := Line(s); got != s {
			t.Errorf("Line(%q) = %q: printable text was changed", s, got)
		}
		if got := Text(s); got != s {
			t.Errorf("Text(%q) = %q: printable text was changed", s, got)
		}
	}
}

func TestTextKeepsLinesAndTabs(t *testing.T) {
	in := "problems:\n  line 2\tname: \x1b]0;x\x07Gold\r\n  line 3"
	want := "problems:\n  line 2\tname: Gold\n  line 3"
	if got := Text(in); got != want {
		t.Fatalf("Text(%q) = %q, want %q", in, got, want)
	}
}

func TestCleanTextIsValidUTF8WithoutControls(t *testing.T) {
	for _, in := range []string{"\xff\xfeGold", "Gold\xc2", "\x1b\x1b\x1b", strings.Repeat("\x1b[", 50)} {
		for _, got := range []string{Line(in), Text(in)} {
			if !utf8.ValidString(got) {
				t.Errorf("%q cleaned to %q, not UTF-8", in, got)
			}
			for _, r := range got {
				if isControl(r) && r != '\n' && r != '\t' {
					t.Errorf("%q cleaned to %q, still holding %U", in, got, r)
				}
			}
		}
	}
}

func TestWriterCleansEveryWrite(t *testing.T) {
	var b bytes.Buffer
	w := Writer(&b)
	in := "plans.csv, line 2, \x1b]0;pwned\x07name: too long\n"
	n, err := w.Write([]byte(in))
	if err != nil || n != len(in) {
		t.Fatalf("Write = %d, %v; want %d, nil (a short count would make fmt report an error)", n, err, len(in))
	}
	if got, want := b.String(), "plans.csv, line 2, name: too long\n"; got != want {
		t.Fatalf("wrote %q, want %q", got, want)
	}
}

func FuzzLine(f *testing.F) {
	for _, s := range []string{"Gold", "\x1b]0;x\x07", "मासिक\u200d", "\x9b\xff", "a\r\nb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got := Line(in)
		if !utf8.ValidString(got) {
			t.Fatalf("Line(%q) = %q, not UTF-8", in, got)
		}
		for _, r := range got {
			if isControl(r) {
				t.Fatalf("Line(%q) = %q holds %U", in, got, r)
			}
		}
		if Line(got) != got {
			t.Fatalf("Line(%q) = %q, which Line changes again", in, got)
		}
	})
}
