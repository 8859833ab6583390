package keystore

// ProtectProcess keeps the secret key, once it is in this process's memory,
// out of core dumps (a crash, GOTRACEBACK=crash, SIGQUIT with ulimit -c
// unlimited writes the whole memory to a "core" file in the current
// directory) and, on Linux, out of reach of other programs of the same user
// (/proc/PID/mem and environ, a debugger attaching). Call it first thing in
// main; it does nothing where the system has no such switch.
func ProtectProcess() { protectProcess() }
