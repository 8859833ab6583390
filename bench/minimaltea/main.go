// Command minimaltea is the start-up baseline for scripts/bench: the smallest
// Bubble Tea v2 program that draws one frame on the alternate screen, as the
// wizard does, so that "time to first frame" can be compared against the cost
// of Bubble Tea itself rather than against an absolute number.
//
//	go build -o /tmp/minimaltea ./bench/minimaltea && /tmp/minimaltea   # q quits
package main

import (
	"flag"
	"fmt"
	"os"

	tea "charm.land/bubbletea/v2"
)

type model struct{}

func (model) Init() tea.Cmd { return nil }

func (m model) Update(message tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := message.(tea.KeyPressMsg); ok {
		switch k.String() {
		case "q", "ctrl+c", "esc":
			return m, tea.Quit
		}
	}
	return m, nil
}

// The text mirrors the wizard's step indicator so that the pty probe can wait
// for the same marker in both programs.
func (model) View() tea.View {
	v := tea.NewView("Step 1 of 8\n\nminimal Bubble Tea v2 program (q quits)")
	v.AltScreen = true
	return v
}

func main() {
	// The wizard's frame rate, so that start-up is compared at the same one.
	fps := flag.Int("fps", 60, "frames a second")
	flag.Parse()
	if _, err := tea.NewProgram(model{}, tea.WithFPS(*fps)).Run(); err != nil {
		fmt.Fprintln(os.Stderr, "minimaltea:", err)
		os.Exit(1)
	}
}
