package msg

// Messages shared by every area.
const (
	AppName           ID = "app.name"
	ConfigDirRelative ID = "app.config_dir_relative"
	DemoBanner        ID = "app.demo_banner"
	ErrInternal       ID = "app.err_internal"
	Interrupted       ID = "app.interrupted"
	NeedTerminal      ID = "app.need_terminal"
	NoConfigDir       ID = "app.no_config_dir"
	OutputFailed      ID = "app.output_failed"
)

func init() {
	Register(English, map[ID]string{
		AppName:           "paystack-setup",
		ConfigDirRelative: "%s is %q, which is not a full path, so your answers would be kept in a different place depending on the folder you run paystack-setup from. Set it to a full path (one that starts at the top of the disk) or unset it, then run again.",
		DemoBanner:        "DEMO · sandbox Paystack, nothing real is touched",
		ErrInternal:       "Something went wrong inside paystack-setup. Your answers are saved. Please run it again; if it repeats, report it with the output of `paystack-setup --version`.",
		Interrupted:       "Stopped. Your progress is saved: run paystack-setup again to resume.",
		NoConfigDir:       "paystack-setup cannot tell where to keep your answers: HOME is not set (or XDG_CONFIG_HOME is not a full path starting with /). Set HOME to your home folder, for example `export HOME=/home/yourname`, and run it again. `paystack-setup --demo` works without it.",
		OutputFailed:      "Could not write the output, so it is incomplete. Check where it goes: the disk may be full, or the command reading it may have stopped.",
		NeedTerminal:      "paystack-setup needs an interactive terminal for the wizard. In scripts use `paystack-setup audit` (add --json for machines) or `paystack-setup key set --stdin`.",
	})
}
