package cli

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"paystack-setup/msg"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/state"
)

// The subaccount commands run on the audit's world: a sandbox on a loopback
// port, the live demo key in PAYSTACK_SECRET_KEY, and a Nigerian profile
// shop-ng whose subaccount is Chinedu Okafor Academy.

func TestSubaccountListShowsTheKeysSubaccounts(t *testing.T) {
	w := newAuditWorld(t)
	code, out, errOut := w.run(t, "--lang", "en", "subaccount", "list")
	if code != ExitOK {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	// Without a terminal the rows are tab-separated, for cut and awk.
	if !strings.Contains(out, w.code+"\tChinedu Okafor Academy\tAccess Bank\t••••0031\tNGN\tyes\tyes") {
		t.Errorf("no row for the profile's subaccount:\n%s", out)
	}
	if strings.Contains(out, "0690000031") {
		t.Errorf("a whole account number is shown:\n%s", out)
	}
	if strings.Contains(errOut, "\x1b") || strings.Contains(errOut, "\r") {
		t.Errorf("progress drawn on a stderr that is no terminal: %q", errOut)
	}
}

func TestSubaccountListJSONMatchesDoc(t *testing.T) {
	w := newAuditWorld(t)
	code, out, errOut := w.run(t, "subaccount", "list", "--json")
	if code != ExitOK {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	var got subaccountListJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if got.Profile != "shop-ng" || got.Mode != "live" || len(got.Subaccounts) < 8 {
		t.Errorf("list %+v", got)
	}
	checkDocSection(t, "subaccount-list-json", out)
}

// `subaccount use` records what Paystack says about the code, as the wizard's
// pick does, and says the wizard's warnings on stderr.
func TestSubaccountUseRecordsItWithTheWizardsWarnings(t *testing.T) {
	w := newAuditWorld(t)
	codes := w.codes(t)
	for _, c := range []struct {
		name string
		warn []msg.ID
	}{
		{"Chinedu Okafor Academy", nil},
		{"Lagos Fitness Club", []msg.ID{msg.SubAcctWarnInactive}},
		{"Kumasi Coding School", []msg.ID{msg.SubAcctWarnCurrency}},
	} {
		code, out, errOut := w.run(t, "--lang", "en", "subaccount", "use", codes[c.name])
		if code != ExitOK || !strings.Contains(out, "Profile shop-ng now uses subaccount "+c.name+" ("+codes[c.name]+").") {
			t.Errorf("%s: exit %d\nstdout %s\nstderr %s", c.name, code, out, errOut)
		}
		for id, text := range map[msg.ID]string{
			msg.SubAcctWarnInactive: msg.In(msg.English, msg.SubAcctWarnInactive, c.name),
			msg.SubAcctWarnCurrency: msg.In(msg.English, msg.SubAcctWarnCurrency, c.name, "GHS", "NGN"),
		} {
			said := strings.Contains(errOut, "Warning: "+text)
			want := len(c.warn) > 0 && c.warn[0] == id
			if said != want {
				t.Errorf("%s: warning %s said=%v, want %v:\n%s", c.name, id, said, want, errOut)
			}
		}
		st, _, _ := state.Read(w.dir, "shop-ng")
		if st.Subaccount == nil || st.Subaccount.Code != codes[c.name] || st.Subaccount.BusinessName != c.name || st.Subaccount.CreatedByUs {
			t.Errorf("%s: recorded %+v", c.name, st.Subaccount)
		}
	}
}

// An unknown code is refused with exit 1 and a sentence, and the profile
// keeps the subaccount it had.
func TestSubaccountUseRefusesAnUnknownCode(t *testing.T) {
	w := newAuditWorld(t)
	for _, lang := range msg.Langs {
		code, out, errOut := w.run(t, "--lang", string(lang), "subaccount", "use", "ACCT_nosuchone")
		want := msg.In(lang, msg.SubCmdCodeUnknown, "ACCT_nosuchone", msg.In(lang, msg.ModeLive), "shop-ng")
		if code != ExitFail || strings.TrimSpace(errOut) != want || out != "" {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want 1 and %q", lang, code, out, errOut, want)
		}
	}
	if st, _, _ := state.Read(w.dir, "shop-ng"); st.Subaccount == nil || st.Subaccount.Code != w.code {
		t.Errorf("the profile's subaccount changed: %+v", st.Subaccount)
	}
}

// Without a key nothing can be asked of Paystack: the sentence says how to
// store one, for this profile.
func TestSubaccountCommandsNeedTheKey(t *testing.T) {
	w := newAuditWorld(t)
	delete(w.vars, "PAYSTACK_SECRET_KEY")
	for _, args := range [][]string{{"subaccount", "list"}, {"subaccount", "use", w.code},
		{"subaccount", "create", "--bank", "057", "--account-number", "0123456789", "--business-name", "Ada", "--email", "ada@example.com"}} {
		code, _, errOut := w.run(t, append([]string{"--lang", "en"}, args...)...)
		if want := msg.In(msg.English, msg.SubCmdNoKey, "shop-ng", "shop-ng"); code != ExitFail || strings.TrimSpace(errOut) != want {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut)
		}
	}
}

// create is the wizard's form as flags: the bank by code or name among the
// country's, the number by the country's rules, the answer recorded.
func TestSubaccountCreateRecordsTheNewSubaccount(t *testing.T) {
	w := newAuditWorld(t)
	code, out, errOut := w.run(t, "--lang", "en", "subaccount", "create", "--bank", "zenith bank",
		"--account-number", "0123 456 789", "--business-name", " Ada's Courses ", "--email", "ada@example.com", "--percentage", "12,5")
	if code != ExitOK {
		t.Fatalf("exit %d\n%s%s", code, out, errOut)
	}
	st, _, _ := state.Read(w.dir, "shop-ng")
	sa := st.Subaccount
	if sa == nil || sa.BusinessName != "Ada's Courses" || sa.BankCode != "057" || !sa.CreatedByUs || sa.PercentageCharge != 12.5 || sa.AccountNumberMasked != "••••6789" {
		t.Fatalf("recorded %+v", sa)
	}
	for _, want := range []string{"Subaccount created for profile shop-ng: Ada's Courses (" + sa.Code + ").",
		"12.5% stays in your main Paystack account; this subaccount gets 87.5%."} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(errOut, "Account name: ") {
		t.Errorf("the holder's name the bank gave is not said:\n%s", errOut)
	}
	if n := w.srv.RequestsTo(http.MethodPost, "/subaccount"); n != 1 {
		t.Errorf("%d creates, want 1", n)
	}
}

// The duplicate guard: a bank account that has a subaccount gets no second
// one; that one is recorded, and running the command again is harmless.
func TestSubaccountCreateUsesTheBankAccountsSubaccount(t *testing.T) {
	w := newAuditWorld(t)
	w.save(t, "shop-ng", func(st *state.State) { st.Subaccount = nil })
	code, out, errOut := w.run(t, "--lang", "en", "subaccount", "create", "--bank", "044",
		"--account-number", "0690000031", "--business-name", "Chinedu Again", "--email", "c@example.com", "--json")
	if code != ExitOK {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	var got subaccountCreateJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil || got.Outcome != "existing" || got.Subaccount.Code != w.code {
		t.Fatalf("outcome %+v (%v)\n%s", got, err, out)
	}
	if want := msg.In(msg.English, msg.SubCmdExisting, "Chinedu Okafor Academy", w.code); !strings.Contains(errOut, want) {
		t.Errorf("stderr lacks %q:\n%s", want, errOut)
	}
	if n := w.srv.RequestsTo(http.MethodPost, "/subaccount"); n != 0 {
		t.Errorf("%d creates for a bank account that has a subaccount", n)
	}
	if st, _, _ := state.Read(w.dir, "shop-ng"); st.Subaccount == nil || st.Subaccount.Code != w.code || st.Subaccount.CreatedByUs {
		t.Errorf("recorded %+v", st.Subaccount)
	}
}

// Paystack made the subaccount but its answer was lost: it is found, said,
// recorded, and nothing is sent twice.
func TestSubaccountCreateRecoversALostAnswer(t *testing.T) {
	w := newAuditWorld(t)
	w.srv.InjectFault(sandbox.Fault{Method: http.MethodPost, Path: "/subaccount", Kind: sandbox.FaultCreateThenDrop, Status: http.StatusGatewayTimeout, Count: 1})
	code, out, errOut := w.run(t, "--lang", "en", "subaccount", "create", "--bank", "057",
		"--account-number", "0123456789", "--business-name", "Ada's Courses", "--email", "ada@example.com", "--json")
	if code != ExitOK {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	var got subaccountCreateJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil || got.Outcome != "recovered" {
		t.Fatalf("outcome %+v (%v)\n%s", got, err, out)
	}
	if !strings.Contains(errOut, "the subaccount was created: Ada's Courses") {
		t.Errorf("the recovery is not said:\n%s", errOut)
	}
	if n := w.srv.RequestsTo(http.MethodPost, "/subaccount"); n != 1 {
		t.Errorf("%d creates, want exactly 1", n)
	}
	checkDocSection(t, "subaccount-create-json", out)
}

// What the form refuses is refused before Paystack is asked to create
// anything, naming the flag, exit 2.
func TestSubaccountCreateRefusesWhatTheFormRefuses(t *testing.T) {
	w := newAuditWorld(t)
	good := map[string]string{"--bank": "057", "--account-number": "0123456789", "--business-name": "Ada", "--email": "ada@example.com"}
	for _, c := range []struct {
		flag, value string
		want        string
	}{
		{"--account-number", "12345", "--account-number: " + msg.In(msg.English, msg.SubAcctNigeriaLength, 5)},
		{"--email", "ada@localhost", "--email: " + msg.In(msg.English, msg.SubAcctEmailBad)},
		{"--business-name", "  ", "--business-name: " + msg.In(msg.English, msg.SubAcctBusinessEmpty)},
		{"--percentage", "101", "--percentage: " + msg.In(msg.English, msg.SubAcctPercentBad)},
		{"--bank", "Zenit Bank", msg.In(msg.English, msg.SubCmdBankUnknown, "Zenit Bank", "Nigeria")},
		{"--bank", "Zenit Bank", msg.In(msg.English, msg.CLIDidYouMean, `--bank "Zenith Bank"`)},
	} {
		args := []string{"--lang", "en", "subaccount", "create"}
		for f, v := range good {
			if f == c.flag {
				v = c.value
			}
			args = append(args, f, v)
		}
		if c.flag == "--percentage" {
			args = append(args, c.flag, c.value)
		}
		code, _, errOut := w.run(t, args...)
		if code != ExitUsage || !strings.Contains(errOut, c.want) {
			t.Errorf("%s %q: exit %d, stderr %q; want 2 and %q", c.flag, c.value, code, errOut, c.want)
		}
	}
	code, _, errOut := w.run(t, "--lang", "en", "subaccount", "create", "--bank", "057")
	if code != ExitUsage || !strings.Contains(errOut, "subaccount create needs --account-number, --business-name, --email.") {
		t.Errorf("missing flags: exit %d, stderr %q", code, errOut)
	}
	if n := w.srv.RequestsTo(http.MethodPost, "/subaccount"); n != 0 {
		t.Errorf("%d creates after refusals", n)
	}
}

// A profile before its first step has no country, so no banks.
func TestSubaccountCreateNeedsTheCountry(t *testing.T) {
	w := newAuditWorld(t)
	w.save(t, "fresh", func(st *state.State) { st.Country, st.Currency = "", "" })
	env, _, errOut := sandboxEnv()
	env.ConfigDir, env.Getenv = w.dir, func(k string) string { return w.vars[k] }
	code := Main([]string{"--lang", "en", "--profile", "fresh", "subaccount", "create", "--bank", "057",
		"--account-number", "0123456789", "--business-name", "Ada", "--email", "ada@example.com"}, env)
	if want := msg.In(msg.English, msg.SubCmdNoCountry, "fresh", "fresh"); code != ExitFail || strings.TrimSpace(errOut.String()) != want {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

// NewCmdSubaccountCreate reads the form's flags as the form reads its fields
// and hands them to the run, which a test replaces.
func TestNewCmdSubaccountCreateReadsTheFlags(t *testing.T) {
	env, _, _ := sandboxEnv()
	var got *SubaccountCreateOptions
	cmd := NewCmdSubaccountCreate(env, func(_ context.Context, o *SubaccountCreateOptions) error { got = o; return nil })
	cmd.SetArgs([]string{"--bank", "Zenith Bank", "--account-number", "0123456789", "--business-name", "  Ada  ",
		"--email", " ada@example.com ", "--percentage", "2,5%"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if got == nil || got.Bank != "Zenith Bank" || got.BusinessName != "Ada" || got.Email != "ada@example.com" || got.Percent != 2.5 || got.JSON {
		t.Errorf("options %+v", got)
	}
	// The share defaults to 0, as the form's field does: all of each
	// payment goes to the subaccount.
	got = nil
	cmd = NewCmdSubaccountCreate(env, func(_ context.Context, o *SubaccountCreateOptions) error { got = o; return nil })
	cmd.SetArgs([]string{"--bank", "057", "--account-number", "0123456789", "--business-name", "Ada", "--email", "ada@example.com"})
	if err := cmd.Execute(); err != nil || got == nil || got.Percent != 0 {
		t.Errorf("default share: %+v, %v", got, err)
	}
}

func TestNewCmdSubaccountUseTakesOneCode(t *testing.T) {
	env, _, _ := sandboxEnv()
	for _, c := range []struct {
		args []string
		code string // "" for a refusal
	}{{[]string{"ACCT_1"}, "ACCT_1"}, {[]string{" ACCT_2 "}, "ACCT_2"}, {nil, ""}, {[]string{""}, ""}, {[]string{"ACCT_1", "ACCT_2"}, ""}} {
		var got *SubaccountUseOptions
		cmd := NewCmdSubaccountUse(env, func(_ context.Context, o *SubaccountUseOptions) error { got = o; return nil })
		cmd.SetArgs(append([]string{}, c.args...))
		cmd.SilenceErrors, cmd.SilenceUsage = true, true
		err := cmd.Execute()
		switch {
		case c.code == "" && (err == nil || got != nil):
			t.Errorf("%q: not refused (%v)", c.args, err)
		case c.code != "" && (err != nil || got == nil || got.Code != c.code):
			t.Errorf("%q: options %+v, %v", c.args, got, err)
		}
	}
}

// `profiles list --json` shows each profile's subaccount code, as
// docs/json.md documents it.
func TestProfilesJSONMatchesDoc(t *testing.T) {
	config := twoProfiles(t)
	e, out, _ := profilesEnv(t, config, false)
	if code := Main([]string{"profiles", "list", "--json"}, e); code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out.String(), `"code": "ACCT_8f4k1"`) {
		t.Errorf("the subaccount code is missing:\n%s", out)
	}
	checkDocSection(t, "profiles-json", out.String())
}

// codes are the sandbox's subaccount codes by business name.
func (w *auditWorld) codes(t *testing.T) map[string]string {
	t.Helper()
	_, out, errOut := w.run(t, "subaccount", "list", "--json")
	var list subaccountListJSON
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatalf("subaccount list --json: %v\n%s", err, errOut)
	}
	codes := map[string]string{}
	for _, sa := range list.Subaccounts {
		codes[sa.BusinessName] = sa.Code
	}
	return codes
}

// docSection is docs/json.md's section between the marker comments.
func docSection(t *testing.T, marker string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "docs", "json.md"))
	if err != nil {
		t.Fatalf("docs/json.md: %v", err)
	}
	s := string(b)
	start, end := strings.Index(s, "<!-- BEGIN "+marker+" -->"), strings.Index(s, "<!-- END "+marker+" -->")
	if start < 0 || end < start {
		t.Fatalf("docs/json.md has no %s section", marker)
	}
	return s[start:end]
}

// checkDocSection holds docs/json.md's section between the marker comments
// to the real outputs: its example has their shape, and its field table
// lists exactly their fields with their types. Several outputs make one
// shape when no one output shows every field (the audit's notes).
func checkDocSection(t *testing.T, marker string, outputs ...string) {
	t.Helper()
	section := docSection(t, marker)
	realShape := map[string]string{}
	for _, output := range outputs {
		var real any
		if err := json.Unmarshal([]byte(output), &real); err != nil {
			t.Fatalf("%s: output is not JSON: %v", marker, err)
		}
		jsonShape("", real, realShape)
	}
	example := regexp.MustCompile("(?s)```json\n(.*?)```").FindStringSubmatch(section)
	if example == nil {
		t.Fatalf("docs/json.md's %s has no JSON example", marker)
	}
	var doc any
	if err := json.Unmarshal([]byte(example[1]), &doc); err != nil {
		t.Fatalf("docs/json.md's %s example is not JSON: %v", marker, err)
	}
	exampleShape := map[string]string{}
	jsonShape("", doc, exampleShape)
	if !mapsEqual(exampleShape, realShape) {
		t.Errorf("docs/json.md's %s example shape %v\nreal output shape %v", marker, exampleShape, realShape)
	}
	table := map[string]string{}
	for _, m := range regexp.MustCompile("(?m)^\\| `([a-z_.\\[\\]]+)` \\| (\\w+) \\|").FindAllStringSubmatch(section, -1) {
		table[m[1]] = m[2]
	}
	fields := map[string]string{}
	for k, v := range realShape {
		if k != "" && !strings.HasSuffix(k, "[]") {
			fields[k] = v
		}
	}
	if !mapsEqual(table, fields) {
		t.Errorf("docs/json.md's %s field table %v\nreal output fields %v", marker, table, fields)
	}
}
