// Package version says which paystack-setup is running, for --version, the
// audit's JSON and the User-Agent Paystack's support sees.
package version

import (
	"runtime/debug"
	"strings"
)

// String is the release's version when the build set one with -ldflags
// (scripts/release: git describe), else what the Go toolchain recorded from
// the checkout it was built in: a `go build` or `go install` in a clone
// reports its commit, not "dev". "dev" only when nothing at all is known.
func String(stamped string) string {
	if stamped != "" {
		return stamped
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "dev"
	}
	return fromBuildInfo(info)
}

func fromBuildInfo(info *debug.BuildInfo) string {
	var rev string
	var modified bool
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if len(rev) > 12 {
		rev = rev[:12] // as in a pseudo-version: enough to find the commit
	}
	v := info.Main.Version
	if v == "(devel)" {
		v = ""
	}
	switch {
	case v == "" && rev == "":
		return "dev"
	case v != "" && (rev == "" || strings.Contains(v, rev)):
		// The toolchain's pseudo-version (v0.0.0-20261127093000-0b37662abcde,
		// "+dirty" when the tree had changes) already names the commit.
		return v
	}
	// A tag (v1.2.0) or no version at all: the commit goes in the build
	// metadata, so the string stays one word for the User-Agent.
	if v == "" {
		v = "devel"
	}
	meta := rev
	if modified {
		meta += ".dirty"
	}
	return strings.TrimSuffix(v, "+dirty") + "+" + meta
}
