package msg

// Messages of the redesign's frame: the flows' shared wording and the two
// renderers (the screen and accessible mode) of the Prompter.
const (
	StWelcomeCountryOption ID = "steps.welcome_country_option"
)

func init() {
	Register(English, map[ID]string{
		StWelcomeCountryOption: "%s · %s",
	})
}
