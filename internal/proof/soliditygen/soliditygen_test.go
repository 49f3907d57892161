package soliditygen

import (
	"context"
	"crypto/sha256"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/open-attribution/poa/bindings/datanetregistry"
	"github.com/open-attribution/poa/bindings/modelregistry"
	"github.com/open-attribution/poa/bindings/opentoken"
	"github.com/open-attribution/poa/bindings/rewardvault"
	"github.com/open-attribution/poa/internal/chain"
	"github.com/open-attribution/poa/internal/deploy"
	"github.com/open-attribution/poa/internal/devchain"
	"github.com/open-attribution/poa/internal/proof"
)

var (
	deployer  = devchain.NewAccount("proof deployer")
	oracle    = devchain.NewAccount("proof oracle")
	validator = devchain.NewAccount("proof validator")
	user      = devchain.NewAccount("proof user")
	alice     = devchain.NewAccount("proof alice")
	bob       = devchain.NewAccount("proof bob")
	carol     = devchain.NewAccount("proof carol")
	actors    = []devchain.Account{deployer, oracle, validator, user, alice, bob, carol}

	tokenABI   = opentoken.NewOpenToken()
	datanetABI = datanetregistry.NewDatanetRegistry()
	modelABI   = modelregistry.NewModelRegistry()
	vaultABI   = rewardvault.NewRewardVault()
)

func open(x int64) *big.Int { return new(big.Int).Mul(big.NewInt(x), big.NewInt(1e18)) }

type env struct {
	t      *testing.T
	sim    *simulated.Backend
	client simulated.Client
	chain  *big.Int
}

func (e *env) sender(a devchain.Account) *chain.Sender {
	return &chain.Sender{Backend: e.client, Auth: a.Transactor(e.chain), Mine: func() { e.sim.Commit() }, ABIs: deploy.ABIs()}
}

func (e *env) send(from devchain.Account, c *bind.BoundContract, data []byte) *types.Receipt {
	e.t.Helper()
	r, err := e.sender(from).Transact(context.Background(), c, data)
	if err != nil {
		e.t.Fatalf("%s: %v", from.Name, err)
	}
	return r
}

// newMainnetRulesBackend is devchain.NewSimulated on the forks live on mainnet (through Osaka): the dev
// chain's default also enables a later fork whose state-growth pricing makes every new storage slot far
// dearer, which would misstate the gas numbers this test reports.
func newMainnetRulesBackend(accounts ...devchain.Account) *simulated.Backend {
	alloc := types.GenesisAlloc{}
	for _, a := range accounts {
		alloc[a.Address] = types.Account{Balance: new(big.Int).Exp(big.NewInt(10), big.NewInt(21), nil)}
	}
	return simulated.NewBackend(alloc, simulated.WithBlockGasLimit(30_000_000), func(_ *node.Config, eth *ethconfig.Config) {
		cfg := *eth.Genesis.Config
		cfg.BogotaTime = nil
		eth.Genesis.Config = &cfg
	})
}

func event[E any](t *testing.T, r *types.Receipt, unpack func(*types.Log) (*E, error)) *E {
	t.Helper()
	for _, l := range r.Logs {
		if ev, err := unpack(l); err == nil {
			return ev
		}
	}
	t.Fatalf("receipt %s has no such event", r.TxHash)
	return nil
}

// TestRealVerifierSettlesAndPays generates keys for a tiny circuit, exports, compiles and deploys gnark's
// verifier and the adapter on the simulated backend, deploys the suite with the adapter as its verifier,
// settles two batches with real proofs (the second on top of the first's root) and claims against the
// proven roots. An altered public input reverts with ProofRejected.
func TestRealVerifierSettlesAndPays(t *testing.T) {
	if testing.Short() {
		t.Skip("Groth16 setup skipped in -short mode")
	}
	runFlow(t, proof.Sizes{Contributions: 4, Batch: 2, Layers: []int{3}}, [][][]int64{
		{{30000, -1000, 500}, {-500, 30000, -20000}},
		{{1000, 1000, -30000}},
	})
}

// TestSettlementGas measures settlements of 16 requests with the real verifier (POA_GAS_BENCH=1; the
// circuit's batch size M = 16 fixes the public vector's length, its other sizes do not change the gas).
// The first settlement of a model creates its book, credit and pool slots; the second is the steady state.
func TestSettlementGas(t *testing.T) {
	if os.Getenv("POA_GAS_BENCH") == "" {
		t.Skip("set POA_GAS_BENCH=1")
	}
	batch := func(offset int64) [][]int64 {
		queries := make([][]int64, 16)
		for i := range queries {
			k := int64(i) + offset
			queries[i] = []int64{1000 * (k + 1), -700 * k, 30000 - 2000*k}
		}
		return queries
	}
	runFlow(t, proof.Sizes{Contributions: 4, Batch: 16, Layers: []int{3}}, [][][]int64{batch(0), batch(3)})
}

func runFlow(t *testing.T, sizes proof.Sizes, batches [][][]int64) {
	ctx := context.Background()
	keys, err := proof.Setup(sizes)
	if err != nil {
		t.Fatal(err)
	}
	comp, err := FindCompiler(".")
	if err != nil {
		t.Fatal(err)
	}
	contracts, err := comp.Build(ctx, keys.VK)
	if err != nil {
		t.Fatal(err)
	}

	sim := newMainnetRulesBackend(actors...)
	t.Cleanup(func() { sim.Close() })
	e := &env{t: t, sim: sim, client: sim.Client()}
	if e.chain, err = e.client.ChainID(ctx); err != nil {
		t.Fatal(err)
	}
	dep, err := Deploy(ctx, e.sender(deployer), contracts, sizes, keys.VK)
	if err != nil {
		t.Fatal(err)
	}
	adapter := bind.NewBoundContract(dep.Adapter, contracts.Adapter.ABI, e.client, e.client, e.client)
	var got [32]byte
	if err := adapter.Call(&bind.CallOpts{}, &[]any{&got}, "verifyingKeyHash"); err != nil {
		t.Fatal(err)
	}
	if common.Hash(got) != dep.VerifyingKey {
		t.Fatalf("adapter records key hash %x, want %x", got, dep.VerifyingKey)
	}
	addrs, err := deploy.Suite(ctx, e.sender(deployer), deploy.Config{Verifier: dep.Adapter})
	if err != nil {
		t.Fatal(err)
	}
	tok := tokenABI.Instance(e.client, addrs.OpenToken)
	dn := datanetABI.Instance(e.client, addrs.DatanetRegistry)
	md := modelABI.Instance(e.client, addrs.ModelRegistry)
	vlt := vaultABI.Instance(e.client, addrs.RewardVault)

	e.send(deployer, md, modelABI.PackSetOracle(oracle.Address, true))
	e.send(deployer, tok, tokenABI.PackTransfer(user.Address, open(100)))
	r := e.send(deployer, dn, datanetABI.PackCreateDatanet(datanetregistry.IDatanetRegistryDatanetParams{
		MetadataURI: "ipfs://proof", Kind: 3, Bond: big.NewInt(0),
		Validators: []common.Address{validator.Address}, Quorum: 1,
	}))
	datanetID := event(t, r, datanetABI.UnpackDatanetCreatedEvent).DatanetId
	contributors := []devchain.Account{alice, bob, carol}
	for i, c := range contributors {
		h := sha256.Sum256([]byte{byte(i)})
		r := e.send(c, dn, datanetABI.PackContribute(datanetID, h, 100, "ipfs://c"))
		id := event(t, r, datanetABI.UnpackContributionSubmittedEvent).ContributionId
		e.send(validator, dn, datanetABI.PackVote(id, true))
	}

	model := proof.Model{
		Accounts: []common.Address{alice.Address, bob.Address, carol.Address},
		Features: [][]int64{{40000, -1200, 300}, {-20000, 35000, 100}, {1000, 2000, -45000}},
	}
	gc, err := proof.GradientCommitment(sizes, model)
	if err != nil {
		t.Fatal(err)
	}
	r = e.send(oracle, md, modelABI.PackRegisterModel(modelregistry.IModelRegistryModelParams{
		DatanetId: datanetID, ContributionCount: 3, BaseModelId: crypto.Keccak256Hash([]byte("base")),
		AdapterHash: crypto.Keccak256Hash([]byte("adapter")), TrainingConfigHash: crypto.Keccak256Hash([]byte("config")),
		GradientCommitment: gc, Owner: deployer.Address, InferenceFee: open(1), MetadataURI: "ipfs://model",
	}))
	modelID := event(t, r, modelABI.UnpackModelRegisteredEvent).ModelId
	// A second model over the same contributions whose registered features differ in one entry.
	altered := proof.Model{Accounts: model.Accounts, Features: [][]int64{model.Features[0], model.Features[1], {1000, 2000, -45001}}}
	agc, err := proof.GradientCommitment(sizes, altered)
	if err != nil {
		t.Fatal(err)
	}
	r = e.send(oracle, md, modelABI.PackRegisterModel(modelregistry.IModelRegistryModelParams{
		DatanetId: datanetID, ContributionCount: 3, BaseModelId: crypto.Keccak256Hash([]byte("base")),
		AdapterHash: crypto.Keccak256Hash([]byte("adapter 2")), TrainingConfigHash: crypto.Keccak256Hash([]byte("config")),
		GradientCommitment: agc, Owner: deployer.Address, InferenceFee: open(1), MetadataURI: "ipfs://model2",
	}))
	otherModel := event(t, r, modelABI.UnpackModelRegisteredEvent).ModelId
	e.send(user, tok, tokenABI.PackApprove(addrs.RewardVault, open(1000)))
	t.Logf("%d constraints", keys.CS.GetNbConstraints())

	var previous []*big.Int
	balances := map[common.Address]*big.Int{}
	for batchID, queries := range batches {
		var ids, otherIDs []*big.Int
		var epoch uint64
		for i := range queries {
			r := e.send(user, md, modelABI.PackRequestInference(modelID, crypto.Keccak256Hash([]byte{byte(batchID), byte(i)}), open(1)))
			ev := event(t, r, modelABI.UnpackInferenceRequestedEvent)
			ids, epoch = append(ids, ev.RequestId), ev.Epoch
			r = e.send(user, md, modelABI.PackRequestInference(otherModel, crypto.Keccak256Hash([]byte{byte(batchID), byte(i), 2}), open(1)))
			otherIDs = append(otherIDs, event(t, r, modelABI.UnpackInferenceRequestedEvent).RequestId)
		}
		if err := sim.AdjustTime(time.Duration(deploy.DefaultEpochLength+1) * time.Second); err != nil {
			t.Fatal(err)
		}
		sim.Commit()
		shares := make([]*big.Int, len(queries))
		for i := range shares {
			shares[i] = new(big.Int).Div(new(big.Int).Mul(open(1), big.NewInt(7000)), big.NewInt(10000))
		}
		b := &proof.Batch{
			Model: model, Queries: queries, Shares: shares, Previous: previous,
			ChainID: e.chain, ModelID: modelID, BatchID: big.NewInt(int64(batchID)), Vault: addrs.RewardVault,
			FeeTotal: open(int64(len(queries))), RequestIDs: ids,
		}
		p, err := proof.Prove(ctx, keys, b)
		if err != nil {
			t.Fatal(err)
		}
		pub := p.Result.Public
		s := rewardvault.IRewardVaultSettlement{
			ModelId: modelID, Epoch: epoch, RequestIds: ids, InferenceCommitment: pub.InferenceCommitment,
			NewPayoutRoot: pub.NewRoot, Distributed: pub.Distributed,
		}
		// The vault builds the very vector the proof was made for.
		vec, err := bind.Call(vlt, nil, vaultABI.PackPublicInputs(s), vaultABI.UnpackPublicInputs)
		if err != nil {
			t.Fatal(err)
		}
		if len(vec) != len(p.Vector) {
			t.Fatalf("vault vector has %d words, the proof's %d", len(vec), len(p.Vector))
		}
		for i := range vec {
			if vec[i].Cmp(p.Vector[i]) != 0 {
				t.Fatalf("public input %d: vault %v, proof %v", i, vec[i], p.Vector[i])
			}
		}
		// Altered inputs revert: the payout, the inference commitment.
		for name, alter := range map[string]func(*rewardvault.IRewardVaultSettlement){
			"distributed": func(x *rewardvault.IRewardVaultSettlement) {
				x.Distributed = new(big.Int).Sub(x.Distributed, big.NewInt(1))
			},
			"inferenceCommitment": func(x *rewardvault.IRewardVaultSettlement) { x.InferenceCommitment[31] ^= 1 },
			"newPayoutRoot":       func(x *rewardvault.IRewardVaultSettlement) { x.NewPayoutRoot[31] ^= 1 },
			// The same requests' gradients against a model whose registered features differ.
			"gradient (model)": func(x *rewardvault.IRewardVaultSettlement) { x.ModelId, x.RequestIds = otherModel, otherIDs },
			// The requests in another order (for one request: the batch's first half): the fee shares and
			// the requests digest move.
			"requests": func(x *rewardvault.IRewardVaultSettlement) {
				if n := len(x.RequestIds); n > 1 {
					x.RequestIds[0], x.RequestIds[n-1] = x.RequestIds[n-1], x.RequestIds[0]
				} else {
					x.ModelId, x.RequestIds = otherModel, otherIDs[:1]
				}
			},
		} {
			bad := s
			bad.RequestIds = append([]*big.Int{}, ids...)
			alter(&bad)
			if _, err := e.sender(oracle).Transact(ctx, vlt, vaultABI.PackSettle(bad, p.Bytes)); !chain.IsRevert(err, "ProofRejected") {
				t.Fatalf("settling with an altered %s: got %v, want ProofRejected", name, err)
			}
		}
		callData, err := contracts.Adapter.ABI.Pack("verifyProof", p.Bytes, vec)
		if err != nil {
			t.Fatal(err)
		}
		vgas, err := e.client.EstimateGas(ctx, ethereum.CallMsg{From: oracle.Address, To: &dep.Adapter, Data: callData})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("batch %d: verifyProof alone (a transaction to the adapter) %d gas", batchID, vgas)
		r := e.send(oracle, vlt, vaultABI.PackSettle(s, p.Bytes))
		t.Logf("batch %d: settle with %d requests used %d gas (distributed %v of %v)", batchID, len(ids), r.GasUsed, pub.Distributed, pub.ContributorShare)

		// Every contributor with a positive cumulative amount claims it against the proven root.
		for k, c := range contributors {
			cum := p.Result.Cumulative[k]
			paid := balances[c.Address]
			if paid == nil {
				paid = new(big.Int)
			}
			if cum.Cmp(paid) <= 0 {
				continue
			}
			path, err := p.Result.Tree.Proof(uint64(k))
			if err != nil {
				t.Fatal(err)
			}
			leaf := rewardvault.IRewardVaultPayoutLeaf{Index: uint64(k), Cumulative: cum, Proof: make([][32]byte, len(path))}
			for i, h := range path {
				leaf.Proof[i] = h
			}
			r := e.send(c, vlt, vaultABI.PackClaim(modelID, []rewardvault.IRewardVaultPayoutLeaf{leaf}))
			bal, err := bind.Call(tok, nil, tokenABI.PackBalanceOf(c.Address), tokenABI.UnpackBalanceOf)
			if err != nil {
				t.Fatal(err)
			}
			if bal.Cmp(cum) != 0 {
				t.Fatalf("%s holds %v after claiming, want the cumulative %v", c.Name, bal, cum)
			}
			balances[c.Address] = bal
			t.Logf("batch %d: %s claimed up to %v (depth %d) using %d gas", batchID, c.Name, cum, len(path), r.GasUsed)
		}
		previous = p.Result.Cumulative
	}
}
