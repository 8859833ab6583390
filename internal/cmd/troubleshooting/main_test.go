package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"paystack-setup/msg"
)

// TestErrorRulePicksErrors guards the naming rules: known errors are picked,
// known non-errors are not.
func TestErrorRulePicksErrors(t *testing.T) {
	for _, id := range []msg.ID{msg.PaystackErrNetwork, msg.PaystackKeyPublic, msg.KeystoreNoBus, msg.StateDiskFull,
		msg.PlansCSVQuote, msg.ChkKeyRejectedFix, msg.ChkWebhookURLEmpty, msg.CLIUnknownFlag, msg.NeedTerminal,
		msg.SandboxPortInUse, msg.WizLocked, msg.SubAcctResolveFailed, msg.CkImportFailed, msg.ProfilesUnknownSub} {
		if !isError(id) {
			t.Errorf("%s is an error message but the rules miss it", id)
		}
	}
	for _, id := range []msg.ID{msg.StWelcomeTitle, msg.CLIRootHelp, msg.KeystoreStored, msg.ChkKeyAcceptedOK,
		msg.ProfilesColProfile, msg.PaystackErrNextStep, msg.WizDemoLabel} {
		if isError(id) {
			t.Errorf("%s is no error message but the rules pick it", id)
		}
	}
}

// TestEveryErrorHasAnEntry: a new error message in the catalog fails here
// until entries.go says what it means and what to do.
func TestEveryErrorHasAnEntry(t *testing.T) {
	if missing := undocumented(); len(missing) > 0 {
		t.Errorf("error messages without a troubleshooting entry (add them to entries.go, then run go run ./internal/cmd/troubleshooting):\n%s", strings.Join(missing, "\n"))
	}
	seen := map[msg.ID]bool{}
	for _, s := range sections {
		for _, e := range s.entries {
			if seen[e.id] {
				t.Errorf("%s has two entries", e.id)
			}
			seen[e.id] = true
			if _, ok := msg.Raw(msg.English, e.id); !ok {
				t.Errorf("entry %s is not in the catalog", e.id)
			}
			if strings.TrimSpace(e.means) == "" || strings.TrimSpace(e.do) == "" {
				t.Errorf("entry %s lacks what it means or what to do", e.id)
			}
		}
	}
}

// TestDocUpToDate: docs/troubleshooting.md is what the generator writes, so
// every error message is in it as printed.
func TestDocUpToDate(t *testing.T) {
	path := filepath.Join("..", "..", "..", filepath.FromSlash(defaultDoc))
	doc, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := string(doc)
	i, j := strings.Index(s, beginMarker), strings.Index(s, endMarker)
	if i < 0 || j < i {
		t.Fatalf("%s has no %s … %s section; run: go run ./internal/cmd/troubleshooting", defaultDoc, beginMarker, endMarker)
	}
	section := s[i:j]
	for _, id := range msg.IDs(msg.English) {
		if !isError(id) {
			continue
		}
		for _, line := range strings.Split(quote(printed(id)), "\n") {
			if !strings.Contains(section, strings.TrimPrefix(line, "> ")) {
				t.Errorf("%s lacks %s as printed: %q", defaultDoc, id, line)
			}
		}
	}
	if string(replaceSection(doc, beginMarker, endMarker, render())) != s {
		t.Errorf("%s is out of date; run: go run ./internal/cmd/troubleshooting", defaultDoc)
	}
}

func TestReplaceSectionAddsMarkersOnce(t *testing.T) {
	doc := []byte("# Title\n\ntext\n")
	once := replaceSection(doc, beginMarker, endMarker, "body\n")
	twice := replaceSection(once, beginMarker, endMarker, "body\n")
	if string(once) != string(twice) || strings.Count(string(twice), beginMarker) != 1 || !strings.HasPrefix(string(twice), "# Title\n\ntext\n") {
		t.Errorf("replaceSection is not stable:\n%s", twice)
	}
}
