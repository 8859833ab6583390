package data

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"paystack-setup/e2e/internal/harness"
	"paystack-setup/msg"
	"paystack-setup/plans"
)

// TestTheLargestPlansFileSavesAndLoadsBack: the biggest price list the
// program accepts (the most plans, each with the longest name made of the
// character JSON writes longest, "<" as \u003c, the largest amount and count)
// is saved, read back by the next audit and the profiles list without a word
// about damage, and the other answers stay.
func TestTheLargestPlansFileSavesAndLoadsBack(t *testing.T) {
	w := harness.NewWorld(t)
	s := w.FinishedSetup(t, w.Profile)
	env := map[string]string{"PAYSTACK_SECRET_KEY": s.Key}
	var b strings.Builder
	b.WriteString("name,amount,currency,interval,interval_count\n")
	for i := range plans.MaxPlans {
		id := fmt.Sprintf("%05d", i)
		fmt.Fprintf(&b, "%s%s,92233720368547757.00,NGN,half-year,1000\n", id, strings.Repeat("<", plans.MaxNameLength-len(id)))
	}
	file := filepath.Join(t.TempDir(), "plans.csv")
	writeFile(t, file, b.String())

	saved := w.Run(t, "audit-plans", harness.Opts{Env: env}, "--profile", w.Profile, "--lang", "en", "audit", "--offline", "--plans", file)
	if want := msg.In(msg.English, msg.AuditPlansSaved, w.Profile, plans.MaxPlans); !strings.Contains(saved.Stderr, want) {
		t.Fatalf("the largest accepted file was not saved (%q):\n%s", want, saved)
	}
	fi, err := os.Stat(w.StatePath(w.Profile))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("state.json holds %d plans in %d bytes", plans.MaxPlans, fi.Size())

	js := w.Run(t, "audit-json", harness.Opts{Env: env}, "--profile", w.Profile, "audit", "--offline", "--json")
	var rep struct {
		Checks []struct{ ID, Subject, Detail string } `json:"checks"`
	}
	if err := json.Unmarshal([]byte(js.Stdout), &rep); err != nil {
		t.Fatalf("audit --json: %v\n%s", err, js.Stderr)
	}
	intervals := 0
	for _, c := range rep.Checks {
		if c.ID == "plan.interval" {
			intervals++
		}
	}
	damaged := msg.In(msg.English, msg.StateCorruptLeft, w.StatePath(w.Profile))
	if intervals != plans.MaxPlans || strings.Contains(js.Stderr, damaged) {
		t.Errorf("the next audit read %d of %d plans back:\n%s", intervals, plans.MaxPlans, js.Stderr)
	}
	list := w.Run(t, "profiles", harness.Opts{Env: env}, "profiles", "list")
	if list.Code != 0 || !strings.Contains(list.Stdout, s.Subaccount) {
		t.Errorf("profiles list does not read the profile back with its subaccount:\n%s", list)
	}
}

// TestTooManyPlansAreRefusedBeforeAnythingIsWritten: a valid plans file of
// 100,000 lines (3 MB, under the 4 MB file limit) used to be saved as a
// 15 MB state file that the next run called damaged and moved aside, answers
// and all. It is refused, saying how many plans are kept, and the saved
// answers are not touched.
func TestTooManyPlansAreRefusedBeforeAnythingIsWritten(t *testing.T) {
	w := harness.NewWorld(t)
	s := w.FinishedSetup(t, w.Profile)
	env := map[string]string{"PAYSTACK_SECRET_KEY": s.Key}
	before, err := os.ReadFile(w.StatePath(w.Profile))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("name,amount,currency,interval\n")
	for i := range 100_000 {
		fmt.Fprintf(&b, "Plan %06d,5000,NGN,monthly\n", i)
	}
	file := filepath.Join(t.TempDir(), "plans.csv")
	writeFile(t, file, b.String())

	for _, lang := range []msg.Lang{msg.English, msg.Hindi} {
		r := w.Run(t, "audit-plans-"+string(lang), harness.Opts{Env: env}, "--profile", w.Profile, "--lang", string(lang), "audit", "--offline", "--plans", file)
		if want := msg.In(lang, msg.PlansTooMany, 100_000, plans.MaxPlans); r.Code != 2 || !strings.Contains(r.Stderr, want) {
			t.Errorf("exit %d, want 2 with %q:\n%s", r.Code, want, r)
		}
		if strings.Count(r.Stderr, "\n") > 5 {
			t.Errorf("the refusal is %d lines long; one problem is enough:\n%s", strings.Count(r.Stderr, "\n"), r.Stderr)
		}
	}
	after, err := os.ReadFile(w.StatePath(w.Profile))
	if err != nil || !bytes.Equal(before, after) {
		t.Errorf("the saved answers changed although the file was refused (%v)", err)
	}
}
