package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"paystack-setup/country"
	"paystack-setup/internal/safetext"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/problem"
	"paystack-setup/setup"
)

// SubaccountSchemaVersion is the "version" of `subaccount list --json` and
// `subaccount create --json` (docs/json.md).
const SubaccountSchemaVersion = 1

// NewCmdSubaccount is `paystack-setup subaccount`: the wizard's subaccount
// step as commands, for agencies that set up many profiles from a script.
// Every rule is the setup session's, as in the wizard.
func NewCmdSubaccount(e *Env) *cobra.Command {
	return newGroupCmd(e, groupWords{"subaccount", msg.SubCmdSummary, msg.SubCmdHelp, msg.SubCmdExamples, msg.CLIUnknownCommand},
		NewCmdSubaccountList(e, nil), NewCmdSubaccountUse(e, nil), NewCmdSubaccountCreate(e, nil))
}

// SubaccountListOptions are `subaccount list`'s.
type SubaccountListOptions struct {
	Env *Env // streams, environment and global flags

	JSON bool
}

// NewCmdSubaccountList is `paystack-setup subaccount list`.
func NewCmdSubaccountList(e *Env, runF func(context.Context, *SubaccountListOptions) error) *cobra.Command {
	p := e.printer()
	opts := &SubaccountListOptions{Env: e}
	cmd := &cobra.Command{
		Use:     "list",
		Short:   p.T(msg.SubCmdListSummary),
		Long:    p.T(msg.SubCmdListHelp),
		Example: p.T(msg.SubCmdListExamples),
		Args:    noArgs(func(arg string) msg.Text { return msg.New(msg.CLINoArgs, "subaccount list", arg) }),
		RunE: func(c *cobra.Command, _ []string) error {
			if runF != nil {
				return runF(c.Context(), opts)
			}
			return subaccountListRun(c.Context(), opts)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, p.T(msg.SubCmdFlagJSON))
	return cmd
}

func subaccountListRun(ctx context.Context, o *SubaccountListOptions) error {
	e, p := o.Env, o.Env.printer()
	// Listing changes nothing: no lock, so it works beside a running wizard.
	s, closeAll, err := keyedSession(ctx, e, p, e.services, setup.Read, msg.SubCmdNoKey)
	if err != nil {
		return err
	}
	defer closeAll()
	subs, err := waitFor(ctx, e, p, !o.JSON, msg.New(msg.SubCmdLoading, e.Profile), func(spin *spinner) ([]paystack.Subaccount, error) {
		return s.ListSubaccounts(ctx, func(pg paystack.SubaccountsPage) {
			if pg.Total > 0 {
				spin.Say(msg.New(msg.SubCmdLoadingOf, pg.Loaded, pg.Total))
			}
		})
	})
	if err != nil {
		return err
	}
	if o.JSON {
		out := subaccountListJSON{Version: SubaccountSchemaVersion, Profile: e.Profile, Mode: string(s.Mode()), Subaccounts: []subaccountJSON{}}
		for _, sa := range subs {
			out.Subaccounts = append(out.Subaccounts, toSubaccountJSON(sa))
		}
		return writeJSON(e.Out, out)
	}
	if len(subs) == 0 {
		fmt.Fprintln(e.Err, p.T(msg.SubCmdNone, e.Profile))
		return nil
	}
	rows := [][]string{{p.T(msg.SubCmdColCode), p.T(msg.SubAcctColBusiness), p.T(msg.SubAcctColBank), p.T(msg.SubAcctColAccount),
		p.T(msg.SubAcctColCurrency), p.T(msg.SubAcctColVerified), p.T(msg.SubAcctColActive)}}
	for _, sa := range subs {
		rows = append(rows, []string{sa.Code, sa.BusinessName, sa.SettlementBank, country.MaskAccountNumber(sa.AccountNumber),
			sa.Currency, yesNo(p, sa.IsVerified), yesNo(p, sa.Active)})
	}
	writeTable(e.Out, rows, e.OutTTY)
	return nil
}

func yesNo(p *msg.Printer, b bool) string {
	if b {
		return p.T(msg.SubAcctYes)
	}
	return p.T(msg.SubAcctNo)
}

// SubaccountUseOptions are `subaccount use`'s.
type SubaccountUseOptions struct {
	Env *Env

	Code string
}

// NewCmdSubaccountUse is `paystack-setup subaccount use CODE`.
func NewCmdSubaccountUse(e *Env, runF func(context.Context, *SubaccountUseOptions) error) *cobra.Command {
	p := e.printer()
	opts := &SubaccountUseOptions{Env: e}
	return &cobra.Command{
		Use:     "use CODE",
		Short:   p.T(msg.SubCmdUseSummary),
		Long:    p.T(msg.SubCmdUseHelp),
		Example: p.T(msg.SubCmdUseExamples),
		Args:    oneCode(msg.SubCmdCodeMissing, "subaccount use"),
		RunE: func(c *cobra.Command, args []string) error {
			opts.Code = strings.TrimSpace(args[0])
			if runF != nil {
				return runF(c.Context(), opts)
			}
			return subaccountUseRun(c.Context(), opts)
		},
	}
}

func subaccountUseRun(ctx context.Context, o *SubaccountUseOptions) error {
	e, p := o.Env, o.Env.printer()
	s, closeAll, err := keyedSession(ctx, e, p, e.services, setup.Open, msg.SubCmdNoKey)
	if err != nil {
		return err
	}
	defer closeAll()
	sa, err := askByCode(ctx, e, p, s, o.Code, msg.New(msg.SubCmdChecking, o.Code), msg.SubCmdCodeUnknown, s.FetchSubaccount)
	if err != nil {
		return err
	}
	// The wizard asks before using one of these; a script is told, and
	// the audit keeps saying it until it is fixed.
	for _, w := range s.PickWarnings(sa) {
		fmt.Fprintln(e.Err, p.T(msg.FrameWarnWord, w))
	}
	s.ChooseSubaccount(sa, "", false)
	if err := s.Save(); err != nil {
		return stateError{e.Profile, err}
	}
	fmt.Fprintln(e.Out, p.T(msg.SubCmdChosen, e.Profile, safetext.Line(sa.BusinessName), sa.Code))
	return nil
}

// SubaccountCreateOptions are `subaccount create`'s: the wizard's form as
// flags.
type SubaccountCreateOptions struct {
	Env *Env

	Bank          string // the bank's code or name
	AccountNumber string
	BusinessName  string
	Percent       float64 // the share that stays in the merchant's main account
	Email         string
	JSON          bool
}

// NewCmdSubaccountCreate is `paystack-setup subaccount create`.
func NewCmdSubaccountCreate(e *Env, runF func(context.Context, *SubaccountCreateOptions) error) *cobra.Command {
	p := e.printer()
	opts := &SubaccountCreateOptions{Env: e}
	var percent string
	cmd := &cobra.Command{
		Use:     "create",
		Short:   p.T(msg.SubCmdCreateSummary),
		Long:    p.T(msg.SubCmdCreateHelp),
		Example: p.T(msg.SubCmdCreateExamples),
		Args:    noArgs(func(arg string) msg.Text { return msg.New(msg.CLINoArgs, "subaccount create", arg) }),
		RunE: func(c *cobra.Command, _ []string) error {
			var missing []string
			for _, name := range []string{"bank", "account-number", "business-name", "email"} {
				if !c.Flags().Changed(name) {
					missing = append(missing, "--"+name)
				}
			}
			if len(missing) > 0 {
				return refuse(msg.New(msg.SubCmdFlagsMissing, strings.Join(missing, ", ")), seeHelp(c))
			}
			// The form's own checks, before anything is asked of Paystack;
			// the account number's depend on the bank, known after.
			opts.BusinessName, opts.Email = strings.TrimSpace(opts.BusinessName), strings.TrimSpace(opts.Email)
			var ok bool
			switch {
			case opts.BusinessName == "":
				return refuse(msg.New(msg.CLIFlagProblem, "--business-name", msg.New(msg.SubAcctBusinessEmpty)))
			case !setup.ValidEmail(opts.Email):
				return refuse(msg.New(msg.CLIFlagProblem, "--email", msg.New(msg.SubAcctEmailBad)))
			}
			if opts.Percent, ok = setup.ParsePercent(percent); !ok {
				return refuse(msg.New(msg.CLIFlagProblem, "--percentage", msg.New(msg.SubAcctPercentBad)))
			}
			if runF != nil {
				return runF(c.Context(), opts)
			}
			return subaccountCreateRun(c.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.Bank, "bank", "", p.T(msg.SubCmdFlagBank))
	setValueName(f, "bank", "CODE|NAME")
	f.StringVar(&opts.AccountNumber, "account-number", "", p.T(msg.SubCmdFlagAccount))
	setValueName(f, "account-number", "NUMBER")
	f.StringVar(&opts.BusinessName, "business-name", "", p.T(msg.SubCmdFlagBusiness))
	setValueName(f, "business-name", "NAME")
	f.StringVar(&percent, "percentage", "0", p.T(msg.SubCmdFlagPercent))
	setValueName(f, "percentage", "N")
	f.StringVar(&opts.Email, "email", "", p.T(msg.SubCmdFlagEmail))
	setValueName(f, "email", "ADDRESS")
	f.BoolVar(&opts.JSON, "json", false, p.T(msg.SubCmdFlagJSON))
	return cmd
}

func subaccountCreateRun(ctx context.Context, o *SubaccountCreateOptions) error {
	e, p := o.Env, o.Env.printer()
	s, closeAll, err := keyedSession(ctx, e, p, e.services, setup.Open, msg.SubCmdNoKey)
	if err != nil {
		return err
	}
	defer closeAll()
	market, ok := s.Country()
	if !ok {
		return problem.New(msg.SubCmdNoCountry, e.Profile, e.Profile)
	}
	spin := startSpinner(e, p, !o.JSON)
	defer spin.Stop()
	stopped := func() error {
		spin.Stop()
		fmt.Fprintln(e.Err, p.T(msg.SubCmdCreateStopped))
		return exitWith(ExitInterrupted)
	}

	spin.Say(msg.New(msg.SubAcctLoadingBanks))
	banks, err := s.ListBanks(ctx)
	spin.Clear()
	switch {
	case ctx.Err() != nil:
		return stopped()
	case err != nil:
		return err
	}
	bank, err := pickBank(banks, o.Bank, market)
	if err != nil {
		return err
	}
	number, err := country.ValidateAccountNumber(market.Code, bank.Type, o.AccountNumber)
	if err != nil {
		return refuse(msg.New(msg.CLIFlagProblem, "--account-number", problem.Text(err)))
	}

	// The holder's name, where the bank can say it: shown as the wizard
	// shows it under the number, and kept with the subaccount.
	spin.Say(msg.New(msg.SubAcctResolving))
	name, rerr := s.ResolveAccount(ctx, number, bank)
	spin.Clear()
	switch {
	case ctx.Err() != nil:
		return stopped()
	case rerr != nil:
		fmt.Fprintln(e.Err, p.T(msg.FrameWarnWord, problem.Text(rerr)))
	default:
		fmt.Fprintln(e.Err, p.T(msg.SubAcctResolved, name))
	}

	req := paystack.SubaccountRequest{BusinessName: o.BusinessName, SettlementBank: bank.Code, AccountNumber: number,
		PercentageCharge: o.Percent, PrimaryContactEmail: o.Email}
	spin.Say(msg.New(msg.SubAcctCreating))
	out, err := s.CreateSubaccount(ctx, req, bank.Name)
	spin.Stop()
	switch {
	case ctx.Err() != nil:
		return stopped()
	case errors.Is(err, setup.ErrCreateUnknown):
		// The session looks the account up before any create: running the
		// same command again cannot make a second one.
		return problem.New(msg.SubCmdCreateUnknown)
	case err != nil:
		return err
	}
	sa := out.Subaccount
	outcome := "created"
	switch {
	case out.Existing:
		// The wizard's duplicate guard: the bank account's subaccount is
		// used rather than a second one made, so running the command again
		// (a script that stopped halfway) lands on the same one.
		outcome = "existing"
		fmt.Fprintln(e.Err, p.T(msg.SubCmdExisting, sa.BusinessName, sa.Code))
	case out.Recovered:
		outcome = "recovered"
		fmt.Fprintln(e.Err, p.T(msg.AccRecovered, sa.BusinessName, sa.Code))
	}
	s.ChooseSubaccount(sa, bank.Code, !out.Existing)
	if err := s.Save(); err != nil {
		return stateError{e.Profile, err}
	}
	if o.JSON {
		return writeJSON(e.Out, subaccountCreateJSON{Version: SubaccountSchemaVersion, Profile: e.Profile,
			Outcome: outcome, Subaccount: toSubaccountJSON(sa)})
	}
	said := msg.SubCmdCreated
	if out.Existing {
		said = msg.SubCmdChosen
	}
	fmt.Fprintln(e.Out, p.T(said, e.Profile, safetext.Line(sa.BusinessName), sa.Code))
	fmt.Fprintln(e.Out, p.T(msg.SubAcctSummaryPercent, setup.FormatPercent(sa.PercentageCharge), setup.FormatPercent(100-sa.PercentageCharge)))
	return nil
}

// pickBank finds the bank --bank names, by Paystack's code or by name (its
// slug too), among the banks of the profile's country.
func pickBank(banks []paystack.Bank, typed string, market country.Country) (paystack.Bank, error) {
	want := strings.TrimSpace(typed)
	for _, b := range banks {
		if b.Code == want {
			return b, nil
		}
	}
	var names []string
	for _, b := range banks {
		if strings.EqualFold(b.Name, want) || strings.EqualFold(b.Slug, want) {
			return b, nil
		}
		names = append(names, strings.ToLower(b.Name))
	}
	lines := []msg.Text{msg.New(msg.SubCmdBankUnknown, want, msg.New(market.Name))}
	if s := suggest(strings.ToLower(want), names); s != "" {
		for _, b := range banks {
			if strings.ToLower(b.Name) == s {
				lines = append(lines, msg.New(msg.CLIDidYouMean, fmt.Sprintf("--bank %q", b.Name)))
				break
			}
		}
	}
	return paystack.Bank{}, refuse(lines...)
}

// subaccountJSON is one subaccount in `subaccount list --json` and
// `subaccount create --json`; the field names are a contract with scripts
// (docs/json.md). The account number is masked, as everywhere it is shown.
type subaccountJSON struct {
	Code                string  `json:"code"`
	BusinessName        string  `json:"business_name"`
	Bank                string  `json:"bank"`
	AccountNumberMasked string  `json:"account_number_masked"`
	AccountName         string  `json:"account_name"`
	Currency            string  `json:"currency"`
	PercentageCharge    float64 `json:"percentage_charge"`
	Verified            bool    `json:"verified"`
	Active              bool    `json:"active"`
}

func toSubaccountJSON(sa paystack.Subaccount) subaccountJSON {
	return subaccountJSON{Code: sa.Code, BusinessName: sa.BusinessName, Bank: sa.SettlementBank,
		AccountNumberMasked: country.MaskAccountNumber(sa.AccountNumber), AccountName: sa.AccountName,
		Currency: sa.Currency, PercentageCharge: sa.PercentageCharge, Verified: sa.IsVerified, Active: sa.Active}
}

type subaccountListJSON struct {
	Version     int              `json:"version"`
	Profile     string           `json:"profile"`
	Mode        string           `json:"mode"`
	Subaccounts []subaccountJSON `json:"subaccounts"`
}

type subaccountCreateJSON struct {
	Version    int            `json:"version"`
	Profile    string         `json:"profile"`
	Outcome    string         `json:"outcome"` // created, existing or recovered
	Subaccount subaccountJSON `json:"subaccount"`
}

// writeJSON is the commands' --json output (audit, profiles, subaccount):
// v indented by two spaces, then a newline.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
