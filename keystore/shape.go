package keystore

import "regexp"

// secretKeyShape is the start of a Paystack secret key, in any case and
// wherever it sits in a text, with enough of its body to be one.
var secretKeyShape = regexp.MustCompile(`(?i)sk_(live|test)_[a-z0-9]{8}`)

// HoldsSecretKey reports whether text holds (the start of) a Paystack secret
// key, such as a paste meant for the key step that landed in another field.
func HoldsSecretKey(text string) bool { return secretKeyShape.MatchString(text) }
