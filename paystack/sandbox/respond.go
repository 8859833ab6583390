package sandbox

import (
	"encoding/json"
	"net/http"
	"strconv"
	"time"
)

// envelope is Paystack's success answer.
type envelope struct {
	Status  bool   `json:"status"`
	Message string `json:"message"`
	Data    any    `json:"data"`
	Meta    any    `json:"meta,omitempty"`
}

// errorBody is Paystack's failure answer; meta, type and code appear only on
// validation errors.
type errorBody struct {
	Status  bool       `json:"status"`
	Message string     `json:"message"`
	Meta    *errorMeta `json:"meta,omitempty"`
	Type    string     `json:"type,omitempty"`
	Code    string     `json:"code,omitempty"`
}

type errorMeta struct {
	NextStep string `json:"nextStep"`
}

func validationError(message, code, nextStep string) errorBody {
	return errorBody{Message: message, Meta: &errorMeta{NextStep: nextStep}, Type: "validation_error", Code: code}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"status":false,"message":"Sandbox could not encode its answer"}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

func ok(w http.ResponseWriter, message string, data, meta any) {
	writeJSON(w, http.StatusOK, envelope{Status: true, Message: message, Data: data, Meta: meta})
}

// offsetMeta is the meta of page-numbered lists.
type offsetMeta struct {
	Total     int `json:"total"`
	Skipped   int `json:"skipped"`
	PerPage   int `json:"perPage"`
	Page      int `json:"page"`
	PageCount int `json:"pageCount"`
}

// pageBounds clips one page out of total items; a page past the end is empty.
func pageBounds(total, page, perPage int) (from, to int, meta offsetMeta) {
	from = min((page-1)*perPage, total)
	to = min(from+perPage, total)
	pageCount := (total + perPage - 1) / perPage
	return from, to, offsetMeta{Total: total, Skipped: (page - 1) * perPage, PerPage: perPage, Page: page, PageCount: pageCount}
}

// perPageParam reads perPage as Paystack does: default 50, at most 100, and
// anything unreadable means the default.
func perPageParam(r *http.Request) (int, bool) { return perPageNamed(r, "perPage") }

// perPageNamed is perPageParam for a list that names it otherwise.
func perPageNamed(r *http.Request, name string) (int, bool) {
	v := r.URL.Query().Get(name)
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		return 50, false
	}
	return min(n, 100), true
}

func pageParam(r *http.Request) (int, bool) {
	n, err := strconv.Atoi(r.URL.Query().Get("page"))
	if err != nil || n < 1 {
		return 1, false
	}
	return n, true
}

func stamp(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
