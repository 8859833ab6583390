package steps_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"paystack-setup/checks"
	"paystack-setup/msg"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/steps"
	"paystack-setup/steps/steptest"
)

const systemeHook = "https://systeme.io/api/paystack/webhook/abc123"

func TestWebhookRefusesHTTPAndKeepsWhatWasTyped(t *testing.T) {
	s, _ := newSession(t, "")
	var asked []steps.Input
	p := &inputSpy{Prompter: steptest.New(t,
		steptest.Type("http://systeme.io/api/paystack/webhook/abc123"),
		steptest.Back(steptest.OnInput)), got: &asked}
	if err := steps.Webhook.Run(context.Background(), s, p); err != steps.ErrBack {
		t.Fatalf("err %v, want ErrBack", err)
	}
	if len(asked) != 2 || asked[1].Refused == nil || asked[1].Value != "http://systeme.io/api/paystack/webhook/abc123" {
		t.Fatalf("the refused URL is not asked again with its reason and the text kept: %+v", asked)
	}
	if !strings.Contains(asked[1].Refused.Error(), "https://") {
		t.Errorf("the reason does not say https: %v", asked[1].Refused)
	}
	if len(s.State().WebhookURL) != 0 {
		t.Fatal("an http:// webhook URL was recorded")
	}
}

func TestWebhookAcceptedShownAloneCopiedAndStoredForTheMode(t *testing.T) {
	s, _ := newSession(t, sandbox.DemoLiveKey)
	p := steptest.New(t, steptest.Type("  "+systemeHook+" "),
		steptest.ChooseLabel(msg.StHookCopy), steptest.ChooseLabel(msg.StHookDone))
	p.Clipboard = true
	if err := steps.Webhook.Run(context.Background(), s, p); err != nil {
		t.Fatal(err)
	}
	tr := p.Transcript()
	if !strings.Contains(tr, "\n"+systemeHook+"\n") || !strings.Contains(tr, "Live Webhook URL") || !strings.Contains(tr, "API Keys & Webhooks") {
		t.Errorf("the accepted URL is not shown alone with where to paste it:\n%s", tr)
	}
	if got := p.Copied(); len(got) != 1 || got[0] != systemeHook {
		t.Fatalf("copied %q, want the URL", got)
	}
	if !p.Said(msg.StHookCopied) {
		t.Errorf("the copy is not reported:\n%s", tr)
	}
	if s.State().WebhookURL["live"] != systemeHook || s.State().WebhookURL["test"] != "" {
		t.Fatalf("recorded %v", s.State().WebhookURL)
	}
}

func TestWebhookOtherHostWarnsButAccepts(t *testing.T) {
	s, _ := newSession(t, "")
	p := steptest.New(t, steptest.Type("https://hooks.example.com/p"), steptest.ChooseLabel(msg.StHookDone))
	if err := steps.Webhook.Run(context.Background(), s, p); err != nil {
		t.Fatal(err)
	}
	if !p.Said(msg.ChkWebhookURLNotSysteme) || !strings.Contains(p.Transcript(), "hooks.example.com") {
		t.Errorf("no warning about the host:\n%s", p.Transcript())
	}
	if s.State().WebhookURL["test"] != "https://hooks.example.com/p" {
		t.Fatal("a warned URL was refused")
	}
}

// Editing an accepted URL and then changing one's mind keeps it; leaving
// the step keeps it too, and the next visit starts on it rather than on an
// empty field.
func TestWebhookEditThenBackKeepsTheURL(t *testing.T) {
	s, _ := newSession(t, "")
	p := steptest.New(t, steptest.Type(systemeHook),
		steptest.ChooseLabel(msg.StHookEdit), steptest.Back(steptest.OnInput),
		steptest.Back(steptest.OnChoose))
	if err := steps.Webhook.Run(context.Background(), s, p); err != steps.ErrBack {
		t.Fatalf("err %v, want ErrBack", err)
	}
	if strings.Count(p.Transcript(), msg.In(msg.English, msg.StHookAccepted)) != 2 {
		t.Errorf("esc while editing did not return to the accepted URL:\n%s", p.Transcript())
	}
	if s.State().WebhookURL["test"] != systemeHook {
		t.Fatalf("the accepted URL was not kept: %v", s.State().WebhookURL)
	}

	p = steptest.New(t, steptest.ChooseLabel(msg.StHookDone))
	if err := steps.Webhook.Run(context.Background(), s, p); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(p.Transcript(), "\n"+systemeHook+"\n") {
		t.Errorf("the next visit does not start on the accepted URL:\n%s", p.Transcript())
	}
}

// inputSpy keeps every Input asked.
type inputSpy struct {
	steps.Prompter
	got *[]steps.Input
}

func (c *inputSpy) Input(q steps.Input) (string, error) {
	*c.got = append(*c.got, q)
	return c.Prompter.Input(q)
}

// A URL that holds the secret key is refused by the session before anything
// else is said about it, and nothing is recorded: the key never reaches the
// saved answers.
func TestWebhookRefusesAURLHoldingTheKey(t *testing.T) {
	s, root := newSession(t, "")
	var asked []steps.Input
	withKey := systemeHook + "?secret=" + sandbox.DemoTestKey
	p := &inputSpy{Prompter: steptest.New(t, steptest.Type(withKey), steptest.Back(steptest.OnInput)), got: &asked}
	if err := steps.Webhook.Run(context.Background(), s, p); err != steps.ErrBack {
		t.Fatalf("err %v, want ErrBack", err)
	}
	var refused *checks.WebhookURLError
	if len(asked) != 2 || !errors.As(asked[1].Refused, &refused) || refused.Problem != msg.ChkWebhookURLSecretKey {
		t.Fatalf("the URL with the key was not refused for holding it: %+v", asked)
	}
	if len(s.State().WebhookURL) != 0 {
		t.Fatal("a URL holding the key was recorded")
	}
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	if len(saved(t, root).WebhookURL) != 0 {
		t.Fatal("a URL holding the key was saved")
	}
}
