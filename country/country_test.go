package country

import (
	"errors"
	"strings"
	"testing"

	"paystack-setup/msg"
	"paystack-setup/paystack"
)

func TestLookupAcceptsWhatAnswersAndPeopleHold(t *testing.T) {
	for _, tc := range []struct{ in, code, currency, paystack string }{
		{"NG", Nigeria, "NGN", "nigeria"},
		{"nigeria", Nigeria, "NGN", "nigeria"},
		{" ghs ", Ghana, "GHS", "ghana"},
		{"Kenya", Kenya, "KES", "kenya"},
		{"south-africa", SouthAfrica, "ZAR", "south africa"},
		{"ZAR", SouthAfrica, "ZAR", "south africa"},
	} {
		c, ok := Lookup(tc.in)
		if !ok || c.Code != tc.code || c.Currency != tc.currency || c.PaystackName != tc.paystack {
			t.Errorf("Lookup(%q) = %+v, %v; want %s %s %q", tc.in, c, ok, tc.code, tc.currency, tc.paystack)
		}
	}
	for _, in := range []string{"", "togo", "USD", "N G"} {
		if c, ok := Lookup(in); ok || Code(in) != "" {
			t.Errorf("Lookup(%q) = %+v; want no market", in, c)
		}
	}
}

func TestWelcomeOrderAndNamesInBothLanguages(t *testing.T) {
	var codes []string
	for _, c := range All {
		codes = append(codes, c.Code)
		for _, l := range msg.Langs {
			if name := msg.In(l, c.Name); name == "" || name == string(c.Name) {
				t.Errorf("%s has no name in %s", c.Code, l)
			}
		}
	}
	if got := strings.Join(codes, ","); got != "NG,GH,KE,ZA" {
		t.Fatalf("markets in order %s, want NG,GH,KE,ZA", got)
	}
}

// Paystack names account holders only in Nigeria and Ghana; elsewhere the
// merchant is told why the name is not shown.
func TestOnlyNigeriaAndGhanaResolveNames(t *testing.T) {
	for _, c := range All {
		want := c.Code == Nigeria || c.Code == Ghana
		if c.CanResolve() != want {
			t.Errorf("%s CanResolve = %v, want %v", c.Code, c.CanResolve(), want)
		}
		if !want && c.ResolveNote == "" {
			t.Errorf("%s says nothing about why the name is not looked up", c.Code)
		}
	}
	if (Country{}).CanResolve() {
		t.Error("an unknown country claims Paystack can resolve its accounts")
	}
}

func TestMobileMoneyFieldIsAPhoneNumber(t *testing.T) {
	if AccountNumberLabel(BankTypeMobileMoney) != msg.SubAcctFieldAccountMobile || AccountNumberLabel("nuban") != msg.SubAcctFieldAccount {
		t.Fatal("the account field's label does not follow the bank type")
	}
}

func TestMaskKeepsOnlyTheLastFourDigits(t *testing.T) {
	for in, want := range map[string]string{"0123456789": "••••6789", "12": "••••12", "": "••••"} {
		if got := MaskAccountNumber(in); got != want {
			t.Errorf("MaskAccountNumber(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSouthAfricanIDNumber(t *testing.T) {
	if id, err := ZAIDNumber(" 800101 5009 087 "); err != nil || id != "8001015009087" {
		t.Fatalf("a spaced 13-digit ID: %q, %v", id, err)
	}
	_, err := ZAIDNumber("80010150")
	var ce *Error
	if !errors.As(err, &ce) || ce.Problem != msg.SubAcctZAIDBad {
		t.Fatalf("a short ID: %v", err)
	}
	if text := ce.Text().In(msg.English); !strings.Contains(text, "13 digits") || !strings.Contains(text, "8") {
		t.Errorf("the refusal should name the rule and the count: %q", text)
	}
	if _, err := ZAIDNumber("80010150090A7"); err == nil {
		t.Error("an ID with a letter was accepted")
	}
}

func TestSouthAfricanCheckOnlyAtVerifyingBanks(t *testing.T) {
	verifying := &paystack.Bank{Code: "632005", EnabledForVerification: true}
	if !CanVerifyZA("ZA", verifying) {
		t.Error("a South African bank enabled for verification is not offered the check")
	}
	if CanVerifyZA("ZA", &paystack.Bank{Code: "1"}) || CanVerifyZA("NG", verifying) || CanVerifyZA("ZA", nil) {
		t.Error("the check is offered where Paystack cannot run it")
	}
	req := ZAValidateRequest("  Thabo Nkosi ", "1234567", "632005", "8001015009087")
	if req.AccountName != "Thabo Nkosi" || req.CountryCode != "ZA" || req.DocumentType != "identityNumber" || req.AccountType != "personal" {
		t.Errorf("request %+v", req)
	}
}

func TestZAVerdictSaysWhatTheBankSaid(t *testing.T) {
	text, ok := ZAVerdict(paystack.ValidationResult{Verified: true})
	if !ok || text.ID != msg.SubAcctZAVerified {
		t.Errorf("verified: %v %v", text, ok)
	}
	text, ok = ZAVerdict(paystack.ValidationResult{VerificationMessage: "Account holder mismatch."})
	if ok || !strings.Contains(text.In(msg.English), "Account holder mismatch.") {
		t.Errorf("not verified: %q %v", text.In(msg.English), ok)
	}
}

// A refusal's Error() is for logs: it never renders a sentence, and never
// repeats what was typed.
func TestErrorIsTechnical(t *testing.T) {
	_, err := ValidateAccountNumber("NG", "", "01234X6789")
	if got := err.Error(); strings.Contains(got, "X") || !strings.HasPrefix(got, "country:") {
		t.Errorf("Error() = %q", got)
	}
}
