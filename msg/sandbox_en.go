package msg

// The sandbox command: a fake Paystack on a loopback port.
const (
	SandboxSummary       ID = "sandbox.summary"
	SandboxHelp          ID = "sandbox.help"
	SandboxFlagListen    ID = "sandbox.flag_listen"
	SandboxFlagLatency   ID = "sandbox.flag_latency"
	SandboxFlagSubs      ID = "sandbox.flag_subaccounts"
	SandboxFlagRate      ID = "sandbox.flag_rate"
	SandboxFlagUSD       ID = "sandbox.flag_usd"
	SandboxListening     ID = "sandbox.listening"
	SandboxPointProduct  ID = "sandbox.point_product"
	SandboxDemoKeys      ID = "sandbox.demo_keys"
	SandboxKeyTest       ID = "sandbox.key_test"
	SandboxKeyLive       ID = "sandbox.key_live"
	SandboxKeysWhere     ID = "sandbox.keys_where"
	SandboxSettings      ID = "sandbox.settings"
	SandboxNoLimit       ID = "sandbox.no_limit"
	SandboxRatePerSecond ID = "sandbox.rate_per_second"
	SandboxUSDOn         ID = "sandbox.usd_on"
	SandboxStopHint      ID = "sandbox.stop_hint"
	SandboxStopped       ID = "sandbox.stopped"
	SandboxNotLoopback   ID = "sandbox.not_loopback"
	SandboxPortInUse     ID = "sandbox.port_in_use"
	SandboxListenFailed  ID = "sandbox.listen_failed"
	SandboxNegative      ID = "sandbox.negative"
	SandboxExtraArgs     ID = "sandbox.extra_args"
)
