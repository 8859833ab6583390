package msg

import (
	"fmt"
	"io/fs"
	"reflect"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// The fast reader reads every locale file exactly as the full TOML parser
// does, and what it does not know (or gets wrong) goes to the full parser:
// a text edited into a shape it cannot read is still read right.
func TestLocaleReaderAgrees(t *testing.T) {
	files, err := fs.Glob(localeFS, "locales/*.toml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no locale files: %v", err)
	}
	for _, f := range files {
		data, err := fs.ReadFile(localeFS, f)
		if err != nil {
			t.Fatal(err)
		}
		var want map[string]any
		if err := toml.Unmarshal(data, &want); err != nil {
			t.Fatal(err)
		}
		got, err := readLocale(string(data))
		if err != nil {
			t.Fatalf("%s: the fast reader gave up: %v", f, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the fast reader reads it otherwise than the TOML parser", f)
		}
	}
	for _, doc := range []string{
		"a.b = \"x \\\"q\\\" \\\\ \\u00e9 \\U0001F600\\tend\" # note\n",
		"a.one = \"1\"\na.other = \"%d\"\n",
		"m = \"\"\"\nfirst \"quoted\"\nsecond \\\n    joined\ncommand \\\\\nlast\"\"\"\nn = \"after\"\n",
		"m = \"\"\"one line\"\"\"\n",
		// Outside what the fast reader knows: the full parser reads these.
		"a = ['x', 'y']\n",
		"[table]\nk = \"v\"\n",
		"'quoted key' = \"v\"\n",
		"a = 'literal'\n",
		"m = \"\"\"ends with a quote\"\"\"\"\n",
		// The readers of strings without escapes (their own bytes) and
		// with them must agree at every edge between the two.
		"m = \"\"\"ends with two quotes\"\"\"\"\"\n",
		"m = \"\"\"\nhas \"\" inside\nand a tab\there\"\"\"\n",
		"m = \"\"\"\nan escape \\u00e9 late\"\"\"\n",
		"a = \"\" # empty\nb = \"\\\\\"\n",
	} {
		var want, got any
		if err := toml.Unmarshal([]byte(doc), &want); err != nil {
			t.Fatalf("%q: %v", doc, err)
		}
		if err := unmarshalLocale([]byte(doc), &got); err != nil {
			t.Fatalf("%q: %v", doc, err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q read as %#v, the TOML parser reads %#v", doc, got, want)
		}
	}
	var dup any
	if err := unmarshalLocale([]byte("a = \"1\"\na = \"2\"\n"), &dup); err == nil {
		t.Error("a key given twice was read without an error")
	}
}

// The messages read directly are go-i18n's own reading of the same file:
// every locale file, the shapes left to go-i18n, and a text whose key is
// only a prefix of other messages' ("a" beside "a.b").
func TestLocaleMessagesAgree(t *testing.T) {
	files, err := fs.Glob(localeFS, "locales/*.toml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no locale files: %v", err)
	}
	docs := map[string][]byte{}
	for _, f := range files {
		if docs[f], err = fs.ReadFile(localeFS, f); err != nil {
			t.Fatal(err)
		}
	}
	for i, doc := range []string{
		"a.one = \"1\"\na.other = \"%d\"\nb.c.d = \"x\"\n",
		"a.description = \"said to translators\"\na.other = \"x\"\n",
		"a.Other = \"x\"\n",
		"a.one = \"1\"\na.extra = \"?\"\n",
		"a.id = \"b\"\na.other = \"x\"\n",
	} {
		docs[fmt.Sprintf("case %d", i)] = []byte(doc)
	}
	byID := func(ms []*i18n.Message) map[string]i18n.Message {
		out := map[string]i18n.Message{}
		for _, m := range ms {
			out[m.ID] = *m
		}
		return out
	}
	for name, doc := range docs {
		want, wantErr := i18n.ParseMessageBytes(doc, toml.Unmarshal)
		got, err := parseLocale(doc)
		if (err != nil) != (wantErr != nil) {
			t.Errorf("%s: error %v, go-i18n's %v", name, err, wantErr)
			continue
		}
		if g, w := byID(got), byID(want); !reflect.DeepEqual(g, w) {
			t.Errorf("%s: %d messages read otherwise than go-i18n's %d", name, len(g), len(w))
			for id, m := range w {
				if g[id] != m {
					t.Errorf("  %s: %+v, go-i18n: %+v", id, g[id], m)
					break
				}
			}
		}
	}
}
