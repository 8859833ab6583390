package msg

func init() {
	Register(Hindi, map[ID]string{
		StWelcomeCountryOption: "%s · %s",
		FrameKeyNextField:      "अगला फ़ील्ड",
		FrameKeyPrevField:      "पिछला फ़ील्ड",
		FrameKeyToggle:         "टिक करें या हटाएँ",
		FrameKeySwitch:         "बदलें",
		FrameResolving:         "जाँच हो रही है…",
		FrameYes:               "हाँ",
		FrameNo:                "नहीं",
		FrameNothingToPick:     "यहाँ चुनने के लिए कुछ नहीं है।",
		FrameWarnWord:          "चेतावनी: %s",
		FrameErrorWord:         "समस्या: %s",
	})
}
