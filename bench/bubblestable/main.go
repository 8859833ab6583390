// Command bubblestable is the key-press baseline for scripts/bench: the
// subaccount picker's rows in bubbles' own table, filtered the plain way (on
// each key, every row is searched again and the table given the rows that
// pass), at the wizard's frame rate, with the picker's filter and count
// lines so that bench/keyframe checks each frame of both programs alike.
//
//	bubblestable -base http://127.0.0.1:PORT -fps 120   # ctrl+c quits
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"charm.land/bubbles/v2/table"
	tea "charm.land/bubbletea/v2"

	"paystack-setup/bench/internal/subrows"
	"paystack-setup/msg"
	"paystack-setup/paystack"
	"paystack-setup/paystack/sandbox"
	"paystack-setup/ui/list"
)

type model struct {
	t      table.Model
	rows   []table.Row
	keys   []string
	filter string
}

func (m *model) Init() tea.Cmd { return nil }

func (m *model) Update(message tea.Msg) (tea.Model, tea.Cmd) {
	switch v := message.(type) {
	case tea.WindowSizeMsg:
		m.t.SetWidth(v.Width)
		m.t.SetHeight(max(v.Height-3, 3))
	case tea.KeyPressMsg:
		switch k := v.Key(); {
		case v.String() == "ctrl+c":
			return m, tea.Quit
		case v.String() == "backspace":
			if r := []rune(m.filter); len(r) > 0 {
				m.refilter(string(r[:len(r)-1]))
			}
		case k.Text != "" && k.Mod == 0:
			m.refilter(m.filter + k.Text)
		default:
			var cmd tea.Cmd
			m.t, cmd = m.t.Update(v)
			return m, cmd
		}
	}
	return m, nil
}

func (m *model) refilter(f string) {
	m.filter = f
	lower := strings.ToLower(f)
	var keep []table.Row
	for i, k := range m.keys {
		if strings.Contains(k, lower) {
			keep = append(keep, m.rows[i])
		}
	}
	m.t.SetRows(keep)
	m.t.SetCursor(0)
}

func (m *model) View() tea.View {
	en := msg.NewPrinter(msg.English)
	v := tea.NewView(en.T(msg.ListFilterPrompt, m.filter) + "\n" + m.t.View() + "\n" +
		en.T(msg.ListCount, list.Thousands(len(m.t.Rows())), list.Thousands(len(m.rows))))
	v.AltScreen = true
	return v
}

func main() {
	base := flag.String("base", "", "Paystack base URL (a loopback sandbox)")
	fps := flag.Int("fps", 60, "frames a second, the wizard's")
	flag.Parse()
	key, err := paystack.ParseSecretKey(sandbox.DemoTestKey)
	if err != nil || *base == "" {
		fmt.Fprintln(os.Stderr, "bubblestable: give -base, a sandbox's PAYSTACK_API_BASE")
		os.Exit(2)
	}
	subs, err := paystack.New(key, paystack.WithBaseURL(*base)).AllSubaccounts(context.Background(), nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bubblestable: loading subaccounts:", err)
		os.Exit(1)
	}
	cells, keys := subrows.Rows(subs)
	rows := make([]table.Row, len(cells))
	for i, c := range cells {
		rows[i] = c
	}
	en := msg.NewPrinter(msg.English)
	cols := []table.Column{{Title: en.T(msg.SubAcctColBusiness), Width: 34}, {Title: en.T(msg.SubAcctColBank), Width: 28},
		{Title: en.T(msg.SubAcctColAccount), Width: 14}, {Title: en.T(msg.SubAcctColCurrency), Width: 8},
		{Title: en.T(msg.SubAcctColVerified), Width: 8}, {Title: en.T(msg.SubAcctColActive), Width: 6}}
	m := &model{t: table.New(table.WithColumns(cols), table.WithRows(rows), table.WithFocused(true), table.WithHeight(30)), rows: rows, keys: keys}
	if _, err := tea.NewProgram(m, tea.WithFPS(*fps)).Run(); err != nil {
		fmt.Fprintln(os.Stderr, "bubblestable:", err)
		os.Exit(1)
	}
}
