package sandbox

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
)

// answer is one decoded answer of the sandbox as a client sees it.
type answer struct {
	status int
	header http.Header
	raw    string
	body   map[string]any
}

func (a answer) data() map[string]any {
	m, _ := a.body["data"].(map[string]any)
	return m
}

func (a answer) list() []map[string]any {
	items, _ := a.body["data"].([]any)
	out := make([]map[string]any, len(items))
	for i, it := range items {
		out[i], _ = it.(map[string]any)
	}
	return out
}

func (a answer) meta() map[string]any {
	m, _ := a.body["meta"].(map[string]any)
	return m
}

func (a answer) message() string {
	s, _ := a.body["message"].(string)
	return s
}

// do sends one request through Transport with a plain http.Client; a body
// starting with "{" is sent as JSON, anything else as a form.
func do(t *testing.T, s *Server, key, method, path, body string) answer {
	t.Helper()
	return doCtx(t, context.Background(), s, key, method, path, body)
}

func doCtx(t *testing.T, ctx context.Context, s *Server, key, method, path, body string) answer {
	t.Helper()
	a, err := send(ctx, &http.Client{Transport: s.Transport()}, BaseURL, key, method, path, body)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	return a
}

func send(ctx context.Context, c *http.Client, base, key, method, path, body string) (answer, error) {
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, base+path, rd)
	if err != nil {
		return answer{}, err
	}
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	if strings.HasPrefix(body, "{") {
		req.Header.Set("Content-Type", "application/json")
	} else if body != "" {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	resp, err := c.Do(req)
	if err != nil {
		return answer{}, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return answer{}, err
	}
	a := answer{status: resp.StatusCode, header: resp.Header, raw: string(raw)}
	_ = json.Unmarshal(raw, &a.body) // some faults answer HTML on purpose
	return a, nil
}

func str(m map[string]any, k string) string {
	s, _ := m[k].(string)
	return s
}

func num(m map[string]any, k string) int {
	f, _ := m[k].(float64)
	return int(f)
}
