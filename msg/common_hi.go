package msg

func init() {
	Register(Hindi, map[ID]string{
		AppName:           "paystack-setup",
		ConfigDirRelative: "%s का मान %q है, जो पूरा पाथ नहीं है, इसलिए आपके जवाब इस पर निर्भर करते हुए अलग-अलग जगह रखे जाते कि आप paystack-setup किस फ़ोल्डर से चलाते हैं। इसे पूरे पाथ पर सेट करें (जो डिस्क के सबसे ऊपर से शुरू हो) या हटा दें, फिर दोबारा चलाएँ।",
		DemoBanner:        "डेमो · सैंडबॉक्स Paystack, कुछ भी असली नहीं बदला जाता",
		ErrInternal:       "paystack-setup के अंदर कुछ गड़बड़ हुई। आपके जवाब सहेजे गए हैं। कृपया इसे फिर से चलाएँ; अगर यह दोबारा हो, तो `paystack-setup --version` के आउटपुट के साथ इसकी रिपोर्ट करें।",
		Interrupted:       "रोका गया। आपकी प्रगति सहेजी गई है: फिर से शुरू करने के लिए paystack-setup दोबारा चलाएँ।",
		NoConfigDir:       "paystack-setup तय नहीं कर पा रहा कि आपके जवाब कहाँ रखे: HOME सेट नहीं है (या XDG_CONFIG_HOME / से शुरू होने वाला पूरा पाथ नहीं है)। HOME को अपने होम फ़ोल्डर पर सेट करें, जैसे `export HOME=/home/yourname`, और फिर चलाएँ। `paystack-setup --demo` इसके बिना भी चलता है।",
		OutputFailed:      "आउटपुट लिखा नहीं जा सका, इसलिए वह अधूरा है। जाँचें कि वह कहाँ जा रहा है: डिस्क भरी हो सकती है, या उसे पढ़ने वाला कमांड रुक गया हो सकता है।",
		NeedTerminal:      "विज़ार्ड के लिए paystack-setup को एक इंटरैक्टिव टर्मिनल चाहिए। स्क्रिप्ट में `paystack-setup audit` (मशीनों के लिए --json जोड़ें) या `paystack-setup key set --stdin` का उपयोग करें।",
	})
}
