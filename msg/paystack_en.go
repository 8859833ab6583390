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
	PaystackErrBadRequest     ID = "paystack.err_bad_request"
	PaystackErrInsecureBase   ID = "paystack.err_insecure_base"
)
