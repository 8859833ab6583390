package msg

// Webhook URL validation, shared by the wizard's webhook step and the audit.
const (
	ChkWebhookURLEmpty       ID = "checks.webhook_url_empty"
	ChkWebhookURLSpaces      ID = "checks.webhook_url_spaces"
	ChkWebhookURLInvalid     ID = "checks.webhook_url_invalid"
	ChkWebhookURLNoScheme    ID = "checks.webhook_url_no_scheme"
	ChkWebhookURLNotHTTPS    ID = "checks.webhook_url_not_https"
	ChkWebhookURLCredentials ID = "checks.webhook_url_credentials"
	ChkWebhookURLFragment    ID = "checks.webhook_url_fragment"
	ChkWebhookURLNoHost      ID = "checks.webhook_url_no_host"
	ChkWebhookURLNotSysteme  ID = "checks.webhook_url_not_systeme"
)

func init() {
	Register(English, map[ID]string{
		ChkWebhookURLEmpty:       "The webhook URL is empty. Copy it from systeme.io: Settings → Payment gateways, on the connected Paystack gateway.",
		ChkWebhookURLSpaces:      "The webhook URL contains spaces. Copy it again from systeme.io's connected gateways page, in one piece.",
		ChkWebhookURLInvalid:     "This is not a valid web address. Copy the webhook URL again from systeme.io's connected gateways page.",
		ChkWebhookURLNoScheme:    "The webhook URL must start with https://. Copy the whole URL from systeme.io's connected gateways page.",
		ChkWebhookURLNotHTTPS:    "The webhook URL starts with %s://, but Paystack needs https://. Copy the https URL from systeme.io's connected gateways page.",
		ChkWebhookURLCredentials: "The webhook URL contains a user name or password before the host. Remove it: systeme.io's webhook URL has none.",
		ChkWebhookURLFragment:    "The webhook URL contains a # part, which is never sent to the server. Copy the URL again without it.",
		ChkWebhookURLNoHost:      "The webhook URL has no valid host name. Copy it again from systeme.io's connected gateways page.",
		ChkWebhookURLNotSysteme:  "The host %s is not systeme.io. Check that you copied the webhook URL that systeme.io shows for Paystack.",
	})
}
