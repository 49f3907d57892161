package indexer

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/uptrace/bun"

	"github.com/open-attribution/poa/internal/indexer/notify"
	"github.com/open-attribution/poa/internal/indexer/schema"
)

// reorg finds the newest stored block that is still canonical and rolls the database back to it.
func (ix *Indexer) reorg(ctx context.Context, st *schema.State) error {
	var stored []schema.Block
	if err := ix.db.NewSelect().Model(&stored).Order("number DESC").Scan(ctx); err != nil {
		return &dbError{fmt.Errorf("indexer: reading block refs: %w", err)}
	}
	var ancestor *schema.Block
	for i := range stored {
		ref, err := ix.chain.Block(ctx, uint64(stored[i].Number))
		if errors.Is(err, ethereum.NotFound) {
			continue // the new branch is shorter
		}
		if err != nil {
			return err
		}
		if lowerHash(ref.Hash) == stored[i].Hash {
			ancestor = &stored[i]
			break
		}
	}
	if ancestor == nil {
		lowest := int64(-1)
		if len(stored) > 0 {
			lowest = stored[len(stored)-1].Number
		}
		return fmt.Errorf("%w: block %d (%s) was replaced and so was every kept block down to %d; "+
			"re-index into a fresh database", ErrReorgTooDeep, st.LastBlock, st.LastHash, lowest)
	}
	depth := st.LastBlock - ancestor.Number
	ix.log.Warn("chain reorganisation: rolling back", "from_block", st.LastBlock, "to_block", ancestor.Number,
		"depth", depth, "ancestor", ancestor.Hash)
	if err := ix.rollback(ctx, st, *ancestor); err != nil {
		return err
	}
	ix.cfg.Broker.Publish(notify.Message{Kind: notify.Reorg, ReorgDepth: depth,
		Block: &notify.Block{Number: ancestor.Number, Hash: ancestor.Hash, Time: ancestor.Time}})
	return nil
}

// rollback undoes every block above the ancestor in one transaction: append-only rows by block
// number, mutable rows from their journaled images (the oldest image above the ancestor is the
// state at the ancestor, so entries are applied newest first).
func (ix *Indexer) rollback(ctx context.Context, st *schema.State, ancestor schema.Block) error {
	var version int64
	err := ix.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		for _, t := range appendOnly {
			if _, err := tx.NewDelete().TableExpr(t.table).Where("? > ?", bun.Ident(t.blockCol), ancestor.Number).Exec(ctx); err != nil {
				return fmt.Errorf("indexer: rolling back %s: %w", t.table, err)
			}
		}
		var entries []schema.JournalEntry
		if err := tx.NewSelect().Model(&entries).Where("block_number > ?", ancestor.Number).
			Order("block_number DESC").Scan(ctx); err != nil {
			return fmt.Errorf("indexer: reading the journal: %w", err)
		}
		t := newTables(&journal{})
		for _, e := range entries {
			if err := t.restore(ctx, tx, e); err != nil {
				return err
			}
		}
		if _, err := tx.NewDelete().Model((*schema.JournalEntry)(nil)).Where("block_number > ?", ancestor.Number).Exec(ctx); err != nil {
			return fmt.Errorf("indexer: trimming the journal: %w", err)
		}
		if _, err := tx.NewDelete().Model((*schema.Block)(nil)).Where("number > ?", ancestor.Number).Exec(ctx); err != nil {
			return fmt.Errorf("indexer: trimming block refs: %w", err)
		}
		res, err := tx.NewUpdate().Model((*schema.State)(nil)).Where("id = 1").Where("last_block = ?", st.LastBlock).
			Set("last_block = ?", ancestor.Number).Set("last_hash = ?", ancestor.Hash).Set("last_time = ?", ancestor.Time).
			Set("reorg_count = reorg_count + 1").Set("last_reorg_block = ?", ancestor.Number).
			Set("last_reorg_depth = ?", st.LastBlock-ancestor.Number).Set("version = version + 1").
			Returning("version").Exec(ctx, &version)
		if err != nil {
			return fmt.Errorf("indexer: moving the checkpoint back: %w", err)
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return fmt.Errorf("indexer: checkpoint moved during the rollback: is a second indexer writing to this database?")
		}
		return nil
	})
	if err != nil {
		return &dbError{fmt.Errorf("indexer: rolling back to block %d: %w", ancestor.Number, err)}
	}
	ix.version.Store(version)
	// Batch documents of rolled-back settlements may come back under a new settlement: look again.
	clear(ix.pubNext)
	return nil
}
