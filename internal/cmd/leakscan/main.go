// Command leakscan fails when any file under the given paths holds a secret key.
//
//	go run ./internal/cmd/leakscan [-key-env NAME]... PATH...
//
// The keys to look for are read from environment variables (never from the
// command line, where other users of the machine could read them); besides
// them, anything shaped like a full Paystack secret key is a hit.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"paystack-setup/internal/leakscan"
)

type names []string

func (n *names) String() string     { return strings.Join(*n, ",") }
func (n *names) Set(v string) error { *n = append(*n, v); return nil }

func main() {
	var keyEnvs names
	flag.Var(&keyEnvs, "key-env", "environment variable holding a key to look for (repeatable)")
	flag.Parse()
	var keys []string
	for _, name := range keyEnvs {
		if v := os.Getenv(name); v != "" {
			keys = append(keys, v)
		}
	}
	hits, err := leakscan.Scan(keys, flag.Args())
	for _, h := range hits {
		fmt.Fprintln(os.Stderr, "LEAK:", h)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "leakscan:", err)
		os.Exit(2)
	}
	if len(hits) > 0 {
		os.Exit(1)
	}
	fmt.Printf("leakscan: no key found under %s\n", strings.Join(flag.Args(), " "))
}
