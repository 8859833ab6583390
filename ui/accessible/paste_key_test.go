package accessible

import (
	"context"
	"strings"
	"testing"

	"paystack-setup/internal/leakscan"
	"paystack-setup/msg"
	"paystack-setup/paystack/sandbox"
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
	if n := strings.Count(out.String(), msg.T(msg.KeystorePastedOutsideKeyStep)); n != 2 {
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

// TestWebhookURLHoldingAKeyIsAskedAgain: a webhook URL with a key in it is
// refused with the reason and asked again, as in the visual wizard (the same
// validation). It used to be accepted, and then every save failed because the
// saved answers refuse anything key-shaped.
func TestWebhookURLHoldingAKeyIsAskedAgain(t *testing.T) {
	f := newFixture(t)
	key := "sk_live_" + strings.Repeat("qz", 18) + "ab12"
	turns := []turn{{"Nigeria (NGN)", "1"}, {"Paste your secret key", sandbox.DemoTestKey}}
	for _, tn := range afterKey {
		if tn.want == "Paste the webhook URL" {
			turns = append(turns,
				turn{"Paste the webhook URL", "https://systeme.io/webhook/paystack/" + key},
				turn{msg.T(msg.ChkWebhookURLSecretKey), tn.answer})
			continue
		}
		turns = append(turns, tn)
	}
	code, s := f.run(t, turns...)
	if code != ExitOK {
		t.Fatalf("exit code %d, output:\n%s", code, s.out.String())
	}
	if got := f.state(t).WebhookURL["test"]; got != "https://systeme.io/webhook/paystack/abc123" {
		t.Errorf("saved webhook URL = %q, want the corrected one", got)
	}
	if hits := leakscan.Bytes([]string{key}, "output", []byte(s.out.String())); len(hits) > 0 {
		t.Errorf("the key is repeated: %v", hits)
	}
}
