package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"paystack-setup/msg"
)

// parseFlags parses a command's own flags. It prints a localized message with
// a suggestion for an unknown flag instead of the flag package's English text.
// It returns ok=false when the command must exit with ExitUsage.
func parseFlags(e *Env, fs *flag.FlagSet, args []string) (ok bool) {
	fs.SetOutput(io.Discard)
	err := fs.Parse(args)
	if err == nil {
		return true
	}
	if errors.Is(err, flag.ErrHelp) {
		return false
	}
	text := err.Error()
	if name, found := strings.CutPrefix(text, "flag provided but not defined: -"); found {
		name = strings.TrimLeft(name, "-")
		fmt.Fprintln(e.Err, msg.T(msg.CLIUnknownFlag, "--"+name))
		var known []string
		fs.VisitAll(func(f *flag.Flag) { known = append(known, f.Name) })
		for _, g := range globalFlags {
			known = append(known, g.name)
		}
		if s := suggest(name, known); s != "" {
			fmt.Fprintln(e.Err, msg.T(msg.CLIDidYouMean, "--"+s))
		}
	} else {
		fmt.Fprintln(e.Err, msg.T(msg.CLIBadFlag, text))
	}
	fmt.Fprintln(e.Err, msg.T(msg.CLISeeHelp))
	return false
}
