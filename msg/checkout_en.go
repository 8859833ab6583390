package msg

// The checkout and plans step.
const (
	CkTitle          ID = "checkout.title"
	CkFieldsIntro    ID = "checkout.fields_intro"
	CkFieldEmail     ID = "checkout.field_email"
	CkFieldFirstName ID = "checkout.field_first_name"
	CkFieldLastName  ID = "checkout.field_last_name"
	CkFieldsFixHere  ID = "checkout.fields_fix_here"
	CkFieldPhone     ID = "checkout.field_phone"
	CkFieldAddress   ID = "checkout.field_address"
	CkFieldCity      ID = "checkout.field_city"
	CkFieldState     ID = "checkout.field_state"
	CkFieldCountry   ID = "checkout.field_country"
	CkFieldPostcode  ID = "checkout.field_postcode"
	CkFieldCompany   ID = "checkout.field_company"
	CkPlansIntro     ID = "checkout.plans_intro"
	CkPlansNone      ID = "checkout.plans_none"
	CkColName        ID = "checkout.col_name"
	CkColAmount      ID = "checkout.col_amount"
	CkColInterval    ID = "checkout.col_interval"
	CkColStatus      ID = "checkout.col_status"
	CkStatusOK       ID = "checkout.status_ok"
	CkStatusProblem  ID = "checkout.status_problem"
	CkEditTitle      ID = "checkout.edit_title"
	CkDraftRestored  ID = "checkout.draft_restored"
	CkEditName       ID = "checkout.edit_name"
	CkEditAmount     ID = "checkout.edit_amount"
	CkEditCurrency   ID = "checkout.edit_currency"
	CkEditInterval   ID = "checkout.edit_interval"
	CkEditCount      ID = "checkout.edit_count"
	CkEditHelp       ID = "checkout.edit_help"
	CkNameEmpty      ID = "checkout.name_empty"
	CkNameTaken      ID = "checkout.name_taken"
	CkCountBad       ID = "checkout.count_bad"
	CkCurrencyBad    ID = "checkout.currency_bad"
	CkIntervalBad    ID = "checkout.interval_bad"
	CkUSDNote        ID = "checkout.usd_note"
	CkImportPrompt   ID = "checkout.import_prompt"
	CkImportFailed   ID = "checkout.import_failed"
	CkImported       ID = "checkout.imported"
	CkImportedOne    ID = "checkout.imported_one"
	CkPlansFull      ID = "checkout.plans_full"
	CkImportTooMany  ID = "checkout.import_too_many"
	CkImportReplaced ID = "checkout.import_replaced"
	CkImportHelp     ID = "checkout.import_help"
	CkKeyToggle      ID = "checkout.key_toggle"
	CkKeyContinue    ID = "checkout.key_continue"
	CkKeyAdd         ID = "checkout.key_add"
	CkKeyEdit        ID = "checkout.key_edit"
	CkKeyRemove      ID = "checkout.key_remove"
	CkKeyUndo        ID = "checkout.key_undo"
	CkRemoved        ID = "checkout.removed"
	CkKeyImport      ID = "checkout.key_import"
	CkKeySave        ID = "checkout.key_save"
	CkKeyBack        ID = "checkout.key_back"
	CkKeyNext        ID = "checkout.key_next"
	CkKeyPrevField   ID = "checkout.key_prev_field"
	CkKeySavePlan    ID = "checkout.key_save_plan"
	CkKeyToPlans     ID = "checkout.key_to_plans"
	CkKeyImportNow   ID = "checkout.key_import_now"
	CkKeyUp          ID = "checkout.key_up"
	CkKeyDown        ID = "checkout.key_down"
)

func init() {
	Register(English, map[ID]string{
		CkTitle:          "Checkout and plans",
		CkFieldsIntro:    "Which fields do your systeme.io payment pages ask for? (space ticks or unticks, enter continues)",
		CkFieldEmail:     "Email",
		CkFieldFirstName: "First name",
		CkFieldLastName:  "Last name",
		CkFieldsFixHere:  "Add them to your payment pages in systeme.io (the article's note 4), then tick them here.",
		CkFieldPhone:     "Phone number",
		CkFieldAddress:   "Street address",
		CkFieldCity:      "City",
		CkFieldState:     "State or region",
		CkFieldCountry:   "Country",
		CkFieldPostcode:  "Postcode",
		CkFieldCompany:   "Company name",
		CkPlansIntro:     "Your price plans (as set on your systeme.io payment pages). Each is checked as you type.",
		CkPlansNone:      "No plans yet. Press a to add one or i to import a CSV or JSON file. One-off prices need no plan: press s to continue.",
		CkColName:        "Plan",
		CkColAmount:      "Amount",
		CkColInterval:    "Every",
		CkColStatus:      "Check",
		CkStatusOK:       "ok",
		CkStatusProblem:  "problem",
		CkEditTitle:      "Plan details",
		CkDraftRestored:  "What you were typing when you quit is back; carry on.",
		CkEditName:       "Name",
		CkEditAmount:     "Amount (for example 5000 or 49.99)",
		CkEditCurrency:   "Currency (NGN, GHS, KES, ZAR, USD)",
		CkEditInterval:   "Interval (day, week, month, year)",
		CkEditCount:      "Intervals between charges",
		CkEditHelp:       "tab or enter: next field · shift+tab or esc: previous field · enter on the last field saves the plan",
		CkNameEmpty:      "Give the plan a name, as on your payment page.",
		CkNameTaken:      "There is already a plan named %q. Give each plan its own name, as on systeme.io.",
		CkCountBad:       "Type a whole number such as 1.",
		CkCurrencyBad:    "Type a currency code such as NGN, GHS, KES, ZAR or USD.",
		CkIntervalBad:    "Type day, week, month or year.",
		CkUSDNote:        "USD plans need international payments turned on in your Paystack account (the article's note 6: \"Can I accept payments in US dollars?\").",
		CkImportPrompt:   "Path of a CSV or JSON file with your plans (columns: name, amount, currency, interval, interval_count):",
		CkImportFailed:   "Your plans are unchanged.",
		CkImported:       "%d plans imported.",
		CkImportedOne:    "Plan %q imported.",
		CkPlansFull:      "paystack-setup keeps at most %d plans. Remove one (d) before adding another.",
		CkImportReplaced: "Plans already in the list under the same name were updated from the file: %d.",
		CkImportTooMany:  "With the %d plans in this file the list would have %d, more than the %d paystack-setup keeps. Remove plans from the list (d) or from the file, then import again.",
		CkImportHelp:     "enter: import · esc: back to the plans",
		CkKeyToggle:      "tick",
		CkKeyContinue:    "continue",
		CkKeyAdd:         "add plan",
		CkKeyEdit:        "edit",
		CkKeyRemove:      "remove",
		CkKeyUndo:        "undo remove",
		CkRemoved:        "Plan %q removed; press u to put it back.",
		CkKeyImport:      "import file",
		CkKeySave:        "save and continue",
		CkKeyBack:        "back",
		CkKeyNext:        "next field",
		CkKeyPrevField:   "previous field",
		CkKeySavePlan:    "save plan",
		CkKeyToPlans:     "back to the plans",
		CkKeyImportNow:   "import",
		CkKeyUp:          "up",
		CkKeyDown:        "down",
	})
}
