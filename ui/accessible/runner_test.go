package accessible

import (
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"paystack-setup/checks"
	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/plans"
	"paystack-setup/problem"
	"paystack-setup/state"
	steps "paystack-setup/ui/legacysteps"
)

// checksAudit is the smallest bridge to the checks engine; the command line
// passes the wizard's own.
func checksAudit(ctx context.Context, sc *steps.Context) []steps.CheckResult {
	in := checks.Input{Profile: sc.Profile, State: *sc.State, Key: sc.Key, KeySource: sc.KeySource, StatePath: sc.StatePath}
	if sc.NewClient != nil && !sc.Key.IsZero() {
		in.Client = sc.NewClient(sc.Key)
	}
	var out []steps.CheckResult
	for _, r := range checks.Run(ctx, in).Results {
		out = append(out, steps.CheckResult{ID: r.ID, Title: r.Title, Detail: r.Detail, Fix: r.Fix, Status: string(r.Status), Step: r.Step})
	}
	return out
}

// turn is one expected question and the answer typed to it.
type turn struct {
	want   string // text the question (or what was said just before) must contain
	answer string
}

// script is an in-memory Prompter: it checks that each question is the
// expected one and answers it, and keeps everything shown.
type script struct {
	t       *testing.T
	turns   []turn
	out     strings.Builder
	since   int // where the output since the last answer starts
	secrets []string
}

func (s *script) Say(texts ...string) {
	for _, x := range texts {
		s.out.WriteString(x + "\n")
	}
}

func (s *script) next(prompt string, secret bool) (string, error) {
	s.out.WriteString(prompt + "\n")
	recent := s.out.String()[s.since:]
	s.since = s.out.Len()
	if len(s.turns) == 0 {
		return "", io.EOF
	}
	tn := s.turns[0]
	s.turns = s.turns[1:]
	if !strings.Contains(recent, tn.want) {
		s.t.Fatalf("expected a question about %q before answering %q, got:\n%s", tn.want, tn.answer, recent)
	}
	if secret {
		s.secrets = append(s.secrets, tn.answer)
	}
	return tn.answer, nil
}

func (s *script) Ask(prompt string) (string, error)       { return s.next(prompt, false) }
func (s *script) AskSecret(prompt string) (string, error) { return s.next(prompt, true) }

type fixture struct {
	opts    Options
	srv     *sandbox.Server
	backend keystore.Backend
	dir     string
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	msg.SetLang(msg.English)
	srv := sandbox.New(sandbox.Options{})
	hc := &http.Client{Transport: srv.Transport()}
	dir := t.TempDir()
	f := &fixture{srv: srv, backend: keystore.NewMemoryBackend(), dir: dir}
	f.opts = Options{
		Profile: "default",
		Keys:    keystore.New(keystore.Options{Dir: dir, Backend: f.backend, Getenv: func(string) string { return "" }}),
		NewClient: func(k paystack.SecretKey) *paystack.Client {
			return paystack.New(k, paystack.WithBaseURL(sandbox.BaseURL), paystack.WithHTTPClient(hc))
		},
		StateRoot: dir,
		Audit:     checksAudit,
	}
	return f
}

func (f *fixture) run(t *testing.T, turns ...turn) (int, *script) {
	t.Helper()
	s := &script{t: t, turns: turns}
	o := f.opts
	o.Prompter = s
	code := Run(context.Background(), o)
	if len(s.turns) > 0 {
		t.Fatalf("%d answers were never asked for, first: %+v\noutput:\n%s", len(s.turns), s.turns[0], s.out.String())
	}
	return code, s
}

func (f *fixture) state(t *testing.T) state.State {
	t.Helper()
	st, _, err := state.Read(f.dir, "default")
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// afterKey answers every step after the key when the person picks an
// existing subaccount.
var afterKey = []turn{
	{"Use a subaccount I already have", "1"},
	{"Type part of the business name", "ngozi"},
	{"Ngozi Bakes", "1"},
	{"Payment gateways", ""},
	{"185.236.142.1", ""},
	{"Paste the webhook URL", "https://systeme.io/webhook/paystack/abc123"},
	{"Test Webhook URL", ""},
	{"Which fields", ""},
	{"price plans", "1"},
	{"Plan 1", "Gold, 5000, NGN, month, 1"},
	{"Plan 2", "Fortnightly, 2000, NGN, week, 2"},
	{"Plan 3", ""},
	{"Checks of your fields and plans", ""},
}

func assertClean(t *testing.T, s *script) {
	t.Helper()
	out := s.out.String()
	if strings.Contains(out, "\x1b") {
		t.Errorf("output contains an escape sequence:\n%q", out)
	}
	for _, k := range []string{sandbox.DemoTestKey, sandbox.DemoLiveKey} {
		if strings.Contains(out, k) {
			t.Errorf("the secret key appears in the output")
		}
	}
}

func TestWholeWizardPickingAnExistingSubaccount(t *testing.T) {
	f := newFixture(t)
	turns := append([]turn{
		{"Nigeria (NGN)", "1"},
		{"Paste your secret key", sandbox.DemoTestKey},
	}, afterKey...)
	code, s := f.run(t, turns...)
	out := s.out.String()
	if code != ExitOK {
		t.Fatalf("exit code %d, output:\n%s", code, out)
	}
	assertClean(t, s)
	if len(s.secrets) != 1 {
		t.Errorf("the key should be read with the hidden prompt once, got %d", len(s.secrets))
	}
	for _, want := range []string{"Step 1 of 8", "Step 8 of 8", "sk_test_…0001", "PASS: ", "FAIL: ", "https://systeme.io/webhook/paystack/abc123\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	// The fortnightly plan breaks the article's note 3 and must be called out.
	if !strings.Contains(out, "FAIL: ") || !strings.Contains(out, "Fortnightly") {
		t.Errorf("the every-2-weeks plan was not failed:\n%s", out)
	}
	st := f.state(t)
	if st.FirstUnfinished(StepOrder) != "" {
		t.Errorf("steps left unfinished: %v", st.Done)
	}
	if st.Country != "NG" || st.Currency != "NGN" || st.Mode != "test" || st.KeyStorage != state.StorageKeyring {
		t.Errorf("welcome/key answers not saved: %+v", st)
	}
	if st.Subaccount == nil || st.Subaccount.BusinessName != "Ngozi Bakes" || strings.Contains(st.Subaccount.AccountNumberMasked, "2004567891") {
		t.Errorf("subaccount not saved as the visual step does: %+v", st.Subaccount)
	}
	if st.WebhookURL["test"] != "https://systeme.io/webhook/paystack/abc123" || !st.IPWhitelist["test"] || !st.SystemeConnected {
		t.Errorf("systeme/ip/webhook not saved: %+v", st)
	}
	if len(st.Plans) != 2 || len(st.CheckoutFields) != 3 {
		t.Errorf("checkout not saved: fields %v plans %v", st.CheckoutFields, st.Plans)
	}
	k, _, err := f.opts.Keys.Get(context.Background(), "default")
	if err != nil || k.Reveal() != sandbox.DemoTestKey {
		t.Errorf("key not stored in the keyring: %v", err)
	}
	data, _ := os.ReadFile(state.Path(f.dir, "default"))
	if strings.Contains(string(data), sandbox.DemoTestKey) {
		t.Error("the key reached the state file")
	}
}

func TestWrongKeyFormatsAreReAskedEachWithItsReason(t *testing.T) {
	f := newFixture(t)
	public := "pk_test_" + strings.Repeat("x", 40)
	short := "sk_test_" + strings.Repeat("z", 12)
	unknown := "sk_test_" + strings.Repeat("q", 40) // right shape, Paystack refuses it
	code, s := f.run(t,
		turn{"Nigeria", "1"},
		turn{"Paste your secret key", public},
		turn{"Paste your secret key", short},
		turn{"Paste your secret key", unknown},
		turn{"Paste your secret key", sandbox.DemoTestKey},
	)
	out := s.out.String()
	if code != ExitInterrupted {
		t.Fatalf("end of input should stop with 130, got %d", code)
	}
	for _, want := range []string{
		problem.Message(&paystack.KeyFormatError{Problem: paystack.KeyPublic}),
		problem.Message(&paystack.KeyFormatError{Problem: paystack.KeyTruncated, Got: 12, Want: 40}),
		problem.Message(&paystack.Error{Kind: paystack.KindInvalidKey}),
		msg.T(msg.Interrupted),
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	for _, k := range []string{public, short, unknown} {
		if strings.Contains(out, k) {
			t.Errorf("a typed key was printed back: %q", k)
		}
	}
	st := f.state(t)
	if !st.IsDone("key") || st.IsDone("subaccount") {
		t.Errorf("progress after the key should be kept and nothing more: %v", st.Done)
	}
}

func TestBackGoesOneQuestionBackAndKeepsAnswers(t *testing.T) {
	f := newFixture(t)
	code, s := f.run(t,
		turn{"Nigeria", "2"},               // Ghana
		turn{"Paste your secret key", "b"}, // back to the country
		turn{"Enter chooses 2", "1"},       // the earlier answer is the default; now Nigeria
		turn{"Paste your secret key", sandbox.DemoTestKey},
		turn{"Create a new subaccount", "2"},
		turn{"Type part of the bank name", "zenith"},
		turn{"Zenith Bank", "1"},
		turn{"Account number", "0123456789"},
		turn{"Business name", "Tola Books"},
		turn{"Percentage", "b"},                 // back to the business name
		turn{"Enter keeps: Tola Books", "back"}, // back again to the account number
		turn{"Enter keeps: 0123456789", ""},
		turn{"Enter keeps: Tola Books", ""},
		turn{"Percentage", "2,5"},
		turn{"Contact email", "tola@books.example"},
		turn{"Create it on Paystack", "1"},
	)
	out := s.out.String()
	if code != ExitInterrupted {
		t.Fatalf("exit %d\n%s", code, out)
	}
	assertClean(t, s)
	st := f.state(t)
	if st.Country != "NG" {
		t.Errorf("going back did not let the country be changed: %q", st.Country)
	}
	sa := st.Subaccount
	if sa == nil || sa.BusinessName != "Tola Books" || sa.PercentageCharge != 2.5 || !sa.CreatedByUs || sa.BankCode != "057" {
		t.Fatalf("created subaccount not saved with the kept answers: %+v\n%s", sa, out)
	}
	if !strings.Contains(out, "2.5% stays in your main Paystack account; this subaccount gets 97.5%.") {
		t.Errorf("the summary before creating was not shown:\n%s", out)
	}
}

func TestBankSearchReadsOutAtMostNineMatchesAndNarrows(t *testing.T) {
	f := newFixture(t)
	code, s := f.run(t,
		turn{"Nigeria", "1"},
		turn{"Paste your secret key", sandbox.DemoTestKey},
		turn{"Create a new subaccount", "2"},
		turn{"Type part of the bank name", "bank"},
		turn{"more letters to narrow", "first"},
		turn{"more letters to narrow", "xyz-no-such-bank"},
		turn{"Type other letters", "first city"},
		turn{"First City Monument Bank", "1"},
		turn{"Account number", "12345"},
		turn{"exactly 10 digits", "0690000031"},
		turn{"Business name", "b"},
		turn{"Account number", "b"},
		turn{"Type part of the bank name", "b"},
		turn{"Create a new subaccount", "b"},
		turn{"Keep this key", "b"},
		turn{"Nigeria", ""},
	)
	out := s.out.String()
	if code != ExitInterrupted {
		t.Fatalf("exit %d\n%s", code, out)
	}
	assertClean(t, s)
	afterBank := out[strings.Index(out, "Type part of the bank name"):]
	firstList := afterBank[:strings.Index(afterBank, "more letters to narrow")]
	if !strings.Contains(firstList, "reading 1 to 9") || strings.Contains(firstList, "  10. ") {
		t.Errorf("a long list must be cut to 9 numbered matches:\n%s", firstList)
	}
	if strings.Count(out, "Nothing matches") != 1 {
		t.Errorf("an unmatched search should be said once:\n%s", out)
	}
	if !strings.Contains(out, "Bank: First City Monument Bank") {
		t.Errorf("narrowed search did not pick the bank:\n%s", out)
	}
}

func TestEndOfInputKeepsProgressAndARerunResumes(t *testing.T) {
	f := newFixture(t)
	code, _ := f.run(t, turn{"Nigeria", "3"})
	if code != ExitInterrupted {
		t.Fatalf("exit %d", code)
	}
	code, s := f.run(t, turn{"Paste your secret key", sandbox.DemoTestKey})
	if code != ExitInterrupted {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(s.out.String(), "Continuing at: Secret key") {
		t.Errorf("the rerun did not say where it resumes:\n%s", s.out.String())
	}
	if st := f.state(t); st.Country != "KE" || !st.IsDone("key") {
		t.Errorf("state after two partial runs: %+v", st)
	}
}

func TestFinishedSetupShowsTheAuditAndOffersARedo(t *testing.T) {
	f := newFixture(t)
	turns := append([]turn{{"Nigeria", "1"}, {"Paste your secret key", sandbox.DemoTestKey}}, afterKey...)
	if code, _ := f.run(t, turns...); code != ExitOK {
		t.Fatal("first run failed")
	}
	code, s := f.run(t,
		turn{"To change a step", "1"},
		turn{"Enter chooses 1", "4"}, // South Africa
		turn{"To change a step", ""},
	)
	out := s.out.String()
	if code != ExitOK {
		t.Fatalf("exit %d\n%s", code, out)
	}
	if !strings.Contains(out, "already complete") || strings.Count(out, "PASS: ") < 2 {
		t.Errorf("the audit was not shown before and after the redo:\n%s", out)
	}
	if st := f.state(t); st.Country != "ZA" || st.Currency != "ZAR" || st.LastAudit == nil {
		t.Errorf("redo not saved: %+v", st)
	}
	assertClean(t, s)
}

func TestKeyringFailureOffersThePlainFileAfterTheConfirmationWord(t *testing.T) {
	f := newFixture(t)
	faulty := keystore.NewFaultyBackend(f.backend)
	faulty.FailOn(keystore.OpSet, keystore.SimulatedError(keystore.ProblemNoSessionBus))
	f.opts.Keys = keystore.New(keystore.Options{Dir: f.dir, Backend: faulty, Getenv: func(string) string { return "" }})
	code, s := f.run(t,
		turn{"Nigeria", "1"},
		turn{"Paste your secret key", sandbox.DemoTestKey},
		turn{"PAYSTACK_SECRET_KEY", "3"},
		turn{"plain-file", "yes"}, // not the word: nothing written
		turn{"PAYSTACK_SECRET_KEY", "3"},
		turn{"plain-file", "plain-file"},
	)
	if code != ExitInterrupted {
		t.Fatalf("exit %d\n%s", code, s.out.String())
	}
	out := s.out.String()
	path := f.opts.Keys.FilePath("default")
	if !strings.Contains(out, path) || !strings.Contains(out, msg.T(msg.KeystoreNotStored)) {
		t.Errorf("the file path and the refusal must be said:\n%s", out)
	}
	st := f.state(t)
	if st.KeyStorage != state.StorageFile || st.PlainFileConsentAt.IsZero() {
		t.Errorf("plain-file choice not recorded: %+v", st)
	}
	if _, err := os.Stat(filepath.Clean(path)); err != nil {
		t.Errorf("no plain file written: %v", err)
	}
	assertClean(t, s)
}

func TestKeyFromTheEnvironmentIsUsedAndNotWritten(t *testing.T) {
	f := newFixture(t)
	env := func(name string) string {
		if name == keystore.EnvKey {
			return sandbox.DemoTestKey
		}
		return ""
	}
	f.opts.Keys = keystore.New(keystore.Options{Dir: f.dir, Backend: f.backend, Getenv: env})
	code, s := f.run(t, turn{"Nigeria", "1"})
	if code != ExitInterrupted {
		t.Fatalf("exit %d", code)
	}
	out := s.out.String()
	if !strings.Contains(out, "PAYSTACK_SECRET_KEY: sk_test_…0001") || len(s.secrets) != 0 {
		t.Errorf("the environment key should be shown masked and not asked for:\n%s", out)
	}
	if _, err := f.backend.Get(keystore.DefaultService, "default"); err == nil {
		t.Error("the environment key was written to the keyring")
	}
	if st := f.state(t); st.KeyStorage != state.StorageEnv {
		t.Errorf("storage %q", st.KeyStorage)
	}
	assertClean(t, s)
}

func TestTerminalPrompterOnPipedInputWarnsAndNeverEchoes(t *testing.T) {
	var out strings.Builder
	in := strings.NewReader(sandbox.DemoTestKey + "\nb\n")
	p := NewTerminal(context.Background(), in, &out)
	got, err := p.AskSecret("Key:")
	if err != nil || got != sandbox.DemoTestKey {
		t.Fatalf("AskSecret = %q, %v", got, err)
	}
	if _, err := p.Ask("Next:"); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Ask("Again:"); err != io.EOF {
		t.Errorf("end of input should be io.EOF, got %v", err)
	}
	if strings.Contains(out.String(), sandbox.DemoTestKey) {
		t.Error("the key was echoed")
	}
	if !strings.Contains(out.String(), msg.T(msg.AccKeyNotHidden)) {
		t.Errorf("no warning that the key cannot be hidden:\n%s", out.String())
	}
}

func TestTerminalPrompterStripsEscapes(t *testing.T) {
	var out strings.Builder
	p := NewTerminal(context.Background(), strings.NewReader(""), &out)
	p.Say("\x1b[31mred\x1b[0m and \x1b]8;;https://x\x07link\x1b]8;;\x07\r")
	if got := out.String(); got != "red and link\n" {
		t.Errorf("got %q", got)
	}
}

func TestCtrlCWhileWaitingStopsWith130(t *testing.T) {
	f := newFixture(t)
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	defer pw.Close()
	var out strings.Builder
	o := f.opts
	o.Prompter = NewTerminal(ctx, pr, &out)
	done := make(chan int)
	go func() { done <- Run(ctx, o) }()
	if _, err := pw.Write([]byte("1\n")); err != nil {
		t.Fatal(err)
	}
	// The key question is reached once the country was read; cancel then.
	cancel()
	if code := <-done; code != ExitInterrupted {
		t.Errorf("exit %d", code)
	}
	if !strings.Contains(out.String(), msg.T(msg.Interrupted)) {
		t.Errorf("no interrupted message:\n%s", out.String())
	}
}

// createTurns creates a subaccount at Access Bank for account number, up to
// the "create it" answer.
func createTurns(account string) []turn {
	return []turn{
		{"Nigeria", "1"},
		{"Paste your secret key", sandbox.DemoTestKey},
		{"Create a new subaccount", "2"},
		{"Type part of the bank name", "access bank"},
		{"Access Bank (Diamond)", "1"},
		{"Account number", account},
		{"Business name", "Okafor Academy Two"},
		{"Percentage", ""},
		{"Contact email", "hello@okafor.example"},
		{"Create it on Paystack", "1"},
	}
}

func TestCreatingForAnAccountThatHasASubaccountOffersTheExistingOne(t *testing.T) {
	f := newFixture(t)
	turns := append(createTurns("0690000031"), turn{"already exists: Chinedu Okafor Academy", "1"})
	code, s := f.run(t, turns...)
	if code != ExitInterrupted {
		t.Fatalf("exit %d\n%s", code, s.out.String())
	}
	if n := f.srv.RequestsTo("POST", "/subaccount"); n != 0 {
		t.Errorf("a second subaccount was sent to Paystack (%d creates)", n)
	}
	sa := f.state(t).Subaccount
	if sa == nil || sa.BusinessName != "Chinedu Okafor Academy" || sa.CreatedByUs {
		t.Errorf("the existing subaccount was not chosen: %+v", sa)
	}
}

func TestALostCreateAnswerIsLookedUpNotSentTwice(t *testing.T) {
	f := newFixture(t)
	f.srv.InjectFault(sandbox.Fault{Method: "POST", Path: "/subaccount", Kind: sandbox.FaultCreateThenDrop, Status: 502, Count: 1})
	code, s := f.run(t, createTurns("0690000777")...)
	out := s.out.String()
	if code != ExitInterrupted {
		t.Fatalf("exit %d\n%s", code, out)
	}
	if n := f.srv.RequestsTo("POST", "/subaccount"); n != 1 {
		t.Errorf("the create was sent %d times", n)
	}
	if !strings.Contains(out, "did not come through clearly, but the subaccount was created") {
		t.Errorf("the recovery was not said:\n%s", out)
	}
	sa := f.state(t).Subaccount
	if sa == nil || sa.BusinessName != "Okafor Academy Two" || !sa.CreatedByUs {
		t.Errorf("the recovered subaccount was not saved: %+v", sa)
	}
}

func TestPlansFromAFileAndResumeLoadsTheSavedKey(t *testing.T) {
	f := newFixture(t)
	turns := append([]turn{{"Nigeria", "1"}, {"Paste your secret key", sandbox.DemoTestKey}}, afterKey[:8]...)
	if code, _ := f.run(t, turns...); code != ExitInterrupted {
		t.Fatal("first run should stop at the end of input")
	}
	csv := filepath.Join(t.TempDir(), "plans.csv")
	if err := os.WriteFile(csv, []byte("name,amount,currency,interval\nBasic,1500,NGN,monthly\nYearly,15000,NGN,yearly\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, s := f.run(t,
		turn{"Continuing at: Checkout", ""},
		turn{"price plans", "2"},
		turn{"CSV or JSON file", filepath.Join(t.TempDir(), "missing.csv")},
		turn{"CSV or JSON file", csv},
		turn{"Checks of your fields and plans", ""},
	)
	out := s.out.String()
	if code != ExitOK {
		t.Fatalf("exit %d\n%s", code, out)
	}
	if len(s.secrets) != 0 || !strings.Contains(out, "PASS: Paystack accepts the key") {
		t.Errorf("the rerun should use the stored key without asking:\n%s", out)
	}
	if ps := f.state(t).Plans; len(ps) != 2 || ps[1].Name != "Yearly" {
		t.Errorf("plans from the file not saved: %+v", ps)
	}
}

func TestBackFromANewKeyReturnsToKeepOrReplace(t *testing.T) {
	f := newFixture(t)
	code, s := f.run(t,
		turn{"Nigeria", "1"},
		turn{"Paste your secret key", sandbox.DemoTestKey},
		turn{"Create a new subaccount", "b"}, // back into the key step, whose key is saved now
		turn{"Keep this key", "2"},
		turn{"Paste your secret key", "b"},
		turn{"Keep this key", "1"},
		turn{"Create a new subaccount", ""},
	)
	if code != ExitInterrupted {
		t.Fatalf("exit %d\n%s", code, s.out.String())
	}
	if len(s.secrets) != 2 {
		t.Errorf("expected two hidden prompts, got %d", len(s.secrets))
	}
}

func TestSouthAfricanAccountCanBeCheckedWithTheHoldersID(t *testing.T) {
	f := newFixture(t)
	code, s := f.run(t,
		turn{"South Africa", "4"},
		turn{"Paste your secret key", sandbox.DemoTestKey},
		turn{"Create a new subaccount", "2"},
		turn{"Type part of the bank name", "capitec"},
		turn{"Capitec Bank Limited", "1"},
		turn{"Account number", "1234567890"},
		turn{"Business name", "Thandi Crafts"},
		turn{"Percentage", ""},
		turn{"Contact email", "thandi@crafts.example"},
		turn{"holder's South African ID number (optional)", "3"},
		turn{"13 digits", "800101 5009"},
		turn{"has 10", "800101 5009 087"},
		turn{"The bank confirmed the account", "1"},
	)
	out := s.out.String()
	if code != ExitInterrupted {
		t.Fatalf("exit %d\n%s", code, out)
	}
	if n := f.srv.RequestsTo("POST", "/bank/validate"); n != 1 {
		t.Errorf("the bank was asked %d times, want once (a short ID number is refused before asking)", n)
	}
	after := out[strings.LastIndex(out, "The bank confirmed"):]
	if strings.Contains(after, "(optional)") {
		t.Errorf("the check is offered again after the bank confirmed:\n%s", after)
	}
	if sa := f.state(t).Subaccount; sa == nil || sa.BusinessName != "Thandi Crafts" {
		t.Errorf("the subaccount was not created after the check: %+v", sa)
	}
}

func TestTheIDCheckIsOfferedOnlyWhereTheBankCanDoIt(t *testing.T) {
	f := newFixture(t)
	_, s := f.run(t, createTurns("0690000555")...)
	if strings.Contains(s.out.String(), "South African ID number") {
		t.Errorf("a Nigerian account was offered the South African ID check:\n%s", s.out.String())
	}
}

// The summary's "Secret key:" line must not send a merchant looking in a
// keyring that could not be read, nor name the keyring for the demo's
// in-memory key.
func TestSummarySaysWhereTheKeyReallyIs(t *testing.T) {
	f := newFixture(t)
	turns := append([]turn{{"Nigeria", "1"}, {"Paste your secret key", sandbox.DemoTestKey}}, afterKey...)
	if code, _ := f.run(t, turns...); code != ExitOK {
		t.Fatal("first run failed")
	}
	keyring := msg.T(msg.StKeyStoredKeyring)

	faulty := keystore.NewFaultyBackend(f.backend)
	faulty.FailOn(keystore.OpGet, keystore.SimulatedError(keystore.ProblemNoSessionBus))
	f.opts.Keys = keystore.New(keystore.Options{Dir: f.dir, Backend: faulty, Getenv: func(string) string { return "" }})
	_, s := f.run(t, turn{"To change a step", ""})
	if out := s.out.String(); strings.Contains(out, keyring) || !strings.Contains(out, msg.T(msg.AccSumKeyUnread)) {
		t.Errorf("with an unreadable keyring the summary must say the key could not be read:\n%s", out)
	}

	f.opts.Keys = keystore.New(keystore.Options{Dir: f.dir, Backend: f.backend, Getenv: func(string) string { return "" }})
	f.opts.Demo = true
	_, s = f.run(t, turn{"To change a step", ""})
	if out := s.out.String(); strings.Contains(out, keyring) || !strings.Contains(out, msg.T(msg.StSumKeyDemo)) {
		t.Errorf("the demo keeps its key in memory, the summary must say so:\n%s", out)
	}
}

// A screen reader reads "••••0031" as four bullets; the account is named by
// its last digits in words instead, in the list and in the audit. Counts
// read naturally whatever the number.
func TestScreenReaderHearsWordsNotBulletsOrBrokenPlurals(t *testing.T) {
	f := newFixture(t)
	turns := []turn{{"Nigeria", "1"}, {"Paste your secret key", sandbox.DemoTestKey}}
	for _, tn := range afterKey {
		switch tn.want {
		case "Type part of the business name":
			tn.answer = "chinedu"
		case "Ngozi Bakes":
			tn.want = "Chinedu Okafor Academy"
		}
		turns = append(turns, tn)
	}
	code, s := f.run(t, turns...)
	out := s.out.String()
	if code != ExitOK {
		t.Fatalf("exit %d\n%s", code, out)
	}
	if strings.Contains(out, "•") {
		t.Errorf("bullets are read out one by one:\n%s", out)
	}
	if strings.Count(out, "account ending in 0031") < 2 {
		t.Errorf("the list and the audit should name the account by its last digits:\n%s", out)
	}
	// A test key, no test purchase yet and the demo's renewals: three.
	if n := strings.Count(out, "WARN: "); n != 3 || !strings.Contains(out, "3 with a warning") {
		t.Errorf("the warnings said are not the warnings counted:\n%s", out)
	}
}

// Typing "4" to add the phone number replaces the whole list; a screen
// reader user must hear at once that Paystack's three fields are now
// missing, and be able to answer again.
func TestFieldsAnswerThatDropsRequiredFieldsIsQuestioned(t *testing.T) {
	f := newFixture(t)
	turns := []turn{{"Nigeria", "1"}, {"Paste your secret key", sandbox.DemoTestKey}}
	for _, tn := range afterKey {
		if tn.want == "Which fields" {
			turns = append(turns,
				turn{"replaces the list", "4"},
				turn{"Email, First name, Last name", "1,2,3,4"})
			continue
		}
		turns = append(turns, tn)
	}
	code, s := f.run(t, turns...)
	if code != ExitOK {
		t.Fatalf("exit %d\n%s", code, s.out.String())
	}
	if got := f.state(t).CheckoutFields; strings.Join(got, ",") != "email,first_name,last_name,phone" {
		t.Errorf("fields saved: %v", got)
	}
}

// With the key in PAYSTACK_SECRET_KEY the key step asks nothing; "b" at the
// subaccount step must still reach the country question, not re-run the key
// step and land on the same subaccount question again.
func TestBackSkipsAStepWithNothingToAsk(t *testing.T) {
	f := newFixture(t)
	env := func(name string) string {
		if name == keystore.EnvKey {
			return sandbox.DemoTestKey
		}
		return ""
	}
	f.opts.Keys = keystore.New(keystore.Options{Dir: f.dir, Backend: f.backend, Getenv: env})
	code, s := f.run(t,
		turn{"Nigeria", "1"},
		turn{"Use a subaccount I already have", "b"},
		turn{"Enter chooses 1", "2"},
		turn{"Use a subaccount I already have", "b"},
		turn{"Enter chooses 2", ""},
	)
	if code != ExitInterrupted {
		t.Fatalf("exit %d\n%s", code, s.out.String())
	}
	if st := f.state(t); st.Country != "GH" {
		t.Errorf("the country answered after going back was not kept: %q", st.Country)
	}
}

// "1 plans imported" is the kind of slip a screen reader reads out in full;
// counts are given as "Plans imported (1):".
func TestOnePlanImportedReadsRight(t *testing.T) {
	f := newFixture(t)
	turns := append([]turn{{"Nigeria", "1"}, {"Paste your secret key", sandbox.DemoTestKey}}, afterKey[:8]...)
	if code, _ := f.run(t, turns...); code != ExitInterrupted {
		t.Fatal("first run should stop at the end of input")
	}
	csv := filepath.Join(t.TempDir(), "plans.csv")
	if err := os.WriteFile(csv, []byte("name,amount,currency,interval\nBasic,1500,NGN,monthly\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, s := f.run(t,
		turn{"Continuing at: Checkout", ""},
		turn{"price plans", "2"},
		turn{"CSV or JSON file", csv},
		turn{"Checks of your fields and plans", ""},
	)
	out := s.out.String()
	_, s = f.run(t,
		turn{"To change a step", "7"},
		turn{"Which fields", ""},
		turn{"Plans saved now (1)", "3"},
		turn{"Checks of your fields and plans", ""},
		turn{"To change a step", ""},
	)
	if out += s.out.String(); !strings.Contains(out, "Plans imported (1):") || strings.Contains(out, "1 plans") {
		t.Errorf("one plan is not counted plainly:\n%s", out)
	}
}

// Only nine matches are read at once; Enter reads the next nine, so a bank
// whose name the person does not know how to spell can still be reached.
func TestEnterReadsTheNextMatches(t *testing.T) {
	f := newFixture(t)
	code, s := f.run(t,
		turn{"Nigeria", "2"}, // Ghana: more banks than fit in one reading
		turn{"Paste your secret key", sandbox.DemoTestKey},
		turn{"Create a new subaccount", "2"},
		turn{"Type part of the bank name", ""},
		turn{"press Enter to hear the next ones", ""},
		turn{"  10. ", "12"},
	)
	out := s.out.String()
	if code != ExitInterrupted {
		t.Fatalf("exit %d\n%s", code, out)
	}
	i := strings.Index(out, "  12. ")
	if i < 0 {
		t.Fatalf("the second reading never reached 12:\n%s", out)
	}
	twelfth := strings.SplitN(out[i+len("  12. "):], "\n", 2)[0]
	if !strings.Contains(out, "Bank: "+twelfth) {
		t.Errorf("typing 12 did not choose %q:\n%s", twelfth, out)
	}
}

// The question ends with its colon: "…account (Enter keeps: 0):" is read as
// one question, where "…account: (Enter keeps: 0)" ends on the default.
func TestDefaultIsReadBeforeTheColon(t *testing.T) {
	f := newFixture(t)
	code, s := f.run(t,
		turn{"Nigeria", "1"},
		turn{"Paste your secret key", sandbox.DemoTestKey},
		turn{"Create a new subaccount", "2"},
		turn{"Type part of the bank name", "first city"},
		turn{"First City Monument Bank", "1"},
		turn{"Account number", "0690000031"},
		turn{"Business name", "Ada Beads"},
		turn{"Percentage that stays in your main Paystack account (Enter keeps: 0):\n", ""},
	)
	if code != ExitInterrupted {
		t.Fatalf("exit %d\n%s", code, s.out.String())
	}
}

// The audit's verdicts are read in the person's language, FAIL included.
func TestVerdictWordsInHindi(t *testing.T) {
	f := newFixture(t)
	turns := append([]turn{{"Nigeria", "1"}, {"Paste your secret key", sandbox.DemoTestKey}}, afterKey...)
	if code, _ := f.run(t, turns...); code != ExitOK {
		t.Fatal("first run failed")
	}
	msg.SetLang(msg.Hindi)
	defer msg.SetLang(msg.English)
	_, s := f.run(t, turn{"", ""})
	out := s.out.String()
	if strings.Contains(out, "FAIL: ") || strings.Contains(out, "PASS: ") || !strings.Contains(out, "असफल: ") {
		t.Errorf("verdicts not in Hindi:\n%s", out)
	}
}

// The demo's key is a public fake the screen shows a shortcut for; in
// accessible mode typing d uses it, as the key question says.
func TestDemoKeyIsOneLetterAway(t *testing.T) {
	f := newFixture(t)
	f.opts.Demo = true
	code, s := f.run(t,
		turn{"Nigeria", "1"},
		turn{"type d", "d"},
	)
	out := s.out.String()
	if code != ExitInterrupted || !strings.Contains(out, "Paystack accepted the key sk_test_…0001") {
		t.Fatalf("exit %d; the demo key was not used:\n%s", code, out)
	}
	assertClean(t, s)
}

// A subaccount that is switched off and paid in another currency is not
// taken on the first number: accessible mode asks, as the visual picker
// does, and "choose another" searches again.
func TestPickingAnInactiveForeignSubaccountAsksFirst(t *testing.T) {
	f := newFixture(t)
	code, s := f.run(t,
		turn{"Kenya", "3"},
		turn{"Paste your secret key", sandbox.DemoTestKey},
		turn{"Use a subaccount I already have", "1"},
		turn{"Type part of the business name", "lagos fitness"},
		turn{"Lagos Fitness Club", "1"},
		turn{"not active", ""}, // Enter: choose another
		turn{"Type part of the business name", "lagos fitness"},
		turn{"Lagos Fitness Club", "1"},
		turn{"is paid out in NGN, but your currency (step 1) is KES", "1"},
	)
	if code != ExitInterrupted {
		t.Fatalf("exit %d\n%s", code, s.out.String())
	}
	if sa := f.state(t).Subaccount; sa == nil || sa.BusinessName != "Lagos Fitness Club" {
		t.Errorf("'use it anyway' did not save the subaccount: %+v", sa)
	}
}

// A number the bank does not know is explained with the bank and the
// number, in the same words as the visual form, not Paystack's "Check
// parameters".
func TestUnknownAccountNumberNamesBankAndNumber(t *testing.T) {
	f := newFixture(t)
	_, s := f.run(t,
		turn{"Nigeria", "1"},
		turn{"Paste your secret key", sandbox.DemoTestKey},
		turn{"Create a new subaccount", "2"},
		turn{"Type part of the bank name", "zenith"},
		turn{"Zenith Bank", "1"},
		turn{"Account number", "0000000000"},
	)
	out := s.out.String()
	if want := msg.T(msg.SubAcctResolveNoAccount, "Zenith Bank", "0000000000"); !strings.Contains(out, want) || strings.Contains(out, "parameters") {
		t.Errorf("an unknown account is not explained as %q:\n%s", want, out)
	}
}

// "Use the key for this shell only" keeps the key for this run and stores
// it nowhere: the summary must not say it comes from PAYSTACK_SECRET_KEY,
// which the merchant has not set yet.
func TestSummarySaysAShellOnlyKeyIsStoredNowhere(t *testing.T) {
	f := newFixture(t)
	faulty := keystore.NewFaultyBackend(f.backend)
	faulty.FailOn(keystore.OpSet, keystore.SimulatedError(keystore.ProblemNoSessionBus))
	f.opts.Keys = keystore.New(keystore.Options{Dir: f.dir, Backend: faulty, Getenv: func(string) string { return "" }})
	turns := append([]turn{
		{"Nigeria", "1"},
		{"Paste your secret key", sandbox.DemoTestKey},
		{"PAYSTACK_SECRET_KEY", "2"},
	}, afterKey...)
	code, s := f.run(t, turns...)
	out := s.out.String()
	if code != ExitOK {
		t.Fatalf("exit %d\n%s", code, out)
	}
	_, footer, _ := strings.Cut(out, msg.T(msg.StSumKeyAt, ""))
	if strings.HasPrefix(footer, msg.T(msg.StKeyFromEnv)) || !strings.HasPrefix(footer, msg.T(msg.StSumKeyMemory)) {
		t.Errorf("the summary's key line says %q", strings.SplitN(footer, "\n", 2)[0])
	}
	assertClean(t, s)
}

// Right after the key is accepted, the demo must not claim it went into the
// merchant's keyring: the demo's key store is in memory.
func TestDemoKeyIsNotSaidToBeInTheKeyring(t *testing.T) {
	f := newFixture(t)
	f.opts.Demo = true
	_, s := f.run(t, turn{"Nigeria", "1"}, turn{"Paste your secret key", sandbox.DemoTestKey})
	out := s.out.String()
	if strings.Contains(out, msg.T(msg.StKeyStoredKeyring)) || !strings.Contains(out, msg.T(msg.StKeyStoredDemo)) {
		t.Errorf("the demo's key step must say the key is kept in memory, not in the keyring:\n%s", out)
	}
}

// The demo's goodbye must not invite the merchant to run again to check the
// setup: nothing was saved, so a rerun starts from nothing.
func TestDemoEndsWithoutTheRunAgainInvitation(t *testing.T) {
	f := newFixture(t)
	f.opts.Demo = true
	turns := append([]turn{{"Nigeria", "1"}, {"Paste your secret key", sandbox.DemoTestKey}}, afterKey...)
	code, s := f.run(t, turns...)
	if code != ExitOK {
		t.Fatal("the demo run failed")
	}
	out := s.out.String()
	if !strings.Contains(out, msg.T(msg.WizAfterDemo)) || strings.Contains(out, msg.T(msg.AccAllDone)) {
		t.Errorf("the demo must end with its own goodbye only:\n%s", out)
	}
}

func TestALockedProfileNamesTheProcessHoldingIt(t *testing.T) {
	f := newFixture(t)
	h, err := state.Open(f.dir, "default")
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	code, s := f.run(t)
	if code != ExitFail || !strings.Contains(s.out.String(), strconv.Itoa(os.Getpid())) {
		t.Errorf("exit %d; the refusal does not name process %d:\n%s", code, os.Getpid(), s.out.String())
	}
}

// TestATypedNameReachesPaystackWithoutEscapes: the accessible prompts read
// raw lines, so a business name typed (or pasted) with an escape sequence
// would be sent to Paystack, which shows it back on every later screen.
func TestATypedNameReachesPaystackWithoutEscapes(t *testing.T) {
	f := newFixture(t)
	turns := createTurns("0123456789")
	for i := range turns {
		if turns[i].want == "Business name" {
			turns[i].answer = "Okafor\x1b]0;pwned\x07 Academy Two"
		}
	}
	if code, s := f.run(t, turns...); code != ExitInterrupted {
		t.Fatalf("exit %d\n%s", code, s.out.String())
	}
	req, err := http.NewRequest(http.MethodGet, sandbox.BaseURL+"/subaccount", nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+sandbox.DemoTestKey)
	resp, err := (&http.Client{Transport: f.srv.Transport()}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if !strings.Contains(string(body), `"Okafor Academy Two"`) || strings.Contains(string(body), "pwned") {
		t.Fatalf("Paystack did not get the name without its escape sequence:\n%s", body)
	}
}

// TestTypedPlansStopAtTheMostTheAnswersKeep: plan lines piped in without end
// would make answers too large to save; after plans.MaxPlans the wizard says
// so and moves on, and every plan typed until then is kept.
func TestTypedPlansStopAtTheMostTheAnswersKeep(t *testing.T) {
	f := newFixture(t)
	turns := append([]turn{{"Nigeria", "1"}, {"Paste your secret key", sandbox.DemoTestKey}}, afterKey[:9]...)
	for i := range plans.MaxPlans {
		turns = append(turns, turn{"Plan " + strconv.Itoa(i+1), "Plan " + strconv.Itoa(i) + ", 5000, NGN, month"})
	}
	turns = append(turns, turn{msg.T(msg.AccPlansFull, plans.MaxPlans), ""}) // the verdicts' Continue
	f.run(t, turns...)
	if n := len(f.state(t).Plans); n != plans.MaxPlans {
		t.Errorf("%d plans saved, want the %d typed", n, plans.MaxPlans)
	}
}

// TestATypedPlanNameIsUsedOnce: a second typed plan with the name of an
// earlier one is refused, and the line can be typed again.
func TestATypedPlanNameIsUsedOnce(t *testing.T) {
	f := newFixture(t)
	turns := append([]turn{{"Nigeria", "1"}, {"Paste your secret key", sandbox.DemoTestKey}}, afterKey[:9]...)
	turns = append(turns,
		turn{"Plan 1", "Gold, 5000, NGN, month"},
		turn{"Plan 2", "gold, 6000, NGN, month"},
		turn{msg.T(msg.CkNameTaken, "Gold"), "Silver, 6000, NGN, month"},
		turn{"Plan 3", ""},
		turn{"Checks of your fields and plans", ""},
	)
	f.run(t, turns...)
	if ps := f.state(t).Plans; len(ps) != 2 || ps[1].Name != "Silver" {
		t.Errorf("plans saved: %+v, want Gold and Silver", ps)
	}
}
