package msg

// The long filterable list (ui/list), whose first user is the subaccount step.
const (
	ListKeyUp          ID = "subaccount.list_key_up"
	ListKeyDown        ID = "subaccount.list_key_down"
	ListKeyPageUp      ID = "subaccount.list_key_page_up"
	ListKeyPageDown    ID = "subaccount.list_key_page_down"
	ListKeyHome        ID = "subaccount.list_key_home"
	ListKeyEnd         ID = "subaccount.list_key_end"
	ListKeyPages       ID = "subaccount.list_key_pages"
	ListKeyEnds        ID = "subaccount.list_key_ends"
	ListKeySelect      ID = "subaccount.list_key_select"
	ListKeyClear       ID = "subaccount.list_key_clear"
	ListFilterPrompt   ID = "subaccount.list_filter_prompt"
	ListNothingMatches ID = "subaccount.list_nothing_matches"
	ListCount          ID = "subaccount.list_count"
	ListLoadingOf      ID = "subaccount.list_loading_of"
	ListLoading        ID = "subaccount.list_loading"
)

// The subaccount step.
const (
	SubAcctTitle              ID = "subaccount.title"
	SubAcctIntro              ID = "subaccount.intro"
	SubAcctDraftRestored      ID = "subaccount.draft_restored"
	SubAcctCurrent            ID = "subaccount.current"
	SubAcctChooseExisting     ID = "subaccount.choose_existing"
	SubAcctChooseCreate       ID = "subaccount.choose_create"
	SubAcctNoKey              ID = "subaccount.no_key"
	SubAcctColBusiness        ID = "subaccount.col_business"
	SubAcctColBank            ID = "subaccount.col_bank"
	SubAcctColAccount         ID = "subaccount.col_account"
	SubAcctColCurrency        ID = "subaccount.col_currency"
	SubAcctColVerified        ID = "subaccount.col_verified"
	SubAcctColActive          ID = "subaccount.col_active"
	SubAcctYes                ID = "subaccount.yes"
	SubAcctNo                 ID = "subaccount.no"
	SubAcctPickTitle          ID = "subaccount.pick_title"
	SubAcctNoneYet            ID = "subaccount.none_yet"
	SubAcctLoadStopped        ID = "subaccount.load_stopped"
	SubAcctBankTitle          ID = "subaccount.bank_title"
	SubAcctLoadingBanks       ID = "subaccount.loading_banks"
	SubAcctNoBanks            ID = "subaccount.no_banks"
	SubAcctUnknownCountry     ID = "subaccount.unknown_country"
	SubAcctFieldAccount       ID = "subaccount.field_account"
	SubAcctFieldAccountMobile ID = "subaccount.field_account_mobile"
	SubAcctFieldBusiness      ID = "subaccount.field_business"
	SubAcctFieldPercent       ID = "subaccount.field_percent"
	SubAcctFieldEmail         ID = "subaccount.field_email"
	SubAcctPercentHelp        ID = "subaccount.percent_help"
	SubAcctPercentBad         ID = "subaccount.percent_bad"
	SubAcctEmailBad           ID = "subaccount.email_bad"
	SubAcctBusinessEmpty      ID = "subaccount.business_empty"
	SubAcctFormHelp           ID = "subaccount.form_help"
	SubAcctResolving          ID = "subaccount.resolving"
	SubAcctResolved           ID = "subaccount.resolved"
	SubAcctResolveFailed      ID = "subaccount.resolve_failed"
	SubAcctResolveNoAccount   ID = "subaccount.resolve_account_unknown"
	SubAcctResolveKenya       ID = "subaccount.resolve_kenya"
	SubAcctResolveSouthAfrica ID = "subaccount.resolve_south_africa"
	SubAcctSummaryTitle       ID = "subaccount.summary_title"
	SubAcctSummaryBank        ID = "subaccount.summary_bank"
	SubAcctSummaryAccount     ID = "subaccount.summary_account"
	SubAcctSummaryAccountName ID = "subaccount.summary_account_name"
	SubAcctSummaryBusiness    ID = "subaccount.summary_business"
	SubAcctSummaryPercent     ID = "subaccount.summary_percent"
	SubAcctSummaryEmail       ID = "subaccount.summary_email"
	SubAcctSummaryConfirm     ID = "subaccount.summary_confirm"
	SubAcctCreating           ID = "subaccount.creating"
	SubAcctDuplicate          ID = "subaccount.duplicate"
	SubAcctRetryHint          ID = "subaccount.retry_hint"
	SubAcctCreateUnknown      ID = "subaccount.create_unknown"
	SubAcctKeyChoose          ID = "subaccount.key_choose"
	SubAcctKeyBack            ID = "subaccount.key_back"
	SubAcctKeyRetry           ID = "subaccount.key_retry"
	SubAcctKeyCancel          ID = "subaccount.key_cancel"
	SubAcctKeyNext            ID = "subaccount.key_next"
	SubAcctKeyPrevField       ID = "subaccount.key_prev_field"
	SubAcctKeyToBanks         ID = "subaccount.key_to_banks"
	SubAcctKeyReview          ID = "subaccount.key_review"
	SubAcctKeyStopWaiting     ID = "subaccount.key_stop_waiting"
	SubAcctKeyCheckID         ID = "subaccount.key_check_id"
	SubAcctKeySkip            ID = "subaccount.key_skip"
	SubAcctKeyUseAnyway       ID = "subaccount.key_use_anyway"
	SubAcctKeyPickOther       ID = "subaccount.key_pick_other"
	SubAcctWarnTitle          ID = "subaccount.warn_title"
	SubAcctWarnInactive       ID = "subaccount.warn_inactive"
	SubAcctWarnCurrency       ID = "subaccount.warn_currency"
	SubAcctWarnAsk            ID = "subaccount.warn_ask"
	SubAcctKeyCreate          ID = "subaccount.key_create"
	SubAcctZAVerifyOffer      ID = "subaccount.za_verify_offer"
	SubAcctZAVerifyPrompt     ID = "subaccount.za_verify_prompt"
	SubAcctZAIDBad            ID = "subaccount.za_id_bad"
	SubAcctZAVerified         ID = "subaccount.za_verified"
	SubAcctZANotVerified      ID = "subaccount.za_not_verified"
	SubAcctKeyVerify          ID = "subaccount.key_verify"
	SubAcctEmpty              ID = "subaccount.acct_empty"
	SubAcctNotDigits          ID = "subaccount.acct_not_digits"
	SubAcctNigeriaLength      ID = "subaccount.acct_ng_length"
	SubAcctGhanaLength        ID = "subaccount.acct_gh_length"
	SubAcctGhanaMobile        ID = "subaccount.acct_gh_mobile"
	SubAcctKenyaLength        ID = "subaccount.acct_ke_length"
	SubAcctKenyaMpesa         ID = "subaccount.acct_ke_mpesa"
	SubAcctSouthAfricaLength  ID = "subaccount.acct_za_length"
	SubAcctTooLong            ID = "subaccount.acct_too_long"
)

func init() {
	Register(English, map[ID]string{
		ListKeyUp:                 "up",
		ListKeyDown:               "down",
		ListKeyPageUp:             "page up",
		ListKeyPageDown:           "page down",
		ListKeyHome:               "first",
		ListKeyEnd:                "last",
		ListKeyPages:              "page up/down",
		ListKeyEnds:               "first/last",
		ListKeySelect:             "choose",
		ListKeyClear:              "clear filter",
		ListFilterPrompt:          "Type to filter: %s",
		ListNothingMatches:        "Nothing matches \"%s\". Press esc to clear the filter.",
		ListCount:                 "%s of %s shown",
		ListLoadingOf:             "loading %s of %s…",
		ListLoading:               "loading…",
		SubAcctTitle:              "Subaccount",
		SubAcctDraftRestored:      "The new subaccount you were filling in when you quit is kept (bank, business name, share, email); choose \"Create a new subaccount\" to carry on. The account number must be typed again.",
		SubAcctIntro:              "Paystack pays your share of each sale into a bank subaccount; systeme.io asks which one to use. Choose one you have, or create one here (step 1 of systeme.io's help article).",
		SubAcctCurrent:            "Chosen now: %s (%s)",
		SubAcctChooseExisting:     "Use a subaccount I already have",
		SubAcctChooseCreate:       "Create a new subaccount",
		SubAcctNoKey:              "Add your Paystack secret key first (step 2): the subaccounts are read with it. Press esc to go back.",
		SubAcctColBusiness:        "Business",
		SubAcctColBank:            "Bank",
		SubAcctColAccount:         "Account",
		SubAcctColCurrency:        "Cur.",
		SubAcctColVerified:        "Verified",
		SubAcctColActive:          "Active",
		SubAcctYes:                "yes",
		SubAcctNo:                 "no",
		SubAcctPickTitle:          "Choose the subaccount systeme.io should pay into",
		SubAcctNoneYet:            "This Paystack account has no subaccounts yet. Press esc and choose \"Create a new subaccount\".",
		SubAcctLoadStopped:        "Loading stopped: %s subaccounts loaded. Press r to load again.",
		SubAcctBankTitle:          "Which bank receives the money? (%s)",
		SubAcctLoadingBanks:       "Loading the list of banks…",
		SubAcctNoBanks:            "Paystack lists no banks for this country. Check the country chosen in step 1.",
		SubAcctUnknownCountry:     "The country is not set, so the bank list cannot be loaded. Go back to step 1 and choose your country.",
		SubAcctFieldAccount:       "Account number",
		SubAcctFieldAccountMobile: "Mobile money number",
		SubAcctFieldBusiness:      "Business name",
		SubAcctFieldPercent:       "Percentage Paystack keeps for the main account",
		SubAcctFieldEmail:         "Contact email",
		SubAcctPercentHelp:        "Paystack keeps %s%% of each payment for the main account; the subaccount gets the rest (%s%%). Use 0 if all of it should go to this bank account.",
		SubAcctPercentBad:         "Type a number from 0 to 100, for example 0 or 2.5.",
		SubAcctEmailBad:           "Type an email address such as name@example.com.",
		SubAcctBusinessEmpty:      "Type the business name shown to your customers.",
		SubAcctFormHelp:           "tab or enter: next field · shift+tab or esc: previous field (nothing you typed is lost)",
		SubAcctResolving:          "Checking the account name with the bank…",
		SubAcctResolved:           "Account name: %s",
		SubAcctResolveFailed:      "The account name could not be looked up: %s",
		SubAcctResolveNoAccount:   "%s does not know account number %s. Check the number and that it is at this bank.",
		SubAcctResolveKenya:       "Kenyan account names cannot be checked in advance; Paystack checks the account when it pays out. Make sure the number is right.",
		SubAcctResolveSouthAfrica: "South African accounts can be checked only with the holder's ID number. That check is optional and is offered just before the subaccount is created; Paystack checks the account when it pays out.",
		SubAcctSummaryTitle:       "Check before the subaccount is created",
		SubAcctSummaryBank:        "Bank: %s",
		SubAcctSummaryAccount:     "Account number: %s",
		SubAcctSummaryAccountName: "Account name: %s",
		SubAcctSummaryBusiness:    "Business name: %s",
		SubAcctSummaryPercent:     "Paystack keeps %s%% for the main account; this subaccount gets %s%%.",
		SubAcctSummaryEmail:       "Contact email: %s",
		SubAcctSummaryConfirm:     "Press enter to create it on Paystack, esc to change something.",
		SubAcctCreating:           "Creating the subaccount on Paystack…",
		SubAcctDuplicate:          "A subaccount for this bank account already exists: %s (%s). Press enter to use it instead of creating a second one, or esc to go back.",
		SubAcctRetryHint:          "Press r to try again (your answers are kept) or esc to go back.",
		SubAcctCreateUnknown:      "Paystack's answer did not come through clearly, and the subaccount was not found, so it was probably not created. Press r to try again: we look it up first, so it cannot be created twice.",
		SubAcctKeyChoose:          "choose",
		SubAcctKeyBack:            "back",
		SubAcctKeyRetry:           "retry",
		SubAcctKeyCancel:          "stop loading",
		SubAcctKeyNext:            "next field",
		SubAcctKeyPrevField:       "previous field",
		SubAcctKeyToBanks:         "back to the bank list",
		SubAcctKeyReview:          "review before creating",
		SubAcctKeyStopWaiting:     "stop waiting",
		SubAcctKeyCheckID:         "check with the bank",
		SubAcctKeySkip:            "skip the check",
		SubAcctKeyUseAnyway:       "use it anyway",
		SubAcctKeyPickOther:       "choose another",
		SubAcctWarnTitle:          "Before you use %s (%s):",
		SubAcctWarnInactive:       "%s is switched off (not active) on Paystack, so it receives no money until it is activated in the Paystack dashboard (Payments → Subaccounts).",
		SubAcctWarnCurrency:       "%s is paid out in %s, but your currency (step 1) is %s. Plans priced in your currency do not fit this subaccount; choose one in your currency unless you mean to change it.",
		SubAcctWarnAsk:            "Press enter to use it anyway, or esc to choose another.",
		SubAcctKeyCreate:          "create",
		SubAcctZAVerifyOffer:      "Optional: press v to have the bank check this account with the holder's South African ID number.",
		SubAcctZAVerifyPrompt:     "Account holder's South African ID number (13 digits). enter checks, esc skips:",
		SubAcctZAIDBad:            "A South African ID number has 13 digits; this one has %d.",
		SubAcctZAVerified:         "The bank confirmed the account is open and matches this ID number.",
		SubAcctZANotVerified:      "The bank could not confirm this account: %s You can still create the subaccount; Paystack checks it again when it pays out.",
		SubAcctKeyVerify:          "check account (optional)",
		SubAcctEmpty:              "Type the account number.",
		SubAcctNotDigits:          "An account number has digits only (spaces and dashes are fine); remove \"%s\".",
		SubAcctNigeriaLength:      "A Nigerian account number (NUBAN) has exactly 10 digits; this one has %d.",
		SubAcctGhanaLength:        "A Ghanaian bank account number has 10 to 16 digits; this one has %d.",
		SubAcctGhanaMobile:        "A Ghanaian mobile money number is a 10-digit phone number starting with 0, such as 0241234567; this one has %d digits.",
		SubAcctKenyaLength:        "A Kenyan bank account number has 6 to 14 digits; this one has %d.",
		SubAcctKenyaMpesa:         "An M-PESA number is a Kenyan phone number: 10 digits starting with 07 or 01, or 12 starting with 254; this one has %d digits.",
		SubAcctSouthAfricaLength:  "A South African account number has 7 to 11 digits; this one has %d.",
		SubAcctTooLong:            "An account number has at most 20 digits; this one has %d.",
	})
}
