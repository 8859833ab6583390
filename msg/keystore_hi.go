package msg

func init() {
	Register(Hindi, map[ID]string{
		KeystoreNoBus:            "सिस्टम कीरिंग तक नहीं पहुँचा जा सका: यहाँ कोई डेस्कटॉप सेशन बस (D-Bus) नहीं है, जो SSH, सर्वर या कंटेनर में सामान्य है। paystack-setup को डेस्कटॉप सेशन के अंदर चलाएँ, या इस कमांड के लिए `dbus-run-session -- paystack-setup ...` और अनलॉक किए गए gnome-keyring से एक कीरिंग शुरू करें, या इस शेल के लिए PAYSTACK_SECRET_KEY का उपयोग करें, या की को सादी फ़ाइल में रखें: paystack-setup key set --plain-file",
		KeystoreNoBusWSL:         "सिस्टम कीरिंग तक नहीं पहुँचा जा सका: यह WSL है, जिसमें डिफ़ॉल्ट रूप से कोई डेस्कटॉप कीरिंग सेशन (D-Bus) नहीं होता। `dbus-run-session -- paystack-setup ...` और अनलॉक किए गए gnome-keyring से एक शुरू करें, या इस शेल के लिए PAYSTACK_SECRET_KEY का उपयोग करें, या की को सादी फ़ाइल में रखें: paystack-setup key set --plain-file",
		KeystoreNoSecretService:  "कोई कीरिंग सेवा नहीं चल रही: सेशन बस पर org.freedesktop.secrets कोई नहीं देता। कोई एक इंस्टॉल करके शुरू करें (gnome-keyring, या KeePassXC जिसमें Secret Service इंटीग्रेशन चालू हो), या इस शेल के लिए PAYSTACK_SECRET_KEY का उपयोग करें, या की को सादी फ़ाइल में रखें: paystack-setup key set --plain-file",
		KeystoreLocked:           "सिस्टम कीरिंग लॉक है, या उसमें कोई डिफ़ॉल्ट कलेक्शन नहीं है, या अनलॉक वाली विंडो बंद कर दी गई। उसे अनलॉक करें (GNOME में: \"Passwords and Keys\" खोलकर \"Login\" अनलॉक करें; देखें कि एक डिफ़ॉल्ट कीरिंग मौजूद हो) और फिर से कोशिश करें।",
		KeystoreTimeout:          "सिस्टम कीरिंग ने %s के अंदर जवाब नहीं दिया। अगर उसने आपका कीरिंग पासवर्ड माँगा है, तो वह विंडो दूसरी विंडो के पीछे छिपी हो सकती है: कीरिंग अनलॉक करें और फिर से कोशिश करें। ज़्यादा समय के लिए PAYSTACK_SETUP_KEYRING_TIMEOUT सेट करें (जैसे 120s)।",
		KeystoreCanceled:         "सिस्टम कीरिंग के जवाब से पहले रोका गया। paystack-setup ने कुछ नहीं बदला।",
		KeystoreTooBig:           "सिस्टम कीरिंग ने की को बहुत बड़ा बताकर मना कर दिया। Paystack की सीक्रेट की छोटी होती है: देखें कि सिर्फ़ की ही पेस्ट हुई है, फिर से कोशिश करें।",
		KeystoreNotFound:         "प्रोफ़ाइल %s के लिए कोई सीक्रेट की सहेजी नहीं गई है। इसे सहेजें: paystack-setup key set",
		KeystoreReadBack:         "सिस्टम कीरिंग ने की ले ली, पर दोबारा पढ़ने पर कुछ और लौटाया, इसलिए उस पर भरोसा नहीं किया जा सकता। फिर से कोशिश करें; अगर फिर हो, तो दूसरी कीरिंग, इस शेल के लिए PAYSTACK_SECRET_KEY, या की को सादी फ़ाइल में रखें: paystack-setup key set --plain-file",
		KeystoreStoredInvalid:    "प्रोफ़ाइल %s के लिए जो सहेजा है वह Paystack की सीक्रेट की नहीं है। की दोबारा सहेजें: paystack-setup key set",
		KeystoreEnvInvalid:       "PAYSTACK_SECRET_KEY सेट है, पर वह Paystack की सीक्रेट की नहीं है। उसे ठीक करें, या सहेजी हुई की इस्तेमाल करने के लिए `unset PAYSTACK_SECRET_KEY` से हटाएँ।",
		KeystoreFileFailed:       "की वाली फ़ाइल %s पढ़ी या लिखी नहीं जा सकी। देखें कि वह फ़ाइल और उसका फ़ोल्डर आपके हैं (ls -l), फिर से कोशिश करें।",
		KeystoreFileNotRegular:   "%s कोई साधारण फ़ाइल नहीं है: उसकी जगह कोई लिंक, फ़ोल्डर, पाइप या डिवाइस है, इसलिए उसे पढ़ा नहीं गया। की दोबारा सहेजें: paystack-setup key set, जो इसे बदल देगा; या ls -l से देखें कि यह क्या है और इसे हटा दें।",
		KeystoreFileTooBig:       "%s किसी भी की वाली फ़ाइल से लंबी है (%d बाइट से ज़्यादा), इसलिए उसे पढ़ा नहीं गया। की दोबारा सहेजें: paystack-setup key set, जो इसे बदल देगा; या इसे हटा दें।",
		KeystoreKeyringFailed:    "सिस्टम कीरिंग ने अनुरोध ठुकरा दिया। देखें कि आपकी कीरिंग (GNOME Keyring, KWallet, KeePassXC, Keychain या Windows Credential Manager) चल रही है और अनलॉक है, फिर से कोशिश करें; या इस शेल के लिए PAYSTACK_SECRET_KEY, या की को सादी फ़ाइल में रखें: paystack-setup key set --plain-file",
		KeystoreChoiceRetry:      "ऊपर बताए तरीके से कीरिंग ठीक करें, फिर दोबारा कोशिश करें",
		KeystoreChoiceEnv:        "की को सिर्फ़ इस शेल के लिए इस्तेमाल करें (PAYSTACK_SECRET_KEY), बिना सहेजे",
		KeystoreChoicePlainFile:  "की को बिना एन्क्रिप्शन के एक सादी फ़ाइल में सहेजें जिसे सिर्फ़ आपका यूज़र पढ़ सके",
		KeystoreEnvInstructions:  "कुछ सहेजा नहीं गया। इस शेल में नीचे की लाइन चलाएँ, कर्सर रुकने पर की पेस्ट करें (वह दिखेगी नहीं) और Enter दबाएँ:\n\n  %s\n\nफिर उसी शेल से paystack-setup दोबारा चलाएँ। शेल बंद होते ही की भुला दी जाती है।",
		KeystorePlainFileWarning: "की बिना एन्क्रिप्शन के %s में सहेजी जाएगी (सिर्फ़ आपका यूज़र पढ़ सकता है)। बैकअप या साझा अकाउंट से यह फ़ाइल जिसे भी मिले, वह आपका Paystack अकाउंट इस्तेमाल कर सकता है। paystack-setup हर ऑडिट में इसकी याद दिलाएगा। सहमति के लिए %s टाइप करें।",
		KeystoreConfirmWord:      "plain-file (या सादी-फ़ाइल)",
		KeystoreModeTest:         "टेस्ट मोड",
		KeystoreModeLive:         "लाइव मोड",
		KeystoreModeChanged:      "ध्यान दें: प्रोफ़ाइल %s %s में सेट की गई थी, और यह की %s के लिए है। Paystack हर मोड का सबअकाउंट, IP व्हाइटलिस्ट और वेबहुक URL अलग रखता है, इसलिए इन्हें फिर से सेट करने के लिए paystack-setup चलाएँ; या दोनों मोड अलग रखने के लिए उनकी अपनी प्रोफ़ाइल बनाएँ: paystack-setup --profile %s key set",
		KeystoreBadTimeout:       "PAYSTACK_SETUP_KEYRING_TIMEOUT=%q 90s या 2m जैसी कोई अवधि नहीं है; डिफ़ॉल्ट %s इस्तेमाल हो रहा है।",

		KeystoreSummary: "अपनी Paystack सीक्रेट की सहेजें, दिखाएँ या हटाएँ",
		KeystoreHelp: `अपनी Paystack सीक्रेट की सिस्टम कीरिंग में रखें।

उपयोग:
  paystack-setup key set [--stdin] [--plain-file]
  paystack-setup key show
  paystack-setup key delete [--yes]

  key set       की बिना दिखाए माँगता है, उसका फ़ॉर्मैट जाँचता है, सिस्टम
                कीरिंग में सहेजता है और दोबारा पढ़कर पुष्टि करता है।
    --stdin       स्क्रिप्ट के लिए: की स्टैंडर्ड इनपुट से पढ़ें
    --plain-file  कीरिंग की जगह बिना एन्क्रिप्शन के 0600 फ़ाइल में सहेजें
  key show      की (छिपी हुई), उसका मोड और वह कहाँ सहेजी है
  key delete    की को कीरिंग और सादी फ़ाइल से हटाएँ
    --yes         बिना पूछे (टर्मिनल न हो तो ज़रूरी)

की कभी कमांड लाइन पर न लिखें: शेल उसे अपनी हिस्ट्री में सहेज लेते हैं।
PAYSTACK_SECRET_KEY सेट हो तो सहेजी हुई की की जगह वही इस्तेमाल होती है और कहीं
लिखी नहीं जाती। PAYSTACK_SETUP_KEYRING_TIMEOUT तय करता है कि कीरिंग का कितना
इंतज़ार हो (डिफ़ॉल्ट 60s)।

उदाहरण:
  paystack-setup key set
  paystack-setup --profile shop key set --stdin < key.txt
  paystack-setup key show
  paystack-setup key delete --yes

एग्ज़िट कोड: 0 हो गया · 1 कीरिंग या फ़ाइल विफल, या कोई की सहेजी नहीं ·
2 गलत उपयोग · 130 रोका गया (ctrl+c, kill, टर्मिनल बंद)`,
		KeystoreUnknownSub:             "अनजानी key कमांड %q: key set, key show या key delete इस्तेमाल करें।",
		KeystoreSetPrompt:              "अपनी Paystack सीक्रेट की (sk_test_… या sk_live_…) पेस्ट करें, फिर Enter दबाएँ। वह दिखेगी नहीं: ",
		KeystoreSetNeedStdin:           "की टाइप करने के लिए कोई टर्मिनल नहीं है। स्क्रिप्ट में उसे पाइप करें: paystack-setup key set --stdin < key.txt",
		KeystoreKeyOnCommandLine:       "सीक्रेट की कमांड लाइन पर न लिखें: आपका शेल उसे हिस्ट्री में सहेज लेता है और दूसरे प्रोग्राम उसे प्रोसेस लिस्ट में देख सकते हैं। `paystack-setup key set` चलाकर छिपे प्रॉम्प्ट पर पेस्ट करें, या --stdin से पाइप करें। अगर यह लाइव की थी, तो Paystack डैशबोर्ड पर उसे बदलने पर विचार करें (Settings → API Keys & Webhooks)।",
		KeystorePastedOutsideKeyStep:   "यह आपकी Paystack सीक्रेट की जैसी दिखी, इसलिए इसे यहाँ इस्तेमाल नहीं किया गया। सीक्रेट की सिर्फ़ स्टेप 2 में डाली जाती है; और कहीं उसकी ज़रूरत नहीं। सही टेक्स्ट कॉपी करके फिर से कोशिश करें।",
		KeystoreSetNoArgs:              "key set कोई आर्ग्युमेंट नहीं लेता। `paystack-setup key set` चलाकर छिपे प्रॉम्प्ट पर की पेस्ट करें, या --stdin से पाइप करें।",
		KeystoreStdinEmpty:             "स्टैंडर्ड इनपुट पर कुछ नहीं आया। की पाइप करें: paystack-setup key set --stdin < key.txt",
		KeystoreStdinUnreadable:        "स्टैंडर्ड इनपुट पढ़ा नहीं जा सका। की किसी फ़ाइल से पाइप करें: paystack-setup key set --stdin < key.txt",
		KeystoreStored:                 "%s (%s) को प्रोफ़ाइल %s के लिए सिस्टम कीरिंग में सहेजा गया।",
		KeystoreStoredFile:             "%s (%s) को प्रोफ़ाइल %s के लिए सादी फ़ाइल %s में सहेजा गया",
		KeystorePlainRemoved:           "बिना एन्क्रिप्शन वाली कॉपी %s हटा दी गई: की अब कीरिंग में है।",
		KeystoreEnvOverrides:           "ध्यान दें: इस शेल में PAYSTACK_SECRET_KEY सेट है, इसलिए जब तक आप `unset PAYSTACK_SECRET_KEY` नहीं चलाते, सहेजी हुई की की जगह वही इस्तेमाल होगी।",
		KeystoreChoiceHeader:           "की सहेजी नहीं गई। आप यह कर सकते हैं:",
		KeystoreChoicePrompt:           "1, 2 या 3 टाइप करें (Enter से रद्द): ",
		KeystoreNotStored:              "की सहेजी नहीं गई।",
		KeystoreConfirmPrompt:          "पुष्टि: ",
		KeystoreOptionsCommands:        "आप यह कर सकते हैं:\n  1. ऊपर बताए तरीके से कीरिंग ठीक करें, फिर दोबारा चलाएँ: paystack-setup key set --stdin\n  2. की को बिना सहेजे सिर्फ़ इस शेल के लिए इस्तेमाल करें:\n       %s\n  3. उसे अपने कॉन्फ़िग फ़ोल्डर में बिना एन्क्रिप्शन के सादी फ़ाइल (0600) में सहेजें:\n       paystack-setup key set --stdin --plain-file",
		KeystoreShowKey:                "की:       %s (%s)",
		KeystoreShowProfile:            "प्रोफ़ाइल:  %s",
		KeystoreShowKeyring:            "कहाँ:     सिस्टम कीरिंग (सेवा %s)",
		KeystoreShowEnv:                "कहाँ:     सहेजी नहीं गई: एनवायरनमेंट वेरिएबल PAYSTACK_SECRET_KEY, सिर्फ़ इस शेल में (यह सहेजी हुई की से ऊपर है)",
		KeystoreShowFile:               "कहाँ:     सादी फ़ाइल, एन्क्रिप्टेड नहीं: %s",
		KeystoreShowFileWarning:        "चेतावनी: जो भी यह फ़ाइल पढ़ सकता है, वह आपका Paystack अकाउंट इस्तेमाल कर सकता है। कीरिंग काम करने लगे तो की उसमें ले जाएँ: paystack-setup key set",
		KeystoreShowFileProblem:        "चेतावनी: %s %s",
		KeystoreShowConsent:            "आपने %s को सादी फ़ाइल चुनी थी।",
		KeystoreDeleteConfirm:          "प्रोफ़ाइल %s की सहेजी हुई सीक्रेट की हटाएँ? हटाने के लिए y टाइप करें: ",
		KeystoreDeleteNeedYes:          "पुष्टि करने के लिए कोई टर्मिनल नहीं है। बिना पूछे हटाने के लिए: paystack-setup key delete --yes",
		KeystoreDeleteCanceled:         "कुछ नहीं हटाया गया।",
		KeystoreDeletedKeyring:         "प्रोफ़ाइल %s की की सिस्टम कीरिंग से हटा दी गई।",
		KeystoreDeletedFile:            "सादी फ़ाइल %s हटा दी गई।",
		KeystoreDeletedNothing:         "प्रोफ़ाइल %s के लिए कोई की सहेजी नहीं थी; हटाने को कुछ नहीं।",
		KeystoreDeleteEnvKept:          "इस शेल का PAYSTACK_SECRET_KEY नहीं बदला; उसे हटाने के लिए: unset PAYSTACK_SECRET_KEY",
		KeystoreDeleteKeyringUnchecked: "सिस्टम कीरिंग तक यहाँ से नहीं पहुँचा जा सकता, इसलिए उसमें पहले सहेजी गई की की कोई कॉपी जाँची नहीं गई। अगर आपने कभी प्रोफ़ाइल %s की की कीरिंग में सहेजी थी, तो जहाँ कीरिंग काम करती है (आपका डेस्कटॉप सेशन) वहाँ paystack-setup key show से जाँचें, और वहीं paystack-setup key delete से हटाएँ।",
	})
}
