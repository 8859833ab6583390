package msg

import (
	"regexp"
	"strings"
	"testing"
)

// The Hindi is read by a merchant who also reads systeme.io's Hindi help
// article (the seed), so it uses the article's terms, and it never leaves a
// word that a Hindi reader takes for another one.
func TestHindiUsesTheSeedsTerms(t *testing.T) {
	avoid := []struct {
		pattern *regexp.Regexp
		why     string
	}{
		// "की" alone is also "of": "टेस्ट और लाइव की की" reads as "of test and live of".
		{regexp.MustCompile(`(^|[^ट]) की की `), `"की की" reads as "of of": say "सीक्रेट की की"`},
		{regexp.MustCompile(`(टेस्ट|लाइव|डेमो टेस्ट|दूसरी|यही|कोई) की( |[,।:)])`), `a key without "सीक्रेट" reads as "of"`},
		{regexp.MustCompile(`\b(test|live|Test|Live|LIVE) मोड`), "the mode is a Hindi word: टेस्ट मोड, लाइव मोड"},
		{regexp.MustCompile(`उपनाम`), `"उपनाम" reads as nickname: the seed says "लास्ट नेम"`},
		{regexp.MustCompile(`पहला नाम`), `the seed says "फर्स्ट नेम"`},
		{regexp.MustCompile(`पेमेंट पेज|चेकआउट`), `one word for the payment page: the seed's "भुगतान पेज"`},
		{regexp.MustCompile(`छाप`), `"छापा जाएगा" is printing on paper: "दिखाया जाएगा"`},
		{regexp.MustCompile(`पीछे (जाने|कुछ)|esc[^·"]*पीछे`), `one word for back: "वापस"`},
		{regexp.MustCompile(`हफ़्त`), `one word for week: the seed's "सप्ताह"`},
		{regexp.MustCompile(`Email, First name`), "accessible mode says the field names in Hindi"},
	}
	for id, f := range embedded.messages(Hindi).byID() {
		for form, text := range f {
			for _, a := range avoid {
				if a.pattern.MatchString(text) {
					t.Errorf("%s (%s): %s: %q", id, form, a.why, text)
				}
			}
		}
	}
	// systeme.io's buttons as the seed names them, with the English the
	// merchant may see on an English screen in brackets.
	for _, want := range []struct {
		id   ID
		term string
	}{
		{StSysStep2, "जुड़ें (Connect)"},
		{StSysStep5, "सेव (Save)"},
		{StSysStep6, `"सिंक्रनाइजेशन" (Synchronization)`},
		{ChkSystemeFix, "जुड़ें (Connect)"},
		{ChkSystemeFix, "सेव (Save)"},
		{WizKeyBack, "वापस"},
		{CkFieldLastName, "लास्ट नेम"},
	} {
		if text, _ := Raw(Hindi, want.id); !strings.Contains(text, want.term) {
			t.Errorf("%s does not say %q: %q", want.id, want.term, text)
		}
	}
}
