package checks

import (
	"context"
	"testing"
	"time"

	"paystack-setup/paystack/sandbox"
)

// BenchmarkAudit runs a full audit against a sandbox that adds 100 ms to every
// request. roundtrips/op is the wall time in units of that latency: the
// concurrent audit should cost about one, however many checks there are.
func BenchmarkAudit(b *testing.B) {
	const latency = 100 * time.Millisecond
	for _, mode := range []struct {
		name       string
		concurrent bool
	}{{"concurrent", true}, {"sequential", false}} {
		b.Run(mode.name, func(b *testing.B) {
			f := newFixture(b, sandbox.Options{})
			f.srv.SetLatency(latency)
			f.srv.ResetCounters()
			b.ResetTimer()
			start, n := time.Now(), 0
			for b.Loop() {
				n++
				rep := run(context.Background(), f.in, mode.concurrent)
				if rep.Summary[Error] != 0 {
					b.Fatalf("audit errored: %v", ids(rep))
				}
			}
			elapsed := time.Since(start)
			b.ReportMetric(float64(f.srv.Requests())/float64(n), "requests/op")
			b.ReportMetric(float64(elapsed)/float64(latency)/float64(n), "roundtrips/op")
		})
	}
}
