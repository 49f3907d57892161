package indexer

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/open-attribution/poa/bindings/feedbackregistry"
	"github.com/open-attribution/poa/bindings/opengovernor"
	"github.com/open-attribution/poa/bindings/settlementguard"
	"github.com/open-attribution/poa/bindings/validatorstaking"
	"github.com/open-attribution/poa/internal/indexer/notify"
	"github.com/open-attribution/poa/internal/indexer/schema"
	"github.com/open-attribution/poa/internal/store"
)

// The governance contracts: proposals and votes (OpenGovernor), validator stakes (ValidatorStaking),
// the settlement guard's batches and disputes, validator feedback. Their rows are few next to the
// contribution and inference traffic, so they are not prefetched: the mutable tables load a row on
// first touch.

// isParameter says whether an event sets a governable parameter: its latest arguments are kept in
// the parameters table (the events table keeps every change).
func isParameter(contract, name string) bool {
	switch name {
	case "OwnershipTransferred", "OwnershipTransferStarted":
		return contract != contractToken
	}
	switch contract + "." + name {
	case "OpenGovernor.VotingDelaySet", "OpenGovernor.VotingPeriodSet", "OpenGovernor.ProposalThresholdSet",
		"OpenGovernor.QuorumNumeratorUpdated", "OpenGovernor.TimelockChange",
		"TimelockController.MinDelayChange",
		"ValidatorStaking.MinStakeUpdated", "ValidatorStaking.UnbondingDelayUpdated", "ValidatorStaking.TreasuryUpdated",
		"SettlementGuard.ChallengeWindowUpdated", "SettlementGuard.DisputeBondUpdated", "SettlementGuard.ChallengerRewardUpdated",
		"RewardVault.SettlementGuardSet", "RewardVault.PenaltyMultiplierUpdated", "RewardVault.EpochLengthUpdated",
		"RewardVault.VerifierUpdated", "RewardVault.TreasuryUpdated", "RewardVault.FeeSplitUpdated",
		"DatanetRegistry.TreasuryUpdated", "DatanetRegistry.ValidatorManagerSet", "DatanetRegistry.PenaltySinkSet",
		"DatanetRegistry.PenaltyPolicyUpdated", "DatanetRegistry.DefaultQuotaUpdated":
		return true
	}
	return false
}

// seqOf is a log's position as one integer (block << 24 | log index), the keyset tie-break of rows
// whose natural key is not an integer.
func seqOf(w at) int64 { return w.block<<24 | w.index }

// applyGovernance handles the governance contracts' typed events; handled is false for other types.
func (a *applier) applyGovernance(ctx context.Context, ev any, w at) (handled bool, err error) {
	switch e := ev.(type) {
	case *opengovernor.OpenGovernorProposalCreated:
		return true, a.proposalCreated(ctx, e, w)
	case *opengovernor.OpenGovernorProposalQueued:
		return true, a.editProposal(ctx, e.ProposalId, w, func(p *schema.Proposal) error {
			eta, err := id64(e.EtaSeconds, "eta")
			block := w.block
			p.Status, p.Eta, p.QueuedBlock = schema.ProposalQueued, &eta, &block
			return err
		})
	case *opengovernor.OpenGovernorProposalExecuted:
		return true, a.editProposal(ctx, e.ProposalId, w, func(p *schema.Proposal) error {
			block, tx := w.block, w.tx
			p.Status, p.ExecutedBlock, p.ExecutedTx = schema.ProposalExecuted, &block, &tx
			return nil
		})
	case *opengovernor.OpenGovernorProposalCanceled:
		return true, a.editProposal(ctx, e.ProposalId, w, func(p *schema.Proposal) error {
			block := w.block
			p.Status, p.CanceledBlock = schema.ProposalCanceled, &block
			return nil
		})
	case *opengovernor.OpenGovernorVoteCast:
		return true, a.voteCast(ctx, e.ProposalId, e.Voter, e.Support, e.Weight, e.Reason, nil, w)
	case *opengovernor.OpenGovernorVoteCastWithParams:
		params := hexutil.Encode(e.Params)
		return true, a.voteCast(ctx, e.ProposalId, e.Voter, e.Support, e.Weight, e.Reason, &params, w)
	case *validatorstaking.ValidatorStakingStaked:
		return true, a.staked(ctx, e, w)
	case *validatorstaking.ValidatorStakingUnbondingRequested:
		return true, a.unbondingRequested(ctx, e, w)
	case *validatorstaking.ValidatorStakingWithdrawn:
		return true, a.stakeWithdrawn(ctx, e, w)
	case *validatorstaking.ValidatorStakingSlashed:
		return true, a.slashed(ctx, e, w)
	case *settlementguard.SettlementGuardBatchQueued:
		return true, a.batchQueued(ctx, e, w)
	case *settlementguard.SettlementGuardBatchVoided:
		return true, a.batchVoided(ctx, e, w)
	case *settlementguard.SettlementGuardBatchReleased:
		return true, a.editGuardBatch(ctx, e.ModelId, e.BatchId, w, func(b *schema.GuardBatch) {
			block := w.block
			b.Status, b.ReleasedBlock = schema.GuardReleased, &block
		})
	case *settlementguard.SettlementGuardDisputeOpened:
		return true, a.disputeOpened(ctx, e, w)
	case *settlementguard.SettlementGuardDisputeResolved:
		return true, a.disputeResolved(ctx, e, w)
	case *feedbackregistry.FeedbackRegistryFeedbackSubmitted:
		return true, a.feedbackSubmitted(e, w)
	}
	return false, nil
}

// --------------------------------------------------------------------- proposals

func (a *applier) proposalCreated(ctx context.Context, e *opengovernor.OpenGovernorProposalCreated, w at) error {
	start, err := id64(e.VoteStart, "vote start")
	if err != nil {
		return err
	}
	end, err := id64(e.VoteEnd, "vote end")
	if err != nil {
		return err
	}
	targets := make([]string, len(e.Targets))
	for i, t := range e.Targets {
		targets[i] = lowerAddr(t)
	}
	values := make([]string, len(e.Values))
	for i, v := range e.Values {
		values[i] = v.String()
	}
	calldatas := make([]string, len(e.Calldatas))
	for i, c := range e.Calldatas {
		calldatas[i] = hexutil.Encode(c)
	}
	signatures := e.Signatures
	if signatures == nil {
		signatures = []string{}
	}
	enc := func(v any) string { b, _ := json.Marshal(v); return string(b) } // slices of strings always encode
	p := &schema.Proposal{
		ID: num(e.ProposalId), Seq: seqOf(w), Proposer: lowerAddr(e.Proposer), Targets: enc(targets),
		Values: enc(values), Signatures: enc(signatures), Calldatas: enc(calldatas), Description: e.Description,
		VoteStart: start, VoteEnd: end, Status: schema.ProposalCreated, CreatedBlock: w.block, CreatedTime: w.time,
		CreatedTx: w.tx, UpdatedBlock: w.block,
	}
	if err := a.t.proposals.put(ctx, a.db, p, w.block); err != nil {
		return err
	}
	a.notify(notify.Message{Kind: notify.ProposalUpdated, Proposal: copyOf(p)})
	return nil
}

// editProposal changes a proposal; events of proposals created before the start block only land in
// events.
func (a *applier) editProposal(ctx context.Context, id *big.Int, w at, change func(*schema.Proposal) error) error {
	p, err := a.t.proposals.edit(ctx, a.db, num(id).String(), w.block)
	if err != nil || p == nil {
		return err
	}
	p.UpdatedBlock = w.block
	if err := change(p); err != nil {
		return err
	}
	a.notify(notify.Message{Kind: notify.ProposalUpdated, Proposal: copyOf(p)})
	return nil
}

func (a *applier) voteCast(ctx context.Context, id *big.Int, voter common.Address, support uint8, weight *big.Int,
	reason string, params *string, w at) error {
	if support > 2 {
		return fmt.Errorf("indexer: vote support %d is not against (0), for (1) or abstain (2)", support)
	}
	a.proposalVotes = append(a.proposalVotes, schema.ProposalVote{BlockNumber: w.block, LogIndex: w.index,
		ProposalID: num(id), Voter: lowerAddr(voter), Support: int16(support), Weight: num(weight), Reason: reason,
		Params: params, BlockTime: w.time, TxHash: w.tx})
	return a.editProposal(ctx, id, w, func(p *schema.Proposal) (err error) {
		p.VoteCount++
		switch support {
		case 0:
			p.AgainstVotes, err = add(p.AgainstVotes, num(weight))
		case 1:
			p.ForVotes, err = add(p.ForVotes, num(weight))
		default:
			p.AbstainVotes, err = add(p.AbstainVotes, num(weight))
		}
		return err
	})
}

// --------------------------------------------------------------------- validator stakes

// editStake changes a validator's position, creating it on first sight.
func (a *applier) editStake(ctx context.Context, dnBig *big.Int, v common.Address, w at, change func(*schema.ValidatorStake) error) error {
	dn, err := id64(dnBig, "datanet id")
	if err != nil {
		return err
	}
	key := datanetAddr{dn, lowerAddr(v)}
	s, err := a.t.stakes.edit(ctx, a.db, key, w.block)
	if err != nil {
		return err
	}
	if s == nil {
		s = &schema.ValidatorStake{DatanetID: dn, Validator: key.Address, Seq: seqOf(w), FirstBlock: w.block}
		if err := a.t.stakes.put(ctx, a.db, s, w.block); err != nil {
			return err
		}
	}
	if err := change(s); err != nil {
		return err
	}
	s.Member = s.Active.Sign() > 0
	s.UpdatedBlock, s.UpdatedTime = w.block, w.time
	return nil
}

func (a *applier) stakeEvent(dn *big.Int, v common.Address, kind string, amount, activeAfter *big.Int, w at) *schema.StakeEvent {
	a.stakeEvents = append(a.stakeEvents, schema.StakeEvent{BlockNumber: w.block, LogIndex: w.index, DatanetID: dn.Int64(),
		Validator: lowerAddr(v), Kind: kind, Amount: num(amount), ActiveAfter: num(activeAfter), BlockTime: w.time, TxHash: w.tx})
	return &a.stakeEvents[len(a.stakeEvents)-1]
}

func (a *applier) staked(ctx context.Context, e *validatorstaking.ValidatorStakingStaked, w at) error {
	if err := a.editStake(ctx, e.DatanetId, e.Validator, w, func(s *schema.ValidatorStake) (err error) {
		s.Active = num(e.Active)
		s.StakedTotal, err = add(s.StakedTotal, num(e.Amount))
		return err
	}); err != nil {
		return err
	}
	a.stakeEvent(e.DatanetId, e.Validator, schema.StakeStaked, e.Amount, e.Active, w)
	return nil
}

func (a *applier) unbondingRequested(ctx context.Context, e *validatorstaking.ValidatorStakingUnbondingRequested, w at) error {
	end, err := id64(e.UnbondingEnd, "unbonding end")
	if err != nil {
		return err
	}
	if err := a.editStake(ctx, e.DatanetId, e.Validator, w, func(s *schema.ValidatorStake) (err error) {
		s.Active, s.UnbondingEnd = num(e.Active), &end
		s.Unbonding, err = add(s.Unbonding, num(e.Amount))
		return err
	}); err != nil {
		return err
	}
	a.stakeEvent(e.DatanetId, e.Validator, schema.StakeUnbonding, e.Amount, e.Active, w).UnbondingEnd = &end
	return nil
}

func (a *applier) stakeWithdrawn(ctx context.Context, e *validatorstaking.ValidatorStakingWithdrawn, w at) error {
	var active store.Numeric
	if err := a.editStake(ctx, e.DatanetId, e.Validator, w, func(s *schema.ValidatorStake) (err error) {
		// withdraw pays out everything unbonding at once.
		s.Unbonding, active = store.Numeric{}, s.Active
		s.WithdrawnTotal, err = add(s.WithdrawnTotal, num(e.Amount))
		return err
	}); err != nil {
		return err
	}
	to := lowerAddr(e.To)
	a.stakeEvent(e.DatanetId, e.Validator, schema.StakeWithdrawn, e.Amount, active.Big(), w).Recipient = &to
	return nil
}

// slashed mirrors ValidatorStaking.slash: active stake first, then unbonding; when the validator is
// removed, what stays active starts unbonding with the delay in force (UnbondingDelayUpdated).
func (a *applier) slashed(ctx context.Context, e *validatorstaking.ValidatorStakingSlashed, w at) error {
	delay, err := a.unbondingDelay(ctx)
	if err != nil {
		return err
	}
	var active *big.Int
	var end *int64
	if err := a.editStake(ctx, e.DatanetId, e.Validator, w, func(s *schema.ValidatorStake) (err error) {
		act, unb := s.Active.Big(), s.Unbonding.Big()
		fromActive := new(big.Int).Set(e.Amount)
		if fromActive.Cmp(act) > 0 {
			fromActive.Set(act)
		}
		act = new(big.Int).Sub(act, fromActive)
		unb = new(big.Int).Sub(unb, new(big.Int).Sub(e.Amount, fromActive))
		if unb.Sign() < 0 { // positions seen only partly (indexing started after their stake)
			unb.SetInt64(0)
		}
		if e.Removed {
			unb.Add(unb, act)
			act = new(big.Int)
			if delay != nil {
				t := w.time + *delay
				s.UnbondingEnd, end = &t, &t
			}
		}
		s.Active, s.Unbonding, active = num(act), num(unb), act
		s.SlashedTotal, err = add(s.SlashedTotal, num(e.Amount))
		return err
	}); err != nil {
		return err
	}
	ev := a.stakeEvent(e.DatanetId, e.Validator, schema.StakeSlashed, e.Amount, active, w)
	treasury, evidence, removed := lowerAddr(e.Treasury), hexBytes32(e.Evidence), e.Removed
	ev.Recipient, ev.Evidence, ev.Removed, ev.UnbondingEnd = &treasury, &evidence, &removed, end
	return nil
}

// unbondingDelay is the staking contract's delay as its last UnbondingDelayUpdated set it; nil when
// indexing started after it (the constructor emits the first one).
func (a *applier) unbondingDelay(ctx context.Context) (*int64, error) {
	p, err := a.t.parameters.get(ctx, a.db, contractParam{contractStaking, "UnbondingDelayUpdated"})
	if err != nil || p == nil {
		return nil, err
	}
	// argsJSON writes wide integers (uint40 decodes as a big.Int) as decimal strings.
	var v struct {
		Delay json.Number `json:"delay"`
	}
	if err := json.Unmarshal([]byte(p.Value), &v); err != nil {
		return nil, fmt.Errorf("indexer: stored UnbondingDelayUpdated %s: %w", p.Value, err)
	}
	d, err := v.Delay.Int64()
	if err != nil {
		return nil, fmt.Errorf("indexer: stored UnbondingDelayUpdated %s: %w", p.Value, err)
	}
	return &d, nil
}

// --------------------------------------------------------------------- settlement guard

func (a *applier) batchQueued(ctx context.Context, e *settlementguard.SettlementGuardBatchQueued, w at) error {
	model, batch, err := modelBatch64(e.ModelId, e.BatchId)
	if err != nil {
		return err
	}
	at, err := id64(e.FinalizesAt, "finalizesAt")
	if err != nil {
		return err
	}
	return a.t.guardBatches.put(ctx, a.db, &schema.GuardBatch{ModelID: model, BatchID: batch, FinalizesAt: at,
		Status: schema.GuardPending, QueuedBlock: w.block, QueuedTime: w.time, QueuedTx: w.tx, UpdatedBlock: w.block}, w.block)
}

// editGuardBatch changes a guarded batch; batches queued before the start block have no row.
func (a *applier) editGuardBatch(ctx context.Context, modelBig, batchBig *big.Int, w at, change func(*schema.GuardBatch)) error {
	model, batch, err := modelBatch64(modelBig, batchBig)
	if err != nil {
		return err
	}
	b, err := a.t.guardBatches.edit(ctx, a.db, modelBatch{model, batch}, w.block)
	if err != nil || b == nil {
		return err
	}
	change(b)
	b.UpdatedBlock = w.block
	return nil
}

// batchVoided voids the guard's batch and the vault's settlement with it: the batch will never be
// final, whether or not someone releases its requests later.
func (a *applier) batchVoided(ctx context.Context, e *settlementguard.SettlementGuardBatchVoided, w at) error {
	if err := a.editGuardBatch(ctx, e.ModelId, e.BatchId, w, func(b *schema.GuardBatch) {
		by, block := lowerAddr(e.By), w.block
		b.Status, b.VoidedBy, b.VoidedBlock = schema.GuardVoided, &by, &block
	}); err != nil {
		return err
	}
	return a.voidSettlement(ctx, e.ModelId.Int64(), e.BatchId.Int64(), w)
}

// guardFinalized records the vault's BatchFinalized on the guard's row: the guard's finalize emits
// no event of its own.
func (a *applier) guardFinalized(ctx context.Context, model, batch int64, w at) error {
	return a.editGuardBatch(ctx, big.NewInt(model), big.NewInt(batch), w, func(b *schema.GuardBatch) {
		block := w.block
		b.Status, b.FinalizedBlock = schema.GuardFinalized, &block
	})
}

func (a *applier) disputeOpened(ctx context.Context, e *settlementguard.SettlementGuardDisputeOpened, w at) error {
	id, err := id64(e.DisputeId, "dispute id")
	if err != nil {
		return err
	}
	model, batch, err := modelBatch64(e.ModelId, e.BatchId)
	if err != nil {
		return err
	}
	if err := a.t.disputes.put(ctx, a.db, &schema.Dispute{ID: id, ModelID: model, BatchID: batch,
		Challenger: lowerAddr(e.Challenger), Bond: num(e.Bond), EvidenceURI: e.EvidenceURI, Status: schema.DisputeOpen,
		OpenedBlock: w.block, OpenedTime: w.time, OpenedTx: w.tx, UpdatedBlock: w.block}, w.block); err != nil {
		return err
	}
	return a.editGuardBatch(ctx, e.ModelId, e.BatchId, w, func(b *schema.GuardBatch) {
		b.Status = schema.GuardDisputed
		b.DisputeCount++
	})
}

// disputeResolved closes a dispute. Upheld, the guard voided the batch just before (BatchVoided);
// rejected, a batch still frozen by it returns to pending.
func (a *applier) disputeResolved(ctx context.Context, e *settlementguard.SettlementGuardDisputeResolved, w at) error {
	id, err := id64(e.DisputeId, "dispute id")
	if err != nil {
		return err
	}
	d, err := a.t.disputes.edit(ctx, a.db, id, w.block)
	if err != nil || d == nil {
		return err
	}
	block, t, tx := w.block, w.time, w.tx
	toChallenger, toTreasury := num(e.ToChallenger), num(e.ToTreasury)
	d.Status = schema.DisputeRejected
	if e.Upheld {
		d.Status = schema.DisputeUpheld
	}
	d.ToChallenger, d.ToTreasury = &toChallenger, &toTreasury
	d.ResolvedBlock, d.ResolvedTime, d.ResolvedTx, d.UpdatedBlock = &block, &t, &tx, w.block
	if e.Upheld {
		return nil
	}
	return a.editGuardBatch(ctx, big.NewInt(d.ModelID), big.NewInt(d.BatchID), w, func(b *schema.GuardBatch) {
		if b.Status == schema.GuardDisputed {
			b.Status = schema.GuardPending
		}
	})
}

// --------------------------------------------------------------------- feedback

func (a *applier) feedbackSubmitted(e *feedbackregistry.FeedbackRegistryFeedbackSubmitted, w at) error {
	req, err := id64(e.RequestId, "request id")
	if err != nil {
		return err
	}
	model, err := id64(e.ModelId, "model id")
	if err != nil {
		return err
	}
	dn, err := id64(e.DatanetId, "datanet id")
	if err != nil {
		return err
	}
	a.feedback = append(a.feedback, schema.Feedback{BlockNumber: w.block, LogIndex: w.index, RequestID: req,
		ModelID: model, Validator: lowerAddr(e.Validator), DatanetID: dn, Correctness: int16(e.Correctness),
		Interpretability: int16(e.Interpretability), Weight: num(e.Weight), OutputHash: hexBytes32(e.OutputHash),
		EndorsedOutput: hexBytes32(e.EndorsedOutput), BlockTime: w.time, TxHash: w.tx})
	return nil
}
