// Temporary UI fixture (not committed): anvil on 8545 + the indexer scenario flow + published docs.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/open-attribution/poa/internal/indexer/scenario"
	"github.com/open-attribution/poa/internal/publish"
)

func main() {
	ctx := context.Background()
	rc, err := rpc.Dial("http://127.0.0.1:8545")
	if err != nil {
		panic(err)
	}
	cl := ethclient.NewClient(rc)
	ether := new(big.Int).Exp(big.NewInt(10), big.NewInt(21), nil)
	ch := scenario.Chain{Backend: cl, ChainID: big.NewInt(31337),
		Advance: func(ctx context.Context, s uint64) error {
			if err := rc.CallContext(ctx, nil, "evm_increaseTime", s); err != nil {
				return err
			}
			return rc.CallContext(ctx, nil, "evm_mine")
		},
		Fund: func(ctx context.Context, a common.Address) error {
			return rc.CallContext(ctx, nil, "anvil_setBalance", a, (*hexutil.Big)(ether))
		}}
	f, err := scenario.NewFlow(ctx, ch)
	if err != nil {
		panic(err)
	}
	perLeaf := new(big.Int).Div(scenario.Open(1), big.NewInt(4))
	for _, step := range []func() error{
		func() error { return f.Datanets(ctx) },
		func() error { return f.RegisterModel(ctx) },
		func() error { return f.RequestInferences(ctx, 3) },
		func() error { _, err := f.SettlePending(ctx, perLeaf); return err },
		func() error { return f.RequestInferences(ctx, 2) },
	} {
		if err := step(); err != nil {
			panic(err)
		}
	}
	dir := os.Args[1]
	for i := range f.Batches {
		if err := publish.WriteFile(dir, f.Document(i, 31337)); err != nil {
			panic(err)
		}
	}
	b, _ := json.Marshal(f.S.Addrs)
	os.WriteFile(os.Args[2], b, 0o644)
	fmt.Println("ok", string(b))
}
