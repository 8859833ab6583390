package cli

import (
	"io"

	"github.com/spf13/cobra"

	"paystack-setup/msg"
)

// newCmdCompletion is `paystack-setup completion bash|zsh|fish|powershell`:
// cobra's completion scripts, with the help of each in the catalog's words
// (cobra's own completion command says them in English only). The scripts
// ask the program itself for completions, so commands, flags and their
// descriptions come in the merchant's language, and --profile completes to
// the profiles set up on this computer.
func newCmdCompletion(e *Env) *cobra.Command {
	p := e.printer()
	cmd := &cobra.Command{
		Use:         "completion",
		Short:       p.T(msg.CLICompletionSummary),
		Long:        p.T(msg.CLICompletionHelp),
		Example:     p.T(msg.CLICompletionExamples),
		Annotations: map[string]string{keepsNothingAnnotation: "true", groupOnlyAnnotation: "true"},
		Args:        cobra.ArbitraryArgs,
		RunE: func(c *cobra.Command, args []string) error {
			if len(args) == 0 {
				e.writeHelp(e.Err, c)
				return exitWith(ExitUsage)
			}
			return unknownCommand(c, args[0], msg.New(msg.CLIUnknownCommand, args[0]))
		},
	}
	shells := []struct {
		name          string
		summary, help msg.ID
		write         func(root *cobra.Command, w io.Writer, descriptions bool) error
	}{
		{"bash", msg.CLICompletionBash, msg.CLICompletionBashHelp, func(root *cobra.Command, w io.Writer, d bool) error {
			return root.GenBashCompletionV2(w, d)
		}},
		{"zsh", msg.CLICompletionZsh, msg.CLICompletionZshHelp, func(root *cobra.Command, w io.Writer, d bool) error {
			if d {
				return root.GenZshCompletion(w)
			}
			return root.GenZshCompletionNoDesc(w)
		}},
		{"fish", msg.CLICompletionFish, msg.CLICompletionFishHelp, func(root *cobra.Command, w io.Writer, d bool) error {
			return root.GenFishCompletion(w, d)
		}},
		{"powershell", msg.CLICompletionPowerShell, msg.CLICompletionPowerShellHelp, func(root *cobra.Command, w io.Writer, d bool) error {
			if d {
				return root.GenPowerShellCompletionWithDesc(w)
			}
			return root.GenPowerShellCompletion(w)
		}},
	}
	for _, sh := range shells {
		var noDescriptions bool
		sub := &cobra.Command{
			Use:   sh.name,
			Short: p.T(sh.summary),
			Long:  p.T(sh.help),
			Args: noArgs(func(arg string) msg.Text {
				return msg.New(msg.CLINoArgs, "completion "+sh.name, arg)
			}),
			RunE: func(c *cobra.Command, _ []string) error {
				return sh.write(c.Root(), c.OutOrStdout(), !noDescriptions)
			},
		}
		sub.Flags().BoolVar(&noDescriptions, "no-descriptions", false, p.T(msg.CLIFlagNoDescriptions))
		cmd.AddCommand(sub)
	}
	return cmd
}
