package paystack

import (
	"context"
	"net/http"
	"testing"
	"time"

	"paystack-setup/paystack/sandbox"
)

// A large walk against the sandbox's token-bucket rate limiter (Retry-After
// 1s), on a fake clock shared by both sides so nothing really waits: refused
// pages are fetched again after the advertised wait and the walk finishes
// whole. (How many 429s a real-time walk draws is measured by bench/fetch.)
func TestAllSubaccountsFinishesUnderRateLimit(t *testing.T) {
	rec := &recorder{now: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	srv := sandbox.New(sandbox.Options{Subaccounts: 3000, RateLimit: 4, Now: rec.clock})
	key, err := ParseSecretKey(sandbox.DemoTestKey)
	if err != nil {
		t.Fatal(err)
	}
	c := New(key, WithBaseURL(sandbox.BaseURL), WithHTTPClient(&http.Client{Transport: srv.Transport()}), WithConcurrency(8))
	c.sleep, c.now, c.jitter = rec.sleep, rec.clock, func() float64 { return 0.5 }

	all, err := c.AllSubaccounts(context.Background(), nil)
	if err != nil {
		t.Fatalf("walk under a rate limit failed: %v", err)
	}
	if len(all) < 3000 {
		t.Errorf("got %d subaccounts, want all 3000 generated ones", len(all))
	}
}
