package state

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/uptrace/bun"
)

func notFound(err error, what string, key any) error {
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("%w: %s %v", ErrNotFound, what, key)
	}
	if err != nil {
		return fmt.Errorf("state: %s %v: %w", what, key, err)
	}
	return nil
}

// PutContent records a stored upload (idempotent: an existing row is kept).
func (db *DB) PutContent(ctx context.Context, c *Content) error {
	c.StoredAt = now()
	if _, err := db.NewInsert().Model(c).On("CONFLICT (contribution_id) DO NOTHING").Exec(ctx); err != nil {
		return fmt.Errorf("state: recording content of contribution %d: %w", c.ContributionID, err)
	}
	return nil
}

// GetContent returns the upload of a contribution.
func (db *DB) GetContent(ctx context.Context, contributionID int64) (*Content, error) {
	c := new(Content)
	err := db.NewSelect().Model(c).Where("contribution_id = ?", contributionID).Scan(ctx)
	return c, notFound(err, "content of contribution", contributionID)
}

// PutBase records a base model (idempotent).
func (db *DB) PutBase(ctx context.Context, b *Base) error {
	b.CreatedAt = now()
	if _, err := db.NewInsert().Model(b).On("CONFLICT (hash) DO NOTHING").Exec(ctx); err != nil {
		return fmt.Errorf("state: recording base %s: %w", b.Hash, err)
	}
	return nil
}

// GetBase returns a base model's row.
func (db *DB) GetBase(ctx context.Context, hash string) (*Base, error) {
	b := new(Base)
	err := db.NewSelect().Model(b).Where("hash = ?", hash).Scan(ctx)
	return b, notFound(err, "base model", hash)
}

// ListBases returns every base model, oldest first.
func (db *DB) ListBases(ctx context.Context) ([]Base, error) {
	var out []Base
	if err := db.NewSelect().Model(&out).Order("created_at", "hash").Scan(ctx); err != nil {
		return nil, fmt.Errorf("state: listing bases: %w", err)
	}
	return out, nil
}

// PutModel records a registered model (idempotent).
func (db *DB) PutModel(ctx context.Context, m *Model) error {
	if _, err := db.NewInsert().Model(m).On("CONFLICT (model_id) DO NOTHING").Exec(ctx); err != nil {
		return fmt.Errorf("state: recording model %d: %w", m.ModelID, err)
	}
	return nil
}

// GetModel returns a model the oracle serves.
func (db *DB) GetModel(ctx context.Context, id int64) (*Model, error) {
	m := new(Model)
	err := db.NewSelect().Model(m).Where("model_id = ?", id).Scan(ctx)
	return m, notFound(err, "model", id)
}

// ListModels returns every model the oracle serves.
func (db *DB) ListModels(ctx context.Context) ([]Model, error) {
	var out []Model
	if err := db.NewSelect().Model(&out).Order("model_id").Scan(ctx); err != nil {
		return nil, fmt.Errorf("state: listing models: %w", err)
	}
	return out, nil
}

// GetCursor returns a scanner's next block (0 when it never ran).
func (db *DB) GetCursor(ctx context.Context, name string) (int64, error) {
	c := new(Cursor)
	err := db.NewSelect().Model(c).Where("name = ?", name).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("state: cursor %s: %w", name, err)
	}
	return c.Block, nil
}

// SetCursor stores a scanner's next block.
func (db *DB) SetCursor(ctx context.Context, name string, block int64) error {
	c := &Cursor{Name: name, Block: block}
	if _, err := db.NewInsert().Model(c).On("CONFLICT (name) DO UPDATE").Set("block = EXCLUDED.block").Exec(ctx); err != nil {
		return fmt.Errorf("state: cursor %s: %w", name, err)
	}
	return nil
}

// InsertJob records a new training job.
func (db *DB) InsertJob(ctx context.Context, j *Job) error {
	j.CreatedAt, j.UpdatedAt = now(), now()
	if _, err := db.NewInsert().Model(j).Exec(ctx); err != nil {
		return fmt.Errorf("state: inserting job %s: %w", j.ID, err)
	}
	return nil
}

// GetJob returns a training job.
func (db *DB) GetJob(ctx context.Context, id string) (*Job, error) {
	j := new(Job)
	err := db.NewSelect().Model(j).Where("id = ?", id).Scan(ctx)
	return j, notFound(err, "training job", id)
}

// ListJobs returns training jobs, newest first, optionally only those in the given statuses.
func (db *DB) ListJobs(ctx context.Context, statuses ...string) ([]Job, error) {
	var out []Job
	q := db.NewSelect().Model(&out).OrderExpr("created_at DESC, id")
	if len(statuses) > 0 {
		q = q.Where("status IN (?)", bun.In(statuses))
	}
	if err := q.Scan(ctx); err != nil {
		return nil, fmt.Errorf("state: listing jobs: %w", err)
	}
	return out, nil
}

// UpdateJob writes the given columns of a job.
func (db *DB) UpdateJob(ctx context.Context, j *Job, columns ...string) error {
	j.UpdatedAt = now()
	columns = append(columns, "updated_at")
	if _, err := db.NewUpdate().Model(j).Column(columns...).WherePK().Exec(ctx); err != nil {
		return fmt.Errorf("state: updating job %s: %w", j.ID, err)
	}
	return nil
}
