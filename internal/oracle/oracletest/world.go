// Package oracletest builds the on-chain world the oracle's integration tests run against: anvil,
// the deployed suite, named accounts holding OPEN, a tabular datanet with validators, contributions
// of real digits data, paid inference requests and claims. It holds no oracle logic (and no prover):
// tests bring the score verifier they deploy.
package oracletest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/open-attribution/poa/bindings/datanetregistry"
	"github.com/open-attribution/poa/bindings/modelregistry"
	"github.com/open-attribution/poa/bindings/opentoken"
	"github.com/open-attribution/poa/bindings/rewardvault"
	"github.com/open-attribution/poa/internal/chain"
	"github.com/open-attribution/poa/internal/dataset"
	"github.com/open-attribution/poa/internal/deploy"
	"github.com/open-attribution/poa/internal/devchain"
	"github.com/open-attribution/poa/internal/oracle/config"
	"github.com/open-attribution/poa/internal/publish"
)

// Accounts of the world.
var (
	Deployer   = devchain.NewAccount("oracletest deployer")
	Treasury   = devchain.NewAccount("oracletest treasury")
	Oracle     = devchain.NewAccount("oracletest oracle")
	ModelOwner = devchain.NewAccount("oracletest model owner")
	Validator1 = devchain.NewAccount("oracletest validator 1")
	Validator2 = devchain.NewAccount("oracletest validator 2")
	User       = devchain.NewAccount("oracletest user")
)

// Contributor returns the i-th contributor account.
func Contributor(i int) devchain.Account {
	return devchain.NewAccount(fmt.Sprintf("oracletest contributor %d", i))
}

// EpochLength is the vault epoch of the world (the shortest the vault allows).
const EpochLength = 3600

// World is a deployed suite on anvil.
type World struct {
	Anvil    *devchain.Anvil
	ChainID  *big.Int
	Addrs    deploy.Addresses
	Verifier common.Address
	Start    uint64 // block before the suite was deployed

	Token    *opentoken.OpenToken
	Datanets *datanetregistry.DatanetRegistry
	Models   *modelregistry.ModelRegistry
	Vault    *rewardvault.RewardVault
	TokenC   *bind.BoundContract
	DatanetC *bind.BoundContract
	ModelC   *bind.BoundContract
	VaultC   *bind.BoundContract
}

// InCI reports whether $CI is set (anvil is then required instead of skipped).
func InCI() bool {
	v, ok := os.LookupEnv("CI")
	return ok && v != "" && v != "false"
}

// New starts anvil and deploys the suite with the verifier deployVerifier returns (it deploys from
// the deployer's sender).
func New(t testing.TB, deployVerifier func(ctx context.Context, s *chain.Sender) (common.Address, error)) *World {
	t.Helper()
	ctx := context.Background()
	anvil, err := devchain.StartAnvil(ctx, 31337)
	if err != nil {
		if InCI() {
			t.Fatalf("anvil is required in CI: %v", err)
		}
		t.Skipf("anvil unavailable (run `npm ci`): %v", err)
	}
	t.Cleanup(func() { anvil.Close() })
	w := &World{Anvil: anvil, ChainID: big.NewInt(31337), Token: opentoken.NewOpenToken(), Datanets: datanetregistry.NewDatanetRegistry(),
		Models: modelregistry.NewModelRegistry(), Vault: rewardvault.NewRewardVault()}
	for _, a := range []devchain.Account{Deployer, Treasury, Oracle, ModelOwner, Validator1, Validator2, User} {
		w.Fund(t, a.Address)
	}
	if w.Start, err = anvil.Client.BlockNumber(ctx); err != nil {
		t.Fatal(err)
	}
	d := w.Sender(Deployer)
	if w.Verifier, err = deployVerifier(ctx, d); err != nil {
		t.Fatalf("deploying the verifier: %v", err)
	}
	if w.Addrs, err = deploy.Suite(ctx, d, deploy.Config{Treasury: Treasury.Address, Verifier: w.Verifier, EpochLength: EpochLength}); err != nil {
		t.Fatal(err)
	}
	w.TokenC = w.Token.Instance(anvil.Client, w.Addrs.OpenToken)
	w.DatanetC = w.Datanets.Instance(anvil.Client, w.Addrs.DatanetRegistry)
	w.ModelC = w.Models.Instance(anvil.Client, w.Addrs.ModelRegistry)
	w.VaultC = w.Vault.Instance(anvil.Client, w.Addrs.RewardVault)
	w.Send(t, Deployer, w.ModelC, w.Models.PackSetOracle(Oracle.Address, true))
	w.Send(t, Deployer, w.TokenC, w.Token.PackTransfer(User.Address, Open(1000)))
	return w
}

// Open is n whole OPEN in wei.
func Open(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// Fund gives an account ether for gas.
func (w *World) Fund(t testing.TB, a common.Address) {
	t.Helper()
	if err := w.Anvil.SetBalance(context.Background(), a, (*hexutil.Big)(Open(1000))); err != nil {
		t.Fatal(err)
	}
}

// Sender sends from an account.
func (w *World) Sender(a devchain.Account) *chain.Sender {
	return &chain.Sender{Backend: w.Anvil.Client, Auth: a.Transactor(w.ChainID), ABIs: deploy.ABIs()}
}

// Send sends and fails the test on error.
func (w *World) Send(t testing.TB, from devchain.Account, c *bind.BoundContract, data []byte) *types.Receipt {
	t.Helper()
	r, err := w.Sender(from).Transact(context.Background(), c, data)
	if err != nil {
		t.Fatalf("%s: %v", from.Name, err)
	}
	return r
}

// Event returns the first log of a receipt that unpacks as the wanted event.
func Event[E any](t testing.TB, r *types.Receipt, unpack func(*types.Log) (*E, error)) *E {
	t.Helper()
	for _, l := range r.Logs {
		if ev, err := unpack(l); err == nil {
			return ev
		}
	}
	t.Fatalf("receipt %s has no such event", r.TxHash)
	return nil
}

// CreateTabularDatanet creates a tabular datanet validated by both validators with quorum 1.
func (w *World) CreateTabularDatanet(t testing.TB) uint64 {
	t.Helper()
	r := w.Send(t, Deployer, w.DatanetC, w.Datanets.PackCreateDatanet(datanetregistry.IDatanetRegistryDatanetParams{
		MetadataURI: "ipfs://digits-datanet", Kind: 3, Bond: new(big.Int), Validators: []common.Address{Validator1.Address, Validator2.Address}, Quorum: 1,
	}))
	return Event(t, r, w.Datanets.UnpackDatanetCreatedEvent).DatanetId.Uint64()
}

// Contribute submits content for a contributor and returns the contribution id.
func (w *World) Contribute(t testing.TB, who devchain.Account, datanetID uint64, content []byte) uint64 {
	t.Helper()
	w.Fund(t, who.Address)
	h := sha256.Sum256(content)
	r := w.Send(t, who, w.DatanetC, w.Datanets.PackContribute(new(big.Int).SetUint64(datanetID), h, uint32(len(content)),
		"ipfs://"+common.Bytes2Hex(h[:8])))
	return Event(t, r, w.Datanets.UnpackContributionSubmittedEvent).ContributionId.Uint64()
}

// Vote has validator 1 vote on a contribution (quorum 1 finalizes it).
func (w *World) Vote(t testing.TB, contributionID uint64, accept bool) {
	t.Helper()
	w.Send(t, Validator1, w.DatanetC, w.Datanets.PackVote(new(big.Int).SetUint64(contributionID), accept))
}

// RequestInference pays for an inference on input; it returns the request id and its epoch.
func (w *World) RequestInference(t testing.TB, modelID uint64, input []byte, fee *big.Int) (uint64, uint64) {
	t.Helper()
	allowance, err := bind.Call(w.TokenC, nil, w.Token.PackAllowance(User.Address, w.Addrs.RewardVault), w.Token.UnpackAllowance)
	if err != nil {
		t.Fatal(err)
	}
	if allowance.Cmp(fee) < 0 {
		w.Send(t, User, w.TokenC, w.Token.PackApprove(w.Addrs.RewardVault, fee))
	}
	r := w.Send(t, User, w.ModelC, w.Models.PackRequestInference(new(big.Int).SetUint64(modelID), crypto.Keccak256Hash(input), fee))
	ev := Event(t, r, w.Models.UnpackInferenceRequestedEvent)
	return ev.RequestId.Uint64(), ev.Epoch
}

// AdvanceEpoch moves the chain's clock past the current epoch.
func (w *World) AdvanceEpoch(t testing.TB) {
	t.Helper()
	if err := w.Anvil.IncreaseTime(context.Background(), EpochLength+1); err != nil {
		t.Fatal(err)
	}
}

// Balance is an account's OPEN balance.
func (w *World) Balance(t testing.TB, a common.Address) *big.Int {
	t.Helper()
	b, err := bind.Call(w.TokenC, nil, w.Token.PackBalanceOf(a), w.Token.UnpackBalanceOf)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Claim claims, as who, the leaf at index from a published document, and returns what was paid.
func (w *World) Claim(t testing.TB, who devchain.Account, doc *publish.Batch, contributionCount, index uint64) *big.Int {
	t.Helper()
	tree, err := doc.Tree()
	if err != nil {
		t.Fatal(err)
	}
	var leaf *publish.Leaf
	for i := range doc.Leaves {
		if doc.Leaves[i].Index == index {
			leaf = &doc.Leaves[i]
		}
	}
	if leaf == nil {
		t.Fatalf("document has no leaf %d", index)
	}
	p, err := tree.Proof(index)
	if err != nil {
		t.Fatal(err)
	}
	proof := make([][32]byte, len(p))
	for i, h := range p {
		proof[i] = h
	}
	before := w.Balance(t, who.Address)
	w.Send(t, who, w.VaultC, w.Vault.PackClaim(new(big.Int).SetUint64(doc.ModelID),
		[]rewardvault.IRewardVaultPayoutLeaf{{Index: index, Cumulative: leaf.Cumulative.Int, Proof: proof}}))
	return new(big.Int).Sub(w.Balance(t, who.Address), before)
}

// DigitsCSV returns n samples of the embedded digits starting at row start (wrapping around past the
// last of the 1,797 rows), in the upload format,
// with every label shifted by one when flip is set (a mislabelled contribution).
func DigitsCSV(t testing.TB, start, n int, flip bool) []byte {
	t.Helper()
	d, err := dataset.Digits()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	for j := start; j < start+n; j++ {
		i := j % d.N
		row := d.Row(i)
		fields := make([]string, 0, 65)
		for _, x := range row {
			fields = append(fields, strconv.Itoa(int(math.Round(x*16))))
		}
		y := d.Y[i]
		if flip {
			y = (y + 1) % 10
		}
		fields = append(fields, strconv.Itoa(y))
		b.WriteString(strings.Join(fields, ",") + "\n")
	}
	return b.Bytes()
}

// DigitsInput returns row i of the digits as an inference input (64 values, no label).
func DigitsInput(t testing.TB, i int) []byte {
	t.Helper()
	line := strings.TrimSuffix(string(DigitsCSV(t, i, 1, false)), "\n")
	return []byte(line[:strings.LastIndex(line, ",")])
}

// Password is the keystore password the world's oracle configuration uses.
const Password = "oracletest password"

// OracleConfig writes the oracle key into a keystore under dir and returns a configuration for the
// world (SQLite and data under dir, API on listen) and the environment the daemon reads.
func (w *World) OracleConfig(t testing.TB, dir, listen string) (*config.Config, map[string]string) {
	t.Helper()
	ks := filepath.Join(dir, "oracle-key.json")
	if _, err := os.Stat(ks); err != nil {
		if _, err := config.WriteKeyFile(ks, Oracle.Key, Password, keystore.LightScryptN, keystore.LightScryptP); err != nil {
			t.Fatal(err)
		}
	}
	cfg := config.Defaults()
	cfg.RPCURL = w.Anvil.URL
	cfg.ChainID = 31337
	cfg.DatanetRegistry, cfg.ModelRegistry, cfg.RewardVault = w.Addrs.DatanetRegistry, w.Addrs.ModelRegistry, w.Addrs.RewardVault
	cfg.StartBlock = w.Start
	cfg.Keystore = ks
	cfg.DataDir = filepath.Join(dir, "data")
	cfg.Listen = listen
	cfg.PollInterval = 100 * time.Millisecond
	cfg.SettleInterval = 200 * time.Millisecond
	cfg.BackoffMin, cfg.BackoffMax = 20*time.Millisecond, 500*time.Millisecond
	cfg.LogLevel = "debug"
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	return &cfg, map[string]string{config.PasswordEnv: Password}
}
