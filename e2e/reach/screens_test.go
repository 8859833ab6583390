package reach

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"paystack-setup/e2e/internal/harness"
	"paystack-setup/msg"
)

const (
	screensBegin = "<!-- BEGIN screens -->"
	screensEnd   = "<!-- END screens -->"
	// hindiScreen is the one Hindi capture docs/screens.md shows.
	hindiScreen = "subaccount-list"
)

// captures reads the saved screens of a language, in walk order.
func captures(t *testing.T, lang msg.Lang) []shot {
	t.Helper()
	dir := screensDir(t, lang)
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no captures in %s; run: go test ./e2e/reach -run 'TestWizardLayout80x24|TestScreensDoc' -update", dir)
	}
	sort.Strings(names)
	var out []shot
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		label := strings.TrimSuffix(filepath.Base(n), ".txt")
		out = append(out, shot{label: label[strings.Index(label, "-")+1:], screen: string(data)})
	}
	return out
}

// screenBlock is one capture as a Markdown code block: the rows as tmux
// showed them, without trailing blanks.
func screenBlock(title string, s shot) string {
	lines := strings.Split(strings.TrimRight(s.screen, "\n "), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	body := strings.Join(lines, "\n")
	return fmt.Sprintf("**%s**\n\n```text\n%s\n```\n\n", title, body)
}

// screensSection is docs/screens.md's text between the screens markers.
func screensSection(t *testing.T) string {
	var b strings.Builder
	b.WriteString("Captured from a real terminal (tmux, 80×24) by `go test ./e2e/reach`, which walks\n")
	b.WriteString("`paystack-setup --demo` with real key presses; the same test checks that no row\n")
	b.WriteString("is cut, Hindi vowel signs stay on their letters and the DEMO label stays at the\n")
	b.WriteString("right edge. Refresh with `go test ./e2e/reach -run 'TestWizardLayout80x24|TestScreensDoc' -update`.\n\n")
	for i, s := range captures(t, msg.English) {
		b.WriteString(screenBlock(fmt.Sprintf("%d. %s", i+1, s.label), s))
	}
	b.WriteString("In Hindi (`--lang hi`), the subaccount list as the terminal shows it (a browser\ndraws Devanagari in fewer columns than a terminal, so here the columns may look\nuneven):\n\n")
	found := false
	for _, s := range captures(t, msg.Hindi) {
		if s.label == hindiScreen {
			b.WriteString(screenBlock("हिंदी: "+s.label, s))
			found = true
		}
	}
	if !found {
		t.Fatalf("no Hindi capture %q", hindiScreen)
	}
	return b.String()
}

// TestScreensDoc: docs/screens.md shows the current captures; with -update it
// is rewritten from them.
func TestScreensDoc(t *testing.T) {
	path := filepath.Join(harness.RepoRoot(t), "docs", "screens.md")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	i, j := strings.Index(doc, screensBegin), strings.Index(doc, screensEnd)
	if i < 0 || j < i {
		t.Fatalf("docs/screens.md has no %s … %s pair", screensBegin, screensEnd)
	}
	want := doc[:i+len(screensBegin)] + "\n" + screensSection(t) + doc[j:]
	if want == doc {
		return
	}
	if *update {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("docs/screens.md's screens differ from e2e/reach/testdata/screens; run: go test ./e2e/reach -run 'TestWizardLayout80x24|TestScreensDoc' -update")
}
