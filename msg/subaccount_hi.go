package msg

func init() {
	Register(Hindi, map[ID]string{
		ListKeyUp:          "ऊपर",
		ListKeyDown:        "नीचे",
		ListKeyPageUp:      "पिछला पेज",
		ListKeyPageDown:    "अगला पेज",
		ListKeyHome:        "पहला",
		ListKeyEnd:         "आख़िरी",
		ListKeySelect:      "चुनें",
		ListKeyClear:       "फ़िल्टर हटाएँ",
		ListFilterPrompt:   "फ़िल्टर करने के लिए टाइप करें: %s",
		ListNothingMatches: "'%s' से कुछ भी मेल नहीं खाता। फ़िल्टर हटाने के लिए esc दबाएँ।",
		ListCount:          "%s दिखाए गए, कुल %s में से",
		ListLoadingOf:      "लोड हो रहे हैं: %s / %s…",
		ListLoading:        "लोड हो रहा है…",
	})
}
