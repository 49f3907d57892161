package audit

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/open-attribution/poa/bindings/datanetregistry"
	"github.com/open-attribution/poa/bindings/modelregistry"
	"github.com/open-attribution/poa/bindings/rewardvault"
)

// Chain is what the audit reads from a node: calls (also at past blocks), logs and transactions.
// go-ethereum's ethclient.Client is one.
type Chain interface {
	bind.ContractBackend
	ChainID(ctx context.Context) (*big.Int, error)
	BlockNumber(ctx context.Context) (uint64, error)
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
}

// scoreVerifierABI is the part of Groth16ScoreVerifier the audit calls. There is no generated
// binding for the adapter (it is deployed from soliditygen's compiled artifacts), and these two
// views are all the audit needs.
const scoreVerifierABI = `[
 {"type":"function","name":"verifyingKeyHash","inputs":[],"outputs":[{"name":"","type":"bytes32"}],"stateMutability":"view"},
 {"type":"function","name":"publicInputCount","inputs":[],"outputs":[{"name":"","type":"uint256"}],"stateMutability":"view"}]`

// suite is the deployed contracts the audit reads.
type suite struct {
	chain   Chain
	chainID *big.Int
	head    uint64

	vaultAddr, modelsAddr, datanetsAddr common.Address
	vaultABI                            *rewardvault.RewardVault
	modelABI                            *modelregistry.ModelRegistry
	datanetABI                          *datanetregistry.DatanetRegistry
	verifierABI                         abi.ABI
	vault, models, datanets             *bind.BoundContract

	fromBlock, logRange uint64
}

// bindSuite binds the vault and the registries it names: the audit needs one address only.
func bindSuite(ctx context.Context, c Chain, vault common.Address, fromBlock, logRange uint64) (*suite, error) {
	s := &suite{chain: c, vaultAddr: vault, vaultABI: rewardvault.NewRewardVault(), modelABI: modelregistry.NewModelRegistry(),
		datanetABI: datanetregistry.NewDatanetRegistry(), fromBlock: fromBlock, logRange: max(logRange, 1)}
	var err error
	if s.verifierABI, err = abi.JSON(strings.NewReader(scoreVerifierABI)); err != nil {
		return nil, fmt.Errorf("audit: verifier ABI: %w", err)
	}
	if s.chainID, err = c.ChainID(ctx); err != nil {
		return nil, fmt.Errorf("audit: chain id: %w", err)
	}
	if s.head, err = c.BlockNumber(ctx); err != nil {
		return nil, fmt.Errorf("audit: head block: %w", err)
	}
	code, err := c.CodeAt(ctx, vault, nil)
	if err != nil {
		return nil, fmt.Errorf("audit: code of the reward vault %s: %w", vault, err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("audit: no contract at the reward vault address %s on chain %s", vault, s.chainID)
	}
	s.vault = s.vaultABI.Instance(c, vault)
	if s.modelsAddr, err = bind.Call(s.vault, nil, s.vaultABI.PackModelRegistry(), s.vaultABI.UnpackModelRegistry); err != nil {
		return nil, fmt.Errorf("audit: the vault's model registry: %w", err)
	}
	if s.datanetsAddr, err = bind.Call(s.vault, nil, s.vaultABI.PackDatanetRegistry(), s.vaultABI.UnpackDatanetRegistry); err != nil {
		return nil, fmt.Errorf("audit: the vault's datanet registry: %w", err)
	}
	s.models = s.modelABI.Instance(c, s.modelsAddr)
	s.datanets = s.datanetABI.Instance(c, s.datanetsAddr)
	return s, nil
}

// logs runs a filter from fromBlock to the head in logRange-sized chunks (nodes refuse long ranges).
func (s *suite) logs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	var out []types.Log
	for from := s.fromBlock; from <= s.head; from += s.logRange {
		to := min(from+s.logRange-1, s.head)
		q.FromBlock, q.ToBlock = new(big.Int).SetUint64(from), new(big.Int).SetUint64(to)
		ls, err := s.chain.FilterLogs(ctx, q)
		if err != nil {
			return nil, fmt.Errorf("audit: reading logs of blocks %d..%d: %w", from, to, err)
		}
		for _, l := range ls {
			if !l.Removed {
				out = append(out, l)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return before(out[i], out[j]) })
	return out, nil
}

// before orders logs as the chain executed them.
func before(a, b types.Log) bool {
	if a.BlockNumber != b.BlockNumber {
		return a.BlockNumber < b.BlockNumber
	}
	return a.Index < b.Index
}

func u256(x uint64) common.Hash { return common.BigToHash(new(big.Int).SetUint64(x)) }

// settled is one Settled event with what the chain says around it.
type settled struct {
	ev     *rewardvault.RewardVaultSettled
	log    types.Log
	split  *rewardvault.RewardVaultSettlementSplit // same transaction
	status string                                  // finalized, pending (in the challenge window) or voided
}

// history is what the vault logged that the audit of one model needs.
type history struct {
	batches   map[uint64]*settled
	feeSplits []*rewardvault.RewardVaultFeeSplitUpdated
	verifiers []*rewardvault.RewardVaultVerifierUpdated
}

// Batch statuses in the report.
const (
	StatusFinalized = "finalized"
	StatusPending   = "pending"
	StatusVoided    = "voided"
)

// readHistory reads the model's settlements and their lifecycle, and the vault's fee-split and
// verifier changes (both are logged from the constructor on, so the history is complete).
func (s *suite) readHistory(ctx context.Context, modelID uint64) (*history, error) {
	ev := s.vaultABI.GetABI().Events
	h := &history{batches: map[uint64]*settled{}}
	modelLogs, err := s.logs(ctx, ethereum.FilterQuery{Addresses: []common.Address{s.vaultAddr},
		Topics: [][]common.Hash{{ev["Settled"].ID, ev["SettlementSplit"].ID, ev["BatchFinalized"].ID, ev["RequestsReopened"].ID}, {u256(modelID)}}})
	if err != nil {
		return nil, err
	}
	// Without a settlement guard the vault emits BatchFinalized before Settled (in settle itself),
	// so the lifecycle events are applied after every Settled event is known.
	var splits []*rewardvault.RewardVaultSettlementSplit
	finalized, voided := map[uint64]bool{}, map[uint64]bool{}
	for i := range modelLogs {
		l := &modelLogs[i]
		switch l.Topics[0] {
		case ev["Settled"].ID:
			e, err := s.vaultABI.UnpackSettledEvent(l)
			if err != nil {
				return nil, fmt.Errorf("audit: decoding Settled in tx %s: %w", l.TxHash, err)
			}
			h.batches[e.BatchId.Uint64()] = &settled{ev: e, log: *l, status: StatusPending}
		case ev["SettlementSplit"].ID:
			e, err := s.vaultABI.UnpackSettlementSplitEvent(l)
			if err != nil {
				return nil, fmt.Errorf("audit: decoding SettlementSplit in tx %s: %w", l.TxHash, err)
			}
			splits = append(splits, e)
		case ev["BatchFinalized"].ID:
			finalized[new(big.Int).SetBytes(l.Topics[2].Bytes()).Uint64()] = true
		case ev["RequestsReopened"].ID:
			voided[new(big.Int).SetBytes(l.Topics[2].Bytes()).Uint64()] = true
		}
	}
	for _, e := range splits {
		if b := h.batches[e.BatchId.Uint64()]; b != nil && b.log.TxHash == e.Raw.TxHash {
			b.split = e
		}
	}
	for id, b := range h.batches {
		switch {
		case voided[id]:
			b.status = StatusVoided
		case finalized[id]:
			b.status = StatusFinalized
		}
	}
	govLogs, err := s.logs(ctx, ethereum.FilterQuery{Addresses: []common.Address{s.vaultAddr},
		Topics: [][]common.Hash{{ev["FeeSplitUpdated"].ID, ev["VerifierUpdated"].ID}}})
	if err != nil {
		return nil, err
	}
	for i := range govLogs {
		l := &govLogs[i]
		if l.Topics[0] == ev["FeeSplitUpdated"].ID {
			e, err := s.vaultABI.UnpackFeeSplitUpdatedEvent(l)
			if err != nil {
				return nil, fmt.Errorf("audit: decoding FeeSplitUpdated in tx %s: %w", l.TxHash, err)
			}
			h.feeSplits = append(h.feeSplits, e)
		} else {
			e, err := s.vaultABI.UnpackVerifierUpdatedEvent(l)
			if err != nil {
				return nil, fmt.Errorf("audit: decoding VerifierUpdated in tx %s: %w", l.TxHash, err)
			}
			h.verifiers = append(h.verifiers, e)
		}
	}
	return h, nil
}

// splitAt is the fee split in force when the given log was emitted: the last FeeSplitUpdated
// before it (the settlement's shares use the split at settlement time).
func (h *history) splitAt(l types.Log) (rewardvault.IRewardVaultFeeSplit, bool) {
	var out *rewardvault.RewardVaultFeeSplitUpdated
	for _, e := range h.feeSplits {
		if before(*e.Raw, l) {
			out = e
		}
	}
	if out == nil {
		return rewardvault.IRewardVaultFeeSplit{}, false
	}
	return out.Split, true
}

// verifierAt is the score verifier in force when the given log was emitted, with the key hash the
// vault logged for it.
func (h *history) verifierAt(l types.Log) (*rewardvault.RewardVaultVerifierUpdated, bool) {
	var out *rewardvault.RewardVaultVerifierUpdated
	for _, e := range h.verifiers {
		if before(*e.Raw, l) {
			out = e
		}
	}
	return out, out != nil
}

// settleCall decodes the settle transaction that emitted a Settled event. ok is false when it was
// not a direct call to the vault (a multisig or another contract called it): the proof is then not
// in the transaction's own calldata.
func (s *suite) settleCall(ctx context.Context, txHash common.Hash) (st rewardvault.IRewardVaultSettlement, proof []byte, ok bool, err error) {
	tx, _, err := s.chain.TransactionByHash(ctx, txHash)
	if err != nil {
		return st, nil, false, fmt.Errorf("audit: settle transaction %s: %w", txHash, err)
	}
	m := s.vaultABI.GetABI().Methods["settle"]
	in := tx.Data()
	if tx.To() == nil || *tx.To() != s.vaultAddr || len(in) < 4 || string(in[:4]) != string(m.ID) {
		return st, nil, false, nil
	}
	vals, err := m.Inputs.Unpack(in[4:])
	if err != nil || len(vals) != 2 {
		return st, nil, false, nil
	}
	st = *abi.ConvertType(vals[0], new(rewardvault.IRewardVaultSettlement)).(*rewardvault.IRewardVaultSettlement)
	proof, isBytes := vals[1].([]byte)
	return st, proof, isBytes, nil
}

// model reads a registered model.
func (s *suite) model(ctx context.Context, id uint64) (modelregistry.IModelRegistryModel, error) {
	m, err := bind.Call(s.models, &bind.CallOpts{Context: ctx}, s.modelABI.PackModel(new(big.Int).SetUint64(id)), s.modelABI.UnpackModel)
	if err != nil {
		return m, fmt.Errorf("audit: model %d: %w", id, err)
	}
	if m.ContributionCount == 0 {
		return m, fmt.Errorf("audit: model %d is not registered", id)
	}
	return m, nil
}

// request reads a vault request.
func (s *suite) request(ctx context.Context, id uint64) (rewardvault.IRewardVaultRequest, error) {
	r, err := bind.Call(s.vault, &bind.CallOpts{Context: ctx}, s.vaultABI.PackRequest(new(big.Int).SetUint64(id)), s.vaultABI.UnpackRequest)
	if err != nil {
		return r, fmt.Errorf("audit: request %d: %w", id, err)
	}
	return r, nil
}

// inputHashes reads the InferenceRequested events of the given requests.
func (s *suite) inputHashes(ctx context.Context, ids []uint64) (map[uint64]common.Hash, error) {
	topics := make([]common.Hash, len(ids))
	for i, id := range ids {
		topics[i] = u256(id)
	}
	ls, err := s.logs(ctx, ethereum.FilterQuery{Addresses: []common.Address{s.modelsAddr},
		Topics: [][]common.Hash{{s.modelABI.GetABI().Events["InferenceRequested"].ID}, topics}})
	if err != nil {
		return nil, err
	}
	out := map[uint64]common.Hash{}
	for i := range ls {
		e, err := s.modelABI.UnpackInferenceRequestedEvent(&ls[i])
		if err != nil {
			return nil, fmt.Errorf("audit: decoding InferenceRequested in tx %s: %w", ls[i].TxHash, err)
		}
		out[e.RequestId.Uint64()] = e.InputHash
	}
	return out, nil
}

// contributor is the contribution at an accepted index of a datanet and who contributed it.
type contributor struct {
	id      uint64
	account common.Address
}

// contributors reads the first n accepted contributions of a datanet from the registry: who the
// payout tree must pay for each accepted index.
func (s *suite) contributors(ctx context.Context, datanetID uint64, n uint64) ([]contributor, error) {
	out := make([]contributor, n)
	opts := &bind.CallOpts{Context: ctx}
	for k := uint64(0); k < n; k++ {
		id, err := bind.Call(s.datanets, opts, s.datanetABI.PackAcceptedContribution(new(big.Int).SetUint64(datanetID), new(big.Int).SetUint64(k)),
			s.datanetABI.UnpackAcceptedContribution)
		if err != nil {
			return nil, fmt.Errorf("audit: accepted contribution %d of datanet %d: %w", k, datanetID, err)
		}
		c, err := bind.Call(s.datanets, opts, s.datanetABI.PackContribution(id), s.datanetABI.UnpackContribution)
		if err != nil {
			return nil, fmt.Errorf("audit: contribution %s: %w", id, err)
		}
		out[k] = contributor{id: id.Uint64(), account: c.Contributor}
	}
	return out, nil
}

// verifierInfo reads the adapter's recorded key hash and vector length at a block.
func (s *suite) verifierInfo(ctx context.Context, verifier common.Address, block uint64) (common.Hash, uint64, error) {
	c := bind.NewBoundContract(verifier, s.verifierABI, s.chain, s.chain, s.chain)
	opts := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(block)}
	unpack := func(method string) func([]byte) ([]any, error) {
		return func(b []byte) ([]any, error) { return s.verifierABI.Unpack(method, b) }
	}
	call := func(method string) (any, error) {
		v, err := bind.Call(c, opts, s.verifierABI.Methods[method].ID, unpack(method))
		if err != nil {
			return nil, fmt.Errorf("audit: %s() of verifier %s: %w", method, verifier, err)
		}
		if len(v) != 1 {
			return nil, fmt.Errorf("audit: %s() of verifier %s returned %d values", method, verifier, len(v))
		}
		return v[0], nil
	}
	hash, err := call("verifyingKeyHash")
	if err != nil {
		return common.Hash{}, 0, err
	}
	count, err := call("publicInputCount")
	if err != nil {
		return common.Hash{}, 0, err
	}
	h, _ := hash.([32]byte)
	n, _ := count.(*big.Int)
	if n == nil {
		n = new(big.Int)
	}
	return h, n.Uint64(), nil
}
