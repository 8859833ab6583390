package msg

// paystack-setup renewals, renewals send-links and renewals link: the
// renewals view's list and actions as commands (issue #13).
const (
	RenCmdSummary     ID = "rencmd.summary"
	RenCmdHelp        ID = "rencmd.help"
	RenCmdExamples    ID = "rencmd.examples"
	RenCmdFlagJSON    ID = "rencmd.flag_json"
	RenCmdFlagCSV     ID = "rencmd.flag_csv"
	RenCmdFlagReason  ID = "rencmd.flag_reason"
	RenCmdJSONAndCSV  ID = "rencmd.json_and_csv"
	RenCmdNoKey       ID = "rencmd.no_key"
	RenCmdColAmount   ID = "rencmd.col_amount"
	RenCmdViewStopped ID = "rencmd.view_stopped"

	RenCmdSendSummary     ID = "rencmd.send_summary"
	RenCmdSendHelp        ID = "rencmd.send_help"
	RenCmdSendExamples    ID = "rencmd.send_examples"
	RenCmdFlagSendReason  ID = "rencmd.flag_send_reason"
	RenCmdFlagYes         ID = "rencmd.flag_yes"
	RenCmdFlagDryRun      ID = "rencmd.flag_dry_run"
	RenCmdSendNeedYes     ID = "rencmd.send_need_yes"
	RenCmdSendNonRenewing ID = "rencmd.send_non_renewing"
	RenCmdSendNobody      ID = "rencmd.send_nobody"
	RenCmdSendWill        ID = "rencmd.send_will"
	RenCmdSendWould       ID = "rencmd.send_would"
	RenCmdSendAsk         ID = "rencmd.send_ask"
	RenCmdSendProgress    ID = "rencmd.send_progress"

	RenCmdLinkSummary     ID = "rencmd.link_summary"
	RenCmdLinkHelp        ID = "rencmd.link_help"
	RenCmdLinkExamples    ID = "rencmd.link_examples"
	RenCmdLinkCodeMissing ID = "rencmd.link_code_missing"
	RenCmdLinkUnknown     ID = "rencmd.link_unknown"
)
