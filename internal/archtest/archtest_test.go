// Package archtest holds the redesign's import rules (ARCH-11): the domain
// packages never reach the terminal UI, and the Paystack client knows no
// language, so one setup flow can serve every front end.
package archtest

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const module = "paystack-setup"

// imports lists every import path pkg reaches: its own files' imports and,
// within this module, theirs (all files but tests, whatever their build
// tags). The sources are read here rather than asked of `go list`, so the
// test cache knows when a file changed.
func imports(t *testing.T, pkg string) map[string]bool {
	t.Helper()
	seen := map[string]bool{}
	var walk func(p string)
	walk = func(p string) {
		files, _ := filepath.Glob(filepath.Join("..", "..", strings.TrimPrefix(p, module+"/"), "*.go"))
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			parsed, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			for _, spec := range parsed.Imports {
				path, _ := strconv.Unquote(spec.Path.Value)
				if seen[path] {
					continue
				}
				seen[path] = true
				if strings.HasPrefix(path, module+"/") {
					walk(path)
				}
			}
		}
	}
	walk(module + "/" + pkg)
	if len(seen) == 0 {
		t.Fatalf("%s has no imports: is it still at %s?", pkg, pkg)
	}
	return seen
}

func TestDomainImportsNoCharm(t *testing.T) {
	for _, pkg := range []string{"paystack", "paystack/sandbox", "plans", "state", "keystore", "checks", "country", "setup", "problem", "steps", "renewals"} {
		for d := range imports(t, pkg) {
			if strings.HasPrefix(d, "charm.land/") || strings.HasPrefix(d, "github.com/charmbracelet/") || strings.HasPrefix(d, module+"/ui") {
				t.Errorf("%s imports %s: the domain must not depend on a front end", pkg, d)
			}
		}
	}
}

func TestPaystackKnowsNoLanguage(t *testing.T) {
	if imports(t, "paystack")[module+"/msg"] {
		t.Error("paystack imports msg: its errors are typed and the sentence is made at the edge (package problem)")
	}
	// The renewals rule serves the audit and the renewals command alike;
	// each says it in its own language.
	if imports(t, "renewals")[module+"/msg"] {
		t.Error("renewals imports msg: it classifies, the front ends say it")
	}
}
