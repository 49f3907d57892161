package indexer

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/uptrace/bun"

	"github.com/open-attribution/poa/internal/indexer/schema"
	"github.com/open-attribution/poa/internal/publish"
	"github.com/open-attribution/poa/internal/store"
)

// ingestPublications fetches the batch documents of settlements that have none verified yet, checks
// each against the chain and stores the ones that pass. It runs in the indexing loop, so a rollback
// can never interleave with it; a document is stored under its settlement's block and rolled back
// with it.
func (ix *Indexer) ingestPublications(ctx context.Context) error {
	var todo []schema.Settlement
	err := ix.db.NewSelect().Model(&todo).
		Join("LEFT JOIN published_batches AS p ON p.model_id = settlement.model_id AND p.batch_id = settlement.batch_id").
		Where("p.model_id IS NULL OR p.status = ?", schema.PublicationRejected).
		OrderExpr("settlement.block_number, settlement.model_id, settlement.batch_id").Limit(1000).Scan(ctx)
	if err != nil {
		return &dbError{fmt.Errorf("indexer: listing unpublished settlements: %w", err)}
	}
	now := time.Now()
	fetched := 0
	for i := range todo {
		s := &todo[i]
		key := modelBatch{s.ModelID, s.BatchID}
		if next, ok := ix.pubNext[key]; ok && now.Before(next) {
			continue
		}
		if fetched == maxPublicationsPerPass {
			break
		}
		fetched++
		ix.pubNext[key] = now.Add(ix.cfg.PublishedRetry)
		if err := ix.ingestOne(ctx, s); err != nil {
			return err
		}
	}
	return nil
}

func (ix *Indexer) ingestOne(ctx context.Context, s *schema.Settlement) error {
	data, err := ix.cfg.Published.Fetch(ctx, uint64(s.ModelID), uint64(s.BatchID))
	if errors.Is(err, publish.ErrNotPublished) {
		ix.log.Debug("batch document not published yet", "model", s.ModelID, "batch", s.BatchID)
		return nil
	}
	if err != nil {
		ix.log.Warn("fetching a batch document", "model", s.ModelID, "batch", s.BatchID, "err", err)
		return nil
	}
	doc, err := publish.Parse(data)
	if err == nil {
		err = ix.check(ctx, doc, s)
	}
	if err != nil {
		var missing *notIndexedError
		if errors.As(err, &missing) {
			ix.log.Warn("cannot check a batch document yet", "model", s.ModelID, "batch", s.BatchID, "err", err)
			return nil
		}
		ix.log.Error("rejected a batch document: not stored", "model", s.ModelID, "batch", s.BatchID,
			"source", ix.cfg.Published.String(), "err", err)
		return ix.storeRejection(ctx, s, err)
	}
	if err := ix.storeVerified(ctx, s, doc); err != nil {
		return err
	}
	ix.log.Info("verified a batch document", "model", s.ModelID, "batch", s.BatchID, "leaves", len(doc.Leaves),
		"requests", len(doc.Requests), "root", s.NewPayoutRoot)
	return nil
}

type notIndexedError struct{ what string }

func (e *notIndexedError) Error() string {
	return e.what + " is not indexed (was it before --from-block?)"
}

// check compares a document with the settlement and model as indexed from the chain.
func (ix *Indexer) check(ctx context.Context, doc *publish.Batch, s *schema.Settlement) error {
	m := new(schema.Model)
	if err := ix.db.NewSelect().Model(m).Where("id = ?", s.ModelID).Scan(ctx); err != nil {
		return &notIndexedError{fmt.Sprintf("model %d", s.ModelID)}
	}
	var ids []int64
	if err := json.Unmarshal([]byte(s.RequestIDs), &ids); err != nil {
		return &dbError{fmt.Errorf("indexer: settlement %d/%d request ids: %w", s.ModelID, s.BatchID, err)}
	}
	var reqs []schema.InferenceRequest
	if len(ids) > 0 {
		if err := ix.db.NewSelect().Model(&reqs).Where("id IN (?)", bun.In(ids)).Scan(ctx); err != nil {
			return &dbError{fmt.Errorf("indexer: reading requests: %w", err)}
		}
	}
	oc := publish.OnChain{ChainID: ix.chainID, RewardVault: ix.cfg.Addresses.RewardVault, ModelID: uint64(s.ModelID),
		BatchID: uint64(s.BatchID), Epoch: uint64(s.Epoch), NewPayoutRoot: common.HexToHash(s.NewPayoutRoot),
		ContributionCount: uint64(m.ContributionCount), InputHashes: map[uint64]common.Hash{}}
	for _, id := range ids {
		oc.RequestIDs = append(oc.RequestIDs, uint64(id))
	}
	for _, r := range reqs {
		oc.InputHashes[uint64(r.ID)] = common.HexToHash(r.InputHash)
	}
	return doc.Check(oc)
}

func (ix *Indexer) storeRejection(ctx context.Context, s *schema.Settlement, reason error) error {
	msg := reason.Error()
	row := schema.PublishedBatch{ModelID: s.ModelID, BatchID: s.BatchID, SettledBlock: s.BlockNumber,
		Status: schema.PublicationRejected, Error: &msg, PayoutRoot: s.NewPayoutRoot, CheckedAt: time.Now().Unix()}
	return ix.writePublication(ctx, s, func(ctx context.Context, tx bun.Tx) error {
		return upsertRows(ctx, tx, "published_batches", []string{"model_id", "batch_id"}, []schema.PublishedBatch{row})
	})
}

func (ix *Indexer) storeVerified(ctx context.Context, s *schema.Settlement, doc *publish.Batch) error {
	leaves := make([]schema.PublishedLeaf, len(doc.Leaves))
	for i, l := range doc.Leaves {
		c, err := store.NewNumeric(l.Cumulative.Int)
		if err != nil {
			return err
		}
		leaves[i] = schema.PublishedLeaf{ModelID: s.ModelID, BatchID: s.BatchID, Idx: int64(l.Index),
			Account: lowerAddr(l.Account), Cumulative: c, SettledBlock: s.BlockNumber}
	}
	attrs := make([]schema.PublishedAttribution, len(doc.Requests))
	for i, r := range doc.Requests {
		scores, _ := json.Marshal(r.Scores)
		shares, _ := json.Marshal(r.FeeShares)
		attrs[i] = schema.PublishedAttribution{RequestID: int64(r.RequestID), ModelID: s.ModelID, BatchID: s.BatchID,
			Prediction: r.Prediction, Scores: string(scores), FeeShares: string(shares), SettledBlock: s.BlockNumber}
	}
	row := schema.PublishedBatch{ModelID: s.ModelID, BatchID: s.BatchID, SettledBlock: s.BlockNumber,
		Status: schema.PublicationVerified, PayoutRoot: s.NewPayoutRoot, TreeDepth: int64(doc.Depth), LeafCount: int64(len(leaves)),
		CheckedAt: time.Now().Unix()}
	return ix.writePublication(ctx, s, func(ctx context.Context, tx bun.Tx) error {
		if _, err := tx.NewDelete().Model((*schema.PublishedLeaf)(nil)).
			Where("model_id = ? AND batch_id = ?", s.ModelID, s.BatchID).Exec(ctx); err != nil {
			return err
		}
		if err := upsertRows(ctx, tx, "published_batches", []string{"model_id", "batch_id"}, []schema.PublishedBatch{row}); err != nil {
			return err
		}
		if err := insertRows(ctx, tx, "published_leaves", leaves); err != nil {
			return err
		}
		return upsertRows(ctx, tx, "published_attributions", []string{"request_id"}, attrs)
	})
}

// writePublication stores publication rows if the settlement is still the one that was checked.
func (ix *Indexer) writePublication(ctx context.Context, s *schema.Settlement, write func(context.Context, bun.Tx) error) error {
	var version int64
	err := ix.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		n, err := tx.NewSelect().Model((*schema.Settlement)(nil)).
			Where("model_id = ? AND batch_id = ? AND new_payout_root = ? AND block_number = ?",
				s.ModelID, s.BatchID, s.NewPayoutRoot, s.BlockNumber).Count(ctx)
		if err != nil || n != 1 {
			return err
		}
		if err := write(ctx, tx); err != nil {
			return err
		}
		_, err = tx.NewUpdate().Model((*schema.State)(nil)).Where("id = 1").Set("version = version + 1").
			Returning("version").Exec(ctx, &version)
		return err
	})
	if err != nil {
		return &dbError{fmt.Errorf("indexer: storing the batch document of model %d batch %d: %w", s.ModelID, s.BatchID, err)}
	}
	if version != 0 {
		ix.version.Store(version)
	}
	return nil
}
