package circuit

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"
)

// Witness holds a batch's values in plain Go, before padding to the circuit's shape.
type Witness struct {
	Digest                                                     *big.Int
	ChainID, Vault, ModelID, BatchID, FeeTotal, RequestsDigest *big.Int
	PreviousRoot                                               *big.Int
	// Shares are the requests' contributor shares (at most M).
	Shares []*big.Int
	// Accounts, Previous and Features describe the model's n contributions (1 ≤ n ≤ N).
	Accounts []*big.Int
	Previous []*big.Int
	Features [][]int64
	// Queries are the requests' gradients (as many as Shares).
	Queries [][]int64
}

// Assign pads w to the circuit's shape. hints are carried for Define (the zero value is honest).
func (c Config) Assign(w Witness, hints Hints) (*Circuit, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	N, M, D := c.Contributions, c.Batch, c.Features()
	n := len(w.Features)
	if n < 1 || n > N || len(w.Accounts) != n || len(w.Previous) != n {
		return nil, fmt.Errorf("circuit: %d feature rows, %d accounts, %d previous amounts: want the same count in 1..%d",
			n, len(w.Accounts), len(w.Previous), N)
	}
	if len(w.Shares) > M || len(w.Queries) != len(w.Shares) {
		return nil, fmt.Errorf("circuit: %d shares and %d queries: want the same count, at most %d", len(w.Shares), len(w.Queries), M)
	}
	a, err := New(c, hints)
	if err != nil {
		return nil, err
	}
	val := func(x *big.Int) frontend.Variable {
		if x == nil {
			return 0
		}
		return new(big.Int).Set(x)
	}
	a.Digest, a.ChainID, a.Vault, a.ModelID = val(w.Digest), val(w.ChainID), val(w.Vault), val(w.ModelID)
	a.BatchID, a.FeeTotal, a.RequestsDigest, a.PreviousRoot = val(w.BatchID), val(w.FeeTotal), val(w.RequestsDigest), val(w.PreviousRoot)
	row := func(r []int64, what string, idx int) ([]frontend.Variable, error) {
		out := make([]frontend.Variable, D)
		if r == nil {
			for j := range out {
				out[j] = 0
			}
			return out, nil
		}
		if len(r) != D {
			return nil, fmt.Errorf("circuit: %s %d has %d entries, want %d", what, idx, len(r), D)
		}
		for j, q := range r {
			out[j] = q
		}
		return out, nil
	}
	for k := 0; k < N; k++ {
		a.Active[k], a.Accounts[k], a.Previous[k] = 0, 0, 0
		var r []int64
		if k < n {
			a.Active[k], a.Accounts[k], a.Previous[k] = 1, val(w.Accounts[k]), val(w.Previous[k])
			r = w.Features[k]
		}
		if a.Features[k], err = row(r, "feature row", k); err != nil {
			return nil, err
		}
	}
	for i := 0; i < M; i++ {
		a.Shares[i] = 0
		var r []int64
		if i < len(w.Shares) {
			a.Shares[i] = val(w.Shares[i])
			r = w.Queries[i]
		}
		if a.Queries[i], err = row(r, "query", i); err != nil {
			return nil, err
		}
	}
	return a, nil
}
