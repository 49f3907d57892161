// Package api is the oracle's HTTP JSON API (described by openapi.yaml, served at /openapi.yaml):
// contribution uploads and downloads, base models, training jobs, paid inference with attribution,
// settlements and their published documents, /healthz and Prometheus /metrics. Every error is a
// 4xx/5xx with a JSON body naming the problem; request bodies are size-limited.
package api

import (
	"context"
	_ "embed"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/open-attribution/poa/internal/contentstore"
	"github.com/open-attribution/poa/internal/cors"
	"github.com/open-attribution/poa/internal/gpu"
	"github.com/open-attribution/poa/internal/oracle/compute"
	"github.com/open-attribution/poa/internal/oracle/inference"
	"github.com/open-attribution/poa/internal/oracle/metrics"
	"github.com/open-attribution/poa/internal/oracle/onchain"
	"github.com/open-attribution/poa/internal/oracle/state"
	"github.com/open-attribution/poa/internal/oracle/training"
)

// OpenAPI is the API's OpenAPI 3 description.
//
//go:embed openapi.yaml
var OpenAPI []byte

// Server holds what the handlers use.
type Server struct {
	DB         *state.DB
	Suite      *onchain.Suite
	Content    *contentstore.Store
	Models     *contentstore.Store
	Training   *training.Runner
	Inference  *inference.Service
	Backend    compute.Backend
	GPU        *gpu.Monitor
	Metrics    *metrics.Metrics
	Logger     *slog.Logger
	PublishDir string
	// Oracle is the signing account.
	Oracle string
	// MaxUploadBytes bounds a contribution upload; MaxRequestBytes a JSON body.
	MaxUploadBytes  int64
	MaxRequestBytes int64
	// ChainTimeout bounds the chain calls a request makes (default 10s).
	ChainTimeout time.Duration
	// Circuit describes the proof system's capacity, for /v1/status.
	Circuit map[string]any
}

// route is one endpoint.
type route struct {
	pattern string
	handler func(http.ResponseWriter, *http.Request) *Error
}

// routes lists the API's endpoints (the OpenAPI test checks each is described).
func (s *Server) routes() []route {
	return []route{
		{"GET /healthz", s.healthz},
		{"GET /openapi.yaml", func(w http.ResponseWriter, r *http.Request) *Error {
			w.Header().Set("Content-Type", "application/yaml")
			w.Write(OpenAPI)
			return nil
		}},
		{"GET /v1/status", s.status},
		{"POST /v1/contributions/{id}/content", s.uploadContent},
		{"GET /v1/contributions/{id}/content", s.getContent},
		{"GET /v1/base-models", s.listBases},
		{"POST /v1/base-models", s.createBase},
		{"POST /v1/training-jobs", s.createJob},
		{"GET /v1/training-jobs", s.listJobs},
		{"GET /v1/training-jobs/{id}", s.getJob},
		{"GET /v1/models", s.listModels},
		{"GET /v1/models/{id}", s.getModel},
		{"POST /v1/inference", s.postInference},
		{"GET /v1/inference/{requestId}", s.getInference},
		{"GET /v1/settlements", s.listSettlements},
		{"GET /v1/settlements/{modelId}/{batchId}", s.getSettlement},
		{"GET /v1/published/models/{modelId}/batches/{file}", s.getPublished},
		{"GET /v1/published/models/{modelId}/gradients.json", s.getGradients},
	}
}

// Handler returns the API with logging, metrics and panic recovery.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	route := func(pattern string, h func(http.ResponseWriter, *http.Request) *Error) {
		mux.Handle(pattern, s.wrap(h))
	}
	for _, r := range s.routes() {
		route(r.pattern, r.handler)
	}
	if s.Metrics != nil {
		mux.Handle("GET /metrics", s.Metrics.Handler())
	}
	route("/", func(w http.ResponseWriter, r *http.Request) *Error {
		var allow []string
		for _, m := range []string{http.MethodGet, http.MethodPost} {
			probe := r.Clone(r.Context())
			probe.Method = m
			if _, pat := mux.Handler(probe); pat != "/" && pat != "" {
				allow = append(allow, m)
			}
		}
		if len(allow) > 0 {
			w.Header().Set("Allow", strings.Join(allow, ", "))
			return apiErr(http.StatusMethodNotAllowed, CodeMethodNotAllowed, "%s %s: allowed %s", r.Method, r.URL.Path, strings.Join(allow, ", "))
		}
		return apiErr(http.StatusNotFound, CodeNotFound, "no route for %s %s (see /openapi.yaml)", r.Method, r.URL.Path)
	})
	// The web app, served by the indexer, calls this API from another origin; it reads these headers.
	cross := cors.Policy{Methods: "GET, POST, OPTIONS", Headers: "Content-Type", Expose: "Location, ETag, X-Content-SHA256"}
	return cross.Wrap(s.observe(mux))
}

// statusWriter records the status code.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// observe logs each request and records its metrics under its route pattern.
func (s *Server) observe(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		if sw.status == 0 {
			sw.status = http.StatusOK
		}
		route := r.Pattern
		if route == "" || route == "/" {
			route = "unmatched"
		}
		elapsed := time.Since(start)
		if s.Metrics != nil {
			s.Metrics.HTTPRequests.WithLabelValues(r.Method, route, strconv.Itoa(sw.status)).Inc()
			s.Metrics.HTTPDuration.WithLabelValues(r.Method, route).Observe(elapsed.Seconds())
		}
		level := slog.LevelDebug
		if sw.status >= 500 {
			level = slog.LevelError
		} else if sw.status >= 400 {
			level = slog.LevelInfo
		}
		s.Logger.Log(r.Context(), level, "http", "component", "api", "method", r.Method, "path", r.URL.Path, "route", route,
			"status", sw.status, "ms", float64(elapsed.Microseconds())/1000)
	})
}

// wrap turns a handler's *Error into a JSON error response and a panic into a 500.
func (s *Server) wrap(h func(http.ResponseWriter, *http.Request) *Error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if p := recover(); p != nil {
				s.Logger.ErrorContext(r.Context(), "panic in handler", "component", "api", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
				writeError(w, apiErr(http.StatusInternalServerError, CodeInternal, "internal error"))
			}
		}()
		if e := h(w, r); e != nil {
			if e.Status >= 500 {
				s.Logger.ErrorContext(r.Context(), "request failed", "component", "api", "path", r.URL.Path, "code", e.Code, "err", e.Message)
			}
			writeError(w, e)
		}
	})
}

func (s *Server) chainCtx(r *http.Request) (context.Context, context.CancelFunc) {
	t := s.ChainTimeout
	if t <= 0 {
		t = 10 * time.Second
	}
	return context.WithTimeout(r.Context(), t)
}

func pathUint(r *http.Request, name string) (uint64, *Error) {
	v, err := strconv.ParseUint(r.PathValue(name), 10, 64)
	if err != nil || v == 0 || v > 1<<62 {
		return 0, apiErr(http.StatusBadRequest, CodeBadRequest, "%s %q is not a positive integer", name, r.PathValue(name))
	}
	return v, nil
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) *Error {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if err := s.DB.PingContext(ctx); err != nil {
		return apiErr(http.StatusServiceUnavailable, CodeUnavailable, "database: %v", err)
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	return nil
}

func (s *Server) status(w http.ResponseWriter, r *http.Request) *Error {
	counts, err := s.DB.CountRequests(r.Context())
	if err != nil {
		return apiErr(http.StatusInternalServerError, CodeInternal, "%v", err)
	}
	out := map[string]any{
		"oracle":    s.Oracle,
		"chainId":   s.Suite.ChainID.String(),
		"contracts": s.Suite.Addrs,
		"backend":   s.Backend.Name(),
		"requests":  counts,
		"circuit":   s.Circuit,
	}
	if s.GPU != nil {
		out["gpu"] = s.GPU.Info()
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}
