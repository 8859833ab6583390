package msg

// paystack-setup watch: new charges as they reach Paystack (issue #12 item 3).
const (
	WatchSummary      ID = "watch.summary"
	WatchNoKey        ID = "watch.no_key"
	WatchHelp         ID = "watch.help"
	WatchExamples     ID = "watch.examples"
	WatchFlagSub      ID = "watch.flag_subaccount"
	WatchFlagJSON     ID = "watch.flag_json"
	WatchFlagUntilOne ID = "watch.flag_until_one"
	WatchFlagTimeout  ID = "watch.flag_timeout"
	WatchBadTimeout   ID = "watch.bad_timeout"
	WatchStarted      ID = "watch.started"
	WatchStartedNoSub ID = "watch.started_no_subaccount"
	WatchDemo         ID = "watch.demo"
	WatchDemoSub      ID = "watch.demo_subaccount"
	WatchWaiting      ID = "watch.waiting"
	WatchPaused       ID = "watch.paused"
	WatchPaid         ID = "watch.paid"
	WatchNotPaid      ID = "watch.not_paid"
	WatchNoSub        ID = "watch.no_subaccount"
	WatchFirstRouted  ID = "watch.first_routed"
	WatchFirstNot     ID = "watch.first_not_routed"
	WatchTimeoutQuiet ID = "watch.timeout_quiet"
	WatchTimeoutEnded ID = "watch.timeout_ended"
	WatchStopped      ID = "watch.stopped"
)
