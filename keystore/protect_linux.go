package keystore

import "syscall"

func protectProcess() {
	// Not dumpable: no core file whatever the limit, and /proc/PID files
	// become readable by root only. A failure leaves the process as it was,
	// which is no reason to refuse to run.
	_, _, _ = syscall.RawSyscall(syscall.SYS_PRCTL, syscall.PR_SET_DUMPABLE, 0, 0)
	_ = syscall.Setrlimit(syscall.RLIMIT_CORE, &syscall.Rlimit{})
}

// dumpable reports the PR_GET_DUMPABLE flag, for the test.
func dumpable() bool {
	v, _, _ := syscall.RawSyscall(syscall.SYS_PRCTL, syscall.PR_GET_DUMPABLE, 0, 0)
	return v != 0
}
