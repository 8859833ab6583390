package msg

// paystack-setup audit: the command's help, output and messages.
const (
	AuditSummary           ID = "audit.summary"
	AuditHelp              ID = "audit.help"
	AuditUnexpectedArg     ID = "audit.unexpected_arg"
	AuditAllWithInput      ID = "audit.all_with_input"
	AuditNoProfiles        ID = "audit.no_profiles"
	AuditInterrupted       ID = "audit.interrupted"
	AuditWriteFailed       ID = "audit.write_failed"
	AuditNothingSaved      ID = "audit.nothing_saved"
	AuditPlansNoFile       ID = "audit.plans_no_file"
	AuditPlansSaved        ID = "audit.plans_saved"
	AuditFieldsSaved       ID = "audit.fields_saved"
	AuditNotRecordedLocked ID = "audit.not_recorded_locked"
	AuditNotRecorded       ID = "audit.not_recorded"
	AuditHeading           ID = "audit.heading"
	AuditFixLine           ID = "audit.fix_line"
	AuditFailedHint        ID = "audit.failed_hint"
	AuditUncheckedHint     ID = "audit.unchecked_hint"
	AuditAllFailedHint     ID = "audit.all_failed_hint"
	AuditCountPass         ID = "audit.count_pass"
	AuditCountWarn         ID = "audit.count_warn"
	AuditCountFail         ID = "audit.count_fail"
	AuditCountSkip         ID = "audit.count_skip"
	AuditCountError        ID = "audit.count_error"
	AuditWordPass          ID = "audit.word_pass"
	AuditUnknownProfile    ID = "audit.unknown_profile"
	AuditWordWarn          ID = "audit.word_warn"
	AuditWordFail          ID = "audit.word_fail"
	AuditWordSkip          ID = "audit.word_skip"
	AuditWordError         ID = "audit.word_error"
)

func init() {
	Register(English, map[ID]string{
		AuditSummary:           "check the whole setup again (--json for scripts, --offline)",
		AuditHelp:              "Usage: paystack-setup audit [flags]\n\nChecks everything the setup relies on (secret key, subaccount, currencies,\nplans, payment page fields, IP whitelist, webhook URL, storage) and says what\nto fix. Exit code 0 when nothing fails, 1 when a check fails or could not be\nmade, 2 on a usage error, 130 when stopped (ctrl+c, kill, the terminal closed).\n\nFlags:\n  --json            report for scripts (English texts; format in docs/json.md)\n  --offline         do not contact Paystack; network checks are skipped\n  --probe-webhook   also check that the webhook URL answers (one request)\n  --plans FILE      record your systeme.io price plans from a CSV or JSON\n                    file, then check them\n  --fields LIST     record your payment page fields, for example\n                    email,first_name,last_name\n  --all-profiles    one summary line per profile\n\nExamples:\n  paystack-setup audit\n  paystack-setup audit --plans plans.csv --fields email,first_name,last_name\n  paystack-setup audit --all-profiles --json",
		AuditUnexpectedArg:     "audit takes no argument: %q.",
		AuditAllWithInput:      "--plans and --fields record one profile's answers; use them without --all-profiles (choose the profile with --profile).",
		AuditNoProfiles:        "No profile is set up yet. Run paystack-setup to set one up.",
		AuditInterrupted:       "Audit stopped.",
		AuditWriteFailed:       "Could not write the report. Check where the output goes (disk full or closed pipe?).",
		AuditNothingSaved:      "Nothing was saved. Fix the file and run the command again.",
		AuditPlansNoFile:       "--plans needs the path of a CSV or JSON file of your price plans, for example --plans plans.csv.",
		AuditPlansSaved:        "Price plans recorded for profile %s: %d.",
		AuditFieldsSaved:       "Recorded payment page fields %s for profile %s.",
		AuditNotRecordedLocked: "Audit result not recorded for %s: a running paystack-setup has the profile open.",
		AuditNotRecorded:       "Audit result not recorded for %s: the saved answers could not be written.",
		AuditHeading:           "Profile %s",
		AuditFixLine:           "Fix: %s",
		AuditFailedHint:        "Fix the %s lines, then run paystack-setup audit again.",
		AuditUncheckedHint:     "The %s lines could not be checked; each says why. Deal with that, then run paystack-setup audit again.",
		AuditAllFailedHint:     "For details: paystack-setup audit --profile NAME",
		AuditCountPass:         "%d pass",
		AuditCountWarn:         "%d warn",
		AuditCountFail:         "%d fail",
		AuditCountSkip:         "%d skipped",
		AuditCountError:        "%d not checked",
		AuditWordPass:          "PASS",
		AuditUnknownProfile:    "Profile %s is not set up on this computer, so the audit below has no saved answers to check. Profiles set up here: %s.",
		AuditWordWarn:          "WARN",
		AuditWordFail:          "FAIL",
		AuditWordSkip:          "SKIP",
		AuditWordError:         "NOT CHECKED",
	})
}
