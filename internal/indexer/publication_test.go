package indexer_test

import (
	"bytes"
	"context"
	"log/slog"
	"math/big"
	"strings"
	"testing"

	"github.com/open-attribution/poa/internal/indexer"
	"github.com/open-attribution/poa/internal/indexer/indexertest"
	"github.com/open-attribution/poa/internal/indexer/scenario"
	"github.com/open-attribution/poa/internal/indexer/schema"
	"github.com/open-attribution/poa/internal/publish"
)

// TestPublishedDocuments checks that batch documents are verified against the chain before they
// are stored: a faithful one is stored, one whose leaves do not rebuild the on-chain root is
// rejected with a logged, specific error and nothing of it stored, and a corrected one published
// later replaces the rejection.
func TestPublishedDocuments(t *testing.T) {
	_, ch := indexertest.SimChain(t)
	ctx := context.Background()
	f, err := scenario.NewFlow(ctx, ch)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Run(ctx); err != nil {
		t.Fatal(err)
	}
	chainID := ch.ChainID.Uint64()
	for _, b := range indexertest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			dir := t.TempDir()
			if err := publish.WriteFile(dir, f.Document(0, chainID)); err != nil {
				t.Fatal(err)
			}
			forged := f.Document(1, chainID)
			forged.Leaves[2].Cumulative = publish.NewAmount(new(big.Int).Add(forged.Leaves[2].Cumulative.Int, big.NewInt(1)))
			if err := publish.WriteFile(dir, forged); err != nil {
				t.Fatal(err)
			}
			var logs bytes.Buffer
			db := indexertest.OpenDB(t, b.Open(t))
			ix := indexertest.NewIndexer(t, db, indexer.NewClientChain(ch.Backend.(indexer.ClientBackend)), *f.S, indexer.Config{
				Published: publish.DirSource(dir), Logger: slog.New(slog.NewTextHandler(&logs, nil))})
			if err := ix.Sync(ctx); err != nil {
				t.Fatal(err)
			}
			var batches []schema.PublishedBatch
			if err := db.NewSelect().Model(&batches).Order("batch_id").Scan(ctx); err != nil {
				t.Fatal(err)
			}
			if len(batches) != 2 || batches[0].Status != schema.PublicationVerified || batches[1].Status != schema.PublicationRejected ||
				batches[1].Error == nil || !strings.Contains(*batches[1].Error, "payout root rebuilt from the leaves") {
				t.Fatalf("publications = %+v", batches)
			}
			if !strings.Contains(logs.String(), "rejected a batch document") || !strings.Contains(logs.String(), "batch=1") {
				t.Errorf("rejection not logged:\n%s", logs.String())
			}
			var leaves []schema.PublishedLeaf
			if err := db.NewSelect().Model(&leaves).Scan(ctx); err != nil {
				t.Fatal(err)
			}
			if len(leaves) != 4 {
				t.Fatalf("%d leaves stored, want the 4 of batch 0 only", len(leaves))
			}
			for _, l := range leaves {
				if l.BatchID != 0 {
					t.Fatalf("a leaf of the rejected document was stored: %+v", l)
				}
			}
			if n := indexertest.Count(t, db, "published_attributions"); n != 3 {
				t.Fatalf("%d attributions, want batch 0's 3", n)
			}

			// The oracle republishes a correct document: the next pass verifies it.
			if err := publish.WriteFile(dir, f.Document(1, chainID)); err != nil {
				t.Fatal(err)
			}
			if err := ix.Sync(ctx); err != nil {
				t.Fatal(err)
			}
			batches = nil
			if err := db.NewSelect().Model(&batches).Order("batch_id").Scan(ctx); err != nil {
				t.Fatal(err)
			}
			if batches[1].Status != schema.PublicationVerified || batches[1].Error != nil || indexertest.Count(t, db, "published_leaves") != 8 ||
				indexertest.Count(t, db, "published_attributions") != 5 {
				t.Fatalf("after republishing: %+v", batches)
			}
		})
	}
}
