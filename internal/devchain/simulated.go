package devchain

import (
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
)

// NewSimulated starts an in-process chain where every account holds 1,000 ether.
func NewSimulated(accounts ...Account) *simulated.Backend {
	alloc := types.GenesisAlloc{}
	ether := new(big.Int).Exp(big.NewInt(10), big.NewInt(21), nil)
	for _, a := range accounts {
		alloc[a.Address] = types.Account{Balance: ether}
	}
	return simulated.NewBackend(alloc, simulated.WithBlockGasLimit(30_000_000))
}
