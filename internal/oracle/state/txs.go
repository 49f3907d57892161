package state

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/uptrace/bun"
)

// IntentByRef returns the intent recorded for (purpose, ref), or nil.
func (db *DB) IntentByRef(ctx context.Context, purpose, ref string) (*TxIntent, error) {
	t := new(TxIntent)
	err := db.NewSelect().Model(t).Where("purpose = ? AND ref = ?", purpose, ref).Scan(ctx)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("state: intent %s/%s: %w", purpose, ref, err)
	}
	return t, nil
}

// GetIntent returns an intent.
func (db *DB) GetIntent(ctx context.Context, id string) (*TxIntent, error) {
	t := new(TxIntent)
	err := db.NewSelect().Model(t).Where("id = ?", id).Scan(ctx)
	return t, notFound(err, "transaction intent", id)
}

// NextNonce is one more than the highest nonce recorded for sender, or 0.
func (db *DB) NextNonce(ctx context.Context, sender string) (int64, error) {
	var n int64
	if err := db.NewSelect().Model((*TxIntent)(nil)).ColumnExpr("COALESCE(MAX(nonce) + 1, 0)").
		Where("sender = ?", sender).Scan(ctx, &n); err != nil {
		return 0, fmt.Errorf("state: next nonce of %s: %w", sender, err)
	}
	return n, nil
}

// InsertIntent records an intent and its first signed attempt in one transaction, before anything is
// broadcast (write-ahead): after a crash the exact signed transaction is known and can be resent.
func (db *DB) InsertIntent(ctx context.Context, t *TxIntent, first *TxAttempt) error {
	t.Status, t.CreatedAt, t.UpdatedAt = TxPending, now(), now()
	first.IntentID, first.Seq, first.SentAt = t.ID, 0, now()
	err := db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		if _, err := tx.NewInsert().Model(t).Exec(ctx); err != nil {
			return err
		}
		_, err := tx.NewInsert().Model(first).Exec(ctx)
		return err
	})
	if err != nil {
		return fmt.Errorf("state: recording transaction %s/%s nonce %d: %w", t.Purpose, t.Ref, t.Nonce, err)
	}
	return nil
}

// AddAttempt records a replacement attempt before it is broadcast.
func (db *DB) AddAttempt(ctx context.Context, a *TxAttempt) error {
	a.SentAt = now()
	if _, err := db.NewInsert().Model(a).Exec(ctx); err != nil {
		return fmt.Errorf("state: recording attempt %s of %s: %w", a.Hash, a.IntentID, err)
	}
	return nil
}

// Attempts returns an intent's attempts, oldest first.
func (db *DB) Attempts(ctx context.Context, intentID string) ([]TxAttempt, error) {
	var out []TxAttempt
	if err := db.NewSelect().Model(&out).Where("intent_id = ?", intentID).Order("seq").Scan(ctx); err != nil {
		return nil, fmt.Errorf("state: attempts of %s: %w", intentID, err)
	}
	return out, nil
}

// PendingIntents returns the sender's unfinished intents by nonce.
func (db *DB) PendingIntents(ctx context.Context, sender string) ([]TxIntent, error) {
	var out []TxIntent
	if err := db.NewSelect().Model(&out).Where("sender = ? AND status = ?", sender, TxPending).Order("nonce").Scan(ctx); err != nil {
		return nil, fmt.Errorf("state: pending intents: %w", err)
	}
	return out, nil
}

// FinishIntent records an intent's outcome.
func (db *DB) FinishIntent(ctx context.Context, t *TxIntent) error {
	t.UpdatedAt = now()
	if _, err := db.NewUpdate().Model(t).Column("status", "mined_hash", "block_number", "updated_at").WherePK().Exec(ctx); err != nil {
		return fmt.Errorf("state: finishing intent %s: %w", t.ID, err)
	}
	return nil
}
