package msg

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestPseudoLocale(t *testing.T) {
	if l, ok := ParseLang("en-XA"); !ok || l != Pseudo {
		t.Fatalf("ParseLang(en-XA) = %q, %v", l, ok)
	}
	if l, _ := ParseLang("en_XA.UTF-8"); l != Pseudo {
		t.Errorf("ParseLang(en_XA.UTF-8) = %q", l)
	}
	en, ps := embedded.messages(English).byID(), embedded.messages(Pseudo).byID()
	for _, p := range parityProblems(en, ps, Pseudo) {
		t.Errorf("en-XA: %s", p)
	}
	var enRunes, psRunes int
	for id, f := range ps {
		for form, text := range f {
			orig := en[id][form]
			if text == orig {
				continue // nothing to change: "%s"
			}
			if s := strings.TrimSpace(text); !strings.HasPrefix(s, "[") || !strings.HasSuffix(s, "]") {
				t.Errorf("%s (%s) is not in brackets: %q", id, form, text)
			}
			if run := PlainEnglish(text); run != "" {
				t.Errorf("%s (%s) keeps plain English %q: %q", id, form, run, text)
			}
			enRunes += utf8.RuneCountInString(orig)
			psRunes += utf8.RuneCountInString(text)
		}
	}
	if grow := float64(psRunes)/float64(enRunes) - 1; grow < 0.30 || grow > 0.40 {
		t.Errorf("en-XA is %.0f%% longer than English, want about 35%%", grow*100)
	}
}

// What a merchant types or copies stays as it is under en-XA.
func TestPseudoKeepsWhatIsTyped(t *testing.T) {
	for text, kept := range map[string][]string{
		"Run `paystack-setup --help` to see what it accepts.":                         {"`paystack-setup --help`"},
		"Try again; https://status.paystack.com shows known outages.":                 {"https://status.paystack.com"},
		"Run: paystack-setup key set --plain-file (copy the key from Paystack).":      {"paystack-setup key set --plain-file"},
		"run: paystack-setup --profile live. It sets up live mode":                    {"paystack-setup --profile live."},
		"Set PAYSTACK_SECRET_KEY or HOME, type plain-file, or press b to go back":     {"PAYSTACK_SECRET_KEY", "HOME", "plain-file", " b "},
		"%s has %[2]d problems at 185.236.142.1 in plans.csv":                         {"%s", "%[2]d", "185.236.142.1", "plans.csv"},
		"  audit         check the whole setup again (--json for scripts, --offline)": {"[audit ", "--json", "--offline"},
	} {
		got := pseudo(text)
		for _, k := range kept {
			if !strings.Contains(got, k) {
				t.Errorf("pseudo(%q) = %q lost %q", text, got, k)
			}
		}
		if run := PlainEnglish(got); run != "" {
			t.Errorf("pseudo(%q) = %q keeps %q", text, got, run)
		}
	}
	if got := pseudo("%s"); got != "%s" {
		t.Errorf("a text that is only data changed: %q", got)
	}
	if got := pseudo("Confirmation: "); !strings.HasSuffix(got, "] ") {
		t.Errorf("the trailing space of a prompt moved into the brackets: %q", got)
	}
}

// An en-XA printer renders plurals by English rules, nested texts in en-XA.
func TestPseudoPrinter(t *testing.T) {
	p := NewPrinter(Pseudo)
	one, many := p.N(CkImported, 1, "Gold"), p.N(CkImported, 3, "Gold")
	if !strings.Contains(one, `"Gold"`) || strings.Contains(one, "3") || !strings.Contains(many, "3") {
		t.Errorf("plural forms: %q / %q", one, many)
	}
	if got := p.T(WizStepOf, 1, 8, p.T(StWelcomeTitle)); PlainEnglish(got) != "" || !strings.Contains(got, "1") {
		t.Errorf("step indicator: %q", got)
	}
}
