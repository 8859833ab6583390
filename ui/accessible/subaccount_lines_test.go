package accessible

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"

	"paystack-setup/keystore"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/setup"
	"paystack-setup/steps"
)

// nigerianSession is a merchant at the subaccount step: Nigeria chosen, the
// sandbox's test key stored, Paystack in process.
func nigerianSession(t *testing.T) *setup.Session {
	t.Helper()
	return nigerianSessionOn(t, sandbox.New(sandbox.Options{}))
}

func nigerianSessionOn(t *testing.T, srv *sandbox.Server) *setup.Session {
	t.Helper()
	root := t.TempDir()
	keys := keystore.New(keystore.Options{Backend: keystore.NewMemoryBackend(), Dir: root, Getenv: func(string) string { return "" }})
	k, err := paystack.ParseSecretKey(sandbox.DemoTestKey)
	if err != nil {
		t.Fatal(err)
	}
	if err := keys.Set(context.Background(), "default", k); err != nil {
		t.Fatal(err)
	}
	hc := &http.Client{Transport: srv.Transport()}
	s, _, err := setup.Open(context.Background(), setup.Options{Profile: "default", StateRoot: root, Keys: keys,
		NewClient: func(k paystack.SecretKey) *paystack.Client {
			return paystack.New(k, paystack.WithBaseURL(sandbox.BaseURL), paystack.WithHTTPClient(hc), paystack.WithMaxRetries(0))
		}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	if err := s.RecordCountry("NG"); err != nil {
		t.Fatal(err)
	}
	return s
}

// The subaccount step read out: a subaccount found by typing part of its
// name, and the "b" back to the first question from the list.
func TestLinesSubaccountSearchAndPick(t *testing.T) {
	s := nigerianSession(t)
	l, sc := lines(t,
		turn{"Type a number from 1 to 2", "1"},
		turn{"Type part of the business name", "b"},
		turn{"Type a number from 1 to 2 (Enter chooses 1)", ""},
		turn{"Type part of the business name", "ngozi bakes"},
		turn{"Type the number (1 to 1)", "1"},
	)
	if err := steps.Subaccount.Run(context.Background(), s, l); err != nil {
		t.Fatal(err)
	}
	said := sc.out.String()
	if !strings.Contains(said, "1. Ngozi Bakes, bank Kuda Bank, account ending in 7891, NGN, verified: no, active: yes") {
		t.Errorf("the subaccount was not read as a sentence:\n%s", said)
	}
	if !strings.Contains(said, "Subaccount chosen: Ngozi Bakes") || s.State().Subaccount == nil || s.State().Subaccount.BusinessName != "Ngozi Bakes" {
		t.Errorf("the pick was not said or recorded:\n%s", said)
	}
}

// The create path read out field by field: the holder's name and the share
// said after their answers, the summary, and Enter creating it.
func TestLinesSubaccountCreate(t *testing.T) {
	s := nigerianSession(t)
	l, sc := lines(t,
		turn{"Type a number from 1 to 2", "2"},
		turn{"Type part of the bank name", "zenith"},
		turn{"Type the number (1 to 1)", "1"},
		turn{"Account number:", "201234567"},
		turn{"exactly 10 digits; this one has 9", "2012345678"},
		turn{"Business name:", "Ade Foods"},
		turn{"Percentage that stays in your main Paystack account (Enter keeps: 0):", "10"},
		turn{"Contact email:", "ade@adefoods.example"},
		turn{"Press enter to create it on Paystack", ""},
	)
	if err := steps.Subaccount.Run(context.Background(), s, l); err != nil {
		t.Fatal(err)
	}
	said := sc.out.String()
	for _, want := range []string{"Account name: ", "10% of each payment stays in your main Paystack account",
		"- 10% stays in your main Paystack account; this subaccount gets 90%.", "Subaccount created on Paystack: Ade Foods"} {
		if !strings.Contains(said, want) {
			t.Errorf("not said: %q\n%s", want, said)
		}
	}
	if got := s.State().Subaccount; got == nil || !got.CreatedByUs || got.BusinessName != "Ade Foods" {
		t.Fatalf("recorded %+v", got)
	}
}

// A line is read raw: a business name typed (or pasted) with an escape
// sequence would be sent to Paystack, which shows it back on every later
// screen. What reaches Paystack is the name alone.
func TestLinesATypedNameReachesPaystackWithoutEscapes(t *testing.T) {
	srv := sandbox.New(sandbox.Options{})
	s := nigerianSessionOn(t, srv)
	l, _ := lines(t,
		turn{"Type a number from 1 to 2", "2"},
		turn{"Type part of the bank name", "zenith"},
		turn{"Type the number (1 to 1)", "1"},
		turn{"Account number:", "2012345678"},
		turn{"Business name:", "Ade\x1b]0;pwned\x07 Foods"},
		turn{"Percentage that stays in your main Paystack account", ""},
		turn{"Contact email:", "ade@adefoods.example"},
		turn{"Press enter to create it on Paystack", ""},
	)
	if err := steps.Subaccount.Run(context.Background(), s, l); err != nil {
		t.Fatal(err)
	}
	// Paystack's own record, read raw: the client cleans what it reads.
	req, err := http.NewRequest(http.MethodGet, sandbox.BaseURL+"/subaccount", nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+sandbox.DemoTestKey)
	resp, err := (&http.Client{Transport: srv.Transport()}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if !strings.Contains(string(body), `"Ade Foods"`) || strings.Contains(string(body), "pwned") {
		t.Fatalf("Paystack did not get the name without its escape sequence:\n%s", body)
	}
}
