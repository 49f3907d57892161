package deploy_test

import (
	"context"
	"crypto/sha256"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

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

// testChain abstracts over the simulated backend and anvil: how blocks get mined and time moves.
type testChain struct {
	backend chain.Backend
	chainID *big.Int
	mine    func()                                     // nil when the chain mines on its own
	advance func(t *testing.T, seconds uint64)         // moves block time forward
	fund    func(t *testing.T, account common.Address) // gives an account ether for gas
}

// actors of the flow; names make failures readable.
var (
	deployer    = devchain.NewAccount("deployer")
	treasury    = devchain.NewAccount("treasury")
	oracle      = devchain.NewAccount("oracle")
	modelOwner  = devchain.NewAccount("model owner")
	validator1  = devchain.NewAccount("validator 1")
	validator2  = devchain.NewAccount("validator 2")
	alice       = devchain.NewAccount("alice (contributor)")
	carol       = devchain.NewAccount("carol (contributor)")
	mallory     = devchain.NewAccount("mallory (rejected contributor)")
	user        = devchain.NewAccount("user (pays for inference)")
	relayer     = devchain.NewAccount("relayer")
	carolWallet = devchain.NewAccount("carol's cold wallet")
	allActors   = []devchain.Account{deployer, treasury, oracle, modelOwner, validator1, validator2, alice, carol,
		mallory, user, relayer, carolWallet}
)

var (
	token    = opentoken.NewOpenToken()
	datanets = datanetregistry.NewDatanetRegistry()
	models   = modelregistry.NewModelRegistry()
	vault    = rewardvault.NewRewardVault()
)

func oneOpen() *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil) }

func open(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), oneOpen()) }

// suite is a deployed suite and the bound contract instances.
type suite struct {
	tc                     testChain
	addrs                  deploy.Addresses
	tokenC, dnC, mdC, vltC *bind.BoundContract
	verifier               *bind.BoundContract
}

func (s *suite) sender(a devchain.Account) *chain.Sender {
	return &chain.Sender{Backend: s.tc.backend, Auth: a.Transactor(s.tc.chainID), Mine: s.tc.mine, ABIs: deploy.ABIs()}
}

func (s *suite) send(t *testing.T, from devchain.Account, c *bind.BoundContract, data []byte) *types.Receipt {
	t.Helper()
	r, err := s.sender(from).Transact(context.Background(), c, data)
	if err != nil {
		t.Fatalf("%s: %v", from.Name, err)
	}
	return r
}

func (s *suite) balance(t *testing.T, account common.Address) *big.Int {
	t.Helper()
	b, err := bind.Call(s.tokenC, nil, token.PackBalanceOf(account), token.UnpackBalanceOf)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func wantBalance(t *testing.T, s *suite, who devchain.Account, want *big.Int) {
	t.Helper()
	if got := s.balance(t, who.Address); got.Cmp(want) != 0 {
		t.Fatalf("%s holds %s wei of OPEN, want %s", who.Name, got, want)
	}
}

func deploySuite(t *testing.T, tc testChain) *suite {
	t.Helper()
	ctx := context.Background()
	for _, a := range allActors {
		tc.fund(t, a.Address)
	}
	s := &suite{tc: tc}
	d := s.sender(deployer)
	verifierAddr, _, err := d.Deploy(ctx, common.FromHex(testscoreverifier.TestScoreVerifierMetaData.Bin), nil)
	if err != nil {
		t.Fatal(err)
	}
	s.addrs, err = deploy.Suite(ctx, d, deploy.Config{Treasury: treasury.Address, Verifier: verifierAddr})
	if err != nil {
		t.Fatal(err)
	}
	s.tokenC = token.Instance(tc.backend, s.addrs.OpenToken)
	s.dnC = datanets.Instance(tc.backend, s.addrs.DatanetRegistry)
	s.mdC = models.Instance(tc.backend, s.addrs.ModelRegistry)
	s.vltC = vault.Instance(tc.backend, s.addrs.RewardVault)
	s.verifier = testscoreverifier.NewTestScoreVerifier().Instance(tc.backend, verifierAddr)
	return s
}

// runFlow drives create datanet → contribute → accept → register model → paid inference → settle →
// claim through the bindings and checks every balance to the wei.
func runFlow(t *testing.T, tc testChain) {
	s := deploySuite(t, tc)
	bond := open(10)
	fee := open(1)

	// The deployer holds the whole supply; hand out what the actors spend.
	for _, a := range []devchain.Account{alice, carol, mallory} {
		s.send(t, deployer, s.tokenC, token.PackTransfer(a.Address, open(100)))
	}
	s.send(t, deployer, s.tokenC, token.PackTransfer(user.Address, open(50)))
	s.send(t, deployer, s.mdC, models.PackSetOracle(oracle.Address, true))

	// 1. A datanet with a 10 OPEN bond that rejected contributions forfeit, two validators, quorum 2.
	r := s.send(t, deployer, s.dnC, datanets.PackCreateDatanet(datanetregistry.IDatanetRegistryDatanetParams{
		MetadataURI: "ipfs://digits", Kind: 3, Bond: bond, ForfeitBondOnReject: true,
		Validators: []common.Address{validator1.Address, validator2.Address}, Quorum: 2,
	}))
	datanetID := eventArg(t, r, datanets.UnpackDatanetCreatedEvent).DatanetId

	// 2. Alice, Carol and Mallory each contribute one file.
	contribute := func(who devchain.Account, content string) *big.Int {
		s.send(t, who, s.tokenC, token.PackApprove(s.addrs.DatanetRegistry, bond))
		hash := sha256.Sum256([]byte(content))
		r := s.send(t, who, s.dnC, datanets.PackContribute(datanetID, hash, uint32(len(content)), "ipfs://"+content))
		return eventArg(t, r, datanets.UnpackContributionSubmittedEvent).ContributionId
	}
	aliceFile := contribute(alice, "alice's careful digits")
	carolFile := contribute(carol, "carol's digits")
	malloryFile := contribute(mallory, "mallory's mislabeled digits")
	wantBalance(t, s, alice, open(90))

	// 3. Validators accept Alice's and Carol's files and reject Mallory's.
	for _, v := range []devchain.Account{validator1, validator2} {
		s.send(t, v, s.dnC, datanets.PackVote(aliceFile, true))
		s.send(t, v, s.dnC, datanets.PackVote(carolFile, true))
		s.send(t, v, s.dnC, datanets.PackVote(malloryFile, false))
	}
	wantBalance(t, s, alice, open(100))   // bond returned on acceptance
	wantBalance(t, s, mallory, open(90))  // bond forfeited on rejection ...
	wantBalance(t, s, treasury, open(10)) // ... to the treasury
	dn, err := bind.Call(s.dnC, nil, datanets.PackDatanet(datanetID), datanets.UnpackDatanet)
	if err != nil {
		t.Fatal(err)
	}
	if dn.AcceptedCount != 2 {
		t.Fatalf("accepted count %d, want 2", dn.AcceptedCount)
	}

	// 4. The oracle registers a model trained on the two accepted contributions.
	r = s.send(t, oracle, s.mdC, models.PackRegisterModel(modelregistry.IModelRegistryModelParams{
		DatanetId: datanetID, ContributionCount: 2,
		BaseModelId: crypto.Keccak256Hash([]byte("mlp-64-32-10")), AdapterHash: crypto.Keccak256Hash([]byte("adapter")),
		TrainingConfigHash: crypto.Keccak256Hash([]byte("config")), GradientCommitment: crypto.Keccak256Hash([]byte("grads")),
		Owner: modelOwner.Address, InferenceFee: fee, MetadataURI: "ipfs://model",
	}))
	registered := eventArg(t, r, models.UnpackModelRegisteredEvent)
	if registered.Accumulator != dn.Accumulator {
		t.Fatalf("model accumulator %x, datanet accumulator %x", registered.Accumulator, dn.Accumulator)
	}
	modelID := registered.ModelId

	// 5. Three paid inferences; the vault pulls exactly the fee each time.
	s.send(t, user, s.tokenC, token.PackApprove(s.addrs.RewardVault, open(3)))
	var requestIDs []*big.Int
	var epoch uint64
	for i := 0; i < 3; i++ {
		input := crypto.Keccak256Hash([]byte{byte(i)})
		r := s.send(t, user, s.mdC, models.PackRequestInference(modelID, input, fee))
		ev := eventArg(t, r, models.UnpackInferenceRequestedEvent)
		requestIDs = append(requestIDs, ev.RequestId)
		epoch = ev.Epoch
	}
	wantBalance(t, s, user, open(47))
	if got := s.balance(t, s.addrs.RewardVault); got.Cmp(open(3)) != 0 {
		t.Fatalf("vault holds %s, want 3 OPEN", got)
	}

	// 6. After the epoch closes, the oracle settles the batch. Contributors' share: 70% of 3 OPEN =
	// 2.1 OPEN; the (test) proof distributes 1.5 to Alice and 0.6 − 1 wei to Carol, leaving 1 wei dust.
	tc.advance(t, deploy.DefaultEpochLength+1)
	aliceOwed := new(big.Int).Div(open(15), big.NewInt(10))
	carolOwed := new(big.Int).Sub(new(big.Int).Div(open(6), big.NewInt(10)), big.NewInt(1))
	leaves := []payout.Leaf{
		{Index: 0, Account: alice.Address, Cumulative: aliceOwed},
		{Index: 1, Account: carol.Address, Cumulative: carolOwed},
	}
	tree, err := payout.Build(payout.DepthFor(2), leaves)
	if err != nil {
		t.Fatal(err)
	}
	settlement := rewardvault.IRewardVaultSettlement{
		ModelId: modelID, Epoch: epoch, RequestIds: requestIDs,
		InferenceCommitment: crypto.Keccak256Hash([]byte("inference gradients")),
		NewPayoutRoot:       tree.Root(), Distributed: new(big.Int).Add(aliceOwed, carolOwed),
	}
	inputs, err := bind.Call(s.vltC, nil, vault.PackPublicInputs(settlement), vault.UnpackPublicInputs)
	if err != nil {
		t.Fatal(err)
	}
	verifierABI := testscoreverifier.NewTestScoreVerifier()
	proof, err := bind.Call(s.verifier, nil, verifierABI.PackProofFor(inputs), verifierABI.UnpackProofFor)
	if err != nil {
		t.Fatal(err)
	}
	// A proof for this batch must not settle a different one.
	tampered := settlement
	tampered.Distributed = new(big.Int).Add(settlement.Distributed, big.NewInt(1))
	if _, err := s.sender(oracle).Transact(context.Background(), s.vltC, vault.PackSettle(tampered, proof)); !chain.IsRevert(err, "ProofRejected") {
		t.Fatalf("settling with an altered input: got %v, want ProofRejected", err)
	}
	s.send(t, oracle, s.vltC, vault.PackSettle(settlement, proof))

	// 7. Alice claims for herself; Carol signs a claim to her cold wallet that a relayer submits.
	leafFor := func(l payout.Leaf) []rewardvault.IRewardVaultPayoutLeaf {
		p, err := tree.Proof(l.Index)
		if err != nil {
			t.Fatal(err)
		}
		proof := make([][32]byte, len(p))
		for i, h := range p {
			proof[i] = h
		}
		return []rewardvault.IRewardVaultPayoutLeaf{{Index: l.Index, Cumulative: l.Cumulative, Proof: proof}}
	}
	s.send(t, alice, s.vltC, vault.PackClaim(modelID, leafFor(leaves[0])))
	wantBalance(t, s, alice, new(big.Int).Add(open(100), aliceOwed))
	if _, err := s.sender(alice).Transact(context.Background(), s.vltC, vault.PackClaim(modelID, leafFor(leaves[0]))); !chain.IsRevert(err, "NothingToClaim") {
		t.Fatalf("second claim: got %v, want NothingToClaim", err)
	}

	deadline := big.NewInt(time.Now().Add(365 * 24 * time.Hour).Unix())
	sig := signClaim(t, s, carol, modelID, carolWallet.Address, big.NewInt(0), deadline)
	claimFor := vault.PackClaimFor(modelID, carol.Address, carolWallet.Address, leafFor(leaves[1]), deadline, sig)
	s.send(t, relayer, s.vltC, claimFor)
	wantBalance(t, s, carolWallet, carolOwed)
	wantBalance(t, s, carol, open(100))
	if _, err := s.sender(relayer).Transact(context.Background(), s.vltC, claimFor); !chain.IsRevert(err, "InvalidSignature") {
		t.Fatalf("replayed signature: got %v, want InvalidSignature", err)
	}

	// 8. The other shares: 15% to the model owner, 10% to the validators, 5% + dust to the treasury.
	s.send(t, modelOwner, s.vltC, vault.PackWithdraw(modelOwner.Address))
	wantBalance(t, s, modelOwner, new(big.Int).Div(open(45), big.NewInt(100)))
	s.send(t, relayer, s.vltC, vault.PackDistributeValidatorRewards(datanetID))
	for _, v := range []devchain.Account{validator1, validator2} {
		s.send(t, v, s.vltC, vault.PackWithdraw(v.Address))
		wantBalance(t, s, v, new(big.Int).Div(open(15), big.NewInt(100)))
	}
	s.send(t, treasury, s.vltC, vault.PackWithdraw(treasury.Address))
	treasuryShare := new(big.Int).Add(new(big.Int).Div(open(15), big.NewInt(100)), big.NewInt(1))
	wantBalance(t, s, treasury, new(big.Int).Add(open(10), treasuryShare))

	// Everything deposited has been paid out, to the wei.
	if got := s.balance(t, s.addrs.RewardVault); got.Sign() != 0 {
		t.Fatalf("vault still holds %s wei after every party was paid", got)
	}
}

// signClaim signs the vault's EIP-712 Claim message with the account's key.
func signClaim(t *testing.T, s *suite, signer devchain.Account, modelID *big.Int, recipient common.Address, nonce, deadline *big.Int) []byte {
	t.Helper()
	typed := apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"Claim": {{Name: "modelId", Type: "uint256"}, {Name: "account", Type: "address"},
				{Name: "recipient", Type: "address"}, {Name: "nonce", Type: "uint256"}, {Name: "deadline", Type: "uint256"}},
		},
		PrimaryType: "Claim",
		Domain: apitypes.TypedDataDomain{Name: "RewardVault", Version: "1",
			ChainId: (*math.HexOrDecimal256)(s.tc.chainID), VerifyingContract: s.addrs.RewardVault.Hex()},
		Message: apitypes.TypedDataMessage{
			"modelId": modelID.String(), "account": signer.Address.Hex(), "recipient": recipient.Hex(),
			"nonce": nonce.String(), "deadline": deadline.String(),
		},
	}
	digest, _, err := apitypes.TypedDataAndHash(typed)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := crypto.Sign(digest, signer.Key)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	return sig
}

// eventArg finds the first log in a receipt that unpacks as the wanted event.
func eventArg[E any](t *testing.T, r *types.Receipt, unpack func(*types.Log) (*E, error)) *E {
	t.Helper()
	for _, l := range r.Logs {
		if ev, err := unpack(l); err == nil {
			return ev
		}
	}
	t.Fatalf("receipt %s has no such event", r.TxHash)
	return nil
}

func TestFlowOnSimulatedBackend(t *testing.T) {
	sim := devchain.NewSimulated(allActors...)
	t.Cleanup(func() { sim.Close() })
	client := sim.Client()
	chainID, err := client.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	runFlow(t, testChain{
		backend: client,
		chainID: chainID,
		mine:    func() { sim.Commit() },
		advance: func(t *testing.T, seconds uint64) {
			if err := sim.AdjustTime(time.Duration(seconds) * time.Second); err != nil {
				t.Fatal(err)
			}
			sim.Commit()
		},
		fund: func(*testing.T, common.Address) {}, // funded in genesis
	})
}

func TestFlowOnAnvil(t *testing.T) {
	ctx := context.Background()
	anvil, err := devchain.StartAnvil(ctx, 31337)
	if err != nil {
		if _, ci := lookupCI(); ci {
			t.Fatalf("anvil is required in CI: %v", err)
		}
		t.Skipf("anvil unavailable (run `npm ci`): %v", err)
	}
	t.Cleanup(func() { anvil.Close() })
	runFlow(t, testChain{
		backend: anvil.Client,
		chainID: big.NewInt(31337),
		advance: func(t *testing.T, seconds uint64) {
			if err := anvil.IncreaseTime(ctx, seconds); err != nil {
				t.Fatal(err)
			}
		},
		fund: func(t *testing.T, account common.Address) {
			if err := anvil.SetBalance(ctx, account, (*hexutil.Big)(open(1000))); err != nil {
				t.Fatal(err)
			}
		},
	})
}
