package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
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
	if m := badFlagValue.FindStringSubmatch(text); m != nil {
		fmt.Fprintln(e.Err, e.T(msg.CLIBadFlagValue, m[1], "--"+m[2]))
	} else if name, found := strings.CutPrefix(text, "flag needs an argument: -"); found {
		fmt.Fprintln(e.Err, e.T(msg.CLIFlagNeedsValue, "--"+strings.TrimLeft(name, "-")))
	} else if name, found := strings.CutPrefix(text, "flag provided but not defined: -"); found {
		name = strings.TrimLeft(name, "-")
		fmt.Fprintln(e.Err, e.T(msg.CLIUnknownFlag, "--"+name))
		var known []string
		fs.VisitAll(func(f *flag.Flag) { known = append(known, f.Name) })
		for _, g := range globalFlags {
			known = append(known, g.name)
		}
		if s := suggest(name, known); s != "" {
			fmt.Fprintln(e.Err, e.T(msg.CLIDidYouMean, "--"+s))
		}
	} else {
		fmt.Fprintln(e.Err, e.T(msg.CLIBadFlag, text))
	}
	// The command's own help lists the values each flag takes; the wizard's
	// flags are the global ones, shown by the root help.
	if fs.Name() == "wizard" {
		fmt.Fprintln(e.Err, e.T(msg.CLISeeHelp))
	} else {
		fmt.Fprintln(e.Err, e.T(msg.CLISeeCommandHelp, fs.Name()))
	}
	return false
}

// badFlagValue matches the flag package's English for a value it could not
// parse, numbers, durations and booleans alike, so that it can be said in
// the merchant's language.
var badFlagValue = regexp.MustCompile(`^invalid (?:boolean )?value ("[^"]*"|\S+) for (?:flag )?-+([A-Za-z0-9-]+)`)
