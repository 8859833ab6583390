package paystack_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
)

// The client against the stateful sandbox: the flows the wizard relies on,
// end to end through the sandbox's own fault knobs.

func sandboxClient(t *testing.T, opts sandbox.Options, extra ...paystack.Option) (*paystack.Client, *sandbox.Server) {
	t.Helper()
	srv := sandbox.New(opts)
	key, err := paystack.ParseSecretKey(sandbox.DemoTestKey)
	if err != nil {
		t.Fatal(err)
	}
	clientOpts := append([]paystack.Option{
		paystack.WithBaseURL(sandbox.BaseURL),
		paystack.WithHTTPClient(&http.Client{Transport: srv.Transport()}),
		paystack.WithMaxRetries(0), paystack.WithTimeout(2 * time.Second),
	}, extra...)
	c := paystack.New(key, clientOpts...)
	return c, srv
}

func TestSandboxLostCreateIsFoundNotDuplicated(t *testing.T) {
	c, srv := sandboxClient(t, sandbox.Options{})
	ctx := context.Background()
	banks, err := c.ListBanks(ctx, paystack.BankQuery{Country: "NG"})
	if err != nil || len(banks) == 0 {
		t.Fatalf("banks: %d, %v", len(banks), err)
	}
	bank := banks[0]
	req := paystack.SubaccountRequest{BusinessName: "Lost Answer Ltd", SettlementBank: bank.Code, AccountNumber: "0987654321", PercentageCharge: 10}

	srv.InjectFault(sandbox.Fault{Method: "POST", Path: "/subaccount", Kind: sandbox.FaultCreateThenDrop, Status: http.StatusBadGateway, Count: 1})
	_, err = c.CreateSubaccount(ctx, req)
	if paystack.KindOf(err) != paystack.KindOutcomeUnknown {
		t.Fatalf("lost answer: kind %q (%v), want outcome unknown", paystack.KindOf(err), err)
	}
	found, err := c.FindSubaccount(ctx, bank.Code, req.AccountNumber)
	if err != nil || found == nil {
		t.Fatalf("FindSubaccount after a lost create: %v, %v", found, err)
	}
	if found.BusinessName != req.BusinessName || !strings.EqualFold(found.SettlementBank, bank.Name) {
		t.Errorf("found %+v, want the one just created at %s", found, bank.Name)
	}
	if n := srv.RequestsTo("POST", "/subaccount"); n != 1 {
		t.Errorf("POST /subaccount sent %d times", n)
	}
}

func TestSandboxFaultsBecomeKinds(t *testing.T) {
	for _, tc := range []struct {
		name  string
		fault sandbox.Fault
		kind  paystack.ErrorKind
	}{
		{"IP not allowed", sandbox.Fault{Kind: sandbox.FaultIPNotAllowed}, paystack.KindIPNotAllowed},
		{"IP not allowed 403", sandbox.Fault{Kind: sandbox.FaultIPNotAllowed, Status: 403}, paystack.KindIPNotAllowed},
		{"Cloudflare page", sandbox.Fault{Kind: sandbox.FaultHTML}, paystack.KindNotJSON},
		{"rate limited", sandbox.Fault{Kind: sandbox.FaultRateLimited, RetryAfter: "2"}, paystack.KindRateLimited},
		{"malformed", sandbox.Fault{Kind: sandbox.FaultMalformedJSON}, paystack.KindMalformed},
		{"server error", sandbox.Fault{Kind: sandbox.FaultStatus, Status: 500}, paystack.KindUnavailable},
		{"hang", sandbox.Fault{Kind: sandbox.FaultHang}, paystack.KindTimeout},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// A short attempt timeout keeps the hang case quick.
			c, srv := sandboxClient(t, sandbox.Options{}, paystack.WithTimeout(200*time.Millisecond))
			srv.InjectFault(tc.fault)
			_, err := c.Balance(context.Background())
			if paystack.KindOf(err) != tc.kind {
				t.Fatalf("kind %q (%v), want %q", paystack.KindOf(err), err, tc.kind)
			}
			if strings.Contains(err.Error(), sandbox.DemoTestKey[8:]) {
				t.Errorf("error shows the key: %q", err.Error())
			}
		})
	}
}

func TestSandboxRevokedKey(t *testing.T) {
	c, srv := sandboxClient(t, sandbox.Options{})
	srv.RevokeKey(sandbox.DemoTestKey)
	_, err := c.Balance(context.Background())
	if paystack.KindOf(err) != paystack.KindInvalidKey {
		t.Fatalf("kind %q (%v)", paystack.KindOf(err), err)
	}
}

func TestSandboxWalksLargeIntegration(t *testing.T) {
	c, srv := sandboxClient(t, sandbox.Options{Subaccounts: 1234})
	first, meta, err := c.ListSubaccounts(context.Background(), 1, 100)
	if err != nil {
		t.Fatal(err)
	}
	var firstPage int
	all, err := c.AllSubaccounts(context.Background(), func(p paystack.SubaccountsPage) {
		if firstPage == 0 {
			firstPage = p.Page
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != meta.Total || firstPage != 1 || all[0].Code != first[0].Code {
		t.Errorf("walk: %d of %d, first page delivered %d", len(all), meta.Total, firstPage)
	}
	if n := srv.RequestsTo("GET", "/subaccount"); n > (meta.Total+99)/100+2 {
		t.Errorf("%d page requests for %d subaccounts", n, meta.Total)
	}
}

// A bank Paystack lists as deleted must not reach the bank picker: creating a
// subaccount there is refused, after the merchant has typed everything.
func TestDeletedBanksAreNotOffered(t *testing.T) {
	c, _ := sandboxClient(t, sandbox.Options{})
	ctx := context.Background()
	banks, err := c.ListBanks(ctx, paystack.BankQuery{Country: "NG"})
	if err != nil || len(banks) == 0 {
		t.Fatalf("banks: %d, %v", len(banks), err)
	}
	for _, b := range banks {
		if b.Code == "030" || b.IsDeleted {
			t.Errorf("deleted bank offered: %+v", b)
		}
	}
	_, err = c.CreateSubaccount(ctx, paystack.SubaccountRequest{BusinessName: "Ada Academy", SettlementBank: "030", AccountNumber: "0123456789", PercentageCharge: 10})
	if paystack.KindOf(err) != paystack.KindValidation {
		t.Errorf("create at the deleted bank: %v (kind %q), want a validation refusal", err, paystack.KindOf(err))
	}
}
