// Package indexertest has the test fixtures shared by the indexer's and the API's tests: local
// chains, both database engines, and database dumps for "equals a fresh index" comparisons.
package indexertest

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/uptrace/bun"

	"github.com/open-attribution/poa/internal/devchain"
	"github.com/open-attribution/poa/internal/indexer"
	"github.com/open-attribution/poa/internal/indexer/scenario"
	"github.com/open-attribution/poa/internal/indexer/schema"
	"github.com/open-attribution/poa/internal/store"
	"github.com/open-attribution/poa/internal/store/pgtest"
)

// Backend names a database engine for table-driven tests.
type Backend struct {
	Name string
	Open func(t *testing.T) string // a fresh, empty database's DSN
}

// Backends are SQLite (a temp file) and Postgres (one server per test, a database per call).
func Backends(t *testing.T) []Backend {
	sqlite := Backend{"sqlite", func(t *testing.T) string { return "sqlite:" + filepath.Join(t.TempDir(), "ix.db") }}
	var pg *pgtest.Server
	postgres := Backend{"postgres", func(t *testing.T) string {
		if pg == nil {
			pg = pgtest.Start(t)
		}
		return pg.CreateDatabase(t)
	}}
	return []Backend{sqlite, postgres}
}

// OpenDB opens a database closed at the end of the test.
func OpenDB(t *testing.T, dsn string) *bun.DB {
	t.Helper()
	db, err := store.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// Logger discards logs unless INDEXER_TEST_LOG is set.
func Logger(t *testing.T) *slog.Logger {
	if os.Getenv("INDEXER_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

// SimChain is go-ethereum's simulated backend with the flow's actors funded at genesis.
func SimChain(t *testing.T) (*simulated.Backend, scenario.Chain) {
	t.Helper()
	sim := devchain.NewSimulated(scenario.NewActors().All()...)
	t.Cleanup(func() { sim.Close() })
	client := sim.Client()
	id, err := client.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return sim, scenario.Chain{
		Backend: client, ChainID: id, Mine: func() { sim.Commit() },
		Advance: func(_ context.Context, seconds uint64) error {
			// The pool drops mined transactions asynchronously after a commit, and AdjustTime refuses
			// to run while it still lists one: retry briefly.
			var err error
			for range 200 {
				if err = sim.AdjustTime(time.Duration(seconds) * time.Second); err == nil {
					sim.Commit()
					return nil
				}
				time.Sleep(10 * time.Millisecond)
			}
			return err
		},
	}
}

// AnvilChain is a fresh anvil; tests skip without it locally and fail in CI.
func AnvilChain(t *testing.T, extraArgs ...string) (*devchain.Anvil, scenario.Chain) {
	t.Helper()
	ctx := context.Background()
	a, err := devchain.StartAnvil(ctx, 31337, extraArgs...)
	if err != nil {
		if pgtest.InCI() {
			t.Fatalf("anvil is required in CI: %v", err)
		}
		t.Skipf("anvil unavailable (run `npm ci`): %v", err)
	}
	t.Cleanup(func() { a.Close() })
	ether := new(big.Int).Exp(big.NewInt(10), big.NewInt(21), nil)
	return a, scenario.Chain{
		Backend: a.Client, ChainID: big.NewInt(31337),
		Advance: a.IncreaseTime,
		Fund: func(ctx context.Context, account common.Address) error {
			return a.SetBalance(ctx, account, (*hexutil.Big)(ether))
		},
	}
}

// NewIndexer creates an indexer of the suite.
func NewIndexer(t *testing.T, db *bun.DB, ch indexer.Chain, addrs scenario.Suite, cfg indexer.Config) *indexer.Indexer {
	t.Helper()
	cfg.Addresses, cfg.Governance = addrs.Addrs, addrs.Gov
	if cfg.Logger == nil {
		cfg.Logger = Logger(t)
	}
	ix, err := indexer.New(context.Background(), db, ch, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

// Dump reads every data table, ordered, as JSON lines: what "the database equals a fresh index"
// compares. Timestamps of publication checks are wall-clock and left out.
func Dump(t *testing.T, db *bun.DB) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for _, table := range schema.Tables {
		var rows []map[string]any
		if err := db.NewSelect().TableExpr(table).OrderExpr("1, 2, 3").Scan(context.Background(), &rows); err != nil {
			t.Fatalf("dumping %s: %v", table, err)
		}
		for _, r := range rows {
			delete(r, "checked_at")
			for k, v := range r {
				if b, ok := v.([]byte); ok {
					r[k] = string(b)
				}
			}
			b, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			out[table] = append(out[table], string(b))
		}
	}
	return out
}

// SameDump fails the test with the first differences between two dumps.
func SameDump(t *testing.T, got, want map[string][]string) {
	t.Helper()
	var diffs []string
	for _, table := range schema.Tables {
		g, w := got[table], want[table]
		if len(g) != len(w) {
			diffs = append(diffs, fmt.Sprintf("%s: %d rows, fresh index has %d", table, len(g), len(w)))
		}
		for i := 0; i < min(len(g), len(w)); i++ {
			if g[i] != w[i] {
				diffs = append(diffs, fmt.Sprintf("%s row %d:\n  got  %s\n  want %s", table, i, g[i], w[i]))
				break
			}
		}
	}
	if len(diffs) > 0 {
		t.Fatalf("database differs from a fresh index of the canonical chain:\n%s", strings.Join(diffs, "\n"))
	}
}

// Count counts a table's rows.
func Count(t *testing.T, db *bun.DB, table string) int {
	t.Helper()
	n, err := db.NewSelect().TableExpr(table).Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return int(n)
}

// Lower is an address as the index stores it.
func Lower(a common.Address) string { return strings.ToLower(a.Hex()) }
