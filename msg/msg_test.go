package msg

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// declaredIDs reads the msg.ID constants from the Go files of this package.
func declaredIDs(t *testing.T) map[ID]string {
	t.Helper()
	fset := token.NewFileSet()
	out := map[ID]string{}
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range file.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST {
				continue
			}
			for _, spec := range g.Specs {
				vs := spec.(*ast.ValueSpec)
				if typ, ok := vs.Type.(*ast.Ident); !ok || typ.Name != "ID" {
					continue
				}
				for i, n := range vs.Names {
					lit, ok := vs.Values[i].(*ast.BasicLit)
					if !ok {
						t.Fatalf("%s: msg.%s is not a plain string", f, n.Name)
					}
					id, _ := strconv.Unquote(lit.Value)
					out[ID(id)] = n.Name
				}
			}
		}
	}
	return out
}

// Every ID the code declares has an English text, and the English file has
// no text that no ID names (nobody could show it).
func TestEveryIDHasEnglish(t *testing.T) {
	declared := declaredIDs(t)
	if len(declared) < 100 {
		t.Fatalf("found only %d message IDs in msg/*.go", len(declared))
	}
	en := IDs(English)
	for id, name := range declared {
		if !slices.Contains(en, id) {
			t.Errorf("msg.%s (%q) has no text in locales/en.toml", name, id)
		}
	}
	for _, id := range en {
		if _, ok := declared[id]; !ok {
			t.Errorf("locales/en.toml has %q, which no msg.ID constant declares", id)
		}
	}
}

// Every message exists in every language, with the plural forms the
// language has and the English arguments; otherwise a Hindi screen shows
// "%!d(MISSING)", an English fallback, or a number without its noun.
func TestCatalogComplete(t *testing.T) {
	for _, l := range Langs {
		for _, problem := range parityProblems(embedded.messages(English).byID(), embedded.messages(l).byID(), l) {
			t.Errorf("%s: %s", l, problem)
		}
	}
}

// parityProblems compares a language's texts with the English ones.
func parityProblems(en, other map[ID]map[Form]string, l Lang) []string {
	var out []string
	for _, id := range slices.Sorted(maps.Keys(en)) {
		if _, ok := other[id]; !ok {
			out = append(out, fmt.Sprintf("message %q has no %s text", id, l))
		}
	}
	for _, id := range slices.Sorted(maps.Keys(other)) {
		enForms, ok := en[id]
		if !ok {
			out = append(out, fmt.Sprintf("message %q exists only in %s", id, l))
			continue
		}
		got := other[id]
		enPlural := len(enForms) > 1
		if _, ok := got[Other]; !ok {
			out = append(out, fmt.Sprintf("message %q has no %q text", id, Other))
		}
		for form, text := range got {
			if !slices.Contains(forms[l], form) {
				out = append(out, fmt.Sprintf("message %q has the plural form %q, which %s does not have (it has %v)", id, form, l, forms[l]))
			}
			if strings.TrimSpace(text) == "" {
				out = append(out, fmt.Sprintf("message %q (%s) is empty", id, form))
			}
		}
		switch {
		case enPlural:
			for _, form := range forms[l] {
				if _, ok := got[form]; !ok {
					out = append(out, fmt.Sprintf("plural message %q has no %q form", id, form))
				}
			}
		case len(got) > 1:
			out = append(out, fmt.Sprintf("message %q has plural forms, but the English has none, so the code passes no count", id))
		}
		out = append(out, argProblems(id, enForms, got)...)
	}
	return out
}

// argProblems: every form shows the arguments the English shows in the same
// form (or in "other"), with the same verbs, and no argument the English lacks.
func argProblems(id ID, enForms, forms map[Form]string) []string {
	var out []string
	enVerb := map[int]string{}
	for _, text := range enForms {
		refs, _, _ := argRefs(text)
		for _, r := range refs {
			enVerb[r.Index] = r.Verb
		}
	}
	for form, text := range forms {
		refs, _, bad := argRefs(text)
		if bad {
			out = append(out, fmt.Sprintf("message %q (%s) has a malformed %% verb: %q", id, form, text))
		}
		got := map[int]string{}
		for _, r := range refs {
			if v, ok := got[r.Index]; ok && v != r.Verb {
				out = append(out, fmt.Sprintf("message %q (%s) shows argument %d as %%%s and as %%%s", id, form, r.Index, v, r.Verb))
			}
			got[r.Index] = r.Verb
			want, ok := enVerb[r.Index]
			switch {
			case !ok:
				out = append(out, fmt.Sprintf("message %q (%s) shows argument %d, which the English does not have", id, form, r.Index))
			case want != r.Verb:
				out = append(out, fmt.Sprintf("message %q (%s) shows argument %d as %%%s, the English as %%%s", id, form, r.Index, r.Verb, want))
			}
		}
		enText, ok := enForms[form]
		if !ok {
			enText = enForms[Other]
		}
		enRefs, _, _ := argRefs(enText)
		for _, r := range enRefs {
			if _, ok := got[r.Index]; !ok {
				out = append(out, fmt.Sprintf("message %q (%s) leaves out argument %d (%%%s) of the English %q", id, form, r.Index, r.Verb, enText))
			}
		}
	}
	return out
}

// The parity check itself must catch each kind of mistake.
func TestParityCatchesMistakes(t *testing.T) {
	en := map[ID]map[Form]string{
		"a.plain":  {Other: "%s has %d plans"},
		"a.plural": {One: "every day", Other: "every %d days"},
	}
	cases := map[string]map[ID]map[Form]string{
		"has no hi text":                  {"a.plural": {One: "हर दिन", Other: "हर %d दिन"}},
		"exists only in hi":               {"a.plain": {Other: "%s के %d प्लान"}, "a.plural": {One: "हर दिन", Other: "हर %d दिन"}, "a.extra": {Other: "x"}},
		"leaves out argument 1":           {"a.plain": {Other: "%[2]d प्लान"}, "a.plural": {One: "हर दिन", Other: "हर %d दिन"}},
		"shows argument 2 as %s":          {"a.plain": {Other: "%s के %s प्लान"}, "a.plural": {One: "हर दिन", Other: "हर %d दिन"}},
		"which the English does not have": {"a.plain": {Other: "%s के %d प्लान %s"}, "a.plural": {One: "हर दिन", Other: "हर %d दिन"}},
		"which hi does not have":          {"a.plain": {Other: "%s के %d प्लान"}, "a.plural": {One: "हर दिन", Few: "हर %d दिन", Other: "हर %d दिन"}},
		"has no \"one\" form":             {"a.plain": {Other: "%s के %d प्लान"}, "a.plural": {Other: "हर %d दिन"}},
		"the English has none":            {"a.plain": {One: "%s के %d प्लान", Other: "%s के %d प्लान"}, "a.plural": {One: "हर दिन", Other: "हर %d दिन"}},
		"malformed":                       {"a.plain": {Other: "%[x]s के %d प्लान"}, "a.plural": {One: "हर दिन", Other: "हर %d दिन"}},
	}
	for want, hi := range cases {
		problems := strings.Join(parityProblems(en, hi, Hindi), "\n")
		if !strings.Contains(problems, want) {
			t.Errorf("expected a problem saying %q, got:\n%s", want, problems)
		}
	}
	ok := map[ID]map[Form]string{
		"a.plain":  {Other: "%[2]d प्लान: %[1]s"},          // reordered
		"a.plural": {One: "हर %d दिन", Other: "हर %d दिन"}, // Hindi's one is also 0, so it keeps the count
	}
	if p := parityProblems(en, ok, Hindi); len(p) > 0 {
		t.Errorf("a correct translation was refused: %v", p)
	}
}

// Every text renders without a printf complaint, in every language and form,
// with arguments of the kinds its verbs ask for.
func TestEveryMessageRenders(t *testing.T) {
	for _, l := range Langs {
		p := NewPrinter(l)
		for id, f := range embedded.messages(l).byID() {
			var args []any
			for _, text := range embedded.messages(English).byID()[id] {
				refs, _, _ := argRefs(text)
				for _, r := range refs {
					for len(args) < r.Index {
						args = append(args, nil)
					}
					args[r.Index-1] = sample(r.Verb)
				}
			}
			var got []string
			if len(f) > 1 {
				for _, n := range []int{0, 1, 2, 5} {
					if len(args) > 0 {
						args[0] = n
					}
					got = append(got, p.Text(Text{ID: id, Args: args, Plural: true}))
				}
			} else {
				got = append(got, p.T(id, args...))
			}
			for _, s := range got {
				if strings.Contains(s, "%!") {
					t.Errorf("%s: %q renders as %q", l, id, s)
				}
			}
		}
	}
}

func sample(verb string) any {
	switch verb[len(verb)-1] {
	case 'd':
		return 7
	case 'f', 'g', 'e':
		return 1.5
	}
	return "x"
}

// The forms table must agree with CLDR as go-i18n applies it: a language
// shows each of its forms for some count and no other.
func TestPluralFormsMatchCLDR(t *testing.T) {
	for _, l := range Langs {
		b := i18n.NewBundle(language.English)
		m := &i18n.Message{ID: "probe", Zero: "zero", One: "one", Two: "two", Few: "few", Many: "many", Other: "other"}
		if err := b.AddMessages(language.MustParse(string(l)), m); err != nil {
			t.Fatal(err)
		}
		loc := i18n.NewLocalizer(b, string(l))
		seen := map[Form]bool{}
		for n := range 1001 {
			s, err := loc.Localize(&i18n.LocalizeConfig{MessageID: "probe", PluralCount: n})
			if err != nil {
				t.Fatal(err)
			}
			seen[Form(s)] = true
		}
		if got := slices.Sorted(maps.Keys(seen)); !slices.Equal(got, slices.Sorted(slices.Values(forms[l]))) {
			t.Errorf("%s: counts 0–1000 use the forms %v; the table says %v", l, got, forms[l])
		}
	}
}

// Plural forms follow the language: Hindi's "one" also covers 0.
func TestPluralChoosesTheFormOfTheLanguage(t *testing.T) {
	fsys := fstest.MapFS{
		"locales/en.toml": {Data: []byte("t.found.one = \"%d found\"\nt.found.other = \"%d founds\"\n")},
		"locales/hi.toml": {Data: []byte("t.found.one = \"%d मिला\"\nt.found.other = \"%d मिले\"\n")},
	}
	c := newCatalog(fsys)
	for _, tc := range []struct {
		l    Lang
		n    int
		want string
	}{{English, 0, "0 founds"}, {English, 1, "1 found"}, {English, 2, "2 founds"}, {Hindi, 0, "0 मिला"}, {Hindi, 1, "1 मिला"}, {Hindi, 2, "2 मिले"}} {
		p := c.printer(tc.l)
		if got := p.N("t.found", tc.n); got != tc.want {
			t.Errorf("%s, %d: %q, want %q", tc.l, tc.n, got, tc.want)
		}
	}
}

// A form that leaves out its count ("every day") renders without printf's
// complaint about the unused argument, and arguments can be reordered.
func TestFormsMayLeaveOutTheCount(t *testing.T) {
	fsys := fstest.MapFS{
		"locales/en.toml": {Data: []byte("t.every.one = \"every day at %[2]s\"\nt.every.other = \"every %d days at %s\"\nt.swap = \"%[2]s then %[1]s\"\n")},
		"locales/hi.toml": {Data: []byte("")},
	}
	c := newCatalog(fsys)
	p := c.printer(English)
	if got := p.N("t.every", 1, "9:00"); got != "every day at 9:00" {
		t.Errorf("one: %q", got)
	}
	if got := p.N("t.every", 3, "9:00"); got != "every 3 days at 9:00" {
		t.Errorf("other: %q", got)
	}
	if got := p.T("t.swap", "a", "b"); got != "b then a" {
		t.Errorf("reordered: %q", got)
	}
	// Hindi has no such message here: English is shown rather than nothing.
	hp := c.printer(Hindi)
	if got := hp.T("t.swap", "a", "b"); got != "b then a" {
		t.Errorf("fallback: %q", got)
	}
}

// Two printers render the same Text in their own languages, with nested
// texts in the same language.
func TestPrintersAreIndependent(t *testing.T) {
	x := New(ChkCouldNotCheck, New(ChkSkippedNoKey))
	en, hi := NewPrinter(English).Text(x), NewPrinter(Hindi).Text(x)
	if en != fmt.Sprintf(englishText(ChkCouldNotCheck), englishText(ChkSkippedNoKey)) {
		t.Errorf("English printer: %q", en)
	}
	if hi == en || !strings.Contains(hi, In(Hindi, ChkSkippedNoKey)) {
		t.Errorf("Hindi printer: %q", hi)
	}
}

func englishText(id ID) string { s, _ := Raw(English, id); return s }

func TestArgRefs(t *testing.T) {
	for format, want := range map[string][]argRef{
		"%s has %d":          {{1, "s"}, {2, "d"}},
		"%[2]d of %[1]s":     {{2, "d"}, {1, "s"}},
		"100%% of %-5s %.2f": {{1, "-5s"}, {2, ".2f"}},
		"%[2]s then %s":      {{2, "s"}, {3, "s"}},
		"no verbs":           nil,
	} {
		got, _, bad := argRefs(format)
		if bad || !slices.Equal(got, want) {
			t.Errorf("argRefs(%q) = %v (bad %v), want %v", format, got, bad, want)
		}
	}
	for _, format := range []string{"%*d", "%[0]d", "%[x]d", "ends in %"} {
		if _, _, bad := argRefs(format); !bad {
			t.Errorf("argRefs(%q) not reported as malformed", format)
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
	if got := In(English, "no.such.message"); got != "no.such.message" {
		t.Errorf("missing message rendered as %q", got)
	}
}
