package msg

func init() {
	Register(Hindi, map[ID]string{
		CLIRootHelp: `paystack-setup आपके Paystack खाते को systeme.io से चरण-दर-चरण जोड़ता है,
और हर बार चलाने पर कनेक्शन को फिर से जाँचता है।

उपयोग:
  paystack-setup [कमांड] [फ़्लैग]

कमांड:
  (कोई नहीं)     सेटअप विज़ार्ड; पूरा हो चुका सेटअप ऑडिट दृश्य खोलता है
  audit         पूरे सेटअप को फिर से जाँचें (स्क्रिप्ट के लिए --json, --offline)
  key set       अपनी Paystack सीक्रेट की सहेजें (स्क्रिप्ट के लिए --stdin)
  key show      सहेजी गई की छिपाकर दिखाएँ, उसका मोड और वह कहाँ सहेजी है
  key delete    सहेजी गई की हटाएँ (टर्मिनल के बिना --yes)
  profiles      हर प्रोफ़ाइल उसके मोड, सबअकाउंट और पिछले ऑडिट के साथ दिखाएँ
  sandbox       सैंडबॉक्स Paystack सर्वर को लूपबैक पोर्ट पर चलाएँ

ग्लोबल फ़्लैग (कमांड से पहले या बाद में):
  --profile NAME   हर प्रोफ़ाइल के लिए एक Paystack खाता (डिफ़ॉल्ट "default")
  --api-base URL   API कॉल कहीं और भेजें (डिफ़ॉल्ट https://api.paystack.co)
  --lang en|hi     हर संदेश की भाषा (डिफ़ॉल्ट: LANG से, वरना अंग्रेज़ी)
  --accessible     स्क्रीन रीडर के लिए सादे प्रश्न (ACCESSIBLE=1, TERM=dumb भी)
  --no-color       कोई रंग नहीं (NO_COLOR=1 भी)
  --demo           विज़ार्ड को अंतर्निहित सैंडबॉक्स पर चलाएँ: न नेटवर्क, न कीरिंग
  --version        संस्करण दिखाएँ
  --help           यह सहायता; एक कमांड के लिए "paystack-setup help COMMAND"

एनवायरनमेंट:
  PAYSTACK_SECRET_KEY   सहेजी गई की के बजाय यह की इस्तेमाल करें (कभी लिखी नहीं जाती)
  PAYSTACK_API_BASE     --api-base जैसा ही
  PAYSTACK_SETUP_KEYRING_TIMEOUT  कीरिंग का कितना इंतज़ार करें (डिफ़ॉल्ट 60s)
  PAYSTACK_SETUP_HTTP_TIMEOUT     हर Paystack अनुरोध का इंतज़ार (डिफ़ॉल्ट 20s)

एग्ज़िट कोड:
  0 सफल · 1 कोई जाँच या काम विफल · 2 गलत उपयोग या इनपुट
  130 बीच में रोका गया (ctrl+c, kill, या टर्मिनल बंद); प्रगति सहेजी रहती है

उदाहरण:
  paystack-setup --demo
  paystack-setup --profile shop-ng
  paystack-setup audit --json > audit.json
  printf '%s' "$KEY" | paystack-setup key set --stdin`,
		CLIUnknownCommand:   "अज्ञात कमांड %q।",
		CLIUnknownFlag:      "अज्ञात फ़्लैग %s।",
		CLIBadFlag:          "गलत फ़्लैग: %s।",
		CLIDidYouMean:       "क्या आपका मतलब %s था?",
		CLISeeHelp:          "यह क्या स्वीकार करता है, देखने के लिए `paystack-setup --help` चलाएँ।",
		CLIFlagNeedsValue:   "फ़्लैग %s को एक मान चाहिए।",
		CLIBadFlagValue:     "%s ऐसा मान नहीं है जो %s ले सकता है।",
		CLISeeCommandHelp:   "इसके फ़्लैग और उनके मान्य मान देखने के लिए `paystack-setup %s --help` चलाएँ।",
		CLIBadProfile:       "प्रोफ़ाइल नाम %q की अनुमति नहीं है: अक्षर, अंक, '-', '_' या '.' इस्तेमाल करें, अधिकतम 64 अक्षर।",
		CLIBadLang:          "भाषा %q उपलब्ध नहीं है: --lang en या --lang hi इस्तेमाल करें।",
		CLIFlagProfile:      "हर प्रोफ़ाइल के लिए एक Paystack खाता",
		CLIFlagAPIBase:      "API कॉल इस बेस URL पर भेजें",
		CLIFlagLang:         "भाषा: en या hi",
		CLIFlagAccessible:   "स्क्रीन रीडर के लिए सादे प्रश्न",
		CLIFlagNoColor:      "कोई रंग नहीं",
		CLIFlagDemo:         "अंतर्निहित सैंडबॉक्स पर चलाएँ",
		CLIAPIBaseElsewhere: "सावधान: कॉल Paystack की जगह %s पर जा रही हैं (--api-base या PAYSTACK_API_BASE से), और आपकी सीक्रेट की भी उनके साथ जाती है। अगर वह सर्वर आप खुद नहीं चलाते, तो इसे हटा दें।",
		CLIBadHTTPTimeout:   "PAYSTACK_SETUP_HTTP_TIMEOUT=%q 30s या 2m जैसी कोई अवधि नहीं है; डिफ़ॉल्ट 20s इस्तेमाल हो रहा है।",
	})
}
