package msg

func init() {
	Register(Hindi, map[ID]string{
		SandboxSummary: "सैंडबॉक्स Paystack सर्वर को लूपबैक पोर्ट पर चलाएँ",
		SandboxHelp: `paystack-setup sandbox — इसी कंप्यूटर पर एक नकली Paystack

Paystack के बैलेंस, सबअकाउंट, बैंक और प्लान endpoint का जवाब मेमोरी से देता है,
नाइजीरिया, घाना, केन्या और दक्षिण अफ़्रीका के असली जैसे बैंकों के साथ। कुछ भी इस
कंप्यूटर से बाहर नहीं जाता और कोई असली पैसा या खाता शामिल नहीं होता। यह केवल डेमो
की स्वीकार करता है और ctrl+c दबाने तक चलता रहता है।

उपयोग:
  paystack-setup sandbox [--listen 127.0.0.1:8089] [--latency 0]
                         [--subaccounts N] [--rate N] [--usd]

फ़्लैग:
  --listen ADDR      सुनने के लिए लूपबैक पता (डिफ़ॉल्ट 127.0.0.1:8089;
                     पोर्ट 0 कोई भी खाली पोर्ट चुनता है)
  --latency DUR      हर जवाब में जोड़ी गई देरी, जैसे 300ms (डिफ़ॉल्ट 0)
  --subaccounts N    पहले से मौजूद सबअकाउंट में N बनाए गए सबअकाउंट जोड़ें
  --rate N           हर सेकंड N अनुरोधों के बाद 429 लौटाएँ (डिफ़ॉल्ट: कोई सीमा नहीं)
  --usd              USD बैलेंस जोड़ें, जैसा अंतरराष्ट्रीय भुगतान चालू होने पर होता है

उदाहरण:
  paystack-setup sandbox
  paystack-setup sandbox --latency 800ms --subaccounts 5000
  PAYSTACK_API_BASE=http://127.0.0.1:8089 paystack-setup audit`,
		SandboxFlagListen:    "सुनने के लिए लूपबैक पता",
		SandboxFlagLatency:   "हर जवाब में जोड़ी गई देरी",
		SandboxFlagSubs:      "जोड़ने के लिए बनाए गए सबअकाउंट",
		SandboxFlagRate:      "429 से पहले हर सेकंड अनुरोध",
		SandboxFlagUSD:       "USD बैलेंस जोड़ें",
		SandboxListening:     "सैंडबॉक्स Paystack %s पर सुन रहा है (कुछ भी इस कंप्यूटर से बाहर नहीं जाता)।",
		SandboxPointProduct:  "दूसरे टर्मिनल से paystack-setup को इसकी ओर मोड़ें:\n  PAYSTACK_API_BASE=%s paystack-setup",
		SandboxDemoKeys:      "यह केवल डेमो सीक्रेट की स्वीकार करता है:",
		SandboxKeyTest:       "  टेस्ट मोड: %s",
		SandboxKeyLive:       "  लाइव मोड: %s",
		SandboxKeysWhere:     "डेमो की के पूरे मान README के \"Sandbox\" खंड में हैं। ये सार्वजनिक नकली की हैं जो केवल यहीं काम करती हैं, इसलिए इन्हें पेस्ट करना ठीक है।",
		SandboxSettings:      "देरी: %s। दर सीमा: %s। अतिरिक्त सबअकाउंट: %d।",
		SandboxNoLimit:       "कोई नहीं",
		SandboxRatePerSecond: "हर सेकंड %d अनुरोध",
		SandboxUSDOn:         "USD बैलेंस चालू है, जैसा अंतरराष्ट्रीय भुगतान सक्षम होने पर होता है।",
		SandboxStopHint:      "रोकने के लिए ctrl+c दबाएँ।",
		SandboxStopped:       "सैंडबॉक्स रुक गया। जवाब दिए गए अनुरोध: %d।",
		SandboxNotLoopback:   "%s लूपबैक पता नहीं है। सैंडबॉक्स केवल इसी कंप्यूटर पर सुनता है: 127.0.0.1, ::1 या localhost इस्तेमाल करें, जैसे --listen 127.0.0.1:8089।",
		SandboxPortInUse:     "पोर्ट %s पहले से इस्तेमाल में है। उसे इस्तेमाल कर रहा प्रोग्राम बंद करें, या दूसरा पोर्ट चुनें, जैसे कोई भी खाली पोर्ट पाने के लिए --listen 127.0.0.1:0।",
		SandboxListenFailed:  "%s पर सुन नहीं सका। पता जाँचें, या कोई भी खाली पोर्ट पाने के लिए --listen 127.0.0.1:0 आज़माएँ।",
		SandboxNegative:      "--%s ऋणात्मक नहीं हो सकता (आपने %s दिया)।",
		SandboxExtraArgs:     "sandbox केवल फ़्लैग लेता है, %q नहीं।",
	})
}
