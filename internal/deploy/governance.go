package deploy

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/open-attribution/poa/bindings/datanetregistry"
	"github.com/open-attribution/poa/bindings/feedbackregistry"
	"github.com/open-attribution/poa/bindings/opengovernor"
	"github.com/open-attribution/poa/bindings/rewardvault"
	"github.com/open-attribution/poa/bindings/settlementguard"
	"github.com/open-attribution/poa/bindings/timelockcontroller"
	"github.com/open-attribution/poa/bindings/validatorstaking"
	"github.com/open-attribution/poa/internal/chain"
)

// Governance defaults (OpenGovernor's and the timelock's), in seconds and wei.
const (
	DefaultVotingDelay     = 24 * 60 * 60
	DefaultVotingPeriod    = 5 * 24 * 60 * 60
	DefaultQuorumPercent   = 4
	DefaultTimelockDelay   = 2 * 24 * 60 * 60
	DefaultChallengeWindow = 2 * 24 * 60 * 60
)

// DefaultProposalThreshold is the votes needed to propose: 100,000 OPEN.
func DefaultProposalThreshold() *big.Int {
	return new(big.Int).Mul(big.NewInt(100_000), new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil))
}

// GovernanceConfig sets up governance. Zero values take the defaults above.
type GovernanceConfig struct {
	// ChallengeWindow is how long a settlement waits before it can be finalized, in seconds; nil keeps
	// DefaultChallengeWindow, a pointer to 0 makes settlements final as soon as someone calls finalize.
	ChallengeWindow   *uint64
	VotingDelay       uint64
	VotingPeriod      uint64
	ProposalThreshold *big.Int
	QuorumPercent     uint64
	TimelockDelay     uint64
	// StakingTreasury receives slashed stake; zero: the vault's treasury.
	StakingTreasury common.Address
}

// GovernanceAddresses are the contracts Governance deploys.
type GovernanceAddresses struct {
	Timelock         common.Address `json:"timelock"`
	Governor         common.Address `json:"governor"`
	ValidatorStaking common.Address `json:"validatorStaking"`
	SettlementGuard  common.Address `json:"settlementGuard"`
	FeedbackRegistry common.Address `json:"feedbackRegistry"`
}

// GovernanceABIs returns the parsed ABIs of the governance contracts, for decoding custom errors.
func GovernanceABIs() []*abi.ABI {
	return []*abi.ABI{
		ptr(validatorstaking.NewValidatorStaking().GetABI()),
		ptr(settlementguard.NewSettlementGuard().GetABI()),
		ptr(feedbackregistry.NewFeedbackRegistry().GetABI()),
		ptr(opengovernor.NewOpenGovernor().GetABI()),
		ptr(timelockcontroller.NewTimelockController().GetABI()),
	}
}

// Governance deploys ValidatorStaking, SettlementGuard, FeedbackRegistry, a TimelockController and the
// OpenGovernor on top of a suite the sender owns, wires them (the registry's validator manager and penalty
// sink, the vault's settlement guard) and hands every owned contract to the timelock, as
// contracts/script/GovernanceSetup.sol does: the sender transfers ownership, and one timelock batch,
// scheduled and executed while the timelock's delay is still zero, accepts it and sets the real delay. The
// governor then becomes the only proposer and canceller; the sender keeps no role.
func Governance(ctx context.Context, s *chain.Sender, suite Addresses, cfg GovernanceConfig) (GovernanceAddresses, error) {
	var out GovernanceAddresses
	from := s.From()
	vaultC := rewardvault.NewRewardVault().Instance(s.Backend, suite.RewardVault)
	vaultABI := rewardvault.NewRewardVault()
	treasury := cfg.StakingTreasury
	if treasury == (common.Address{}) {
		t, err := bind.Call(vaultC, nil, vaultABI.PackTreasury(), vaultABI.UnpackTreasury)
		if err != nil {
			return out, fmt.Errorf("deploy: reading the vault's treasury: %w", err)
		}
		treasury = t
	}

	var err error
	if out.ValidatorStaking, err = deploy(ctx, s, "ValidatorStaking", validatorstaking.ValidatorStakingMetaData.Bin,
		validatorstaking.NewValidatorStaking().PackConstructor(suite.OpenToken, suite.DatanetRegistry, treasury, from)); err != nil {
		return out, err
	}
	guard := settlementguard.NewSettlementGuard()
	if out.SettlementGuard, err = deploy(ctx, s, "SettlementGuard", settlementguard.SettlementGuardMetaData.Bin,
		guard.PackConstructor(suite.RewardVault, from)); err != nil {
		return out, err
	}
	if out.FeedbackRegistry, err = deploy(ctx, s, "FeedbackRegistry", feedbackregistry.FeedbackRegistryMetaData.Bin,
		feedbackregistry.NewFeedbackRegistry().PackConstructor(suite.RewardVault, suite.ModelRegistry, suite.DatanetRegistry)); err != nil {
		return out, err
	}
	dn := datanetregistry.NewDatanetRegistry()
	dnC := dn.Instance(s.Backend, suite.DatanetRegistry)
	guardC := guard.Instance(s.Backend, out.SettlementGuard)
	steps := []struct {
		what string
		c    *bind.BoundContract
		data []byte
	}{
		{"setValidatorManager", dnC, dn.PackSetValidatorManager(out.ValidatorStaking)},
		{"setPenaltySink", dnC, dn.PackSetPenaltySink(suite.RewardVault)},
		{"setSettlementGuard", vaultC, vaultABI.PackSetSettlementGuard(out.SettlementGuard)},
	}
	if cfg.ChallengeWindow != nil && *cfg.ChallengeWindow != DefaultChallengeWindow {
		steps = append(steps, struct {
			what string
			c    *bind.BoundContract
			data []byte
		}{"setChallengeWindow", guardC, guard.PackSetChallengeWindow(big.NewInt(0).SetUint64(*cfg.ChallengeWindow))})
	}
	for _, st := range steps {
		if _, err := s.Transact(ctx, st.c, st.data); err != nil {
			return out, fmt.Errorf("deploy: %s: %w", st.what, err)
		}
	}

	tl := timelockcontroller.NewTimelockController()
	if out.Timelock, err = deploy(ctx, s, "TimelockController", timelockcontroller.TimelockControllerMetaData.Bin,
		tl.PackConstructor(new(big.Int), []common.Address{from}, []common.Address{{}}, from)); err != nil {
		return out, err
	}
	threshold := cfg.ProposalThreshold
	if threshold == nil {
		threshold = DefaultProposalThreshold()
	}
	if out.Governor, err = deploy(ctx, s, "OpenGovernor", opengovernor.OpenGovernorMetaData.Bin,
		opengovernor.NewOpenGovernor().PackConstructor(suite.OpenToken, out.Timelock,
			big.NewInt(int64(orDefaultU(cfg.VotingDelay, DefaultVotingDelay))),
			uint32(orDefaultU(cfg.VotingPeriod, DefaultVotingPeriod)),
			threshold, big.NewInt(int64(orDefaultU(cfg.QuorumPercent, DefaultQuorumPercent))))); err != nil {
		return out, err
	}
	if err := handOver(ctx, s, out, suite, orDefaultU(cfg.TimelockDelay, DefaultTimelockDelay)); err != nil {
		return out, err
	}
	return out, nil
}

// handOver transfers every owned contract to the timelock and has the timelock accept them (and set its
// delay) in one batch, then gives the governor the proposer and canceller roles and drops the sender's.
func handOver(ctx context.Context, s *chain.Sender, g GovernanceAddresses, suite Addresses, delay uint64) error {
	from := s.From()
	owned := []common.Address{suite.DatanetRegistry, suite.ModelRegistry, suite.RewardVault, g.ValidatorStaking, g.SettlementGuard}
	// Every owned contract is Ownable2Step; the staking contract's binding serves for the shared selectors.
	own := validatorstaking.NewValidatorStaking()
	tl := timelockcontroller.NewTimelockController()
	tlC := tl.Instance(s.Backend, g.Timelock)
	targets := make([]common.Address, 0, len(owned)+1)
	payloads := make([][]byte, 0, len(owned)+1)
	for _, a := range owned {
		if _, err := s.Transact(ctx, own.Instance(s.Backend, a), own.PackTransferOwnership(g.Timelock)); err != nil {
			return fmt.Errorf("deploy: transferOwnership of %s: %w", a, err)
		}
		targets = append(targets, a)
		payloads = append(payloads, own.PackAcceptOwnership())
	}
	targets = append(targets, g.Timelock)
	payloads = append(payloads, tl.PackUpdateDelay(new(big.Int).SetUint64(delay)))
	values := make([]*big.Int, len(targets))
	for i := range values {
		values[i] = new(big.Int)
	}
	salt := crypto.Keccak256Hash([]byte("poa: governance handover"))
	if _, err := s.Transact(ctx, tlC, tl.PackScheduleBatch(targets, values, payloads, [32]byte{}, salt, new(big.Int))); err != nil {
		return fmt.Errorf("deploy: scheduling the handover: %w", err)
	}
	if _, err := s.Transact(ctx, tlC, tl.PackExecuteBatch(targets, values, payloads, [32]byte{}, salt)); err != nil {
		return fmt.Errorf("deploy: executing the handover: %w", err)
	}
	proposer := crypto.Keccak256Hash([]byte("PROPOSER_ROLE"))
	canceller := crypto.Keccak256Hash([]byte("CANCELLER_ROLE"))
	for _, step := range [][]byte{
		tl.PackGrantRole(proposer, g.Governor),
		tl.PackGrantRole(canceller, g.Governor),
		tl.PackRenounceRole(proposer, from),
		tl.PackRenounceRole(canceller, from),
		tl.PackRenounceRole([32]byte{}, from),
	} {
		if _, err := s.Transact(ctx, tlC, step); err != nil {
			return fmt.Errorf("deploy: timelock roles: %w", err)
		}
	}
	return nil
}

func orDefaultU(v, def uint64) uint64 {
	if v == 0 {
		return def
	}
	return v
}
