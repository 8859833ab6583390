package reach

import (
	"strings"
	"testing"
	"time"

	"paystack-setup/e2e/internal/harness"
	"paystack-setup/msg"
)

// TestPseudoLocale: under --lang en-XA (English accented, a third longer,
// in brackets) a sentence in plain English did not come from the catalog,
// and a screen that cuts or misplaces text breaks in a longer language. The
// help of every kind of command (cobra's headings, the global flags and the
// completion command included), an audit and the first wizard screens at
// 80×24 show neither.
func TestPseudoLocale(t *testing.T) {
	w := harness.NewWorld(t)
	for _, args := range [][]string{{"--help"}, {"audit", "--help"}, {"key", "--help"}, {"key", "set", "--help"},
		{"subaccount", "--help"}, {"subaccount", "list", "--help"}, {"subaccount", "use", "--help"},
		{"subaccount", "create", "--help"}, {"completion", "--help"}, {"completion", "zsh", "--help"},
		{"help", "profiles"}, {"sandbox", "--help"}} {
		res := w.Run(t, "pseudo-help", harness.Opts{}, append([]string{"--lang", "en-XA"}, args...)...)
		if res.Code != 0 {
			t.Errorf("%v: exit %d\n%s", args, res.Code, res)
		}
		if run := msg.PlainEnglish(res.Output()); run != "" {
			t.Errorf("%v under en-XA shows plain English %q:\n%s", args, run, res.Output())
		}
	}

	s := w.FinishedSetup(t, "shop")
	res := w.Run(t, "pseudo-audit", harness.Opts{Env: map[string]string{"PAYSTACK_SECRET_KEY": s.Key}},
		"--lang", "en-XA", "--profile", "shop", "audit")
	if res.Code != 0 || !strings.Contains(res.Stdout, msg.In(msg.Pseudo, msg.AuditHeading, "shop")) {
		t.Errorf("the audit under en-XA: exit %d\n%s", res.Code, res)
	}
	if run := msg.PlainEnglish(res.Output()); run != "" {
		t.Errorf("the audit under en-XA shows plain English %q:\n%s", run, res.Output())
	}

	term := w.StartTermSize(t, "wizard-en-XA", cols, rows, nil, "--demo", "--lang", string(msg.Pseudo))
	v := &verifier{t: t, lang: msg.Pseudo, term: term, demo: true, demoEnd: -1}
	v.screen("welcome", 1, msg.StWelcomeTitle, msg.StWelcomeIntroDemo)
	term.Keys("Enter")
	v.screen("key", 2, msg.StKeyTitle, msg.StKeyWhere, msg.StKeyDemoFill)
	term.Keys("C-g")
	v.waitSentence(msg.In(msg.Pseudo, msg.StKeyFormatOK, demoKeyShown))
	term.Keys("Enter")
	v.waitSentence(msg.In(msg.Pseudo, msg.StKeyVerified))
	v.screen("key-accepted", 2, msg.StKeyTitle, msg.StKeyVerified, msg.StKeyStoredDemo)
	term.Keys("Enter")
	v.screen("subaccount", 3, msg.SubAcctTitle, msg.SubAcctIntro)
	term.Keys("Enter")
	v.waitSentence(msg.In(msg.Pseudo, msg.SubAcctPickTitle))
	v.screen("subaccount-list", 3, msg.SubAcctTitle, msg.SubAcctPickTitle)
	for _, s := range v.shots {
		if run := msg.PlainEnglish(s.screen); run != "" {
			t.Errorf("[en-XA %s] shows plain English %q:\n%s", s.label, run, s.screen)
		}
	}
	term.Keys("C-c")
	if code := term.WaitExit(20 * time.Second); code != 130 {
		t.Errorf("ctrl+c: exit code %d, want 130", code)
	}
}
