// Package reach checks a newcomer's first minutes with the built binary:
//
//	go test ./e2e/reach                       # layout in tmux at 80×24, help, NO_COLOR, docs/screens.md
//	go test ./e2e/reach -run Screens -update  # refresh the captures and docs/screens.md
//
// The wizard is walked with real key presses in a real terminal (tmux), in
// English and Hindi, and every screen is measured the way the terminal
// measures it, because a layout that only fits by Go's width tables is cut or
// shifted on a merchant's screen.
package reach

import (
	"flag"
	"os"
	"testing"

	"paystack-setup/e2e/internal/harness"
)

var update = flag.Bool("update", false, "rewrite testdata/screens and docs/screens.md from the captures")

func TestMain(m *testing.M) { os.Exit(harness.Main(m)) }
