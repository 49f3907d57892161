package main

import (
	"fmt"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/99designs/gqlgen/graphql/playground"
)

// withWeb serves the web app's built files (web/dist, `make web`) next to the API: /graphql and
// /healthz go to the API, the GraphQL playground moves to /playground, and every other path is a
// file under dir; paths without a file get index.html (the app routes on the URL fragment, so this
// only matters for bookmarks of unknown paths). index.html and config.json are never cached, the
// content-hashed assets for a year.
func withWeb(api http.Handler, dir string) (http.Handler, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(filepath.Join(abs, "index.html")); err != nil {
		return nil, fmt.Errorf("--web %s: no index.html (build the app with `make web`): %w", dir, err)
	}
	files := http.FileServer(http.Dir(abs))
	mux := http.NewServeMux()
	mux.Handle("/graphql", api)
	mux.Handle("/healthz", api)
	mux.Handle("/playground", playground.Handler("Proof-of-Attribution indexer", "/graphql"))
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		p := path.Clean("/" + r.URL.Path)
		switch {
		case strings.HasPrefix(p, "/assets/"):
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		default:
			w.Header().Set("Cache-Control", "no-cache")
		}
		if p != "/" {
			if st, err := os.Stat(filepath.Join(abs, filepath.FromSlash(p))); err != nil || st.IsDir() {
				r = r.Clone(r.Context())
				r.URL.Path = "/"
			}
		}
		files.ServeHTTP(w, r)
	})
	return mux, nil
}
