// Package realtime holds the one real wait that a context can cut short,
// which the client between retries, the charge watcher and the setup session
// fall back on when their caller gives them no clock of its own (tests give
// one whose Sleep moves time instead of waiting).
package realtime

import (
	"context"
	"time"
)

// Sleep waits d, or until ctx ends, and then returns ctx's error: nil when
// the whole wait passed. A d of zero or less does not wait, so an ended
// ctx is always reported rather than racing a timer that already fired.
func Sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
