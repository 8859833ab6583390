package msg

// Messages of the wizard steps owned by the shell's author (welcome, key,
// systeme, ipwhitelist, webhook, summary).
const (
	StCountryNG           ID = "steps.country_ng"
	StCountryGH           ID = "steps.country_gh"
	StCountryKE           ID = "steps.country_ke"
	StCountryZA           ID = "steps.country_za"
	StWelcomeTitle        ID = "steps.welcome_title"
	StKeyChoose           ID = "steps.key_choose"
	StWelcomeIntro        ID = "steps.welcome_intro"
	StWelcomeIntroDemo    ID = "steps.welcome_intro_demo"
	StWelcomeNeed         ID = "steps.welcome_need"
	StWelcomeNeedSysteme  ID = "steps.welcome_need_systeme"
	StWelcomeNeedPaystack ID = "steps.welcome_need_paystack"
	StWelcomeCountry      ID = "steps.welcome_country"
	StWelcomeCurrencyNote ID = "steps.welcome_currency_note"
	StKeyTitle            ID = "steps.key_title"
	StKeyVerify           ID = "steps.key_verify"
	StKeySaveToFile       ID = "steps.key_save_to_file"
	StKeyKeep             ID = "steps.key_keep"
	StKeyReplace          ID = "steps.key_replace"
	StKeyDemoFill         ID = "steps.key_demo_fill"
	StKeyCanceled         ID = "steps.key_canceled"
	StKeyWordMismatch     ID = "steps.key_word_mismatch"
	StKeyNoClient         ID = "steps.key_no_client"
	StKeyNoStore          ID = "steps.key_no_store"
	StKeyStoredDemo       ID = "steps.key_stored_demo"
	StKeyStoredKeyring    ID = "steps.key_stored_keyring"
	StKeyFromEnv          ID = "steps.key_from_env"
	StKeyStoredFile       ID = "steps.key_stored_file"
	StKeyModeLive         ID = "steps.key_mode_live"
	StKeyModeTest         ID = "steps.key_mode_test"
	StKeyExistingStored   ID = "steps.key_existing_stored"
	StKeyEnvNotStored     ID = "steps.key_env_not_stored"
	StKeyKeepOrReplace    ID = "steps.key_keep_or_replace"
	StKeyVerifying        ID = "steps.key_verifying"
	StKeyStoring          ID = "steps.key_storing"
	StKeyFallbackIntro    ID = "steps.key_fallback_intro"
	StKeyVerified         ID = "steps.key_verified"
	StPressEnter          ID = "steps.press_enter"
	StKeyWhere            ID = "steps.key_where"
	StKeyDemoHint         ID = "steps.key_demo_hint"
	StKeyFormatOK         ID = "steps.key_format_ok"
	StKeyPrivacy          ID = "steps.key_privacy"
	StSysTitle            ID = "steps.sys_title"
	StSysCopyYes          ID = "steps.sys_copy_yes"
	StSysCopyNo           ID = "steps.sys_copy_no"
	StSysDone             ID = "steps.sys_done"
	StSysCopyKey          ID = "steps.sys_copy_key"
	StSysCopied           ID = "steps.sys_copied"
	StSysNotCopied        ID = "steps.sys_not_copied"
	StSysCopyWarning      ID = "steps.sys_copy_warning"
	StSysCopyAsk          ID = "steps.sys_copy_ask"
	StSysCopyConfirm      ID = "steps.sys_copy_confirm"
	StSysIntro            ID = "steps.sys_intro"
	StSysNoSubaccount     ID = "steps.sys_no_subaccount"
	StSysNoKey            ID = "steps.sys_no_key"
	StSysStep1            ID = "steps.sys_step1"
	StSysStep2            ID = "steps.sys_step2"
	StSysStep3            ID = "steps.sys_step3"
	StSysStep4            ID = "steps.sys_step4"
	StSysStep5            ID = "steps.sys_step5"
	StSysStep6            ID = "steps.sys_step6"
	StSysConfirmAsk       ID = "steps.sys_confirm_ask"
	StIPTitle             ID = "steps.ip_title"
	StIPDone              ID = "steps.ip_done"
	StModeLive            ID = "steps.mode_live"
	StModeTest            ID = "steps.mode_test"
	StIPIntro             ID = "steps.ip_intro"
	StIPStep1             ID = "steps.ip_step1"
	StIPStep2             ID = "steps.ip_step2"
	StIPStep3             ID = "steps.ip_step3"
	StIPOthers            ID = "steps.ip_others"
	StIPConfirmAsk        ID = "steps.ip_confirm_ask"
	StHookTitle           ID = "steps.hook_title"
	StHookCheck           ID = "steps.hook_check"
	StHookDone            ID = "steps.hook_done"
	StHookCopy            ID = "steps.hook_copy"
	StHookEdit            ID = "steps.hook_edit"
	StHookFieldLive       ID = "steps.hook_field_live"
	StHookFieldTest       ID = "steps.hook_field_test"
	StHookIntro           ID = "steps.hook_intro"
	StHookAccepted        ID = "steps.hook_accepted"
	StHookWhere           ID = "steps.hook_where"
	StHookStep1           ID = "steps.hook_step1"
	StHookStep2           ID = "steps.hook_step2"
	StHookStep3           ID = "steps.hook_step3"
	StHookCopied          ID = "steps.hook_copied"
	StSumTitle            ID = "steps.sum_title"
	StSumRerun            ID = "steps.sum_rerun"
	StSumRunning          ID = "steps.sum_running"
	StSumStopped          ID = "steps.sum_stopped"
	StSumFinish           ID = "steps.sum_finish"
	StSumMoreAbove        ID = "steps.sum_more_above"
	StSumMoreBelow        ID = "steps.sum_more_below"
	StSumKeyAt            ID = "steps.sum_key_at"
	StSumStateDemo        ID = "steps.sum_state_demo"
	StSumKeyDemo          ID = "steps.sum_key_demo"
	StSumKeyMemory        ID = "steps.sum_key_memory"
	StSumKeyNone          ID = "steps.sum_key_none"
	StSumStateAt          ID = "steps.sum_state_at"
)

func init() {
	Register(English, map[ID]string{
		StCountryNG:           "Nigeria",
		StCountryGH:           "Ghana",
		StCountryKE:           "Kenya",
		StCountryZA:           "South Africa",
		StWelcomeTitle:        "Before you start",
		StKeyChoose:           "choose",
		StWelcomeIntro:        "This wizard connects your Paystack account to systeme.io, following systeme.io's help article step by step. Your answers are saved after every step; you can stop with ctrl+c and continue later.",
		StWelcomeIntroDemo:    "This wizard connects your Paystack account to systeme.io, following systeme.io's help article step by step. This is the demo: it talks to a built-in Paystack sandbox and saves nothing, so try every step freely.",
		StWelcomeNeed:         "What you need",
		StWelcomeNeedSysteme:  "a systeme.io account",
		StWelcomeNeedPaystack: "a Paystack account (no account yet? sign up at paystack.com/signup)",
		StWelcomeCountry:      "Your country (sets the currency and the bank list):",
		StWelcomeCurrencyNote: "Note: the supported currency depends on your country. Paystack supports GHS, NGN, KES and ZAR; USD payments can be turned on in Paystack separately.",
		StKeyTitle:            "Secret key",
		StKeyVerify:           "check with Paystack",
		StKeySaveToFile:       "save the key in the file",
		StKeyKeep:             "keep this key",
		StKeyReplace:          "replace it",
		StKeyDemoFill:         "DEMO: fill in the demo test key",
		StKeyCanceled:         "Stopped. Nothing was changed; press enter to try again.",
		StKeyWordMismatch:     "That is not the confirmation word, so the key was not written to a file. Type it exactly, or press esc to choose another option.",
		StKeyNoClient:         "This copy of paystack-setup cannot reach Paystack. Please reinstall paystack-setup.",
		StKeyNoStore:          "No key store is available. Please run paystack-setup again.",
		StKeyStoredDemo:       "In the demo the key is kept in memory for this run only; nothing is written to your keyring.",
		StKeyStoredKeyring:    "The secret key is stored in your computer's password store (the system keyring), never in a plain file.",
		StKeyFromEnv:          "The secret key comes from the environment variable PAYSTACK_SECRET_KEY (this shell only); it is not written to the keyring.",
		StKeyStoredFile:       "The secret key is stored in a plain file you agreed to: %s. Move it to the keyring when you can (`paystack-setup key set`).",
		StKeyModeLive:         "LIVE mode: real money",
		StKeyModeTest:         "test mode",
		StKeyExistingStored:   "A secret key is already saved for this profile:",
		StKeyEnvNotStored:     "To use another key, change or unset PAYSTACK_SECRET_KEY and run paystack-setup again. Press enter to check this one with Paystack.",
		StKeyKeepOrReplace:    "Press enter to keep it (it is checked with Paystack again), or r to replace it.",
		StKeyVerifying:        "Checking the key with Paystack… (esc cancels)",
		StKeyStoring:          "Saving the key in your system's keyring… (an unlock window may appear; esc cancels)",
		StKeyFallbackIntro:    "The key works, but it could not be saved in a keyring. Choose what to do:",
		StKeyVerified:         "Paystack accepted the secret key.",
		StPressEnter:          "Press enter to continue.",
		StKeyWhere:            "Find your secret key in the Paystack dashboard: Settings (left panel) → API Keys & Webhooks → click the eye icon next to the secret key, then copy it and paste it here. It starts with sk_test_ or sk_live_.",
		StKeyDemoHint:         "Press ctrl+d to fill in the sandbox's demo test key.",
		StKeyFormatOK:         "Looks like a secret key: %s",
		StKeyPrivacy:          "The key is hidden while you type and is never shown on screen.",
		StSysTitle:            "Connect in systeme.io",
		StSysCopyYes:          "yes",
		StSysCopyNo:           "no",
		StSysDone:             "I see the webhook URL",
		StSysCopyKey:          "copy secret key",
		StSysCopied:           "The secret key was sent to your clipboard. Paste it in systeme.io, then copy something else to clear it.",
		StSysNotCopied:        "Not copied.",
		StSysCopyWarning:      "Careful: other apps can read the clipboard, and it may be kept in clipboard history or synced to your other devices. A program that records this terminal session may keep it too. Anyone with your secret key can use your Paystack account.",
		StSysCopyAsk:          "Copy the secret key to the clipboard anyway? (y/n)",
		StSysCopyConfirm:      "Press y once more to copy the secret key now, or n to cancel.",
		StSysIntro:            "Now connect Paystack inside systeme.io (this wizard cannot do it for you):",
		StSysNoSubaccount:     "the one you created (go back to the subaccount step to choose one)",
		StSysNoKey:            "your secret key",
		StSysStep1:            "In systeme.io click your profile photo → Settings → Payment gateways.",
		StSysStep2:            "Next to Paystack click Connect.",
		StSysStep3:            "Paste your secret key (%s).",
		StSysStep4:            "In the drop-down menu choose the subaccount: %s.",
		StSysStep5:            "Click Save to validate the integration.",
		StSysStep6:            "Wait while the integration is in the \"Synchronization\" stage; when it ends, the webhook URL appears on the connected gateways page.",
		StSysConfirmAsk:       "Press enter when you see the webhook URL in systeme.io.",
		StIPTitle:             "IP whitelist",
		StIPDone:              "I added it",
		StModeLive:            "Live",
		StModeTest:            "Test",
		StIPIntro:             "systeme.io calls Paystack from this IP address. Paystack refuses your key's requests from it unless it is on the key's IP whitelist:",
		StIPStep1:             "In the Paystack dashboard open Settings → API Keys & Webhooks.",
		StIPStep2:             "Find the IP whitelist of your %s secret key (test and live keys each have their own).",
		StIPStep3:             "Add %s and save.",
		StIPOthers:            "Only this address is needed here. systeme.io also lists 185.236.142.2 and 185.236.142.3, but only as the addresses its webhooks come from; they do not need to be on the IP whitelist.",
		StIPConfirmAsk:        "Press enter once %s is on the IP whitelist of your %s key.",
		StHookTitle:           "Webhook URL",
		StHookCheck:           "check",
		StHookDone:            "done, I pasted it",
		StHookCopy:            "copy URL",
		StHookEdit:            "edit",
		StHookFieldLive:       "Live Webhook URL",
		StHookFieldTest:       "Test Webhook URL",
		StHookIntro:           "Copy the webhook URL that systeme.io shows on the connected gateways page and paste it here:",
		StHookAccepted:        "Webhook URL:",
		StHookWhere:           "Now paste it in Paystack:",
		StHookStep1:           "In the Paystack dashboard open Settings (left panel) → API Keys & Webhooks.",
		StHookStep2:           "Paste the URL into the %s field.",
		StHookStep3:           "Click Save changes. The URL is printed again when this wizard ends.",
		StHookCopied:          "Sent to your clipboard (if your terminal allows it). You can also select the line above.",
		StSumTitle:            "Summary",
		StSumRerun:            "check again",
		StSumRunning:          "Checking your setup with Paystack… (esc cancels)",
		StSumStopped:          "Checks stopped. Press r to run them again.",
		StSumFinish:           "Finish",
		StSumMoreAbove:        "↑ %d more above",
		StSumMoreBelow:        "↓ %d more below",
		StSumKeyAt:            "Secret key: %s",
		StSumKeyDemo:          "DEMO: kept in memory for this run only; nothing was written to your keyring.",
		StSumKeyMemory:        "used for this run only and stored nowhere. Before running paystack-setup again, put it in PAYSTACK_SECRET_KEY in your shell as step 2 showed.",
		StSumKeyNone:          "none found for this run; add it in step 2.",
		StSumStateDemo:        "DEMO: answers are kept in a temporary folder that is deleted when the demo ends.",
		StSumStateAt:          "Answers (never the key) saved in %s",
	})
}
