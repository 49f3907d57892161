package indexer

import (
	"context"
	"fmt"

	"github.com/uptrace/bun"

	"github.com/open-attribution/poa/bindings/datanetregistry"
	"github.com/open-attribution/poa/bindings/modelregistry"
	"github.com/open-attribution/poa/bindings/rewardvault"
	"github.com/open-attribution/poa/internal/indexer/notify"
	"github.com/open-attribution/poa/internal/indexer/schema"
)

// commit applies a segment and moves the checkpoint, in one transaction, then tells subscribers.
func (ix *Indexer) commit(ctx context.Context, seg *segment, safe int64) error {
	floor := safe
	if !seg.tip {
		floor = int64(seg.to) // nothing in a backfill segment is journaled
	}
	var notes []notify.Message
	var version int64
	err := ix.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		j := &journal{floor: floor}
		a := &applier{db: tx, t: newTables(j), proofs: seg.proofs, finalOnSettle: ix.dec != nil && ix.dec.finalOnSettle}
		if err := prefetch(ctx, tx, a.t, seg.logs); err != nil {
			return err
		}
		for _, l := range seg.logs {
			if err := a.apply(ctx, l); err != nil {
				return err
			}
		}
		if err := a.t.flush(ctx, tx); err != nil {
			return err
		}
		if err := insertRows(ctx, tx, "votes", a.votes); err != nil {
			return err
		}
		if err := insertRows(ctx, tx, "claims", a.claims); err != nil {
			return err
		}
		if err := insertRows(ctx, tx, "events", a.events); err != nil {
			return err
		}
		if err := insertRows(ctx, tx, "fee_splits", a.feeSplits); err != nil {
			return err
		}
		if err := insertRows(ctx, tx, "proposal_votes", a.proposalVotes); err != nil {
			return err
		}
		if err := insertRows(ctx, tx, "stake_events", a.stakeEvents); err != nil {
			return err
		}
		if err := insertRows(ctx, tx, "feedback", a.feedback); err != nil {
			return err
		}
		if err := insertRows(ctx, tx, "indexer_journal", j.entries); err != nil {
			return err
		}
		blocks := make([]schema.Block, len(seg.refs))
		for i, r := range seg.refs {
			blocks[i] = schema.Block{Number: int64(r.Number), Hash: lowerHash(r.Hash), ParentHash: lowerHash(r.Parent), Time: int64(r.Time)}
		}
		if err := upsertRows(ctx, tx, "indexer_blocks", []string{"number"}, blocks); err != nil {
			return err
		}
		last := seg.last()
		res, err := tx.NewUpdate().Model((*schema.State)(nil)).Where("id = 1").Where("last_block = ?", int64(seg.from)-1).
			Set("last_block = ?", int64(last.Number)).Set("last_hash = ?", lowerHash(last.Hash)).
			Set("last_time = ?", int64(last.Time)).Set("finalized_block = ?", safe).
			Set("version = version + 1").Returning("version").Exec(ctx, &version)
		if err != nil {
			return fmt.Errorf("indexer: moving the checkpoint: %w", err)
		}
		if n, _ := res.RowsAffected(); n != 1 {
			// Another writer moved the checkpoint: two indexers on one database would double rows.
			return fmt.Errorf("indexer: checkpoint is not at block %d any more: is a second indexer writing to this database?", int64(seg.from)-1)
		}
		if err := prune(ctx, tx, safe); err != nil {
			return err
		}
		notes = a.messages(last)
		return nil
	})
	if err != nil {
		return &dbError{fmt.Errorf("indexer: committing blocks %d..%d: %w", seg.from, seg.to, err)}
	}
	ix.version.Store(version)
	ix.cfg.Broker.Publish(notes...)
	if seg.tip || len(seg.logs) > 0 {
		ix.log.Debug("indexed", "from", seg.from, "to", seg.to, "events", len(seg.logs), "tip", seg.tip)
	}
	return nil
}

// messages are the segment's notifications, with settlement rows as they ended the segment.
func (a *applier) messages(last BlockRef) []notify.Message {
	out := make([]notify.Message, 0, len(a.notes)+1)
	for _, m := range a.notes {
		if m.Settlement != nil {
			m.Settlement = copyOf(m.Settlement)
		}
		out = append(out, m)
	}
	return append(out, notify.Message{Kind: notify.BlockIndexed,
		Block: &notify.Block{Number: int64(last.Number), Hash: lowerHash(last.Hash), Time: int64(last.Time)}})
}

// prune drops block refs and journal entries no reorg can need: everything below the highest kept
// block at or under the finalized height (that block stays as the anchor of the window).
func prune(ctx context.Context, db bun.IDB, safe int64) error {
	var anchor *int64
	if err := db.NewSelect().Model((*schema.Block)(nil)).ColumnExpr("MAX(number)").
		Where("number <= ?", safe).Scan(ctx, &anchor); err != nil {
		return fmt.Errorf("indexer: finding the window anchor: %w", err)
	}
	if anchor == nil {
		return nil
	}
	if _, err := db.NewDelete().Model((*schema.Block)(nil)).Where("number < ?", *anchor).Exec(ctx); err != nil {
		return fmt.Errorf("indexer: pruning block refs: %w", err)
	}
	if _, err := db.NewDelete().Model((*schema.JournalEntry)(nil)).Where("block_number <= ?", *anchor).Exec(ctx); err != nil {
		return fmt.Errorf("indexer: pruning the journal: %w", err)
	}
	return nil
}

// prefetch loads, in a few queries per table, every mutable row the segment's events touch.
func prefetch(ctx context.Context, db bun.IDB, t *tables, logs []decodedLog) error {
	var (
		datanets, contributions, models, requests []int64
		validators, contributors                  []datanetAddr
		accounts, oracles                         []string
		epochs                                    []modelEpoch
		settlements                               []modelBatch
		leaves                                    []modelLeaf
	)
	id := func(x interface{ Int64() int64 }) int64 { return x.Int64() }
	for _, l := range logs {
		switch e := l.typed.(type) {
		case *datanetregistry.DatanetRegistryDatanetCreated:
			datanets = append(datanets, id(e.DatanetId))
		case *datanetregistry.DatanetRegistryDatanetMetadataUpdated:
			datanets = append(datanets, id(e.DatanetId))
		case *datanetregistry.DatanetRegistryDatanetOwnerChanged:
			datanets = append(datanets, id(e.DatanetId))
		case *datanetregistry.DatanetRegistryQuotaUpdated:
			datanets = append(datanets, id(e.DatanetId))
		case *datanetregistry.DatanetRegistryQuorumUpdated:
			datanets = append(datanets, id(e.DatanetId))
		case *datanetregistry.DatanetRegistryValidatorAdded:
			datanets = append(datanets, id(e.DatanetId))
			validators = append(validators, datanetAddr{id(e.DatanetId), lowerAddr(e.Validator)})
		case *datanetregistry.DatanetRegistryValidatorRemoved:
			datanets = append(datanets, id(e.DatanetId))
			validators = append(validators, datanetAddr{id(e.DatanetId), lowerAddr(e.Validator)})
		case *datanetregistry.DatanetRegistryContributionSubmitted:
			contributions = append(contributions, id(e.ContributionId))
			datanets = append(datanets, id(e.DatanetId))
			accounts = append(accounts, lowerAddr(e.Contributor))
		case *datanetregistry.DatanetRegistryContributionVoted:
			contributions = append(contributions, id(e.ContributionId))
		case *datanetregistry.DatanetRegistryContributionFinalized:
			contributions = append(contributions, id(e.ContributionId))
			datanets = append(datanets, id(e.DatanetId))
			accounts = append(accounts, lowerAddr(e.Contributor))
		case *datanetregistry.DatanetRegistryBondSettled:
			contributions = append(contributions, id(e.ContributionId))
		case *datanetregistry.DatanetRegistryReputationUpdated:
			contributors = append(contributors, datanetAddr{id(e.DatanetId), lowerAddr(e.Contributor)})
			datanets = append(datanets, id(e.DatanetId))
			accounts = append(accounts, lowerAddr(e.Contributor))
		case *modelregistry.ModelRegistryOracleUpdated:
			oracles = append(oracles, lowerAddr(e.Oracle))
		case *modelregistry.ModelRegistryModelRegistered:
			models = append(models, id(e.ModelId))
			datanets = append(datanets, id(e.DatanetId))
		case *modelregistry.ModelRegistryInferenceFeeUpdated:
			models = append(models, id(e.ModelId))
		case *modelregistry.ModelRegistryModelActiveUpdated:
			models = append(models, id(e.ModelId))
		case *modelregistry.ModelRegistryModelOwnerChanged:
			models = append(models, id(e.ModelId))
		case *modelregistry.ModelRegistryInferenceRequested:
			requests = append(requests, id(e.RequestId))
			models = append(models, id(e.ModelId))
			epochs = append(epochs, modelEpoch{id(e.ModelId), int64(e.Epoch)})
		case *rewardvault.RewardVaultSettled:
			settlements = append(settlements, modelBatch{id(e.ModelId), id(e.BatchId)})
			models = append(models, id(e.ModelId))
			epochs = append(epochs, modelEpoch{id(e.ModelId), int64(e.Epoch)})
			for _, r := range e.RequestIds {
				requests = append(requests, id(r))
			}
		case *rewardvault.RewardVaultSettlementSplit:
			settlements = append(settlements, modelBatch{id(e.ModelId), id(e.BatchId)})
			models = append(models, id(e.ModelId))
			datanets = append(datanets, id(e.DatanetId))
		case *rewardvault.RewardVaultPayoutLeafClaimed:
			leaves = append(leaves, modelLeaf{id(e.ModelId), int64(e.Index)})
		case *rewardvault.RewardVaultClaimed:
			models = append(models, id(e.ModelId))
			accounts = append(accounts, lowerAddr(e.Account))
		case *rewardvault.RewardVaultValidatorRewardsDistributed:
			datanets = append(datanets, id(e.DatanetId))
		case *rewardvault.RewardVaultCredited:
			accounts = append(accounts, lowerAddr(e.Account))
		case *rewardvault.RewardVaultWithdrawn:
			accounts = append(accounts, lowerAddr(e.Account))
		}
	}
	for _, f := range []func() error{
		func() error { return t.datanets.prefetch(ctx, db, datanets) },
		func() error { return t.validators.prefetch(ctx, db, validators) },
		func() error { return t.contributions.prefetch(ctx, db, contributions) },
		func() error { return t.contributors.prefetch(ctx, db, contributors) },
		func() error { return t.accounts.prefetch(ctx, db, accounts) },
		func() error { return t.oracles.prefetch(ctx, db, oracles) },
		func() error { return t.models.prefetch(ctx, db, models) },
		func() error { return t.epochs.prefetch(ctx, db, epochs) },
		func() error { return t.requests.prefetch(ctx, db, requests) },
		func() error { return t.settlements.prefetch(ctx, db, settlements) },
		func() error { return t.leafClaims.prefetch(ctx, db, leaves) },
	} {
		if err := f(); err != nil {
			return err
		}
	}
	return nil
}
