package state

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"paystack-setup/msg"
	"paystack-setup/plans"
)

func openT(t *testing.T, root, profile string) *Handle {
	t.Helper()
	h, err := Open(root, profile)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return h
}

func sample() State {
	at := time.Date(2026, 11, 26, 10, 4, 0, 0, time.UTC)
	return State{
		Country: "NG", Currency: "NGN", Mode: "live", KeyStorage: StorageKeyring,
		Subaccount: &SubaccountRef{Code: "ACCT_abc123", BusinessName: "Ada's Courses", BankName: "Access Bank",
			BankCode: "044", AccountNumberMasked: "••••6789", AccountName: "ADA OBI", Currency: "NGN", PercentageCharge: 0, CreatedByUs: true},
		SystemeConnected: true, SystemeConnectedAt: at,
		IPWhitelist:    map[string]bool{"live": true},
		WebhookURL:     map[string]string{"test": "https://systeme.io/hook/t", "live": "https://systeme.io/hook/l"},
		CheckoutFields: []string{"email", "first_name", "last_name"},
		Plans:          []plans.Plan{{Name: "Gold", Amount: 500000, Currency: "NGN", Interval: plans.Month}},
		Done:           map[string]time.Time{"welcome": at, "key": at},
		LastAudit:      &AuditRecord{At: at, Pass: 3, Warn: 1},
	}
}

func TestRoundTrip(t *testing.T) {
	root := t.TempDir()
	h := openT(t, root, "shop")
	st, notices, err := h.Load()
	if err != nil || len(notices) != 0 {
		t.Fatalf("fresh load: %v %v", notices, err)
	}
	if st.Schema != SchemaVersion || st.Profile != "shop" || st.Done != nil {
		t.Errorf("fresh state = %+v", st)
	}
	want := sample()
	if err := h.Save(want); err != nil {
		t.Fatal(err)
	}
	got, notices, err := h.Load()
	if err != nil || len(notices) != 0 {
		t.Fatalf("load: %v %v", notices, err)
	}
	if got.UpdatedAt.IsZero() || time.Since(got.UpdatedAt) > time.Hour {
		t.Errorf("UpdatedAt not set: %v", got.UpdatedAt)
	}
	want.Schema, want.Profile, want.UpdatedAt = SchemaVersion, "shop", got.UpdatedAt
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip changed the state:\n got %+v\nwant %+v", got, want)
	}
	// The audit reads without the lock while the wizard holds it.
	read, _, err := Read(root, "shop")
	if err != nil || !reflect.DeepEqual(read, got) {
		t.Errorf("Read = %+v, %v", read, err)
	}
	if list, err := Profiles(root); err != nil || !reflect.DeepEqual(list, []string{"shop"}) {
		t.Errorf("Profiles = %v, %v", list, err)
	}
}

func TestFilePermissions(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("unix permissions")
	}
	root := t.TempDir()
	dir := filepath.Join(root, "profiles", "shop")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	h := openT(t, root, "shop")
	if err := h.Save(sample()); err != nil {
		t.Fatal(err)
	}
	mode, err := FileMode(root, "shop")
	if err != nil || mode != 0o600 {
		t.Errorf("state file mode = %v, %v; want 0600", mode, err)
	}
	fi, err := os.Stat(dir)
	if err != nil || fi.Mode().Perm() != 0o700 {
		t.Errorf("profile dir mode = %v; want 0700", fi.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

func TestFailedRenameKeepsOldFile(t *testing.T) {
	root := t.TempDir()
	h := openT(t, root, "shop")
	old := sample()
	if err := h.Save(old); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(h.Path())

	rename = func(string, string) error { return errors.New("simulated crash before rename") }
	defer func() { rename = os.Rename }()
	changed := sample()
	changed.Country = "GH"
	err := h.Save(changed)
	if err == nil {
		t.Fatal("save reported success although the rename failed")
	}
	if !strings.Contains(err.Error(), h.Path()) {
		t.Errorf("error does not say which file: %v", err)
	}
	after, _ := os.ReadFile(h.Path())
	if string(after) != string(before) {
		t.Error("the old state file was changed by a save that failed")
	}
	entries, _ := os.ReadDir(filepath.Dir(h.Path()))
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

func TestDamagedAndFutureFilesMovedAside(t *testing.T) {
	cases := []struct {
		name, content, suffix, says string
	}{
		{"corrupt", `{"schema": 1, "country": "NG"`, ".corrupt-", "damaged"},
		{"not an object", `[1,2,3]`, ".corrupt-", "damaged"},
		{"wrong types", `{"schema": 1, "done": "yesterday"}`, ".corrupt-", "damaged"},
		{"negative schema", `{"schema": -3}`, ".corrupt-", "damaged"},
		{"future", `{"schema": 7, "country": {"code": "NG"}}`, ".v7-", "newer"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			root := t.TempDir()
			h := openT(t, root, "shop")
			if err := os.WriteFile(h.Path(), []byte(c.content), 0o600); err != nil {
				t.Fatal(err)
			}
			st, notices, err := h.Load()
			if err != nil {
				t.Fatal(err)
			}
			if st.Profile != "shop" || st.Schema != SchemaVersion || st.Country != "" {
				t.Errorf("state after a bad file = %+v, want a fresh one", st)
			}
			if len(notices) != 1 {
				t.Fatalf("notices = %v", notices)
			}
			n := notices[0]
			if !strings.Contains(n.MovedTo, "state.json"+c.suffix) {
				t.Errorf("moved to %q, want a name with %q", n.MovedTo, c.suffix)
			}
			kept, err := os.ReadFile(n.MovedTo)
			if err != nil || string(kept) != c.content {
				t.Errorf("the old file's content was not kept at %s: %q %v", n.MovedTo, kept, err)
			}
			if _, err := os.Stat(h.Path()); !os.IsNotExist(err) {
				t.Errorf("the bad file is still in place: %v", err)
			}
			if text := n.Message(); !strings.Contains(text, n.MovedTo) || !strings.Contains(text, c.says) {
				t.Errorf("notice %q does not say where the file went and why", text)
			}
		})
	}
}

func TestTwoDamagedFilesInOneSecondBothKept(t *testing.T) {
	root := t.TempDir()
	h := openT(t, root, "shop")
	var moved []string
	for i := range 2 {
		os.WriteFile(h.Path(), []byte("garbage "+strconv.Itoa(i)), 0o600)
		_, notices, err := h.Load()
		if err != nil || len(notices) != 1 {
			t.Fatal(notices, err)
		}
		moved = append(moved, notices[0].MovedTo)
	}
	if moved[0] == moved[1] {
		t.Fatalf("both moved to %s", moved[0])
	}
	for i, p := range moved {
		if b, _ := os.ReadFile(p); string(b) != "garbage "+strconv.Itoa(i) {
			t.Errorf("%s holds %q", p, b)
		}
	}
}

func TestReadLeavesDamagedFileInPlace(t *testing.T) {
	root := t.TempDir()
	h := openT(t, root, "shop")
	os.WriteFile(h.Path(), []byte("{oops"), 0o600)
	_, notices, err := Read(root, "shop")
	if err != nil || len(notices) != 1 || notices[0].MovedTo != "" {
		t.Fatalf("Read: %+v %v", notices, err)
	}
	if _, err := os.Stat(h.Path()); err != nil {
		t.Error("Read moved or removed the file")
	}
	if !strings.Contains(notices[0].Message(), h.Path()) {
		t.Errorf("notice %q does not name the file", notices[0].Message())
	}
}

func TestOldFileWithoutSchemaMigrates(t *testing.T) {
	root := t.TempDir()
	h := openT(t, root, "shop")
	os.WriteFile(h.Path(), []byte(`{"profile":"shop","country":"KE","done":{"welcome":"2026-11-01T00:00:00Z"}}`), 0o600)
	st, notices, err := h.Load()
	if err != nil || len(notices) != 0 {
		t.Fatal(notices, err)
	}
	if st.Schema != SchemaVersion || st.Country != "KE" || !st.IsDone("welcome") {
		t.Errorf("migrated state = %+v", st)
	}
}

func TestSecondOpenIsRefused(t *testing.T) {
	root := t.TempDir()
	h := openT(t, root, "shop")
	_, err := Open(root, "shop")
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second Open = %v, want ErrLocked", err)
	}
	var le *LockedError
	if !errors.As(err, &le) || le.PID != os.Getpid() {
		t.Errorf("lock holder PID = %+v, want %d", le, os.Getpid())
	}
	if !strings.Contains(err.Error(), "Another paystack-setup") || !strings.Contains(err.Error(), strconv.Itoa(os.Getpid())) {
		t.Errorf("message %q", err)
	}
	// Another profile is independent.
	other := openT(t, root, "other")
	other.Close()
	h.Close()
	again, err := Open(root, "shop")
	if err != nil {
		t.Fatalf("Open after Close = %v", err)
	}
	again.Close()
}

const childEnv = "STATE_TEST_LOCK_CHILD_ROOT"

// TestLockChild is the other process in TestLockAcrossProcesses; it does
// nothing in a normal run.
func TestLockChild(t *testing.T) {
	root := os.Getenv(childEnv)
	if root == "" {
		t.Skip("helper process only")
	}
	h, err := Open(root, "shop")
	if err == nil && os.Getenv(childHoldEnv) != "" {
		// Hold the lock until killed: the parent plays the crash.
		fmt.Println("HOLDING")
		_, _ = os.Stdin.Read(make([]byte, 1))
		os.Exit(0)
	}
	var le *LockedError
	switch {
	case errors.As(err, &le):
		fmt.Printf("LOCKED pid=%d\n", le.PID)
	case err != nil:
		fmt.Printf("ERROR %v\n", err)
	default:
		fmt.Println("ACQUIRED")
		h.Close()
	}
}

func TestLockAcrossProcesses(t *testing.T) {
	root := t.TempDir()
	h := openT(t, root, "shop")
	child := func() string {
		cmd := exec.Command(os.Args[0], "-test.run=^TestLockChild$", "-test.v")
		cmd.Env = append(os.Environ(), childEnv+"="+root)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("child: %v\n%s", err, out)
		}
		return string(out)
	}
	if out := child(); !strings.Contains(out, fmt.Sprintf("LOCKED pid=%d", os.Getpid())) {
		t.Errorf("child while the parent holds the lock:\n%s", out)
	}
	h.Close()
	if out := child(); !strings.Contains(out, "ACQUIRED") {
		t.Errorf("child after the parent released the lock:\n%s", out)
	}
}

const childHoldEnv = "STATE_TEST_LOCK_CHILD_HOLD"

// A wizard that crashes (killed, power cut, closed console) must not leave the
// profile locked: the merchant would be told another paystack-setup is running
// when none is. The hand-written Windows lock (a file created with O_EXCL)
// stayed behind after a crash until someone deleted it by hand.
func TestLockFreedWhenHolderIsKilled(t *testing.T) {
	root := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestLockChild$")
	cmd.Env = append(os.Environ(), childEnv+"="+root, childHoldEnv+"=1")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line := make([]byte, len("HOLDING"))
	if _, err := io.ReadFull(stdout, line); err != nil || string(line) != "HOLDING" {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		t.Fatalf("child did not take the lock: %q %v", line, err)
	}
	if _, err := Open(root, "shop"); !errors.Is(err, ErrLocked) {
		t.Fatalf("Open while the child holds the lock = %v, want ErrLocked", err)
	}
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
	h, err := Open(root, "shop")
	if err != nil {
		t.Fatalf("Open after the holder was killed = %v; the crash left the profile locked", err)
	}
	h.Close()
}

func TestResume(t *testing.T) {
	order := []string{"welcome", "key", "subaccount", "systeme", "ipwhitelist", "webhook", "checkout", "summary"}
	var st State
	if got := st.FirstUnfinished(order); got != "welcome" {
		t.Errorf("fresh state resumes at %q", got)
	}
	st.MarkDone("welcome")
	st.MarkDone("key")
	st.MarkDone("systeme") // done out of order, e.g. after going back
	if got := st.FirstUnfinished(order); got != "subaccount" {
		t.Errorf("resumes at %q, want subaccount", got)
	}
	if !st.IsDone("systeme") || st.IsDone("webhook") {
		t.Error("IsDone wrong")
	}
	for _, s := range order {
		st.MarkDone(s)
	}
	if got := st.FirstUnfinished(order); got != "" {
		t.Errorf("finished state resumes at %q", got)
	}
	// Resume survives a save and a new process's load.
	root := t.TempDir()
	h := openT(t, root, "shop")
	partial := State{}
	partial.MarkDone("welcome")
	if err := h.Save(partial); err != nil {
		t.Fatal(err)
	}
	h.Close()
	loaded, _, _ := openT(t, root, "shop").Load()
	if got := loaded.FirstUnfinished(order); got != "key" {
		t.Errorf("after reload resumes at %q, want key", got)
	}
}

func TestKeyLookingDataRefused(t *testing.T) {
	root := t.TempDir()
	h := openT(t, root, "shop")
	if err := h.Save(sample()); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(h.Path())
	for _, leak := range []string{"sk_live_" + "Zx9notreal", "sk_test_" + "q1w2e3"} {
		st := sample()
		st.WebhookURL["live"] = "https://example.com/?k=" + leak
		err := h.Save(st)
		if !errors.Is(err, ErrSecretInState) {
			t.Errorf("saving %q... = %v, want ErrSecretInState", leak[:8], err)
		}
		if err != nil && strings.Contains(err.Error(), leak) {
			t.Error("the refusal repeats the key")
		}
		st = sample()
		st.Plans[0].Name = leak
		if err := h.Save(st); !errors.Is(err, ErrSecretInState) {
			t.Errorf("key in a plan name saved: %v", err)
		}
	}
	after, _ := os.ReadFile(h.Path())
	if string(after) != string(before) {
		t.Error("a refused save changed the file")
	}
	// Mentioning the prefix alone is not a key.
	st := sample()
	st.Plans[0].Name = "sk_live_"
	if err := h.Save(st); err != nil {
		t.Errorf("a bare prefix refused: %v", err)
	}
}

func TestBadProfileNames(t *testing.T) {
	root := t.TempDir()
	for _, p := range []string{"", "..", "../etc", "a/b", strings.Repeat("x", 65)} {
		if _, err := Open(root, p); err == nil {
			t.Errorf("Open(%q) accepted", p)
		}
		if _, _, err := Read(root, p); err == nil {
			t.Errorf("Read(%q) accepted", p)
		}
	}
	if entries, _ := os.ReadDir(root); len(entries) != 0 {
		t.Errorf("a refused profile created files: %v", entries)
	}
}

func TestProfilesListsOnlySavedProfiles(t *testing.T) {
	root := t.TempDir()
	if list, err := Profiles(root); err != nil || len(list) != 0 {
		t.Errorf("empty root: %v %v", list, err)
	}
	for _, p := range []string{"zeta", "alpha"} {
		h := openT(t, root, p)
		h.Save(State{})
	}
	openT(t, root, "opened-never-saved")
	os.WriteFile(filepath.Join(root, "profiles", "stray-file"), nil, 0o600)
	list, err := Profiles(root)
	if err != nil || !reflect.DeepEqual(list, []string{"alpha", "zeta"}) {
		t.Errorf("Profiles = %v, %v", list, err)
	}
}

func TestMessagesInHindi(t *testing.T) {
	msg.SetLang(msg.Hindi)
	defer msg.SetLang(msg.English)
	err := &LockedError{Profile: "shop", PID: 42}
	if !strings.Contains(err.Error(), "42") || !strings.Contains(err.Error(), "paystack-setup") || strings.Contains(err.Error(), "Another") {
		t.Errorf("Hindi lock message = %q", err)
	}
}

// A name that merely contains "sk_test_" inside a word is saved; a key that
// starts a word anywhere, even after a newline the file encodes as "\n", is
// refused.
func TestKeyGuardReadsWordsNotLetters(t *testing.T) {
	root := t.TempDir()
	h := openT(t, root, "shop")
	st := sample()
	st.Plans[0].Name = "Mask_test_A"
	st.SetDraft("checkout", map[string]string{"name": "Risk_live_2026"})
	if err := h.Save(st); err != nil {
		t.Fatalf("a plan named Mask_test_A was refused: %v", err)
	}
	got, _, _ := h.Load()
	if got.Plans[0].Name != "Mask_test_A" || got.TakeDraft("checkout")["name"] != "Risk_live_2026" {
		t.Errorf("names did not come back: %q %v", got.Plans[0].Name, got.Drafts)
	}
	for _, leak := range []string{
		"Gold\nsk_live_" + "Zx9notreal",
		"Gold\tsk_test_" + "q1w2e3",
		"<sk_live_" + "Zx9notreal",
		"_sk_test_" + "q1w2e3",
		// A whole key typed straight after the name (a terminal without
		// bracketed paste types a paste in as keys) is a key all the same.
		"Gold" + "sk_live_" + strings.Repeat("Zx9", 13) + "q",
	} {
		st := sample()
		st.Plans[0].Name = leak
		if err := h.Save(st); !errors.Is(err, ErrSecretInState) {
			t.Errorf("plan name %q saved: %v", leak[:6], err)
		}
		st = sample()
		st.SetDraft("checkout", map[string]string{"name": leak})
		if len(st.Drafts) != 0 {
			t.Errorf("draft %q kept", leak[:6])
		}
	}
}

// A draft is what a merchant was typing when they quit. It survives a save,
// comes back once, and a secret key pasted into a field by mistake never
// reaches the file (nor blocks the save, as a key-shaped state would).
func TestDraftsKeepTypingButNeverAKey(t *testing.T) {
	root := t.TempDir()
	h := openT(t, root, "shop")
	st, _, _ := h.Load()
	pasted := "sk_live_" + strings.Repeat("x", 40)
	st.SetDraft("checkout", map[string]string{"name": "Gold", "amount": "", "currency": pasted})
	if err := h.Save(st); err != nil {
		t.Fatalf("a draft with a pasted key blocked the save: %v", err)
	}
	raw, _ := os.ReadFile(Path(root, "shop"))
	if strings.Contains(string(raw), "sk_live_") {
		t.Fatal("the pasted key reached the state file")
	}
	got, _, _ := h.Load()
	d := got.TakeDraft("checkout")
	if d["name"] != "Gold" || len(d) != 1 {
		t.Errorf("draft came back as %v, want only name=Gold", d)
	}
	if again := got.TakeDraft("checkout"); again != nil || got.Drafts != nil {
		t.Errorf("a taken draft stays: %v %v", again, got.Drafts)
	}
	got.SetDraft("checkout", map[string]string{"name": ""})
	if got.Drafts != nil {
		t.Errorf("an empty draft was kept: %v", got.Drafts)
	}
}

// XDG_CONFIG_HOME pointing at a file used to be reported as "check that the
// folder is writable and the disk is not full"; the merchant must be told
// which file is in the way.
func TestFileWhereTheConfigFolderShouldBe(t *testing.T) {
	msg.SetLang(msg.English)
	root := filepath.Join(t.TempDir(), "config")
	if err := os.WriteFile(root, []byte("not a folder"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, openErr := Open(filepath.Join(root, "paystack-setup"), "shop")
	_, _, readErr := Read(filepath.Join(root, "paystack-setup"), "shop")
	_, listErr := Profiles(filepath.Join(root, "paystack-setup"))
	for name, err := range map[string]error{"Open": openErr, "Read": readErr, "Profiles": listErr} {
		if err == nil {
			t.Errorf("%s: no error with a file as the config folder", name)
			continue
		}
		if got := err.Error(); !strings.HasPrefix(got, root+" is a file") || strings.Contains(got, "disk is not full") {
			t.Errorf("%s: %q does not name the file in the way", name, got)
		}
	}
}

func TestReadOnlyDiskSaysSo(t *testing.T) {
	msg.SetLang(msg.English)
	err := &FileError{Op: opWrite, Path: "/mnt/ro/state.json", Err: &os.PathError{Op: "open", Path: "/mnt/ro/state.json", Err: syscall.EROFS}}
	if got := err.Error(); !strings.Contains(got, "read-only") || !strings.Contains(got, "XDG_CONFIG_HOME") {
		t.Errorf("read-only disk: %q", got)
	}
}

// TestLoadedNamesHoldNoControlCharacters: a file written by hand or by an
// older release may hold names with escape sequences; the wizard draws them
// inside its screens, where they could no longer be told from its styling, so
// every string comes out of Load as printable text (Hindi kept as it is).
func TestLoadedNamesHoldNoControlCharacters(t *testing.T) {
	root := t.TempDir()
	h := openT(t, root, "shop")
	const osc = `\u001b]0;pwned\u0007` // as JSON writes it
	raw := `{"schema":1,"profile":"shop","currency":"NGN",
		"subaccount":{"code":"ACCT_a","business_name":"Ada` + osc + `'s Courses"},
		"webhook_url":{"live` + osc + `":"https://systeme.io/hook\u009b2J"},
		"plans":[{"name":"मासिक` + osc + ` योजना","amount_minor":500000,"currency":"NGN","interval":"month"}],
		"drafts":{"checkout":{"name":"Gold\u0000\u0007 plan"}}}`
	if err := os.WriteFile(h.Path(), []byte(raw), 0o600); err != nil {
		t.Fatal(err)
	}
	for name, load := range map[string]func() (State, []Notice, error){
		"Load": h.Load, "Read": func() (State, []Notice, error) { return Read(root, "shop") },
	} {
		st, notices, err := load()
		if err != nil || len(notices) > 0 {
			t.Fatalf("%s: %v %v", name, notices, err)
		}
		got := []string{st.Subaccount.BusinessName, st.WebhookURL["live"], st.Plans[0].Name, st.Drafts["checkout"]["name"]}
		want := []string{"Ada's Courses", "https://systeme.io/hook", "मासिक योजना", "Gold plan"}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s gave %q, want %q", name, got, want)
		}
	}
}

// TestAStateTooBigToLoadIsNotSaved: Load sets a file over its limit aside as
// damaged, taking every answer with it; Save refuses to write one, so the
// file already there stays, and says so in the merchant's words.
func TestAStateTooBigToLoadIsNotSaved(t *testing.T) {
	root := t.TempDir()
	h := openT(t, root, "shop")
	if err := h.Save(sample()); err != nil {
		t.Fatal(err)
	}
	big := sample()
	big.Drafts = map[string]map[string]string{"checkout": {"name": strings.Repeat("Gold ", 2<<20)}} // 10 MB pasted
	err := h.Save(big)
	if !errors.Is(err, ErrStateTooBig) || !strings.Contains(err.Error(), "Remove some plans") {
		t.Fatalf("Save of a state larger than Load reads = %v, want ErrStateTooBig", err)
	}
	st, notices, err := h.Load()
	if err != nil || len(notices) > 0 || len(st.Plans) != 1 || st.Subaccount == nil {
		t.Fatalf("the saved answers did not survive: %d plans, notices %v, %v", len(st.Plans), notices, err)
	}
}
