// Command man writes paystack-setup's man pages, one per command, with
// cobra/doc from the command tree the binary itself runs, in English:
//
//	go run ./internal/cmd/man -out DIR -version VERSION -date UNIXTIME
//
// scripts/release runs it once and puts DIR in every archive as man/man1.
// The date is the release commit's, so two builds of one commit give the
// same pages. It is a separate program so that the binary merchants run
// carries no man page renderer.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"

	"paystack-setup/cli"
	"paystack-setup/msg"
)

func main() {
	out := flag.String("out", "", "the folder the pages are written to (created)")
	version := flag.String("version", "dev", "the version the pages name")
	date := flag.Int64("date", 0, "the pages' date, in seconds since 1970 (scripts/release: the commit time)")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: man -out DIR [-version VERSION] [-date UNIXTIME]")
		os.Exit(2)
	}
	if err := write(*out, *version, time.Unix(*date, 0).UTC()); err != nil {
		fmt.Fprintln(os.Stderr, "man:", err)
		os.Exit(1)
	}
}

// write renders every command's page into dir.
func write(dir, version string, date time.Time) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	root := cli.NewCmdRoot(&cli.Env{
		Out: io.Discard, Err: io.Discard, Getenv: func(string) string { return "" },
		Version: version, Profile: "default", Lang: msg.English,
	})
	walk(root, func(c *cobra.Command) {
		// A man page has no place for the help's notes (the environment,
		// the exit codes) but its description.
		if notes := c.Annotations[cli.NotesAnnotation]; notes != "" {
			c.Long = strings.TrimSpace(c.Long) + "\n\n" + notes
		}
	})
	return doc.GenManTree(root, &doc.GenManHeader{
		Section: "1",
		Date:    &date,
		Source:  "paystack-setup " + version,
		Manual:  "paystack-setup",
	}, dir)
}

func walk(c *cobra.Command, visit func(*cobra.Command)) {
	visit(c)
	for _, sub := range c.Commands() {
		walk(sub, visit)
	}
}
