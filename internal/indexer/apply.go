package indexer

import (
	"context"
	"fmt"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/uptrace/bun"

	"github.com/open-attribution/poa/bindings/datanetregistry"
	"github.com/open-attribution/poa/bindings/modelregistry"
	"github.com/open-attribution/poa/bindings/rewardvault"
	"github.com/open-attribution/poa/internal/indexer/notify"
	"github.com/open-attribution/poa/internal/indexer/schema"
	"github.com/open-attribution/poa/internal/store"
)

// applier applies one segment's events, in chain order, to the tables.
type applier struct {
	db     bun.IDB
	t      *tables
	votes  []schema.Vote
	claims []schema.Claim
	events []schema.Event
	// feeSplits: the vault's split history, which settlements' public inputs are rebuilt from.
	feeSplits []schema.FeeSplit
	// Append-only rows of the governance contracts.
	proposalVotes []schema.ProposalVote
	stakeEvents   []schema.StakeEvent
	feedback      []schema.Feedback
	notes         []notify.Message
	proofs        map[common.Hash][]byte
	// finalOnSettle: the vault's ABI has no BatchFinalized (its first version), so Settled is final.
	finalOnSettle bool
	// leafClaims of the current transaction not yet followed by their Claimed event, which is the
	// one that names the account (the vault emits PayoutLeafClaimed per leaf, then Claimed).
	openLeafTx     common.Hash
	openLeafClaims []*schema.LeafClaim
	openLeafIdx    []int64
}

// at is where an event happened.
type at struct {
	block int64
	time  int64
	tx    string
	index int64
}

func id64(x *big.Int, what string) (int64, error) {
	if x == nil || !x.IsInt64() || x.Sign() < 0 {
		return 0, fmt.Errorf("indexer: %s %v does not fit a 63-bit id", what, x)
	}
	return x.Int64(), nil
}

// modelBatch64 converts an event's (model id, batch id) pair.
func modelBatch64(model, batch *big.Int) (int64, int64, error) {
	m, err := id64(model, "model id")
	if err != nil {
		return 0, 0, err
	}
	b, err := id64(batch, "batch id")
	return m, b, err
}

func num(x *big.Int) store.Numeric { return store.MustNumeric(x) }

func add(a store.Numeric, b store.Numeric) (store.Numeric, error) {
	s, err := a.Add(b)
	if err != nil {
		return a, fmt.Errorf("indexer: total overflows uint256: %w", err)
	}
	return s, nil
}

// rankKey orders a datanet's contributors ascending by score desc, accepted desc, address asc.
func rankKey(score, accepted int64, address string) string {
	score = min(max(score, 0), 10_000)
	return fmt.Sprintf("%05d%020d%s", 10_000-score, uint64(math.MaxUint64)-uint64(max(accepted, 0)), address)
}

func (a *applier) apply(ctx context.Context, ev decodedLog) error {
	l := ev.log
	where := at{block: int64(l.BlockNumber), time: int64(l.BlockTimestamp), tx: lowerHash(l.TxHash), index: int64(l.Index)}
	a.events = append(a.events, schema.Event{BlockNumber: where.block, LogIndex: where.index, TxHash: where.tx,
		TxIndex: int64(l.TxIndex), Contract: ev.contract, Name: ev.name, Args: ev.args, BlockTime: where.time})
	if l.TxHash != a.openLeafTx {
		a.openLeafTx, a.openLeafClaims, a.openLeafIdx = l.TxHash, nil, nil
	}
	var err error
	if isParameter(ev.contract, ev.name) {
		err = a.t.parameters.put(ctx, a.db, &schema.Parameter{Contract: ev.contract, Name: ev.name, Value: ev.args,
			UpdatedBlock: where.block, UpdatedTime: where.time, UpdatedTx: where.tx}, where.block)
		if err != nil {
			return fmt.Errorf("%s.%s at block %d log %d: %w", ev.contract, ev.name, where.block, where.index, err)
		}
	}
	switch e := ev.typed.(type) {
	case nil:
	case *genericEvent:
		err = a.applyGeneric(ctx, e, where)
	case *datanetregistry.DatanetRegistryDatanetCreated:
		err = a.datanetCreated(ctx, e, where)
	case *datanetregistry.DatanetRegistryDatanetMetadataUpdated:
		err = a.editDatanet(ctx, e.DatanetId, where, func(d *schema.Datanet) { d.MetadataURI = e.MetadataURI })
	case *datanetregistry.DatanetRegistryDatanetOwnerChanged:
		err = a.editDatanet(ctx, e.DatanetId, where, func(d *schema.Datanet) { d.Owner = lowerAddr(e.NewOwner) })
	case *datanetregistry.DatanetRegistryQuotaUpdated:
		err = a.editDatanet(ctx, e.DatanetId, where, func(d *schema.Datanet) {
			d.FilesPerContributorPerDay = int64(e.Quota.FilesPerContributorPerDay)
			d.BytesPerContributorPerDay = int64(e.Quota.BytesPerContributorPerDay)
			d.BytesPerDatanetPerDay = int64(e.Quota.BytesPerDatanetPerDay)
		})
	case *datanetregistry.DatanetRegistryQuorumUpdated:
		err = a.editDatanet(ctx, e.DatanetId, where, func(d *schema.Datanet) { d.Quorum = int64(e.Quorum) })
	case *datanetregistry.DatanetRegistryValidatorAdded:
		err = a.validatorChanged(ctx, e.DatanetId, e.Validator, true, where)
	case *datanetregistry.DatanetRegistryValidatorRemoved:
		err = a.validatorChanged(ctx, e.DatanetId, e.Validator, false, where)
	case *datanetregistry.DatanetRegistryContributionSubmitted:
		err = a.contributionSubmitted(ctx, e, where)
	case *datanetregistry.DatanetRegistryContributionVoted:
		err = a.contributionVoted(ctx, e, where)
	case *datanetregistry.DatanetRegistryContributionFinalized:
		err = a.contributionFinalized(ctx, e, where)
	case *datanetregistry.DatanetRegistryBondSettled:
		err = a.bondSettled(ctx, e, where)
	case *datanetregistry.DatanetRegistryReputationUpdated:
		err = a.reputationUpdated(ctx, e, where)
	case *modelregistry.ModelRegistryOracleUpdated:
		err = a.t.oracles.put(ctx, a.db, &schema.Oracle{Address: lowerAddr(e.Oracle), Allowed: e.Allowed, UpdatedBlock: where.block}, where.block)
	case *modelregistry.ModelRegistryModelRegistered:
		err = a.modelRegistered(ctx, e, where)
	case *modelregistry.ModelRegistryInferenceFeeUpdated:
		err = a.editModel(ctx, e.ModelId, where, func(m *schema.Model) error { m.InferenceFee = num(e.InferenceFee); return nil })
	case *modelregistry.ModelRegistryModelActiveUpdated:
		err = a.editModel(ctx, e.ModelId, where, func(m *schema.Model) error { m.Active = e.Active; return nil })
	case *modelregistry.ModelRegistryModelOwnerChanged:
		err = a.editModel(ctx, e.ModelId, where, func(m *schema.Model) error { m.Owner = lowerAddr(e.NewOwner); return nil })
	case *modelregistry.ModelRegistryInferenceRequested:
		err = a.inferenceRequested(ctx, e, where)
	case *rewardvault.RewardVaultSettled:
		err = a.settled(ctx, e, where)
	case *rewardvault.RewardVaultSettlementSplit:
		err = a.settlementSplit(ctx, e, where)
	case *rewardvault.RewardVaultPayoutLeafClaimed:
		err = a.payoutLeafClaimed(ctx, e, where)
	case *rewardvault.RewardVaultClaimed:
		err = a.claimed(ctx, e, where)
	case *rewardvault.RewardVaultValidatorRewardsDistributed:
		err = a.editDatanet(ctx, e.DatanetId, where, func(d *schema.Datanet) {
			paid := new(big.Int).Mul(e.PerValidator, e.ValidatorCount)
			d.ValidatorPool = num(e.Remainder)
			if total, err := d.ValidatorRewardsPaid.Add(num(paid)); err == nil {
				d.ValidatorRewardsPaid = total
			}
		})
	case *rewardvault.RewardVaultCredited:
		err = a.editAccount(ctx, e.Account, where, func(acc *schema.Account) error {
			v, err := add(acc.Credited, num(e.Amount))
			acc.Credited = v
			return err
		})
	case *rewardvault.RewardVaultFeeSplitUpdated:
		sp := e.Split
		a.feeSplits = append(a.feeSplits, schema.FeeSplit{BlockNumber: where.block, LogIndex: where.index,
			ContributorsBps: int64(sp.ContributorsBps), OwnerBps: int64(sp.OwnerBps), ValidatorsBps: int64(sp.ValidatorsBps),
			TreasuryBps: int64(sp.TreasuryBps), BlockTime: where.time, TxHash: where.tx})
	case *rewardvault.RewardVaultWithdrawn:
		err = a.editAccount(ctx, e.Account, where, func(acc *schema.Account) error {
			v, err := add(acc.Withdrawn, num(e.Amount))
			acc.Withdrawn = v
			return err
		})
	default:
		var handled bool
		if handled, err = a.applyGovernance(ctx, e, where); !handled && err == nil {
			err = fmt.Errorf("indexer: no handler for %T", e)
		}
	}
	if err != nil {
		return fmt.Errorf("%s.%s at block %d log %d: %w", ev.contract, ev.name, where.block, where.index, err)
	}
	return nil
}

// --------------------------------------------------------------------- datanets

func (a *applier) datanetCreated(ctx context.Context, e *datanetregistry.DatanetRegistryDatanetCreated, w at) error {
	id, err := id64(e.DatanetId, "datanet id")
	if err != nil {
		return err
	}
	return a.t.datanets.put(ctx, a.db, &schema.Datanet{
		ID: id, Owner: lowerAddr(e.Owner), Kind: int16(e.Kind), MetadataURI: e.MetadataURI, Bond: num(e.Bond),
		ForfeitBondOnReject: e.ForfeitBondOnReject, Quorum: int64(e.Quorum), Accumulator: lowerHash(common.Hash{}),
		CreatedBlock: w.block, CreatedTime: w.time, CreatedTx: w.tx, UpdatedBlock: w.block,
	}, w.block)
}

// editDatanet changes a datanet; events of a datanet created before the start block are skipped
// for the datanet row (there is none) but still recorded in events.
func (a *applier) editDatanet(ctx context.Context, idBig *big.Int, w at, change func(*schema.Datanet)) error {
	id, err := id64(idBig, "datanet id")
	if err != nil {
		return err
	}
	d, err := a.t.datanets.edit(ctx, a.db, id, w.block)
	if err != nil || d == nil {
		return err
	}
	change(d)
	d.UpdatedBlock = w.block
	return nil
}

func (a *applier) validatorChanged(ctx context.Context, idBig *big.Int, v common.Address, added bool, w at) error {
	id, err := id64(idBig, "datanet id")
	if err != nil {
		return err
	}
	key := datanetAddr{id, lowerAddr(v)}
	if added {
		err = a.t.validators.put(ctx, a.db, &schema.DatanetValidator{DatanetID: id, Validator: key.Address, AddedBlock: w.block}, w.block)
	} else {
		err = a.t.validators.remove(ctx, a.db, key, w.block)
	}
	if err != nil {
		return err
	}
	return a.editDatanet(ctx, idBig, w, func(d *schema.Datanet) {
		if added {
			d.ValidatorCount++
		} else if d.ValidatorCount > 0 {
			d.ValidatorCount--
		}
	})
}

// --------------------------------------------------------------------- contributions

func (a *applier) contributionSubmitted(ctx context.Context, e *datanetregistry.DatanetRegistryContributionSubmitted, w at) error {
	id, err := id64(e.ContributionId, "contribution id")
	if err != nil {
		return err
	}
	dn, err := id64(e.DatanetId, "datanet id")
	if err != nil {
		return err
	}
	c := &schema.Contribution{
		ID: id, DatanetID: dn, Contributor: lowerAddr(e.Contributor), ContentHash: hexBytes32(e.ContentHash),
		Size: int64(e.Size), URI: e.Uri, Bond: num(e.Bond), Status: schema.StatusPending,
		SubmittedBlock: w.block, SubmittedTime: w.time, SubmittedTx: w.tx, UpdatedBlock: w.block,
	}
	if err := a.t.contributions.put(ctx, a.db, c, w.block); err != nil {
		return err
	}
	if err := a.editDatanet(ctx, e.DatanetId, w, func(d *schema.Datanet) {
		d.ContributionCount++
		d.BytesSubmitted += int64(e.Size)
	}); err != nil {
		return err
	}
	if err := a.editAccount(ctx, e.Contributor, w, func(acc *schema.Account) error { acc.Submitted++; return nil }); err != nil {
		return err
	}
	a.notify(notify.Message{Kind: notify.ContributionSubmitted, Contribution: copyOf(c)})
	return nil
}

func (a *applier) contributionVoted(ctx context.Context, e *datanetregistry.DatanetRegistryContributionVoted, w at) error {
	id, err := id64(e.ContributionId, "contribution id")
	if err != nil {
		return err
	}
	a.votes = append(a.votes, schema.Vote{BlockNumber: w.block, LogIndex: w.index, ContributionID: id,
		Validator: lowerAddr(e.Validator), Accept: e.Accept, Accepts: int64(e.Accepts), Rejects: int64(e.Rejects),
		BlockTime: w.time, TxHash: w.tx})
	c, err := a.t.contributions.edit(ctx, a.db, id, w.block)
	if err != nil || c == nil {
		return err
	}
	c.Accepts, c.Rejects, c.UpdatedBlock = int64(e.Accepts), int64(e.Rejects), w.block
	return nil
}

func (a *applier) contributionFinalized(ctx context.Context, e *datanetregistry.DatanetRegistryContributionFinalized, w at) error {
	id, err := id64(e.ContributionId, "contribution id")
	if err != nil {
		return err
	}
	accepted := e.Status == 2 // IDatanetRegistry.Status.Accepted
	c, err := a.t.contributions.edit(ctx, a.db, id, w.block)
	if err != nil {
		return err
	}
	if c != nil {
		acc := hexBytes32(e.Accumulator)
		block, t, tx := w.block, w.time, w.tx
		c.FinalizedBlock, c.FinalizedTime, c.FinalizedTx, c.UpdatedBlock = &block, &t, &tx, w.block
		c.Status = schema.StatusRejected
		if accepted {
			idx := int64(e.AcceptedIndex)
			c.Status, c.AcceptedIndex, c.Accumulator = schema.StatusAccepted, &idx, &acc
		}
		a.notify(notify.Message{Kind: notify.ContributionFinalized, Contribution: copyOf(c)})
	}
	if err := a.editDatanet(ctx, e.DatanetId, w, func(d *schema.Datanet) {
		if accepted {
			d.AcceptedCount++
			d.Accumulator = hexBytes32(e.Accumulator)
		} else {
			d.RejectedCount++
		}
	}); err != nil {
		return err
	}
	return a.editAccount(ctx, e.Contributor, w, func(acc *schema.Account) error {
		if accepted {
			acc.Accepted++
		} else {
			acc.Rejected++
		}
		return nil
	})
}

func (a *applier) bondSettled(ctx context.Context, e *datanetregistry.DatanetRegistryBondSettled, w at) error {
	id, err := id64(e.ContributionId, "contribution id")
	if err != nil {
		return err
	}
	c, err := a.t.contributions.edit(ctx, a.db, id, w.block)
	if err != nil || c == nil {
		return err
	}
	to, toTreasury := lowerAddr(e.To), e.ToTreasury
	c.BondTo, c.BondToTreasury, c.UpdatedBlock = &to, &toTreasury, w.block
	return nil
}

func (a *applier) reputationUpdated(ctx context.Context, e *datanetregistry.DatanetRegistryReputationUpdated, w at) error {
	dn, err := id64(e.DatanetId, "datanet id")
	if err != nil {
		return err
	}
	score, err := id64(e.Score, "reputation score")
	if err != nil {
		return err
	}
	key := datanetAddr{dn, lowerAddr(e.Contributor)}
	prev, err := a.t.contributors.get(ctx, a.db, key)
	if err != nil {
		return err
	}
	row := &schema.Contributor{DatanetID: dn, Address: key.Address, Submitted: int64(e.Submitted),
		Accepted: int64(e.Accepted), Rejected: int64(e.Rejected), Score: score,
		RankKey: rankKey(score, int64(e.Accepted), key.Address), FirstBlock: w.block, UpdatedBlock: w.block, UpdatedTime: w.time}
	if prev != nil {
		row.FirstBlock = prev.FirstBlock
	}
	if err := a.t.contributors.put(ctx, a.db, row, w.block); err != nil {
		return err
	}
	if prev != nil {
		return nil
	}
	// A new contributor of this datanet.
	if err := a.editDatanet(ctx, e.DatanetId, w, func(d *schema.Datanet) { d.ContributorCount++ }); err != nil {
		return err
	}
	return a.editAccount(ctx, e.Contributor, w, func(acc *schema.Account) error { acc.Datanets++; return nil })
}

// editAccount changes an account, creating it on first sight.
func (a *applier) editAccount(ctx context.Context, addr common.Address, w at, change func(*schema.Account) error) error {
	key := lowerAddr(addr)
	acc, err := a.t.accounts.edit(ctx, a.db, key, w.block)
	if err != nil {
		return err
	}
	if acc == nil {
		acc = &schema.Account{Address: key}
		if err := a.t.accounts.put(ctx, a.db, acc, w.block); err != nil {
			return err
		}
	}
	acc.UpdatedBlock = w.block
	return change(acc)
}

// --------------------------------------------------------------------- models and requests

func (a *applier) modelRegistered(ctx context.Context, e *modelregistry.ModelRegistryModelRegistered, w at) error {
	id, err := id64(e.ModelId, "model id")
	if err != nil {
		return err
	}
	dn, err := id64(e.DatanetId, "datanet id")
	if err != nil {
		return err
	}
	if err := a.t.models.put(ctx, a.db, &schema.Model{
		ID: id, DatanetID: dn, Owner: lowerAddr(e.Owner), Oracle: lowerAddr(e.Oracle),
		ContributionCount: int64(e.ContributionCount), Accumulator: hexBytes32(e.Accumulator),
		BaseModelID: hexBytes32(e.BaseModelId), AdapterHash: hexBytes32(e.AdapterHash),
		TrainingConfigHash: hexBytes32(e.TrainingConfigHash), GradientCommitment: hexBytes32(e.GradientCommitment),
		InferenceFee: num(e.InferenceFee), MetadataURI: e.MetadataURI, Active: true,
		PayoutRoot: lowerHash(common.Hash{}), ClaimableRoot: lowerHash(common.Hash{}), CreatedBlock: w.block, CreatedTime: w.time, CreatedTx: w.tx, UpdatedBlock: w.block,
	}, w.block); err != nil {
		return err
	}
	return a.editDatanet(ctx, e.DatanetId, w, func(d *schema.Datanet) { d.ModelCount++ })
}

func (a *applier) editModel(ctx context.Context, idBig *big.Int, w at, change func(*schema.Model) error) error {
	id, err := id64(idBig, "model id")
	if err != nil {
		return err
	}
	m, err := a.t.models.edit(ctx, a.db, id, w.block)
	if err != nil || m == nil {
		return err
	}
	m.UpdatedBlock = w.block
	return change(m)
}

// editEpoch changes a model's epoch totals, creating the row on first sight.
func (a *applier) editEpoch(ctx context.Context, model, epoch int64, w at, change func(*schema.ModelEpoch) error) error {
	key := modelEpoch{model, epoch}
	ep, err := a.t.epochs.edit(ctx, a.db, key, w.block)
	if err != nil {
		return err
	}
	if ep == nil {
		ep = &schema.ModelEpoch{ModelID: model, Epoch: epoch}
		if err := a.t.epochs.put(ctx, a.db, ep, w.block); err != nil {
			return err
		}
	}
	ep.UpdatedBlock = w.block
	return change(ep)
}

func (a *applier) inferenceRequested(ctx context.Context, e *modelregistry.ModelRegistryInferenceRequested, w at) error {
	id, err := id64(e.RequestId, "request id")
	if err != nil {
		return err
	}
	model, err := id64(e.ModelId, "model id")
	if err != nil {
		return err
	}
	fee := num(e.Fee)
	if err := a.t.requests.put(ctx, a.db, &schema.InferenceRequest{
		ID: id, ModelID: model, Requester: lowerAddr(e.Requester), InputHash: hexBytes32(e.InputHash), Fee: fee,
		Epoch: int64(e.Epoch), Status: schema.RequestPending, RequestedBlock: w.block, RequestedTime: w.time,
		RequestedTx: w.tx, UpdatedBlock: w.block,
	}, w.block); err != nil {
		return err
	}
	if err := a.editModel(ctx, e.ModelId, w, func(m *schema.Model) (err error) {
		m.RequestCount++
		m.FeeTotal, err = add(m.FeeTotal, fee)
		return err
	}); err != nil {
		return err
	}
	return a.editEpoch(ctx, model, int64(e.Epoch), w, func(ep *schema.ModelEpoch) (err error) {
		ep.RequestCount++
		ep.FeeTotal, err = add(ep.FeeTotal, fee)
		return err
	})
}

func (a *applier) notify(m notify.Message) { a.notes = append(a.notes, m) }

func copyOf[T any](v *T) *T {
	c := *v
	return &c
}
