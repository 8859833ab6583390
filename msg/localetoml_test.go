package msg

import (
	"io/fs"
	"reflect"
	"testing"

	"github.com/BurntSushi/toml"
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
