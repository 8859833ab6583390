package msg

func init() {
	Register(Hindi, map[ID]string{
		AppName:      "paystack-setup",
		DemoBanner:   "डेमो · सैंडबॉक्स Paystack, कुछ भी असली नहीं बदला जाता",
		ErrInternal:  "paystack-setup के अंदर कुछ गड़बड़ हुई। आपके जवाब सहेजे गए हैं। कृपया इसे फिर से चलाएँ; अगर यह दोबारा हो, तो `paystack-setup --version` के आउटपुट के साथ इसकी रिपोर्ट करें।",
		Interrupted:  "रोका गया। आपकी प्रगति सहेजी गई है: फिर से शुरू करने के लिए paystack-setup दोबारा चलाएँ।",
		NeedTerminal: "विज़ार्ड के लिए paystack-setup को एक इंटरैक्टिव टर्मिनल चाहिए। स्क्रिप्ट में `paystack-setup audit` (मशीनों के लिए --json जोड़ें) या `paystack-setup key set --stdin` का उपयोग करें।",
	})
}
