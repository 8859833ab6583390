package msg

// The Paystack API client: secret key format problems and API errors. Each
// says what to do next.
const (
	PaystackKeyEmpty        ID = "paystack.key_empty"
	PaystackKeyPublic       ID = "paystack.key_public"
	PaystackKeyNotPaystack  ID = "paystack.key_not_paystack"
	PaystackKeyTruncated    ID = "paystack.key_truncated"
	PaystackKeyTooLong      ID = "paystack.key_too_long"
	PaystackKeyWhitespace   ID = "paystack.key_whitespace"
	PaystackKeyInvalidChars ID = "paystack.key_invalid_chars"

	PaystackErrInvalidKey     ID = "paystack.err_invalid_key"
	PaystackErrIPBlocked      ID = "paystack.err_ip_blocked"
	PaystackErrNotFound       ID = "paystack.err_not_found"
	PaystackErrValidation     ID = "paystack.err_validation"
	PaystackErrNextStep       ID = "paystack.err_next_step"
	PaystackErrRateLimited    ID = "paystack.err_rate_limited"
	PaystackErrRetryAfter     ID = "paystack.err_retry_after"
	PaystackErrUnavailable    ID = "paystack.err_unavailable"
	PaystackErrNotJSON        ID = "paystack.err_not_json"
	PaystackErrMalformed      ID = "paystack.err_malformed"
	PaystackErrTimeout        ID = "paystack.err_timeout"
	PaystackErrNetwork        ID = "paystack.err_network"
	PaystackErrCanceled       ID = "paystack.err_canceled"
	PaystackErrOutcomeUnknown ID = "paystack.err_outcome_unknown"
	PaystackErrRefused        ID = "paystack.err_refused"
	PaystackErrSaid           ID = "paystack.err_said"
	PaystackErrBadRequest     ID = "paystack.err_bad_request"
	PaystackErrInsecureBase   ID = "paystack.err_insecure_base"
)

func init() {
	Register(English, map[ID]string{
		PaystackKeyEmpty:        "No key was entered. Paste your Paystack secret key (it starts with sk_test_ or sk_live_) from Settings → API Keys & Webhooks.",
		PaystackKeyPublic:       "That is your public key (pk_…). Paste the secret key instead: it starts with sk_test_ or sk_live_ and is in Settings → API Keys & Webhooks.",
		PaystackKeyNotPaystack:  "That is not a Paystack secret key: it must start with sk_test_ or sk_live_. Copy it from Settings → API Keys & Webhooks in your Paystack dashboard.",
		PaystackKeyTruncated:    "The key looks cut off: it has %d characters after the prefix where Paystack keys have %d. Copy it again with the copy button in Paystack.",
		PaystackKeyTooLong:      "The key is too long: it has %d characters after the prefix where Paystack keys have %d. Something extra was pasted with it; copy it again.",
		PaystackKeyWhitespace:   "The key has a space or line break inside it. Copy it again in one piece.",
		PaystackKeyInvalidChars: "The key has characters a Paystack key never has (only letters and digits follow the prefix). Copy it again with the copy button in Paystack.",

		PaystackErrInvalidKey:     "Paystack does not accept this secret key (Invalid key). Check that it is the current key for the right mode in Settings → API Keys & Webhooks, and store it again.",
		PaystackErrIPBlocked:      "Paystack refused the call because this machine's IP address is not on the key's IP whitelist. Add this machine's IP in Paystack Settings → API Keys & Webhooks, or run from a whitelisted machine. (If you whitelisted only systeme.io's 185.236.142.1, this is expected here.)",
		PaystackErrNotFound:       "Paystack could not find it (%s). Check the code or pick it again from the list.",
		PaystackErrValidation:     "Paystack rejected the request: %s",
		PaystackErrNextStep:       "Paystack suggests: %s",
		PaystackErrRateLimited:    "Paystack is limiting how fast calls can be made. Wait a minute and try again.",
		PaystackErrRetryAfter:     "Paystack is limiting how fast calls can be made. Try again in %s.",
		PaystackErrUnavailable:    "Paystack is not answering properly right now (HTTP %d). Try again in a few minutes; https://status.paystack.com shows known outages.",
		PaystackErrNotJSON:        "Something between this machine and Paystack answered instead of Paystack (an HTML page, HTTP %d), often a firewall, proxy or Cloudflare check. Try another network, or check --api-base.",
		PaystackErrMalformed:      "Paystack's answer could not be read (HTTP %d). Try again; if it keeps happening, check that --api-base points to Paystack.",
		PaystackErrTimeout:        "Paystack did not answer in time. Check your internet connection and try again.",
		PaystackErrNetwork:        "Could not reach Paystack at %s. Check your internet connection, and --api-base or PAYSTACK_API_BASE if you set one.",
		PaystackErrCanceled:       "Canceled.",
		PaystackErrOutcomeUnknown: "The answer from Paystack was lost, so it is not known whether the change was made. Look it up before trying again, so nothing is created twice.",
		PaystackErrRefused:        "Paystack refused the call (HTTP %d): %s",
		PaystackErrSaid:           "Paystack said: %s",
		PaystackErrBadRequest:     "The request could not be made (%s). Check --api-base.",
		PaystackErrInsecureBase:   "Nothing was sent: --api-base (or PAYSTACK_API_BASE) points at %s over plain http, which would carry your secret key unencrypted. Use an https:// address; http is accepted only for a sandbox on this computer (http://127.0.0.1:PORT).",
	})
}
