package ui

import (
	"context"
	"flag"
	"os"
	"runtime"
	"runtime/pprof"
	"testing"

	"paystack-setup/internal/teakeys"
	"paystack-setup/msg"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/steps"
)

// BenchmarkSubaccountPickerMemory is what the subaccount picker holds with
// 50,000 subaccounts loaded through the real step (the session, the step's
// Load, the screen's list) and a filter typed and erased: the live heap per
// subaccount once it has settled. scripts/bench judges the wizard's peak
// RSS; this is where that memory is looked at:
//
//	go test ./ui/ -run '^$' -bench SubaccountPickerMemory -benchtime 1x -args -picker.heapprofile /tmp/heap.out
//	go tool pprof -sample_index inuse_space -top /tmp/heap.out
//
// (-memprofile is written once the benchmark has let go of the list.)
var pickerHeapProfile = flag.String("picker.heapprofile", "", "write the heap profile taken while the picker holds its rows to this file")

func BenchmarkSubaccountPickerMemory(b *testing.B) {
	const n = 50000
	if *pickerHeapProfile != "" {
		runtime.MemProfileRate = 4096 // fine enough to tell the rows' parts apart
	}
	srv := sandbox.New(sandbox.Options{Subaccounts: n})
	open, _ := paystackSession(b, srv, nil)
	for b.Loop() {
		s, _, err := open(context.Background())
		if err != nil {
			b.Fatal(err)
		}
		d := &pickDriver{w: NewWizard(WizardOptions{Lang: msg.English, NoColor: true}), b: b}
		runtime.GC()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		d.before = before.HeapAlloc
		if err := steps.Subaccount.Run(context.Background(), s, d); err != steps.ErrBack {
			b.Fatalf("the step ended with %v", err)
		}
		s.Close()
		if d.rows < n {
			b.Fatalf("the picker held %d rows, want at least %d", d.rows, n)
		}
		b.ReportMetric(float64(d.live)/float64(d.rows), "live-B/subaccount")
		b.ReportMetric(float64(d.live)/(1<<20), "live-MiB")
	}
}

// pickDriver answers the subaccount step as a merchant on screen would: the
// existing subaccounts, every page into the screen's list, a filter typed
// and erased; then back, having weighed what the picker holds.
type pickDriver struct {
	w      *Wizard
	b      *testing.B
	chosen bool
	before uint64
	live   uint64
	rows   int
}

func (d *pickDriver) Begin(steps.StepInfo) { /* nothing to announce */ }
func (d *pickDriver) Tell(...steps.Block)  { /* nothing to show */ }
func (d *pickDriver) Choose(steps.Choice) (int, error) {
	if d.chosen {
		return 0, steps.ErrBack
	}
	d.chosen = true
	return 0, nil // "Use a subaccount I already have"
}
func (d *pickDriver) Input(steps.Input) (string, error) { return "", steps.ErrBack }
func (d *pickDriver) Form(*steps.Form) error            { return steps.ErrBack }
func (d *pickDriver) Copy(string) bool                  { return false }
func (d *pickDriver) CanCopy() bool                     { return false }
func (d *pickDriver) Wait(_ msg.Text, work func(context.Context) error) error {
	return work(context.Background())
}

func (d *pickDriver) Pick(q steps.Pick) (int, error) {
	w := d.w
	s := newPickScreen(w, asking{reply: make(chan answer, 1), km: &w.keys}, pickRequest{q: q, id: 1})
	err := q.Load(context.Background(), func(rows []steps.Row, total int) {
		s.rows(w, rowsEvent{pick: 1, load: 1, rows: rows, total: total})
		_ = s.view(w, 120, 40)
	})
	s.rows(w, rowsEvent{pick: 1, load: 1, done: true, err: err})
	if err != nil {
		d.b.Fatal(err)
	}
	for _, k := range []string{"b", "a", "n", "k", "backspace", "backspace", "backspace", "backspace"} {
		s.update(w, teakeys.Press(k))
		_ = s.view(w, 120, 40)
	}
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	d.live, d.rows = after.HeapAlloc-d.before, s.l.Len()
	if *pickerHeapProfile != "" {
		f, err := os.Create(*pickerHeapProfile)
		if err != nil {
			d.b.Fatal(err)
		}
		if err := pprof.WriteHeapProfile(f); err != nil {
			d.b.Fatal(err)
		}
		f.Close()
	}
	runtime.KeepAlive(s)
	return 0, steps.ErrBack
}
