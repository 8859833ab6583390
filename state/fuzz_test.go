package state

import (
	"errors"
	"os"
	"testing"
)

// Whatever is in state.json, Load returns a usable State, and anything it
// cannot use is kept aside, never lost.
func FuzzLoad(f *testing.F) {
	for _, s := range []string{``, `{}`, `null`, `{"schema":1,"country":"NG"}`, `{"schema":2}`, `{"schema":"1"}`, `{"done":{"key":"x"}}`, "\xff\xfe", `[]`, `{"schema":1e400}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		root := t.TempDir()
		h, err := Open(root, "fuzz")
		if err != nil {
			t.Fatal(err)
		}
		defer h.Close()
		if err := os.WriteFile(h.Path(), data, 0o600); err != nil {
			t.Fatal(err)
		}
		st, notices, err := h.Load()
		if err != nil {
			t.Fatalf("Load error: %v", err)
		}
		if st.Profile != "fuzz" || st.Schema != SchemaVersion {
			t.Fatalf("unusable state: %+v", st)
		}
		if len(notices) == 0 {
			// Indented, a file near the size limit may grow past it; Save
			// then refuses and keeps the file, which is the promise.
			if err := h.Save(st); err != nil && !errors.Is(err, ErrSecretInState) && !errors.Is(err, ErrStateTooBig) {
				t.Fatalf("a loaded state cannot be saved: %v", err)
			}
			return
		}
		kept, err := os.ReadFile(notices[0].MovedTo)
		if err != nil || string(kept) != string(data) {
			t.Fatalf("moved-aside file lost its content: %v", err)
		}
		if _, err := os.Stat(h.Path()); !os.IsNotExist(err) {
			t.Fatal("bad file left in place")
		}
	})
}
