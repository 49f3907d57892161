package indexer_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/open-attribution/poa/bindings/rewardvault"
	"github.com/open-attribution/poa/internal/indexer"
	"github.com/open-attribution/poa/internal/indexer/indexertest"
	"github.com/open-attribution/poa/internal/indexer/scenario"
	"github.com/open-attribution/poa/internal/publish"
)

// freshDump indexes the canonical chain into a new database and dumps it.
func freshDump(t *testing.T, b indexertest.Backend, ch indexer.Chain, s *scenario.Suite, cfg indexer.Config) map[string][]string {
	t.Helper()
	db := indexertest.OpenDB(t, b.Open(t))
	ix := indexertest.NewIndexer(t, db, ch, *s, cfg)
	if err := ix.Sync(context.Background()); err != nil {
		t.Fatal(err)
	}
	return indexertest.Dump(t, db)
}

// TestReorgSimulatedFork indexes a branch, forks the simulated chain below it, builds a different
// branch and checks that the database equals a fresh index of the new canonical chain.
func TestReorgSimulatedFork(t *testing.T) {
	sim, ch := indexertest.SimChain(t)
	ctx := context.Background()
	f, err := scenario.NewFlow(ctx, ch)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Datanets(ctx); err != nil {
		t.Fatal(err)
	}
	if err := f.RegisterModel(ctx); err != nil {
		t.Fatal(err)
	}
	client := sim.Client()
	forkPoint, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Branch A: a fee-split change, paid inferences, a settlement (after moving time), a claim and a
	// new contribution.
	if err := f.S.SetFeeSplit(ctx, rewardvault.IRewardVaultFeeSplit{ContributorsBps: 6000, OwnerBps: 2000,
		ValidatorsBps: 1000, TreasuryBps: 1000}); err != nil {
		t.Fatal(err)
	}
	if err := f.RequestInferences(ctx, 3); err != nil {
		t.Fatal(err)
	}
	if _, err := f.SettlePending(ctx, tenthOpen()); err != nil {
		t.Fatal(err)
	}
	if err := f.ClaimAll(ctx, f.A.Alice); err != nil {
		t.Fatal(err)
	}
	if _, err := f.S.Contribute(ctx, f.A.Carol, f.Datanet2, "carol poem on branch A", nil); err != nil {
		t.Fatal(err)
	}
	headA, _ := client.BlockNumber(ctx)
	// The oracle published branch A's batch: its rows must go with the settlement.
	pubDir := t.TempDir()
	if err := publish.WriteFile(pubDir, f.Document(0, ch.ChainID.Uint64())); err != nil {
		t.Fatal(err)
	}
	cfg := indexer.Config{Confirmations: 40, RangeBlocks: 10, Published: publish.DirSource(pubDir)}
	if depth := headA - forkPoint.Number.Uint64(); depth >= cfg.Confirmations {
		t.Fatalf("fork depth %d is not inside the %d-block window", depth, cfg.Confirmations)
	}
	chain := indexer.NewClientChain(client)
	type run struct {
		b  indexertest.Backend
		ix *indexer.Indexer
		db func() map[string][]string
	}
	var runs []run
	for _, b := range indexertest.Backends(t) {
		db := indexertest.OpenDB(t, b.Open(t))
		ix := indexertest.NewIndexer(t, db, chain, *f.S, cfg)
		if err := ix.Sync(ctx); err != nil {
			t.Fatal(err)
		}
		if n := indexertest.Count(t, db, "inference_requests"); n != 3 {
			t.Fatalf("branch A: %d requests indexed, want 3", n)
		}
		if n := indexertest.Count(t, db, "indexer_journal"); n == 0 {
			t.Fatal("nothing journaled inside the unfinalized window")
		}
		if n := indexertest.Count(t, db, "published_leaves"); n != 4 {
			t.Fatalf("branch A: %d published leaves, want 4", n)
		}
		if n := indexertest.Count(t, db, "fee_splits"); n != 2 {
			t.Fatalf("branch A: %d fee splits, want the deployment's and branch A's", n)
		}
		runs = append(runs, run{b, ix, func() map[string][]string { return indexertest.Dump(t, db) }})
	}
	buildBranchB(t, sim, f, forkPoint.Hash())
	for _, r := range runs {
		t.Run(r.b.Name, func(t *testing.T) {
			if err := r.ix.Sync(ctx); err != nil {
				t.Fatal(err)
			}
			st, err := r.ix.State(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if st.ReorgCount != 1 || st.LastReorgBlock > int64(forkPoint.Number.Uint64()) {
				t.Fatalf("reorgs %d, last rolled back to %d; fork point %d", st.ReorgCount, st.LastReorgBlock, forkPoint.Number)
			}
			head, _ := client.HeaderByNumber(ctx, nil)
			if st.LastHash != head.Hash().Hex() {
				t.Fatalf("checkpoint %d %s, canonical head %d %s", st.LastBlock, st.LastHash, head.Number, head.Hash())
			}
			got := r.db()
			if len(got["votes"]) < 13 {
				t.Fatalf("%d votes: branch B's vote was not indexed", len(got["votes"]))
			}
			indexertest.SameDump(t, got, freshDump(t, r.b, chain, f.S, cfg))
		})
	}
}

// buildBranchB forks the chain at the head before branch A's first block and builds a different,
// longer branch: Dave contributes and V3 votes (accounts branch A never used), and the
// transactions branch A dropped are mined again where the pool re-includes them.
func buildBranchB(t *testing.T, sim interface {
	Fork(common.Hash) error
	Commit() common.Hash
}, f *scenario.Flow, forkAt common.Hash) {
	t.Helper()
	ctx := context.Background()
	client := f.S.Backend.(interface {
		BlockNumber(context.Context) (uint64, error)
	})
	headA, _ := client.BlockNumber(ctx)
	if err := sim.Fork(forkAt); err != nil {
		t.Fatal(err)
	}
	id, err := f.S.Contribute(ctx, f.A.Dave, f.Datanet2, "dave's second poem on branch B", nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.S.Vote(ctx, f.A.V3, id, true); err != nil {
		t.Fatal(err)
	}
	for {
		n, _ := client.BlockNumber(ctx)
		if n > headA+2 {
			break
		}
		sim.Commit()
	}
}

// TestReorgAnvilSnapshot indexes a branch on anvil, reverts to a snapshot taken before it, builds a
// different branch with the same height and checks the database against a fresh index.
func TestReorgAnvilSnapshot(t *testing.T) {
	a, ch := indexertest.AnvilChain(t)
	ctx := context.Background()
	f, err := scenario.NewFlow(ctx, ch)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Datanets(ctx); err != nil {
		t.Fatal(err)
	}
	if err := f.RegisterModel(ctx); err != nil {
		t.Fatal(err)
	}
	var snap hexutil.Big
	if err := a.RPC.CallContext(ctx, &snap, "evm_snapshot"); err != nil {
		t.Fatal(err)
	}
	forkHead, _ := a.Client.BlockNumber(ctx)
	if err := f.RequestInferences(ctx, 2); err != nil {
		t.Fatal(err)
	}
	if _, err := f.SettlePending(ctx, tenthOpen()); err != nil {
		t.Fatal(err)
	}
	if err := f.ClaimAll(ctx, f.A.Carol); err != nil {
		t.Fatal(err)
	}
	cfg := indexer.Config{Confirmations: 30, RangeBlocks: 16}
	chain, err := indexer.DialChain(ctx, a.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(chain.Close)
	bs := indexertest.Backends(t)
	type run struct {
		b  indexertest.Backend
		ix *indexer.Indexer
		db func() map[string][]string
	}
	var runs []run
	for _, b := range bs {
		db := indexertest.OpenDB(t, b.Open(t))
		ix := indexertest.NewIndexer(t, db, chain, *f.S, cfg)
		if err := ix.Sync(ctx); err != nil {
			t.Fatalf("%s: %v", b.Name, err)
		}
		runs = append(runs, run{b, ix, func() map[string][]string { return indexertest.Dump(t, db) }})
	}
	var reverted bool
	if err := a.RPC.CallContext(ctx, &reverted, "evm_revert", snap); err != nil || !reverted {
		t.Fatalf("evm_revert: %v %v", reverted, err)
	}
	// Branch B, same height or more: other accounts act, and time moves differently.
	id, err := f.S.Contribute(ctx, f.A.Dave, f.Datanet2, "dave poem on branch B", nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.S.Vote(ctx, f.A.V3, id, false); err != nil {
		t.Fatal(err)
	}
	if _, _, err := f.S.Request(ctx, f.A.User, f.Model, "branch B input", f.Fee); err != nil {
		t.Fatal(err)
	}
	for {
		n, _ := a.Client.BlockNumber(ctx)
		if n >= forkHead+8 {
			break
		}
		if err := a.RPC.CallContext(ctx, nil, "evm_mine"); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range runs {
		t.Run(r.b.Name, func(t *testing.T) {
			if err := r.ix.Sync(ctx); err != nil {
				t.Fatal(err)
			}
			st, _ := r.ix.State(ctx)
			if st.ReorgCount != 1 || st.LastReorgBlock > int64(forkHead) {
				t.Fatalf("reorgs %d, rolled back to %d; fork at %d", st.ReorgCount, st.LastReorgBlock, forkHead)
			}
			indexertest.SameDump(t, r.db(), freshDump(t, r.b, chain, f.S, cfg))
		})
	}
}

// TestReorgAnvilWhileRunning follows anvil over websocket with Run, has anvil replace the last
// blocks (anvil_reorg) under it, and checks that it converges on a fresh index.
func TestReorgAnvilWhileRunning(t *testing.T) {
	a, ch := indexertest.AnvilChain(t)
	ctx := context.Background()
	f, err := scenario.NewFlow(ctx, ch)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Datanets(ctx); err != nil {
		t.Fatal(err)
	}
	wsURL := "ws" + a.URL[len("http"):]
	chain, err := indexer.DialChain(ctx, wsURL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(chain.Close)
	cfg := indexer.Config{Confirmations: 20, PollInterval: 5 * time.Second} // heads arrive over websocket
	b := indexertest.Backends(t)[0]
	db := indexertest.OpenDB(t, b.Open(t))
	ix := indexertest.NewIndexer(t, db, chain, *f.S, cfg)
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- ix.Run(runCtx) }()
	var runErr error
	stopped := false
	stop := func() error {
		if !stopped {
			stopped = true
			cancel()
			runErr = <-done
		}
		return runErr
	}
	t.Cleanup(func() { stop() })

	waitFor := func(what string, ok func() bool) {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for !ok() {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s", what)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	caughtUp := func() bool {
		head, err := a.Client.HeaderByNumber(ctx, nil)
		if err != nil {
			return false
		}
		st, err := ix.State(ctx)
		return err == nil && st.LastHash == head.Hash().Hex()
	}
	waitFor("the indexer to reach the head", caughtUp)
	before := indexertest.Count(t, db, "contributions")

	// The last 6 blocks (Datanet2's contributions and votes among them) become 6 other, empty ones.
	if err := a.RPC.CallContext(ctx, nil, "anvil_reorg", 6, []any{}); err != nil {
		t.Fatalf("anvil_reorg: %v", err)
	}
	if err := a.RPC.CallContext(ctx, nil, "evm_mine"); err != nil { // a new head wakes the indexer
		t.Fatal(err)
	}
	waitFor("the indexer to follow the reorganised chain", func() bool {
		st, err := ix.State(ctx)
		return err == nil && st.ReorgCount == 1 && caughtUp()
	})
	if after := indexertest.Count(t, db, "contributions"); after >= before {
		t.Fatalf("%d contributions before the reorg, %d after: the replaced blocks' rows were kept", before, after)
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	indexertest.SameDump(t, indexertest.Dump(t, db), freshDump(t, b, chain, f.S, cfg))
}

func tenthOpen() *big.Int { return new(big.Int).Div(scenario.Open(1), big.NewInt(10)) }
