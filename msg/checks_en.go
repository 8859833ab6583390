package msg

// Webhook URL validation, shared by the wizard's webhook step and the audit.
const (
	ChkWebhookURLEmpty       ID = "checks.webhook_url_empty"
	ChkWebhookURLSpaces      ID = "checks.webhook_url_spaces"
	ChkWebhookURLInvalid     ID = "checks.webhook_url_invalid"
	ChkWebhookURLNoScheme    ID = "checks.webhook_url_no_scheme"
	ChkWebhookURLNotHTTPS    ID = "checks.webhook_url_not_https"
	ChkWebhookURLCredentials ID = "checks.webhook_url_credentials"
	ChkWebhookURLFragment    ID = "checks.webhook_url_fragment"
	ChkWebhookURLNoHost      ID = "checks.webhook_url_no_host"
	ChkWebhookURLNotSysteme  ID = "checks.webhook_url_not_systeme"
	ChkWebhookURLSecretKey   ID = "checks.webhook_url_secret_key"
)

// The checks engine: titles, details and fixes of every check.
const (
	ChkVerbatim                ID = "checks.verbatim"
	ChkCouldNotCheck           ID = "checks.could_not_check"
	ChkRetryFix                ID = "checks.retry_fix"
	ChkSkippedOffline          ID = "checks.skipped_offline"
	ChkSkippedNoClient         ID = "checks.skipped_no_client"
	ChkSkippedNoKey            ID = "checks.skipped_no_key"
	ChkSourceKeyring           ID = "checks.source_keyring"
	ChkSourceDemo              ID = "checks.source_demo"
	ChkSourceUnstored          ID = "checks.source_unstored"
	ChkStorageUnstored         ID = "checks.storage_unstored"
	ChkStorageUnstoredFix      ID = "checks.storage_unstored_fix"
	ChkSourceEnv               ID = "checks.source_env"
	ChkSourceFile              ID = "checks.source_file"
	ChkKeyPresentTitle         ID = "checks.key_present_title"
	ChkKeyPresentDetail        ID = "checks.key_present_detail"
	ChkKeyPresentMalformed     ID = "checks.key_present_malformed"
	ChkKeyMissing              ID = "checks.key_missing"
	ChkKeyMissingFix           ID = "checks.key_missing_fix"
	ChkKeyUnreadable           ID = "checks.key_unreadable"
	ChkKeyUnreadableFix        ID = "checks.key_unreadable_fix"
	ChkKeyFormatTitle          ID = "checks.key_format_title"
	ChkKeyFormatOK             ID = "checks.key_format_ok"
	ChkKeyFormatBad            ID = "checks.key_format_bad"
	ChkKeyModeTitle            ID = "checks.key_mode_title"
	ChkKeyModeLive             ID = "checks.key_mode_live"
	ChkKeyModeTest             ID = "checks.key_mode_test"
	ChkKeyModeTestFix          ID = "checks.key_mode_test_fix"
	ChkKeyAcceptedTitle        ID = "checks.key_accepted_title"
	ChkKeyAcceptedOK           ID = "checks.key_accepted_ok"
	ChkKeyRejected             ID = "checks.key_rejected"
	ChkKeyRejectedFix          ID = "checks.key_rejected_fix"
	ChkKeyAcceptedBlocked      ID = "checks.key_accepted_blocked"
	ChkKeyIPTitle              ID = "checks.key_ip_title"
	ChkKeyIPOK                 ID = "checks.key_ip_ok"
	ChkKeyIPBlocked            ID = "checks.key_ip_blocked"
	ChkKeyIPBlockedFix         ID = "checks.key_ip_blocked_fix"
	ChkKeyIPUnknown            ID = "checks.key_ip_unknown"
	ChkSubExistsTitle          ID = "checks.sub_exists_title"
	ChkSubNone                 ID = "checks.sub_none"
	ChkSubPickFix              ID = "checks.sub_pick_fix"
	ChkSubSkipped              ID = "checks.sub_skipped"
	ChkSubSkippedKey           ID = "checks.sub_skipped_key"
	ChkSubGone                 ID = "checks.sub_gone"
	ChkSubFound                ID = "checks.sub_found"
	ChkSubActiveTitle          ID = "checks.sub_active_title"
	ChkSubActiveOK             ID = "checks.sub_active_ok"
	ChkSubInactive             ID = "checks.sub_inactive"
	ChkSubInactiveFix          ID = "checks.sub_inactive_fix"
	ChkSubVerifiedTitle        ID = "checks.sub_verified_title"
	ChkSubVerifiedOK           ID = "checks.sub_verified_ok"
	ChkSubUnverified           ID = "checks.sub_unverified"
	ChkSubUnverifiedFix        ID = "checks.sub_unverified_fix"
	ChkSubCurrencyTitle        ID = "checks.sub_currency_title"
	ChkSubCurrencyNoPlans      ID = "checks.sub_currency_no_plans"
	ChkSubCurrencyOK           ID = "checks.sub_currency_ok"
	ChkSubCurrencyMismatch     ID = "checks.sub_currency_mismatch"
	ChkSubCurrencyFix          ID = "checks.sub_currency_fix"
	ChkCurrencyTitle           ID = "checks.currency_title"
	ChkNoPlans                 ID = "checks.no_plans"
	ChkNoPlansFix              ID = "checks.no_plans_fix"
	ChkCurrencyLocal           ID = "checks.currency_local"
	ChkCurrencyUSDOn           ID = "checks.currency_usd_on"
	ChkCurrencyUSDOff          ID = "checks.currency_usd_off"
	ChkCurrencyUSDFix          ID = "checks.currency_usd_fix"
	ChkCurrencyUSDSkipped      ID = "checks.currency_usd_skipped"
	ChkCurrencyUnsupported     ID = "checks.currency_unsupported"
	ChkCurrencyUnsupportedFix  ID = "checks.currency_unsupported_fix"
	ChkPlanIntervalNoneTitle   ID = "checks.plan_interval_none_title"
	ChkPlanIntervalTitle       ID = "checks.plan_interval_title"
	ChkPlanIntervalBad         ID = "checks.plan_interval_bad"
	ChkPlanIntervalFix         ID = "checks.plan_interval_fix"
	ChkPlanIntervalTooShort    ID = "checks.plan_interval_too_short"
	ChkPlanOneTimeRepeats      ID = "checks.plan_interval_one_time_count"
	ChkPlanIntervalUnknown     ID = "checks.plan_interval_unknown"
	ChkPlanIntervalAnswerFix   ID = "checks.plan_interval_answer_fix"
	ChkPlanAmountTitle         ID = "checks.plan_amount_title"
	ChkPlanAmountOK            ID = "checks.plan_amount_ok"
	ChkPlanAmountLow           ID = "checks.plan_amount_low"
	ChkPlanAmountLowFix        ID = "checks.plan_amount_low_fix"
	ChkPlanAmountZero          ID = "checks.plan_amount_zero"
	ChkPlanAmountZeroFix       ID = "checks.plan_amount_zero_fix"
	ChkPlanAmountNoMinimum     ID = "checks.plan_amount_no_minimum"
	ChkPlanAmountOtherCurrency ID = "checks.plan_amount_other_currency"
	ChkFirstChargeTitle        ID = "checks.first_charge_title"
	ChkFirstChargeDetail       ID = "checks.first_charge_detail"
	ChkFirstChargeNoFigure     ID = "checks.first_charge_no_figure"
	ChkFieldsTitle             ID = "checks.fields_title"
	ChkFieldsOK                ID = "checks.fields_ok"
	ChkFieldsMissing           ID = "checks.fields_missing"
	ChkFieldsFix               ID = "checks.fields_fix"
	ChkFieldEmail              ID = "checks.field_email"
	ChkFieldFirstName          ID = "checks.field_first_name"
	ChkFieldLastName           ID = "checks.field_last_name"
	ChkSystemeTitle            ID = "checks.systeme_title"
	ChkSystemeConfirmed        ID = "checks.systeme_confirmed"
	ChkSystemeConfirmedUndated ID = "checks.systeme_confirmed_undated"
	ChkSystemeNotConfirmed     ID = "checks.systeme_not_confirmed"
	ChkSystemeYourSubaccount   ID = "checks.systeme_your_subaccount"
	ChkSystemeFix              ID = "checks.systeme_fix"
	ChkIPTitle                 ID = "checks.ip_title"
	ChkIPTitleNoMode           ID = "checks.ip_title_no_mode"
	ChkWebhookTitleNoMode      ID = "checks.webhook_title_no_mode"
	ChkIPConfirmed             ID = "checks.ip_confirmed"
	ChkIPNotConfirmed          ID = "checks.ip_not_confirmed"
	ChkIPFix                   ID = "checks.ip_fix"
	ChkWebhookTitle            ID = "checks.webhook_title"
	ChkWebhookMissing          ID = "checks.webhook_missing"
	ChkWebhookMissingFix       ID = "checks.webhook_missing_fix"
	ChkWebhookReachTitle       ID = "checks.webhook_reach_title"
	ChkWebhookReachNoURL       ID = "checks.webhook_reach_no_url"
	ChkWebhookReachNotAsked    ID = "checks.webhook_reach_not_asked"
	ChkWebhookReachDemo        ID = "checks.webhook_reach_demo"
	ChkWebhookReachOK          ID = "checks.webhook_reach_ok"
	ChkWebhookReachDNS         ID = "checks.webhook_reach_dns"
	ChkWebhookReachNoDNS       ID = "checks.webhook_reach_no_dns"
	ChkWebhookReachDNSFix      ID = "checks.webhook_reach_dns_fix"
	ChkWebhookReachTLS         ID = "checks.webhook_reach_tls"
	ChkWebhookReachTLSFix      ID = "checks.webhook_reach_tls_fix"
	ChkWebhookReachFailed      ID = "checks.webhook_reach_failed"
	ChkFailedTitle             ID = "checks.failed_title"
	ChkFailedDetail            ID = "checks.failed_detail"
	ChkStorageKeyTitle         ID = "checks.storage_key_title"
	ChkStorageKeyring          ID = "checks.storage_keyring"
	ChkStorageDemo             ID = "checks.storage_demo"
	ChkStorageEnv              ID = "checks.storage_env"
	ChkStoragePlainFile        ID = "checks.storage_plain_file"
	ChkStoragePlainFileFix     ID = "checks.storage_plain_file_fix"
	ChkStoragePlainFileOpen    ID = "checks.storage_plain_file_open"
	ChkStorageStateTitle       ID = "checks.storage_state_title"
	ChkStorageNoState          ID = "checks.storage_no_state"
	ChkStorageStateOK          ID = "checks.storage_state_ok"
	ChkStorageStateOpen        ID = "checks.storage_state_open"
	ChkStorageStateFix         ID = "checks.storage_state_fix"
	ChkStorageStateForeign     ID = "checks.storage_state_foreign"
	ChkStoragePlainFileForeign ID = "checks.storage_plain_file_foreign"
	ChkStorageChownFix         ID = "checks.storage_chown_fix"
)

func init() {
	Register(English, map[ID]string{
		ChkWebhookURLEmpty:         "The webhook URL is empty. Copy it from systeme.io: Settings → Payment gateways, on the connected Paystack gateway.",
		ChkWebhookURLSpaces:        "The webhook URL contains spaces. Copy it again from systeme.io's connected gateways page, in one piece.",
		ChkWebhookURLInvalid:       "This is not a valid web address. Copy the webhook URL again from systeme.io's connected gateways page.",
		ChkWebhookURLNoScheme:      "The webhook URL must start with https://. Copy the whole URL from systeme.io's connected gateways page.",
		ChkWebhookURLNotHTTPS:      "The webhook URL starts with %s://, but Paystack needs https://. Copy the https URL from systeme.io's connected gateways page.",
		ChkWebhookURLCredentials:   "The webhook URL contains a user name or password before the host. Remove it: systeme.io's webhook URL has none.",
		ChkWebhookURLFragment:      "The webhook URL contains a # part, which is never sent to the server. Copy the URL again without it.",
		ChkWebhookURLNoHost:        "The webhook URL has no valid host name. Copy it again from systeme.io's connected gateways page.",
		ChkWebhookURLNotSysteme:    "The host %s is not systeme.io. Check that you copied the webhook URL that systeme.io shows for Paystack.",
		ChkWebhookURLSecretKey:     "This contains a Paystack secret key (sk_…), and a secret key never belongs in a URL. Copy the webhook URL again from systeme.io's connected gateways page, without the key.",
		ChkVerbatim:                "%s",
		ChkCouldNotCheck:           "Could not check: %s",
		ChkRetryFix:                "Check your internet connection and run the audit again in a few minutes.",
		ChkSkippedOffline:          "Skipped because of --offline: Paystack was not asked.",
		ChkSkippedNoClient:         "Skipped: Paystack was not contacted.",
		ChkSkippedNoKey:            "Skipped: no usable secret key.",
		ChkSourceKeyring:           "the system keyring",
		ChkSourceDemo:              "the demo's memory (not your keyring)",
		ChkSourceUnstored:          "what you typed for this run (stored nowhere)",
		ChkStorageUnstored:         "Used for this run only and stored nowhere: the next audit will find no key.",
		ChkStorageUnstoredFix:      "When the keyring works again, store it: paystack-setup key set (or key set --plain-file); or set %s before each run.",
		ChkSourceEnv:               "the PAYSTACK_SECRET_KEY environment variable",
		ChkSourceFile:              "a plain file",
		ChkKeyPresentTitle:         "Secret key stored",
		ChkKeyPresentDetail:        "%s, from %s",
		ChkKeyPresentMalformed:     "A key was found in %s, but it is not a valid secret key.",
		ChkKeyMissing:              "No secret key is stored for this profile.",
		ChkKeyMissingFix:           "Run: paystack-setup key set (copy the secret key from Paystack: Settings → API Keys & Webhooks).",
		ChkKeyUnreadable:           "The secret key could not be read: %s",
		ChkKeyUnreadableFix:        "Follow the advice above, then run the audit again; or set PAYSTACK_SECRET_KEY for this run.",
		ChkKeyFormatTitle:          "Secret key format",
		ChkKeyFormatOK:             "sk_test_ or sk_live_ followed by 40 characters.",
		ChkKeyFormatBad:            "%s",
		ChkKeyModeTitle:            "Key mode",
		ChkKeyModeLive:             "Live key: real payments.",
		ChkKeyModeTest:             "Test key: customers cannot pay for real with it.",
		ChkKeyModeTestFix:          "When you are ready to sell, run: paystack-setup --profile live. It sets up live mode as a separate profile (its own saved answers), so this test setup stays as it is. The wizard asks for the live secret key.",
		ChkKeyAcceptedTitle:        "Paystack accepts the key",
		ChkKeyAcceptedOK:           "Paystack answered with this %s key.",
		ChkKeyRejected:             "Paystack refused the key: it is wrong, revoked, or was replaced in the dashboard.",
		ChkKeyRejectedFix:          "Copy the current secret key from Paystack (Settings → API Keys & Webhooks), run paystack-setup key set, and paste it in systeme.io too.",
		ChkKeyAcceptedBlocked:      "Not known: Paystack refused this computer's IP address before checking the key.",
		ChkKeyIPTitle:              "This computer may use the key",
		ChkKeyIPOK:                 "Paystack did not block this computer's IP address.",
		ChkKeyIPBlocked:            "Paystack said: \"Your IP address is not allowed to make this call\". The key has an IP whitelist, and YOUR computer's address is not on it.",
		ChkKeyIPBlockedFix:         "To audit from this computer, add its IP address to the key's IP whitelist in Paystack (Settings → API Keys & Webhooks). systeme.io itself needs %s on the list.",
		ChkKeyIPUnknown:            "Not known: the key itself was refused.",
		ChkSubExistsTitle:          "Subaccount exists",
		ChkSubNone:                 "No subaccount is chosen for this profile.",
		ChkSubPickFix:              "Run paystack-setup and, at the subaccount step, pick one or create a new one; then choose it in systeme.io too.",
		ChkSubSkipped:              "%s not looked up. %s",
		ChkSubSkippedKey:           "%s not looked up: the key was refused (see the key checks).",
		ChkSubGone:                 "Paystack no longer has subaccount %s: it was deleted or belongs to another account or mode.",
		ChkSubFound:                "%s (%s), %s, account %s",
		ChkSubActiveTitle:          "Subaccount active",
		ChkSubActiveOK:             "Active.",
		ChkSubInactive:             "%s is switched off (not active) on Paystack, so it receives no money.",
		ChkSubInactiveFix:          "Reactivate it in Paystack (Payments → Subaccounts), or pick another one in the wizard's subaccount step.",
		ChkSubVerifiedTitle:        "Subaccount verified by Paystack",
		ChkSubVerifiedOK:           "Verified.",
		ChkSubUnverified:           "Not verified yet: a new subaccount stays unverified until Paystack reviews it.",
		ChkSubUnverifiedFix:        "Nothing to do if you created it recently; if it stays unverified for days, contact Paystack support.",
		ChkSubCurrencyTitle:        "Subaccount currency matches the plans",
		ChkSubCurrencyNoPlans:      "The subaccount is paid out in %s; no plans are recorded to compare.",
		ChkSubCurrencyOK:           "Plans and subaccount are in %s.",
		ChkSubCurrencyMismatch:     "The subaccount is paid out in %s, but plans are priced in %s.",
		ChkSubCurrencyFix:          "Price the plans in %s in systeme.io, or choose a subaccount in the plans' currency.",
		ChkCurrencyTitle:           "Currency %s",
		ChkNoPlans:                 "No price plans are recorded for this profile.",
		ChkNoPlansFix:              "Record your systeme.io prices: paystack-setup audit --plans plans.csv (columns name,amount,currency,interval,interval_count), or the wizard's checkout step.",
		ChkCurrencyLocal:           "Paystack supports %s through systeme.io.",
		ChkCurrencyUSDOn:           "International payments are on: the account holds a USD balance.",
		ChkCurrencyUSDOff:          "USD needs international payments, and this Paystack account has no USD balance.",
		ChkCurrencyUSDFix:          "In Paystack: Settings → Preferences → accept international payments, or contact Paystack (see \"How do I turn on international payments on Paystack?\").",
		ChkCurrencyUSDSkipped:      "International payments (needed for USD) not checked. %s",
		ChkCurrencyUnsupported:     "Paystack cannot take %s through systeme.io: only GHS, NGN, KES, ZAR, and USD with international payments.",
		ChkCurrencyUnsupportedFix:  "Price these plans in your Paystack currency (GHS, NGN, KES or ZAR) in systeme.io.",
		ChkPlanIntervalNoneTitle:   "Plan intervals",
		ChkPlanIntervalTitle:       "Plan \"%s\": billing interval",
		ChkPlanIntervalBad:         "Charges %s, but Paystack through systeme.io does not support multiple intervals: only every day, week, month or year.",
		ChkPlanIntervalFix:         "In systeme.io, change \"%s\" to charge every day, week, month or year.",
		ChkPlanIntervalTooShort:    "Charges %s, but Paystack through systeme.io supports no interval shorter than a day: only every day, week, month or year.",
		ChkPlanOneTimeRepeats:      "A one-time price, yet set to repeat every %d: a one-time price is charged once.",
		ChkPlanIntervalUnknown:     "\"%s\" is not an interval: a plan is charged once, or every day, week, month or year.",
		ChkPlanIntervalAnswerFix:   "Record \"%s\" as it is on systeme.io, one-time or every day, week, month or year: in the wizard's checkout step, or in your plans file with paystack-setup audit --plans FILE.",
		ChkPlanAmountTitle:         "Plan \"%s\": amount",
		ChkPlanAmountOK:            "%s is at least Paystack's minimum of %s.",
		ChkPlanAmountLow:           "%s is below Paystack's minimum of %s.",
		ChkPlanAmountLowFix:        "Raise the price in systeme.io to at least %s.",
		ChkPlanAmountZero:          "%s is not a price Paystack can charge.",
		ChkPlanAmountZeroFix:       "Check the amount in your plans file or in systeme.io.",
		ChkPlanAmountNoMinimum:     "%s: Paystack publishes no minimum for %s, so it is not checked.",
		ChkPlanAmountOtherCurrency: "%s: no minimum is known for this currency.",
		ChkFirstChargeTitle:        "First charge of a subscription in %s",
		ChkFirstChargeDetail:       "A new subscriber first sees a small authorisation charge (%s), not the plan's price; it is refunded, then the plan amount is charged on schedule.",
		ChkFirstChargeNoFigure:     "A new subscriber first sees a small authorisation charge, not the plan's price; it is refunded, then the plan amount is charged on schedule.",
		ChkFieldsTitle:             "Payment page fields",
		ChkFieldsOK:                "Email, first name and last name are on the payment page.",
		ChkFieldsMissing:           "Missing: %s. Paystack needs email, first name and last name on every systeme.io payment page.",
		ChkFieldsFix:               "Add them to your payment pages in systeme.io, then record them: paystack-setup audit --fields %s",
		ChkFieldEmail:              "Email",
		ChkFieldFirstName:          "First name",
		ChkFieldLastName:           "Last name",
		ChkSystemeTitle:            "Paystack connected in systeme.io",
		ChkSystemeConfirmed:        "You confirmed on %s that systeme.io shows the webhook URL for Paystack.",
		ChkSystemeConfirmedUndated: "You confirmed that systeme.io shows the webhook URL for Paystack.",
		ChkSystemeNotConfirmed:     "Not confirmed yet: until the secret key and the subaccount are saved in systeme.io, its payment pages cannot take Paystack payments.",
		ChkSystemeYourSubaccount:   "the subaccount you created",
		ChkSystemeFix:              "In systeme.io: profile photo → Settings → Payment gateways → Paystack → Connect. Paste the secret key, choose %s in the drop-down menu and click Save. Wait for \"Synchronization\" to finish, then confirm it in the wizard's systeme.io step.",
		ChkIPTitle:                 "IP whitelist has %s (%s mode)",
		ChkIPTitleNoMode:           "IP whitelist has %s",
		ChkWebhookTitleNoMode:      "Webhook URL",
		ChkIPConfirmed:             "You confirmed adding %s to the %s key's whitelist.",
		ChkIPNotConfirmed:          "Not confirmed for the %s key.",
		ChkIPFix:                   "In Paystack: Settings → API Keys & Webhooks → IP whitelist, add %s for %s mode, then confirm it in the wizard's IP whitelist step.",
		ChkWebhookTitle:            "Webhook URL (%s mode)",
		ChkWebhookMissing:          "No webhook URL recorded for %s mode.",
		ChkWebhookMissingFix:       "Copy the webhook URL from systeme.io's connected gateways page and paste it in Paystack (Settings → API Keys & Webhooks, %s mode). Then record it in the wizard's webhook step.",
		ChkWebhookReachTitle:       "Webhook URL reachable",
		ChkWebhookReachNoURL:       "Not tested: no valid webhook URL.",
		ChkWebhookReachNotAsked:    "Not tested. To test it, run: paystack-setup audit --probe-webhook",
		ChkWebhookReachDemo:        "Not tested in the demo: nothing leaves this computer.",
		ChkWebhookReachOK:          "The address answers (status code %d), so it is reachable.",
		ChkWebhookReachDNS:         "The host %s does not exist.",
		ChkWebhookReachNoDNS:       "Could not look up %s: this computer cannot look up even systeme.io right now, so the URL was not tested.",
		ChkWebhookReachDNSFix:      "Copy the webhook URL again from systeme.io's connected gateways page.",
		ChkWebhookReachTLS:         "The host %s has no valid HTTPS certificate, so Paystack will not deliver to it.",
		ChkWebhookReachTLSFix:      "Check that the URL is the one systeme.io shows; if it is, contact systeme.io support.",
		ChkWebhookReachFailed:      "No answer from %s within the time limit.",
		ChkFailedTitle:             "Failed renewals",
		ChkFailedDetail:            "Paystack makes no new debit attempt when a payment fails. Consider sending the customer a reminder email from systeme.io when a payment fails.",
		ChkStorageKeyTitle:         "Secret key storage",
		ChkStorageKeyring:          "In the system keyring.",
		ChkStorageDemo:             "DEMO: in memory for this run only, not in your keyring.",
		ChkStorageEnv:              "Read from %s; not stored by paystack-setup.",
		ChkStoragePlainFile:        "In a plain file, %s (you agreed on %s): anyone who can read the file can use your key.",
		ChkStoragePlainFileFix:     "When a keyring is available, move the key into it: paystack-setup key set.",
		ChkStoragePlainFileOpen:    "Your secret key is in the plain file %s, and other users of this computer can read it (permissions %s).",
		ChkStorageStateTitle:       "Saved answers file private",
		ChkStorageNoState:          "No saved answers yet.",
		ChkStorageStateOK:          "%s: only you can read it (permissions %s).",
		ChkStorageStateOpen:        "%s can be read by other users (permissions %s).",
		ChkStorageStateFix:         "Run: chmod 600 %s",
		ChkStorageStateForeign:     "%s belongs to another user account (user id %d), not to you: that user can read and change your saved answers, and your own runs may not be able to read them (the other checks then see none).",
		ChkStoragePlainFileForeign: "Your secret key is in the plain file %s, which belongs to another user account (user id %d), not to you: that user can read the key and replace it.",
		ChkStorageChownFix:         "Make the file yours and private again: sudo chown \"$(id -un)\" %s && chmod 600 %s",
	})
}
