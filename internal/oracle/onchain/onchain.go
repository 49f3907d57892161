// Package onchain reads what the oracle needs from the suite's contracts (datanets, contributions,
// requests, epochs, payout roots) and scans ModelRegistry's InferenceRequested events into the
// database.
package onchain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/open-attribution/poa/bindings/datanetregistry"
	"github.com/open-attribution/poa/bindings/modelregistry"
	"github.com/open-attribution/poa/bindings/rewardvault"
	"github.com/open-attribution/poa/internal/chain"
	"github.com/open-attribution/poa/internal/deploy"
	"github.com/open-attribution/poa/internal/oracle/chainio"
)

// Suite is the deployed contracts the oracle talks to.
type Suite struct {
	Client  *chainio.Client
	Addrs   deploy.Addresses
	ChainID *big.Int

	DatanetABI *datanetregistry.DatanetRegistry
	ModelABI   *modelregistry.ModelRegistry
	VaultABI   *rewardvault.RewardVault
	Datanets   *bind.BoundContract
	Models     *bind.BoundContract
	Vault      *bind.BoundContract
}

// New binds the contracts; the token address is read from the model registry.
func New(ctx context.Context, client *chainio.Client, datanets, models, vault common.Address, wantChainID uint64) (*Suite, error) {
	id, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("onchain: chain id: %w", err)
	}
	if wantChainID != 0 && id.Uint64() != wantChainID {
		return nil, fmt.Errorf("onchain: endpoint %s is chain %s, configuration says %d", client.URL(), id, wantChainID)
	}
	s := &Suite{Client: client, ChainID: id, Addrs: deploy.Addresses{DatanetRegistry: datanets, ModelRegistry: models, RewardVault: vault},
		DatanetABI: datanetregistry.NewDatanetRegistry(), ModelABI: modelregistry.NewModelRegistry(), VaultABI: rewardvault.NewRewardVault()}
	s.Datanets = s.DatanetABI.Instance(client, datanets)
	s.Models = s.ModelABI.Instance(client, models)
	s.Vault = s.VaultABI.Instance(client, vault)
	for name, a := range map[string]common.Address{"datanet_registry": datanets, "model_registry": models, "reward_vault": vault} {
		code, err := client.CodeAt(ctx, a, nil)
		if err != nil {
			return nil, fmt.Errorf("onchain: code of %s: %w", name, err)
		}
		if len(code) == 0 {
			return nil, fmt.Errorf("onchain: no contract at %s %s on chain %s", name, a, id)
		}
	}
	if s.Addrs.OpenToken, err = bind.Call(s.Models, nil, s.ModelABI.PackToken(), s.ModelABI.UnpackToken); err != nil {
		return nil, fmt.Errorf("onchain: token: %w", s.decode(err))
	}
	return s, nil
}

func (s *Suite) decode(err error) error { return chain.DecodeRevert(err, deploy.ABIs()...) }

func call[T any](s *Suite, c *bind.BoundContract, what string, data []byte, unpack func([]byte) (T, error)) (T, error) {
	v, err := bind.Call(c, &bind.CallOpts{}, data, unpack)
	if err != nil {
		var zero T
		return zero, fmt.Errorf("onchain: %s: %w", what, s.decode(err))
	}
	return v, nil
}

// Datanet reads a datanet; an unknown id has a zero owner.
func (s *Suite) Datanet(ctx context.Context, id uint64) (datanetregistry.IDatanetRegistryDatanet, error) {
	return call(s, s.Datanets, fmt.Sprintf("datanet %d", id), s.DatanetABI.PackDatanet(new(big.Int).SetUint64(id)), s.DatanetABI.UnpackDatanet)
}

// ErrUnknownContribution means the registry has no such contribution.
var ErrUnknownContribution = errors.New("onchain: unknown contribution")

// Contribution reads a contribution.
func (s *Suite) Contribution(ctx context.Context, id uint64) (datanetregistry.IDatanetRegistryContribution, error) {
	c, err := call(s, s.Datanets, fmt.Sprintf("contribution %d", id), s.DatanetABI.PackContribution(new(big.Int).SetUint64(id)), s.DatanetABI.UnpackContribution)
	if err == nil && c.Status == 0 {
		return c, fmt.Errorf("%w: %d", ErrUnknownContribution, id)
	}
	if chain.IsRevert(err, "UnknownContribution") {
		return c, fmt.Errorf("%w: %d", ErrUnknownContribution, id)
	}
	return c, err
}

// AcceptedContribution returns the contribution id at an accepted index of a datanet.
func (s *Suite) AcceptedContribution(ctx context.Context, datanetID, index uint64) (uint64, error) {
	v, err := call(s, s.Datanets, fmt.Sprintf("accepted contribution %d of datanet %d", index, datanetID),
		s.DatanetABI.PackAcceptedContribution(new(big.Int).SetUint64(datanetID), new(big.Int).SetUint64(index)),
		s.DatanetABI.UnpackAcceptedContribution)
	if err != nil {
		return 0, err
	}
	return v.Uint64(), nil
}

// Request reads a vault request.
func (s *Suite) Request(ctx context.Context, id uint64) (rewardvault.IRewardVaultRequest, error) {
	return call(s, s.Vault, fmt.Sprintf("request %d", id), s.VaultABI.PackRequest(new(big.Int).SetUint64(id)), s.VaultABI.UnpackRequest)
}

// Request statuses (IRewardVault.RequestStatus).
const (
	RequestNone    = 0
	RequestPending = 1
	RequestSettled = 2
)

// CurrentEpoch is the vault's current epoch.
func (s *Suite) CurrentEpoch(ctx context.Context) (uint64, error) {
	return call(s, s.Vault, "current epoch", s.VaultABI.PackCurrentEpoch(), s.VaultABI.UnpackCurrentEpoch)
}

// FeeSplit is the vault's fee split.
func (s *Suite) FeeSplit(ctx context.Context) (rewardvault.IRewardVaultFeeSplit, error) {
	return call(s, s.Vault, "fee split", s.VaultABI.PackFeeSplit(), s.VaultABI.UnpackFeeSplit)
}

// BatchCount is the number of settled batches of a model.
func (s *Suite) BatchCount(ctx context.Context, modelID uint64) (uint64, error) {
	v, err := call(s, s.Vault, "batch count", s.VaultABI.PackBatchCount(new(big.Int).SetUint64(modelID)), s.VaultABI.UnpackBatchCount)
	if err != nil {
		return 0, err
	}
	return v.Uint64(), nil
}

// PayoutRoot is a model's current payout root.
func (s *Suite) PayoutRoot(ctx context.Context, modelID uint64) (common.Hash, error) {
	v, err := call(s, s.Vault, "payout root", s.VaultABI.PackPayoutRoot(new(big.Int).SetUint64(modelID)), s.VaultABI.UnpackPayoutRoot)
	return common.Hash(v), err
}

// PublicInputs asks the vault for a settlement's public inputs (as settle would compute them).
func (s *Suite) PublicInputs(ctx context.Context, st rewardvault.IRewardVaultSettlement) ([]*big.Int, error) {
	return call(s, s.Vault, "public inputs", s.VaultABI.PackPublicInputs(st), s.VaultABI.UnpackPublicInputs)
}

// Model reads a registered model.
func (s *Suite) Model(ctx context.Context, id uint64) (modelregistry.IModelRegistryModel, error) {
	return call(s, s.Models, fmt.Sprintf("model %d", id), s.ModelABI.PackModel(new(big.Int).SetUint64(id)), s.ModelABI.UnpackModel)
}

// IsOracle reports whether an account is an allowed oracle.
func (s *Suite) IsOracle(ctx context.Context, a common.Address) (bool, error) {
	return call(s, s.Models, "isOracle", s.ModelABI.PackIsOracle(a), s.ModelABI.UnpackIsOracle)
}

// InferenceRequestedTopic is the event's signature hash.
func (s *Suite) InferenceRequestedTopic() common.Hash {
	return s.ModelABI.GetABI().Events["InferenceRequested"].ID
}

// FindRequest looks up the InferenceRequested event of one request id (indexed topic) between
// fromBlock and the head; nil when there is none.
func (s *Suite) FindRequest(ctx context.Context, requestID uint64, fromBlock uint64) (*modelregistry.ModelRegistryInferenceRequested, *types.Log, error) {
	logs, err := s.Client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(fromBlock),
		Addresses: []common.Address{s.Addrs.ModelRegistry},
		Topics:    [][]common.Hash{{s.InferenceRequestedTopic()}, {common.BigToHash(new(big.Int).SetUint64(requestID))}},
	})
	if err != nil {
		return nil, nil, fmt.Errorf("onchain: looking up request %d: %w", requestID, err)
	}
	for i := range logs {
		if logs[i].Removed {
			continue
		}
		ev, err := s.ModelABI.UnpackInferenceRequestedEvent(&logs[i])
		if err == nil {
			return ev, &logs[i], nil
		}
	}
	return nil, nil, nil
}
