package indexer_test

import (
	"context"
	"testing"

	"github.com/uptrace/bun"

	"github.com/open-attribution/poa/internal/indexer"
	"github.com/open-attribution/poa/internal/indexer/indexertest"
	"github.com/open-attribution/poa/internal/indexer/scenario"
	"github.com/open-attribution/poa/internal/indexer/schema"
)

// TestStandardFlow indexes the whole standard flow on the simulated backend and checks the derived
// views against what the flow did, on both engines.
func TestStandardFlow(t *testing.T) {
	_, ch := indexertest.SimChain(t)
	ctx := context.Background()
	f, err := scenario.NewFlow(ctx, ch)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Run(ctx); err != nil {
		t.Fatal(err)
	}
	for _, b := range indexertest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			db := indexertest.OpenDB(t, b.Open(t))
			ix := indexertest.NewIndexer(t, db, indexer.NewClientChain(ch.Backend.(indexer.ClientBackend)), *f.S,
				indexer.Config{Confirmations: 5, RangeBlocks: 7})
			if err := ix.Sync(ctx); err != nil {
				t.Fatal(err)
			}
			checkStandardFlow(t, ctx, db, ix, f)
		})
	}
}

func checkStandardFlow(t *testing.T, ctx context.Context, db *bun.DB, ix *indexer.Indexer, f *scenario.Flow) {
	t.Helper()
	var dn schema.Datanet
	if err := db.NewSelect().Model(&dn).Where("id = ?", f.Datanet1.Int64()).Scan(ctx); err != nil {
		t.Fatal(err)
	}
	if dn.ContributionCount != 5 || dn.AcceptedCount != 4 || dn.RejectedCount != 1 || dn.ContributorCount != 4 ||
		dn.ValidatorCount != 2 || dn.ModelCount != 1 || dn.FilesPerContributorPerDay != 20 {
		t.Errorf("datanet 1 = %+v", dn)
	}
	var board []schema.Contributor
	if err := db.NewSelect().Model(&board).Where("datanet_id = ?", dn.ID).Order("rank_key").Scan(ctx); err != nil {
		t.Fatal(err)
	}
	if len(board) != 4 || board[0].Address != indexertest.Lower(f.A.Alice.Address) || board[0].Score != 5000 || board[3].Score != 0 ||
		board[1].Score != 3333 || board[1].Address > board[2].Address {
		t.Errorf("leaderboard = %+v", board)
	}
	var alice schema.Account
	if err := db.NewSelect().Model(&alice).Where("address = ?", indexertest.Lower(f.A.Alice.Address)).Scan(ctx); err != nil {
		t.Fatal(err)
	}
	if alice.Submitted != 3 || alice.Accepted != 2 || alice.Rejected != 1 || alice.Datanets != 2 || alice.ClaimCount != 1 ||
		alice.Claimed.String() != "500000000000000000" {
		t.Errorf("alice = %+v", alice)
	}
	var m schema.Model
	if err := db.NewSelect().Model(&m).Where("id = ?", f.Model.Int64()).Scan(ctx); err != nil {
		t.Fatal(err)
	}
	if m.RequestCount != 5 || m.FeeTotal.String() != scenario.Open(5).String() || m.BatchCount != 2 ||
		m.SettledRequestCount != 5 || m.DistributedTotal.String() != "1500000000000000000" ||
		m.ClaimedTotal.String() != "875000000000000000" || m.PayoutRoot != f.Batches[1].Tree.Root().Hex() {
		t.Errorf("model = %+v", m)
	}
	var epochs []schema.ModelEpoch
	if err := db.NewSelect().Model(&epochs).Order("epoch").Scan(ctx); err != nil {
		t.Fatal(err)
	}
	if len(epochs) != 2 || epochs[0].RequestCount != 3 || epochs[0].BatchCount != 1 || epochs[1].RequestCount != 2 ||
		epochs[0].OwnerShare.String() != "450000000000000000" || epochs[0].ContributorShare.String() != "2100000000000000000" {
		t.Errorf("epochs = %+v", epochs)
	}
	var s schema.Settlement
	if err := db.NewSelect().Model(&s).Where("model_id = ? AND batch_id = 0", m.ID).Scan(ctx); err != nil {
		t.Fatal(err)
	}
	if s.Proof == nil || len(*s.Proof) != 66 || s.RequestCount != 3 || s.Owner != indexertest.Lower(f.A.ModelOwner.Address) ||
		s.TreasuryShare.String() == "0" {
		t.Errorf("settlement = %+v", s)
	}
	var reqs []schema.InferenceRequest
	if err := db.NewSelect().Model(&reqs).Where("status = ?", schema.RequestSettled).Scan(ctx); err != nil || len(reqs) != 5 {
		t.Errorf("settled requests: %d, %v", len(reqs), err)
	}
	if n := indexertest.Count(t, db, "claims"); n != 2 {
		t.Errorf("%d claims, want 2", n)
	}
	if n := indexertest.Count(t, db, "votes"); n != 12 {
		t.Errorf("%d votes, want 12", n)
	}
	var lc []schema.LeafClaim
	if err := db.NewSelect().Model(&lc).Order("idx").Scan(ctx); err != nil {
		t.Fatal(err)
	}
	if len(lc) != 3 || lc[0].Account != indexertest.Lower(f.A.Alice.Address) || lc[1].Account != indexertest.Lower(f.A.Bob.Address) {
		t.Errorf("leaf claims = %+v", lc)
	}
	st, err := ix.State(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := f.S.Backend.(interface {
		BlockNumber(context.Context) (uint64, error)
	}).BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if uint64(st.LastBlock) != head {
		t.Errorf("checkpoint at %d, head %d", st.LastBlock, head)
	}
}
