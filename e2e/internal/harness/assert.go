package harness

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// rawGoTexts are pieces of Go's own error texts and crash output: a merchant
// seeing one of them got no advice.
var rawGoTexts = []string{
	"panic:", "goroutine ", "runtime error", "dial tcp", "connection refused",
	"unexpected EOF", "invalid character", "context deadline exceeded",
	"context canceled", "Client.Timeout", "net/http:", "EOF", "json: cannot unmarshal",
	"read tcp", "i/o timeout", "%!",
}

// NoRawGoError fails when shown text holds a panic or an untranslated Go error.
func NoRawGoError(t testing.TB, what, shown string) {
	t.Helper()
	for _, raw := range rawGoTexts {
		if strings.Contains(shown, raw) {
			t.Errorf("%s shows raw Go text %q (a merchant gets no advice from it):\n%s", what, raw, shown)
		}
	}
}

// ReadState reads a profile's state file as JSON; ok=false when there is none.
// An unreadable (half-written) file fails the test.
func ReadState(t testing.TB, path string) (map[string]any, bool) {
	t.Helper()
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil, false
	}
	if err != nil {
		t.Fatalf("read state file: %v", err)
	}
	var st map[string]any
	if err := json.Unmarshal(data, &st); err != nil {
		t.Fatalf("state file %s is not valid JSON (half-written?): %v\n%s", path, err, data)
	}
	return st, true
}

// NoTempFiles fails when the directory of a state file holds an unfinished
// atomic write (a state.json.tmp-* file): an interrupted save must leave the
// old file or the new one, never a fragment beside them.
func NoTempFiles(t testing.TB, statePath string) {
	t.Helper()
	matches, err := filepath.Glob(filepath.Join(filepath.Dir(statePath), "*.tmp*"))
	if err != nil {
		t.Fatal(err)
	}
	if len(matches) > 0 {
		t.Errorf("half-written files left beside the state file: %v", matches)
	}
}
