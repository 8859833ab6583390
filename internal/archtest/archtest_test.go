// Package archtest holds the redesign's import rules (ARCH-11): nothing but
// ui/... and cli imports ui/..., the domain packages never reach Charm or the
// terminal UI, and the Paystack client knows no language, so one setup flow
// can serve every front end.
package archtest

import (
	"go/parser"
	"go/token"
	"io/fs"
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

// packages lists every package of the module by its path ("ui/list"; ""
// for the root) with the imports of its files, tests aside.
func packages(t *testing.T) map[string][]string {
	t.Helper()
	root := filepath.Join("..", "..")
	out := map[string][]string{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		parsed, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, filepath.Dir(path))
		pkg := filepath.ToSlash(rel)
		if pkg == "." {
			pkg = ""
		}
		out[pkg] = append(out[pkg], "") // a package with no imports is still one
		for _, spec := range parsed.Imports {
			p, _ := strconv.Unquote(spec.Path.Value)
			out[pkg] = append(out[pkg], p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) < 20 {
		t.Fatalf("found only %d packages: is the module still two folders up?", len(out))
	}
	return out
}

// under reports pkg is dir or inside it.
func under(pkg, dir string) bool { return pkg == dir || strings.HasPrefix(pkg, dir+"/") }

// The Bubble Tea wing is ui/... and the command line that starts it: no
// other package reaches into it, so the flows, the session and the domain
// serve every front end. bench/ measures ui/list itself, and is no product.
func TestOnlyUIAndCLIImportUI(t *testing.T) {
	for pkg, deps := range packages(t) {
		if under(pkg, "ui") || pkg == "cli" || under(pkg, "bench") {
			continue
		}
		for _, d := range deps {
			if under(d, module+"/ui") {
				t.Errorf("%s imports %s: only ui/... and cli may", pkgName(pkg), d)
			}
		}
	}
}

// Charm (Bubble Tea, bubbles, huh, lipgloss, x/…) is the UI wing's alone:
// outside it only the benchmarks of the UI and the tests' key presses
// (internal/teakeys) may use it.
func TestOnlyTheUIWingImportsCharm(t *testing.T) {
	for pkg, deps := range packages(t) {
		if under(pkg, "ui") || pkg == "cli" || under(pkg, "bench") || pkg == "internal/teakeys" {
			continue
		}
		for _, d := range deps {
			if strings.HasPrefix(d, "charm.land/") || strings.HasPrefix(d, "github.com/charmbracelet/") {
				t.Errorf("%s imports %s: the domain must not depend on a front end", pkgName(pkg), d)
			}
		}
	}
}

func pkgName(pkg string) string {
	if pkg == "" {
		return module
	}
	return module + "/" + pkg
}
