package accessible

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"paystack-setup/checks"
	"paystack-setup/msg"
	"paystack-setup/plans"
	"paystack-setup/state"
	steps "paystack-setup/ui/legacysteps"
)

func (r *runner) systeme() error {
	sub := msg.T(msg.StSysNoSubaccount)
	if sa := r.st.Subaccount; sa != nil {
		sub = sa.BusinessName
		if sub == "" {
			sub = sa.Code
		}
	}
	keyText := msg.T(msg.StSysNoKey)
	if !r.sc.Key.IsZero() {
		keyText = r.sc.Key.Masked()
	}
	r.p.Say(msg.T(msg.StSysIntro),
		"1. "+msg.T(msg.StSysStep1),
		"2. "+msg.T(msg.StSysStep2),
		"3. "+msg.T(msg.StSysStep3, keyText),
		"4. "+msg.T(msg.StSysStep4, sub),
		"5. "+msg.T(msg.StSysStep5),
		"6. "+msg.T(msg.StSysStep6))
	if _, err := r.ask(msg.T(msg.AccSystemeConfirm)); err != nil {
		return err
	}
	r.st.SystemeConnected = true
	r.st.SystemeConnectedAt = time.Now().UTC()
	return nil
}

func (r *runner) ipWhitelist() error {
	mode := r.mode()
	name := steps.ModeName(mode)
	r.p.Say(msg.T(msg.StIPIntro), steps.SystemeIP,
		"1. "+msg.T(msg.StIPStep1),
		"2. "+msg.T(msg.StIPStep2, name),
		"3. "+msg.T(msg.StIPStep3, steps.SystemeIP),
		msg.T(msg.StIPOthers))
	if _, err := r.ask(msg.T(msg.AccIPConfirm, steps.SystemeIP, name)); err != nil {
		return err
	}
	if r.st.IPWhitelist == nil {
		r.st.IPWhitelist = map[string]bool{}
	}
	r.st.IPWhitelist[mode] = true
	return nil
}

func (r *runner) webhook() error {
	mode := r.mode()
	field := msg.T(msg.StHookFieldTest)
	if mode == "live" {
		field = msg.T(msg.StHookFieldLive)
	}
	r.p.Say(msg.T(msg.StHookIntro))
	for {
		a, err := r.askDefault(msg.T(msg.AccWebhookPrompt), r.st.WebhookURL[mode])
		if err != nil {
			return err
		}
		clean, verr, warning := checks.ValidateWebhookURL(a)
		if verr != nil {
			r.p.Say(verr.Error())
			continue
		}
		if warning != "" {
			r.p.Say(warning)
			n, err := r.choose("", []string{msg.T(msg.AccWebhookKeep), msg.T(msg.AccWebhookRetype)}, 1, false)
			if err != nil {
				return err
			}
			if n == 1 {
				continue
			}
		}
		if r.st.WebhookURL == nil {
			r.st.WebhookURL = map[string]string{}
		}
		r.st.WebhookURL[mode] = clean
		// The URL alone on its line, so that it can be selected and copied whole.
		r.p.Say(msg.T(msg.StHookAccepted), clean, "", msg.T(msg.StHookWhere),
			"1. "+msg.T(msg.StHookStep1),
			"2. "+msg.T(msg.StHookStep2, field),
			"3. "+msg.T(msg.StHookStep3))
		_, err = r.ask(msg.T(msg.AccWebhookConfirm, field))
		return err
	}
}

func (r *runner) checkout() error {
	return seq(r.askFields, r.askPlans, r.showPlanVerdicts)
}

// askFields takes numbers or field names, comma separated.
func (r *runner) askFields() error {
	choices := steps.CheckoutFieldChoices()
	chosen := r.st.CheckoutFields
	if chosen == nil {
		chosen = plans.RequiredFields
	}
	r.p.Say(msg.T(msg.AccFieldsIntro))
	for i, c := range choices {
		mark := ""
		if slices.Contains(chosen, c.ID) {
			mark = " " + msg.T(msg.AccFieldChosen)
		}
		r.p.Say(fmt.Sprintf("  %d. %s%s", i+1, msg.T(c.Label), mark))
	}
	// pending is a typed list without Paystack's required fields, kept
	// only if the person confirms it with Enter.
	var pending []string
	for {
		prompt := msg.T(msg.AccFieldsPrompt)
		if pending != nil {
			prompt = msg.T(msg.AccFieldsMissingPrompt)
		}
		a, err := r.ask(prompt)
		if err != nil {
			return err
		}
		fields := chosen
		switch {
		case a == "" && pending != nil:
			fields = pending
		case a != "":
			fields, err = parseFieldAnswer(a, choices)
			if err != nil {
				r.p.Say(err.Error())
				continue
			}
			// The answer replaces the list: "4" meant as "add the phone
			// number" would silently drop the fields Paystack needs.
			if missing := plans.MissingRequired(fields); len(missing) > 0 {
				labels := make([]string, len(missing))
				for i, f := range missing {
					labels[i] = fieldLabel(f, choices)
				}
				r.p.Say(msg.T(msg.AccFieldsMissing, strings.Join(labels, ", ")))
				pending = fields
				continue
			}
		}
		r.st.CheckoutFields = append([]string(nil), fields...)
		labels := make([]string, len(fields))
		for i, f := range fields {
			labels[i] = fieldLabel(f, choices)
		}
		r.p.Say(msg.T(msg.AccFieldsChosen, strings.Join(labels, ", ")))
		return nil
	}
}

func fieldLabel(id string, choices []steps.FieldChoice) string {
	for _, c := range choices {
		if c.ID == id {
			return msg.T(c.Label)
		}
	}
	return id
}

// parseFieldAnswer reads "1,2,3" or "email, first name" (or a mix).
func parseFieldAnswer(a string, choices []steps.FieldChoice) ([]string, error) {
	var named []string
	var out []string
	for _, part := range strings.Split(a, ",") {
		part = strings.TrimSpace(part)
		if n, err := strconv.Atoi(part); err == nil {
			if n < 1 || n > len(choices) {
				return nil, fmt.Errorf("%s", msg.T(msg.AccNotAChoice, part, len(choices)))
			}
			out = append(out, choices[n-1].ID)
			continue
		}
		if part != "" {
			named = append(named, part)
		}
	}
	if len(named) > 0 {
		fs, err := plans.ParseFields(strings.Join(named, ","))
		if err != nil {
			return nil, err
		}
		out = append(out, fs...)
	}
	seen := map[string]bool{}
	uniq := out[:0]
	for _, f := range out {
		if !seen[f] {
			seen[f] = true
			uniq = append(uniq, f)
		}
	}
	if len(uniq) == 0 {
		return nil, &plans.FieldsError{Empty: true}
	}
	return uniq, nil
}

func (r *runner) askPlans() error {
	if n := len(r.st.Plans); n > 0 {
		r.p.Say(msg.T(msg.AccPlansCurrent, n))
		for _, p := range r.st.Plans {
			r.p.Say("  " + planLine(p))
		}
	}
	options := []string{msg.T(msg.AccPlansType), msg.T(msg.AccPlansFile), msg.T(msg.AccPlansKeep)}
	def := 3
	n, err := r.choose(msg.T(msg.AccPlansIntro), options, def, false)
	if err != nil {
		return err
	}
	switch n {
	case 0:
		return r.typePlans()
	case 1:
		return r.importPlans()
	}
	return nil
}

func planLine(p plans.Plan) string {
	return fmt.Sprintf("%s: %s, %s", p.Name, plans.FormatAmount(p.Amount, p.Currency), p.Describe())
}

// typePlans reads one plan per line in the plans file's CSV columns, so that
// each line is judged by the same parser as a file.
func (r *runner) typePlans() error {
	r.p.Say(msg.T(msg.AccPlansLineHelp, strings.Join(plans.Columns, ", ")))
	var typed []plans.Plan
	for {
		if len(typed) >= plans.MaxPlans {
			// Lines piped in could otherwise make answers too large to save.
			r.p.Say(msg.T(msg.AccPlansFull, plans.MaxPlans))
			break
		}
		a, err := r.ask(msg.T(msg.AccPlanLinePrompt, len(typed)+1))
		if err != nil {
			if err == errBack && len(typed) > 0 {
				typed = typed[:len(typed)-1]
				r.p.Say(msg.T(msg.AccPlanRemoved))
				continue
			}
			return err
		}
		if a == "" {
			break
		}
		ps, perr := plans.ParseCSV(strings.NewReader(strings.Join(plans.Columns, ",") + "\n" + a))
		if perr != nil {
			r.p.Say(problemsText(perr))
			continue
		}
		if i := plans.IndexOfName(typed, ps[0].Name); i >= 0 {
			r.p.Say(msg.T(msg.CkNameTaken, typed[i].Name))
			continue
		}
		for _, p := range ps {
			r.p.Say(msg.T(msg.AccPlanAdded, planLine(p)))
		}
		typed = append(typed, ps...)
	}
	r.st.Plans = typed
	return nil
}

// problemsText lists what is wrong in a typed line without the line numbers
// of the one-line CSV it was parsed as.
func problemsText(err error) string {
	fe, ok := err.(*plans.FileError)
	if !ok {
		return err.Error()
	}
	var lines []string
	for _, p := range fe.Problems {
		if p.Field != "" {
			lines = append(lines, p.Field+": "+p.Message)
		} else {
			lines = append(lines, p.Message)
		}
	}
	return strings.Join(lines, "\n")
}

func (r *runner) importPlans() error {
	for {
		a, err := r.ask(msg.T(msg.AccImportPrompt))
		if err != nil {
			return err
		}
		if a == "" {
			return errBack
		}
		ps, perr := plans.ParseFile(a)
		if perr != nil {
			r.p.Say(msg.T(msg.AccImportFailed), perr.Error())
			continue
		}
		r.st.Plans = ps
		r.p.Say(msg.T(msg.AccImported, len(ps)))
		for _, p := range ps {
			r.p.Say("  " + planLine(p))
		}
		return nil
	}
}

// showPlanVerdicts prints the checks engine's verdicts on the fields and
// plans, offline: nothing here needs Paystack.
func (r *runner) showPlanVerdicts() error {
	rep := checks.Run(r.ctx, checks.Input{Profile: r.o.Profile, State: *r.st, Offline: true})
	var lines []string
	for _, res := range rep.Results {
		if res.Step == checks.StepCheckout {
			lines = append(lines, resultLines(res)...)
		}
	}
	if len(lines) > 0 {
		r.p.Say(append([]string{"", msg.T(msg.AccVerdicts)}, lines...)...)
	}
	_, err := r.ask(msg.T(msg.AccContinue))
	return err
}

// resultLines is "PASS: title — detail" with the fix on the next line.
func resultLines(res checks.Result) []string {
	return checkLines(string(res.Status), res.Title, res.Detail, res.Fix)
}

func checkLines(status, title, detail, fix string) []string {
	// The audit command's words, so that a Hindi screen reader user hears
	// असफल, not FAIL.
	line := checks.Status(status).Word() + ": " + spokenMask(title)
	if detail != "" {
		line += " — " + spokenMask(detail)
	}
	out := []string{line}
	if fix != "" && status != "pass" && status != "skip" {
		out = append(out, "  "+msg.T(msg.AccFix, fix))
	}
	return out
}

func (r *runner) summary() error {
	if err := r.showAudit(); err != nil {
		return err
	}
	if u := r.st.WebhookURL[r.mode()]; u != "" {
		r.p.Say(msg.T(msg.WizAfterWebhook, steps.ModeName(r.mode()), u))
	}
	if r.o.Demo {
		// Nothing was saved, so "run again to check it" would be untrue.
		r.p.Say(msg.T(msg.WizAfterDemo))
		return nil
	}
	r.p.Say(msg.T(msg.AccAllDone))
	return nil
}

// showAudit runs every check and prints one line per result, the fix under
// each, and where things are saved.
func (r *runner) showAudit() error {
	if err := r.loadKey(); err != nil {
		r.p.Say(err.Error())
	}
	r.p.Say(msg.T(msg.AccChecking))
	var results []steps.CheckResult
	if r.sc.Audit != nil {
		results = r.sc.Audit(r.ctx)
	}
	if r.ctx.Err() != nil {
		return ErrInterrupted
	}
	rec := &state.AuditRecord{At: time.Now().UTC()}
	for _, res := range results {
		r.p.Say(checkLines(res.Status, res.Title, res.Detail, res.Fix)...)
		switch res.Status {
		case "pass":
			rec.Pass++
		case "warn":
			rec.Warn++
		case "fail":
			rec.Fail++
		case "skip":
			rec.Skip++
		default:
			rec.Error++
		}
	}
	r.st.LastAudit = rec
	r.p.Say("", msg.T(msg.AccAuditCounts, rec.Pass, rec.Warn, rec.Fail, rec.Skip, rec.Error))
	r.p.Say(msg.T(msg.StSumKeyAt, r.keyPlace()))
	if !r.o.Demo {
		r.p.Say(msg.T(msg.StSumStateAt, r.sc.StatePath))
	}
	return r.save()
}

func (r *runner) keyPlace() string {
	// Unlike the screen, this mode has already said why no key could be read.
	return steps.KeyPlace(r.sc, msg.T(msg.AccSumKeyUnread))
}
