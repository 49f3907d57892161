package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/uptrace/bun"

	"github.com/open-attribution/poa/graph"
	"github.com/open-attribution/poa/internal/indexer"
	"github.com/open-attribution/poa/internal/indexer/indexertest"
	"github.com/open-attribution/poa/internal/indexer/notify"
	"github.com/open-attribution/poa/internal/indexer/scenario"
	"github.com/open-attribution/poa/internal/publish"
)

// fixture is an indexed standard flow with both batch documents published, served over HTTP.
type fixture struct {
	f      *scenario.Flow
	db     *bun.DB
	ix     *indexer.Indexer
	srv    *httptest.Server
	broker *notify.Broker
	pubDir string
}

func newFixture(t *testing.T, b indexertest.Backend, f *scenario.Flow, chain indexer.Chain) *fixture {
	t.Helper()
	ctx := context.Background()
	fx := &fixture{f: f, pubDir: t.TempDir()}
	for i := range f.Batches {
		if err := publish.WriteFile(fx.pubDir, f.Document(i, f.S.ChainID.Uint64())); err != nil {
			t.Fatal(err)
		}
	}
	fx.db = indexertest.OpenDB(t, b.Open(t))
	broker := notify.NewBroker()
	fx.broker = broker
	fx.ix = indexertest.NewIndexer(t, fx.db, chain, *f.S, indexer.Config{Confirmations: 3,
		Published: publish.DirSource(fx.pubDir), Broker: broker})
	if err := fx.ix.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	fx.srv = httptest.NewServer(graph.NewHandler(graph.ServerOptions{
		Options: graph.Options{DB: fx.db, Broker: broker, ChainHead: fx.ix.ChainHead, Logger: indexertest.Logger(t)},
		Version: fx.ix.Version,
	}))
	t.Cleanup(fx.srv.Close)
	return fx
}

type gqlError struct {
	Message    string         `json:"message"`
	Extensions map[string]any `json:"extensions"`
}

type gqlResponse struct {
	status int
	cache  string
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
}

// post sends a query and decodes the answer; any 5xx fails the test.
func (fx *fixture) post(t *testing.T, query string, vars map[string]any) gqlResponse {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return fx.raw(t, "application/json", body)
}

func (fx *fixture) raw(t *testing.T, contentType string, body []byte) gqlResponse {
	t.Helper()
	resp, err := http.Post(fx.srv.URL+"/graphql", contentType, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if resp.StatusCode >= 500 {
		t.Fatalf("HTTP %d for %s:\n%s", resp.StatusCode, body, raw)
	}
	out := gqlResponse{status: resp.StatusCode, cache: resp.Header.Get("X-Cache")}
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("HTTP %d, not a GraphQL response: %v\n%s", resp.StatusCode, err, raw)
	}
	return out
}

// data posts a query that must succeed and decodes its data into v.
func (fx *fixture) data(t *testing.T, query string, vars map[string]any, v any) {
	t.Helper()
	r := fx.post(t, query, vars)
	if len(r.Errors) > 0 || r.status != http.StatusOK {
		t.Fatalf("HTTP %d, errors %+v for\n%s", r.status, r.Errors, query)
	}
	if err := json.Unmarshal(r.Data, v); err != nil {
		t.Fatalf("decoding %s: %v", r.Data, err)
	}
}

// simFlow deploys the suite on the simulated backend and runs one of the scenario's flows on it:
// (*scenario.Flow).Run, the standard flow, or (*scenario.Flow).GovernanceReady.
func simFlow(t *testing.T, run func(*scenario.Flow, context.Context) error) (*scenario.Flow, indexer.Chain) {
	t.Helper()
	sim, ch := indexertest.SimChain(t)
	ctx := context.Background()
	f, err := scenario.NewFlow(ctx, ch)
	if err != nil {
		t.Fatal(err)
	}
	if err := run(f, ctx); err != nil {
		t.Fatal(err)
	}
	return f, indexer.NewClientChain(sim.Client())
}

// writeDocument publishes the flow's i-th batch document.
func writeDocument(fx *fixture, i int) error {
	return publish.WriteFile(fx.pubDir, fx.f.Document(i, fx.f.S.ChainID.Uint64()))
}
