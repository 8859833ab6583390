package msg

func init() {
	Register(Hindi, map[ID]string{
		StateFutureMoved:     "आपके सेव किए गए जवाब paystack-setup के नए संस्करण ने लिखे थे (state संस्करण %d), जिसे यह संस्करण नहीं पढ़ सकता। उन्हें %s पर ले जाया गया है और यह रन नए सिरे से शुरू होता है; उन्हें फिर से इस्तेमाल करने के लिए paystack-setup अपडेट करें।",
		StateFutureLeft:      "%s में सेव किए गए जवाब paystack-setup के नए संस्करण से हैं (state संस्करण %d)। उन्हें पढ़ने के लिए paystack-setup अपडेट करें।",
		StateCorruptMoved:    "आपके सेव किए गए जवाब ख़राब हो गए थे और पढ़े नहीं जा सके। पुरानी फ़ाइल %s पर ले जाई गई है और यह रन नए सिरे से शुरू होता है; कुछ भी मिटाया नहीं गया।",
		StateCorruptLeft:     "%s में सेव किए गए जवाब ख़राब हैं। इस प्रोफ़ाइल के लिए विज़ार्ड चलाएँ: वह फ़ाइल को अलग रखकर नए सिरे से शुरू करेगा।",
		StateTooBig:          "आपके जवाब %d MB से बड़े हो गए हैं, जितना paystack-setup वापस पढ़ सकता है उससे ज़्यादा, इसलिए वे सेव नहीं हुए और सेव की हुई फ़ाइल नहीं बदली। कुछ प्लान हटाकर फिर कोशिश करें।",
		StateSecretRefused:   "paystack-setup ने आपके जवाब सेव नहीं किए क्योंकि उनमें सीक्रेट की जैसा कुछ है। की केवल की स्टोर में रहती है; कृपया `paystack-setup --version` के आउटपुट के साथ इसकी रिपोर्ट करें।",
		StateDiskFull:        "आपके जवाब %s में सेव नहीं हो सके: डिस्क भरी हुई है। कुछ जगह ख़ाली करके paystack-setup फिर चलाएँ।",
		StateDenied:          "paystack-setup को %s इस्तेमाल करने की अनुमति नहीं है। जाँचें कि यह फ़ोल्डर आपका है (ls -l) और फिर चलाएँ।",
		StateClosed:          "सेव किए गए जवाब पहले ही बंद हो चुके थे। paystack-setup फिर चलाएँ।",
		StateCannotRead:      "%s में आपके सेव किए गए जवाब पढ़े नहीं जा सके। फ़ाइल और उसका फ़ोल्डर जाँचें, फिर paystack-setup दोबारा चलाएँ।",
		StateCannotList:      "%s में प्रोफ़ाइलों की सूची नहीं बन सकी। जाँचें कि फ़ोल्डर मौजूद है और पढ़ा जा सकता है।",
		StateCannotMoveAside: "%s में आपके सेव किए गए जवाब पढ़े नहीं जा सकते और उन्हें अलग भी नहीं रखा जा सका। फ़ाइल को ख़ुद हटाएँ या कहीं और ले जाएँ, फिर paystack-setup दोबारा चलाएँ।",
		StateCannotWrite:     "आपके जवाब %s में सेव नहीं हो सके। जाँचें कि फ़ोल्डर में लिखा जा सकता है और डिस्क भरी नहीं है, फिर paystack-setup दोबारा चलाएँ।",
		StateFileInTheWay:    "%s एक फ़ाइल है, लेकिन आपके जवाब रखने के लिए paystack-setup को वहाँ एक फ़ोल्डर चाहिए (%s)। उस फ़ाइल का नाम बदलें या उसे हटाकर कहीं और रखें, या XDG_CONFIG_HOME को किसी दूसरे फ़ोल्डर पर सेट करें, फिर paystack-setup दोबारा चलाएँ।",
		StateReadOnlyDisk:    "आपके जवाब %s में सेव नहीं हो सके: वह डिस्क केवल पढ़ने के लिए (read-only) है। XDG_CONFIG_HOME को लिखने योग्य डिस्क के किसी फ़ोल्डर पर सेट करें, फिर paystack-setup दोबारा चलाएँ।",
		StateBadProfile:      "%q प्रोफ़ाइल का नाम नहीं हो सकता। अक्षर, अंक, बिंदु, हाइफ़न और अंडरस्कोर इस्तेमाल करें (अधिकतम 64)।",
		StateLocked:          "प्रोफ़ाइल %q के लिए एक और paystack-setup चल रहा है। उसे बंद करें या उसके पूरा होने तक रुकें, फिर कोशिश करें।",
		StateLockedPID:       "प्रोफ़ाइल %q के लिए एक और paystack-setup (प्रोसेस %d) चल रहा है। उसे बंद करें या उसके पूरा होने तक रुकें, फिर कोशिश करें।",

		ProfilesSummary: "हर प्रोफ़ाइल, उसका मोड, सबअकाउंट और पिछला ऑडिट",
		ProfilesHelp: `उपयोग:
  paystack-setup profiles [list] [--json]

इस कंप्यूटर पर सेट की गई हर प्रोफ़ाइल दिखाता है: उसका मोड (test या live), उसका
सबअकाउंट (व्यवसाय का नाम और कोड) और उसके पिछले ऑडिट का नतीजा।
केवल "profiles" लिखना "profiles list" के बराबर है।

फ़्लैग:
  --json   स्क्रिप्ट के लिए सूची JSON में छापें

उदाहरण:
  paystack-setup profiles
  paystack-setup profiles list --json
  paystack-setup --profile shop audit    # सूची की किसी एक प्रोफ़ाइल का ऑडिट

एग्ज़िट कोड:
  0 सूची दिखाई गई · 1 किसी प्रोफ़ाइल के सहेजे जवाब पढ़े नहीं जा सके · 2 उपयोग की ग़लती`,
		ProfilesColProfile:    "प्रोफ़ाइल",
		ProfilesColMode:       "मोड",
		ProfilesColSubaccount: "सबअकाउंट",
		ProfilesColLastAudit:  "पिछला ऑडिट",
		ProfilesNone:          "अभी कोई प्रोफ़ाइल नहीं है। एक सेट करने के लिए paystack-setup चलाएँ।",
		ProfilesNeverAudited:  "कभी ऑडिट नहीं हुआ",
		ProfilesAudit:         "%d पास, %d चेतावनी, %d फ़ेल · %s",
		ProfilesAuditErrors:   "%d पास, %d चेतावनी, %d फ़ेल, %d त्रुटि · %s",
		ProfilesNoValue:       "—",
		ProfilesUnreadable:    "प्रोफ़ाइल %s: %s",
		ProfilesDamaged:       "सेव किए गए जवाब ख़राब हैं",
		ProfilesUnknownSub:    "अनजान सबकमांड %q। इस्तेमाल करें: paystack-setup profiles list",
	})
}
