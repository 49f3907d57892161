package graph

import (
	"container/list"
	"context"
	"fmt"
	"sync"

	"github.com/uptrace/bun"

	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/graph/model"
	"github.com/open-attribution/poa/internal/indexer/schema"
	"github.com/open-attribution/poa/internal/payout"
	"github.com/open-attribution/poa/internal/store"
)

// treeCache keeps recently built payout trees: a tree is rebuilt from a verified batch's leaves
// (always through internal/payout, so the hash follows whatever the contracts use), and every
// wallet of a model asks for the same one.
type treeCache struct {
	mu    sync.Mutex
	max   int
	order *list.List // of treeKey, most recent first
	trees map[treeKey]*list.Element
}

type treeKey struct{ model, batch, root string }

type treeEntry struct {
	key  treeKey
	tree *payout.Tree
}

func newTreeCache(max int) *treeCache {
	return &treeCache{max: max, order: list.New(), trees: map[treeKey]*list.Element{}}
}

func (c *treeCache) get(k treeKey) *payout.Tree {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.trees[k]; ok {
		c.order.MoveToFront(e)
		return e.Value.(treeEntry).tree
	}
	return nil
}

func (c *treeCache) put(k treeKey, t *payout.Tree) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.trees[k]; ok {
		return
	}
	c.trees[k] = c.order.PushFront(treeEntry{k, t})
	for c.order.Len() > c.max {
		last := c.order.Back()
		delete(c.trees, last.Value.(treeEntry).key)
		c.order.Remove(last)
	}
}

// tree builds (or reuses) the payout tree of a verified batch.
func (r *Resolver) tree(ctx context.Context, m *schema.Model, pb *schema.PublishedBatch) (*payout.Tree, error) {
	key := treeKey{i64(pb.ModelID), i64(pb.BatchID), pb.PayoutRoot}
	if t := r.trees.get(key); t != nil {
		return t, nil
	}
	var rows []schema.PublishedLeaf
	if err := r.db.NewSelect().Model(&rows).Where("model_id = ? AND batch_id = ?", pb.ModelID, pb.BatchID).
		Order("idx").Scan(ctx); err != nil {
		return nil, err
	}
	leaves := make([]payout.Leaf, len(rows))
	for i, l := range rows {
		leaves[i] = payout.Leaf{Index: uint64(l.Idx), Account: common.HexToAddress(l.Account), Cumulative: l.Cumulative.Big()}
	}
	t, err := payout.Build(int(pb.TreeDepth), leaves)
	if err != nil {
		return nil, err
	}
	// The stored leaves were checked against this root when they were ingested; a mismatch now
	// means the database was altered, and a proof from it would only fail on chain.
	if t.Root().Hex() != pb.PayoutRoot {
		return nil, fmt.Errorf("payout tree of model %d batch %d rebuilds to %s, not the verified %s",
			pb.ModelID, pb.BatchID, t.Root().Hex(), pb.PayoutRoot)
	}
	r.trees.put(key, t)
	return t, nil
}

// wallet gathers, per model where the address holds leaves, the latest verified batch's leaves of
// the address, what each has paid out, and their proofs.
func (r *Resolver) wallet(ctx context.Context, address string) (*model.Wallet, error) {
	w := &model.Wallet{Address: address}
	acc, err := one(ctx, r, "wallet totals", func(a *schema.Account) *bun.SelectQuery {
		return r.db.NewSelect().Model(a).Where("address = ?", address)
	})
	if err != nil {
		return nil, err
	}
	w.Totals = acc
	var modelIDs []int64
	if err := r.db.NewSelect().Model((*schema.PublishedLeaf)(nil)).ColumnExpr("DISTINCT model_id").
		Where("account = ?", address).Order("model_id").Scan(ctx, &modelIDs); err != nil {
		return nil, r.internal(ctx, "wallet models", err)
	}
	total := store.Numeric{}
	for _, id := range modelIDs {
		wm, err := r.walletModel(ctx, address, id)
		if err != nil {
			return nil, err
		}
		if wm == nil {
			continue
		}
		w.Models = append(w.Models, wm)
		if wm.Current {
			if total, err = total.Add(wm.Claimable); err != nil {
				return nil, r.internal(ctx, "wallet total", err)
			}
		}
	}
	w.Claimable = total
	if w.Models == nil {
		w.Models = []*model.WalletModel{}
	}
	return w, nil
}

func (r *Resolver) walletModel(ctx context.Context, address string, modelID int64) (*model.WalletModel, error) {
	m, err := one(ctx, r, "wallet model", func(m *schema.Model) *bun.SelectQuery {
		return r.db.NewSelect().Model(m).Where("id = ?", modelID)
	})
	if err != nil || m == nil {
		return nil, err
	}
	// Claims verify against the claimable root (the last finalized batch): serve that batch's tree
	// when its document is verified, else the newest verified one, marked not current.
	var pb *schema.PublishedBatch
	if m.ClaimableBatch != nil {
		if pb, err = one(ctx, r, "wallet batch", func(pb *schema.PublishedBatch) *bun.SelectQuery {
			return r.db.NewSelect().Model(pb).Where("model_id = ? AND batch_id = ? AND status = ?", modelID,
				*m.ClaimableBatch, schema.PublicationVerified)
		}); err != nil {
			return nil, err
		}
	}
	if pb == nil {
		if pb, err = one(ctx, r, "wallet batch", func(pb *schema.PublishedBatch) *bun.SelectQuery {
			return r.db.NewSelect().Model(pb).Where("model_id = ? AND status = ?", modelID, schema.PublicationVerified).
				OrderExpr("batch_id DESC")
		}); err != nil || pb == nil {
			return nil, err
		}
	}
	var mine []schema.PublishedLeaf
	if err := r.db.NewSelect().Model(&mine).Where("model_id = ? AND batch_id = ? AND account = ?", modelID, pb.BatchID, address).
		Order("idx").Scan(ctx); err != nil {
		return nil, r.internal(ctx, "wallet leaves", err)
	}
	if len(mine) == 0 {
		return nil, nil
	}
	tree, err := r.tree(ctx, m, pb)
	if err != nil {
		return nil, r.internal(ctx, "payout tree", err)
	}
	idx := make([]int64, len(mine))
	for i, l := range mine {
		idx[i] = l.Idx
	}
	var claims []schema.LeafClaim
	if err := r.db.NewSelect().Model(&claims).Where("model_id = ? AND idx IN (?)", modelID, bun.In(idx)).Scan(ctx); err != nil {
		return nil, r.internal(ctx, "leaf claims", err)
	}
	claimed := map[int64]store.Numeric{}
	for _, c := range claims {
		claimed[c.Idx] = c.Claimed
	}
	contribs, err := r.byAcceptedIndex(ctx, m.DatanetID, idx)
	if err != nil {
		return nil, err
	}
	wm := &model.WalletModel{Model: m, BatchID: int(pb.BatchID), PayoutRoot: pb.PayoutRoot,
		Current: pb.PayoutRoot == m.ClaimableRoot}
	for _, l := range mine {
		proof, err := tree.Proof(uint64(l.Idx))
		if err != nil {
			return nil, r.internal(ctx, "payout proof", err)
		}
		hexes := make([]string, len(proof))
		for i, h := range proof {
			hexes[i] = h.Hex()
		}
		paid := claimed[l.Idx]
		owed := store.Numeric{}
		if l.Cumulative.Cmp(paid) > 0 {
			owed, _ = l.Cumulative.Sub(paid)
		}
		leaf := &model.ClaimLeaf{Index: int(l.Idx), Contribution: contribs[l.Idx], Cumulative: l.Cumulative,
			Claimed: paid, Claimable: owed, Proof: hexes}
		wm.Leaves = append(wm.Leaves, leaf)
		if wm.Cumulative, err = wm.Cumulative.Add(l.Cumulative); err != nil {
			return nil, r.internal(ctx, "wallet sum", err)
		}
		if wm.Claimed, err = wm.Claimed.Add(paid); err != nil {
			return nil, r.internal(ctx, "wallet sum", err)
		}
		if wm.Claimable, err = wm.Claimable.Add(owed); err != nil {
			return nil, r.internal(ctx, "wallet sum", err)
		}
	}
	return wm, nil
}
