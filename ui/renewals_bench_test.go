package ui

import (
	"context"
	"fmt"
	"net/http"
	"testing"

	"paystack-setup/internal/teakeys"
	"paystack-setup/keystore"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/setup"
	"paystack-setup/steps"
)

// BenchmarkRenewalsFilterKeypress is one key press into the renewals list's
// filter to a drawn frame, with 10,000 subscribers whose renewal failed
// (every one a row: the worst case), as the view builds their rows.
func BenchmarkRenewalsFilterKeypress(b *testing.B) {
	rows := renewalRows(b, 10000)
	w := NewWizard(WizardOptions{Lang: msg.English, NoColor: true})
	base := asking{reply: make(chan answer, 1), km: &w.keys}
	q := steps.Pick{Columns: []msg.Text{msg.New(msg.RenColReason), msg.New(msg.RenColCustomer), msg.New(msg.RenColPlan),
		msg.New(msg.RenColNext), msg.New(msg.RenColCard), msg.New(msg.RenColEmailed)}}
	s := newPickScreen(w, base, pickRequest{q: q, id: 1})
	s.rows(w, rowsEvent{pick: 1, load: 1, rows: rows, total: len(rows), done: true})
	if s.l.Len() != len(rows) {
		b.Fatalf("%d rows in the list", s.l.Len())
	}
	for b.Loop() {
		s.update(w, teakeys.Press("z"))
		_ = s.view(w, 120, 40)
		b.StopTimer()
		s.update(w, teakeys.Press("backspace"))
		b.StartTimer()
	}
}

// renewalRows are the rows the renewals view lists for n failed renewals.
func renewalRows(b *testing.B, n int) []steps.Row {
	b.Helper()
	srv := sandbox.New(sandbox.Options{})
	first := []string{"Adaeze", "Tunde", "Ngozi", "Ibrahim", "Funmilayo", "Chukwuemeka", "Halima", "Segun", "Zainab", "Emeka"}
	last := []string{"Okafor", "Balogun", "Eze", "Bello", "Adeyemi", "Nwosu", "Abubakar", "Afolabi", "Yusuf", "Obi"}
	for i := range n {
		f, l := first[i%len(first)], last[(i/len(first))%len(last)]
		if _, err := srv.AddSubscription(sandbox.ModeLive, sandbox.Subscriber{Status: sandbox.SubAttention,
			FirstName: f, LastName: l, Email: fmt.Sprintf("%s.%s%d@example.com", f, l, i)}); err != nil {
			b.Fatal(err)
		}
	}
	root := b.TempDir()
	keys := keystore.New(keystore.Options{Backend: keystore.NewMemoryBackend(), Dir: root, Getenv: func(string) string { return "" }})
	k, err := paystack.ParseSecretKey(sandbox.DemoLiveKey)
	if err != nil {
		b.Fatal(err)
	}
	if err := keys.Set(context.Background(), "default", k); err != nil {
		b.Fatal(err)
	}
	hc := &http.Client{Transport: srv.Transport()}
	s, _, err := setup.Open(context.Background(), setup.Options{Profile: "default", StateRoot: root, Keys: keys,
		NewClient: func(k paystack.SecretKey) *paystack.Client {
			return paystack.New(k, paystack.WithBaseURL(sandbox.BaseURL), paystack.WithHTTPClient(hc))
		}})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	c := &rowCatcher{}
	if err := steps.Renewals()(context.Background(), s, c); err != nil {
		b.Fatal(err)
	}
	if len(c.rows) != n {
		b.Fatalf("the view listed %d rows, want %d", len(c.rows), n)
	}
	return c.rows
}

// rowCatcher is a Prompter that keeps the rows of the first list it is
// shown and leaves it.
type rowCatcher struct{ rows []steps.Row }

func (c *rowCatcher) Begin(steps.StepInfo)              { /* nothing to announce */ }
func (c *rowCatcher) Tell(...steps.Block)               { /* nothing to show */ }
func (c *rowCatcher) Choose(steps.Choice) (int, error)  { return 0, steps.ErrBack }
func (c *rowCatcher) Input(steps.Input) (string, error) { return "", steps.ErrBack }
func (c *rowCatcher) Form(*steps.Form) error            { return steps.ErrBack }
func (c *rowCatcher) Copy(string) bool                  { return false }
func (c *rowCatcher) CanCopy() bool                     { return false }
func (c *rowCatcher) Wait(_ msg.Text, work func(context.Context) error) error {
	return work(context.Background())
}
func (c *rowCatcher) Pick(q steps.Pick) (int, error) {
	err := q.Load(context.Background(), func(rows []steps.Row, _ int) { c.rows = append(c.rows, rows...) })
	if err != nil {
		return 0, err
	}
	return 0, steps.ErrBack
}
