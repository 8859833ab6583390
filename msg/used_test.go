package msg

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// A message nobody shows still has to be translated and reviewed, and it
// misleads whoever reads the catalog into thinking the product says it.
// Every ID constant must be referenced (msg.Name) by code outside this
// package, tests and the troubleshooting page's explanations aside: naming a
// message there shows it to nobody.
func TestEveryMessageIsUsed(t *testing.T) {
	fset := token.NewFileSet()
	declared := map[string]bool{}
	files, _ := filepath.Glob("*_en.go")
	for _, f := range files {
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
				for _, n := range spec.(*ast.ValueSpec).Names {
					declared[n.Name] = true
				}
			}
		}
	}
	if len(declared) < 100 {
		t.Fatalf("found only %d message IDs; are the IDs still declared in *_en.go?", len(declared))
	}
	used := map[string]bool{}
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != ".." && strings.HasPrefix(d.Name(), ".") { // .git, .ci
				return filepath.SkipDir
			}
			// The troubleshooting page explains every message; naming one
			// there shows it to nobody either.
			if filepath.ToSlash(path) == "../internal/cmd/troubleshooting" {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		file, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return nil // testdata and generated oddities are not our concern
		}
		ast.Inspect(file, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if x, ok := sel.X.(*ast.Ident); ok && x.Name == "msg" {
					used[sel.Sel.Name] = true
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// Helpers of this package (msg.ModeText) show IDs by their bare names.
	own, _ := filepath.Glob("*.go")
	for _, f := range own {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ValueSpec:
				for _, v := range n.Values {
					ast.Inspect(v, markIdents(used))
				}
				return false // the declared names themselves are no use
			case *ast.Ident:
				used[n.Name] = true
			}
			return true
		})
	}
	for id := range declared {
		if !used[id] {
			t.Errorf("msg.%s is in the catalog but nothing shows it; use it or delete it (from every language)", id)
		}
	}
}

func markIdents(used map[string]bool) func(ast.Node) bool {
	return func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			used[id.Name] = true
		}
		return true
	}
}
