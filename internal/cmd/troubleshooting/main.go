// Command troubleshooting writes docs/troubleshooting.md from the message
// catalog, so every error message the product can print is listed with what
// it means and what to do:
//
//	go run ./internal/cmd/troubleshooting          # rewrite the list in docs/troubleshooting.md
//	go run ./internal/cmd/troubleshooting -check   # exit 1 when it is out of date
//
// The messages come from msg (English, as printed; a value filled in at run
// time shows as …); the explanations are in entries.go.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"regexp"
	"strings"

	"paystack-setup/msg"
)

const (
	beginMarker = "<!-- BEGIN troubleshooting -->"
	endMarker   = "<!-- END troubleshooting -->"
	defaultDoc  = "docs/troubleshooting.md"
)

func main() {
	check := flag.Bool("check", false, "only report whether the page is up to date (exit 1 when not)")
	page := flag.String("doc", defaultDoc, "the page to update")
	flag.Parse()
	if missing := undocumented(); len(missing) > 0 {
		fmt.Fprintf(os.Stderr, "these error messages have no entry in internal/cmd/troubleshooting/entries.go: %s\n", strings.Join(missing, ", "))
		os.Exit(1)
	}
	old, err := os.ReadFile(*page)
	if err != nil {
		fmt.Fprintf(os.Stderr, "cannot read %s: %v (run this from the repository root)\n", *page, err)
		os.Exit(1)
	}
	updated := replaceSection(old, beginMarker, endMarker, render())
	if bytes.Equal(old, updated) {
		return
	}
	if *check {
		fmt.Fprintf(os.Stderr, "%s is out of date; run: go run ./internal/cmd/troubleshooting\n", *page)
		os.Exit(1)
	}
	if err := os.WriteFile(*page, updated, 0o644); err != nil {
		fmt.Fprintf(os.Stderr, "cannot write %s: %v\n", *page, err)
		os.Exit(1)
	}
}

// replaceSection puts body between the markers, adding the pair at the end
// when the page has none yet.
func replaceSection(doc []byte, begin, end, body string) []byte {
	s := string(doc)
	i := strings.Index(s, begin)
	j := strings.Index(s, end)
	if i < 0 || j < i {
		return []byte(strings.TrimRight(s, "\n") + "\n\n" + begin + "\n" + body + end + "\n")
	}
	return []byte(s[:i+len(begin)] + "\n" + body + s[j:])
}

// errorRule picks, per area, the messages that report a failure. Rules are
// by name, so a new message of a matching name is caught by the test until
// it has an entry.
var errorRule = regexp.MustCompile(`^(` + strings.Join([]string{
	`paystack\.(key_|err_(?:[a-z_]+))`,
	`keystore\.(no_bus|no_bus_wsl|no_secret_service|locked|timeout|canceled|too_big|not_found|read_back|stored_invalid|env_invalid|file_failed|file_not_regular|file_too_big|keyring_failed|bad_timeout|unknown_sub|set_need_stdin|key_on_command_line|set_no_args|stdin_empty|stdin_unreadable|delete_need_yes)$`,
	`state\.(?:[a-z_]+)`,
	`plans\.(amount_|file_|column_|csv_|json_|count_|fields_|input_has|empty$|not_text$|too_many_cells$|key_unknown$|name_empty$|name_too_long$|name_twice$|too_many$|currency_bad$|interval_bad$)`,
	`checks\.(webhook_url_|[a-z_]+_fix$)`,
	`cli\.(unknown_command|unknown_flag|bad_flag|flag_needs_value|bad_profile|bad_lang|no_args)$`,
	`subcmd\.(no_key|no_country|code_unknown|code_missing|create_unknown|bank_unknown|flags_missing)$`,
	`rencmd\.(no_key|json_and_csv|send_need_yes|send_non_renewing|link_code_missing|link_unknown)$`,
	`renewals\.(ledger_damaged|ledger_failed|reason_unknown)$`,
	`app\.(err_internal|need_terminal|no_config_dir|config_dir_relative)$`,
	`audit\.(unexpected_arg|all_with_input|plans_no_file|no_profiles|write_failed|not_recorded|not_recorded_locked)$`,
	`sandbox\.(not_loopback|port_in_use|listen_failed|negative|extra_args)$`,
	`wizard\.(after_failed|accessible_soon|audit_no_key|demo_no_temp_dir|locked|run_failed|save_failed|state_failed|extra_args|too_small)$`,
	`steps\.key_(no_client|no_store|word_mismatch)$`,
	`subaccount\.([a-z_]+_(empty|bad|failed|unknown)|no_banks|no_key|unknown_country|za_not_verified)$`,
	`checkout\.([a-z_]+_(empty|bad|failed)|name_taken|plans_full|import_too_many)$`,
	`accessible\.(create_unknown|not_a_choice|import_failed)$`,
	`setup\.(?:[a-z_]+)`,
	`watch\.(bad_timeout|first_not_routed|timeout_quiet)$`,
}, "|") + `)`)

// notErrors are names the rules match that are no error: the parts a state
// listing is built from, and Paystack's "next step" hint appended to an error.
var notErrors = regexp.MustCompile(`^(state\.profiles_(summary|help|examples|flag_json|col_[a-z_]+|none|never_audited|audit|audit_errors|no_value|unreadable)|paystack\.err_next_step)$`)

// isError reports whether a message tells the merchant something failed.
func isError(id msg.ID) bool {
	return errorRule.MatchString(string(id)) && !notErrors.MatchString(string(id))
}

// undocumented lists error messages without an entry (as message or fix).
func undocumented() []string {
	covered := map[msg.ID]bool{}
	for _, s := range sections {
		for _, e := range s.entries {
			covered[e.id] = true
			if e.fix != "" {
				covered[e.fix] = true
			}
		}
	}
	var missing []string
	for _, id := range msg.IDs(msg.English) {
		if isError(id) && !covered[id] {
			missing = append(missing, string(id))
		}
	}
	return missing
}

var verb = regexp.MustCompile(`%(\[[0-9]+\])?[-+# 0]*[0-9]*(\.[0-9]+)?(\[[0-9]+\])?[a-zA-Z%]`)

// printed is the English message as a merchant sees it, with each value
// filled in at run time shown as …
func printed(id msg.ID) string {
	raw, _ := msg.Raw(msg.English, id)
	return verb.ReplaceAllStringFunc(raw, func(v string) string {
		switch v[len(v)-1] {
		case '%':
			return "%"
		case 'q':
			return `"…"`
		}
		return "…"
	})
}

// quote makes a message a Markdown block quote that shows it as printed.
func quote(text string) string {
	var b strings.Builder
	for _, line := range strings.Split(text, "\n") {
		line = strings.NewReplacer("<", "&lt;", ">", "&gt;").Replace(line)
		if strings.TrimSpace(line) == "" {
			b.WriteString(">\n")
			continue
		}
		b.WriteString("> " + line + "\n")
	}
	return b.String()
}

// render is the whole section between the markers.
func render() string {
	var b strings.Builder
	b.WriteString("Every error message paystack-setup can print, as printed in English (`…` is a\n")
	b.WriteString("value filled in at run time), with what it means and what to do. In Hindi the\n")
	b.WriteString("same message appears translated. Generated from the message catalog by\n")
	b.WriteString("`go run ./internal/cmd/troubleshooting`; a test fails when an error message\n")
	b.WriteString("is missing here.\n\n")
	for _, s := range sections {
		fmt.Fprintf(&b, "## %s\n\n", s.title)
		for _, e := range s.entries {
			b.WriteString(quote(printed(e.id)))
			if e.fix != "" {
				// An audit prints a failing check's fix on the line below it.
				b.WriteString(">\n" + quote(msg.In(msg.English, msg.AuditFixLine, printed(e.fix))))
			}
			fmt.Fprintf(&b, "\n*Means:* %s  \n*Do:* %s  \n<sub>`%s`</sub>\n\n", e.means, e.do, e.id)
		}
	}
	return b.String()
}
