package harness

import (
	"fmt"
	"os/exec"
	"strconv"
	"strings"
)

// Screen is the screen as plain text, not saved as an artifact (for polling).
func (m *Term) Screen() string { return m.peek() }

// ScreenANSI is the screen with its escape sequences (colours, bold), not saved.
func (m *Term) ScreenANSI() string {
	out, _ := m.tmux("capture-pane", "-p", "-e", "-t", "main")
	return string(out)
}

// RowEnds asks tmux itself where each of the first rows ends: its copy mode
// puts the cursor after a row's last non-blank character, so a row whose
// text reaches the right edge reports the pane width. This is the terminal's
// own measure, independent of any width table in Go.
func (m *Term) RowEnds(rows int) []int {
	m.t.Helper()
	args := []string{"-S", m.socket, "copy-mode", "-t", "main", ";", "send-keys", "-X", "-t", "main", "top-line"}
	for y := 0; y < rows; y++ {
		args = append(args, ";", "send-keys", "-X", "-t", "main", "start-of-line",
			";", "send-keys", "-X", "-t", "main", "end-of-line",
			";", "display-message", "-p", "-t", "main", "#{copy_cursor_y} #{copy_cursor_x}",
			";", "send-keys", "-X", "-t", "main", "cursor-down")
	}
	args = append(args, ";", "send-keys", "-X", "-t", "main", "cancel")
	out, err := exec.Command("tmux", args...).CombinedOutput()
	if err != nil {
		m.t.Fatalf("tmux copy-mode measure: %v\n%s", err, out)
	}
	ends := make([]int, rows)
	seen := 0
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		var y, x int
		if _, err := fmt.Sscanf(line, "%d %d", &y, &x); err != nil || y < 0 || y >= rows {
			m.t.Fatalf("tmux copy-mode measure: unexpected line %q in\n%s", line, out)
		}
		ends[y] = x
		seen++
	}
	if seen != rows {
		m.t.Fatalf("tmux copy-mode measure: %d rows reported, want %d:\n%s", seen, rows, out)
	}
	return ends
}

// Size is the pane's size as tmux reports it.
func (m *Term) Size() (cols, rows int) {
	m.t.Helper()
	out, err := m.tmux("display-message", "-p", "-t", "main", "#{pane_width} #{pane_height}")
	if err != nil {
		m.t.Fatalf("tmux display-message: %v", err)
	}
	f := strings.Fields(string(out))
	if len(f) != 2 {
		m.t.Fatalf("tmux pane size: %q", out)
	}
	cols, _ = strconv.Atoi(f[0])
	rows, _ = strconv.Atoi(f[1])
	return cols, rows
}
