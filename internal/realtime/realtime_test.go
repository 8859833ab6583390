package realtime

import (
	"context"
	"errors"
	"testing"
	"time"
)

// A wait that esc or ctrl+c ends must end then, saying so, not an hour on.
func TestSleepEndsWithItsContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, d := range []time.Duration{time.Hour, 0, -time.Second} {
		if err := Sleep(ctx, d); !errors.Is(err, context.Canceled) {
			t.Errorf("Sleep(cancelled, %v) = %v, want context.Canceled", d, err)
		}
	}
}

func TestSleepPassesWithALiveContext(t *testing.T) {
	for _, d := range []time.Duration{time.Nanosecond, 0, -time.Second} {
		if err := Sleep(context.Background(), d); err != nil {
			t.Errorf("Sleep(live, %v) = %v, want nil", d, err)
		}
	}
}
