package data

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"paystack-setup/e2e/internal/harness"
	"paystack-setup/paystack"
)

// hostile retitles the terminal window (OSC 0 ended by BEL), rings the bell,
// hides what follows (SGR 8), slips a NUL in and writes a C1 CSI: each of
// them acts on a terminal instead of being drawn.
const hostile = "\x1b]0;pwned\x07\x1b[8m\x00\u009b2J"

// controlBytes lists the bytes of shown text that a terminal would act on:
// everything below space but the line break and the tab (the columns of
// profiles list in a pipe), DEL, C1 and ESC itself.
func controlBytes(shown string) []string {
	var found []string
	for _, r := range shown {
		if r != '\n' && r != '\t' && (r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0) {
			found = append(found, string(r))
		}
	}
	return found
}

func noControlBytes(t *testing.T, what string, r harness.Result) {
	t.Helper()
	if found := controlBytes(r.Output()); len(found) > 0 {
		t.Errorf("%s printed control bytes %q that drive the terminal:\n%q", what, found, r.Output())
	}
}

// TestControlBytesInNamesNeverReachTheTerminal: a plan name from a file, one
// saved by an older release, a header cell of a broken file and the business
// name Paystack returns all carry escape sequences; no audit line, human or
// JSON, English or Hindi, hands one to the terminal, and printable text
// (Devanagari with its joiners) comes through whole.
func TestControlBytesInNamesNeverReachTheTerminal(t *testing.T) {
	w := harness.NewWorld(t)
	s := w.FinishedSetup(t, w.Profile)
	env := map[string]string{"PAYSTACK_SECRET_KEY": s.Key}

	// Paystack's own strings: the business name comes back as it was stored.
	key, err := paystack.ParseSecretKey(s.Key)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	name := "Canary" + hostile + " Shop"
	if _, err := paystack.New(key, paystack.WithBaseURL(w.BaseURL)).UpdateSubaccount(ctx, s.Subaccount, paystack.SubaccountUpdate{BusinessName: &name}); err != nil {
		t.Fatalf("sandbox update: %v", err)
	}

	dir := t.TempDir()
	good := filepath.Join(dir, "plans.csv")
	devanagari := "मासिक क्ष\u200dत्र"
	writeFile(t, good, "name,amount,currency,interval\n\"Gold"+hostile+" plan\",5000,NGN,monthly\n"+devanagari+",5000,NGN,monthly\n")
	imported := w.Run(t, "audit-plans", harness.Opts{Env: env}, "--profile", w.Profile, "--lang", "en", "audit", "--offline", "--plans", good)
	noControlBytes(t, "audit --plans", imported)
	if imported.Code != 0 {
		t.Fatalf("a valid plans file was refused:\n%s", imported)
	}

	broken := filepath.Join(dir, "broken.csv")
	writeFile(t, broken, "name,amount,currency,price"+hostile+"\nGold,5000,NGN,1\n")
	refused := w.Run(t, "audit-broken", harness.Opts{Env: env}, "--profile", w.Profile, "--lang", "en", "audit", "--offline", "--plans", broken)
	noControlBytes(t, "the refusal of a broken plans file", refused)
	if refused.Code != 2 || !strings.Contains(refused.Stderr, "Unknown column") {
		t.Errorf("the broken file was not refused with its unknown column:\n%s", refused)
	}

	// An older release saved a plan name as typed, escape sequences and all.
	addSavedPlan(t, w.StatePath(w.Profile), map[string]any{"name": "Legacy" + hostile, "amount_minor": 500000, "currency": "NGN", "interval": "month"})

	for _, lang := range []string{"en", "hi"} {
		human := w.Run(t, "audit-"+lang, harness.Opts{Env: env}, "--profile", w.Profile, "--lang", lang, "audit")
		noControlBytes(t, "audit --lang "+lang, human)
		for _, want := range []string{"Gold plan", devanagari, "Legacy", "Canary Shop"} {
			if !strings.Contains(human.Stdout, want) {
				t.Errorf("audit --lang %s does not show %q whole:\n%s", lang, want, human)
			}
		}
	}
	js := w.Run(t, "audit-json", harness.Opts{Env: env}, "--profile", w.Profile, "audit", "--json")
	noControlBytes(t, "audit --json", js)
	var rep struct {
		Checks []struct{ Subject, Title, Detail string } `json:"checks"`
	}
	if err := json.Unmarshal([]byte(js.Stdout), &rep); err != nil {
		t.Fatalf("audit --json is not JSON: %v\n%s", err, js)
	}
	for _, c := range rep.Checks {
		if found := controlBytes(c.Subject + c.Title + c.Detail); len(found) > 0 {
			t.Errorf("audit --json check %q holds control characters %q", c.Title, found)
		}
	}
	profiles := w.Run(t, "profiles", harness.Opts{Env: env}, "profiles", "list")
	noControlBytes(t, "profiles list", profiles)
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
}

// addSavedPlan edits a state file as a person (or an older release) would.
func addSavedPlan(t *testing.T, statePath string, plan map[string]any) {
	t.Helper()
	st, ok := harness.ReadState(t, statePath)
	if !ok {
		t.Fatalf("no state file at %s", statePath)
	}
	saved, _ := st["plans"].([]any)
	st["plans"] = append(saved, plan)
	writeState(t, statePath, st)
}

func writeState(t *testing.T, statePath string, st map[string]any) {
	t.Helper()
	data, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, statePath, string(data))
}
