package accessible

import (
	"context"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"paystack-setup/internal/leakscan"
	"paystack-setup/msg"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/steps"
)

// TestKeyAnsweredToAnotherQuestionIsNotRepeated: the key pasted at the
// country (or webhook, business name …) prompt was quoted back in "… is not
// one of the choices", and a screen reader read it aloud. It is refused with
// a word why and the question asked again.
func TestKeyAnsweredToAnotherQuestionIsNotRepeated(t *testing.T) {
	key := "sk_live_" + strings.Repeat("qz", 18) + "ab12"
	var out strings.Builder
	p := NewTerminal(context.Background(), strings.NewReader(key+"\n"+"Bearer "+strings.ToUpper(key)+"\n1\n"), &out, msg.English)
	got, err := p.Ask("Type a number from 1 to 4:")
	if err != nil || got != "1" {
		t.Fatalf("Ask returned %d characters (err %v); want the next answer, 1", len(got), err)
	}
	if hits := leakscan.Bytes([]string{key, strings.ToUpper(key)}, "output", []byte(out.String())); len(hits) > 0 {
		t.Errorf("the key is repeated: %v", hits)
	}
	if n := strings.Count(out.String(), msg.In(msg.English, msg.KeystorePastedOutsideKeyStep)); n != 2 {
		t.Errorf("the refusal was said %d times, want once per pasted key:\n%s", n, out.String())
	}
	if n := strings.Count(out.String(), "Type a number from 1 to 4:"); n != 3 {
		t.Errorf("the question was asked %d times, want 3", n)
	}
}

// TestSayNeverRepeatsAKey: what accessible mode says quotes files and
// answers; a key in them is masked.
func TestSayNeverRepeatsAKey(t *testing.T) {
	key := "sk_live_" + strings.Repeat("qz", 18) + "ab12"
	var out strings.Builder
	NewTerminal(context.Background(), strings.NewReader(""), &out, msg.English).Say(`line 1: Unknown column "PAYSTACK_SECRET_KEY=` + key + `"`)
	if got, want := out.String(), "line 1: Unknown column \"PAYSTACK_SECRET_KEY=sk_live_…\"\n"; got != want {
		t.Errorf("Say wrote %q, want %q", got, want)
	}
}

func TestTerminalPrompterOnPipedInputWarnsAndNeverEchoes(t *testing.T) {
	var out strings.Builder
	in := strings.NewReader(sandbox.DemoTestKey + "\nb\n")
	p := NewTerminal(context.Background(), in, &out, msg.English)
	got, err := p.AskSecret("Key:")
	if err != nil || got != sandbox.DemoTestKey {
		t.Fatalf("AskSecret = %q, %v", got, err)
	}
	if _, err := p.Ask("Next:"); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Ask("Again:"); err != io.EOF {
		t.Errorf("end of input should be io.EOF, got %v", err)
	}
	if strings.Contains(out.String(), sandbox.DemoTestKey) {
		t.Error("the key was echoed")
	}
	if !strings.Contains(out.String(), msg.In(msg.English, msg.AccKeyNotHidden)) {
		t.Errorf("no warning that the key cannot be hidden:\n%s", out.String())
	}
}

func TestTerminalPrompterStripsEscapes(t *testing.T) {
	var out strings.Builder
	p := NewTerminal(context.Background(), strings.NewReader(""), &out, msg.English)
	p.Say("\x1b[31mred\x1b[0m and \x1b]8;;https://x\x07link\x1b]8;;\x07\r")
	if got := out.String(); got != "red and link\n" {
		t.Errorf("got %q", got)
	}
}

// said is the output of a run on another goroutine, read while it runs.
type said struct {
	mu  sync.Mutex
	buf strings.Builder
}

func (s *said) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.Write(p)
}

func (s *said) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.String()
}

// ctrl+c (or a kill) while the terminal waits for an answer ends the
// question at once: the run ends interrupted, the answers before it kept.
func TestCtrlCWhileWaitingForAnAnswerStops(t *testing.T) {
	open, root := opener(t, "")
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	defer pw.Close()
	out := &said{}
	done := make(chan Ended)
	go func() {
		done <- RunWizard(ctx, WizardOptions{Prompter: NewTerminal(ctx, pr, out, msg.English), Lang: msg.English, Open: open,
			Flow: flowOf(steps.Welcome, steps.Systeme)})
	}()
	if _, err := pw.Write([]byte("2\n")); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(20 * time.Second); !strings.Contains(out.String(), "Press enter when you see the webhook URL"); {
		if time.Now().After(deadline) {
			t.Fatalf("the second question never came:\n%s", out)
		}
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	end := <-done
	if end.Session != nil {
		_ = end.Session.Close()
	}
	if !end.Interrupted || end.Err != nil {
		t.Fatalf("ended %+v:\n%s", end, out)
	}
	if st := savedState(t, root); st.Country != "GH" {
		t.Errorf("the answer before the stop was not kept: %+v", st)
	}
}
