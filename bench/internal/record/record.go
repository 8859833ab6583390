// Package record notes the requests a sandbox answers for a command under
// test, and sends them again one after another: the serial baseline of the
// audit and renewals rows, the same requests with nothing overlapping.
package record

import (
	"context"
	"io"
	"net"
	"net/http"
	"os"
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

// Serve records what next is asked on a loopback port until stop, and
// returns the recording and the base URL for PAYSTACK_API_BASE.
func Serve(next http.Handler) (rec *Recording, base string, stop func(), err error) {
	rec = &Recording{Next: next}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, "", nil, err
	}
	hs := &http.Server{Handler: rec, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = hs.Serve(ln) }()
	return rec, "http://" + ln.Addr().String(), func() { _ = hs.Close() }, nil
}

// Env is the environment a timed run of the binary gets: its own config
// folder, the recorded sandbox, the sandbox's public demo key (its
// subscribers and charges are test mode's) and English.
func Env(config, base, key string) []string {
	return append(os.Environ(), "XDG_CONFIG_HOME="+config, "PAYSTACK_API_BASE="+base,
		"PAYSTACK_SECRET_KEY="+key, "LANG=C", "LC_ALL=C")
}

// Baseline takes the requests recorded since the last Take, sends them
// again one after another, and forgets the replay's own: what the run asked
// for and how long the same requests take with nothing overlapping.
func (r *Recording) Baseline(base, key string) (reqs []string, serial time.Duration, err error) {
	reqs = r.Take()
	serial, err = Replay(base, key, reqs)
	r.Take()
	return reqs, serial, err
}
