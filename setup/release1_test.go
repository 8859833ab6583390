package setup_test

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"paystack-setup/setup"
	"paystack-setup/state"
)

// A merchant who finished the wizard with the first release, before the
// redesign (schema 1), opens the profile with this one: every answer is
// still there, the finished setup goes to its audit rather than back into
// a step that did not exist then (the test purchase), and saving keeps the
// answers. testdata/state-release-1.json was written by the first
// release's own state package (commit 0b37662), not by hand.
func TestAStateFileOfTheFirstReleaseStillLoads(t *testing.T) {
	w := newWorld(t)
	w.profile = "shop-ng"
	old, err := os.ReadFile(filepath.Join("testdata", "state-release-1.json"))
	if err != nil {
		t.Fatal(err)
	}
	path := state.Path(w.root, w.profile)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, old, 0o600); err != nil {
		t.Fatal(err)
	}
	check := func(s interface{ State() *state.State }, when string) {
		t.Helper()
		st := s.State()
		if st.Country != "NG" || st.Currency != "NGN" || st.Mode != "live" || st.KeyStorage != state.StorageKeyring {
			t.Errorf("%s: market and key: %+v", when, st)
		}
		if sa := st.Subaccount; sa == nil || sa.Code != "ACCT_8f4k1" || sa.BusinessName != "Ada's Courses" || sa.PercentageCharge != 90 || !sa.CreatedByUs {
			t.Errorf("%s: subaccount %+v", when, st.Subaccount)
		}
		if !st.SystemeConnected || !st.IPWhitelist["live"] || st.WebhookURL["live"] != "https://systeme.io/api/paystack/webhook/42" {
			t.Errorf("%s: systeme.io answers: %+v", when, st)
		}
		if !reflect.DeepEqual(st.CheckoutFields, []string{"email", "first_name", "last_name"}) || len(st.Plans) != 2 ||
			st.Plans[0].Name != "Gold" || st.Plans[0].Amount != 500000 || st.Plans[1].Interval != "" {
			t.Errorf("%s: checkout: %v %+v", when, st.CheckoutFields, st.Plans)
		}
		if a := st.LastAudit; a == nil || a.Pass != 18 || a.Warn != 1 {
			t.Errorf("%s: last audit %+v", when, st.LastAudit)
		}
	}
	s, notices, err := setup.Open(context.Background(), w.options())
	if err != nil || len(notices) > 0 {
		t.Fatalf("the first release's file did not open cleanly: %v %v", notices, err)
	}
	check(s, "opened")
	if next := s.FirstUnfinished(); next != "" {
		t.Errorf("the finished setup resumes at %q, not at its audit", next)
	}
	check(w.reopen(s), "saved and opened again")
}
