package msg

func init() {
	Register(Hindi, map[ID]string{
		ChkWebhookURLEmpty:       "वेबहुक URL खाली है। इसे systeme.io से कॉपी करें: Settings → Payment gateways, जुड़े हुए Paystack गेटवे पर।",
		ChkWebhookURLSpaces:      "वेबहुक URL में स्पेस हैं। इसे systeme.io के जुड़े हुए गेटवे वाले पेज से एक बार में पूरा दोबारा कॉपी करें।",
		ChkWebhookURLInvalid:     "यह मान्य वेब पता नहीं है। वेबहुक URL को systeme.io के जुड़े हुए गेटवे वाले पेज से दोबारा कॉपी करें।",
		ChkWebhookURLNoScheme:    "वेबहुक URL https:// से शुरू होना चाहिए। systeme.io के जुड़े हुए गेटवे वाले पेज से पूरा URL कॉपी करें।",
		ChkWebhookURLNotHTTPS:    "वेबहुक URL %s:// से शुरू होता है, पर Paystack को https:// चाहिए। systeme.io के जुड़े हुए गेटवे वाले पेज से https वाला URL कॉपी करें।",
		ChkWebhookURLCredentials: "वेबहुक URL में होस्ट से पहले यूज़र नेम या पासवर्ड है। उसे हटाएँ: systeme.io के वेबहुक URL में ऐसा कुछ नहीं होता।",
		ChkWebhookURLFragment:    "वेबहुक URL में # वाला हिस्सा है, जो सर्वर तक कभी नहीं भेजा जाता। URL को उसके बिना दोबारा कॉपी करें।",
		ChkWebhookURLNoHost:      "वेबहुक URL में कोई मान्य होस्ट नाम नहीं है। इसे systeme.io के जुड़े हुए गेटवे वाले पेज से दोबारा कॉपी करें।",
		ChkWebhookURLNotSysteme:  "होस्ट %s systeme.io नहीं है। जाँच लें कि आपने वही वेबहुक URL कॉपी किया है जो systeme.io, Paystack के लिए दिखाता है।",
	})
}
