package problem_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"paystack-setup/country"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/plans"
	"paystack-setup/problem"
	"paystack-setup/renewals"
	"paystack-setup/setup"
	"paystack-setup/state"
)

// A raw Go error never reaches a merchant: what has no sentence of its own
// gets the internal-error one.
func TestUnknownErrorsSayTheInternalSentence(t *testing.T) {
	raw := errors.New("open /tmp/x: no such file or directory")
	for _, err := range []error{raw, fmt.Errorf("wrapped: %w", raw)} {
		text := problem.Text(err)
		if text.ID != msg.ErrInternal {
			t.Errorf("%v became %v", err, text)
		}
		if strings.Contains(problem.Message(err), "/tmp/x") {
			t.Errorf("the Go error reached the merchant: %q", problem.Message(err))
		}
	}
	if !problem.Text(nil).IsZero() {
		t.Error("nil has a sentence")
	}
}

func TestPaystackFailuresByKind(t *testing.T) {
	cases := []struct {
		err  *paystack.Error
		says []string
	}{
		{&paystack.Error{Kind: paystack.KindInvalidKey, Status: 401, Message: "Invalid key"}, []string{"Invalid key", "API Keys & Webhooks"}},
		{&paystack.Error{Kind: paystack.KindValidation, Status: 400, Message: "Account number is invalid", Code: "invalid_params", NextStep: "Provide a 10-digit NUBAN"},
			[]string{"Paystack rejected the request: Account number is invalid (invalid_params) Paystack suggests: Provide a 10-digit NUBAN"}},
		{&paystack.Error{Kind: paystack.KindRateLimited, RetryAfter: 6500 * time.Millisecond}, []string{"Try again in 7s"}},
		{&paystack.Error{Kind: paystack.KindNetwork, Host: "127.0.0.1:9"}, []string{"127.0.0.1:9", "--api-base"}},
		{&paystack.Error{Kind: paystack.KindNetwork}, []string{paystack.DefaultBaseURL}},
		{&paystack.Error{Kind: paystack.KindOutcomeUnknown, Err: &paystack.Error{Kind: paystack.KindUnavailable}}, []string{"Look it up before trying again"}},
		{&paystack.Error{Kind: paystack.KindNotFound}, []string{"Entity not found"}},
		{&paystack.Error{Kind: paystack.KindRefused, Status: 402}, []string{"402", "Payment Required"}},
		{&paystack.Error{Kind: paystack.KindBadRequest, Op: "base URL"}, []string{"base URL", "--api-base"}},
	}
	for _, tc := range cases {
		got := problem.Message(tc.err)
		for _, s := range tc.says {
			if !strings.Contains(got, s) {
				t.Errorf("%s: %q does not say %q", tc.err.Kind, got, s)
			}
		}
	}
}

// The sentence is made when it is rendered, in the renderer's language, not
// in whatever language was current when the call failed (audit --json is
// English from a Hindi run).
func TestRenderedInTheRenderersLanguage(t *testing.T) {
	text := problem.Text(&paystack.Error{Kind: paystack.KindValidation, Message: "Bad", NextStep: "Fix it"})
	en, hi := text.In(msg.English), text.In(msg.Hindi)
	if !strings.HasPrefix(en, "Paystack rejected the request: Bad") || !strings.Contains(en, "Paystack suggests: Fix it") {
		t.Errorf("English: %q", en)
	}
	if !strings.Contains(hi, "Paystack ने अनुरोध अस्वीकार कर दिया: Bad") || !strings.Contains(hi, "Paystack का सुझाव: Fix it") {
		t.Errorf("Hindi: %q", hi)
	}
}

func TestPastedKeyProblemsNeverRepeatTheKey(t *testing.T) {
	typed := "pk_live_" + strings.Repeat("k", 40)
	_, err := paystack.ParseSecretKey(typed)
	if got := problem.Message(err); !strings.Contains(got, "public key") || strings.Contains(got, typed[8:]) {
		t.Fatalf("public key: %q", got)
	}
	if got := problem.Message(&paystack.KeyFormatError{Problem: paystack.KeyTooLong, Got: 41, Want: 40}); !strings.Contains(got, "41") {
		t.Fatalf("too long: %q", got)
	}
}

// A refusal that carries its own message says it, even when it wraps a
// Paystack failure with a sentence of its own.
func TestOutermostSentenceSpeaks(t *testing.T) {
	inner := &paystack.Error{Kind: paystack.KindUnavailable, Status: 503}
	err := &setup.Error{Problem: msg.SubAcctCreateUnknown, Cause: inner}
	if got := problem.Text(fmt.Errorf("creating: %w", err)); got.ID != msg.SubAcctCreateUnknown {
		t.Fatalf("got %v", got)
	}
	if got := problem.Text(&country.Error{Problem: msg.SubAcctNigeriaLength, Args: []any{9}}); got.ID != msg.SubAcctNigeriaLength {
		t.Fatalf("country refusal: %v", got)
	}
	if got := problem.Message(problem.New(msg.StKeyCanceled)); got != msg.T(msg.StKeyCanceled) {
		t.Fatalf("New: %q", got)
	}
}

// The state and plans errors already speak the merchant's language.
func TestStateAndPlansErrorsKeepTheirSentence(t *testing.T) {
	for _, err := range []error{
		&state.LockedError{Profile: "shop", PID: 42},
		&state.ProfileError{Profile: "a/b"},
		state.ErrSecretInState,
		state.ErrStateTooBig,
		&plans.AmountError{Input: "-5", Problem: plans.AmountNegative},
		&plans.FieldsError{Invalid: []string{"shoe"}},
	} {
		if got := problem.Message(fmt.Errorf("saving: %w", err)); got != err.Error() {
			t.Errorf("%T: %q, want %q", err, got, err.Error())
		}
	}
}

func TestStoppedAndTimedOut(t *testing.T) {
	if got := problem.Text(context.Canceled); got.ID != msg.PaystackErrCanceled {
		t.Errorf("canceled: %v", got)
	}
	if got := problem.Text(fmt.Errorf("x: %w", context.DeadlineExceeded)); got.ID != msg.PaystackErrTimeout {
		t.Errorf("deadline: %v", got)
	}
}

// One character after the prefix is "1 character", not "1 characters": the
// count picks the plural form of the language.
func TestTruncatedKeyCountsInTheRightForm(t *testing.T) {
	body := strings.Repeat("a1", 20)
	for n, want := range map[int]string{1: " 1 character after", 2: " 2 characters after"} {
		_, err := paystack.ParseSecretKey("sk_test_" + body[:n])
		if got := problem.Text(err).In(msg.English); err == nil || !strings.Contains(got, want) {
			t.Errorf("a key cut off after %d characters: %q", n, got)
		}
	}
}

// The renewals ledger and a --reason that names no reason say what they are
// and what to do, never a Go error.
func TestRenewalsErrorsHaveTheirSentence(t *testing.T) {
	damaged := &renewals.LedgerError{Path: "/home/ada/.config/paystack-setup/renewals/card-emails.json", Damaged: true, Err: errors.New("bad json")}
	if got := problem.Text(fmt.Errorf("send: %w", damaged)).In(msg.English); !strings.Contains(got, "card-emails.json") || !strings.Contains(got, "twice") {
		t.Errorf("damaged ledger: %q", got)
	}
	failed := &renewals.LedgerError{Path: "/x/card-emails.json", Err: errors.New("permission denied")}
	if got := problem.Text(failed).In(msg.English); !strings.Contains(got, "could not be read or written") || strings.Contains(got, "permission denied") {
		t.Errorf("unwritable ledger: %q", got)
	}
	_, err := renewals.ParseReasons("expired")
	if got := problem.Text(err).In(msg.Hindi); !strings.Contains(got, `"expired"`) || !strings.Contains(got, "failed_charge") {
		t.Errorf("unknown reason: %q", got)
	}
}
