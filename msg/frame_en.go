package msg

// Messages of the redesign's frame: the flows' shared wording and the two
// renderers (the screen and accessible mode) of the Prompter.
const (
	StWelcomeCountryOption ID = "steps.welcome_country_option"
	FrameKeyNextField      ID = "frame.key_next_field"
	FrameKeyPrevField      ID = "frame.key_prev_field"
	FrameKeyToggle         ID = "frame.key_toggle"
	FrameKeySwitch         ID = "frame.key_switch"
	FrameResolving         ID = "frame.resolving"
	FrameYes               ID = "frame.yes"
	FrameNo                ID = "frame.no"
	FrameNothingToPick     ID = "frame.nothing_to_pick"
	FrameWarnWord          ID = "frame.warn_word"
	FrameErrorWord         ID = "frame.error_word"
	FrameLoadStopped       ID = "frame.load_stopped"
	FrameChecklistPrompt   ID = "frame.checklist_prompt"
	FrameChecklistConfirm  ID = "frame.checklist_confirm"
	FrameWhichOne          ID = "frame.which_one"
)
