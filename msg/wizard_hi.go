package msg

func init() {
	Register(Hindi, map[ID]string{
		WizDemoNoTempDir:  "डेमो के लिए अस्थायी फ़ोल्डर नहीं बन सका। जाँचें कि आपका temp फ़ोल्डर (TMPDIR) मौजूद है और उसमें लिखा जा सकता है, फिर दोबारा कोशिश करें।",
		WizKeyNext:        "आगे",
		WizKeyBack:        "पीछे",
		WizKeyQuit:        "बंद करें (प्रगति सहेजी रहती है)",
		WizKeyQuitUnsaved: "बंद करें (नए जवाब सहेजे नहीं गए)",
		WizKeyQuitDemo:    "बंद करें (डेमो कुछ नहीं सहेजता)",
		WizKeyCancel:      "रद्द करें",
		WizKeyUp:          "ऊपर",
		WizKeyDown:        "नीचे",
		WizKeyCopy:        "कॉपी करें",
		WizKeyMenu:        "सभी चरण",
		WizStepOf:         "चरण %d / %d · %s",
		WizTooSmall:       "यह विंडो %d×%d है। कृपया विंडो को कम से कम %d×%d करें।",
		WizDemoLabel:      "डेमो",
		WizSaveFailed:     "आपके जवाब सहेजे नहीं जा सके: %v",
		WizStoppedUnsaved: "रोका गया, लेकिन आपके नए जवाब सहेजे नहीं जा सके (ऊपर देखें)। उसे ठीक करें, फिर paystack-setup दोबारा चलाएँ: यह आख़िरी सहेजे गए चरण से आगे बढ़ेगा।",
		WizLocked:         "प्रोफ़ाइल %q के लिए एक और paystack-setup पहले से चल रहा है। पहले उसे पूरा करें या बंद करें, या --profile NAME से दूसरी प्रोफ़ाइल चुनें।",
		WizLockedPID:      "प्रोफ़ाइल %q के लिए एक और paystack-setup (प्रोसेस %d) पहले से चल रहा है। पहले उसे पूरा करें या बंद करें (ctrl+z से रोका गया विज़ार्ड fg से आगे चलता है), या --profile NAME से दूसरी प्रोफ़ाइल चुनें।",
		WizStateFailed:    "प्रोफ़ाइल %q के सहेजे गए जवाब खोले नहीं जा सके: %v",
		WizStateNotice:    "सूचना: %s",
		WizExtraArgs:      "विज़ार्ड कोई आर्ग्युमेंट नहीं लेता (मिला %q)। `paystack-setup --help` देखें।",
		WizAfterWebhook:   "Paystack के लिए वेबहुक URL (%s मोड): %s",
		WizAfterState:     "जवाब यहाँ सहेजे गए: %s",
		WizAfterDemo:      "डेमो पूरा हुआ: कुछ भी सहेजा नहीं गया और कुछ भी असली नहीं छुआ गया।",
		WizDemoStopped:    "डेमो रोका गया: कुछ भी सहेजा नहीं गया और कुछ भी असली नहीं छुआ गया। अपना खाता सेट करने के लिए paystack-setup (--demo के बिना) चलाएँ।",
		WizLoading:        "लोड हो रहा है…",
		WizAuditIntro:     "सेटअप पूरा है। अभी की स्थिति यह है। ठीक करने के लिए कोई जाँच चुनें, या किसी भी चरण के लिए m दबाएँ।",
		WizAuditNoKey:     "इस प्रोफ़ाइल के लिए कोई सीक्रेट की नहीं मिली, इसलिए Paystack से पूछा नहीं जा सका। उसे जोड़ने के लिए सीक्रेट की वाला चरण खोलें।",
		WizMenuTitle:      "सभी चरण",
		WizKeyOpen:        "खोलें",
		WizRunFailed:      "विज़ार्ड इस टर्मिनल में नहीं चल सका: %v",
		WizSummary:        "paystack-setup: Paystack को systeme.io से जोड़ें",
		WizKeyUnread:      "सीक्रेट की पढ़ी नहीं जा सकी; चरण 2 में कारण और उपाय लिखा है।",
		WizHelp: `उपयोग: paystack-setup [--profile NAME] [--demo] [--lang en|hi] [--no-color]

सेटअप विज़ार्ड चलाता है: systeme.io के Paystack लेख के हर चरण के लिए एक स्क्रीन
(शुरू करने से पहले, सीक्रेट की, सबअकाउंट, systeme.io में कनेक्ट करें, IP
व्हाइटलिस्ट, वेबहुक URL, चेकआउट, सारांश)। हर चरण के बाद जवाब सहेजे जाते हैं;
फिर से चलाने पर वहीं से शुरू होता है। पूरा सेटअप ऑडिट व्यू खोलता है।

  --demo       बिल्ट-इन सैंडबॉक्स Paystack पर आज़माएँ; कुछ भी असली नहीं छुआ जाता
  --profile    कई दुकानों को अलग रखें (डिफ़ॉल्ट "default")

कीज़: enter/tab आगे · esc/shift+tab पीछे · ctrl+c बंद करें (प्रगति सहेजी रहती है)

उदाहरण:
  paystack-setup
  paystack-setup --demo
  paystack-setup --profile shop2 --lang hi`,
	})
}
