package msg

import (
	"regexp"
	"slices"
	"testing"
)

var verb = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[vTtbcdoOqxXUeEfFgGsp%]`)

// Every message must exist in every language with the same format verbs in the
// same order; otherwise a Hindi screen shows "%!d(MISSING)" or a blank line.
func TestCatalogComplete(t *testing.T) {
	en := IDs(English)
	if len(en) == 0 {
		t.Fatal("the English catalog is empty")
	}
	for _, l := range Langs[1:] {
		other := IDs(l)
		for _, id := range en {
			if !slices.Contains(other, id) {
				t.Errorf("%s: message %q has no %s text", l, id, l)
			}
		}
		for _, id := range other {
			if !slices.Contains(en, id) {
				t.Errorf("%s: message %q exists only in %s", l, id, l)
			}
		}
		for _, id := range en {
			e, _ := Raw(English, id)
			o, ok := Raw(l, id)
			if !ok {
				continue
			}
			if !slices.Equal(verb.FindAllString(e, -1), verb.FindAllString(o, -1)) {
				t.Errorf("%s: message %q has format verbs %v, English has %v", l, id, verb.FindAllString(o, -1), verb.FindAllString(e, -1))
			}
			if o == "" {
				t.Errorf("%s: message %q is empty", l, id)
			}
		}
	}
}

func TestParseLang(t *testing.T) {
	for in, want := range map[string]Lang{"hi_IN.UTF-8": Hindi, "en_NG.UTF-8": English, "HI": Hindi, "C": English} {
		if got, _ := ParseLang(in); got != want {
			t.Errorf("ParseLang(%q) = %q, want %q", in, got, want)
		}
	}
	if _, ok := ParseLang("fr"); ok {
		t.Error("fr must not be accepted")
	}
}

func TestMissingMessageShowsID(t *testing.T) {
	if got := T("no.such.message"); got != "no.such.message" {
		t.Errorf("missing message rendered as %q", got)
	}
}
