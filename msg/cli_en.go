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
