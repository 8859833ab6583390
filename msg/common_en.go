package msg

// Messages shared by every area.
const (
	AppName      ID = "app.name"
	DemoBanner   ID = "app.demo_banner"
	ErrInternal  ID = "app.err_internal"
	Interrupted  ID = "app.interrupted"
	NeedTerminal ID = "app.need_terminal"
	NoConfigDir  ID = "app.no_config_dir"
	OutputFailed ID = "app.output_failed"
	// Verbatim shows data as it is (a URL, an IP address) where a message is expected.
	Verbatim ID = "app.verbatim"
)
