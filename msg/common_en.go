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
	NoConfigDirWin    ID = "app.no_config_dir_windows"
	OutputFailed      ID = "app.output_failed"
	// Verbatim shows data as it is (a URL, an IP address) where a message is expected.
	Verbatim ID = "app.verbatim"
	// ModeTest and ModeLive are Paystack's two modes as a word inside a
	// sentence ("webhook URL (test mode)"); see ModeText.
	ModeTest ID = "app.mode_test"
	ModeLive ID = "app.mode_live"
)

// ModeText is a Paystack mode ("test", "live") as a word of the language;
// anything else is shown as it is.
func ModeText(mode string) Text {
	switch mode {
	case "test":
		return New(ModeTest)
	case "live":
		return New(ModeLive)
	}
	return New(Verbatim, mode)
}
