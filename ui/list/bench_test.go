package list

import (
	"fmt"
	"paystack-setup/internal/teakeys"
	"runtime"
	"testing"

	"charm.land/huh/v2"
)

// BenchmarkFilterKeypress is the time from one key press into the filter to a rendered frame.
func BenchmarkFilterKeypress(b *testing.B) {
	m := newTestList()
	m.SetSize(100, 30)
	m.Append(subaccountLike(0, 10000))
	for b.Loop() {
		m.Update(teakeys.Press("z"))
		_ = m.View()
		b.StopTimer()
		m.Update(teakeys.Press("backspace"))
		b.StartTimer()
	}
}

// BenchmarkHuhSelectKeypress is the baseline: the same rows in a huh Select.
func BenchmarkHuhSelectKeypress(b *testing.B) {
	items := subaccountLike(0, 10000)
	opts := make([]huh.Option[string], len(items))
	for i, it := range items {
		opts[i] = huh.NewOption(fmt.Sprintf("%s  %s  %s  %s", it.Columns[0], it.Columns[1], it.Columns[2], it.Columns[3]), fmt.Sprintf("ACCT_%05d", i))
	}
	var chosen string
	sel := huh.NewSelect[string]().Options(opts...).Value(&chosen).Height(30)
	sel.WithWidth(100)
	// Outside a form a Select has an empty key map: without the default one "/"
	// never starts filtering and the baseline would measure only redraws.
	sel.WithKeyMap(huh.NewDefaultKeyMap())
	sel.Focus()
	sel.Update(teakeys.Press("/")) // huh filters only after "/"
	for b.Loop() {
		sel.Update(teakeys.Press("z"))
		_ = sel.View()
		b.StopTimer()
		sel.Update(teakeys.Press("backspace"))
		b.StartTimer()
	}
}

func BenchmarkAppendPage(b *testing.B) {
	page := subaccountLike(0, 100)
	for b.Loop() {
		b.StopTimer()
		m := newTestList()
		m.Append(subaccountLike(0, 9900))
		m.SetFilter("bank")
		b.StartTimer()
		m.Append(page)
	}
}

// BenchmarkMemory10k reports the heap the list holds with 10,000 rows loaded.
func BenchmarkMemory10k(b *testing.B) {
	var held *Model
	for b.Loop() {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		held = newTestList()
		held.Append(subaccountLike(0, 10000)) // row data counted: the list keeps it
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc), "heap-bytes")
	}
	runtime.KeepAlive(held)
}
