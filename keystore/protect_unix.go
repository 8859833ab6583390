//go:build unix && !linux

package keystore

import "syscall"

func protectProcess() {
	// A core limit of 0 means a crash writes no core file; a failure leaves
	// the process as it was, which is no reason to refuse to run.
	_ = syscall.Setrlimit(syscall.RLIMIT_CORE, &syscall.Rlimit{})
}
