package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"paystack-setup/state"
)

// The audit says a damaged state file is left for the wizard to move aside;
// recording the audit's result used to move it aside and start a fresh file
// behind the merchant's back, so the wizard's "moved to …" notice never came.
func TestAuditLeavesDamagedStateForTheWizard(t *testing.T) {
	w := newAuditWorld(t)
	path := state.Path(w.dir, "shop-ng")
	damaged := []byte(`{"schema":1,"country":"NG","subacc`)
	if err := os.WriteFile(path, damaged, 0o600); err != nil {
		t.Fatal(err)
	}
	_, _, errOut := w.run(t, "--lang", "en", "audit", "--offline")
	if !strings.Contains(errOut, "damaged") {
		t.Errorf("the audit does not say the answers are damaged: %q", errOut)
	}
	if got, err := os.ReadFile(path); err != nil || !bytes.Equal(got, damaged) {
		t.Errorf("the damaged file was replaced: %q (%v)", got, err)
	}
	aside, _ := filepath.Glob(path + ".corrupt-*")
	if len(aside) > 0 {
		t.Errorf("the audit moved the damaged file aside: %v", aside)
	}
}
