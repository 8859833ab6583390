//go:build linux

// Command loaded is the memory stand-in for the wizard's subaccount picker:
// it loads every subaccount from a Paystack base URL with the client, feeds
// each page into ui/list as the picker does, draws a frame per page, and
// reports its own peak resident memory. scripts/bench uses it when the real
// wizard cannot be driven to the picker in a pty.
//
//	loaded -base http://127.0.0.1:PORT     # e.g. from `paystack-setup sandbox --subaccounts 10000`
//
// Output is key=value lines (memory in KiB). Linux only: that is the unit of
// Linux's rusage peak (macOS reports bytes, Windows has no getrusage).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"syscall"

	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/ui/list"
)

func main() {
	base := flag.String("base", "", "Paystack base URL (a loopback sandbox)")
	flag.Parse()
	if *base == "" {
		fmt.Fprintln(os.Stderr, "loaded: give -base, the sandbox's PAYSTACK_API_BASE")
		os.Exit(2)
	}
	key, err := paystack.ParseSecretKey(sandbox.DemoTestKey)
	if err != nil {
		fmt.Fprintln(os.Stderr, "loaded: the sandbox demo key does not parse:", err)
		os.Exit(1)
	}
	client := paystack.New(key, paystack.WithBaseURL(*base))
	l := list.New(msg.NewPrinter(msg.English), []string{"Business", "Bank", "Account", "Currency", "Verified", "Active"})
	l.SetSize(120, 30)
	frames := 0
	_, err = client.AllSubaccounts(context.Background(), func(p paystack.SubaccountsPage) {
		items := make([]list.Item, len(p.Items))
		for i, s := range p.Items {
			items[i] = list.Item{Columns: []string{s.BusinessName, s.SettlementBank, s.AccountNumber, s.Currency, yesNo(s.IsVerified), yesNo(s.Active)}, Value: s}
		}
		l.Append(items)
		l.SetLoading(true, p.Loaded, p.Total)
		if l.View() != "" {
			frames++
		}
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "loaded: loading subaccounts failed:", err)
		os.Exit(1)
	}
	l.SetLoading(false, l.Len(), 0)
	_ = l.View()
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		fmt.Fprintln(os.Stderr, "loaded: getrusage:", err)
		os.Exit(1)
	}
	fmt.Printf("items=%d\nframes=%d\npeak_rss_kib=%d\n", l.Len(), frames, ru.Maxrss)
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
