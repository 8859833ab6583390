package steps

import (
	"context"
	"errors"

	"paystack-setup/checks"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/setup"
)

// goLive is what going live takes (#12 item 9), offered from the summary
// once a test setup is clean. Paystack keeps test and live mode apart
// (its support article "Test Mode and Live Mode": the dashboard goes live
// once the business's compliance documents are approved, and nothing made
// in one mode shows in the other), so a live setup repeats the steps that
// name a key, a subaccount or a mode. The model is one profile per mode:
// this one stays the test setup.
func goLive(ctx context.Context, s *setup.Session, p Prompter) error {
	list := walked(ctx)
	items := []msg.Text{msg.New(msg.StLiveActivate)}
	for _, it := range []struct {
		step string
		text func(n int) msg.Text
	}{
		{Subaccount.ID, func(n int) msg.Text { return msg.New(msg.StLiveSubaccount, n) }},
		{Systeme.ID, func(n int) msg.Text { return msg.New(msg.StLiveSysteme, n) }},
		{IPWhitelist.ID, func(n int) msg.Text { return msg.New(msg.StLiveIP, checks.SystemeIP, n) }},
		{Webhook.ID, func(n int) msg.Text { return msg.New(msg.StLiveWebhook, msg.New(msg.StHookFieldLive), n) }},
		{Purchase.ID, func(n int) msg.Text { return msg.New(msg.StLivePurchase, n) }},
	} {
		if n := stepIndex(list, it.step); n > 0 {
			items = append(items, it.text(n))
		}
	}
	_, err := p.Choose(Choice{
		Title: msg.New(msg.StLiveTitle),
		Body: []Block{
			Headed(msg.New(msg.StLiveIntro), List(items...)),
			Say(msg.StLiveProfile),
			Literal("paystack-setup --profile " + s.Profile() + "-live"),
			Note(Muted, msg.StLiveProfiles),
		},
		Options: []Option{{Label: msg.New(msg.StLiveBack)}},
		Style:   ActionStyle,
	})
	if errors.Is(err, ErrBack) {
		return nil
	}
	return err
}

// stepIndex is a step's 1-based place in list; 0 when it is not there.
func stepIndex(list []Step, id string) int {
	for i, st := range list {
		if st.ID == id {
			return i + 1
		}
	}
	return 0
}

// cleanTest reports a test setup whose checks found nothing failed and
// nothing that could not be checked: what going live starts from. A
// warning does not hold it back, since a test key itself is one (key.mode).
func cleanTest(s *setup.Session, rep *checks.Report) bool {
	return rep != nil && s.Mode() == paystack.ModeTest && rep.Summary[checks.Fail] == 0 && rep.Summary[checks.Error] == 0
}
