// Command keypress measures each filter key press in the subaccount picker,
// from the key reaching Update to the frame string returned by View, for
// ui/list and for huh's Select holding the same rows. Go's benchmarks give a
// mean; a person notices the slowest presses, so this reports p50 and p99.
//
//	go run ./bench/keypress -items 10000 -presses 200 -huh-presses 200
//
// The rows are the sandbox's generated subaccounts, fetched through its
// in-process transport and shown with the picker's six columns. The presses
// type and then erase searches a merchant might make, so both narrowing
// (cheap) and widening (a full scan) presses are in the sample. Output is
// key=value lines in milliseconds.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"os"
	"slices"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"paystack-setup/msg"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/ui/list"
)

const width, height = 120, 30

func main() {
	items := flag.Int("items", 10000, "subaccounts in the list")
	presses := flag.Int("presses", 200, "key presses measured on ui/list")
	huhPresses := flag.Int("huh-presses", 200, "key presses measured on huh Select (each can take a second or more)")
	huhBudget := flag.Duration("huh-budget", 60*time.Second, "stop measuring huh after this long, whatever -huh-presses says")
	flag.Parse()

	rows, err := sandboxRows(*items)
	if err != nil {
		fmt.Fprintln(os.Stderr, "keypress: could not read subaccounts from the sandbox:", err)
		os.Exit(1)
	}
	keys := searchKeys(rows, *presses)

	l := list.New(msg.NewPrinter(msg.English), []string{"Business", "Bank", "Account", "Currency", "Verified", "Active"})
	l.SetSize(width, height)
	l.Append(rows)
	listTimes := measure(keys, time.Hour, func(k tea.KeyPressMsg) string {
		l.Update(k)
		return l.View()
	})

	sel := huhSelect(rows)
	sel.Update(press("/")) // huh filters only after "/"
	if !sel.GetFiltering() {
		fmt.Fprintln(os.Stderr, "keypress: huh Select did not start filtering on \"/\": the baseline would measure something else")
		os.Exit(1)
	}
	huhKeys := keys[:min(*huhPresses, len(keys))]
	huhTimes := measure(huhKeys, *huhBudget, func(k tea.KeyPressMsg) string {
		sel.Update(k)
		return sel.View()
	})

	fmt.Printf("items=%d\n", len(rows))
	report("list", listTimes)
	report("huh", huhTimes)
}

// measure times each press; it stops early once budget is spent so that a
// slow baseline cannot hold the whole suite hostage.
func measure(keys []tea.KeyPressMsg, budget time.Duration, step func(tea.KeyPressMsg) string) []float64 {
	var out []float64
	start := time.Now()
	for _, k := range keys {
		t := time.Now()
		frame := step(k)
		out = append(out, float64(time.Since(t).Microseconds())/1000)
		if frame == "" {
			fmt.Fprintln(os.Stderr, "keypress: an empty frame: the measurement is not rendering anything")
			os.Exit(1)
		}
		if time.Since(start) > budget {
			break
		}
	}
	return out
}

func report(name string, ms []float64) {
	slices.Sort(ms)
	fmt.Printf("%s_presses=%d\n", name, len(ms))
	fmt.Printf("%s_p50_ms=%.2f\n", name, percentile(ms, 50))
	fmt.Printf("%s_p99_ms=%.2f\n", name, percentile(ms, 99))
	fmt.Printf("%s_max_ms=%.2f\n", name, ms[len(ms)-1])
}

// percentile uses the nearest-rank method: with 200 samples p99 is the
// second slowest press, a real observation rather than an interpolation.
func percentile(sorted []float64, p int) float64 {
	rank := (p*len(sorted) + 99) / 100
	return sorted[max(rank-1, 0)]
}

// searchKeys types and then erases words taken from the rows themselves
// (a business name, a bank), the way a merchant narrows a long list.
func searchKeys(rows []list.Item, n int) []tea.KeyPressMsg {
	var words []string
	for i := 0; len(words) < 12 && i < len(rows); i += max(len(rows)/12, 1) {
		cols := rows[i].Columns
		words = append(words, strings.ToLower(strings.Fields(cols[0])[0]), strings.ToLower(strings.Fields(cols[1])[0]))
	}
	var keys []tea.KeyPressMsg
	for len(keys) < n {
		for _, w := range words {
			for _, r := range w {
				keys = append(keys, press(string(r)))
			}
			for range w {
				keys = append(keys, press("backspace"))
			}
		}
	}
	return keys[:n]
}

func press(k string) tea.KeyPressMsg {
	if k == "backspace" {
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	}
	return tea.KeyPressMsg{Code: []rune(k)[0], Text: k}
}

func huhSelect(rows []list.Item) *huh.Select[string] {
	opts := make([]huh.Option[string], len(rows))
	for i, r := range rows {
		opts[i] = huh.NewOption(strings.Join(r.Columns, "  "), r.Value.(string))
	}
	var chosen string
	sel := huh.NewSelect[string]().Title("Subaccount").Options(opts...).Value(&chosen).Height(height)
	sel.WithWidth(width)
	// A Select outside a form has an empty key map, so "/" would not start
	// filtering and every press would only redraw; a form gives it this one.
	sel.WithKeyMap(huh.NewDefaultKeyMap())
	sel.Focus()
	return sel
}

// listedSubaccount is the part of a list item the picker shows. The sandbox
// sends "active" as 1 in lists, so it is decoded loosely.
type listedSubaccount struct {
	Code          string          `json:"subaccount_code"`
	BusinessName  string          `json:"business_name"`
	Bank          string          `json:"settlement_bank"`
	AccountNumber string          `json:"account_number"`
	Currency      string          `json:"currency"`
	Verified      bool            `json:"is_verified"`
	Active        json.RawMessage `json:"active"`
}

func sandboxRows(n int) ([]list.Item, error) {
	srv := sandbox.New(sandbox.Options{Subaccounts: n})
	client := &http.Client{Transport: srv.Transport()}
	var rows []list.Item
	for page := 1; ; page++ {
		req, err := http.NewRequest("GET", fmt.Sprintf("%s/subaccount?perPage=100&page=%d", sandbox.BaseURL, page), nil)
		if err != nil {
			return nil, err
		}
		req.Header.Set("Authorization", "Bearer "+sandbox.DemoTestKey)
		resp, err := client.Do(req)
		if err != nil {
			return nil, err
		}
		var body struct {
			Data []listedSubaccount `json:"data"`
		}
		err = json.NewDecoder(resp.Body).Decode(&body)
		resp.Body.Close()
		if err != nil {
			return nil, fmt.Errorf("page %d: %w", page, err)
		}
		if len(body.Data) == 0 || len(rows) >= n {
			break
		}
		for _, s := range body.Data {
			rows = append(rows, list.Item{
				Columns: []string{s.BusinessName, s.Bank, maskAccount(s.AccountNumber), s.Currency, yesNo(s.Verified), yesNo(string(s.Active) == "1" || string(s.Active) == "true")},
				Value:   s.Code,
			})
		}
	}
	return rows[:min(n, len(rows))], nil
}

func maskAccount(n string) string {
	if len(n) <= 4 {
		return n
	}
	return "••••" + n[len(n)-4:]
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
