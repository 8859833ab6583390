package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Every command a merchant can type has its page, with its flags, and the
// pages are the same bytes when written again for the same release (the
// archives are reproducible).
func TestPagesForEveryCommandTheSameTwice(t *testing.T) {
	date := time.Date(2026, 11, 26, 10, 4, 0, 0, time.UTC)
	a, b := t.TempDir(), t.TempDir()
	for _, dir := range []string{a, b} {
		if err := write(dir, "v1.2.3", date); err != nil {
			t.Fatal(err)
		}
	}
	for page, wants := range map[string][]string{
		"paystack-setup.1":                   {"paystack-setup v1.2.3", "Nov 2026", "PAYSTACK_SECRET_KEY", "--profile"},
		"paystack-setup-audit.1":             {"--json", "--all-profiles"},
		"paystack-setup-subaccount-create.1": {"--percentage", "main Paystack account"},
		"paystack-setup-completion-zsh.1":    {"compinit"},
		"paystack-setup-key-set.1":           {"--stdin"},
	} {
		got, err := os.ReadFile(filepath.Join(a, page))
		if err != nil {
			t.Errorf("no page %s: %v", page, err)
			continue
		}
		for _, want := range wants {
			if !bytes.Contains(got, []byte(want)) {
				t.Errorf("%s lacks %q", page, want)
			}
		}
		again, _ := os.ReadFile(filepath.Join(b, page))
		if !bytes.Equal(got, again) {
			t.Errorf("%s differs between two runs", page)
		}
	}
	entries, _ := os.ReadDir(a)
	for _, e := range entries {
		if strings.Contains(e.Name(), "help") || strings.Contains(e.Name(), "version") {
			t.Errorf("a page for a command the help does not list: %s", e.Name())
		}
	}
}
