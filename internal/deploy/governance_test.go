package deploy_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/open-attribution/poa/bindings/opengovernor"
	"github.com/open-attribution/poa/bindings/settlementguard"
	"github.com/open-attribution/poa/bindings/timelockcontroller"
	"github.com/open-attribution/poa/bindings/validatorstaking"
	"github.com/open-attribution/poa/internal/deploy"
	"github.com/open-attribution/poa/internal/devchain"
)

// TestGovernanceOnSimulatedBackend deploys the suite and governance from Go, checks the handover to the
// timelock, and runs one proposal through its whole lifecycle (propose, vote, queue, execute).
func TestGovernanceOnSimulatedBackend(t *testing.T) {
	sim := devchain.NewSimulated(allActors...)
	t.Cleanup(func() { sim.Close() })
	client := sim.Client()
	chainID, err := client.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	tc := testChain{
		backend: client,
		chainID: chainID,
		mine:    func() { sim.Commit() },
		advance: func(t *testing.T, seconds uint64) {
			if err := sim.AdjustTime(time.Duration(seconds) * time.Second); err != nil {
				t.Fatal(err)
			}
			sim.Commit()
		},
		fund: func(*testing.T, common.Address) {},
	}
	s := deploySuite(t, tc)
	ctx := context.Background()
	window := uint64(3600)
	g, err := deploy.Governance(ctx, s.sender(deployer), s.addrs, deploy.GovernanceConfig{ChallengeWindow: &window})
	if err != nil {
		t.Fatal(err)
	}

	// Every owned contract now belongs to the timelock; the deployer keeps no role.
	own := validatorstaking.NewValidatorStaking()
	for name, a := range map[string]common.Address{
		"datanet registry": s.addrs.DatanetRegistry, "model registry": s.addrs.ModelRegistry,
		"vault": s.addrs.RewardVault, "staking": g.ValidatorStaking, "guard": g.SettlementGuard,
	} {
		owner, err := bind.Call(own.Instance(client, a), nil, own.PackOwner(), own.UnpackOwner)
		if err != nil {
			t.Fatal(err)
		}
		if owner != g.Timelock {
			t.Fatalf("%s is owned by %s, want the timelock %s", name, owner, g.Timelock)
		}
	}
	tl := timelockcontroller.NewTimelockController()
	tlC := tl.Instance(client, g.Timelock)
	hasRole := func(role common.Hash, who common.Address) bool {
		ok, err := bind.Call(tlC, nil, tl.PackHasRole(role, who), tl.UnpackHasRole)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	proposerRole := crypto.Keccak256Hash([]byte("PROPOSER_ROLE"))
	if !hasRole(proposerRole, g.Governor) || hasRole(proposerRole, deployer.Address) || hasRole(common.Hash{}, deployer.Address) {
		t.Fatal("timelock roles: want the governor as the only proposer and no admin")
	}
	delay, err := bind.Call(tlC, nil, tl.PackGetMinDelay(), tl.UnpackGetMinDelay)
	if err != nil || delay.Uint64() != deploy.DefaultTimelockDelay {
		t.Fatalf("timelock delay %v (%v), want %d", delay, err, deploy.DefaultTimelockDelay)
	}
	guard := settlementguard.NewSettlementGuard()
	got, err := bind.Call(guard.Instance(client, g.SettlementGuard), nil, guard.PackChallengeWindow(), guard.UnpackChallengeWindow)
	if err != nil || got.Uint64() != window {
		t.Fatalf("challenge window %v (%v), want %d", got, err, window)
	}

	// One proposal: the deployer holds the supply, delegates to itself and changes the epoch length.
	s.send(t, deployer, s.tokenC, token.PackDelegate(deployer.Address))
	tc.advance(t, 1)
	gov := opengovernor.NewOpenGovernor()
	govC := gov.Instance(client, g.Governor)
	targets := []common.Address{s.addrs.RewardVault}
	values := []*big.Int{new(big.Int)}
	calls := [][]byte{vault.PackSetEpochLength(2 * 24 * 3600)}
	description := "Epochs of two days"
	r := s.send(t, deployer, govC, gov.PackPropose(targets, values, calls, description))
	id := eventArg(t, r, gov.UnpackProposalCreatedEvent).ProposalId
	tc.advance(t, deploy.DefaultVotingDelay+1)
	s.send(t, deployer, govC, gov.PackCastVote(id, 1))
	tc.advance(t, deploy.DefaultVotingPeriod)
	descHash := crypto.Keccak256Hash([]byte(description))
	s.send(t, relayer, govC, gov.PackQueue(targets, values, calls, descHash))
	tc.advance(t, deploy.DefaultTimelockDelay)
	s.send(t, relayer, govC, gov.PackExecute(targets, values, calls, descHash))
	length, err := bind.Call(s.vltC, nil, vault.PackEpochLength(), vault.UnpackEpochLength)
	if err != nil || length != 2*24*3600 {
		t.Fatalf("epoch length %d (%v) after the proposal, want two days", length, err)
	}
	state, err := bind.Call(govC, nil, gov.PackState(id), gov.UnpackState)
	if err != nil || state != 7 { // Executed
		t.Fatalf("proposal state %d (%v), want 7 (Executed)", state, err)
	}
}
