package state

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/uptrace/bun"
)

// AddRequest records a request seen on chain; an existing row is kept (the watcher may see an event
// twice). It reports whether the row is new.
func (db *DB) AddRequest(ctx context.Context, r *Request) (bool, error) {
	r.Status, r.UpdatedAt = RequestRequested, now()
	res, err := db.NewInsert().Model(r).On("CONFLICT (request_id) DO NOTHING").Exec(ctx)
	if err != nil {
		return false, fmt.Errorf("state: recording request %d: %w", r.RequestID, err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// GetRequest returns a request.
func (db *DB) GetRequest(ctx context.Context, id int64) (*Request, error) {
	r := new(Request)
	err := db.NewSelect().Model(r).Where("request_id = ?", id).Scan(ctx)
	return r, notFound(err, "request", id)
}

// ErrAlreadyAnswered means the request has an answer already (it is returned as it was).
var ErrAlreadyAnswered = errors.New("state: request already answered")

// AnswerRequest stores a request's answer, once: a request that already has one is left unchanged
// and ErrAlreadyAnswered is returned.
func (db *DB) AnswerRequest(ctx context.Context, id int64, input, answer string) error {
	res, err := db.NewUpdate().Model((*Request)(nil)).
		Set("status = ?", RequestAnswered).Set("input = ?", input).Set("answer = ?", answer).
		Set("answered_at = ?", now()).Set("updated_at = ?", now()).
		Where("request_id = ? AND status = ?", id, RequestRequested).Exec(ctx)
	if err != nil {
		return fmt.Errorf("state: answering request %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrAlreadyAnswered
	}
	return nil
}

// CountRequests returns the number of requests per status.
func (db *DB) CountRequests(ctx context.Context) (map[string]int, error) {
	var rows []struct {
		Status string `bun:"status"`
		N      int    `bun:"n"`
	}
	if err := db.NewSelect().Model((*Request)(nil)).Column("status").ColumnExpr("COUNT(*) AS n").Group("status").Scan(ctx, &rows); err != nil {
		return nil, fmt.Errorf("state: counting requests: %w", err)
	}
	out := map[string]int{}
	for _, r := range rows {
		out[r.Status] = r.N
	}
	return out, nil
}

// RequestsOfBatch returns a batch's requests in the batch's order.
func (db *DB) RequestsOfBatch(ctx context.Context, b *Batch) ([]Request, error) {
	var ids []int64
	if err := json.Unmarshal([]byte(b.RequestIDs), &ids); err != nil {
		return nil, fmt.Errorf("state: batch %s request ids: %w", b.ID, err)
	}
	var rows []Request
	if err := db.NewSelect().Model(&rows).Where("request_id IN (?)", bun.In(ids)).Scan(ctx); err != nil {
		return nil, fmt.Errorf("state: requests of batch %s: %w", b.ID, err)
	}
	byID := map[int64]Request{}
	for _, r := range rows {
		byID[r.RequestID] = r
	}
	out := make([]Request, 0, len(ids))
	for _, id := range ids {
		r, ok := byID[id]
		if !ok {
			return nil, fmt.Errorf("state: batch %s names request %d, which is not recorded", b.ID, id)
		}
		out = append(out, r)
	}
	return out, nil
}

// CreateBatches groups a model's answered, unbatched requests of epochs before beforeEpoch into
// batches of at most maxSize requests (one epoch per batch, requests in id order), in one database
// transaction: a request is in at most one open batch, and a crash leaves either no batch or the
// batch and its requests marked.
func (db *DB) CreateBatches(ctx context.Context, modelID, beforeEpoch int64, maxSize int) ([]Batch, error) {
	if maxSize <= 0 {
		return nil, fmt.Errorf("state: batch size %d", maxSize)
	}
	var created []Batch
	err := db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		var reqs []Request
		if err := tx.NewSelect().Model(&reqs).
			Where("model_id = ? AND status = ? AND epoch < ?", modelID, RequestAnswered, beforeEpoch).
			Order("epoch", "request_id").Scan(ctx); err != nil {
			return err
		}
		for i := 0; i < len(reqs); {
			epoch := reqs[i].Epoch
			j := i
			for j < len(reqs) && reqs[j].Epoch == epoch && j-i < maxSize {
				j++
			}
			var seq int64
			if err := tx.NewSelect().Model((*Batch)(nil)).ColumnExpr("COALESCE(MAX(seq) + 1, 0)").
				Where("model_id = ? AND epoch = ?", modelID, epoch).Scan(ctx, &seq); err != nil {
				return err
			}
			ids := make([]int64, 0, j-i)
			for _, r := range reqs[i:j] {
				ids = append(ids, r.RequestID)
			}
			idsJSON, _ := json.Marshal(ids)
			b := Batch{ID: fmt.Sprintf("m%d-e%d-b%d", modelID, epoch, seq), ModelID: modelID, Epoch: epoch, Seq: seq,
				Status: BatchCreated, RequestIDs: string(idsJSON), ChainBatchID: -1, LeavesAfter: "[]", Attributions: "[]",
				CreatedAt: now(), UpdatedAt: now()}
			if _, err := tx.NewInsert().Model(&b).Exec(ctx); err != nil {
				return err
			}
			res, err := tx.NewUpdate().Model((*Request)(nil)).Set("status = ?", RequestBatched).Set("batch_id = ?", b.ID).
				Set("updated_at = ?", now()).Where("request_id IN (?) AND status = ?", bun.In(ids), RequestAnswered).Exec(ctx)
			if err != nil {
				return err
			}
			if n, _ := res.RowsAffected(); n != int64(len(ids)) {
				return fmt.Errorf("batch %s: %d of %d requests changed under it", b.ID, n, len(ids))
			}
			created = append(created, b)
			i = j
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("state: creating batches of model %d: %w", modelID, err)
	}
	return created, nil
}

// GetBatch returns a batch.
func (db *DB) GetBatch(ctx context.Context, id string) (*Batch, error) {
	b := new(Batch)
	err := db.NewSelect().Model(b).Where("id = ?", id).Scan(ctx)
	return b, notFound(err, "batch", id)
}

// OpenBatches returns the batches not yet confirmed or failed, oldest first.
func (db *DB) OpenBatches(ctx context.Context) ([]Batch, error) {
	var out []Batch
	if err := db.NewSelect().Model(&out).
		Where("status IN (?)", bun.In([]string{BatchCreated, BatchProving, BatchProved, BatchSent, BatchConfirmed})).
		Order("created_at", "id").Scan(ctx); err != nil {
		return nil, fmt.Errorf("state: open batches: %w", err)
	}
	return out, nil
}

// LastConfirmedBatch returns the model's confirmed (or published) batch with the highest chain
// batch id, or nil.
func (db *DB) LastConfirmedBatch(ctx context.Context, modelID int64) (*Batch, error) {
	b := new(Batch)
	err := db.NewSelect().Model(b).Where("model_id = ? AND status IN (?)", modelID, bun.In([]string{BatchConfirmed, BatchPublished})).
		OrderExpr("chain_batch_id DESC").Limit(1).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("state: last batch of model %d: %w", modelID, err)
	}
	return b, nil
}

// ListBatches returns a model's batches (all models when modelID is 0), newest first.
func (db *DB) ListBatches(ctx context.Context, modelID int64) ([]Batch, error) {
	var out []Batch
	q := db.NewSelect().Model(&out).OrderExpr("created_at DESC, id DESC")
	if modelID != 0 {
		q = q.Where("model_id = ?", modelID)
	}
	if err := q.Scan(ctx); err != nil {
		return nil, fmt.Errorf("state: listing batches: %w", err)
	}
	return out, nil
}

// ErrStale means a conditional update found the row in another state than expected.
var ErrStale = errors.New("state: row changed concurrently")

// AdvanceBatch writes the given columns of b, moving it from status `from` to b.Status; it fails
// with ErrStale when the row is no longer in `from`.
func (db *DB) AdvanceBatch(ctx context.Context, b *Batch, from string, columns ...string) error {
	b.UpdatedAt = now()
	columns = append(columns, "status", "updated_at")
	res, err := db.NewUpdate().Model(b).Column(columns...).Where("id = ? AND status = ?", b.ID, from).Exec(ctx)
	if err != nil {
		return fmt.Errorf("state: batch %s %s → %s: %w", b.ID, from, b.Status, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return fmt.Errorf("%w: batch %s is no longer %s", ErrStale, b.ID, from)
	}
	return nil
}

// ConfirmBatch marks a batch confirmed at its chain batch id and its requests settled, atomically.
func (db *DB) ConfirmBatch(ctx context.Context, b *Batch, from string, chainBatchID, block int64) error {
	return db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		b.Status, b.ChainBatchID, b.SettledBlock, b.UpdatedAt = BatchConfirmed, chainBatchID, block, now()
		res, err := tx.NewUpdate().Model(b).Column("status", "chain_batch_id", "settled_block", "updated_at").
			Where("id = ? AND status = ?", b.ID, from).Exec(ctx)
		if err != nil {
			return fmt.Errorf("state: confirming batch %s: %w", b.ID, err)
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return fmt.Errorf("%w: batch %s is no longer %s", ErrStale, b.ID, from)
		}
		if _, err := tx.NewUpdate().Model((*Request)(nil)).Set("status = ?", RequestSettled).Set("updated_at = ?", now()).
			Where("batch_id = ?", b.ID).Exec(ctx); err != nil {
			return fmt.Errorf("state: settling requests of batch %s: %w", b.ID, err)
		}
		return nil
	})
}

// FailBatch marks a batch failed and returns its requests to the answered pool, atomically, so the
// next settlement round batches them again. Requests in settledElsewhere (found settled on chain by
// a transaction that is not this batch's) are marked settled instead.
func (db *DB) FailBatch(ctx context.Context, b *Batch, from, reason string, settledElsewhere ...int64) error {
	return db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		b.Status, b.Error, b.UpdatedAt = BatchFailed, reason, now()
		res, err := tx.NewUpdate().Model(b).Column("status", "error", "updated_at").
			Where("id = ? AND status = ?", b.ID, from).Exec(ctx)
		if err != nil {
			return fmt.Errorf("state: failing batch %s: %w", b.ID, err)
		}
		if n, _ := res.RowsAffected(); n != 1 {
			return fmt.Errorf("%w: batch %s is no longer %s", ErrStale, b.ID, from)
		}
		if _, err := tx.NewUpdate().Model((*Request)(nil)).Set("status = ?", RequestAnswered).Set("batch_id = ''").
			Set("updated_at = ?", now()).Where("batch_id = ? AND status = ?", b.ID, RequestBatched).Exec(ctx); err != nil {
			return fmt.Errorf("state: freeing requests of batch %s: %w", b.ID, err)
		}
		if len(settledElsewhere) > 0 {
			if _, err := tx.NewUpdate().Model((*Request)(nil)).Set("status = ?", RequestSettled).Set("updated_at = ?", now()).
				Where("request_id IN (?)", bun.In(settledElsewhere)).Exec(ctx); err != nil {
				return fmt.Errorf("state: marking requests settled elsewhere: %w", err)
			}
		}
		return nil
	})
}
