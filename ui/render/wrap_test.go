package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestNumberedStepsWrapUnderTheirText(t *testing.T) {
	for _, text := range []string{
		"In the drop-down menu choose the subaccount: Thandi Crafts (ACCT_6zaqjdg3m7dp714).",
		"ड्रॉप-डाउन मेन्यू में सबअकाउंट चुनें: थांडी क्राफ़्ट्स (ACCT_6zaqjdg3m7dp714), फिर सेव पर क्लिक करें",
	} {
		rows := strings.Split(Item(40, "4. ", text), "\n")
		if len(rows) < 2 {
			t.Fatalf("%q did not wrap at 40 columns", text)
		}
		if !strings.HasPrefix(rows[0], "4. ") {
			t.Errorf("first row %q lost its number", rows[0])
		}
		for _, r := range rows {
			if w := ansi.StringWidthWc(r); w > 40 {
				t.Errorf("row %q is %d columns wide in a 40-column window", r, w)
			}
		}
		for _, r := range rows[1:] {
			if !strings.HasPrefix(r, "   ") || strings.HasPrefix(r, "    ") {
				t.Errorf("row %q does not start under the text of the step", r)
			}
		}
	}
}

// TestWrapKeepsCommandsWhole: a command or file path the merchant may copy is
// never split at one of its hyphens, in paragraphs or in numbered items.
func TestWrapKeepsCommandsWhole(t *testing.T) {
	text := "Run it with `dbus-run-session -- paystack-setup ...` or keep the key in ~/.config/paystack-setup/profiles/shop/secret-key instead."
	// From 53 columns on, the path fits on a row of its own, even numbered.
	for width := 53; width <= 80; width++ {
		for _, out := range []string{Para(width, text), Item(width, "1. ", text)} {
			for _, row := range strings.Split(out, "\n") {
				if r := strings.TrimRight(row, " "); strings.HasSuffix(r, "-") && !strings.HasSuffix(r, " --") {
					t.Fatalf("at %d columns a row ends in a hyphen, splitting a word: %q\n%s", width, row, out)
				}
			}
			for _, whole := range []string{"dbus-run-session", "paystack-setup", "secret-key"} {
				if !strings.Contains(out, whole) {
					t.Fatalf("at %d columns %q is split:\n%s", width, whole, out)
				}
			}
		}
	}
}

func TestCommandsAreNeverSplitAcrossRows(t *testing.T) {
	text := "Not tested. To test it, run: paystack-setup audit --probe-webhook --profile shop-ng and read the result."
	for width := 58; width <= 100; width++ { // from the first width the command fits in, after the indent
		for _, rows := range [][]string{strings.Split(Para(width, text), "\n"), Hang(width, "  ", "    ", text)} {
			joined := strings.Join(rows, "\n")
			if !strings.Contains(joined, "paystack-setup audit --probe-webhook --profile shop-ng") {
				t.Fatalf("at %d columns the command is split:\n%s", width, joined)
			}
			if strings.Contains(joined, "\u00a0") {
				t.Fatalf("a held space was left in the text:\n%s", joined)
			}
		}
	}
	// Ordinary words after the command still wrap.
	if got := holdCommands("run paystack-setup again to resume"); strings.Contains(got, "again\u00a0to") {
		t.Errorf("words that are not part of the command were joined: %q", got)
	}
}
