// Package state keeps the merchant's answers per profile (never the secret key)
// so a rerun resumes where it stopped and the audit knows what was set up:
//
//	h, err := state.Open(root, "shop") // exclusive per profile; ErrLocked if another wizard has it
//	defer h.Close()
//	st, notices, err := h.Load()
//	st.MarkDone("subaccount")
//	err = h.Save(st)
//
// The file is <root>/profiles/<profile>/state.json, 0600 in a 0700 directory,
// replaced atomically on every save.
package state

import (
	"time"

	"paystack-setup/plans"
)

// SchemaVersion is the layout of state.json this build writes. Older files are
// migrated on Load; newer ones are moved aside rather than misread.
const SchemaVersion = 1

// KeyStorage is where the merchant chose to keep the secret key.
type KeyStorage string

const (
	StorageKeyring KeyStorage = "keyring"
	StorageEnv     KeyStorage = "environment"
	StorageFile    KeyStorage = "file"
)

// State is everything the wizard learned about one profile.
type State struct {
	Schema   int    `json:"schema"`
	Profile  string `json:"profile"`
	Country  string `json:"country,omitempty"`  // NG, GH, KE, ZA
	Currency string `json:"currency,omitempty"` // NGN, GHS, KES, ZAR
	Mode     string `json:"mode,omitempty"`     // "test" or "live", from the key's prefix

	KeyStorage KeyStorage `json:"key_storage,omitempty"`
	// PlainFileConsentAt records when the merchant agreed to keep the key in a
	// plain file, so the audit can show that it was their informed choice.
	PlainFileConsentAt time.Time `json:"plain_file_consent_at,omitzero"`

	Subaccount *SubaccountRef `json:"subaccount,omitempty"`

	SystemeConnected   bool      `json:"systeme_connected,omitempty"`
	SystemeConnectedAt time.Time `json:"systeme_connected_at,omitzero"`

	// Paystack keeps the IP whitelist and the webhook URL separately for test
	// and live mode, so both are keyed by mode.
	IPWhitelist map[string]bool   `json:"ip_whitelist,omitempty"`
	WebhookURL  map[string]string `json:"webhook_url,omitempty"`

	CheckoutFields []string     `json:"checkout_fields,omitempty"`
	Plans          []plans.Plan `json:"plans,omitempty"`

	// Purchases are the test purchases the wizard saw reach Paystack, by
	// mode (in live mode a real payment the merchant refunds), with what
	// the merchant said systeme.io showed.
	Purchases map[string]Purchase `json:"purchases,omitempty"`

	Done map[string]time.Time `json:"done,omitempty"` // step id → when it was finished
	// Drafts hold what was half-typed in a step when the merchant quit, so a
	// rerun puts it back (step id → field → value). Never a key or a full
	// account number: see SetDraft.
	Drafts    map[string]map[string]string `json:"drafts,omitempty"`
	LastAudit *AuditRecord                 `json:"last_audit,omitempty"`
	UpdatedAt time.Time                    `json:"updated_at,omitzero"`
}

// SubaccountRef is the bank subaccount systeme.io settles into. The account
// number is kept masked (last 4 digits): enough to recognise, useless to misuse.
type SubaccountRef struct {
	Code                string  `json:"code"`
	BusinessName        string  `json:"business_name,omitempty"`
	BankName            string  `json:"bank_name,omitempty"`
	BankCode            string  `json:"bank_code,omitempty"`
	AccountNumberMasked string  `json:"account_number_masked,omitempty"`
	AccountName         string  `json:"account_name,omitempty"`
	Currency            string  `json:"currency,omitempty"`
	PercentageCharge    float64 `json:"percentage_charge,omitempty"`
	CreatedByUs         bool    `json:"created_by_us,omitempty"`
}

// Purchase is a test purchase as the wizard saw it arrive at Paystack.
type Purchase struct {
	Reference      string    `json:"reference"`
	Amount         int64     `json:"amount"` // smallest unit
	Currency       string    `json:"currency"`
	PaidAt         time.Time `json:"paid_at,omitzero"`
	SubaccountCode string    `json:"subaccount_code,omitempty"` // "" when it was not split
	Routed         bool      `json:"routed"`                    // split with the chosen subaccount
	// SystemePaid is the merchant's answer to "does systeme.io show the
	// order as paid?"; nil until they answer.
	SystemePaid *bool `json:"systeme_paid,omitempty"`
}

// AuditRecord is the outcome of the last audit, for `profiles list`.
type AuditRecord struct {
	At    time.Time `json:"at"`
	Pass  int       `json:"pass"`
	Warn  int       `json:"warn"`
	Fail  int       `json:"fail"`
	Skip  int       `json:"skip"`
	Error int       `json:"error"`
}

// MarkDone records that a step was finished now.
func (s *State) MarkDone(step string) {
	if s.Done == nil {
		s.Done = map[string]time.Time{}
	}
	s.Done[step] = time.Now().UTC()
}

// IsDone reports whether a step was finished.
func (s *State) IsDone(step string) bool {
	_, ok := s.Done[step]
	return ok
}

// SetDraft keeps the half-typed fields of a step, replacing any earlier draft
// of it; nil or empty values remove it. A value that looks like a secret key
// (pasted in the wrong field) is dropped rather than written to the file.
func (s *State) SetDraft(step string, fields map[string]string) {
	kept := map[string]string{}
	for k, v := range fields {
		if v != "" && !secretKeyLike.MatchString(v) {
			kept[k] = v
		}
	}
	if len(kept) == 0 {
		delete(s.Drafts, step)
		return
	}
	if s.Drafts == nil {
		s.Drafts = map[string]map[string]string{}
	}
	s.Drafts[step] = kept
}

// TakeDraft returns a step's draft and forgets it: once back on screen, the
// fields themselves hold it, and the next quit saves them again.
func (s *State) TakeDraft(step string) map[string]string {
	d := s.Drafts[step]
	delete(s.Drafts, step)
	if len(s.Drafts) == 0 {
		s.Drafts = nil
	}
	return d
}

// FirstUnfinished is the step a rerun resumes at: the first in order that is
// not done, or "" when every step is.
func (s *State) FirstUnfinished(order []string) string {
	for _, step := range order {
		if !s.IsDone(step) {
			return step
		}
	}
	return ""
}
