package indexer_test

import (
	"context"
	"testing"

	"github.com/open-attribution/poa/bindings/rewardvault"
	"github.com/open-attribution/poa/internal/indexer"
	"github.com/open-attribution/poa/internal/indexer/indexertest"
	"github.com/open-attribution/poa/internal/indexer/scenario"
	"github.com/open-attribution/poa/internal/indexer/schema"
	"github.com/open-attribution/poa/internal/store"
)

// TestFeeSplits indexes the vault's deployment split and a governance change, then replays the
// fee_splits migration on the indexed database, as an upgrade of a database indexed before the
// table existed does: the migration must fill the table from the stored events exactly as the
// indexer does.
func TestFeeSplits(t *testing.T) {
	_, ch := indexertest.SimChain(t)
	ctx := context.Background()
	f, err := scenario.NewFlow(ctx, ch)
	if err != nil {
		t.Fatal(err)
	}
	changed := rewardvault.IRewardVaultFeeSplit{ContributorsBps: 6500, OwnerBps: 1700, ValidatorsBps: 1200, TreasuryBps: 600}
	if err := f.S.SetFeeSplit(ctx, changed); err != nil {
		t.Fatal(err)
	}
	for _, b := range indexertest.Backends(t) {
		t.Run(b.Name, func(t *testing.T) {
			db := indexertest.OpenDB(t, b.Open(t))
			ix := indexertest.NewIndexer(t, db, indexer.NewClientChain(ch.Backend.(indexer.ClientBackend)), *f.S,
				indexer.Config{Confirmations: 3})
			if err := ix.Sync(ctx); err != nil {
				t.Fatal(err)
			}
			var splits []schema.FeeSplit
			if err := db.NewSelect().Model(&splits).Order("block_number", "log_index").Scan(ctx); err != nil {
				t.Fatal(err)
			}
			if len(splits) != 2 || splits[0].ContributorsBps != 7000 || splits[0].OwnerBps != 1500 ||
				splits[0].ValidatorsBps != 1000 || splits[0].TreasuryBps != 500 || splits[1].ContributorsBps != 6500 ||
				splits[1].OwnerBps != 1700 || splits[1].ValidatorsBps != 1200 || splits[1].TreasuryBps != 600 ||
				splits[1].TxHash == "" || splits[1].BlockNumber <= splits[0].BlockNumber {
				t.Fatalf("fee splits = %+v", splits)
			}
			indexed := indexertest.Dump(t, db)["fee_splits"]
			if _, err := db.ExecContext(ctx, "DROP TABLE fee_splits"); err != nil {
				t.Fatal(err)
			}
			if _, err := db.NewDelete().TableExpr(schema.MigrationSet+"_migrations").Where("name = ?", "0002_fee_splits").
				Exec(ctx); err != nil {
				t.Fatal(err)
			}
			if err := store.Migrate(ctx, db, schema.MigrationSet, schema.Migrations); err != nil {
				t.Fatal(err)
			}
			if got := indexertest.Dump(t, db)["fee_splits"]; len(got) != len(indexed) || got[0] != indexed[0] || got[1] != indexed[1] {
				t.Fatalf("fee_splits filled by the migration:\n%v\nindexed:\n%v", got, indexed)
			}
		})
	}
}
