// Package record notes the requests a sandbox answers for a command under
// test, and sends them again one after another: the serial baseline of the
// audit and renewals rows, the same requests with nothing overlapping.
package record

import (
	"context"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Recording is an http.Handler that notes each request before next answers it.
type Recording struct {
	Next http.Handler
	mu   sync.Mutex
	reqs []string // method and request URI
}

func (r *Recording) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	r.mu.Lock()
	r.reqs = append(r.reqs, req.Method+" "+req.URL.RequestURI())
	r.mu.Unlock()
	r.Next.ServeHTTP(w, req)
}

// Take returns the requests noted since the last Take.
func (r *Recording) Take() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := r.reqs
	r.reqs = nil
	return out
}

// Replay sends reqs (as Take returns them) to base one after another with
// key, reading each answer whole, and returns how long that took.
func Replay(base, key string, reqs []string) (time.Duration, error) {
	start := time.Now()
	for _, r := range reqs {
		method, uri, _ := strings.Cut(r, " ")
		req, err := http.NewRequestWithContext(context.Background(), method, base+uri, nil)
		if err != nil {
			return 0, err
		}
		req.Header.Set("Authorization", "Bearer "+key)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return 0, err
		}
		_, err = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if err != nil {
			return 0, err
		}
	}
	return time.Since(start), nil
}
