package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWithWeb(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "assets"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, body := range map[string]string{"index.html": "<html>app</html>", "assets/app-1.js": "js", "config.json": "{}"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	api := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "api "+r.URL.Path) })
	h, err := withWeb(api, dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ path, want, cache string }{
		{"/", "<html>app</html>", "no-cache"},
		{"/assets/app-1.js", "js", "immutable"},
		{"/config.json", "{}", "no-cache"},
		{"/graphql", "api /graphql", ""},
		{"/healthz", "api /healthz", ""},
		{"/some/bookmark", "<html>app</html>", "no-cache"},
		{"/playground", "graphiql", ""},
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, c.path, nil))
		if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), c.want) {
			t.Errorf("GET %s: %d %q, want %q", c.path, rec.Code, rec.Body.String(), c.want)
		}
		if c.cache != "" && !strings.Contains(rec.Header().Get("Cache-Control"), c.cache) {
			t.Errorf("GET %s: Cache-Control %q, want %s", c.path, rec.Header().Get("Cache-Control"), c.cache)
		}
	}
	if _, err := withWeb(api, t.TempDir()); err == nil {
		t.Error("a directory without index.html was accepted")
	}
}
