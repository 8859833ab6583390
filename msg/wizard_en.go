package msg

// Messages of the wizard shell (ui) and the wizard command.
const (
	WizDemoNoTempDir  ID = "wizard.demo_no_temp_dir"
	WizKeyNext        ID = "wizard.key_next"
	WizKeyBack        ID = "wizard.key_back"
	WizKeyQuit        ID = "wizard.key_quit"
	WizKeyQuitUnsaved ID = "wizard.key_quit_unsaved"
	WizKeyQuitDemo    ID = "wizard.key_quit_demo"
	WizKeyCancel      ID = "wizard.key_cancel"
	WizKeyUp          ID = "wizard.key_up"
	WizKeyDown        ID = "wizard.key_down"
	WizKeyCopy        ID = "wizard.key_copy"
	WizKeyMenu        ID = "wizard.key_menu"
	WizStepOf         ID = "wizard.step_of"
	WizTooSmall       ID = "wizard.too_small"
	WizDemoLabel      ID = "wizard.demo_label"
	WizSaveFailed     ID = "wizard.save_failed"
	WizStoppedUnsaved ID = "wizard.stopped_unsaved"
	WizLocked         ID = "wizard.locked"
	WizLockedPID      ID = "wizard.locked_pid"
	WizStateFailed    ID = "wizard.state_failed"
	WizStateNotice    ID = "wizard.state_notice"
	WizExtraArgs      ID = "wizard.extra_args"
	WizAfterWebhook   ID = "wizard.after_webhook"
	WizAfterState     ID = "wizard.after_state"
	WizAfterDemo      ID = "wizard.after_demo"
	WizDemoStopped    ID = "wizard.demo_stopped"
	WizLoading        ID = "wizard.loading"
	WizAuditIntro     ID = "wizard.audit_intro"
	WizAuditNoKey     ID = "wizard.audit_no_key"
	WizMenuTitle      ID = "wizard.menu_title"
	WizKeyOpen        ID = "wizard.key_open"
	WizRunFailed      ID = "wizard.run_failed"
	WizSummary        ID = "wizard.summary"
	WizHelp           ID = "wizard.help"
	WizKeyUnread      ID = "wizard.key_unread"
)

func init() {
	Register(English, map[ID]string{
		WizDemoNoTempDir:  "Could not create a temporary folder for the demo. Check that your temp folder (TMPDIR) exists and is writable, then try again.",
		WizKeyNext:        "next",
		WizKeyBack:        "back",
		WizKeyQuit:        "quit (progress is saved)",
		WizKeyQuitUnsaved: "quit (latest answers not saved)",
		WizKeyQuitDemo:    "quit (the demo saves nothing)",
		WizKeyCancel:      "cancel",
		WizKeyUp:          "up",
		WizKeyDown:        "down",
		WizKeyCopy:        "copy",
		WizKeyMenu:        "all steps",
		WizStepOf:         "Step %d of %d · %s",
		WizTooSmall:       "This window is %d×%d. Please make the window at least %d×%d.",
		WizDemoLabel:      "DEMO",
		WizSaveFailed:     "Could not save your answers: %v",
		WizStoppedUnsaved: "Stopped without saving your latest answers (see above). Fix that, then run paystack-setup again: it resumes from the last step that was saved.",
		WizLocked:         "Another paystack-setup is already running for profile %q. Finish or close it first, or use another profile with --profile NAME.",
		WizLockedPID:      "Another paystack-setup is already running for profile %q (process %d). Finish or close it first (a wizard stopped with ctrl+z continues with fg), or use another profile with --profile NAME.",
		WizStateFailed:    "Could not open the saved answers for profile %q: %v",
		WizStateNotice:    "Note: %s",
		WizExtraArgs:      "The wizard takes no arguments (got %q). See `paystack-setup --help`.",
		WizAfterWebhook:   "Webhook URL for Paystack (%s mode): %s",
		WizAfterState:     "Answers saved in %s",
		WizAfterDemo:      "Demo finished: nothing was saved and nothing real was touched.",
		WizDemoStopped:    "Demo stopped: nothing was saved and nothing real was touched. Run paystack-setup (without --demo) to set up your own account.",
		WizLoading:        "Loading…",
		WizAuditIntro:     "Setup is complete. Here is how it looks now. Choose a check to fix it, or press m for any step.",
		WizAuditNoKey:     "No secret key found for this profile, so Paystack could not be asked. Open the secret key step to add it.",
		WizMenuTitle:      "All steps",
		WizKeyOpen:        "open",
		WizRunFailed:      "The wizard could not run in this terminal: %v",
		WizSummary:        "paystack-setup: connect Paystack to systeme.io",
		WizKeyUnread:      "the secret key could not be read; step 2 says why and what to do.",
		WizHelp: `Usage: paystack-setup [--profile NAME] [--demo] [--lang en|hi] [--no-color]

Runs the setup wizard: one screen per step of systeme.io's Paystack article
(before you start, secret key, subaccount, connect in systeme.io, IP
whitelist, webhook URL, checkout, summary). Answers are saved after every
step; run it again to resume. A finished setup opens the audit view.

  --demo       try it on a built-in sandbox Paystack; nothing real is touched
  --profile    keep several shops apart (default "default")

Keys: enter/tab next · esc/shift+tab back · ctrl+c quit (progress is saved)

Examples:
  paystack-setup
  paystack-setup --demo
  paystack-setup --profile shop2 --lang hi`,
	})
}
