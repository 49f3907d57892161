package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/99designs/gqlgen/graphql/playground"
	"github.com/gorilla/websocket"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/open-attribution/poa/graph/generated"
	"github.com/open-attribution/poa/internal/cors"
	"github.com/open-attribution/poa/internal/indexer/schema"
)

// Defaults of ServerOptions' zero fields.
const (
	DefaultComplexityLimit = 5000
	DefaultDepthLimit      = 10
	DefaultCacheEntries    = 4096
	DefaultCacheBytes      = 64 << 20
	parserTokenLimit       = 10_000
)

// ServerOptions configure the HTTP API.
type ServerOptions struct {
	Options
	ComplexityLimit int
	DepthLimit      int
	// Version is the index version (bumped by every commit); with it, responses are cached until
	// the next commit. Nil disables the cache.
	Version      func() int64
	CacheEntries int
	CacheBytes   int
}

// NewHandler serves the API: POST/GET/websocket GraphQL at /graphql, the playground at /, and
// /healthz.
func NewHandler(o ServerOptions) http.Handler {
	if o.ComplexityLimit == 0 {
		o.ComplexityLimit = DefaultComplexityLimit
	}
	if o.DepthLimit == 0 {
		o.DepthLimit = DefaultDepthLimit
	}
	if o.CacheEntries == 0 {
		o.CacheEntries = DefaultCacheEntries
	}
	if o.CacheBytes == 0 {
		o.CacheBytes = DefaultCacheBytes
	}
	r := NewResolver(o.Options)
	srv := handler.New(generated.NewExecutableSchema(generated.Config{Resolvers: r, Complexity: complexity()}))
	srv.AddTransport(transport.Websocket{
		KeepAlivePingInterval: 15 * time.Second,
		// Front ends are served from other origins; the API is read-only and takes no cookies.
		Upgrader: websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true },
			ReadBufferSize: 1024, WriteBufferSize: 1024},
	})
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetParserTokenLimit(parserTokenLimit)
	srv.Use(extension.Introspection{})
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)})
	// Depth first: a deep query is refused for its depth, whatever it would cost.
	srv.Use(depthLimit{max: o.DepthLimit})
	srv.Use(extension.FixedComplexityLimit(o.ComplexityLimit))
	srv.SetRecoverFunc(func(ctx context.Context, p any) error {
		r.log.ErrorContext(ctx, "graphql resolver panicked", "panic", p)
		return &gqlerror.Error{Message: "internal error (the server log has the details)"}
	})
	srv.SetErrorPresenter(func(ctx context.Context, err error) *gqlerror.Error {
		return graphql.DefaultErrorPresenter(ctx, err)
	})

	var cache *responseCache
	if o.Version != nil {
		cache = newResponseCache(o.Version, o.CacheEntries, o.CacheBytes)
	}
	mux := http.NewServeMux()
	mux.Handle("/graphql", cache.wrap(srv))
	mux.HandleFunc("/healthz", r.healthz)
	playgroundPage := playground.Handler("Proof-of-Attribution indexer", "/graphql")
	mux.HandleFunc("/", func(w http.ResponseWriter, req *http.Request) {
		if req.URL.Path != "/" {
			http.NotFound(w, req)
			return
		}
		playgroundPage(w, req)
	})
	// Read-only and without cookies: dApps on any origin may query it (docs/indexer.md).
	return cors.Policy{Methods: "GET, POST, OPTIONS", Headers: "Content-Type"}.Wrap(mux)
}

// healthz reports the checkpoint; 503 when the database does not answer.
func (r *Resolver) healthz(w http.ResponseWriter, req *http.Request) {
	ctx, cancel := context.WithTimeout(req.Context(), 2*time.Second)
	defer cancel()
	w.Header().Set("Content-Type", "application/json")
	st := new(schema.State)
	if err := r.db.NewSelect().Model(st).Where("id = 1").Scan(ctx); err != nil {
		r.log.Warn("health check failed", "err", err)
		w.WriteHeader(http.StatusServiceUnavailable)
		fmt.Fprintf(w, `{"status":"unavailable"}`)
		return
	}
	out := map[string]any{"status": "ok", "lastBlock": st.LastBlock, "lastHash": st.LastHash,
		"finalizedBlock": st.FinalizedBlock, "reorgCount": st.ReorgCount}
	if r.head != nil {
		out["chainHead"] = r.head()
	}
	json.NewEncoder(w).Encode(out)
}
