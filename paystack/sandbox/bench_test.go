package sandbox

import (
	"context"
	"net/http"
	"testing"
)

// The audit and the subaccount picker must stay quick for merchants with
// thousands of subaccounts; generating them must not dominate those benchmarks.
func BenchmarkGenerateSubaccounts10000(b *testing.B) {
	for b.Loop() {
		New(Options{}).GenerateSubaccounts(10000)
	}
}

func BenchmarkListSubaccountsPage100Of10000(b *testing.B) {
	s := New(Options{Subaccounts: 10000})
	c := &http.Client{Transport: s.Transport()}
	for b.Loop() {
		a, err := send(context.Background(), c, BaseURL, DemoTestKey, "GET", "/subaccount?perPage=100&page=50", "")
		if err != nil || a.status != 200 {
			b.Fatal(err, a.status)
		}
	}
}

// The renewals view and its audit check walk every subscription.
func BenchmarkGenerateSubscriptions10000(b *testing.B) {
	for b.Loop() {
		New(Options{}).GenerateSubscriptions(10000)
	}
}

func BenchmarkListSubscriptionsPage100Of10000(b *testing.B) {
	s := New(Options{Subscriptions: 10000})
	c := &http.Client{Transport: s.Transport()}
	for b.Loop() {
		a, err := send(context.Background(), c, BaseURL, DemoLiveKey, "GET", "/subscription?perPage=100&page=50", "")
		if err != nil || a.status != 200 {
			b.Fatal(err, a.status)
		}
	}
}
