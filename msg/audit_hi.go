package msg

func init() {
	Register(Hindi, map[ID]string{
		AuditSummary:           "पूरे सेटअप की फिर से जाँच करें (स्क्रिप्ट के लिए --json, --offline)",
		AuditHelp:              "इस्तेमाल: paystack-setup audit [फ़्लैग]\n\nसेटअप जिन चीज़ों पर टिका है (सीक्रेट की, सबअकाउंट, मुद्राएँ, प्लान, पेमेंट पेज के\nफ़ील्ड, IP व्हाइटलिस्ट, वेबहुक URL, भंडारण) उन सबकी जाँच करता है और बताता है कि\nक्या ठीक करना है। कुछ भी असफल न हो तो एग्ज़िट कोड 0, कोई जाँच असफल हो या न हो सके\nतो 1, इस्तेमाल की गलती पर 2।\n\nफ़्लैग:\n  --json            मशीन के पढ़ने लायक रिपोर्ट (अंग्रेज़ी टेक्स्ट; फ़ॉर्मैट docs/json.md में)\n  --offline         Paystack से संपर्क न करें; नेटवर्क वाली जाँचें छोड़ दी जाती हैं\n  --probe-webhook   यह भी जाँचें कि वेबहुक URL जवाब देता है (एक अनुरोध)\n  --plans FILE      CSV या JSON फ़ाइल से अपने systeme.io प्राइस प्लान दर्ज\n                    करें, फिर उनकी जाँच करें\n  --fields LIST     अपने पेमेंट पेज के फ़ील्ड दर्ज करें, जैसे email,first_name,last_name\n  --all-profiles    हर प्रोफ़ाइल के लिए सारांश की एक पंक्ति\n\nउदाहरण:\n  paystack-setup audit\n  paystack-setup audit --plans plans.csv --fields email,first_name,last_name\n  paystack-setup audit --all-profiles --json",
		AuditUnexpectedArg:     "audit कोई आर्ग्युमेंट नहीं लेता: %q।",
		AuditAllWithInput:      "--plans और --fields एक प्रोफ़ाइल के जवाब दर्ज करते हैं; इन्हें --all-profiles के बिना इस्तेमाल करें (प्रोफ़ाइल --profile से चुनें)।",
		AuditNoProfiles:        "अभी कोई प्रोफ़ाइल सेट अप नहीं है। एक सेट अप करने के लिए paystack-setup चलाएँ।",
		AuditInterrupted:       "ऑडिट रोक दिया गया।",
		AuditWriteFailed:       "रिपोर्ट लिखी नहीं जा सकी। जाँचें कि आउटपुट कहाँ जा रहा है (डिस्क भरी है या पाइप बंद है?)।",
		AuditNothingSaved:      "कुछ भी सहेजा नहीं गया। फ़ाइल ठीक करें और कमांड फिर से चलाएँ।",
		AuditPlansSaved:        "प्रोफ़ाइल %s के लिए दर्ज किए गए प्राइस प्लान: %d।",
		AuditFieldsSaved:       "पेमेंट पेज के फ़ील्ड %s प्रोफ़ाइल %s के लिए दर्ज किए गए।",
		AuditNotRecordedLocked: "%s के लिए ऑडिट का नतीजा दर्ज नहीं हुआ: चल रहे paystack-setup ने प्रोफ़ाइल खोल रखी है।",
		AuditNotRecorded:       "%s के लिए ऑडिट का नतीजा दर्ज नहीं हुआ: सहेजे गए जवाब लिखे नहीं जा सके।",
		AuditHeading:           "प्रोफ़ाइल %s",
		AuditFixLine:           "ठीक करें: %s",
		AuditFailedHint:        "%s वाली पंक्तियाँ ठीक करें, फिर paystack-setup audit दोबारा चलाएँ।",
		AuditUncheckedHint:     "%s वाली पंक्तियों की जाँच नहीं हो सकी; हर पंक्ति में कारण लिखा है। उसे ठीक करें, फिर paystack-setup audit दोबारा चलाएँ।",
		AuditAllFailedHint:     "विवरण के लिए: paystack-setup audit --profile NAME",
		AuditCountPass:         "%d सफल",
		AuditCountWarn:         "%d चेतावनी",
		AuditCountFail:         "%d असफल",
		AuditCountSkip:         "%d छोड़ी गईं",
		AuditCountError:        "%d जाँची नहीं जा सकीं",
		AuditWordPass:          "सफल",
		AuditUnknownProfile:    "प्रोफ़ाइल %s इस कंप्यूटर पर सेट नहीं है, इसलिए नीचे के ऑडिट के पास जाँचने को कोई सहेजे गए जवाब नहीं हैं। यहाँ सेट प्रोफ़ाइल: %s।",
		AuditWordWarn:          "चेतावनी",
		AuditWordFail:          "असफल",
		AuditWordSkip:          "छोड़ी गई",
		AuditWordError:         "जाँच नहीं हो सकी",
	})
}
