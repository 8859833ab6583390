package paystack

import (
	"context"
	"os"
	"testing"
	"time"
)

// TestAgainstPrism calls every client method against Stoplight Prism serving
// Paystack's official spec in dynamic mode (scripts/prism-test starts it).
// Prism validates each request against the spec (Bearer auth, query and body
// schemas) and answers random data of the spec's shapes, so this proves the
// requests are spec-valid and the answers decode, independently of the
// sandbox and of this package's own test servers. Values are random: only
// structure is asserted.
func TestAgainstPrism(t *testing.T) {
	base := os.Getenv("PAYSTACK_PRISM_URL")
	if base == "" {
		t.Skip("PAYSTACK_PRISM_URL is not set: run scripts/prism-test")
	}
	key := fakeKey(t, "sk_test_")
	c := New(key, WithBaseURL(base), WithMaxRetries(0), WithTimeout(10*time.Second))
	ctx := context.Background()

	check := func(name string, err error) {
		t.Helper()
		if err != nil {
			var pe *Error
			if e, ok := err.(*Error); ok {
				pe = e
			}
			t.Errorf("%s: %v (%#v; cause: %v)", name, err, pe, causeOf(pe))
		}
	}

	bal, err := c.Balance(ctx)
	check("Balance", err)
	for _, b := range bal {
		if b.Currency == "" {
			t.Errorf("Balance: entry without currency: %+v", b)
		}
	}

	subs, meta, err := c.ListSubaccounts(ctx, 1, 50)
	check("ListSubaccounts", err)
	if err == nil && len(subs) > 0 && subs[0].Code == "" {
		t.Errorf("ListSubaccounts: item without subaccount_code: %+v", subs[0])
	}
	_ = meta

	got, err := c.FetchSubaccount(ctx, "ACCT_6uujpqtzmnufzkw")
	check("FetchSubaccount", err)
	if err == nil && got.Code == "" {
		t.Errorf("FetchSubaccount: no subaccount_code: %+v", got)
	}

	created, err := c.CreateSubaccount(ctx, SubaccountRequest{
		BusinessName: "Oasis", SettlementBank: "058", AccountNumber: "0123456047",
		PercentageCharge: 10, PrimaryContactEmail: "owner@example.com",
	})
	check("CreateSubaccount", err)
	if err == nil && created.Code == "" {
		t.Errorf("CreateSubaccount: no subaccount_code: %+v", created)
	}

	name, active := "Sandalwood", true
	_, err = c.UpdateSubaccount(ctx, "ACCT_6uujpqtzmnufzkw", SubaccountUpdate{BusinessName: &name, Active: &active})
	check("UpdateSubaccount", err)

	// AllSubaccounts and FindSubaccount walk pages whose meta is random; they
	// must still finish and not fail.
	walkCtx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	_, err = c.AllSubaccounts(walkCtx, func(SubaccountsPage) {})
	check("AllSubaccounts", err)

	for _, q := range []BankQuery{{Country: "nigeria"}, {Currency: "GHS", Type: "mobile_money"}, {Country: "ZA", EnabledForVerification: true}} {
		banks, err := c.ListBanks(ctx, q)
		check("ListBanks", err)
		if err == nil && len(banks) > 0 && banks[0].Code == "" {
			t.Errorf("ListBanks: bank without code: %+v", banks[0])
		}
	}

	res, err := c.ResolveAccount(ctx, "0022728151", "063")
	check("ResolveAccount", err)
	_ = res

	_, err = c.ValidateAccount(ctx, ValidateRequest{
		AccountName: "Ann Bron", AccountNumber: "0123456789", AccountType: "personal",
		BankCode: "632005", CountryCode: "ZA", DocumentType: "identityNumber", DocumentNumber: "1234567890123",
	})
	check("ValidateAccount", err)

	_, _, err = c.ListPlans(ctx, 1, 50)
	check("ListPlans", err)

	month := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	txs, _, err := c.ListTransactions(ctx, TransactionQuery{Status: TransactionSuccess, From: month, To: month.AddDate(0, 1, 0), SubaccountCode: "ACCT_6uujpqtzmnufzkw", Page: 1, PerPage: 50})
	check("ListTransactions", err)
	if err == nil && len(txs) > 0 && txs[0].Reference == "" {
		t.Errorf("ListTransactions: charge without reference: %+v", txs[0])
	}
	_, err = c.AllTransactions(walkCtx, TransactionQuery{Status: TransactionSuccess, From: month})
	check("AllTransactions", err)

	subsc, _, err := c.ListSubscriptions(ctx, SubscriptionQuery{Page: 1, PerPage: 50})
	check("ListSubscriptions", err)
	if err == nil && len(subsc) > 0 && subsc[0].Code == "" {
		t.Errorf("ListSubscriptions: subscription without code: %+v", subsc[0])
	}
	_, err = c.AllSubscriptions(walkCtx, SubscriptionQuery{}, nil)
	check("AllSubscriptions", err)

	// The spec documents no field of the link's data, so Prism's random
	// object rarely holds one: a missing link is the client's typed
	// KindMalformed, anything else (a refused request) is a failure.
	if _, err := c.SubscriptionManageLink(ctx, "SUB_vsyqdmlzble3uii"); err != nil && KindOf(err) != KindMalformed {
		check("SubscriptionManageLink", err)
	}
	check("SubscriptionManageEmail", c.SubscriptionManageEmail(ctx, "SUB_vsyqdmlzble3uii"))

	// Prism enforces the spec's security: a request without a valid bearer
	// token is refused, so the client's error path is exercised for real.
	bad := New(SecretKey{}, WithBaseURL(base), WithMaxRetries(0))
	_, err = bad.Balance(ctx)
	if KindOf(err) != KindInvalidKey {
		t.Errorf("no key: kind %q (%v), want %q", KindOf(err), err, KindInvalidKey)
	}
}

func causeOf(e *Error) error {
	if e == nil {
		return nil
	}
	return e.Err
}
