package demo

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/open-attribution/poa/bindings/datanetregistry"
	"github.com/open-attribution/poa/bindings/modelregistry"
	"github.com/open-attribution/poa/bindings/opentoken"
	"github.com/open-attribution/poa/bindings/rewardvault"
	pchain "github.com/open-attribution/poa/internal/chain"
	"github.com/open-attribution/poa/internal/deploy"
)

// anvilKeys are anvil's ten development keys (mnemonic "test test test test test test test test test
// test test junk"). They are public: the demo uses them on its own local chain only.
var anvilKeys = [10]string{
	"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
	"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
	"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
	"7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
	"47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
	"8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
	"92db14e403b83dfe3df233f83dfa3a0d7096f21ca9b0d6d6b8d88b2b4ec1564e",
	"4bbbf85ce3377467afe5d46f804f221813b2bb87f24d81f60f1fcdbf7cbf4356",
	"dbda1821b80551c9d65939329250298aa3472ba22feea921c0cf5d620ea67b97",
	"2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6",
}

// Account is one of anvil's development accounts with its role in the demo.
type Account struct {
	Index   int
	Name    string
	Role    string
	Key     *ecdsa.PrivateKey
	Address common.Address
}

// KeyHex is the account's private key as 0x-hex (for tools that take --private-key).
func (a Account) KeyHex() string { return "0x" + anvilKeys[a.Index] }

func anvilAccount(i int, name, role string) Account {
	k, err := crypto.HexToECDSA(anvilKeys[i])
	if err != nil {
		panic(err)
	}
	return Account{Index: i, Name: name, Role: role, Key: k, Address: crypto.PubkeyToAddress(k.PublicKey)}
}

// Cast are the demo's accounts, by anvil index.
type Cast struct {
	Deployer, Oracle, Alice, Bob, Mallory, V1, V2, ModelOwner, User, Newcomer Account
}

// NewCast names anvil's accounts after their roles.
func NewCast() Cast {
	return Cast{
		Deployer:   anvilAccount(0, "deployer", "deployer, governance, treasury, datanet owner"),
		Oracle:     anvilAccount(1, "oracle", "the oracle (trains, answers, settles)"),
		Alice:      anvilAccount(2, "alice", "careful contributor"),
		Bob:        anvilAccount(3, "bob", "careful contributor"),
		Mallory:    anvilAccount(4, "mallory", "spammer: many mislabeled files"),
		V1:         anvilAccount(5, "validator-1", "validator"),
		V2:         anvilAccount(6, "validator-2", "validator"),
		ModelOwner: anvilAccount(7, "model-owner", "ModelFactory user, owns the model"),
		User:       anvilAccount(8, "user", "pays for inferences"),
		Newcomer:   anvilAccount(9, "newcomer", "free account for your own tries"),
	}
}

// All lists the cast in anvil order.
func (c Cast) All() []Account {
	return []Account{c.Deployer, c.Oracle, c.Alice, c.Bob, c.Mallory, c.V1, c.V2, c.ModelOwner, c.User, c.Newcomer}
}

// Chain is the deployed suite on the demo's anvil.
type Chain struct {
	RPC     *rpc.Client
	Client  *ethclient.Client
	ChainID *big.Int
	Addrs   deploy.Addresses

	Token    *opentoken.OpenToken
	Datanets *datanetregistry.DatanetRegistry
	Models   *modelregistry.ModelRegistry
	Vault    *rewardvault.RewardVault

	TokenC, DatanetsC, ModelsC, VaultC *bind.BoundContract
}

// Dial connects to the chain and binds the suite.
func Dial(ctx context.Context, url string, addrs deploy.Addresses) (*Chain, error) {
	rc, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, err
	}
	c := &Chain{RPC: rc, Client: ethclient.NewClient(rc), Addrs: addrs, Token: opentoken.NewOpenToken(),
		Datanets: datanetregistry.NewDatanetRegistry(), Models: modelregistry.NewModelRegistry(), Vault: rewardvault.NewRewardVault()}
	if c.ChainID, err = c.Client.ChainID(ctx); err != nil {
		rc.Close()
		return nil, err
	}
	c.TokenC = c.Token.Instance(c.Client, addrs.OpenToken)
	c.DatanetsC = c.Datanets.Instance(c.Client, addrs.DatanetRegistry)
	c.ModelsC = c.Models.Instance(c.Client, addrs.ModelRegistry)
	c.VaultC = c.Vault.Instance(c.Client, addrs.RewardVault)
	return c, nil
}

// Close closes the connection.
func (c *Chain) Close() { c.RPC.Close() }

// Send sends calldata from an account and waits for success (reverts come back decoded).
func (c *Chain) Send(ctx context.Context, from Account, contract *bind.BoundContract, data []byte) (*types.Receipt, error) {
	s := &pchain.Sender{Backend: c.Client, Auth: bind.NewKeyedTransactor(from.Key, c.ChainID), ABIs: deploy.ABIs()}
	r, err := s.Transact(ctx, contract, data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", from.Name, err)
	}
	return r, nil
}

// Advance moves the chain's clock forward and mines a block.
func (c *Chain) Advance(ctx context.Context, seconds uint64) error {
	if err := c.RPC.CallContext(ctx, nil, "evm_increaseTime", seconds); err != nil {
		return fmt.Errorf("evm_increaseTime: %w", err)
	}
	return c.RPC.CallContext(ctx, nil, "evm_mine")
}

// call runs a view function and unpacks its result.
func call[T any](ctx context.Context, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) (T, error) {
	return bind.Call(c, &bind.CallOpts{Context: ctx}, data, unpack)
}

func find[E any](r *types.Receipt, unpack func(*types.Log) (*E, error)) (*E, error) {
	for _, l := range r.Logs {
		if ev, err := unpack(l); err == nil {
			return ev, nil
		}
	}
	return nil, fmt.Errorf("transaction %s emitted no such event", r.TxHash)
}

// OPEN returns n whole OPEN in wei.
func OPEN(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil))
}
