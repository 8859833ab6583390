//go:build !unix

package keystore

// Windows writes no core file of its own accord.
func protectProcess() {}
