package leakscan

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A key built at run time so the source never holds a key-shaped literal.
var key = "sk_live_" + strings.Repeat("leakcanary", 4)

func TestFindsWholeKeyPartsAndUnknownKeys(t *testing.T) {
	unknown := "sk_test_" + strings.Repeat("Zq9", 13) + "x"
	cases := map[string]struct {
		text string
		want string
	}{
		"whole key":          {"Authorization: Bearer " + key, "full key"},
		"12 characters":      {"…" + key[20:32] + "…", "12-character part of a key"},
		"masked is fine":     {"sk_live_…nary", ""},
		"11 characters fine": {key[20:31], ""},
		"unknown full key":   {"token=" + unknown, "a Paystack secret key"},
		"nothing":            {"all good", ""},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			hits := Bytes([]string{key}, "x", []byte(c.text))
			if c.want == "" {
				if len(hits) != 0 {
					t.Fatalf("unexpected hits %v", hits)
				}
				return
			}
			if len(hits) == 0 || hits[0].What != c.want {
				t.Fatalf("hits %v, want %q", hits, c.want)
			}
		})
	}
}

func TestScanWalksDirectoriesAndReportsPaths(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "a", "b"), 0o700)
	os.WriteFile(filepath.Join(dir, "a", "clean.txt"), []byte("nothing here"), 0o600)
	leak := filepath.Join(dir, "a", "b", "screen.txt")
	os.WriteFile(leak, []byte("key: "+key), 0o600)
	hits, err := Scan([]string{key}, []string{dir, filepath.Join(dir, "missing")})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || hits[0].Path != leak {
		t.Fatalf("hits %v, want one in %s", hits, leak)
	}
}
