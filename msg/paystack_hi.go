package msg

func init() {
	Register(Hindi, map[ID]string{
		PaystackKeyEmpty:        "कोई सीक्रेट की नहीं डाली गई। Settings → API Keys & Webhooks से अपनी Paystack सीक्रेट की पेस्ट करें (यह sk_test_ या sk_live_ से शुरू होती है)।",
		PaystackKeyPublic:       "यह आपकी पब्लिक की (pk_…) है। इसकी जगह सीक्रेट की पेस्ट करें: यह sk_test_ या sk_live_ से शुरू होती है और Settings → API Keys & Webhooks में मिलती है।",
		PaystackKeyNotPaystack:  "यह Paystack सीक्रेट की नहीं है: इसे sk_test_ या sk_live_ से शुरू होना चाहिए। इसे अपने Paystack डैशबोर्ड में Settings → API Keys & Webhooks से कॉपी करें।",
		PaystackKeyTruncated:    "सीक्रेट की अधूरी लगती है: प्रीफ़िक्स के बाद इसमें %d अक्षर हैं, जबकि Paystack सीक्रेट की में %d अक्षर होते हैं। Paystack के कॉपी बटन से इसे फिर से कॉपी करें।",
		PaystackKeyTooLong:      "सीक्रेट की बहुत लंबी है: प्रीफ़िक्स के बाद इसमें %d अक्षर हैं, जबकि Paystack सीक्रेट की में %d अक्षर होते हैं। इसके साथ कुछ और भी पेस्ट हो गया है; इसे फिर से कॉपी करें।",
		PaystackKeyWhitespace:   "सीक्रेट की के बीच में स्पेस या लाइन ब्रेक है। इसे एक ही टुकड़े में फिर से कॉपी करें।",
		PaystackKeyInvalidChars: "सीक्रेट की में ऐसे अक्षर हैं जो Paystack सीक्रेट की में कभी नहीं होते (प्रीफ़िक्स के बाद सिर्फ़ अक्षर और अंक होते हैं)। Paystack के कॉपी बटन से इसे फिर से कॉपी करें।",

		PaystackErrInvalidKey:     "Paystack यह सीक्रेट की स्वीकार नहीं करता (Invalid key)। Settings → API Keys & Webhooks में देखें कि यह सही मोड (test या live) की मौजूदा सीक्रेट की है, और इसे फिर से सेव करें।",
		PaystackErrIPBlocked:      "Paystack ने कॉल मना कर दी क्योंकि इस मशीन का IP पता इस सीक्रेट की की IP व्हाइटलिस्ट में नहीं है। Paystack Settings → API Keys & Webhooks में इस मशीन का IP जोड़ें, या व्हाइटलिस्ट की गई मशीन से चलाएँ। (अगर आपने सिर्फ़ systeme.io का 185.236.142.1 व्हाइटलिस्ट किया है, तो यहाँ ऐसा होना अपेक्षित है।)",
		PaystackErrNotFound:       "Paystack इसे नहीं ढूँढ सका (%s)। कोड जाँचें या सूची से इसे फिर से चुनें।",
		PaystackErrValidation:     "Paystack ने अनुरोध अस्वीकार कर दिया: %s",
		PaystackErrNextStep:       "Paystack का सुझाव: %s",
		PaystackErrRateLimited:    "Paystack कॉल की रफ़्तार सीमित कर रहा है। एक मिनट रुककर फिर से कोशिश करें।",
		PaystackErrRetryAfter:     "Paystack कॉल की रफ़्तार सीमित कर रहा है। %s बाद फिर से कोशिश करें।",
		PaystackErrUnavailable:    "Paystack अभी ठीक से जवाब नहीं दे रहा (HTTP %d)। कुछ मिनट बाद फिर से कोशिश करें; https://status.paystack.com पर ज्ञात रुकावटें दिखती हैं।",
		PaystackErrNotJSON:        "Paystack की जगह इस मशीन और Paystack के बीच किसी और ने जवाब दिया (एक HTML पेज, HTTP %d), अक्सर कोई फ़ायरवॉल, प्रॉक्सी या Cloudflare जाँच। कोई दूसरा नेटवर्क आज़माएँ, या --api-base जाँचें।",
		PaystackErrMalformed:      "Paystack का जवाब पढ़ा नहीं जा सका (HTTP %d)। फिर से कोशिश करें; अगर बार-बार हो, तो जाँचें कि --api-base Paystack की ओर इशारा करता है।",
		PaystackErrTimeout:        "Paystack ने समय पर जवाब नहीं दिया। अपना इंटरनेट कनेक्शन जाँचें और फिर से कोशिश करें।",
		PaystackErrNetwork:        "%s पर Paystack तक नहीं पहुँच सके। अपना इंटरनेट कनेक्शन जाँचें, और अगर आपने --api-base या PAYSTACK_API_BASE सेट किया है तो उसे भी।",
		PaystackErrCanceled:       "रद्द किया गया।",
		PaystackErrOutcomeUnknown: "Paystack का जवाब खो गया, इसलिए पता नहीं कि बदलाव हुआ या नहीं। फिर से कोशिश करने से पहले इसे खोजें, ताकि कुछ भी दो बार न बने।",
		PaystackErrRefused:        "Paystack ने कॉल मना कर दी (HTTP %d): %s",
		PaystackErrSaid:           "Paystack ने कहा: %s",
		PaystackErrBadRequest:     "अनुरोध नहीं भेजा जा सका (%s)। --api-base जाँचें।",
		PaystackErrInsecureBase:   "कुछ नहीं भेजा गया: --api-base (या PAYSTACK_API_BASE) सादे http पर %s की ओर इशारा करता है, जिससे आपकी सीक्रेट की बिना एन्क्रिप्शन के जाती। https:// वाला पता इस्तेमाल करें; http सिर्फ़ इसी कंप्यूटर पर चल रहे सैंडबॉक्स के लिए मान्य है (http://127.0.0.1:PORT)।",
	})
}
