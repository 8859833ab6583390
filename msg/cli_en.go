package msg

// Command-line messages: help, usage errors.
const (
	CLIRootHelp         ID = "cli.root_help"
	CLIUnknownCommand   ID = "cli.unknown_command"
	CLIUnknownFlag      ID = "cli.unknown_flag"
	CLIBadFlag          ID = "cli.bad_flag"
	CLIDidYouMean       ID = "cli.did_you_mean"
	CLISeeHelp          ID = "cli.see_help"
	CLIFlagNeedsValue   ID = "cli.flag_needs_value"
	CLIBadProfile       ID = "cli.bad_profile"
	CLIBadLang          ID = "cli.bad_lang"
	CLIFlagProfile      ID = "cli.flag_profile"
	CLIFlagAPIBase      ID = "cli.flag_api_base"
	CLIFlagLang         ID = "cli.flag_lang"
	CLIFlagAccessible   ID = "cli.flag_accessible"
	CLIFlagNoColor      ID = "cli.flag_no_color"
	CLIFlagDemo         ID = "cli.flag_demo"
	CLIBadHTTPTimeout   ID = "cli.bad_http_timeout"
	CLIAPIBaseElsewhere ID = "cli.api_base_elsewhere"
	CLIBadFlagValue     ID = "cli.bad_flag_value"
	CLISeeCommandHelp   ID = "cli.see_command_help"
)

func init() {
	Register(English, map[ID]string{
		CLIRootHelp: `paystack-setup connects your Paystack account to systeme.io, step by step,
and checks the connection again every time you run it.

Usage:
  paystack-setup [command] [flags]

Commands:
  (none)        the setup wizard; a finished setup opens the audit view
  audit         check the whole setup again (--json for scripts, --offline)
  key set       store your Paystack secret key (--stdin for scripts)
  key show      show the stored key, masked, its mode and where it is stored
  key delete    remove the stored key (--yes without a terminal)
  profiles      list every profile with its mode, subaccount and last audit
  sandbox       run the sandbox Paystack server on a loopback port

Global flags (before or after the command):
  --profile NAME   one Paystack account per profile (default "default")
  --api-base URL   send API calls elsewhere (default https://api.paystack.co)
  --lang en|hi     language of every message (default: from LANG, else English)
  --accessible     plain prompts for screen readers (or ACCESSIBLE=1, TERM=dumb)
  --no-color       no colour (also NO_COLOR=1)
  --demo           the wizard on the built-in sandbox: no network, no keyring
  --version        print the version
  --help           this help; "paystack-setup help COMMAND" for one command

Environment:
  PAYSTACK_SECRET_KEY   use this key instead of the stored one (never written)
  PAYSTACK_API_BASE     same as --api-base
  PAYSTACK_SETUP_KEYRING_TIMEOUT  how long to wait for the keyring (default 60s)
  PAYSTACK_SETUP_HTTP_TIMEOUT     wait per Paystack request (default 20s)

Exit codes:
  0 success · 1 a check or the operation failed · 2 usage or bad input
  130 interrupted (ctrl+c, kill, or the terminal closed); progress is kept

Examples:
  paystack-setup --demo
  paystack-setup --profile shop-ng
  paystack-setup audit --json > audit.json
  printf '%s' "$KEY" | paystack-setup key set --stdin`,
		CLIUnknownCommand:   "Unknown command %q.",
		CLIUnknownFlag:      "Unknown flag %s.",
		CLIBadFlag:          "Bad flag: %s.",
		CLIDidYouMean:       "Did you mean %s?",
		CLISeeHelp:          "Run `paystack-setup --help` to see what it accepts.",
		CLIFlagNeedsValue:   "The flag %s needs a value.",
		CLIBadFlagValue:     "%s is not a value %s can take.",
		CLISeeCommandHelp:   "Run `paystack-setup %s --help` to see its flags and the values they take.",
		CLIBadProfile:       "Profile name %q is not allowed: use letters, digits, '-', '_' or '.', at most 64 characters.",
		CLIBadLang:          "Language %q is not available: use --lang en or --lang hi.",
		CLIFlagProfile:      "one Paystack account per profile",
		CLIFlagAPIBase:      "send API calls to this base URL",
		CLIFlagLang:         "language: en or hi",
		CLIFlagAccessible:   "plain prompts for screen readers",
		CLIFlagNoColor:      "no colour",
		CLIFlagDemo:         "run on the embedded sandbox",
		CLIAPIBaseElsewhere: "Careful: calls go to %s instead of Paystack (set by --api-base or PAYSTACK_API_BASE), and your secret key goes with them. Unset it unless you run that server yourself.",
		CLIBadHTTPTimeout:   "PAYSTACK_SETUP_HTTP_TIMEOUT=%q is not a duration such as 30s or 2m; using the default of 20s.",
	})
}
