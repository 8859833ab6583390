package cli

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/plans"
	"paystack-setup/state"
)

// auditWorld is a sandbox on a loopback port, a config dir with a healthy
// live profile "shop-ng", and an environment that points the CLI at both.
type auditWorld struct {
	srv  *sandbox.Server
	dir  string
	vars map[string]string
	code string // the profile's subaccount
}

func newAuditWorld(t *testing.T) *auditWorld {
	t.Helper()
	srv := sandbox.New(sandbox.Options{})
	base, stop, err := srv.Listen("127.0.0.1:0")
	if err != nil {
		t.Fatalf("sandbox: %v", err)
	}
	t.Cleanup(func() { _ = stop() })
	old := keyBackend
	keyBackend = func(*Env) keystore.Backend { return keystore.NewMemoryBackend() }
	t.Cleanup(func() { keyBackend = old })

	w := &auditWorld{srv: srv, dir: t.TempDir(), vars: map[string]string{
		"PAYSTACK_SECRET_KEY": sandbox.DemoLiveKey,
		"PAYSTACK_API_BASE":   base,
	}}
	key, _ := paystack.ParseSecretKey(sandbox.DemoLiveKey)
	client := paystack.New(key, paystack.WithBaseURL(sandbox.BaseURL), paystack.WithHTTPClient(&http.Client{Transport: srv.Transport()}))
	subs, _, err := client.ListSubaccounts(context.Background(), 1, 100)
	if err != nil {
		t.Fatalf("list: %v", err)
	}
	for _, s := range subs {
		if s.BusinessName == "Chinedu Okafor Academy" {
			w.code = s.Code
		}
	}
	w.save(t, "shop-ng", func(st *state.State) {})
	srv.ResetCounters()
	return w
}

// save writes a healthy live state for profile, changed by edit.
func (w *auditWorld) save(t *testing.T, profile string, edit func(*state.State)) {
	t.Helper()
	h, err := state.Open(w.dir, profile)
	if err != nil {
		t.Fatalf("open state: %v", err)
	}
	defer h.Close()
	st, _, _ := h.Load()
	st.Country, st.Currency, st.Mode = "NG", "NGN", "live"
	st.Subaccount = &state.SubaccountRef{Code: w.code}
	st.SystemeConnected = true
	st.IPWhitelist = map[string]bool{"live": true}
	st.WebhookURL = map[string]string{"live": "https://api.systeme.io/paystack/webhook/42"}
	st.CheckoutFields = []string{"email", "first_name", "last_name"}
	st.Plans = []plans.Plan{{Name: "Gold monthly", Amount: 500000, Currency: "NGN", Interval: plans.Month}}
	edit(&st)
	if err := h.Save(st); err != nil {
		t.Fatalf("save state: %v", err)
	}
}

func (w *auditWorld) run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	env, out, errOut := sandboxEnv()
	env.ConfigDir = w.dir
	env.Version = "1.2.3"
	env.Getenv = func(k string) string { return w.vars[k] }
	code = Main(append([]string{"--profile", "shop-ng"}, args...), env)
	return code, out.String(), errOut.String()
}

func TestAuditHealthyProfile(t *testing.T) {
	w := newAuditWorld(t)
	code, out, errOut := w.run(t, "--lang", "en", "audit")
	if code != ExitOK {
		t.Fatalf("exit %d, want 0\n%s\n%s", code, out, errOut)
	}
	for _, want := range []string{"Profile shop-ng", "✓ checked on this computer · Secret key stored: sk_live_…", "✓ verified by Paystack · Subaccount exists: Chinedu Okafor Academy",
		"✓ you confirmed · Paystack connected in systeme.io", "- Webhook URL reachable", "pass · ", "0 fail"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("colour codes written to a non-terminal")
	}
	if strings.Contains(out+errOut, sandbox.DemoLiveKey) {
		t.Error("the secret key was printed")
	}
	st, _, _ := state.Read(w.dir, "shop-ng")
	if st.LastAudit == nil || st.LastAudit.Fail != 0 || st.LastAudit.Pass == 0 {
		t.Errorf("last audit not recorded: %+v", st.LastAudit)
	}
}

func TestAuditFailureShowsFixAndExits1(t *testing.T) {
	w := newAuditWorld(t)
	w.srv.DeleteSubaccount(w.code)
	code, out, _ := w.run(t, "--lang", "en", "audit")
	if code != ExitFail {
		t.Errorf("exit %d, want 1", code)
	}
	if !regexp.MustCompile(`✗ Subaccount exists: .*no longer has.*\n\s+Fix: .*subaccount step`).MatchString(out) {
		t.Errorf("no ✗ line with an indented fix:\n%s", out)
	}
	if !strings.Contains(out, "Fix the ✗ lines") || strings.Contains(out, "? lines") {
		t.Errorf("the closing hint should point at the ✗ lines only (nothing went unchecked):\n%s", out)
	}
}

func TestAuditServerErrorExits1(t *testing.T) {
	w := newAuditWorld(t)
	w.srv.InjectFault(sandbox.Fault{Kind: sandbox.FaultStatus, Status: 500})
	code, out, _ := w.run(t, "--lang", "en", "audit")
	if code != ExitFail || !strings.Contains(out, "? Paystack accepts the key") {
		t.Errorf("exit %d, want 1 with a ? line:\n%s", code, out)
	}
	if !strings.Contains(out, "The ? lines could not be checked") {
		t.Errorf("the closing hint does not explain the ? lines:\n%s", out)
	}
}

func TestAuditUsageErrorsExit2(t *testing.T) {
	w := newAuditWorld(t)
	for _, args := range [][]string{{"audit", "--jsn"}, {"audit", "extra"}, {"audit", "--all-profiles", "--fields", "email"}} {
		if code, _, errOut := w.run(t, append([]string{"--lang", "en"}, args...)...); code != ExitUsage || errOut == "" {
			t.Errorf("%v: exit %d (stderr %q), want 2 with a message", args, code, errOut)
		}
	}
}

func TestAuditOffline(t *testing.T) {
	w := newAuditWorld(t)
	code, out, _ := w.run(t, "--lang", "en", "audit", "--offline")
	if n := w.srv.Requests(); n != 0 {
		t.Errorf("--offline made %d requests to Paystack", n)
	}
	if code != ExitOK || !strings.Contains(out, "- Paystack accepts the key: Skipped because of --offline") {
		t.Errorf("exit %d; offline output does not say what was skipped:\n%s", code, out)
	}
}

func TestAuditNoKey(t *testing.T) {
	w := newAuditWorld(t)
	delete(w.vars, "PAYSTACK_SECRET_KEY")
	code, out, _ := w.run(t, "--lang", "en", "audit")
	if code != ExitFail {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(out, "✗ Secret key stored") || !strings.Contains(out, "paystack-setup key set") {
		t.Errorf("no key: output lacks the fail and its fix:\n%s", out)
	}
	if regexp.MustCompile(`(?m)^\s+\? `).MatchString(out) || w.srv.Requests() != 0 {
		t.Errorf("no key: network checks must be skipped, not errored (%d requests):\n%s", w.srv.Requests(), out)
	}
}

func TestAuditJSONIsEnglishAndComplete(t *testing.T) {
	w := newAuditWorld(t)
	code, out, _ := w.run(t, "--lang", "hi", "audit", "--json")
	if code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	var rep auditJSON
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if rep.Version != AuditSchemaVersion || rep.Profile != "shop-ng" || rep.PaystackSetup != "1.2.3" {
		t.Errorf("header: %+v", rep)
	}
	for _, st := range []string{"pass", "warn", "fail", "skip", "error"} {
		if _, ok := rep.Summary[st]; !ok {
			t.Errorf("summary lacks %q", st)
		}
	}
	var idsSeen []string
	for _, c := range rep.Checks {
		idsSeen = append(idsSeen, c.ID)
		if regexp.MustCompile(`\p{Devanagari}`).MatchString(c.Title + c.Detail + c.Fix) {
			t.Errorf("%s is not English with --lang hi: %q", c.ID, c.Title)
		}
	}
	for _, id := range []string{"key.present", "key.accepted", "subaccount.verified", "plan.interval", "webhook.url", "storage.state_file"} {
		if !slices.Contains(idsSeen, id) {
			t.Errorf("JSON lacks check %s", id)
		}
	}
}

func TestAuditJSONErrorsAreEnglishToo(t *testing.T) {
	w := newAuditWorld(t)
	w.srv.InjectFault(sandbox.Fault{Kind: sandbox.FaultHTML})
	_, out, _ := w.run(t, "--lang", "hi", "audit", "--json")
	if regexp.MustCompile(`\p{Devanagari}`).MatchString(out) || !strings.Contains(out, `"status": "error"`) {
		t.Errorf("--json with --lang hi and a refused key is not all English:\n%s", out)
	}
}

func TestAuditPlansFileWithErrorsSavesNothing(t *testing.T) {
	w := newAuditWorld(t)
	before, _, _ := state.Read(w.dir, "shop-ng")
	file := filepath.Join(t.TempDir(), "plans.csv")
	os.WriteFile(file, []byte("name,amount,currency,interval\nGold,5000,NGN,monthly\nSilver,abc,NGN,monthly\n"), 0o600)
	code, _, errOut := w.run(t, "--lang", "en", "audit", "--plans", file, "--fields", "email")
	if code != ExitUsage {
		t.Errorf("exit %d, want 2", code)
	}
	if !strings.Contains(errOut, "3") || !strings.Contains(errOut, "Nothing was saved") {
		t.Errorf("stderr does not name line 3 and say nothing was saved: %q", errOut)
	}
	after, _, _ := state.Read(w.dir, "shop-ng")
	if len(after.Plans) != len(before.Plans) || after.Plans[0].Name != before.Plans[0].Name || len(after.CheckoutFields) != 3 {
		t.Errorf("state changed: plans %v fields %v", after.Plans, after.CheckoutFields)
	}
}

func TestAuditRecordsPlansAndFieldsThenChecksThem(t *testing.T) {
	w := newAuditWorld(t)
	file := filepath.Join(t.TempDir(), "plans.csv")
	os.WriteFile(file, []byte("name,amount,currency,interval,interval_count\nFortnightly club,5000,NGN,week,2\n"), 0o600)
	code, out, errOut := w.run(t, "--lang", "en", "audit", "--plans", file, "--fields", "email,First name")
	if !strings.Contains(errOut, "Price plans recorded for profile shop-ng: 1.") {
		t.Errorf("one recorded plan is not counted plainly:\n%s", errOut)
	}
	if code != ExitFail {
		t.Errorf("exit %d, want 1 (every 2 weeks and a missing last name fail)", code)
	}
	st, _, _ := state.Read(w.dir, "shop-ng")
	if len(st.Plans) != 1 || st.Plans[0].Name != "Fortnightly club" || !slices.Equal(st.CheckoutFields, []string{"email", "first_name"}) {
		t.Errorf("not saved: %+v %v", st.Plans, st.CheckoutFields)
	}
	if !strings.Contains(out, `✗ Plan "Fortnightly club": billing interval`) || !strings.Contains(out, "Missing: Last name") {
		t.Errorf("saved answers not checked:\n%s", out)
	}
}

func TestAuditAllProfiles(t *testing.T) {
	w := newAuditWorld(t)
	w.save(t, "shop-gh", func(st *state.State) { st.CheckoutFields = nil })
	code, out, _ := w.run(t, "--lang", "en", "audit", "--all-profiles")
	if code != ExitFail {
		t.Errorf("exit %d, want 1 (shop-gh fails)", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 2 || !strings.HasPrefix(lines[0], "shop-gh  ✓") || !strings.Contains(lines[0], "✗ 1 fail") ||
		!strings.HasPrefix(lines[1], "shop-ng  ✓") || !strings.Contains(lines[1], "✗ 0 fail") {
		t.Errorf("want one summary line per profile:\n%s", out)
	}
	code, out, _ = w.run(t, "audit", "--all-profiles", "--json")
	var all auditAllJSON
	if err := json.Unmarshal([]byte(out), &all); err != nil || len(all.Profiles) != 2 || code != ExitFail {
		t.Errorf("--all-profiles --json: exit %d, err %v, %d profiles", code, err, len(all.Profiles))
	}
}

func TestAuditColourOnlyOnTerminal(t *testing.T) {
	w := newAuditWorld(t)
	for _, tt := range []struct {
		name  string
		tty   bool
		args  []string
		color bool
	}{
		{"terminal", true, nil, true},
		{"terminal with --no-color", true, []string{"--no-color"}, false},
		{"pipe", false, nil, false},
	} {
		env, out, _ := sandboxEnv()
		env.ConfigDir, env.OutTTY = w.dir, tt.tty
		env.Getenv = func(k string) string { return w.vars[k] }
		Main(append([]string{"--profile", "shop-ng", "audit", "--offline"}, tt.args...), env)
		if got := strings.Contains(out.String(), "\x1b["); got != tt.color {
			t.Errorf("%s: colour %v, want %v", tt.name, got, tt.color)
		}
	}
}

// jsonShape maps every field path ("checks[].id") to its JSON type.
func jsonShape(prefix string, v any, out map[string]string) {
	switch x := v.(type) {
	case map[string]any:
		if prefix != "" {
			out[prefix] = "object"
		}
		for k, val := range x {
			p := k
			if prefix != "" {
				p = prefix + "." + k
			}
			jsonShape(p, val, out)
		}
	case []any:
		out[prefix] = "array"
		for _, item := range x {
			jsonShape(prefix+"[]", item, out)
		}
	case string:
		out[prefix] = "string"
	case float64:
		out[prefix] = "number"
	case bool:
		out[prefix] = "boolean"
	}
}

func TestAuditJSONMatchesDoc(t *testing.T) {
	w := newAuditWorld(t)
	_, out, _ := w.run(t, "audit", "--json")
	// A note appears only when something shaped the whole report: the
	// IP whitelist's refusal shows the shape of one.
	w.srv.InjectFault(sandbox.Fault{Kind: sandbox.FaultIPNotAllowed})
	_, blockedOut, _ := w.run(t, "audit", "--json")
	w.srv.ClearFaults()
	checkDocSection(t, "audit-json", out, blockedOut)

	var real any
	if err := json.Unmarshal([]byte(out), &real); err != nil {
		t.Fatalf("audit --json: %v", err)
	}
	section := docSection(t, "audit-json")
	for _, r := range real.(map[string]any)["checks"].([]any) {
		id := r.(map[string]any)["id"].(string)
		if !strings.Contains(section, "`"+id+"`") {
			t.Errorf("check id %s is not listed in docs/json.md", id)
		}
	}
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestAuditSaysWhenLastAuditCannotBeRecorded(t *testing.T) {
	w := newAuditWorld(t)
	h, err := state.Open(w.dir, "shop-ng") // a wizard has the profile open
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	code, out, errOut := w.run(t, "--lang", "en", "audit", "--offline")
	if code != ExitOK || !strings.Contains(out, "0 fail") {
		t.Errorf("a locked profile must not change the audit: exit %d\n%s", code, out)
	}
	if lines := strings.Split(strings.TrimSpace(errOut), "\n"); len(lines) != 1 || !strings.Contains(errOut, "not recorded") {
		t.Errorf("want one stderr line saying the result was not recorded, got %q", errOut)
	}
}

// On a terminal the long details and fixes wrap to its width with their
// lines hanging under the text, so the ✓/✗ column stays readable; in a pipe
// each check stays one line for grep.
func TestAuditWrapsToTheTerminalOnly(t *testing.T) {
	w := newAuditWorld(t)
	// A missing field makes the fix quote a command to copy.
	w.save(t, "shop-ng", func(st *state.State) { st.CheckoutFields = []string{"email"} })
	for _, lang := range []string{"en", "hi"} {
		env, out, _ := sandboxEnv()
		env.ConfigDir, env.OutTTY, env.NoColor, env.Width = w.dir, true, true, 80
		env.Getenv = func(k string) string { return w.vars[k] }
		Main([]string{"--profile", "shop-ng", "--lang", lang, "audit", "--offline"}, env)
		lines := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
		wrapped := 0
		for i, line := range lines {
			// A path or URL longer than the room stays whole on its own line.
			if width := ansi.StringWidthWc(line); width > 80 && strings.Contains(strings.TrimSpace(line), " ") {
				t.Errorf("%s: line %d is %d columns: %s", lang, i, width, line)
			}
			if strings.HasPrefix(line, "    ") && !strings.Contains(line, msg.In(msg.Lang(lang), msg.AuditFixLine, "")) {
				wrapped++
			}
		}
		if wrapped == 0 {
			t.Errorf("%s: no continuation line hangs under its text:\n%s", lang, out.String())
		}
		if !strings.Contains(out.String(), "paystack-setup audit --fields email,first_name,last_name") {
			t.Errorf("%s: a command was split over two lines:\n%s", lang, out.String())
		}
	}

	env, out, _ := sandboxEnv()
	env.ConfigDir, env.OutTTY, env.Width = w.dir, false, 80
	env.Getenv = func(k string) string { return w.vars[k] }
	Main([]string{"--profile", "shop-ng", "audit", "--offline"}, env)
	for _, line := range strings.Split(out.String(), "\n") {
		if strings.HasPrefix(line, "    ") && !strings.Contains(line, "Fix: ") {
			t.Errorf("piped output was wrapped: %q", line)
		}
	}
}

// A screen reader skips "!", "-" and "?" and reads "✗" as an unknown
// symbol: in accessible mode every check starts with its status in words,
// and the closing hint names the lines by that word.
func TestAuditInAccessibleModeSaysStatusesInWords(t *testing.T) {
	w := newAuditWorld(t)
	w.save(t, "shop-ng", func(st *state.State) { st.CheckoutFields = []string{"email"} })
	for _, lang := range []msg.Lang{msg.English, msg.Hindi} {
		env, out, _ := sandboxEnv()
		env.ConfigDir, env.OutTTY, env.Width = w.dir, true, 80
		env.Getenv = func(k string) string { return w.vars[k] }
		Main([]string{"--profile", "shop-ng", "--lang", string(lang), "--accessible", "audit", "--offline"}, env)
		got := out.String()
		for _, line := range strings.Split(got, "\n") {
			if ansi.StringWidthWc(line) > 80 && strings.Contains(strings.TrimSpace(line), " ") {
				t.Errorf("%s: longer than the terminal: %s", lang, line)
			}
		}
		for _, symbol := range []string{"✓", "✗", "  ! ", "  - ", "  ? "} {
			if strings.Contains(got, symbol) {
				t.Errorf("%s: symbol %q read out:\n%s", lang, symbol, got)
			}
		}
		fail := msg.In(lang, msg.AuditWordFail)
		if !strings.Contains(got, "  "+fail+": ") || !strings.Contains(got, msg.In(lang, msg.AuditFailedHint, fail)) {
			t.Errorf("%s: failing lines not named %q:\n%s", lang, fail, got)
		}
	}
}

// A mistyped --profile would otherwise audit an empty profile and report
// every check failed; the audit says which profiles exist and suggests the
// close one.
func TestAuditOfAnUnknownProfileNamesTheRealOnes(t *testing.T) {
	w := newAuditWorld(t)
	env, _, errOut := sandboxEnv()
	env.ConfigDir = w.dir
	env.Getenv = func(k string) string { return w.vars[k] }
	Main([]string{"--lang", "en", "--profile", "shop-gn", "audit", "--offline"}, env)
	if got := errOut.String(); !strings.Contains(got, "shop-ng") || !strings.Contains(got, msg.In(msg.English, msg.CLIDidYouMean, "--profile shop-ng")) {
		t.Errorf("no hint at the real profile:\n%s", got)
	}
	env, _, errOut = sandboxEnv()
	env.ConfigDir = w.dir
	env.Getenv = func(k string) string { return w.vars[k] }
	Main([]string{"--lang", "en", "--profile", "shop-ng", "audit", "--offline"}, env)
	if strings.Contains(errOut.String(), "Did you mean") {
		t.Errorf("a set-up profile got the hint:\n%s", errOut.String())
	}
}

// The key goes wherever the API base points; a base that is neither Paystack
// nor this computer is said out loud, once, and Paystack itself or the
// loopback sandbox never are.
func TestAPIBaseElsewhereIsSaid(t *testing.T) {
	for _, tc := range []struct {
		base string
		warn bool
	}{
		{"https://api.paystack.co", false},
		{"http://127.0.0.1:8089", false},
		{"http://localhost:4010", false},
		{"https://abc123.ngrok.example", true},
		{"https://api.paystack.co.evil.example", true},
	} {
		env, _, _ := sandboxEnv()
		env.APIBase = tc.base
		got := msg.NewPrinter(msg.English).Text(env.apiBaseWarning())
		if (got != "") != tc.warn {
			t.Errorf("%s: warning %q, want one: %v", tc.base, got, tc.warn)
		}
		if tc.warn && !strings.Contains(got, "secret key goes with them") {
			t.Errorf("%s: the warning does not say the key is sent: %q", tc.base, got)
		}
	}
	env, _, _ := sandboxEnv()
	env.APIBase, env.Demo = "https://abc123.ngrok.example", true
	if !env.apiBaseWarning().IsZero() {
		t.Error("the demo, which never leaves the process, warns about the API base")
	}
}

// --json is English for scripts, but what is said to the merchant on stderr
// while it runs stays in their language: the JSON used to be made by
// switching the whole program to English for the audit, which also turned
// the damaged-file notice on stderr into English.
func TestAuditJSONKeepsTheMerchantsLanguageOnStderr(t *testing.T) {
	w := newAuditWorld(t)
	w.vars["PAYSTACK_SECRET_KEY"] = "sk_live_" + strings.Repeat("a", 12) // cut off: a key format problem
	path := state.Path(w.dir, "shop-ng")
	if err := os.WriteFile(path, []byte(`{"schema":1,"coun`), 0o600); err != nil {
		t.Fatal(err)
	}
	_, out, errOut := w.run(t, "--lang", "hi", "audit", "--json")
	if want := msg.In(msg.Hindi, msg.StateCorruptLeft, path); !strings.Contains(errOut, want) {
		t.Errorf("stderr does not carry the Hindi notice %q:\n%s", want, errOut)
	}
	if regexp.MustCompile(`\p{Devanagari}`).MatchString(out) {
		t.Errorf("--json is not all English:\n%s", out)
	}
	if want := msg.In(msg.English, msg.PaystackKeyTruncated, 12, 40); !strings.Contains(out, want) {
		t.Errorf("--json does not explain the cut-off key in English (%q):\n%s", want, out)
	}
}

// TestNoTextDrivesTheTerminal: the command line quotes what it is given (a
// flag value, a path) in its messages and audit lines; an escape sequence in
// one is removed there, whatever it came through, while the audit's own
// colours stay on a terminal.
func TestNoTextDrivesTheTerminal(t *testing.T) {
	const osc = "\x1b]0;pwned\x07"
	colour := regexp.MustCompile(`\x1b\[[0-9;]*m`)
	w := newAuditWorld(t)
	hostileDir := filepath.Join(t.TempDir(), "config"+osc)
	if err := os.Rename(w.dir, hostileDir); err != nil {
		t.Fatal(err)
	}
	w.dir = hostileDir
	for _, tty := range []bool{false, true} {
		env, out, errOut := sandboxEnv()
		env.ConfigDir, env.OutTTY = w.dir, tty
		env.Getenv = func(k string) string { return w.vars[k] }
		Main([]string{"--profile", "shop-ng", "--lang", "en", "audit", "--offline"}, env)
		shown := out.String() + errOut.String()
		if !strings.Contains(shown, "/profiles/shop-ng/state.json") {
			t.Fatalf("the state file's path is not shown:\n%q", shown)
		}
		if strings.ContainsAny(colour.ReplaceAllString(shown, ""), "\x1b\x07") {
			t.Errorf("terminal %v: the path's escape sequence reached the output:\n%q", tty, shown)
		}
		if tty && !strings.Contains(out.String(), "\x1b[32m✓\x1b[0m") {
			t.Errorf("the audit lost its own colours on a terminal:\n%q", out.String())
		}
	}
	env, _, errOut := sandboxEnv()
	env.ConfigDir = w.dir
	missing := filepath.Join(t.TempDir(), "plans"+osc+".csv")
	if code := Main([]string{"--lang", "en", "audit", "--plans", missing}, env); code != ExitUsage || strings.ContainsAny(errOut.String(), "\x1b\x07") {
		t.Errorf("exit %d; the missing file's message quotes the escape sequence in its path: %q", code, errOut.String())
	}
}

// TestAuditEmptyPlansOrFieldsIsAUsageError: `--fields ""` (a variable that
// was empty, say) used to be ignored, and the audit ran as if nothing had
// been asked; it is refused with what the flag takes, and nothing changes.
func TestAuditEmptyPlansOrFieldsIsAUsageError(t *testing.T) {
	w := newAuditWorld(t)
	before, _, _ := state.Read(w.dir, "shop-ng")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--fields", ""}, msg.In(msg.English, msg.PlansFieldsEmpty)},
		{[]string{"--fields="}, msg.In(msg.English, msg.PlansFieldsEmpty)},
		{[]string{"--fields", " , "}, msg.In(msg.English, msg.PlansFieldsEmpty)},
		{[]string{"--plans", ""}, msg.In(msg.English, msg.AuditPlansNoFile)},
		{[]string{"--plans", "", "--all-profiles"}, msg.In(msg.English, msg.AuditAllWithInput)},
	} {
		code, out, errOut := w.run(t, append([]string{"--lang", "en", "audit", "--offline"}, c.args...)...)
		if code != ExitUsage || !strings.Contains(errOut, c.want) || out != "" {
			t.Errorf("audit %q: exit %d, stderr %q; want 2 and %q, and no audit", c.args, code, errOut, c.want)
		}
	}
	if after, _, _ := state.Read(w.dir, "shop-ng"); !slices.Equal(after.CheckoutFields, before.CheckoutFields) || len(after.Plans) != len(before.Plans) {
		t.Errorf("the answers changed: %v %v", after.CheckoutFields, after.Plans)
	}
}

// Paystack's refusal of this computer is explained once, below the checks,
// and in the JSON; the checks it kept from running are skipped, not failed.
func TestAuditExplainsTheWhitelistRefusalOnce(t *testing.T) {
	w := newAuditWorld(t)
	w.srv.InjectFault(sandbox.Fault{Kind: sandbox.FaultIPNotAllowed})
	for _, lang := range msg.Langs {
		code, out, _ := w.run(t, "--lang", string(lang), "audit")
		note := msg.In(lang, msg.AuditNoteLine, msg.In(lang, msg.ChkNoteIPBlocked, "185.236.142.1"))
		if strings.Count(out, note) != 1 {
			t.Errorf("[%s] the note is not said exactly once:\n%s", lang, out)
		}
		if code != ExitOK || regexp.MustCompile(`(?m)^\s+✗ `).MatchString(out) {
			t.Errorf("[%s] exit %d: a whitelist that keeps this computer out is no failure of the setup:\n%s", lang, code, out)
		}
	}
	_, out, _ := w.run(t, "audit", "--json")
	var rep auditJSON
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Notes) != 1 || rep.Notes[0].ID != "ip_whitelist_blocked" || !strings.Contains(rep.Notes[0].Text, "audit --offline") {
		t.Errorf("notes %+v", rep.Notes)
	}
	for _, c := range rep.Checks {
		if c.ID == "ipwhitelist.confirmed" && (c.Status != "pass" || c.Evidence != "paystack") {
			t.Errorf("ipwhitelist.confirmed: %s on %s, want a pass on Paystack's evidence", c.Status, c.Evidence)
		}
	}
}

// Every check in the JSON says what it rests on, in the four words the
// schema documents.
func TestAuditJSONSaysEachChecksEvidence(t *testing.T) {
	w := newAuditWorld(t)
	_, out, _ := w.run(t, "audit", "--json")
	var rep auditJSON
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	for _, c := range rep.Checks {
		if !slices.Contains([]string{"paystack", "merchant", "local", "none"}, c.Evidence) {
			t.Errorf("%s: evidence %q", c.ID, c.Evidence)
		}
	}
	if len(rep.Notes) != 0 || !strings.Contains(out, `"notes": []`) {
		t.Errorf("a report without notes has \"notes\": [], got %v", rep.Notes)
	}
}

// A script reading the audit through a pipe, or its --json, gets no
// spinner: not one escape sequence or carriage return on stderr.
func TestAuditSpinnerSilentForScripts(t *testing.T) {
	w := newAuditWorld(t)
	for _, c := range []struct {
		name   string
		errTTY bool
		args   []string
	}{
		{"piped", false, []string{"audit"}},
		{"--json on a terminal", true, []string{"audit", "--json"}},
		{"accessible mode on a terminal", true, []string{"--accessible", "audit"}},
	} {
		env, out, errOut := sandboxEnv()
		env.ConfigDir, env.ErrTTY = w.dir, c.errTTY
		env.Getenv = func(k string) string { return w.vars[k] }
		code := Main(append([]string{"--lang", "en", "--profile", "shop-ng"}, c.args...), env)
		if code != ExitOK || out.String() == "" {
			t.Fatalf("%s: exit %d\n%s", c.name, code, errOut)
		}
		if got := errOut.String(); strings.ContainsAny(got, "\x1b\r") || strings.Contains(got, "Asking Paystack") {
			t.Errorf("%s: stderr has the spinner: %q", c.name, got)
		}
	}
}
