// Package scenario drives the deployed contract suite through its whole life (datanets,
// contributions, votes, models, paid inferences, settlements with the test-only verifier, claims)
// on a local chain, to give the indexer realistic events in tests and benchmarks. Local chains only:
// it uses devchain's publicly derivable keys and the test verifier.
package scenario

import (
	"context"
	"crypto/sha256"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/open-attribution/poa/bindings/datanetregistry"
	"github.com/open-attribution/poa/bindings/modelregistry"
	"github.com/open-attribution/poa/bindings/opentoken"
	"github.com/open-attribution/poa/bindings/rewardvault"
	"github.com/open-attribution/poa/bindings/testonly/testscoreverifier"
	"github.com/open-attribution/poa/internal/chain"
	"github.com/open-attribution/poa/internal/deploy"
	"github.com/open-attribution/poa/internal/devchain"
	"github.com/open-attribution/poa/internal/payout"
)

// Chain is a local chain: how blocks get mined and time moves.
type Chain struct {
	Backend chain.Backend
	ChainID *big.Int
	// Mine is called after each transaction (the simulated backend's Commit); nil when the chain
	// mines on its own.
	Mine func()
	// Advance moves block time forward (past an epoch end).
	Advance func(ctx context.Context, seconds uint64) error
	// Fund gives an account ether for gas; nil when accounts are funded at genesis.
	Fund func(ctx context.Context, account common.Address) error
}

// Bindings of the suite's contracts.
var (
	Token    = opentoken.NewOpenToken()
	Datanets = datanetregistry.NewDatanetRegistry()
	Models   = modelregistry.NewModelRegistry()
	Vault    = rewardvault.NewRewardVault()
	verifier = testscoreverifier.NewTestScoreVerifier()
)

// Suite is a deployed suite.
type Suite struct {
	Chain
	Addrs                    deploy.Addresses
	Gov                      deploy.GovernanceAddresses // zero until Flow.Governance
	Deployer                 devchain.Account
	TokenC, DnC, MdC, VaultC *bind.BoundContract
	verifierC                *bind.BoundContract
}

// Open returns n whole OPEN in wei.
func Open(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil))
}

// Deploy deploys the test verifier and the suite from the deployer, who holds the OPEN supply and is
// the governance owner; treasury receives forfeited bonds and the treasury share.
func Deploy(ctx context.Context, c Chain, deployer devchain.Account, treasury common.Address) (*Suite, error) {
	s := &Suite{Chain: c, Deployer: deployer}
	if err := s.fund(ctx, deployer.Address); err != nil {
		return nil, err
	}
	d := s.Sender(deployer)
	verifierAddr, _, err := d.Deploy(ctx, common.FromHex(testscoreverifier.TestScoreVerifierMetaData.Bin), nil)
	if err != nil {
		return nil, fmt.Errorf("scenario: deploying the test verifier: %w", err)
	}
	if s.Addrs, err = deploy.Suite(ctx, d, deploy.Config{Treasury: treasury, Verifier: verifierAddr}); err != nil {
		return nil, err
	}
	s.TokenC = Token.Instance(c.Backend, s.Addrs.OpenToken)
	s.DnC = Datanets.Instance(c.Backend, s.Addrs.DatanetRegistry)
	s.MdC = Models.Instance(c.Backend, s.Addrs.ModelRegistry)
	s.VaultC = Vault.Instance(c.Backend, s.Addrs.RewardVault)
	s.verifierC = verifier.Instance(c.Backend, verifierAddr)
	return s, nil
}

func (s *Suite) fund(ctx context.Context, a common.Address) error {
	if s.Fund == nil {
		return nil
	}
	return s.Fund(ctx, a)
}

// Sender sends from an account.
func (s *Suite) Sender(a devchain.Account) *chain.Sender {
	return &chain.Sender{Backend: s.Backend, Auth: a.Transactor(s.ChainID), Mine: s.Mine, ABIs: deploy.ABIs()}
}

// Send sends calldata to a contract and waits for success.
func (s *Suite) Send(ctx context.Context, from devchain.Account, c *bind.BoundContract, data []byte) (*types.Receipt, error) {
	r, err := s.Sender(from).Transact(ctx, c, data)
	if err != nil {
		return nil, fmt.Errorf("scenario: %s: %w", from.Name, err)
	}
	return r, nil
}

// Prepare funds accounts with ether (where needed) and OPEN from the deployer.
func (s *Suite) Prepare(ctx context.Context, open *big.Int, accounts ...devchain.Account) error {
	for _, a := range accounts {
		if err := s.fund(ctx, a.Address); err != nil {
			return err
		}
		if open != nil && open.Sign() > 0 {
			if _, err := s.Send(ctx, s.Deployer, s.TokenC, Token.PackTransfer(a.Address, open)); err != nil {
				return err
			}
		}
	}
	return nil
}

// AllowOracle lets an account register models and settle.
func (s *Suite) AllowOracle(ctx context.Context, oracle common.Address) error {
	_, err := s.Send(ctx, s.Deployer, s.MdC, Models.PackSetOracle(oracle, true))
	return err
}

// CreateDatanet creates a datanet owned by owner.
func (s *Suite) CreateDatanet(ctx context.Context, owner devchain.Account, p datanetregistry.IDatanetRegistryDatanetParams) (*big.Int, error) {
	r, err := s.Send(ctx, owner, s.DnC, Datanets.PackCreateDatanet(p))
	if err != nil {
		return nil, err
	}
	ev, err := find(r, Datanets.UnpackDatanetCreatedEvent)
	if err != nil {
		return nil, err
	}
	return ev.DatanetId, nil
}

// Contribute approves the bond (when non-zero) and contributes a file with the given content.
func (s *Suite) Contribute(ctx context.Context, who devchain.Account, datanetID *big.Int, content string, bond *big.Int) (*big.Int, error) {
	if bond != nil && bond.Sign() > 0 {
		if _, err := s.Send(ctx, who, s.TokenC, Token.PackApprove(s.Addrs.DatanetRegistry, bond)); err != nil {
			return nil, err
		}
	}
	hash := sha256.Sum256([]byte(content))
	r, err := s.Send(ctx, who, s.DnC, Datanets.PackContribute(datanetID, hash, uint32(len(content)), "ipfs://"+content))
	if err != nil {
		return nil, err
	}
	ev, err := find(r, Datanets.UnpackContributionSubmittedEvent)
	if err != nil {
		return nil, err
	}
	return ev.ContributionId, nil
}

// Vote casts a validator's vote.
func (s *Suite) Vote(ctx context.Context, validator devchain.Account, contributionID *big.Int, accept bool) error {
	_, err := s.Send(ctx, validator, s.DnC, Datanets.PackVote(contributionID, accept))
	return err
}

// RegisterModel registers a model trained on the datanet's first count accepted contributions.
func (s *Suite) RegisterModel(ctx context.Context, oracle devchain.Account, datanetID *big.Int, count uint64,
	owner common.Address, fee *big.Int, name string) (*big.Int, error) {
	r, err := s.Send(ctx, oracle, s.MdC, Models.PackRegisterModel(modelregistry.IModelRegistryModelParams{
		DatanetId: datanetID, ContributionCount: count,
		BaseModelId: crypto.Keccak256Hash([]byte("base " + name)), AdapterHash: crypto.Keccak256Hash([]byte("adapter " + name)),
		TrainingConfigHash: crypto.Keccak256Hash([]byte("config " + name)), GradientCommitment: fieldHash("grads " + name),
		Owner: owner, InferenceFee: fee, MetadataURI: "ipfs://model/" + name,
	}))
	if err != nil {
		return nil, err
	}
	ev, err := find(r, Models.UnpackModelRegisteredEvent)
	if err != nil {
		return nil, err
	}
	return ev.ModelId, nil
}

// Request pays for one inference (approving the vault for the fee first).
func (s *Suite) Request(ctx context.Context, user devchain.Account, modelID *big.Int, input string, fee *big.Int) (*big.Int, uint64, error) {
	if _, err := s.Send(ctx, user, s.TokenC, Token.PackApprove(s.Addrs.RewardVault, fee)); err != nil {
		return nil, 0, err
	}
	r, err := s.Send(ctx, user, s.MdC, Models.PackRequestInference(modelID, crypto.Keccak256Hash([]byte(input)), fee))
	if err != nil {
		return nil, 0, err
	}
	ev, err := find(r, Models.UnpackInferenceRequestedEvent)
	if err != nil {
		return nil, 0, err
	}
	return ev.RequestId, ev.Epoch, nil
}

// fieldHash stands in for a commitment: the proof's public inputs must be BN254 field elements
// (the oracle's commitments are Poseidon2 hashes, and the Groth16 adapter rejects larger words), so
// a keccak256 hash is shifted below 2^253.
func fieldHash(s string) common.Hash {
	return common.BigToHash(new(big.Int).Rsh(crypto.Keccak256Hash([]byte(s)).Big(), 3))
}

// Settlement is a settled batch and the tree it committed to.
type Settlement struct {
	ModelID, BatchID *big.Int
	Epoch            uint64
	Tree             *payout.Tree
	Leaves           []payout.Leaf
	RequestIDs       []*big.Int
	// PublicInputs is the vault's own publicInputs(settlement), read just before settling: what
	// the verifier was given, for tests of the indexer's rebuilt vector.
	PublicInputs []*big.Int
	Receipt      *types.Receipt
}

// Settle settles requests of a closed epoch with the given cumulative leaves (the test verifier
// accepts keccak256(publicInputs) as the proof).
func (s *Suite) Settle(ctx context.Context, oracle devchain.Account, modelID *big.Int, epoch uint64, requestIDs []*big.Int,
	leaves []payout.Leaf, distributed *big.Int, contributionCount uint64) (*Settlement, error) {
	tree, err := payout.Build(payout.DepthFor(contributionCount), leaves)
	if err != nil {
		return nil, err
	}
	st := rewardvault.IRewardVaultSettlement{ModelId: modelID, Epoch: epoch, RequestIds: requestIDs,
		InferenceCommitment: fieldHash(fmt.Sprint("inference gradients", modelID, requestIDs)),
		NewPayoutRoot:       tree.Root(), Distributed: distributed}
	inputs, err := bind.Call(s.VaultC, nil, Vault.PackPublicInputs(st), Vault.UnpackPublicInputs)
	if err != nil {
		return nil, fmt.Errorf("scenario: public inputs: %w", chain.DecodeRevert(err, deploy.ABIs()...))
	}
	proof, err := bind.Call(s.verifierC, nil, verifier.PackProofFor(inputs), verifier.UnpackProofFor)
	if err != nil {
		return nil, err
	}
	r, err := s.Send(ctx, oracle, s.VaultC, Vault.PackSettle(st, proof))
	if err != nil {
		return nil, err
	}
	ev, err := find(r, Vault.UnpackSettledEvent)
	if err != nil {
		return nil, err
	}
	return &Settlement{ModelID: modelID, BatchID: ev.BatchId, Epoch: epoch, Tree: tree, Leaves: leaves,
		RequestIDs: requestIDs, PublicInputs: inputs, Receipt: r}, nil
}

// SetFeeSplit changes the vault's fee split (the deployer is governance).
func (s *Suite) SetFeeSplit(ctx context.Context, split rewardvault.IRewardVaultFeeSplit) error {
	_, err := s.Send(ctx, s.Deployer, s.VaultC, Vault.PackSetFeeSplit(split))
	return err
}

// SetInferenceFee changes what the model charges per request (from its owner).
func (s *Suite) SetInferenceFee(ctx context.Context, owner devchain.Account, modelID, fee *big.Int) error {
	_, err := s.Send(ctx, owner, s.MdC, Models.PackSetInferenceFee(modelID, fee))
	return err
}

// ClaimLeaves are leaves with proofs, as RewardVault.claim takes them.
func ClaimLeaves(tree *payout.Tree, leaves ...payout.Leaf) ([]rewardvault.IRewardVaultPayoutLeaf, error) {
	out := make([]rewardvault.IRewardVaultPayoutLeaf, len(leaves))
	for i, l := range leaves {
		p, err := tree.Proof(l.Index)
		if err != nil {
			return nil, err
		}
		proof := make([][32]byte, len(p))
		for j, h := range p {
			proof[j] = h
		}
		out[i] = rewardvault.IRewardVaultPayoutLeaf{Index: l.Index, Cumulative: l.Cumulative, Proof: proof}
	}
	return out, nil
}

// Claim claims the given leaves for the caller.
func (s *Suite) Claim(ctx context.Context, who devchain.Account, modelID *big.Int, leaves []rewardvault.IRewardVaultPayoutLeaf) (*types.Receipt, error) {
	return s.Send(ctx, who, s.VaultC, Vault.PackClaim(modelID, leaves))
}

// Balance is an account's OPEN balance.
func (s *Suite) Balance(account common.Address) (*big.Int, error) {
	return bind.Call(s.TokenC, nil, Token.PackBalanceOf(account), Token.UnpackBalanceOf)
}

func find[E any](r *types.Receipt, unpack func(*types.Log) (*E, error)) (*E, error) {
	for _, l := range r.Logs {
		if ev, err := unpack(l); err == nil {
			return ev, nil
		}
	}
	return nil, fmt.Errorf("scenario: transaction %s emitted no such event", r.TxHash)
}
