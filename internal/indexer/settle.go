package indexer

import (
	"context"
	"encoding/json"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/open-attribution/poa/bindings/rewardvault"
	"github.com/open-attribution/poa/internal/indexer/notify"
	"github.com/open-attribution/poa/internal/indexer/schema"
)

// --------------------------------------------------------------------- settlements and claims

// settlementRow returns the batch's row, creating an empty one: BatchFinalized, Settled and
// SettlementSplit come from the same transaction (in that order today; any order is handled).
func (a *applier) settlementRow(ctx context.Context, model, batch int64, w at) (*schema.Settlement, error) {
	key := modelBatch{model, batch}
	s, err := a.t.settlements.edit(ctx, a.db, key, w.block)
	if err != nil || s != nil {
		return s, err
	}
	s = &schema.Settlement{ModelID: model, BatchID: batch, RequestIDs: "[]"}
	return s, a.t.settlements.put(ctx, a.db, s, w.block)
}

func (a *applier) settled(ctx context.Context, e *rewardvault.RewardVaultSettled, w at) error {
	model, batch, err := modelBatch64(e.ModelId, e.BatchId)
	if err != nil {
		return err
	}
	ids := make([]int64, len(e.RequestIds))
	for i, r := range e.RequestIds {
		if ids[i], err = id64(r, "request id"); err != nil {
			return err
		}
	}
	idsJSON, _ := json.Marshal(ids)
	s, err := a.settlementRow(ctx, model, batch, w)
	if err != nil {
		return err
	}
	splitSeen := s.Owner != "" // SettlementSplit names the owner; the vault emits it after Settled
	s.Epoch, s.Oracle, s.RequestIDs, s.RequestCount = int64(e.Epoch), lowerAddr(e.Oracle), string(idsJSON), int64(len(ids))
	s.InferenceCommitment, s.PreviousPayoutRoot, s.NewPayoutRoot = hexBytes32(e.InferenceCommitment),
		hexBytes32(e.PreviousPayoutRoot), hexBytes32(e.NewPayoutRoot)
	s.FeeTotal, s.Distributed = num(e.FeeTotal), num(e.Distributed)
	s.BlockNumber, s.BlockTime, s.TxHash, s.LogIndex = w.block, w.time, w.tx, w.index
	if proof, ok := a.proofs[e.Raw.TxHash]; ok {
		p := hexutil.Encode(proof)
		s.Proof = &p
	}
	for _, rid := range ids {
		r, err := a.t.requests.edit(ctx, a.db, rid, w.block)
		if err != nil {
			return err
		}
		if r != nil {
			b, blk := batch, w.block
			r.Status, r.BatchID, r.SettledBlock, r.UpdatedBlock = schema.RequestSettled, &b, &blk, w.block
		}
	}
	// Without a settlement guard the vault emitted BatchFinalized just before; with one the batch
	// waits for the guard. The first vault version had no BatchFinalized: its batches are final here.
	finalNow := s.Status == "" && a.finalOnSettle
	switch {
	case finalNow:
		s.Status, s.StatusBlock = schema.BatchFinalized, w.block
	case s.Status == "":
		s.Status, s.StatusBlock = schema.BatchPending, w.block
	}
	if err := a.editModel(ctx, e.ModelId, w, func(m *schema.Model) (err error) {
		m.BatchCount++
		m.PayoutRoot = s.NewPayoutRoot
		if finalNow {
			b := batch
			m.ClaimableRoot, m.ClaimableBatch = s.NewPayoutRoot, &b
		}
		m.SettledRequestCount += int64(len(ids))
		if m.SettledFeeTotal, err = add(m.SettledFeeTotal, s.FeeTotal); err != nil {
			return err
		}
		m.DistributedTotal, err = add(m.DistributedTotal, s.Distributed)
		return err
	}); err != nil {
		return err
	}
	if err := a.editEpoch(ctx, model, s.Epoch, w, func(ep *schema.ModelEpoch) (err error) {
		ep.BatchCount++
		ep.SettledRequestCount += int64(len(ids))
		if ep.SettledFeeTotal, err = add(ep.SettledFeeTotal, s.FeeTotal); err != nil {
			return err
		}
		if ep.Distributed, err = add(ep.Distributed, s.Distributed); err != nil {
			return err
		}
		if splitSeen { // the split came first: its shares waited for the epoch, known only now
			return addShares(ep, s)
		}
		return nil
	}); err != nil {
		return err
	}
	a.notify(notify.Message{Kind: notify.SettlementAdded, Settlement: s})
	return nil
}

func addShares(ep *schema.ModelEpoch, s *schema.Settlement) (err error) {
	if ep.ContributorShare, err = add(ep.ContributorShare, s.ContributorShare); err != nil {
		return err
	}
	if ep.OwnerShare, err = add(ep.OwnerShare, s.OwnerShare); err != nil {
		return err
	}
	if ep.ValidatorShare, err = add(ep.ValidatorShare, s.ValidatorShare); err != nil {
		return err
	}
	ep.TreasuryShare, err = add(ep.TreasuryShare, s.TreasuryShare)
	return err
}

func (a *applier) settlementSplit(ctx context.Context, e *rewardvault.RewardVaultSettlementSplit, w at) error {
	model, batch, err := modelBatch64(e.ModelId, e.BatchId)
	if err != nil {
		return err
	}
	dn, err := id64(e.DatanetId, "datanet id")
	if err != nil {
		return err
	}
	s, err := a.settlementRow(ctx, model, batch, w)
	if err != nil {
		return err
	}
	settledSeen := s.TxHash != "" // Settled came first: the epoch is known
	s.ContributorShare, s.Owner, s.OwnerShare = num(e.ContributorShare), lowerAddr(e.Owner), num(e.OwnerShare)
	s.DatanetID, s.ValidatorShare, s.TreasuryShare = dn, num(e.ValidatorShare), num(e.TreasuryShare)
	if err := a.editModel(ctx, e.ModelId, w, func(m *schema.Model) (err error) {
		if m.OwnerShareTotal, err = add(m.OwnerShareTotal, s.OwnerShare); err != nil {
			return err
		}
		if m.ValidatorShareTotal, err = add(m.ValidatorShareTotal, s.ValidatorShare); err != nil {
			return err
		}
		m.TreasuryShareTotal, err = add(m.TreasuryShareTotal, s.TreasuryShare)
		return err
	}); err != nil {
		return err
	}
	if err := a.editDatanet(ctx, e.DatanetId, w, func(d *schema.Datanet) {
		if pool, err := d.ValidatorPool.Add(s.ValidatorShare); err == nil {
			d.ValidatorPool = pool
		}
	}); err != nil {
		return err
	}
	if settledSeen {
		return a.editEpoch(ctx, model, s.Epoch, w, func(ep *schema.ModelEpoch) error { return addShares(ep, s) })
	}
	return nil
}

func (a *applier) payoutLeafClaimed(ctx context.Context, e *rewardvault.RewardVaultPayoutLeafClaimed, w at) error {
	model, err := id64(e.ModelId, "model id")
	if err != nil {
		return err
	}
	lc := &schema.LeafClaim{ModelID: model, Idx: int64(e.Index), Claimed: num(e.Cumulative), UpdatedBlock: w.block}
	if prev, err := a.t.leafClaims.get(ctx, a.db, modelLeaf{model, int64(e.Index)}); err != nil {
		return err
	} else if prev != nil {
		lc.Account = prev.Account
	}
	if err := a.t.leafClaims.put(ctx, a.db, lc, w.block); err != nil {
		return err
	}
	a.openLeafClaims = append(a.openLeafClaims, lc)
	a.openLeafIdx = append(a.openLeafIdx, int64(e.Index))
	return nil
}

func (a *applier) claimed(ctx context.Context, e *rewardvault.RewardVaultClaimed, w at) error {
	model, err := id64(e.ModelId, "model id")
	if err != nil {
		return err
	}
	account := lowerAddr(e.Account)
	leaves := []int64{}
	for i, lc := range a.openLeafClaims {
		if lc.ModelID == model {
			lc.Account = account // same row pointer the table holds: written at flush
			leaves = append(leaves, a.openLeafIdx[i])
		}
	}
	a.openLeafClaims, a.openLeafIdx = nil, nil
	leavesJSON, _ := json.Marshal(leaves)
	amount := num(e.Amount)
	a.claims = append(a.claims, schema.Claim{BlockNumber: w.block, LogIndex: w.index, ModelID: model, Account: account,
		Recipient: lowerAddr(e.Recipient), Amount: amount, Leaves: string(leavesJSON), BlockTime: w.time, TxHash: w.tx})
	if err := a.editModel(ctx, e.ModelId, w, func(m *schema.Model) (err error) {
		m.ClaimedTotal, err = add(m.ClaimedTotal, amount)
		return err
	}); err != nil {
		return err
	}
	return a.editAccount(ctx, e.Account, w, func(acc *schema.Account) (err error) {
		acc.ClaimCount++
		acc.Claimed, err = add(acc.Claimed, amount)
		return err
	})
}
