// Package loadgen fills a local anvil with the suite's busiest events — contributions and the
// votes that finalize them — fast enough to benchmark the indexer: transactions are signed locally,
// sent in JSON-RPC batches with automine off and mined a batch per block. Local chains only (it
// uses anvil_setBalance and devchain's publicly derivable keys).
package loadgen

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/open-attribution/poa/bindings/datanetregistry"
	"github.com/open-attribution/poa/internal/deploy"
	"github.com/open-attribution/poa/internal/devchain"
	"github.com/open-attribution/poa/internal/indexer/scenario"
)

// Config sizes the load.
type Config struct {
	RPC           string
	Datanets      int // datanets, each with two validators and quorum 1
	Contributors  int
	Contributions int
	RejectEvery   int // every n-th contribution is rejected (its bond forfeited)
	BatchTxs      int // transactions sent per JSON-RPC batch and mined per block
	Logger        *slog.Logger
}

// Result says what was generated.
type Result struct {
	ChainID                                   uint64
	Addresses                                 deploy.Addresses
	FirstBlock, LastBlock, Transactions, Logs uint64
	Elapsed                                   time.Duration
}

// WriteDeployment writes the addresses as Deploy.s.sol's DEPLOYMENT_OUT does, for --addresses.
func (r *Result) WriteDeployment(path string) error {
	out := map[string]any{"chainId": r.ChainID, "openToken": r.Addresses.OpenToken, "datanetRegistry": r.Addresses.DatanetRegistry,
		"modelRegistry": r.Addresses.ModelRegistry, "rewardVault": r.Addresses.RewardVault, "startBlock": r.FirstBlock}
	b, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

const gasPrice = 100_000_000_000 // 100 gwei: above any base fee a local chain reaches

// gen is one generation run.
type gen struct {
	cfg     Config
	rc      *rpc.Client
	ec      *ethclient.Client
	chainID *big.Int
	signer  types.Signer
	nonces  map[common.Address]uint64
	sent    uint64
	log     *slog.Logger
}

// Run deploys a fresh suite and generates the load.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	if cfg.Datanets <= 0 || cfg.Contributors <= 0 || cfg.Contributions <= 0 || cfg.BatchTxs <= 0 {
		return nil, errors.New("loadgen: datanets, contributors, contributions and batch size must be positive")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	rc, err := rpc.DialContext(ctx, cfg.RPC)
	if err != nil {
		return nil, fmt.Errorf("loadgen: %w", err)
	}
	defer rc.Close()
	g := &gen{cfg: cfg, rc: rc, ec: ethclient.NewClient(rc), nonces: map[common.Address]uint64{}, log: cfg.Logger}
	if g.chainID, err = g.ec.ChainID(ctx); err != nil {
		return nil, fmt.Errorf("loadgen: %w", err)
	}
	g.signer = types.LatestSignerForChainID(g.chainID)
	start := time.Now()
	res, err := g.run(ctx)
	if res != nil {
		res.Elapsed = time.Since(start)
	}
	// Leave anvil mining on its own again, whatever happened.
	_ = rc.CallContext(context.Background(), nil, "evm_setAutomine", true)
	return res, err
}

func (g *gen) run(ctx context.Context) (*Result, error) {
	ether := (*hexutil.Big)(new(big.Int).Exp(big.NewInt(10), big.NewInt(24), nil))
	fund := func(ctx context.Context, a common.Address) error {
		return g.rc.CallContext(ctx, nil, "anvil_setBalance", a, ether)
	}
	deployer := devchain.NewAccount("loadgen deployer")
	first, err := g.ec.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	s, err := scenario.Deploy(ctx, scenario.Chain{Backend: g.ec, ChainID: g.chainID, Fund: fund}, deployer, deployer.Address)
	if err != nil {
		return nil, err
	}
	contributors := make([]devchain.Account, g.cfg.Contributors)
	for i := range contributors {
		contributors[i] = devchain.NewAccount(fmt.Sprintf("loadgen contributor %d", i))
		if err := fund(ctx, contributors[i].Address); err != nil {
			return nil, fmt.Errorf("loadgen: funding: %w", err)
		}
	}
	bond := scenario.Open(1)
	validators := make([][2]devchain.Account, g.cfg.Datanets)
	datanets := make([]*big.Int, g.cfg.Datanets)
	for d := range datanets {
		for j := range validators[d] {
			validators[d][j] = devchain.NewAccount(fmt.Sprintf("loadgen validator %d/%d", d, j))
			if err := fund(ctx, validators[d][j].Address); err != nil {
				return nil, err
			}
		}
		if datanets[d], err = s.CreateDatanet(ctx, deployer, datanetregistry.IDatanetRegistryDatanetParams{
			MetadataURI: fmt.Sprintf("ipfs://bench/%d", d), Kind: uint8(d % 4), Bond: bond, ForfeitBondOnReject: true,
			Validators: []common.Address{validators[d][0].Address, validators[d][1].Address}, Quorum: 1}); err != nil {
			return nil, err
		}
		unlimited := datanetregistry.IDatanetRegistryQuota{FilesPerContributorPerDay: math.MaxUint32,
			BytesPerContributorPerDay: math.MaxUint64, BytesPerDatanetPerDay: math.MaxUint64}
		if _, err := s.Send(ctx, deployer, s.DnC, scenario.Datanets.PackSetQuota(datanets[d], unlimited)); err != nil {
			return nil, err
		}
	}
	if err := g.rc.CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
		return nil, fmt.Errorf("loadgen: evm_setAutomine (is this anvil?): %w", err)
	}
	// Tokens for bonds and unlimited allowances.
	perContributor := new(big.Int).Mul(bond, big.NewInt(int64(g.cfg.Contributions/g.cfg.Contributors+2)))
	var setup []*types.Transaction
	for _, c := range contributors {
		setup = append(setup, g.tx(deployer, s.Addrs.OpenToken, scenario.Token.PackTransfer(c.Address, perContributor), 100_000))
		setup = append(setup, g.tx(c, s.Addrs.OpenToken, scenario.Token.PackApprove(s.Addrs.DatanetRegistry, abiMax()), 100_000))
	}
	if err := g.sendAll(ctx, setup); err != nil {
		return nil, err
	}
	g.log.Info("contributing", "contributions", g.cfg.Contributions, "contributors", g.cfg.Contributors, "datanets", g.cfg.Datanets)
	var txs []*types.Transaction
	for i := 0; i < g.cfg.Contributions; i++ {
		c := contributors[i%len(contributors)]
		hash := sha256.Sum256([]byte(fmt.Sprintf("bench file %d", i)))
		data := scenario.Datanets.PackContribute(datanets[i%len(datanets)], hash, uint32(1000+i%4096), fmt.Sprintf("ipfs://bench/file/%d", i))
		txs = append(txs, g.tx(c, s.Addrs.DatanetRegistry, data, 400_000))
	}
	if err := g.sendAll(ctx, txs); err != nil {
		return nil, err
	}
	// Contribution ids follow mining order; read them back to vote on each.
	head, err := g.ec.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	submitted, err := g.logs(ctx, s.Addrs.DatanetRegistry, first, head, scenario.Datanets.GetABI().Events["ContributionSubmitted"].ID)
	if err != nil {
		return nil, err
	}
	if len(submitted) != g.cfg.Contributions {
		return nil, fmt.Errorf("loadgen: %d of %d contributions succeeded", len(submitted), g.cfg.Contributions)
	}
	g.log.Info("voting", "votes", len(submitted))
	txs = txs[:0]
	for _, l := range submitted {
		id, dn := l.Topics[1].Big(), l.Topics[2].Big()
		d := int(dn.Int64()) - int(datanets[0].Int64())
		v := validators[d][id.Int64()%2]
		accept := g.cfg.RejectEvery <= 0 || id.Int64()%int64(g.cfg.RejectEvery) != 0
		txs = append(txs, g.tx(v, s.Addrs.DatanetRegistry, scenario.Datanets.PackVote(id, accept), 400_000))
	}
	if err := g.sendAll(ctx, txs); err != nil {
		return nil, err
	}
	last, err := g.ec.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	finalized, err := g.logs(ctx, s.Addrs.DatanetRegistry, first, last, scenario.Datanets.GetABI().Events["ContributionFinalized"].ID)
	if err != nil {
		return nil, err
	}
	if len(finalized) != g.cfg.Contributions {
		return nil, fmt.Errorf("loadgen: %d of %d votes finalized their contribution", len(finalized), g.cfg.Contributions)
	}
	all, err := g.logs(ctx, common.Address{}, first, last, common.Hash{}, s.Addrs.OpenToken, s.Addrs.DatanetRegistry,
		s.Addrs.ModelRegistry, s.Addrs.RewardVault)
	if err != nil {
		return nil, err
	}
	return &Result{ChainID: g.chainID.Uint64(), Addresses: s.Addrs, FirstBlock: first + 1, LastBlock: last,
		Transactions: g.sent, Logs: uint64(len(all))}, nil
}

func abiMax() *big.Int { return new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1)) }

// tx signs a call with the account's next nonce.
func (g *gen) tx(from devchain.Account, to common.Address, data []byte, gas uint64) *types.Transaction {
	nonce, ok := g.nonces[from.Address]
	if !ok {
		n, err := g.ec.PendingNonceAt(context.Background(), from.Address)
		if err == nil {
			nonce = n
		}
	}
	g.nonces[from.Address] = nonce + 1
	tx, err := types.SignNewTx(from.Key, g.signer, &types.LegacyTx{Nonce: nonce, To: &to, Gas: gas,
		GasPrice: big.NewInt(gasPrice), Data: data})
	if err != nil {
		panic(fmt.Sprintf("loadgen: signing: %v", err)) // only a malformed key fails, and devchain keys are valid
	}
	return tx
}

// sendAll sends transactions in batches, mining each batch until the pool is empty.
func (g *gen) sendAll(ctx context.Context, txs []*types.Transaction) error {
	for len(txs) > 0 {
		n := min(g.cfg.BatchTxs, len(txs))
		elems := make([]rpc.BatchElem, n)
		for i, tx := range txs[:n] {
			raw, err := tx.MarshalBinary()
			if err != nil {
				return err
			}
			elems[i] = rpc.BatchElem{Method: "eth_sendRawTransaction", Args: []any{hexutil.Bytes(raw)}, Result: new(common.Hash)}
		}
		if err := g.rc.BatchCallContext(ctx, elems); err != nil {
			return fmt.Errorf("loadgen: sending: %w", err)
		}
		for _, e := range elems {
			if e.Error != nil {
				return fmt.Errorf("loadgen: sending: %w", e.Error)
			}
		}
		g.sent += uint64(n)
		if err := g.mine(ctx); err != nil {
			return err
		}
		txs = txs[n:]
	}
	return nil
}

func (g *gen) mine(ctx context.Context) error {
	for range 1000 {
		if err := g.rc.CallContext(ctx, nil, "evm_mine"); err != nil {
			return fmt.Errorf("loadgen: evm_mine: %w", err)
		}
		var status struct {
			Pending hexutil.Uint64 `json:"pending"`
		}
		if err := g.rc.CallContext(ctx, &status, "txpool_status"); err != nil {
			return fmt.Errorf("loadgen: txpool_status: %w", err)
		}
		if status.Pending == 0 {
			return nil
		}
	}
	return errors.New("loadgen: transactions stay pending (out of gas or nonce gaps?)")
}

// logs reads logs of a range in chunks; a zero address means all the given addresses.
func (g *gen) logs(ctx context.Context, addr common.Address, from, to uint64, topic common.Hash, more ...common.Address) ([]types.Log, error) {
	q := ethereum.FilterQuery{}
	if addr != (common.Address{}) {
		q.Addresses = []common.Address{addr}
	}
	q.Addresses = append(q.Addresses, more...)
	if topic != (common.Hash{}) {
		q.Topics = [][]common.Hash{{topic}}
	}
	var out []types.Log
	const chunk = 5000
	for start := from; start <= to; start += chunk {
		q.FromBlock, q.ToBlock = new(big.Int).SetUint64(start), new(big.Int).SetUint64(min(to, start+chunk-1))
		logs, err := g.ec.FilterLogs(ctx, q)
		if err != nil {
			return nil, fmt.Errorf("loadgen: reading logs: %w", err)
		}
		out = append(out, logs...)
	}
	return out, nil
}
