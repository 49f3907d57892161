// Package cors answers browsers' cross-origin checks for the project's HTTP APIs (the oracle's and the
// indexer's). Neither takes cookies or other credentials, so letting any origin read their answers shows a
// page nothing that a script outside a browser could not fetch anyway, and front ends served from other
// origins (a dApp, the web app in development) can call them directly.
package cors

import "net/http"

// Policy is what an API allows beyond simple requests.
type Policy struct {
	// Methods and Headers answer a preflight's Access-Control-Request-Method and -Headers.
	Methods, Headers string
	// Expose lists the response headers a page may read beyond the CORS-safelisted ones ("" for none).
	Expose string
}

// Wrap answers preflight requests itself, before any routing, and marks every response to a request
// that carries an Origin as readable from any origin.
func (p Policy) Wrap(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Origin") != "" {
			h := w.Header()
			h.Set("Access-Control-Allow-Origin", "*")
			if p.Expose != "" {
				h.Set("Access-Control-Expose-Headers", p.Expose)
			}
			if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
				h.Set("Access-Control-Allow-Methods", p.Methods)
				h.Set("Access-Control-Allow-Headers", p.Headers)
				h.Set("Access-Control-Max-Age", "600")
				w.WriteHeader(http.StatusNoContent)
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}
