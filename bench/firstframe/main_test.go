//go:build linux

package main

import (
	"strings"
	"testing"
	"time"
)

// A renderer may move the cursor instead of printing spaces; the marker must
// still be seen, or the start-up row would wait for a frame that is there.
func TestMarkerFoundThroughEscapeSequencesAndCursorMoves(t *testing.T) {
	prog := []string{"sh", "-c", `printf '\033[?1049h\033[2J\033[1;1HStep\033[1C1 of 8 \033[1mWelcome\033[0m'; sleep 5`}
	r, err := runOnce(prog, nil, "Step 1 of", nil, "\x03", 10*time.Second, 24, 80)
	if err != nil {
		t.Fatalf("marker not found: %v (screen: %q)", err, r.tail)
	}
	if r.peakKiB <= 0 {
		t.Errorf("peak RSS is %d KiB; the program's memory was not read", r.peakKiB)
	}
}

func TestStepsTypeIntoTheProgramAndWaitForItsAnswer(t *testing.T) {
	// cat echoes through the terminal what it is sent, like a wizard redrawing its filter line.
	r, err := runOnce([]string{"sh", "-c", "echo ready; exec cat"}, nil, "ready", []string{"send=bank\\r", "wait=bank", "send=subaccounts\\r", "wait=subaccounts"}, "\x04", 10*time.Second, 24, 80)
	if err != nil {
		t.Fatalf("steps failed: %v (screen: %q)", err, r.tail)
	}
}

func TestAProgramThatEndsWithoutTheMarkerIsAFailureNamingIt(t *testing.T) {
	_, err := runOnce([]string{"sh", "-c", "echo usage: no such flag"}, nil, "Step 1 of", nil, "", 10*time.Second, 24, 80)
	if err == nil || !strings.Contains(err.Error(), "Step 1 of") {
		t.Fatalf("got %v, want an error naming the marker that never appeared", err)
	}
}

func TestEnvironmentReachesTheProgram(t *testing.T) {
	_, err := runOnce([]string{"sh", "-c", `echo "base=$PAYSTACK_API_BASE"; sleep 5`}, []string{"PAYSTACK_API_BASE=http://127.0.0.1:9"}, "base=http://127.0.0.1:9", nil, "\x03", 10*time.Second, 24, 80)
	if err != nil {
		t.Fatal(err)
	}
}
