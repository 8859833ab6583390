package plans

import (
	"bytes"
	"errors"
	"paystack-setup/msg"
	"strings"
	"testing"
	"unicode"
)

// checkOutcome is the contract every parser keeps for any input: plans or a
// FileError whose problems all have a line, never both and never neither.
func checkOutcome(t *testing.T, ps []Plan, err error) {
	t.Helper()
	if err == nil {
		if len(ps) == 0 {
			t.Fatal("no error and no plans")
		}
		for _, p := range ps {
			if p.Name == "" || p.Amount <= 0 || len(p.Currency) != 3 || p.IntervalCount < 0 {
				t.Fatalf("invalid plan accepted: %+v", p)
			}
			if _, ok := ParseInterval(string(p.Interval)); !ok {
				t.Fatalf("unknown interval accepted: %+v", p)
			}
			if strings.ContainsFunc(p.Name, unicode.IsControl) {
				t.Fatalf("a name with control characters accepted: %q", p.Name)
			}
		}
		return
	}
	if ps != nil {
		t.Fatalf("plans %+v returned with error %v", ps, err)
	}
	var fe *FileError
	if !errors.As(err, &fe) || len(fe.Problems) == 0 {
		t.Fatalf("error is not a FileError with problems: %v", err)
	}
	for _, p := range fe.Problems {
		if says := p.Says.In(msg.English); p.Line < 1 || says == "" || says == string(p.Says.ID) {
			t.Fatalf("problem without a line or a message: %+v", p)
		}
	}
	if err.Error() == "" {
		t.Fatal("empty error text")
	}
}

func FuzzParseCSV(f *testing.F) {
	f.Add([]byte("name,amount,currency,interval,interval_count\nGold,5000,NGN,monthly,\n"))
	f.Add([]byte("\uFEFFName,Amount,Currency\r\n\"A, b\",\"1,000.50\",ghs\r\n"))
	f.Add([]byte("name,amount,currency\n,abc,NG\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ps, err := ParseCSV(bytes.NewReader(data))
		checkOutcome(t, ps, err)
	})
}

func FuzzParseJSON(f *testing.F) {
	f.Add([]byte(`[{"name":"Gold","amount":5000,"currency":"NGN","interval":"monthly"}]`))
	f.Add([]byte(`[{"name":"A","amount":"1,000.5","currency":"zar","interval_count":"2","interval":"week"}, 3]`))
	f.Add([]byte("[\n{\"name\": \"A\",\n\"amount\" 5}]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ps, err := ParseJSON(bytes.NewReader(data))
		checkOutcome(t, ps, err)
	})
}

func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"5000", "49.99", "5,000.50", "-1", "1.999", "5,00", ".5", "92233720368547758"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseAmount(s)
		if err != nil {
			var ae *AmountError
			if !errors.As(err, &ae) || err.Error() == "" {
				t.Fatalf("ParseAmount(%q): unexpected error %v", s, err)
			}
			return
		}
		if v < 0 {
			t.Fatalf("ParseAmount(%q) = %d, negative", s, v)
		}
		// What FormatAmount shows must read back as the same amount.
		shown := strings.TrimPrefix(FormatAmount(v, "NGN"), "NGN ")
		back, err := ParseAmount(shown)
		if err != nil || back != v {
			t.Fatalf("ParseAmount(%q) = %d, shown as %q, read back as %d, %v", s, v, shown, back, err)
		}
	})
}
