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

func init() {
	Register(English, map[ID]string{
		SandboxSummary: "run the sandbox Paystack server on a loopback port",
		SandboxHelp: `paystack-setup sandbox — a fake Paystack on this machine

Answers Paystack's balance, subaccount, bank and plan endpoints from memory,
with realistic banks for Nigeria, Ghana, Kenya and South Africa. Nothing
leaves this machine and no real money or account is involved. It accepts
only the demo keys and keeps running until you press ctrl+c.

Usage:
  paystack-setup sandbox [--listen 127.0.0.1:8089] [--latency 0]
                         [--subaccounts N] [--rate N] [--usd]

Flags:
  --listen ADDR      loopback address to listen on (default 127.0.0.1:8089;
                     port 0 picks a free one)
  --latency DUR      delay added to every answer, e.g. 300ms (default 0)
  --subaccounts N    add N generated subaccounts to the seeded ones
  --rate N           answer 429 past N requests a second (default: no limit)
  --usd              add a USD balance, as when international payments are on

Examples:
  paystack-setup sandbox
  paystack-setup sandbox --latency 800ms --subaccounts 5000
  PAYSTACK_API_BASE=http://127.0.0.1:8089 paystack-setup audit`,
		SandboxFlagListen:    "loopback address to listen on",
		SandboxFlagLatency:   "delay added to every answer",
		SandboxFlagSubs:      "generated subaccounts to add",
		SandboxFlagRate:      "requests a second before 429",
		SandboxFlagUSD:       "add a USD balance",
		SandboxListening:     "Sandbox Paystack is listening on %s (nothing leaves this machine).",
		SandboxPointProduct:  "Point paystack-setup at it from another terminal:\n  PAYSTACK_API_BASE=%s paystack-setup",
		SandboxDemoKeys:      "It accepts only the demo secret keys:",
		SandboxKeyTest:       "  test mode: %s",
		SandboxKeyLive:       "  live mode: %s",
		SandboxKeysWhere:     "The full demo key values are in the README, section \"Sandbox\". They are public fake keys that work only here, so pasting them is fine.",
		SandboxSettings:      "Latency: %s. Rate limit: %s. Extra subaccounts: %d.",
		SandboxNoLimit:       "none",
		SandboxRatePerSecond: "%d requests a second",
		SandboxUSDOn:         "A USD balance is on, as when international payments are enabled.",
		SandboxStopHint:      "Press ctrl+c to stop.",
		SandboxStopped:       "Sandbox stopped. Requests answered: %d.",
		SandboxNotLoopback:   "%s is not a loopback address. The sandbox only listens on this machine: use 127.0.0.1, ::1 or localhost, e.g. --listen 127.0.0.1:8089.",
		SandboxPortInUse:     "Port %s is already in use. Stop the program using it, or pick another port, e.g. --listen 127.0.0.1:0 for any free port.",
		SandboxListenFailed:  "Could not listen on %s. Check the address, or try --listen 127.0.0.1:0 for any free port.",
		SandboxNegative:      "--%s cannot be negative (you gave %s).",
		SandboxExtraArgs:     "sandbox takes only flags, not %q.",
	})
}
