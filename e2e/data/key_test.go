package data

import (
	"strings"
	"testing"

	"paystack-setup/e2e/internal/harness"
)

// TestAKeyInTheSavedAnswersIsNeverShownWhole: state.json can hold a key a
// person pasted into it by hand, or one an older release or a bug let
// through, in a plan name, the business name or the webhook URL. Save would
// refuse it now, but the audit reads what is there: no line it prints, on
// stdout or stderr, human or JSON, and no profiles listing shows it whole.
func TestAKeyInTheSavedAnswersIsNeverShownWhole(t *testing.T) {
	w := harness.NewWorld(t)
	s := w.FinishedSetup(t, w.Profile)
	planted := harness.CanaryKey("live")
	w.Watch(planted) // the world's scan looks for any 12 characters of it
	path := w.StatePath(w.Profile)
	st, ok := harness.ReadState(t, path)
	if !ok {
		t.Fatal("no state file")
	}
	// JSON writes "<" as \u003c, so in --json the key follows a letter.
	st["plans"] = []any{map[string]any{"name": "<" + planted + ">", "amount_minor": 500000, "currency": "NGN", "interval": "month"}}
	st["webhook_url"] = map[string]any{"live": "https://systeme.io/hook/" + planted}
	st["subaccount"].(map[string]any)["business_name"] = planted
	writeState(t, path, st)

	env := map[string]string{"PAYSTACK_SECRET_KEY": s.Key}
	runs := []harness.Result{
		w.Run(t, "audit", harness.Opts{Env: env}, "--profile", w.Profile, "--lang", "en", "audit", "--offline"),
		w.Run(t, "audit-hi", harness.Opts{Env: env}, "--profile", w.Profile, "--lang", "hi", "audit", "--offline"),
		w.Run(t, "audit-json", harness.Opts{Env: env}, "--profile", w.Profile, "audit", "--offline", "--json"),
		w.Run(t, "profiles", harness.Opts{Env: env}, "profiles", "list"),
		w.Run(t, "profiles-json", harness.Opts{Env: env}, "profiles", "list", "--json"),
	}
	for _, r := range runs {
		if strings.Contains(r.Output(), planted[8:20]) {
			t.Errorf("%s shows the saved key:\n%s", r.Name, r)
		}
	}
	if !strings.Contains(runs[0].Stdout, "sk_live_…") {
		t.Errorf("the audit does not show the key's masked form where it sits:\n%s", runs[0])
	}
	// The key is in state.json because this test put it there; the scan at
	// the end is about what the program printed and wrote.
	w.Remove(t, path)
}
