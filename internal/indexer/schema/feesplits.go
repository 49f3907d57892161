package schema

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/uptrace/bun"

	"github.com/open-attribution/poa/internal/store"
)

// feeSplitsDDL adds the vault's fee-split history. A settlement's public inputs hold each request's
// contributor share under the split in force when it settled, so the split of every past settlement
// must stay answerable, not only the current one.
const feeSplitsDDL = `
CREATE TABLE fee_splits (
	block_number BIGINT NOT NULL,
	log_index BIGINT NOT NULL,
	contributors_bps BIGINT NOT NULL,
	owner_bps BIGINT NOT NULL,
	validators_bps BIGINT NOT NULL,
	treasury_bps BIGINT NOT NULL,
	block_time BIGINT NOT NULL,
	tx_hash {{text}} NOT NULL,
	PRIMARY KEY (block_number, log_index)
);
`

// feeSplitsUp creates fee_splits and fills it from the FeeSplitUpdated events a database indexed
// before the table existed (every event is kept in events), so that an upgraded database answers
// like a fresh index without re-reading the chain.
func feeSplitsUp(ctx context.Context, tx bun.Tx) error {
	if err := store.ExecDDL(ctx, tx, feeSplitsDDL); err != nil {
		return fmt.Errorf("schema: creating fee_splits: %w", err)
	}
	var events []Event
	// "RewardVault" is the contract name the indexer stores in events.contract for the vault.
	if err := tx.NewSelect().Model(&events).Where("contract = ? AND name = ?", "RewardVault", "FeeSplitUpdated").
		Order("block_number", "log_index").Scan(ctx); err != nil {
		return fmt.Errorf("schema: reading FeeSplitUpdated events: %w", err)
	}
	rows := make([]FeeSplit, 0, len(events))
	for _, e := range events {
		row, err := feeSplitFromArgs(e)
		if err != nil {
			return err
		}
		rows = append(rows, row)
	}
	const chunk = 500
	for len(rows) > 0 {
		part := rows[:min(chunk, len(rows))]
		if _, err := tx.NewInsert().Model(&part).Exec(ctx); err != nil {
			return fmt.Errorf("schema: filling fee_splits: %w", err)
		}
		rows = rows[len(part):]
	}
	return nil
}

// feeSplitFromArgs reads a stored FeeSplitUpdated event: {"split": {"contributorsBps": …, …}}.
// Every field must be there: a split guessed from a partial record would put wrong shares into
// public inputs.
func feeSplitFromArgs(e Event) (FeeSplit, error) {
	var args struct {
		Split struct {
			ContributorsBps *int64 `json:"contributorsBps"`
			OwnerBps        *int64 `json:"ownerBps"`
			ValidatorsBps   *int64 `json:"validatorsBps"`
			TreasuryBps     *int64 `json:"treasuryBps"`
		} `json:"split"`
	}
	if err := json.Unmarshal([]byte(e.Args), &args); err != nil {
		return FeeSplit{}, fmt.Errorf("schema: FeeSplitUpdated at block %d log %d: %w", e.BlockNumber, e.LogIndex, err)
	}
	s := args.Split
	if s.ContributorsBps == nil || s.OwnerBps == nil || s.ValidatorsBps == nil || s.TreasuryBps == nil {
		return FeeSplit{}, fmt.Errorf("schema: FeeSplitUpdated at block %d log %d lacks a share: %s", e.BlockNumber, e.LogIndex, e.Args)
	}
	return FeeSplit{BlockNumber: e.BlockNumber, LogIndex: e.LogIndex, ContributorsBps: *s.ContributorsBps,
		OwnerBps: *s.OwnerBps, ValidatorsBps: *s.ValidatorsBps, TreasuryBps: *s.TreasuryBps,
		BlockTime: e.BlockTime, TxHash: e.TxHash}, nil
}
