package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"paystack-setup/internal/safetext"
	"paystack-setup/msg"
	"paystack-setup/payments"
	"paystack-setup/paystack"
	"paystack-setup/plans"
	"paystack-setup/problem"
	"paystack-setup/setup"
	"paystack-setup/state"
	"paystack-setup/steps"
)

// WatchOptions are `watch`'s.
type WatchOptions struct {
	Env *Env

	Subaccount string        // --subaccount: compare with this code instead of the profile's
	JSON       bool          // one payments.Line a line
	UntilOne   bool          // stop at the first new successful charge
	Timeout    time.Duration // 0: until ctrl+c
}

// NewCmdWatch is `paystack-setup watch` (issue #12 item 3): the charge
// watcher the wizard's test purchase waits on, as a command that prints
// each new charge as it arrives.
func NewCmdWatch(e *Env, runF func(context.Context, *WatchOptions) error) *cobra.Command {
	p := e.printer()
	opts := &WatchOptions{Env: e}
	cmd := &cobra.Command{
		Use:     "watch",
		Short:   p.T(msg.WatchSummary),
		Long:    p.T(msg.WatchHelp),
		Example: p.T(msg.WatchExamples),
		Args:    noArgs(func(arg string) msg.Text { return msg.New(msg.CLINoArgs, "watch", arg) }),
		RunE: func(c *cobra.Command, _ []string) error {
			if c.Flags().Changed("timeout") && opts.Timeout <= 0 {
				return refuse(msg.New(msg.WatchBadTimeout), seeHelp(c))
			}
			opts.Subaccount = strings.TrimSpace(opts.Subaccount)
			if runF != nil {
				return runF(c.Context(), opts)
			}
			return watchRun(c.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Subaccount, "subaccount", "", p.T(msg.WatchFlagSub))
	setValueName(f, "subaccount", "CODE")
	f.BoolVar(&opts.JSON, "json", false, p.T(msg.WatchFlagJSON))
	f.BoolVar(&opts.UntilOne, "until-one", false, p.T(msg.WatchFlagUntilOne))
	f.DurationVar(&opts.Timeout, "timeout", 0, p.T(msg.WatchFlagTimeout))
	setValueName(f, "timeout", "DUR")
	return cmd
}

func watchRun(ctx context.Context, o *WatchOptions) error {
	e, p := o.Env, o.Env.printer()
	// Watching changes nothing: no lock, so it runs beside the wizard, and
	// a --subaccount is compared with, never saved.
	// The demo's profile is new every run: it watches with the sandbox's
	// test key, as the wizard's demo fills it in.
	s, closeAll, err := keyedSession(ctx, e, p, withDemoKey(e.services), setup.Read, msg.WatchNoKey)
	if err != nil {
		return err
	}
	defer closeAll()
	if err := watchedSubaccount(ctx, o, s); err != nil {
		if ctx.Err() != nil {
			fmt.Fprintln(e.Err, p.T(msg.WatchStopped))
			return exitWith(ExitInterrupted)
		}
		return err
	}
	mode := msg.ModeText(string(s.Mode()))
	sub := s.State().Subaccount
	if sub != nil && sub.Code != "" {
		fmt.Fprintln(e.Err, p.T(msg.WatchStarted, e.Profile, mode, safetext.Line(steps.SubaccountName(sub.BusinessName, sub.Code)), sub.Code))
	} else {
		fmt.Fprintln(e.Err, p.T(msg.WatchStartedNoSub, e.Profile, mode))
	}

	out := &watchScreen{e: e, p: p, json: o.JSON, spin: startSpinner(e, p, true), started: s.Now(), now: s.Now, mode: mode,
		done: make(chan struct{})}
	defer out.stop()
	go out.tick()
	w := s.WatchCharges(out.paused)
	var until time.Time
	if o.Timeout > 0 {
		until = out.started.Add(o.Timeout)
	}
	err = w.Start(ctx)
	if err == nil && s.Demo() {
		// The demo's purchase comes after the first look, so it is new to
		// it, as the wizard's test purchase does it.
		out.say(msg.New(msg.WatchDemo))
		go func() { _ = s.MakeDemoPurchase(ctx) }()
	}
	seen := 0
	for err == nil {
		var got []payments.Charge
		got, err = w.Next(ctx, until)
		for _, c := range got {
			seen++
			if err := out.charge(c, sub); err != nil {
				return err
			}
			if o.UntilOne && c.Paid() {
				return exitWith(out.first(c, sub))
			}
		}
	}
	switch {
	case errors.Is(err, payments.ErrQuiet):
		if seen == 0 {
			out.say(msg.New(msg.WatchTimeoutQuiet, o.Timeout.String()))
		} else {
			out.say(msg.New(msg.WatchTimeoutEnded, o.Timeout.String()))
		}
		return exitWith(ExitFail)
	case ctx.Err() != nil:
		out.say(msg.New(msg.WatchStopped))
		return exitWith(ExitInterrupted)
	}
	return err
}

// watchedSubaccount sets what "routed" means for this run: --subaccount,
// looked up so a mistyped code is refused rather than shown as every
// payment missing it; else the profile's; else, in the demo, whose profile
// is new every time, the sandbox's first active subaccount, so the demo's
// purchase has somewhere to arrive.
func watchedSubaccount(ctx context.Context, o *WatchOptions, s *setup.Session) error {
	e, p := o.Env, o.Env.printer()
	switch {
	case o.Subaccount != "":
		sa, err := s.FetchSubaccount(ctx, o.Subaccount)
		switch {
		case paystack.KindOf(err) == paystack.KindNotFound:
			return problem.New(msg.SubCmdCodeUnknown, o.Subaccount, msg.ModeText(string(s.Mode())), e.Profile)
		case err != nil:
			return err
		}
		s.ChooseSubaccount(sa, "", false)
	case s.State().Subaccount != nil && s.State().Subaccount.BusinessName == "":
		// A profile chosen by code alone (subaccount use in an older
		// version, a hand-made state) is named as Paystack names it; a
		// failure leaves the code, which the watch still compares with.
		if sa, err := s.FetchSubaccount(ctx, s.State().Subaccount.Code); err == nil {
			s.ChooseSubaccount(sa, s.State().Subaccount.BankCode, s.State().Subaccount.CreatedByUs)
		}
	case s.State().Subaccount != nil || !s.Demo():
	default:
		subs, err := s.ListSubaccounts(ctx, nil)
		if err != nil {
			return err
		}
		for _, sa := range subs {
			if sa.Active {
				s.ChooseSubaccount(sa, "", false)
				fmt.Fprintln(e.Err, p.T(msg.WatchDemoSub, safetext.Line(sa.BusinessName), sa.Code))
				break
			}
		}
	}
	return nil
}

// watchScreen is where the watch speaks: each charge on stdout (a line of
// text or JSON), everything else on stderr, and the spinner with the time
// watched on a terminal's stderr, cleared before any line is written so the
// two never mix.
type watchScreen struct {
	e       *Env
	p       *msg.Printer
	json    bool
	spin    *spinner
	mode    msg.Text
	started time.Time
	now     func() time.Time

	mu   sync.Mutex
	done chan struct{} // closed by stop: tick ends
	once sync.Once
}

// tick redraws the time watched every second until stop.
func (o *watchScreen) tick() {
	o.mu.Lock()
	o.spin.Say(o.waiting())
	o.mu.Unlock()
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-o.done:
			return
		case <-t.C:
			o.mu.Lock()
			o.spin.Say(o.waiting())
			o.mu.Unlock()
		}
	}
}

func (o *watchScreen) waiting() msg.Text {
	d := o.now().Sub(o.started).Round(time.Second)
	return msg.New(msg.WatchWaiting, o.mode, fmt.Sprintf("%d:%02d", int(d/time.Minute), int(d%time.Minute/time.Second)))
}

func (o *watchScreen) stop() {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.once.Do(func() { close(o.done) })
	o.spin.Stop()
}

// say is a sentence on stderr.
func (o *watchScreen) say(t msg.Text) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.spin.Clear()
	fmt.Fprintln(o.e.Err, o.p.Text(t))
}

// paused says why nothing is asked for a while (a 429, Paystack down).
func (o *watchScreen) paused(pause payments.Pause) {
	o.say(msg.New(msg.WatchPaused, problem.Text(pause.Err), pause.Wait.Round(time.Second).String()))
}

// charge prints one charge: the JSON line of docs/json.md, or a sentence
// saying when, how much, which, whose, and where the money went.
func (o *watchScreen) charge(c payments.Charge, sub *state.SubaccountRef) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.spin.Clear()
	if o.json {
		b, err := json.Marshal(payments.LineOf(c))
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(o.e.Out, "%s\n", b)
		return err
	}
	when := o.now().Format("15:04:05")
	amount := plans.FormatAmount(c.Amount, c.Currency)
	ref, email := safetext.Line(c.Reference), safetext.Line(payments.MaskEmail(c.Email))
	if email == "" {
		email = "—"
	}
	var line msg.Text
	if c.Paid() {
		line = msg.New(msg.WatchPaid, when, amount, ref, email, verdict(c, sub))
	} else {
		line = msg.New(msg.WatchNotPaid, when, amount, ref, email, safetext.Line(string(c.Status)))
	}
	_, err := fmt.Fprintln(o.e.Out, o.p.Text(line))
	return err
}

// first ends --until-one: the exit code of the first new successful charge,
// with what to change in systeme.io when it missed the subaccount.
func (o *watchScreen) first(c payments.Charge, sub *state.SubaccountRef) int {
	if sub == nil || sub.Code == "" {
		return ExitFail
	}
	name := safetext.Line(steps.SubaccountName(sub.BusinessName, sub.Code))
	if c.Routed {
		o.say(msg.New(msg.WatchFirstRouted, name, sub.Code))
		return ExitOK
	}
	o.say(msg.New(msg.WatchFirstNot, name, sub.Code))
	o.say(msg.New(msg.ChkPayRoutedFix, name, sub.Code))
	return ExitFail
}

// verdict is where a paid charge went, in the wizard's words.
func verdict(c payments.Charge, sub *state.SubaccountRef) msg.Text {
	if sub == nil || sub.Code == "" {
		return msg.New(msg.WatchNoSub)
	}
	// The names come from Paystack and go to a terminal as they are.
	chosen := *sub
	chosen.BusinessName = safetext.Line(chosen.BusinessName)
	c.SubaccountName, c.SubaccountCode = safetext.Line(c.SubaccountName), safetext.Line(c.SubaccountCode)
	return steps.ChargeVerdict(c, chosen)
}
