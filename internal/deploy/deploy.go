// Package deploy deploys the contract suite (OpenToken, DatanetRegistry, ModelRegistry, RewardVault)
// from Go, for tests, the oracle and local demos.
package deploy

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/open-attribution/poa/bindings/datanetregistry"
	"github.com/open-attribution/poa/bindings/modelregistry"
	"github.com/open-attribution/poa/bindings/opentoken"
	"github.com/open-attribution/poa/bindings/rewardvault"
	"github.com/open-attribution/poa/internal/chain"
)

// DefaultEpochLength is the reward epoch length of a fresh deployment, in seconds.
const DefaultEpochLength = 24 * 60 * 60

// Config names the accounts a deployment hands roles to. Zero addresses default to the sender.
type Config struct {
	Admin       common.Address // governance owner (a timelock in production)
	Treasury    common.Address // receives forfeited bonds and the treasury share
	TokenHolder common.Address // receives the fixed OPEN supply
	Verifier    common.Address // IScoreVerifier the vault checks settlement proofs with (required)
	EpochLength uint64         // seconds; 0 means DefaultEpochLength
}

// Addresses of a deployed suite.
type Addresses struct {
	OpenToken       common.Address `json:"openToken"`
	DatanetRegistry common.Address `json:"datanetRegistry"`
	ModelRegistry   common.Address `json:"modelRegistry"`
	RewardVault     common.Address `json:"rewardVault"`
}

// ABIs returns the parsed ABIs of the suite, for decoding custom errors.
func ABIs() []*abi.ABI {
	return []*abi.ABI{
		ptr(rewardvault.NewRewardVault().GetABI()),
		ptr(modelregistry.NewModelRegistry().GetABI()),
		ptr(datanetregistry.NewDatanetRegistry().GetABI()),
		ptr(opentoken.NewOpenToken().GetABI()),
	}
}

func ptr(a abi.ABI) *abi.ABI { return &a }

// Suite deploys the four contracts in order. The model registry and the vault hold each other as
// immutables, so the vault's address is predicted from the sender's nonce before the registry is
// deployed; the sender must not send other transactions concurrently.
func Suite(ctx context.Context, s *chain.Sender, cfg Config) (Addresses, error) {
	if cfg.Verifier == (common.Address{}) {
		return Addresses{}, fmt.Errorf("deploy: a score verifier address is required")
	}
	from := s.From()
	admin := orDefault(cfg.Admin, from)
	treasury := orDefault(cfg.Treasury, admin)
	holder := orDefault(cfg.TokenHolder, from)
	epochLength := cfg.EpochLength
	if epochLength == 0 {
		epochLength = DefaultEpochLength
	}

	var out Addresses
	var err error
	if out.OpenToken, err = deploy(ctx, s, "OpenToken", opentoken.OpenTokenMetaData.Bin,
		opentoken.NewOpenToken().PackConstructor(holder)); err != nil {
		return out, err
	}
	if out.DatanetRegistry, err = deploy(ctx, s, "DatanetRegistry", datanetregistry.DatanetRegistryMetaData.Bin,
		datanetregistry.NewDatanetRegistry().PackConstructor(out.OpenToken, treasury, admin)); err != nil {
		return out, err
	}
	nonce, err := s.Backend.PendingNonceAt(ctx, from)
	if err != nil {
		return out, fmt.Errorf("deploy: reading nonce of %s: %w", from, err)
	}
	predictedVault := crypto.CreateAddress(from, nonce+1)
	if out.ModelRegistry, err = deploy(ctx, s, "ModelRegistry", modelregistry.ModelRegistryMetaData.Bin,
		modelregistry.NewModelRegistry().PackConstructor(out.DatanetRegistry, predictedVault, out.OpenToken, admin)); err != nil {
		return out, err
	}
	if out.RewardVault, err = deploy(ctx, s, "RewardVault", rewardvault.RewardVaultMetaData.Bin,
		rewardvault.NewRewardVault().PackConstructor(out.OpenToken, out.ModelRegistry, out.DatanetRegistry,
			cfg.Verifier, treasury, epochLength, admin)); err != nil {
		return out, err
	}
	if out.RewardVault != predictedVault {
		return out, fmt.Errorf("deploy: vault deployed at %s, model registry expects %s (was another transaction sent from %s?)",
			out.RewardVault, predictedVault, from)
	}
	return out, nil
}

func deploy(ctx context.Context, s *chain.Sender, name, bin string, input []byte) (common.Address, error) {
	addr, _, err := s.Deploy(ctx, common.FromHex(bin), input)
	if err != nil {
		return common.Address{}, fmt.Errorf("deploy %s: %w", name, err)
	}
	return addr, nil
}

func orDefault(a, def common.Address) common.Address {
	if a == (common.Address{}) {
		return def
	}
	return a
}
