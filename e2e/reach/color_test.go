package reach

import (
	"bytes"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"

	"paystack-setup/e2e/internal/harness"
	"paystack-setup/msg"
	"paystack-setup/steps"
)

var sgr = regexp.MustCompile(`\x1b\[([0-9;:]*)m`)

// colourCodes lists the SGR codes in s that set a colour (foreground or
// background, basic, bright, 256 or true colour); 39 and 49 only reset.
func colourCodes(s string) []string {
	var found []string
	for _, m := range sgr.FindAllStringSubmatch(s, -1) {
		for _, p := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ';' || r == ':' }) {
			n, err := strconv.Atoi(p)
			if err != nil {
				continue
			}
			if n >= 30 && n <= 38 || n >= 40 && n <= 48 || n >= 90 && n <= 97 || n >= 100 && n <= 107 {
				found = append(found, m[0])
				break
			}
		}
	}
	return found
}

func anyColour(shots []shot) bool {
	for _, s := range shots {
		if len(colourCodes(s.ansi)) > 0 {
			return true
		}
	}
	return false
}

// TestNoColor: with NO_COLOR=1 or --no-color no screen of the wizard has a
// colour, as the terminal received it; bold, faint and reverse stay, so the
// DEMO label and the cursor are still seen. (TestWizardLayout80x24 checks the
// same walk does have colour without them.)
func TestNoColor(t *testing.T) {
	cases := []struct {
		name string
		lang msg.Lang
		env  map[string]string
		args []string
	}{
		{"NO_COLOR=1", msg.English, map[string]string{"NO_COLOR": "1"}, nil},
		{"--no-color", msg.Hindi, nil, []string{"--no-color"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			for _, s := range walk(t, c.lang, c.env, c.args...) {
				if codes := colourCodes(s.ansi); len(codes) > 0 {
					t.Errorf("%s: the %s screen has colour %q:\n%s", c.name, s.label, codes, s.screen)
				}
				if !strings.Contains(s.ansi, "\x1b[") {
					t.Errorf("%s: the %s screen has no styling at all; bold and reverse should remain", c.name, s.label)
				}
			}
		})
	}
}

// TestDumbTerminal: TERM=dumb gets the plain prompts of accessible mode, with
// not one escape sequence a dumb terminal would print as garbage.
func TestDumbTerminal(t *testing.T) {
	for _, lang := range msg.Langs {
		t.Run(string(lang), func(t *testing.T) {
			w := harness.NewWorld(t)
			cmd := exec.Command(harness.Binary(t), "--demo", "--lang", string(lang))
			cmd.Env = w.Environ(map[string]string{"TERM": "dumb"})
			cmd.Dir = w.Home
			ptmx, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: rows, Cols: cols})
			if err != nil {
				t.Skipf("no pty: %v", err)
			}
			defer ptmx.Close()
			var mu sync.Mutex
			var out bytes.Buffer
			go func() {
				buf := make([]byte, 4096)
				for {
					n, err := ptmx.Read(buf)
					mu.Lock()
					out.Write(buf[:n])
					mu.Unlock()
					if err != nil {
						return
					}
				}
			}()
			shown := func() string { mu.Lock(); defer mu.Unlock(); return out.String() }
			header := msg.In(lang, msg.AccStepHeader, 1, len(steps.All), msg.In(lang, msg.StWelcomeTitle))
			prompt := msg.In(lang, msg.AccChoose, 4)
			deadline := time.Now().Add(20 * time.Second)
			for !strings.Contains(shown(), prompt) {
				if time.Now().After(deadline) {
					_ = cmd.Process.Kill()
					t.Fatalf("TERM=dumb: no accessible prompt %q within 20s:\n%s", prompt, shown())
				}
				time.Sleep(100 * time.Millisecond)
			}
			_, _ = ptmx.Write([]byte{3}) // ctrl+c
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case <-done:
			case <-time.After(20 * time.Second):
				_ = cmd.Process.Kill()
				t.Fatalf("TERM=dumb: still running 20s after ctrl+c:\n%s", shown())
			}
			text := shown()
			w.Save(t, "dumb-terminal.out", []byte(text))
			if !strings.Contains(text, header) {
				t.Errorf("TERM=dumb: no plain step header %q:\n%s", header, text)
			}
			if i := strings.IndexByte(text, 0x1b); i >= 0 {
				t.Errorf("TERM=dumb: escape sequence at byte %d: %q", i, text[i:min(len(text), i+16)])
			}
			if code := cmd.ProcessState.ExitCode(); code != 130 {
				t.Errorf("TERM=dumb: ctrl+c exit code %d, want 130", code)
			}
		})
	}
}
