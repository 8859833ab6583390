package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"charm.land/lipgloss/v2"

	"paystack-setup/msg"
	"paystack-setup/state"
)

func profilesEnv(t *testing.T, config string, tty bool) (*Env, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	var out, errb bytes.Buffer
	vars := map[string]string{"LANG": "en_NG.UTF-8"}
	return &Env{In: strings.NewReader(""), Out: &out, Err: &errb, OutTTY: tty, InTTY: tty,
		Getenv: func(n string) string { return vars[n] }, ConfigDir: config}, &out, &errb
}

func saveProfile(t *testing.T, config, profile string, st state.State) {
	t.Helper()
	h, err := state.Open(config, profile)
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	if err := h.Save(st); err != nil {
		t.Fatal(err)
	}
}

var auditAt = time.Date(2026, 11, 26, 10, 4, 0, 0, time.UTC)

func twoProfiles(t *testing.T) string {
	config := t.TempDir()
	saveProfile(t, config, "shop", state.State{Mode: "live", Country: "NG", Currency: "NGN",
		Subaccount: &state.SubaccountRef{Code: "ACCT_8f4k1", BusinessName: "Ada's Courses"},
		LastAudit:  &state.AuditRecord{At: auditAt, Pass: 3, Warn: 1}})
	saveProfile(t, config, "ghana-test", state.State{Mode: "test", Country: "GH"})
	return config
}

func TestProfilesListTable(t *testing.T) {
	config := twoProfiles(t)
	for _, args := range [][]string{{"profiles"}, {"profiles", "list"}, {"--lang", "en", "profiles", "list"}} {
		e, out, errb := profilesEnv(t, config, true)
		if code := Main(args, e); code != ExitOK {
			t.Fatalf("%v: exit %d, stderr %s", args, code, errb)
		}
		lines := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
		if len(lines) != 3 {
			t.Fatalf("%v: want header and 2 rows, got:\n%s", args, out)
		}
		when := auditAt.Local().Format("2006-01-02 15:04")
		wantRows := map[string][]string{
			"ghana-test": {"test", "—", "never audited"},
			"shop":       {"live", "Ada's Courses (ACCT_8f4k1)", "3 pass, 1 warn, 0 fail · " + when},
		}
		if !strings.HasPrefix(lines[1], "ghana-test") || !strings.HasPrefix(lines[2], "shop") {
			t.Errorf("profiles not sorted:\n%s", out)
		}
		// Aligned: every column starts at the same place on every line.
		subCol := strings.Index(lines[0], "SUBACCOUNT")
		for _, l := range lines[1:] {
			name := strings.Fields(l)[0]
			for _, cell := range wantRows[name] {
				if !strings.Contains(l, cell) {
					t.Errorf("row %q lacks %q", l, cell)
				}
			}
			if got := strings.Index(l, wantRows[name][1]); len([]rune(l[:got])) != subCol {
				t.Errorf("subaccount column misaligned:\n%s", out)
			}
		}
	}
}

func TestProfilesListForScripts(t *testing.T) {
	config := twoProfiles(t)
	e, out, _ := profilesEnv(t, config, false)
	if code := Main([]string{"profiles", "list", "--json"}, e); code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	var rows []struct {
		Profile    string
		Mode       string
		Subaccount *struct {
			Code         string `json:"code"`
			BusinessName string `json:"business_name"`
		}
		LastAudit *struct{ Pass, Warn, Fail int } `json:"last_audit"`
	}
	if err := json.Unmarshal(out.Bytes(), &rows); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(rows) != 2 || rows[1].Profile != "shop" || rows[1].Subaccount.Code != "ACCT_8f4k1" || rows[1].LastAudit.Pass != 3 || rows[0].LastAudit != nil || rows[0].Mode != "test" {
		t.Errorf("JSON rows = %+v", rows)
	}

	// Without a terminal the plain list is tab-separated.
	e, out, _ = profilesEnv(t, config, false)
	Main([]string{"profiles"}, e)
	if !strings.Contains(out.String(), "shop\tlive\tAda's Courses (ACCT_8f4k1)\t") {
		t.Errorf("plain output:\n%s", out)
	}
}

func TestProfilesListEmptyAndDamaged(t *testing.T) {
	e, out, errb := profilesEnv(t, t.TempDir(), false)
	if code := Main([]string{"profiles"}, e); code != ExitOK || out.Len() != 0 || !strings.Contains(errb.String(), "No profiles yet") {
		t.Errorf("empty: exit %d, out %q, err %q", code, out, errb)
	}
	e, out, _ = profilesEnv(t, t.TempDir(), false)
	if Main([]string{"profiles", "--json"}, e); strings.TrimSpace(out.String()) != "[]" {
		t.Errorf("empty JSON = %q", out)
	}

	config := twoProfiles(t)
	if err := os.WriteFile(filepath.Join(config, "profiles", "shop", "state.json"), []byte("{broken"), 0o600); err != nil {
		t.Fatal(err)
	}
	e, out, errb = profilesEnv(t, config, false)
	if code := Main([]string{"profiles", "list"}, e); code != ExitFail {
		t.Errorf("damaged profile: exit %d, want %d", code, ExitFail)
	}
	if !strings.Contains(errb.String(), "shop") || !strings.Contains(errb.String(), "damaged") || !strings.Contains(out.String(), "ghana-test") {
		t.Errorf("damaged profile: out %q err %q", out, errb)
	}
	if _, err := os.Stat(filepath.Join(config, "profiles", "shop", "state.json")); err != nil {
		t.Error("listing moved the damaged file; only the wizard may")
	}
}

func TestProfilesUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"profiles", "lsit"}, {"profiles", "--jsn"}, {"profiles", "list", "extra"}} {
		e, _, errb := profilesEnv(t, t.TempDir(), false)
		if code := Main(args, e); code != ExitUsage || errb.Len() == 0 {
			t.Errorf("%v: exit %d, stderr %q", args, code, errb)
		}
	}
	e, out, _ := profilesEnv(t, t.TempDir(), false)
	if code := Main([]string{"profiles", "--help"}, e); code != ExitOK || !strings.Contains(out.String(), "profiles list --json") {
		t.Errorf("help: exit %d\n%s", code, out)
	}
}

func TestProfilesListWhileWizardRuns(t *testing.T) {
	config := twoProfiles(t)
	h, err := state.Open(config, "shop")
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	e, out, errb := profilesEnv(t, config, false)
	if code := Main([]string{"profiles"}, e); code != ExitOK || !strings.Contains(out.String(), "ACCT_8f4k1") {
		t.Errorf("exit %d out %q err %q", code, out, errb)
	}
}

// Hindi headers contain combining marks: columns must line up by display
// width as lipgloss (and so every other screen of the product) measures it,
// not by bytes or runes.
func TestProfilesTableAlignedInHindi(t *testing.T) {
	config := twoProfiles(t)
	e, out, _ := profilesEnv(t, config, true)
	if code := Main([]string{"--lang", "hi", "profiles"}, e); code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
	if !strings.Contains(lines[0], "प्रोफ़ाइल") || !strings.Contains(out.String(), "कभी ऑडिट नहीं हुआ") {
		t.Fatalf("not in Hindi:\n%s", out)
	}
	// The modes are said in Hindi too ("टेस्ट", never "test" in a Hindi table).
	test, live := msg.In(msg.Hindi, msg.ModeTest), msg.In(msg.Hindi, msg.ModeLive)
	if !strings.Contains(lines[1], " "+test+" ") || !strings.Contains(lines[2], " "+live+" ") {
		t.Fatalf("the modes are not in Hindi:\n%s", out)
	}
	modeAt := func(line, mode string) int { return lipgloss.Width(line[:strings.Index(line, " "+mode+" ")+1]) }
	header := lipgloss.Width(lines[0][:strings.Index(lines[0], "मोड")])
	if modeAt(lines[1], test) != header || modeAt(lines[2], live) != header {
		t.Errorf("mode column misaligned:\n%s", out)
	}
}

// `profiles lsit` is a typo of the one subcommand, and is answered like a
// typo of any command: with the suggestion.
func TestProfilesTypoSuggestsList(t *testing.T) {
	e, _, errb := profilesEnv(t, t.TempDir(), false)
	if code := Main([]string{"profiles", "lsit"}, e); code != ExitUsage || !strings.Contains(errb.String(), msg.In(msg.English, msg.CLIDidYouMean, "profiles list")) {
		t.Errorf("exit %d, stderr %q", code, errb)
	}
}
