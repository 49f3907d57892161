package devchain

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Account is a development key and the transactor that signs with it.
type Account struct {
	Name    string
	Key     *ecdsa.PrivateKey
	Address common.Address
}

// NewAccount derives a deterministic key from a name. For local chains only: anyone can derive it.
func NewAccount(name string) Account {
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("poa devchain account: " + name)))
	if err != nil {
		// keccak output is a valid secp256k1 scalar except with negligible probability.
		panic(fmt.Sprintf("devchain: deriving key for %q: %v", name, err))
	}
	return Account{Name: name, Key: key, Address: crypto.PubkeyToAddress(key.PublicKey)}
}

// Transactor returns signing options for the account on the given chain.
func (a Account) Transactor(chainID *big.Int) *bind.TransactOpts {
	return bind.NewKeyedTransactor(a.Key, chainID)
}
