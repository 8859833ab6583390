package version

import (
	"runtime/debug"
	"testing"
)

func vcs(rev, modified string) []debug.BuildSetting {
	return []debug.BuildSetting{{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: rev}, {Key: "vcs.modified", Value: modified}}
}

const rev = "0b37662a1b2c3d4e5f60718293a4b5c6d7e8f901"

// What a merchant or a bug report reads: every build that knows its commit
// says which one, in one word.
func TestFromBuildInfo(t *testing.T) {
	for _, tc := range []struct {
		name     string
		version  string
		settings []debug.BuildSetting
		want     string
	}{
		{"pseudo-version from a clone", "v0.0.0-20261127093000-0b37662a1b2c", vcs(rev, "false"), "v0.0.0-20261127093000-0b37662a1b2c"},
		{"pseudo-version, changed tree", "v0.0.0-20261127093000-0b37662a1b2c+dirty", vcs(rev, "true"), "v0.0.0-20261127093000-0b37662a1b2c+dirty"},
		{"on a tag", "v1.2.0", vcs(rev, "false"), "v1.2.0+0b37662a1b2c"},
		{"on a tag, changed tree", "v1.2.0+dirty", vcs(rev, "true"), "v1.2.0+0b37662a1b2c.dirty"},
		{"no module version, a commit", "(devel)", vcs(rev, "false"), "devel+0b37662a1b2c"},
		{"go install of a tagged module, no VCS", "v1.2.0", nil, "v1.2.0"},
		{"nothing known", "(devel)", nil, "dev"},
	} {
		info := &debug.BuildInfo{Main: debug.Module{Path: "paystack-setup", Version: tc.version}, Settings: tc.settings}
		if got := fromBuildInfo(info); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestStampedVersionWins(t *testing.T) {
	if got := String("v1.2.0-3-g0b37662"); got != "v1.2.0-3-g0b37662" {
		t.Errorf("String = %q, want the -ldflags version", got)
	}
}
