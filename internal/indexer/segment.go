package indexer

import (
	"context"
	"fmt"

	"github.com/uptrace/bun"

	"github.com/open-attribution/poa/internal/indexer/schema"
	"github.com/open-attribution/poa/internal/store"
)

// Keys of the mutable tables (exported fields: they are journaled as JSON).
type (
	datanetAddr struct {
		DatanetID int64  `json:"d"`
		Address   string `json:"a"`
	}
	modelEpoch struct {
		ModelID int64 `json:"m"`
		Epoch   int64 `json:"e"`
	}
	modelBatch struct {
		ModelID int64 `json:"m"`
		BatchID int64 `json:"b"`
	}
	modelLeaf struct {
		ModelID int64 `json:"m"`
		Idx     int64 `json:"i"`
	}
	contractParam struct {
		Contract string `json:"c"`
		Name     string `json:"n"`
	}
)

// proposalKeyArgs turns a proposal key (the id in decimal, as Numeric.String writes it) back into the
// column's value; the key always comes from a Numeric, so it parses.
func proposalKeyArgs(k string) []any {
	n, _ := store.ParseNumeric(k)
	return []any{n}
}

func idKey(id int64) []any           { return []any{id} }
func addrKey(a string) []any         { return []any{a} }
func dnAddrArgs(k datanetAddr) []any { return []any{k.DatanetID, k.Address} }

// tables is the segment-local state of every mutable table.
type tables struct {
	datanets      *mutable[int64, schema.Datanet]
	validators    *mutable[datanetAddr, schema.DatanetValidator]
	contributions *mutable[int64, schema.Contribution]
	contributors  *mutable[datanetAddr, schema.Contributor]
	accounts      *mutable[string, schema.Account]
	oracles       *mutable[string, schema.Oracle]
	models        *mutable[int64, schema.Model]
	epochs        *mutable[modelEpoch, schema.ModelEpoch]
	requests      *mutable[int64, schema.InferenceRequest]
	settlements   *mutable[modelBatch, schema.Settlement]
	leafClaims    *mutable[modelLeaf, schema.LeafClaim]
	proposals     *mutable[string, schema.Proposal]
	stakes        *mutable[datanetAddr, schema.ValidatorStake]
	guardBatches  *mutable[modelBatch, schema.GuardBatch]
	disputes      *mutable[int64, schema.Dispute]
	parameters    *mutable[contractParam, schema.Parameter]
}

func newTables(j *journal) *tables {
	return &tables{
		datanets: newMutable(tableSpec[int64, schema.Datanet]{name: "datanets", keyCols: []string{"id"},
			keyOf: func(r *schema.Datanet) int64 { return r.ID }, keyArgs: idKey}, j),
		validators: newMutable(tableSpec[datanetAddr, schema.DatanetValidator]{name: "datanet_validators",
			keyCols: []string{"datanet_id", "validator"},
			keyOf:   func(r *schema.DatanetValidator) datanetAddr { return datanetAddr{r.DatanetID, r.Validator} },
			keyArgs: dnAddrArgs}, j),
		contributions: newMutable(tableSpec[int64, schema.Contribution]{name: "contributions", keyCols: []string{"id"},
			keyOf: func(r *schema.Contribution) int64 { return r.ID }, keyArgs: idKey}, j),
		contributors: newMutable(tableSpec[datanetAddr, schema.Contributor]{name: "contributors",
			keyCols: []string{"datanet_id", "address"},
			keyOf:   func(r *schema.Contributor) datanetAddr { return datanetAddr{r.DatanetID, r.Address} },
			keyArgs: dnAddrArgs}, j),
		accounts: newMutable(tableSpec[string, schema.Account]{name: "accounts", keyCols: []string{"address"},
			keyOf: func(r *schema.Account) string { return r.Address }, keyArgs: addrKey}, j),
		oracles: newMutable(tableSpec[string, schema.Oracle]{name: "oracles", keyCols: []string{"address"},
			keyOf: func(r *schema.Oracle) string { return r.Address }, keyArgs: addrKey}, j),
		models: newMutable(tableSpec[int64, schema.Model]{name: "models", keyCols: []string{"id"},
			keyOf: func(r *schema.Model) int64 { return r.ID }, keyArgs: idKey}, j),
		epochs: newMutable(tableSpec[modelEpoch, schema.ModelEpoch]{name: "model_epochs",
			keyCols: []string{"model_id", "epoch"},
			keyOf:   func(r *schema.ModelEpoch) modelEpoch { return modelEpoch{r.ModelID, r.Epoch} },
			keyArgs: func(k modelEpoch) []any { return []any{k.ModelID, k.Epoch} }}, j),
		requests: newMutable(tableSpec[int64, schema.InferenceRequest]{name: "inference_requests", keyCols: []string{"id"},
			keyOf: func(r *schema.InferenceRequest) int64 { return r.ID }, keyArgs: idKey}, j),
		settlements: newMutable(tableSpec[modelBatch, schema.Settlement]{name: "settlements",
			keyCols: []string{"model_id", "batch_id"},
			keyOf:   func(r *schema.Settlement) modelBatch { return modelBatch{r.ModelID, r.BatchID} },
			keyArgs: func(k modelBatch) []any { return []any{k.ModelID, k.BatchID} }}, j),
		leafClaims: newMutable(tableSpec[modelLeaf, schema.LeafClaim]{name: "leaf_claims",
			keyCols: []string{"model_id", "idx"},
			keyOf:   func(r *schema.LeafClaim) modelLeaf { return modelLeaf{r.ModelID, r.Idx} },
			keyArgs: func(k modelLeaf) []any { return []any{k.ModelID, k.Idx} }}, j),
		proposals: newMutable(tableSpec[string, schema.Proposal]{name: "proposals", keyCols: []string{"id"},
			keyOf: func(r *schema.Proposal) string { return r.ID.String() }, keyArgs: proposalKeyArgs}, j),
		stakes: newMutable(tableSpec[datanetAddr, schema.ValidatorStake]{name: "validator_stakes",
			keyCols: []string{"datanet_id", "validator"},
			keyOf:   func(r *schema.ValidatorStake) datanetAddr { return datanetAddr{r.DatanetID, r.Validator} },
			keyArgs: dnAddrArgs}, j),
		guardBatches: newMutable(tableSpec[modelBatch, schema.GuardBatch]{name: "guard_batches",
			keyCols: []string{"model_id", "batch_id"},
			keyOf:   func(r *schema.GuardBatch) modelBatch { return modelBatch{r.ModelID, r.BatchID} },
			keyArgs: func(k modelBatch) []any { return []any{k.ModelID, k.BatchID} }}, j),
		disputes: newMutable(tableSpec[int64, schema.Dispute]{name: "disputes", keyCols: []string{"id"},
			keyOf: func(r *schema.Dispute) int64 { return r.ID }, keyArgs: idKey}, j),
		parameters: newMutable(tableSpec[contractParam, schema.Parameter]{name: "parameters",
			keyCols: []string{"contract", "name"},
			keyOf:   func(r *schema.Parameter) contractParam { return contractParam{r.Contract, r.Name} },
			keyArgs: func(k contractParam) []any { return []any{k.Contract, k.Name} }}, j),
	}
}

// flush writes every changed mutable row.
func (t *tables) flush(ctx context.Context, db bun.IDB) error {
	for _, f := range []func(context.Context, bun.IDB) error{
		t.datanets.flush, t.validators.flush, t.contributions.flush, t.contributors.flush, t.accounts.flush,
		t.oracles.flush, t.models.flush, t.epochs.flush, t.requests.flush, t.settlements.flush, t.leafClaims.flush,
		t.proposals.flush, t.stakes.flush, t.guardBatches.flush, t.disputes.flush, t.parameters.flush,
	} {
		if err := f(ctx, db); err != nil {
			return err
		}
	}
	return nil
}

// restore dispatches a journal entry to its table.
func (t *tables) restore(ctx context.Context, db bun.IDB, e schema.JournalEntry) error {
	switch e.TableName {
	case "datanets":
		return t.datanets.restore(ctx, db, e)
	case "datanet_validators":
		return t.validators.restore(ctx, db, e)
	case "contributions":
		return t.contributions.restore(ctx, db, e)
	case "contributors":
		return t.contributors.restore(ctx, db, e)
	case "accounts":
		return t.accounts.restore(ctx, db, e)
	case "oracles":
		return t.oracles.restore(ctx, db, e)
	case "models":
		return t.models.restore(ctx, db, e)
	case "model_epochs":
		return t.epochs.restore(ctx, db, e)
	case "inference_requests":
		return t.requests.restore(ctx, db, e)
	case "settlements":
		return t.settlements.restore(ctx, db, e)
	case "leaf_claims":
		return t.leafClaims.restore(ctx, db, e)
	case "proposals":
		return t.proposals.restore(ctx, db, e)
	case "validator_stakes":
		return t.stakes.restore(ctx, db, e)
	case "guard_batches":
		return t.guardBatches.restore(ctx, db, e)
	case "disputes":
		return t.disputes.restore(ctx, db, e)
	case "parameters":
		return t.parameters.restore(ctx, db, e)
	}
	return fmt.Errorf("indexer: journal entry for unknown table %q", e.TableName)
}

// appendOnly are the tables whose rows never change once written; a reorg deletes them by block.
var appendOnly = []struct{ table, blockCol string }{
	{"votes", "block_number"},
	{"claims", "block_number"},
	{"events", "block_number"},
	{"fee_splits", "block_number"},
	{"proposal_votes", "block_number"},
	{"stake_events", "block_number"},
	{"feedback", "block_number"},
	{"published_batches", "settled_block"},
	{"published_leaves", "settled_block"},
	{"published_attributions", "settled_block"},
}
