package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"paystack-setup/msg"
)

// helpWidth is the terminal help is written for: a longer line wraps
// mid-word and breaks the aligned columns, in every language.
const helpWidth = 80

// writeHelp is cobra's help and usage, with every heading from the catalog:
// what the command does, its usage lines, its commands, its flags and the
// global ones, its notes (environment, exit codes), then its examples.
func (e *Env) writeHelp(w io.Writer, c *cobra.Command) {
	p := e.printer()
	var b strings.Builder
	section := func(heading msg.ID, body string) {
		if body == "" {
			return
		}
		b.WriteString(p.T(heading) + "\n" + body + "\n")
	}
	if long := strings.TrimSpace(c.Long); long != "" {
		b.WriteString(long + "\n\n")
	} else if c.Short != "" {
		b.WriteString(c.Short + "\n\n")
	}
	section(msg.CLIHeadUsage, usageLines(p, c))
	var commands [][2]string
	for _, sub := range c.Commands() {
		if sub.IsAvailableCommand() || sub.Name() == "help" {
			commands = append(commands, [2]string{sub.Name(), sub.Short})
		}
	}
	section(msg.CLIHeadCommands, table(commands))
	own, global := flagRows(c)
	section(msg.CLIHeadFlags, table(own))
	section(msg.CLIHeadGlobalFlags, table(global))
	if notes := strings.TrimSpace(c.Annotations[NotesAnnotation]); notes != "" {
		b.WriteString(notes + "\n\n")
	}
	if ex := strings.TrimRight(c.Example, "\n "); ex != "" {
		b.WriteString(p.T(msg.CLIHeadExamples) + "\n" + ex + "\n")
	}
	fmt.Fprint(w, strings.TrimRight(b.String(), "\n")+"\n")
}

// usageLines is how c is typed: for a group, each of its commands.
func usageLines(p *msg.Printer, c *cobra.Command) string {
	line := func(c *cobra.Command) string {
		words := []string{c.CommandPath()}
		if _, args, ok := strings.Cut(c.Use, " "); ok {
			words = append(words, args)
		}
		if c.HasSubCommands() && !c.HasParent() {
			words = append(words, p.T(msg.CLIUsageCommand))
		}
		return "  " + strings.Join(append(words, p.T(msg.CLIUsageFlags)), " ") + "\n"
	}
	if c.HasParent() && c.HasAvailableSubCommands() {
		var b strings.Builder
		if c.Runnable() && c.Annotations[groupOnlyAnnotation] == "" {
			b.WriteString(line(c))
		}
		for _, sub := range c.Commands() {
			if sub.IsAvailableCommand() {
				b.WriteString(line(sub))
			}
		}
		return b.String()
	}
	return line(c)
}

// groupOnlyAnnotation marks a group whose own Run only refuses what is not
// one of its commands (key, subaccount): its usage lines are its commands'.
const groupOnlyAnnotation = "paystack-setup/group-only"

var groupOnly = map[string]string{groupOnlyAnnotation: "true"}

// flagRows are c's own flags and the global ones, as "--name VALUE" and what
// the flag does, in the order they were defined.
func flagRows(c *cobra.Command) (own, global [][2]string) {
	globals := c.Root().PersistentFlags()
	row := func(f *pflag.Flag) [2]string {
		left := "    --" + f.Name
		if f.Shorthand != "" {
			left = "-" + f.Shorthand + ", --" + f.Name
		}
		if v := f.Annotations[valueNameAnnotation]; len(v) > 0 {
			left += " " + v[0]
		}
		return [2]string{left, f.Usage}
	}
	c.Flags().VisitAll(func(f *pflag.Flag) {
		if !f.Hidden && globals.Lookup(f.Name) == nil {
			own = append(own, row(f))
		}
	})
	globals.VisitAll(func(f *pflag.Flag) {
		if !f.Hidden {
			global = append(global, row(f))
		}
	})
	return own, global
}

// table aligns rows in two columns, the second wrapped to helpWidth under
// itself.
func table(rows [][2]string) string {
	if len(rows) == 0 {
		return ""
	}
	col := 0
	for _, r := range rows {
		col = max(col, ansi.StringWidthWc(r[0]))
	}
	col = min(col, 28) + 2 + 2 // indent, gap
	var b strings.Builder
	for _, r := range rows {
		first := "  " + r[0]
		if w := ansi.StringWidthWc(first); w < col {
			first += strings.Repeat(" ", col-w)
		} else {
			b.WriteString(first + "\n")
			first = strings.Repeat(" ", col)
		}
		b.WriteString(hang(first, strings.Repeat(" ", col), r[1], helpWidth) + "\n")
	}
	return b.String()
}
