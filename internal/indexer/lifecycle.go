package indexer

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/internal/indexer/notify"
	"github.com/open-attribution/poa/internal/indexer/schema"
	"github.com/open-attribution/poa/internal/store"
)

// The settlement lifecycle, contributor penalties and validator modes. Without a settlement guard the
// vault finalizes a batch in `settle` itself (BatchFinalized, then Settled); with one, the batch waits
// out the guard's challenge window and the vault emits BatchFinalized when the guard finalizes it, or
// RequestsReopened when the guard voided it. These events are handled from their decoded arguments,
// by name, so the indexer also follows vaults whose bindings lack them (the first version, which had
// no BatchFinalized and settled every batch final at once).

func isGeneric(key string) bool {
	switch key {
	case "RewardVault.BatchFinalized", "RewardVault.RequestsReopened", "RewardVault.PenaltyWithheld",
		"RewardVault.PenaltyStatusUpdated", "DatanetRegistry.PenaltyStatusChanged",
		"DatanetRegistry.ValidatorModeUpdated", "DatanetRegistry.WeightedVote":
		return true
	}
	return false
}

// args reads decoded event arguments with the types the ABI decoder gives them.
type args map[string]any

func (m args) get(name string) (any, error) {
	v, ok := m[name]
	if !ok {
		return nil, fmt.Errorf("indexer: event has no argument %q", name)
	}
	return v, nil
}

func (m args) big(name string) (*big.Int, error) {
	v, err := m.get(name)
	if err != nil {
		return nil, err
	}
	switch x := v.(type) {
	case *big.Int:
		return x, nil
	case uint8:
		return big.NewInt(int64(x)), nil
	case uint16:
		return big.NewInt(int64(x)), nil
	case uint32:
		return big.NewInt(int64(x)), nil
	case uint64:
		return new(big.Int).SetUint64(x), nil
	}
	return nil, fmt.Errorf("indexer: argument %q is %T, not an integer", name, v)
}

func (m args) id(name string) (int64, error) {
	x, err := m.big(name)
	if err != nil {
		return 0, err
	}
	return id64(x, name)
}

func (m args) num(name string) (store.Numeric, error) {
	x, err := m.big(name)
	if err != nil {
		return store.Numeric{}, err
	}
	return store.NewNumeric(x)
}

func (m args) flag(name string) (bool, error) {
	v, err := m.get(name)
	if err != nil {
		return false, err
	}
	b, ok := v.(bool)
	if !ok {
		return false, fmt.Errorf("indexer: argument %q is %T, not a bool", name, v)
	}
	return b, nil
}

func (m args) addr(name string) (common.Address, error) {
	v, err := m.get(name)
	if err != nil {
		return common.Address{}, err
	}
	a, ok := v.(common.Address)
	if !ok {
		return common.Address{}, fmt.Errorf("indexer: argument %q is %T, not an address", name, v)
	}
	return a, nil
}

func (m args) bytes32(name string) (string, error) {
	v, err := m.get(name)
	if err != nil {
		return "", err
	}
	switch x := v.(type) {
	case [32]byte:
		return hexBytes32(x), nil
	case common.Hash:
		return lowerHash(x), nil
	}
	return "", fmt.Errorf("indexer: argument %q is %T, not bytes32", name, v)
}

func (m args) ids(name string) ([]int64, error) {
	v, err := m.get(name)
	if err != nil {
		return nil, err
	}
	xs, ok := v.([]*big.Int)
	if !ok {
		return nil, fmt.Errorf("indexer: argument %q is %T, not uint256[]", name, v)
	}
	out := make([]int64, len(xs))
	for i, x := range xs {
		if out[i], err = id64(x, name); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// modelBatchArgs reads the (modelId, batchId) every batch event starts with.
func (m args) modelBatch() (int64, int64, error) {
	model, err := m.id("modelId")
	if err != nil {
		return 0, 0, err
	}
	batch, err := m.id("batchId")
	return model, batch, err
}

func (a *applier) applyGeneric(ctx context.Context, e *genericEvent, w at) error {
	m := args(e.args)
	switch e.name {
	case "BatchFinalized":
		model, batch, err := m.modelBatch()
		if err != nil {
			return err
		}
		root, err := m.bytes32("payoutRoot")
		if err != nil {
			return err
		}
		s, err := a.settlementRow(ctx, model, batch, w)
		if err != nil {
			return err
		}
		s.Status, s.StatusBlock = schema.BatchFinalized, w.block
		a.notify(notify.Message{Kind: notify.SettlementFinalized, Settlement: s})
		if err := a.guardFinalized(ctx, model, batch, w); err != nil {
			return err
		}
		return a.editModel(ctx, big.NewInt(model), w, func(md *schema.Model) error {
			b := batch
			md.ClaimableRoot, md.ClaimableBatch = root, &b
			return nil
		})
	case "RequestsReopened":
		model, batch, err := m.modelBatch()
		if err != nil {
			return err
		}
		ids, err := m.ids("requestIds")
		if err != nil {
			return err
		}
		return a.voided(ctx, model, batch, ids, w)
	case "PenaltyWithheld":
		model, err := m.id("modelId")
		if err != nil {
			return err
		}
		account, err := m.addr("account")
		if err != nil {
			return err
		}
		withheld, err := m.num("withheld")
		if err != nil {
			return err
		}
		if err := a.editModel(ctx, big.NewInt(model), w, func(md *schema.Model) (err error) {
			md.WithheldTotal, err = add(md.WithheldTotal, withheld)
			return err
		}); err != nil {
			return err
		}
		return a.editAccount(ctx, account, w, func(acc *schema.Account) (err error) {
			acc.Withheld, err = add(acc.Withheld, withheld)
			return err
		})
	case "PenaltyStatusUpdated", "PenaltyStatusChanged":
		dn, err := m.id("datanetId")
		if err != nil {
			return err
		}
		who := "account"
		if e.name == "PenaltyStatusChanged" {
			who = "contributor"
		}
		addr, err := m.addr(who)
		if err != nil {
			return err
		}
		penalized, err := m.flag("penalized")
		if err != nil {
			return err
		}
		c, err := a.t.contributors.edit(ctx, a.db, datanetAddr{dn, lowerAddr(addr)}, w.block)
		if err != nil || c == nil {
			return err
		}
		c.Penalized, c.UpdatedBlock = penalized, w.block
		return nil
	case "ValidatorModeUpdated":
		dn, err := m.big("datanetId")
		if err != nil {
			return err
		}
		mode, err := m.id("mode")
		if err != nil {
			return err
		}
		quorum, err := m.id("quorum")
		if err != nil {
			return err
		}
		return a.editDatanet(ctx, dn, w, func(d *schema.Datanet) { d.ValidatorMode, d.Quorum = int16(mode), quorum })
	case "WeightedVote":
		return a.weightedVote(ctx, m, w)
	}
	return fmt.Errorf("indexer: no handler for %s", e.name)
}

// voided returns a voided batch's requests to pending (RequestsReopened: the guard released it)
// and takes the batch out of the totals unless its BatchVoided already did.
func (a *applier) voided(ctx context.Context, model, batch int64, ids []int64, w at) error {
	for _, id := range ids {
		r, err := a.t.requests.edit(ctx, a.db, id, w.block)
		if err != nil {
			return err
		}
		if r != nil {
			r.Status, r.BatchID, r.SettledBlock, r.UpdatedBlock = schema.RequestPending, nil, nil, w.block
		}
	}
	return a.voidSettlement(ctx, model, batch, w)
}

// voidSettlement marks a batch voided and takes it out of the fee and payout totals (it never became
// final), once: the guard's BatchVoided comes first, the vault's RequestsReopened when someone
// releases the batch later (or alone, from a vault whose guard is not followed).
func (a *applier) voidSettlement(ctx context.Context, model, batch int64, w at) error {
	s, err := a.settlementRow(ctx, model, batch, w)
	if err != nil {
		return err
	}
	if s.Status == schema.BatchVoided {
		return nil
	}
	s.Status, s.StatusBlock = schema.BatchVoided, w.block
	if s.TxHash == "" {
		return nil // settled before the start block: no totals of it to take back
	}
	sub := func(x, y store.Numeric) store.Numeric {
		if d, err := x.Sub(y); err == nil {
			return d
		}
		return store.Numeric{}
	}
	if err := a.editModel(ctx, big.NewInt(model), w, func(m *schema.Model) error {
		m.SettledRequestCount -= s.RequestCount
		m.SettledFeeTotal, m.DistributedTotal = sub(m.SettledFeeTotal, s.FeeTotal), sub(m.DistributedTotal, s.Distributed)
		m.OwnerShareTotal, m.ValidatorShareTotal = sub(m.OwnerShareTotal, s.OwnerShare), sub(m.ValidatorShareTotal, s.ValidatorShare)
		m.TreasuryShareTotal = sub(m.TreasuryShareTotal, s.TreasuryShare)
		return nil
	}); err != nil {
		return err
	}
	return a.editEpoch(ctx, model, s.Epoch, w, func(ep *schema.ModelEpoch) error {
		ep.SettledRequestCount -= s.RequestCount
		ep.BatchCount--
		ep.SettledFeeTotal, ep.Distributed = sub(ep.SettledFeeTotal, s.FeeTotal), sub(ep.Distributed, s.Distributed)
		ep.ContributorShare, ep.OwnerShare = sub(ep.ContributorShare, s.ContributorShare), sub(ep.OwnerShare, s.OwnerShare)
		ep.ValidatorShare, ep.TreasuryShare = sub(ep.ValidatorShare, s.ValidatorShare), sub(ep.TreasuryShare, s.TreasuryShare)
		return nil
	})
}

// weightedVote adds the stake weights to the vote the same transaction just recorded.
func (a *applier) weightedVote(ctx context.Context, m args, w at) error {
	id, err := m.id("contributionId")
	if err != nil {
		return err
	}
	validator, err := m.addr("validator")
	if err != nil {
		return err
	}
	var weights [4]store.Numeric
	for i, name := range []string{"weight", "acceptWeight", "rejectWeight", "totalWeight"} {
		if weights[i], err = m.num(name); err != nil {
			return err
		}
	}
	for i := len(a.votes) - 1; i >= 0; i-- {
		v := &a.votes[i]
		if v.ContributionID == id && v.Validator == lowerAddr(validator) && v.TxHash == w.tx {
			v.Weight, v.AcceptWeight, v.RejectWeight, v.TotalWeight = &weights[0], &weights[1], &weights[2], &weights[3]
			break
		}
	}
	c, err := a.t.contributions.edit(ctx, a.db, id, w.block)
	if err != nil || c == nil {
		return err
	}
	c.AcceptWeight, c.RejectWeight, c.UpdatedBlock = &weights[1], &weights[2], w.block
	return nil
}
