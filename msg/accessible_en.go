package msg

// Messages of accessible mode (plain sequential prompts, ui/accessible).
const (
	AccAllDone             ID = "accessible.all_done"
	AccAlreadyDone         ID = "accessible.already_done"
	AccAuditCounts         ID = "accessible.audit_counts"
	AccBankCount           ID = "accessible.bank_count"
	AccBankCurrent         ID = "accessible.bank_current"
	AccBye                 ID = "accessible.bye"
	AccChecking            ID = "accessible.checking"
	AccChoose              ID = "accessible.choose"
	AccChooseDefault       ID = "accessible.choose_default"
	AccChooseOptional      ID = "accessible.choose_optional"
	AccContinue            ID = "accessible.continue"
	AccCreateChange        ID = "accessible.create_change"
	AccCreateUnknown       ID = "accessible.create_unknown"
	AccCreateYes           ID = "accessible.create_yes"
	AccZAVerifyOption      ID = "accessible.za_verify_option"
	AccZAIDPrompt          ID = "accessible.za_id_prompt"
	AccCurrencyChosen      ID = "accessible.currency_chosen"
	AccDuplicate           ID = "accessible.duplicate"
	AccDuplicateUse        ID = "accessible.duplicate_use"
	AccEnterKeeps          ID = "accessible.enter_keeps"
	AccFieldChosen         ID = "accessible.field_chosen"
	AccFieldsChosen        ID = "accessible.fields_chosen"
	AccFieldsIntro         ID = "accessible.fields_intro"
	AccFieldsPrompt        ID = "accessible.fields_prompt"
	AccFix                 ID = "accessible.fix"
	AccIPConfirm           ID = "accessible.ip_confirm"
	AccKeyFromEnv          ID = "accessible.key_from_env"
	AccKeyKeep             ID = "accessible.key_keep"
	AccKeyNotHidden        ID = "accessible.key_not_hidden"
	AccKeyOther            ID = "accessible.key_other"
	AccKeyPrompt           ID = "accessible.key_prompt"
	AccKeyReplace          ID = "accessible.key_replace"
	AccKeySaved            ID = "accessible.key_saved"
	AccKeyTestNote         ID = "accessible.key_test_note"
	AccKeyWorks            ID = "accessible.key_works"
	AccLoadingSubaccounts  ID = "accessible.loading_subaccounts"
	AccNeedKey             ID = "accessible.need_key"
	AccNoBack              ID = "accessible.no_back"
	AccNoSubaccounts       ID = "accessible.no_subaccounts"
	AccNotAChoice          ID = "accessible.not_a_choice"
	AccPercentExplain      ID = "accessible.percent_explain"
	AccPlanAdded           ID = "accessible.plan_added"
	AccPlanLinePrompt      ID = "accessible.plan_line_prompt"
	AccPlansFull           ID = "accessible.plans_full"
	AccPlanRemoved         ID = "accessible.plan_removed"
	AccPlansCurrent        ID = "accessible.plans_current"
	AccPlansFile           ID = "accessible.plans_file"
	AccPlansKeep           ID = "accessible.plans_keep"
	AccPlansLineHelp       ID = "accessible.plans_line_help"
	AccPlansType           ID = "accessible.plans_type"
	AccRedoIntro           ID = "accessible.redo_intro"
	AccResuming            ID = "accessible.resuming"
	AccSearchAll           ID = "accessible.search_all"
	AccSearchBank          ID = "accessible.search_bank"
	AccSearchNone          ID = "accessible.search_none"
	AccSearchPick          ID = "accessible.search_pick"
	AccSearchSome          ID = "accessible.search_some"
	AccSearchSubaccount    ID = "accessible.search_subaccount"
	AccStepHeader          ID = "accessible.step_header"
	AccSubaccountChosen    ID = "accessible.subaccount_chosen"
	AccSubaccountCount     ID = "accessible.subaccount_count"
	AccSubaccountCreated   ID = "accessible.subaccount_created"
	AccSubaccountLine      ID = "accessible.subaccount_line"
	AccSystemeConfirm      ID = "accessible.systeme_confirm"
	AccTryAgain            ID = "accessible.try_again"
	AccVerdicts            ID = "accessible.verdicts"
	AccWebhookConfirm      ID = "accessible.webhook_confirm"
	AccWebhookKeep         ID = "accessible.webhook_keep"
	AccWebhookPrompt       ID = "accessible.webhook_prompt"
	AccWebhookRetype       ID = "accessible.webhook_retype"
	AccWelcomeBack         ID = "accessible.welcome_back"
	AccPlansIntro          ID = "accessible.plans_intro"
	AccImportPrompt        ID = "accessible.import_prompt"
	AccImportFailed        ID = "accessible.import_failed"
	AccImported            ID = "accessible.imported"
	AccRecovered           ID = "accessible.recovered"
	AccCheckingExisting    ID = "accessible.checking_existing"
	AccKeyEnvFix           ID = "accessible.key_env_fix"
	AccSumKeyUnread        ID = "accessible.sum_key_unread"
	AccMaskedDigits        ID = "accessible.masked_digits"
	AccFieldsMissing       ID = "accessible.fields_missing"
	AccSearchPickMore      ID = "accessible.search_pick_more"
	AccDemoKeyHint         ID = "accessible.demo_key_hint"
	AccFieldsMissingPrompt ID = "accessible.fields_missing_prompt"
	AccWarnUseAnyway       ID = "accessible.warn_use_anyway"
	AccWarnPickOther       ID = "accessible.warn_pick_other"
)

func init() {
	Register(English, map[ID]string{
		AccAllDone:             "Setup finished. Run paystack-setup again at any time to check it (the audit) or to change a step.",
		AccAlreadyDone:         "Setup is already complete for this profile. Checking it now.",
		AccAuditCounts:         "Result: %d passed, %d with a warning, %d failed, %d skipped, %d could not be checked.",
		AccBankCount:           "Banks Paystack lists for this country: %d.",
		AccBankCurrent:         "Chosen before: %s. Type its name again to keep it.",
		AccBye:                 "Nothing changed. Goodbye.",
		AccChecking:            "Checking with Paystack…",
		AccChoose:              "Type a number from 1 to %d:",
		AccChooseDefault:       "Type a number from 1 to %d (Enter chooses %d):",
		AccChooseOptional:      "Type a number from 1 to %d, or press Enter to finish:",
		AccContinue:            "Press Enter to continue:",
		AccCreateChange:        "Change something",
		AccCreateUnknown:       "Paystack's answer did not come through clearly, and the subaccount was not found, so it was probably not created. Choose 1 to try again: it is looked up first, so it cannot be created twice.",
		AccCreateYes:           "Create it on Paystack",
		AccZAVerifyOption:      "First have the bank check this account with the holder's South African ID number (optional)",
		AccZAIDPrompt:          "Account holder's South African ID number, 13 digits (Enter alone skips the check):",
		AccCurrencyChosen:      "%s: payments in %s.",
		AccDuplicate:           "A subaccount for this bank account already exists: %s (%s).",
		AccDuplicateUse:        "Use it instead of creating a second one",
		AccEnterKeeps:          "(Enter keeps: %s)",
		AccFieldChosen:         "(chosen)",
		AccFieldsChosen:        "Fields: %s.",
		AccFieldsIntro:         "Which fields do your systeme.io payment pages ask for? Paystack needs Email, First name and Last name.",
		AccFieldsPrompt:        "Type the numbers or names of every field your pages ask for, separated by commas (for example 1,2,3); this replaces the list. Enter alone keeps the fields marked chosen:",
		AccFix:                 "Fix: %s",
		AccIPConfirm:           "Press Enter once %s is on the IP whitelist of your %s key:",
		AccKeyFromEnv:          "The secret key comes from the environment variable PAYSTACK_SECRET_KEY: %s (%s). It is not written to the keyring.",
		AccKeyKeep:             "Keep this key (it is checked with Paystack again)",
		AccKeyNotHidden:        "Warning: the input is not a terminal, so the key cannot be hidden by this program. It is read as a line and never printed.",
		AccKeyOther:            "Type another key",
		AccKeyPrompt:           "Paste your secret key (nothing is shown while you type), then press Enter:",
		AccKeyReplace:          "Replace it with another key",
		AccKeySaved:            "A secret key is already saved for this profile: %s (%s).",
		AccKeyTestNote:         "A test key moves no real money. Use your live key (sk_live_) when you are ready to take payments.",
		AccKeyWorks:            "Paystack accepted the key %s (%s).",
		AccLoadingSubaccounts:  "Loading your subaccounts from Paystack…",
		AccNeedKey:             "The secret key is needed for this step. Going back to the secret key step.",
		AccNoBack:              "This is the first question; there is nothing to go back to.",
		AccNoSubaccounts:       "This Paystack account has no subaccounts yet. Choose \"Create a new subaccount\".",
		AccNotAChoice:          "\"%s\" is not one of the choices. Type a number from 1 to %d, or b to go back.",
		AccPercentExplain:      "Percentage charge: the share of each payment Paystack keeps in your main Paystack account. The rest goes to this bank account. Type 0 to send everything to this bank account.",
		AccPlanAdded:           "Added: %s",
		AccPlanLinePrompt:      "Plan %d (Enter when done):",
		AccPlansFull:           "That is %d plans, the most paystack-setup keeps; no more are asked for.",
		AccPlanRemoved:         "The last plan typed was removed.",
		AccPlansCurrent:        "Plans saved now (%d):",
		AccPlansFile:           "Read them from a CSV or JSON file",
		AccPlansKeep:           "Keep the plans as they are (one-off prices need no plan)",
		AccPlansLineHelp:       "Type one plan per line: %s. For example: Gold, 5000, NGN, month, 1. Type b to remove the last plan.",
		AccPlansType:           "Type them here, one per line (replaces the saved plans)",
		AccRedoIntro:           "To change a step, type its number:",
		AccResuming:            "Welcome back. Continuing at: %s.",
		AccSearchAll:           "%d found:",
		AccSearchBank:          "Type part of the bank name (Enter lists the first ones):",
		AccSearchNone:          "Nothing matches \"%s\". Type other letters.",
		AccSearchPick:          "Type the number (%d to %d), or more letters to narrow:",
		AccSearchSome:          "%d matches; reading %d to %d:",
		AccSearchSubaccount:    "Type part of the business name, bank or account number (Enter lists the first ones):",
		AccStepHeader:          "Step %d of %d: %s",
		AccSubaccountChosen:    "Subaccount chosen: %s (%s).",
		AccSubaccountCount:     "Subaccounts found: %d.",
		AccSubaccountCreated:   "Subaccount created on Paystack: %s (%s).",
		AccSubaccountLine:      "%s, bank %s, account %s, %s, verified: %s, active: %s",
		AccSystemeConfirm:      "Press Enter when you see the webhook URL in systeme.io:",
		AccTryAgain:            "Try again",
		AccVerdicts:            "Checks of your fields and plans:",
		AccWebhookConfirm:      "Press Enter when it is saved in the %s field:",
		AccWebhookKeep:         "Use this URL anyway",
		AccWebhookPrompt:       "Paste the webhook URL:",
		AccWebhookRetype:       "Type it again",
		AccWelcomeBack:         "At any question, type b to go back one question (nothing is lost).",
		AccPlansIntro:          "Your price plans, as set on your systeme.io payment pages:",
		AccImportPrompt:        "Path of a CSV or JSON file with your plans (columns: name, amount, currency, interval, interval_count), or Enter to go back:",
		AccImportFailed:        "Nothing was imported; your plans are unchanged. Fix the file and try again:",
		AccImported:            "Plans imported (%d):",
		AccRecovered:           "Paystack's answer did not come through clearly, but the subaccount was created: %s (%s). Using it.",
		AccCheckingExisting:    "Looking for an existing subaccount with this bank account…",
		AccKeyEnvFix:           "To use another key, change or unset PAYSTACK_SECRET_KEY, then run paystack-setup again.",
		AccSumKeyUnread:        "none could be read (the reason is above). Fix that, or store the key again: paystack-setup key set",
		AccMaskedDigits:        "ending in %s",
		AccDemoKeyHint:         "DEMO: type d and press Enter to use the sandbox's demo test key.",
		AccSearchPickMore:      "Type the number (%d to %d), more letters to narrow, or press Enter to hear the next ones:",
		AccFieldsMissing:       "This list leaves out %s, which Paystack needs on every systeme.io payment page.",
		AccFieldsMissingPrompt: "Type the fields again (for example 1,2,3,4), or press Enter to keep this list anyway:",
		AccWarnUseAnyway:       "Use it anyway",
		AccWarnPickOther:       "Choose another subaccount",
	})
}
