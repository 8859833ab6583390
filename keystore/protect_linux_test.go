package keystore

import (
	"syscall"
	"testing"
)

// TestProtectProcessStopsCoreDumps: after ProtectProcess a crash writes no
// core file (the key would be in it) and other programs cannot read the
// process's memory.
func TestProtectProcessStopsCoreDumps(t *testing.T) {
	ProtectProcess()
	if dumpable() {
		t.Error("the process is still dumpable: a crash would write its memory, key included, to a core file")
	}
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_CORE, &lim); err != nil {
		t.Fatal(err)
	}
	if lim.Cur != 0 || lim.Max != 0 {
		t.Errorf("core file limit = %d (hard %d), want 0", lim.Cur, lim.Max)
	}
}
