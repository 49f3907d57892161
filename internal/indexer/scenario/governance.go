package scenario

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/open-attribution/poa/bindings/feedbackregistry"
	"github.com/open-attribution/poa/bindings/opengovernor"
	"github.com/open-attribution/poa/bindings/settlementguard"
	"github.com/open-attribution/poa/bindings/validatorstaking"
	"github.com/open-attribution/poa/internal/deploy"
	"github.com/open-attribution/poa/internal/devchain"
)

// Bindings of the governance contracts.
var (
	Governor = opengovernor.NewOpenGovernor()
	Staking  = validatorstaking.NewValidatorStaking()
	Guard    = settlementguard.NewSettlementGuard()
	Feedback = feedbackregistry.NewFeedbackRegistry()
)

// Governance timing of GovernanceFlow: short enough for a local chain, in seconds.
const (
	GovVotingDelay     = 10
	GovVotingPeriod    = 300
	GovTimelockDelay   = 300
	GovChallengeWindow = 3600
)

// GovernanceRun is what GovernanceFlow did, for the tests' expectations.
type GovernanceRun struct {
	Proposal, Canceled *big.Int
	Description        string
	Batch              *Settlement
}

// Governance deploys governance on the flow's suite (the deployer hands everything to the timelock).
func (f *Flow) Governance(ctx context.Context) error {
	window := uint64(GovChallengeWindow)
	g, err := deploy.Governance(ctx, f.S.Sender(f.S.Deployer), f.S.Addrs, deploy.GovernanceConfig{ChallengeWindow: &window,
		VotingDelay: GovVotingDelay, VotingPeriod: GovVotingPeriod, TimelockDelay: GovTimelockDelay, ProposalThreshold: Open(1)})
	f.S.Gov = g
	return err
}

// GovernanceReady runs what GovernanceFlow starts from: Datanets, RegisterModel, two requests and
// Governance.
func (f *Flow) GovernanceReady(ctx context.Context) error {
	for _, step := range []func(context.Context) error{f.Datanets, f.RegisterModel,
		func(ctx context.Context) error { return f.RequestInferences(ctx, 2) }, f.Governance} {
		if err := step(ctx); err != nil {
			return err
		}
	}
	return nil
}

// GovernanceFlow runs the governance side after GovernanceReady: V3 and V1 stake in Datanet2 (made staked), both unbond and V1 withdraws; V1 scores
// request 0; the pending requests settle into a guarded batch that Mallory disputes; a proposal
// raises the minimum stake, upholds the dispute (voiding the batch) and slashes V3 out of the set;
// the batch is released; a second proposal is canceled.
func (f *Flow) GovernanceFlow(ctx context.Context) (*GovernanceRun, error) {
	s, a, g := f.S, f.A, f.S.Gov
	govC, stkC := Governor.Instance(s.Backend, g.Governor), Staking.Instance(s.Backend, g.ValidatorStaking)
	guardC, fbC := Guard.Instance(s.Backend, g.SettlementGuard), Feedback.Instance(s.Backend, g.FeedbackRegistry)
	type step struct {
		who  devchain.Account
		c    *bind.BoundContract
		data []byte
	}
	run := func(steps ...step) error {
		for i, st := range steps {
			if _, err := s.Send(ctx, st.who, st.c, st.data); err != nil {
				return fmt.Errorf("scenario: governance step %d: %w", i, err)
			}
		}
		return nil
	}
	if err := run(
		// Transfers before delegating: a delegate's checkpoint write makes the gas estimate of a
		// transfer in the same second too low on the simulated backend.
		step{s.Deployer, s.TokenC, Token.PackTransfer(a.V1.Address, Open(20_000))},
		step{s.Deployer, s.TokenC, Token.PackTransfer(a.V3.Address, Open(20_000))},
		step{s.Deployer, s.TokenC, Token.PackTransfer(a.Mallory.Address, Open(1_000))},
		step{s.Deployer, s.TokenC, Token.PackDelegate(s.Deployer.Address)},
		step{a.Alice, s.TokenC, Token.PackDelegate(a.Alice.Address)},
		step{a.Dave, s.DnC, Datanets.PackSetValidatorMode(f.Datanet2, 1, 1)},
		step{a.V3, s.TokenC, Token.PackApprove(g.ValidatorStaking, Open(15_000))},
		step{a.V3, stkC, Staking.PackStake(f.Datanet2, Open(15_000))},
		step{a.V1, s.TokenC, Token.PackApprove(g.ValidatorStaking, Open(10_000))},
		step{a.V1, stkC, Staking.PackStake(f.Datanet2, Open(10_000))},
		step{a.V3, stkC, Staking.PackRequestUnbond(f.Datanet2, Open(5_000))},
		step{a.V1, stkC, Staking.PackRequestUnbond(f.Datanet2, Open(10_000))},
		step{a.V1, fbC, Feedback.PackSubmitFeedback(f.Requests[0], 80, 60, crypto.Keccak256Hash([]byte("output 0")), [32]byte{})},
	); err != nil {
		return nil, err
	}
	if err := s.Advance(ctx, 14*24*60*60+1); err != nil { // ValidatorStaking's default unbonding delay
		return nil, err
	}
	if err := run(step{a.V1, stkC, Staking.PackWithdraw(f.Datanet2, a.V1.Address)}); err != nil {
		return nil, err
	}
	batch, err := f.SettlePending(ctx, new(big.Int).Div(Open(1), big.NewInt(10)))
	if err != nil {
		return nil, err
	}
	if err := run(
		step{a.Mallory, s.TokenC, Token.PackApprove(g.SettlementGuard, Open(1_000))},
		step{a.Mallory, guardC, Guard.PackOpenDispute(batch.ModelID, batch.BatchID, "ipfs://evidence")},
	); err != nil {
		return nil, err
	}
	out := &GovernanceRun{Batch: batch, Description: "Uphold dispute 1 and slash validator 3"}
	targets := []common.Address{g.ValidatorStaking, g.SettlementGuard, g.ValidatorStaking}
	values := []*big.Int{new(big.Int), new(big.Int), new(big.Int)}
	calls := [][]byte{Staking.PackSetMinStake(Open(12_000)), Guard.PackResolveDispute(big.NewInt(1), true),
		Staking.PackSlash(f.Datanet2, a.V3.Address, Open(1_000), crypto.Keccak256Hash([]byte("evidence")))}
	if out.Proposal, err = f.propose(ctx, govC, targets, values, calls, out.Description); err != nil {
		return nil, err
	}
	cancelT, cancelV, cancelC := []common.Address{g.ValidatorStaking}, []*big.Int{new(big.Int)}, [][]byte{Staking.PackSetMinStake(Open(1))}
	if out.Canceled, err = f.propose(ctx, govC, cancelT, cancelV, cancelC, "to be canceled"); err != nil {
		return nil, err
	}
	if err := run(step{s.Deployer, govC, Governor.PackCancel(cancelT, cancelV, cancelC, crypto.Keccak256Hash([]byte("to be canceled")))}); err != nil {
		return nil, err
	}
	if err := s.Advance(ctx, GovVotingDelay+1); err != nil {
		return nil, err
	}
	if err := run(
		step{s.Deployer, govC, Governor.PackCastVoteWithReason(out.Proposal, 1, "the batch is wrong")},
		step{a.Alice, govC, Governor.PackCastVoteWithReason(out.Proposal, 0, "keep it")},
	); err != nil {
		return nil, err
	}
	if err := s.Advance(ctx, GovVotingPeriod); err != nil {
		return nil, err
	}
	descHash := crypto.Keccak256Hash([]byte(out.Description))
	if err := run(step{a.User, govC, Governor.PackQueue(targets, values, calls, descHash)}); err != nil {
		return nil, err
	}
	if err := s.Advance(ctx, GovTimelockDelay); err != nil {
		return nil, err
	}
	if err := run(
		step{a.User, govC, Governor.PackExecute(targets, values, calls, descHash)},
		step{a.User, guardC, Guard.PackRelease(batch.ModelID, batch.BatchID, batch.RequestIDs)},
	); err != nil {
		return nil, err
	}
	return out, nil
}

func (f *Flow) propose(ctx context.Context, govC *bind.BoundContract, targets []common.Address, values []*big.Int,
	calls [][]byte, description string) (*big.Int, error) {
	r, err := f.S.Send(ctx, f.S.Deployer, govC, Governor.PackPropose(targets, values, calls, description))
	if err != nil {
		return nil, err
	}
	ev, err := find(r, Governor.UnpackProposalCreatedEvent)
	if err != nil {
		return nil, err
	}
	return ev.ProposalId, nil
}
