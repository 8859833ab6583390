//go:build unix

package checks

import (
	"io/fs"
	"os"
	"syscall"
)

// ownedByOther reports whether fi belongs to another user than the one
// running this, and that user's id.
func ownedByOther(fi fs.FileInfo) (uid int, other bool) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, false
	}
	return int(st.Uid), int(st.Uid) != os.Getuid()
}
