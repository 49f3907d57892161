package indexer_test

import (
	"context"
	"strings"
	"testing"

	"github.com/open-attribution/poa/internal/indexer"
	"github.com/open-attribution/poa/internal/indexer/indexertest"
	"github.com/open-attribution/poa/internal/indexer/scenario"
)

// TestGovernanceReorg indexes the governance flow's staking, dispute and proposal rows inside the
// unfinalized window, forks the simulated chain below them and checks that the database equals a
// fresh index of the new branch (on which none of it happened).
func TestGovernanceReorg(t *testing.T) {
	sim, ch := indexertest.SimChain(t)
	ctx := context.Background()
	f, err := scenario.NewFlow(ctx, ch)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.GovernanceReady(ctx); err != nil {
		t.Fatal(err)
	}
	client := sim.Client()
	forkPoint, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.GovernanceFlow(ctx); err != nil {
		t.Fatal(err)
	}
	cfg := indexer.Config{Confirmations: 80, RangeBlocks: 10}
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
		for _, table := range []string{"proposals", "proposal_votes", "validator_stakes", "guard_batches", "disputes", "feedback"} {
			if indexertest.Count(t, db, table) == 0 {
				t.Fatalf("%s, branch A: nothing in %s", b.Name, table)
			}
		}
		if indexertest.Count(t, db, "indexer_journal") == 0 {
			t.Fatal("nothing journaled inside the unfinalized window")
		}
		runs = append(runs, run{b, ix, func() map[string][]string { return indexertest.Dump(t, db) }})
	}
	head, _ := client.BlockNumber(ctx)
	if err := sim.Fork(forkPoint.Hash()); err != nil {
		t.Fatal(err)
	}
	for n, _ := client.BlockNumber(ctx); n <= head+1; n, _ = client.BlockNumber(ctx) {
		sim.Commit()
	}
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
			// The pool re-includes some of branch A's transactions on branch B (the first stakes and
			// proposals), but not the later, time-dependent ones: no proposal was executed there, so
			// the journaled proposal rows must have been restored, not kept.
			got := r.db()
			for _, p := range got["proposals"] {
				if strings.Contains(p, `"status":"executed"`) {
					t.Fatalf("branch A's executed proposal survived the fork: %s", p)
				}
			}
			indexertest.SameDump(t, got, freshDump(t, r.b, chain, f.S, cfg))
		})
	}
}
