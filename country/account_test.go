package country

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"paystack-setup/msg"
)

func TestValidateAccountNumberPerCountry(t *testing.T) {
	cases := []struct {
		country, bankType, typed string
		want                     string // normalized number, or "" for an error
		problem                  msg.ID
	}{
		{"nigeria", "nuban", "0123456789", "0123456789", ""},
		{"nigeria", "nuban", "0123 456 789", "0123456789", ""},
		{"nigeria", "nuban", "012345678", "", msg.SubAcctNigeriaLength},
		{"nigeria", "nuban", "01234567890", "", msg.SubAcctNigeriaLength},
		{"nigeria", "nuban", "01234O6789", "", msg.SubAcctNotDigits},
		{"nigeria", "nuban", "   ", "", msg.SubAcctEmpty},
		{"ghana", "ghipps", "1234567890123", "1234567890123", ""},
		{"ghana", "ghipps", "123456789", "", msg.SubAcctGhanaLength},
		{"ghana", "ghipps", "12345678901234567", "", msg.SubAcctGhanaLength},
		{"ghana", "mobile_money", "0241234567", "0241234567", ""},
		{"ghana", "mobile_money", "+233 24 123 4567", "0241234567", ""},
		{"ghana", "mobile_money", "241234567", "", msg.SubAcctGhanaMobile},
		{"kenya", "kepss", "123456", "123456", ""},
		{"kenya", "kepss", "12345", "", msg.SubAcctKenyaLength},
		{"kenya", "kepss", "123456789012345", "", msg.SubAcctKenyaLength},
		{"kenya", "mobile_money", "0712345678", "0712345678", ""},
		{"kenya", "mobile_money", "+254712345678", "254712345678", ""},
		{"kenya", "mobile_money", "0812345678", "", msg.SubAcctKenyaMpesa},
		{"south africa", "basa", "1234567", "1234567", ""},
		{"south africa", "basa", "12345678901", "12345678901", ""},
		{"south africa", "basa", "123456", "", msg.SubAcctSouthAfricaLength},
		{"south africa", "basa", "123456789012", "", msg.SubAcctSouthAfricaLength},
	}
	for _, c := range cases {
		got, err := ValidateAccountNumber(c.country, c.bankType, c.typed)
		if c.problem == "" {
			if err != nil || got != c.want {
				t.Errorf("%s %s %q: got %q, %v; want %q accepted", c.country, c.bankType, c.typed, got, err, c.want)
			}
			continue
		}
		var ae *Error
		if !errors.As(err, &ae) || ae.Problem != c.problem {
			t.Errorf("%s %s %q: got %q, %v; want problem %s", c.country, c.bankType, c.typed, got, err, c.problem)
			continue
		}
		if text := ae.Text().In(msg.English); strings.Contains(text, "%!") {
			t.Errorf("%s: message badly formatted: %s", c.problem, text)
		}
	}
}

func TestAccountNumberMessageTellsTheRule(t *testing.T) {
	_, err := ValidateAccountNumber("nigeria", "nuban", "12345")
	var ae *Error
	if !errors.As(err, &ae) {
		t.Fatalf("want a typed refusal, got %v", err)
	}
	if text := ae.Text().In(msg.English); !strings.Contains(text, "10 digits") || !strings.Contains(text, "5") {
		t.Fatalf("Nigerian length message should name the rule and the count, got %q", text)
	}
}

func FuzzValidateAccountNumber(f *testing.F) {
	for _, s := range []string{"0123456789", "+233 24 123 4567", "0712345678", "12-34-56", "", "٣٤٥", "0241234567\x00"} {
		for _, c := range []string{"nigeria", "ghana", "kenya", "south africa", "togo"} {
			f.Add(c, "mobile_money", s)
			f.Add(c, "nuban", s)
		}
	}
	f.Fuzz(func(t *testing.T, country, bankType, typed string) {
		got, err := ValidateAccountNumber(country, bankType, typed)
		if err != nil {
			if got != "" {
				t.Fatalf("rejected %q but returned %q", typed, got)
			}
			var ae *Error
			if !errors.As(err, &ae) {
				t.Fatalf("untyped refusal %v for %q", err, typed)
			}
			if msgText := ae.Text().In(msg.English); msgText == "" || !utf8.ValidString(msgText) && utf8.ValidString(typed) {
				t.Fatalf("unhelpful message %q for %q", msgText, typed)
			}
			return
		}
		for _, r := range got {
			if r < '0' || r > '9' {
				t.Fatalf("accepted %q as %q, which is not all digits", typed, got)
			}
		}
		if got == "" || len(got) > 20 {
			t.Fatalf("accepted %q as %q", typed, got)
		}
		again, err := ValidateAccountNumber(country, bankType, got)
		if err != nil || again != got {
			t.Fatalf("normalized %q is not stable: %q, %v", got, again, err)
		}
	})
}
