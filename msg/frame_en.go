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
)

func init() {
	Register(English, map[ID]string{
		StWelcomeCountryOption: "%s · %s",
		FrameKeyNextField:      "next field",
		FrameKeyPrevField:      "previous field",
		FrameKeyToggle:         "tick or untick",
		FrameKeySwitch:         "change",
		FrameResolving:         "Checking…",
	})
}
