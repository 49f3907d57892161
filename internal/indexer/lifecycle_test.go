package indexer

import (
	"context"
	"log/slog"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/open-attribution/poa/bindings/datanetregistry"
	"github.com/open-attribution/poa/bindings/modelregistry"
	"github.com/open-attribution/poa/bindings/rewardvault"
	"github.com/open-attribution/poa/internal/indexer/schema"
	"github.com/open-attribution/poa/internal/store"
)

// synth builds the segments of a synthetic chain: the settlement-lifecycle, penalty and staking
// events come from contract versions whose bindings may not be generated yet, so they are checked
// here on decoded events rather than on a chain.
type synth struct {
	t     *testing.T
	ix    *Indexer
	block uint64
	index uint
}

func newSynth(t *testing.T) *synth {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "l.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := store.Migrate(ctx, db, schema.MigrationSet, schema.Migrations); err != nil {
		t.Fatal(err)
	}
	st := &schema.State{ID: 1, LastBlock: 9, LastHash: lowerHash(common.Hash{9})}
	if _, err := db.NewInsert().Model(st).Exec(ctx); err != nil {
		t.Fatal(err)
	}
	return &synth{t: t, ix: &Indexer{db: db, log: slog.New(slog.DiscardHandler)}, block: 9}
}

// commit applies one block of events (each its own transaction) inside the unfinalized window.
func (s *synth) commit(events ...any) {
	s.t.Helper()
	s.block++
	seg := &segment{from: s.block, to: s.block, tip: true, proofs: map[common.Hash][]byte{},
		refs: []BlockRef{{Number: s.block, Hash: common.Hash{byte(s.block)}, Parent: common.Hash{byte(s.block - 1)}, Time: 1000 + s.block}}}
	for i, e := range events {
		l := types.Log{BlockNumber: s.block, BlockTimestamp: 1000 + s.block, TxHash: common.Hash{byte(s.block), byte(i)}, Index: s.index}
		s.index++
		switch ev := e.(type) {
		case *rewardvault.RewardVaultSettled:
			ev.Raw = &l
		}
		seg.logs = append(seg.logs, decodedLog{log: l, name: "synthetic", args: "{}", typed: e})
	}
	if err := s.ix.commit(context.Background(), seg, 0); err != nil {
		s.t.Fatal(err)
	}
}

func gen(name string, kv ...any) *genericEvent {
	m := map[string]any{}
	for i := 0; i < len(kv); i += 2 {
		m[kv[i].(string)] = kv[i+1]
	}
	return &genericEvent{name: name, args: m}
}

func TestSettlementLifecycle(t *testing.T) {
	ctx := context.Background()
	s := newSynth(t)
	one, two := big.NewInt(1), big.NewInt(2)
	alice := common.HexToAddress("0xa11ce")
	root0, root1 := [32]byte{0xa0}, [32]byte{0xa1}
	fee := big.NewInt(1000)
	s.commit(&datanetregistry.DatanetRegistryDatanetCreated{DatanetId: one, Owner: alice, MetadataURI: "x", Bond: new(big.Int), Quorum: 1},
		&datanetregistry.DatanetRegistryContributionSubmitted{ContributionId: one, DatanetId: one, Contributor: alice, Size: 1, Uri: "u", Bond: new(big.Int)},
		&datanetregistry.DatanetRegistryReputationUpdated{DatanetId: one, Contributor: alice, Submitted: 1, Score: new(big.Int)},
		&modelregistry.ModelRegistryModelRegistered{ModelId: one, DatanetId: one, Owner: alice, Oracle: alice, ContributionCount: 1, InferenceFee: fee},
		&modelregistry.ModelRegistryInferenceRequested{RequestId: one, ModelId: one, Requester: alice, Fee: fee, Epoch: 0},
		&modelregistry.ModelRegistryInferenceRequested{RequestId: two, ModelId: one, Requester: alice, Fee: fee, Epoch: 0})
	// With a settlement guard the vault emits Settled and SettlementSplit; the batch waits.
	settle := func(batch *big.Int, ids []*big.Int, root [32]byte) []any {
		return []any{&rewardvault.RewardVaultSettled{ModelId: one, BatchId: batch, Epoch: 0, Oracle: alice, RequestIds: ids,
			NewPayoutRoot: root, FeeTotal: fee, Distributed: big.NewInt(700)},
			&rewardvault.RewardVaultSettlementSplit{ModelId: one, BatchId: batch, ContributorShare: big.NewInt(700), Owner: alice,
				OwnerShare: big.NewInt(150), DatanetId: one, ValidatorShare: big.NewInt(100), TreasuryShare: big.NewInt(50)}}
	}
	s.commit(settle(big.NewInt(0), []*big.Int{one}, root0)...)
	m := model(t, s)
	if m.PayoutRoot != hexBytes32(root0) || m.ClaimableBatch != nil || m.ClaimableRoot != lowerHash(common.Hash{}) {
		t.Fatalf("a pending batch's root became claimable: %+v", m)
	}
	if st := settlement(t, s, 0); st.Status != schema.BatchPending {
		t.Fatalf("guarded settlement = %+v", st)
	}
	pendingAt := s.block
	s.commit(gen("BatchFinalized", "modelId", one, "batchId", big.NewInt(0), "payoutRoot", root0))
	if m := model(t, s); m.ClaimableRoot != hexBytes32(root0) || m.ClaimableBatch == nil || *m.ClaimableBatch != 0 {
		t.Fatalf("finalized batch not claimable: %+v", m)
	}
	if st := settlement(t, s, 0); st.Status != schema.BatchFinalized {
		t.Fatalf("status %q, want finalized", st.Status)
	}
	// A second batch is voided by the guard: its request is reopened.
	s.commit(settle(big.NewInt(1), []*big.Int{two}, root1)...)
	s.commit(gen("RequestsReopened", "modelId", one, "batchId", big.NewInt(1), "requestIds", []*big.Int{two}))
	m = model(t, s)
	if m.SettledRequestCount != 1 || m.SettledFeeTotal.String() != "1000" || m.DistributedTotal.String() != "700" ||
		m.OwnerShareTotal.String() != "150" || m.ClaimableRoot != hexBytes32(root0) {
		t.Fatalf("voided batch still counted: %+v", m)
	}
	if st := settlement(t, s, 1); st.Status != schema.BatchVoided {
		t.Fatalf("status %q, want voided", st.Status)
	}
	var ep schema.ModelEpoch
	if err := s.ix.db.NewSelect().Model(&ep).Scan(ctx); err != nil || ep.BatchCount != 1 || ep.OwnerShare.String() != "150" {
		t.Fatalf("epoch = %+v, %v", ep, err)
	}
	var req schema.InferenceRequest
	if err := s.ix.db.NewSelect().Model(&req).Where("id = 2").Scan(ctx); err != nil || req.Status != schema.RequestPending || req.BatchID != nil {
		t.Fatalf("reopened request = %+v, %v", req, err)
	}
	// Immediate finalization (no guard): BatchFinalized precedes Settled in one transaction.
	s.commit(append([]any{gen("BatchFinalized", "modelId", one, "batchId", big.NewInt(2), "payoutRoot", root1)},
		settle(big.NewInt(2), []*big.Int{two}, root1)...)...)
	if st := settlement(t, s, 2); st.Status != schema.BatchFinalized || st.TxHash == "" || st.Owner == "" {
		t.Fatalf("immediately final settlement = %+v", st)
	}
	if m := model(t, s); m.ClaimableRoot != hexBytes32(root1) || *m.ClaimableBatch != 2 || m.OwnerShareTotal.String() != "300" {
		t.Fatalf("model after an immediate settlement = %+v", m)
	}
	// Penalties and validator modes.
	s.commit(gen("PenaltyStatusChanged", "datanetId", one, "contributor", alice, "penalized", true),
		gen("PenaltyWithheld", "modelId", one, "account", alice, "owed", big.NewInt(100), "withheld", big.NewInt(40)),
		gen("ValidatorModeUpdated", "datanetId", one, "mode", uint8(2), "quorum", uint16(5000)))
	var c schema.Contributor
	if err := s.ix.db.NewSelect().Model(&c).Scan(ctx); err != nil || !c.Penalized {
		t.Fatalf("contributor = %+v, %v", c, err)
	}
	var d schema.Datanet
	if err := s.ix.db.NewSelect().Model(&d).Scan(ctx); err != nil || d.ValidatorMode != 2 || d.Quorum != 5000 {
		t.Fatalf("datanet = %+v, %v", d, err)
	}
	// Everything rolls back exactly: to the block where batch 0 was settled, still pending.
	st, err := s.ix.State(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.ix.rollback(ctx, st, schema.Block{Number: int64(pendingAt), Hash: lowerHash(common.Hash{byte(pendingAt)})}); err != nil {
		t.Fatal(err)
	}
	if st := settlement(t, s, 0); st.Status != schema.BatchPending {
		t.Fatalf("after rollback: status %q, want pending", st.Status)
	}
	if n, err := s.ix.db.NewSelect().Model((*schema.Settlement)(nil)).Count(ctx); err != nil || n != 1 {
		t.Fatalf("after rollback: %d settlements, %v", n, err)
	}
	m = model(t, s)
	if m.ClaimableBatch != nil || m.BatchCount != 1 || m.SettledRequestCount != 1 {
		t.Fatalf("after rollback: %+v", m)
	}
	if err := s.ix.db.NewSelect().Model(&c).Scan(ctx); err != nil || c.Penalized {
		t.Fatalf("after rollback: contributor = %+v, %v", c, err)
	}
	if err := s.ix.db.NewSelect().Model(&req).Where("id = 2").Scan(ctx); err != nil || req.Status != schema.RequestPending {
		t.Fatalf("after rollback: request 2 = %+v, %v", req, err)
	}
}

func model(t *testing.T, s *synth) schema.Model {
	t.Helper()
	var m schema.Model
	if err := s.ix.db.NewSelect().Model(&m).Where("id = 1").Scan(context.Background()); err != nil {
		t.Fatal(err)
	}
	return m
}

func settlement(t *testing.T, s *synth, batch int64) schema.Settlement {
	t.Helper()
	var st schema.Settlement
	if err := s.ix.db.NewSelect().Model(&st).Where("model_id = 1 AND batch_id = ?", batch).Scan(context.Background()); err != nil {
		t.Fatal(err)
	}
	return st
}
