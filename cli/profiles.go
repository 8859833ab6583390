package cli

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/spf13/cobra"

	"paystack-setup/internal/safetext"
	"paystack-setup/msg"
	"paystack-setup/state"
)

// ProfilesOptions are `profiles list`'s choices.
type ProfilesOptions struct {
	Env *Env // streams, environment and global flags

	JSON bool
}

// NewCmdProfiles is `paystack-setup profiles`, which is `profiles list`.
func NewCmdProfiles(e *Env, runF func(context.Context, *ProfilesOptions) error) *cobra.Command {
	cmd := newCmdProfilesAs(e, "profiles", onlyCommands(msg.ProfilesUnknownSub), runF)
	cmd.AddCommand(newCmdProfilesAs(e, "list", noArgs(func(arg string) msg.Text { return msg.New(msg.ProfilesUnknownSub, arg) }), runF))
	return cmd
}

// newCmdProfilesAs is the profiles listing under the name use: `profiles`
// refuses a word as a command it does not have, `profiles list` as an
// argument it does not take.
func newCmdProfilesAs(e *Env, use string, args cobra.PositionalArgs, runF func(context.Context, *ProfilesOptions) error) *cobra.Command {
	p := e.printer()
	opts := &ProfilesOptions{Env: e}
	cmd := &cobra.Command{
		Use:     use,
		Short:   p.T(msg.ProfilesSummary),
		Long:    p.T(msg.ProfilesHelp),
		Example: p.T(msg.ProfilesExamples),
		Args:    args,
		RunE: func(c *cobra.Command, _ []string) error {
			if runF != nil {
				return runF(c.Context(), opts)
			}
			return exitWith(runProfiles(opts))
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, p.T(msg.ProfilesFlagJSON))
	return cmd
}

// profileRow is one profile in `profiles list --json`; the field names are a
// contract with scripts.
type profileRow struct {
	Profile    string             `json:"profile"`
	Mode       string             `json:"mode,omitempty"`
	Country    string             `json:"country,omitempty"`
	Currency   string             `json:"currency,omitempty"`
	Subaccount *profileSubaccount `json:"subaccount"`
	LastAudit  *state.AuditRecord `json:"last_audit"`
	UpdatedAt  time.Time          `json:"updated_at,omitzero"`
	Problem    string             `json:"problem,omitempty"`
}

type profileSubaccount struct {
	Code         string `json:"code"`
	BusinessName string `json:"business_name,omitempty"`
}

func runProfiles(opts *ProfilesOptions) int {
	e := opts.Env
	names, err := state.Profiles(e.ConfigDir)
	if err != nil {
		fmt.Fprintln(e.Err, e.sentence(err))
		return ExitFail
	}
	code := ExitOK
	rows := make([]profileRow, 0, len(names))
	for _, name := range names {
		row := profileRow{Profile: name}
		// Read, not Open: listing must work while a wizard holds a profile.
		st, notices, err := state.Read(e.ConfigDir, name)
		switch {
		case err != nil:
			row.Problem = e.sentence(err)
		case len(notices) > 0:
			row.Problem = notices[0].In(e.Lang)
		default:
			row.Mode, row.Country, row.Currency = st.Mode, st.Country, st.Currency
			row.LastAudit, row.UpdatedAt = st.LastAudit, st.UpdatedAt
			if sa := st.Subaccount; sa != nil {
				row.Subaccount = &profileSubaccount{Code: sa.Code, BusinessName: sa.BusinessName}
			}
		}
		if row.Problem != "" {
			fmt.Fprintln(e.Err, e.T(msg.ProfilesUnreadable, name, row.Problem))
			code = ExitFail
		}
		rows = append(rows, row)
	}
	if opts.JSON {
		if err := writeJSON(e.Out, rows); err != nil {
			return ExitFail
		}
		return code
	}
	if len(rows) == 0 {
		fmt.Fprintln(e.Err, e.T(msg.ProfilesNone))
		return code
	}
	table := [][]string{{e.T(msg.ProfilesColProfile), e.T(msg.ProfilesColMode), e.T(msg.ProfilesColSubaccount), e.T(msg.ProfilesColLastAudit)}}
	for _, r := range rows {
		table = append(table, []string{r.Profile, e.orDash(e.printer().Text(msg.ModeText(r.Mode))), e.describeSubaccount(r), e.describeAudit(r)})
	}
	writeTable(e.Out, table, e.OutTTY)
	return code
}

func (e *Env) orDash(s string) string {
	if s == "" {
		return e.T(msg.ProfilesNoValue)
	}
	return s
}

func (e *Env) describeSubaccount(r profileRow) string {
	if r.Subaccount == nil {
		return e.T(msg.ProfilesNoValue)
	}
	if r.Subaccount.BusinessName == "" {
		return r.Subaccount.Code
	}
	return r.Subaccount.BusinessName + " (" + r.Subaccount.Code + ")"
}

func (e *Env) describeAudit(r profileRow) string {
	if r.Problem != "" {
		return e.T(msg.ProfilesDamaged)
	}
	a := r.LastAudit
	if a == nil {
		return e.T(msg.ProfilesNeverAudited)
	}
	when := a.At.Local().Format("2006-01-02 15:04")
	if a.Error > 0 {
		return e.T(msg.ProfilesAuditErrors, a.Pass, a.Warn, a.Fail, a.Error, when)
	}
	return e.T(msg.ProfilesAudit, a.Pass, a.Warn, a.Fail, when)
}

// writeTable aligns columns by display width on a terminal (Hindi headers and
// business names have combining marks, so byte or rune counts misalign) and
// separates them with tabs elsewhere, which cut and awk read.
func writeTable(w io.Writer, rows [][]string, aligned bool) {
	// A business name with a tab or an escape sequence can neither break the
	// columns nor drive the terminal.
	for _, r := range rows {
		for i := range r {
			r[i] = safetext.Line(r[i])
		}
	}
	if !aligned {
		for _, r := range rows {
			fmt.Fprintln(w, strings.Join(r, "\t"))
		}
		return
	}
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, cell := range r {
			widths[i] = max(widths[i], lipgloss.Width(cell))
		}
	}
	for _, r := range rows {
		var b strings.Builder
		for i, cell := range r {
			b.WriteString(cell)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-lipgloss.Width(cell)+2))
			}
		}
		fmt.Fprintln(w, b.String())
	}
}
