package msg

func init() {
	Register(Hindi, map[ID]string{
		StWelcomeCountryOption: "%s · %s",
	})
}
