package msg

// Price plans and checkout fields (package plans).
const (
	PlansOneTime         ID = "plans.one_time"
	PlansEveryDay        ID = "plans.every_day"
	PlansEveryNDays      ID = "plans.every_n_days"
	PlansEveryWeek       ID = "plans.every_week"
	PlansEveryNWeeks     ID = "plans.every_n_weeks"
	PlansEveryMonth      ID = "plans.every_month"
	PlansEveryNMonths    ID = "plans.every_n_months"
	PlansEveryYear       ID = "plans.every_year"
	PlansEveryNYears     ID = "plans.every_n_years"
	PlansEveryHour       ID = "plans.every_hour"
	PlansEveryNHours     ID = "plans.every_n_hours"
	PlansEveryQuarter    ID = "plans.every_quarter"
	PlansEveryNQuarters  ID = "plans.every_n_quarters"
	PlansEveryHalfYear   ID = "plans.every_half_year"
	PlansEveryNHalfYears ID = "plans.every_n_half_years"

	PlansAmountEmpty    ID = "plans.amount_empty"
	PlansAmountNegative ID = "plans.amount_negative"
	PlansAmountDecimals ID = "plans.amount_decimals"
	PlansAmountTooLarge ID = "plans.amount_too_large"
	PlansAmountInvalid  ID = "plans.amount_invalid"
	PlansAmountZero     ID = "plans.amount_zero"

	PlansFileHasProblems  ID = "plans.file_has_problems"
	PlansInputHasProblems ID = "plans.input_has_problems"
	PlansFileHasProblem   ID = "plans.file_has_problem"
	PlansInputHasProblem  ID = "plans.input_has_problem"
	PlansProblemElemField ID = "plans.problem_elem_field"
	PlansProblemElem      ID = "plans.problem_elem"
	PlansProblemField     ID = "plans.problem_field"
	PlansProblemLine      ID = "plans.problem_line"
	PlansFileMissing      ID = "plans.file_missing"
	PlansFileDenied       ID = "plans.file_denied"
	PlansFileUnreadable   ID = "plans.file_unreadable"
	PlansFileTooBig       ID = "plans.file_too_big"

	PlansEmpty         ID = "plans.empty"
	PlansNotText       ID = "plans.not_text"
	PlansColumnEmpty   ID = "plans.column_empty"
	PlansColumnUnknown ID = "plans.column_unknown"
	PlansColumnTwice   ID = "plans.column_twice"
	PlansColumnMissing ID = "plans.column_missing"
	PlansTooManyCells  ID = "plans.too_many_cells"
	PlansCSVQuote      ID = "plans.csv_quote"
	PlansCSVBroken     ID = "plans.csv_broken"
	PlansJSONSyntax    ID = "plans.json_syntax"
	PlansJSONNotArray  ID = "plans.json_not_array"
	PlansJSONTrailing  ID = "plans.json_trailing"
	PlansJSONNotObject ID = "plans.json_not_object"
	PlansKeyUnknown    ID = "plans.key_unknown"
	PlansJSONBadValue  ID = "plans.json_bad_value"

	PlansNameEmpty    ID = "plans.name_empty"
	PlansNameTooLong  ID = "plans.name_too_long"
	PlansNameTwice    ID = "plans.name_twice"
	PlansTooMany      ID = "plans.too_many"
	PlansCurrencyBad  ID = "plans.currency_bad"
	PlansIntervalBad  ID = "plans.interval_bad"
	PlansCountBad     ID = "plans.count_bad"
	PlansCountTooBig  ID = "plans.count_too_big"
	PlansCountOneTime ID = "plans.count_one_time"

	PlansFieldsEmpty   ID = "plans.fields_empty"
	PlansFieldsInvalid ID = "plans.fields_invalid"
)

func init() {
	Register(English, map[ID]string{
		PlansOneTime:         "one-time",
		PlansEveryDay:        "every day",
		PlansEveryNDays:      "every %d days",
		PlansEveryWeek:       "every week",
		PlansEveryNWeeks:     "every %d weeks",
		PlansEveryMonth:      "every month",
		PlansEveryNMonths:    "every %d months",
		PlansEveryYear:       "every year",
		PlansEveryNYears:     "every %d years",
		PlansEveryHour:       "every hour",
		PlansEveryNHours:     "every %d hours",
		PlansEveryQuarter:    "every quarter",
		PlansEveryNQuarters:  "every %d quarters",
		PlansEveryHalfYear:   "every half-year",
		PlansEveryNHalfYears: "every %d half-years",

		PlansAmountEmpty:    "The amount is empty. Type the price in major units, for example 5000 or 49.99.",
		PlansAmountNegative: "The amount %s is negative. Type the price without a minus sign.",
		PlansAmountDecimals: "The amount %s has more than 2 decimals. Prices have at most 2, for example 49.99.",
		PlansAmountTooLarge: "The amount %s is too large. Check for extra digits.",
		PlansAmountInvalid:  "%s is not an amount. Type digits with an optional dot and 2 decimals, for example 5000, 49.99 or 5,000.50 (no currency sign).",
		PlansAmountZero:     "The amount is 0. A plan needs a price above zero.",

		PlansFileHasProblems:  "%s has %d problems, so no plan was imported. Fix them and load the file again:",
		PlansInputHasProblems: "The plans have %d problems, so none was imported. Fix them and try again:",
		PlansFileHasProblem:   "%s has a problem, so no plan was imported. Fix it and load the file again:",
		PlansInputHasProblem:  "The plans have a problem, so none was imported. Fix it and try again:",
		PlansProblemElemField: "line %d (plan %d), %s: %s",
		PlansProblemElem:      "line %d (plan %d): %s",
		PlansProblemField:     "line %d, %s: %s",
		PlansProblemLine:      "line %d: %s",
		PlansFileMissing:      "There is no file at %s. Check the path and try again.",
		PlansFileDenied:       "paystack-setup may not read %s. Check the file's permissions, or copy it somewhere you own.",
		PlansFileUnreadable:   "Could not read %s. Check that it is a plain CSV or JSON file and try again.",
		PlansFileTooBig:       "The file is larger than 4 MB, which is far more than a price list. Check that you chose the right file.",

		PlansEmpty:         "There are no plans in the file. Add one row per plan under the header name,amount,currency,interval,interval_count.",
		PlansNotText:       "The file is not UTF-8 text. Save it from your spreadsheet as \"CSV UTF-8\" and try again.",
		PlansColumnEmpty:   "Column %d of the header has no name. Name it or delete the column.",
		PlansColumnUnknown: "Unknown column %q. The columns are %s.",
		PlansColumnTwice:   "%q appears twice. Keep only one.",
		PlansColumnMissing: "The column %q is missing. The header must be %s.",
		PlansTooManyCells:  "This row has %d cells but the header has %d columns. Check for an extra comma (put quotes around a name that contains a comma).",
		PlansCSVQuote:      "A quote mark is out of place. Put quotes around the whole cell, and write a quote inside a quoted cell as two quotes (\"\").",
		PlansCSVBroken:     "The file is not valid CSV. Save it from your spreadsheet as CSV and try again.",
		PlansJSONSyntax:    "The JSON is broken around here (a missing comma, bracket or quote). Check it in a JSON validator.",
		PlansJSONNotArray:  "The JSON must be a list of plans: [{\"name\": ..., \"amount\": ..., \"currency\": ...}, ...].",
		PlansJSONTrailing:  "There is more text after the closing ]. Delete it.",
		PlansJSONNotObject: "This plan is not an object. Write it as {\"name\": ..., \"amount\": ..., \"currency\": ...}.",
		PlansKeyUnknown:    "Unknown key %q. The keys are %s.",
		PlansJSONBadValue:  "This value must be text or a number.",

		PlansNameEmpty:    "The plan has no name. Use the name it has on systeme.io so the audit can point to it.",
		PlansNameTwice:    "The plan on line %[2]d is already named %[1]q. Give each plan the name it has on systeme.io: two plans with one name cannot be told apart in the audit.",
		PlansNameTooLong:  "The name is %d characters long; keep it to %d at most, the name the plan has on systeme.io.",
		PlansTooMany:      "The file has %d plans; paystack-setup keeps at most %d. Keep only the plans you sell on systeme.io, or check that you chose the right file.",
		PlansCurrencyBad:  "%q is not a currency code. Use 3 letters, for example NGN, GHS, KES, ZAR or USD.",
		PlansIntervalBad:  "%q is not an interval. Use day, week, month or year (or daily, weekly, monthly, yearly), or leave it empty for a one-time price.",
		PlansCountBad:     "interval_count %q must be a whole number of 1 or more. Leave it empty for every 1 interval.",
		PlansCountTooBig:  "interval_count %s is larger than %d. Check for extra digits.",
		PlansCountOneTime: "A one-time price cannot repeat every %d. Set an interval, or leave interval_count empty.",

		PlansFieldsEmpty:   "No checkout fields were given. List them separated by commas, for example email,first_name,last_name.",
		PlansFieldsInvalid: "These are not field names: %s. Use letters, digits and underscores, separated by commas, for example email,first_name,last_name.",
	})
}
