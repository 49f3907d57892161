package cors

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestWrap(t *testing.T) {
	called := 0
	p := Policy{Methods: "GET, POST, OPTIONS", Headers: "Content-Type", Expose: "ETag"}
	h := p.Wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { called++; w.WriteHeader(http.StatusTeapot) }))

	pre := httptest.NewRequest(http.MethodOptions, "/v1/training-jobs", nil)
	pre.Header.Set("Origin", "http://127.0.0.1:8080")
	pre.Header.Set("Access-Control-Request-Method", "POST")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, pre)
	if rec.Code != http.StatusNoContent || rec.Header().Get("Access-Control-Allow-Origin") != "*" ||
		rec.Header().Get("Access-Control-Allow-Headers") != "Content-Type" ||
		rec.Header().Get("Access-Control-Allow-Methods") != "GET, POST, OPTIONS" || called != 0 {
		t.Fatalf("preflight: %d %v (handler called %d times)", rec.Code, rec.Header(), called)
	}

	get := httptest.NewRequest(http.MethodGet, "/v1/status", nil)
	get.Header.Set("Origin", "http://127.0.0.1:8080")
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, get)
	if rec.Code != http.StatusTeapot || rec.Header().Get("Access-Control-Allow-Origin") != "*" ||
		rec.Header().Get("Access-Control-Expose-Headers") != "ETag" || called != 1 {
		t.Fatalf("cross-origin GET: %d %v", rec.Code, rec.Header())
	}

	// An OPTIONS request that is not a preflight goes to the handler.
	opt := httptest.NewRequest(http.MethodOptions, "/graphql", nil)
	opt.Header.Set("Origin", "http://127.0.0.1:8080")
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, opt)
	if rec.Code != http.StatusTeapot || called != 2 {
		t.Fatalf("plain OPTIONS: %d (handler called %d times)", rec.Code, called)
	}

	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/v1/status", nil))
	if rec.Header().Get("Access-Control-Allow-Origin") != "" || called != 3 {
		t.Fatalf("same-origin GET got CORS headers: %v", rec.Header())
	}
}
