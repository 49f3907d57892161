// Package proof proves settlement batches: it computes a batch's scores, payouts and payout tree with the
// influence engine's fixed-point path, and proves with Groth16 (internal/proof/circuit) that they are
// exactly those integers, bound to the vault's public inputs. docs/proof.md has the statement.
package proof

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/internal/influence"
	"github.com/open-attribution/poa/internal/payout"
	"github.com/open-attribution/poa/internal/proof/circuit"
	"github.com/open-attribution/poa/internal/proof/commit"
)

// Sizes is a circuit's shape: contributions N, batch M and the layers' feature dimensions.
type Sizes = circuit.Config

// Model is what the proof needs of a registered model: its contributors (Accounts[k] contributed the
// accepted index k) and their committed gradient features (Features[k]: D quantised entries, the layers
// concatenated).
type Model struct {
	Accounts []common.Address
	Features [][]int64
}

// Batch is one settlement batch.
type Batch struct {
	Model Model
	// Queries[i] are request i's quantised inference gradients; Shares[i] its contributor share
	// ⌊fee_i·contributorsBps/10⁴⌋.
	Queries [][]int64
	Shares  []*big.Int
	// Previous are the contributions' cumulative payouts before the batch (nil: none yet, the first
	// batch, whose previous root is 0).
	Previous []*big.Int
	// The vault's context of the batch.
	ChainID, ModelID, BatchID *big.Int
	Vault                     common.Address
	FeeTotal                  *big.Int
	RequestIDs                []*big.Int
}

// Result is what the engine computes for a batch.
type Result struct {
	// Scores[i][k] is contribution k's fixed-point score for request i; Payouts[i][k] its share of
	// request i's contributor share.
	Scores  [][]*big.Int
	Payouts [][]*big.Int
	// Cumulative are the new cumulative payouts, Tree the new payout tree.
	Cumulative []*big.Int
	Tree       *payout.Tree
	Public     PublicInputs
}

func shape(s Sizes) commit.Shape {
	return commit.Shape{Contributions: s.Contributions, Batch: s.Batch, Layers: s.Layers}
}

// GradientCommitment is the model's gradient commitment for circuits of these sizes (commit.Gradients).
func GradientCommitment(s Sizes, m Model) (common.Hash, error) {
	e, err := commit.Gradients(shape(s), m.Accounts, m.Features)
	if err != nil {
		return common.Hash{}, err
	}
	return common.Hash(e.Bytes()), nil
}

// InferenceCommitment is a batch's inference commitment (commit.Inferences).
func InferenceCommitment(s Sizes, queries [][]int64) (common.Hash, error) {
	e, err := commit.Inferences(shape(s), queries)
	if err != nil {
		return common.Hash{}, err
	}
	return common.Hash(e.Bytes()), nil
}

// fixedInput splits the model's rows and one query into influence's layers.
func fixedInput(s Sizes, m Model, query []int64) *influence.FixedInput {
	n := len(m.Features)
	in := &influence.FixedInput{N: n}
	off := 0
	for l, d := range s.Layers {
		ly := influence.FixedLayer{Name: fmt.Sprintf("layer%d", l), Dim: d, Train: make([]int64, 0, n*d), Query: query[off : off+d]}
		for _, row := range m.Features {
			ly.Train = append(ly.Train, row[off:off+d]...)
		}
		in.Layers = append(in.Layers, ly)
		off += d
	}
	return in
}

// Compute runs the influence engine's fixed-point path on the batch and builds the new payout tree and
// the vault's public inputs: exactly what the circuit proves.
func Compute(ctx context.Context, s Sizes, b *Batch) (*Result, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	n, D := len(b.Model.Features), s.Features()
	if n < 1 || n > s.Contributions || len(b.Model.Accounts) != n {
		return nil, fmt.Errorf("proof: %d contributions with %d accounts: want the same count in 1..%d", n, len(b.Model.Accounts), s.Contributions)
	}
	if len(b.Queries) < 1 || len(b.Queries) > s.Batch || len(b.Shares) != len(b.Queries) || len(b.RequestIDs) != len(b.Queries) {
		return nil, fmt.Errorf("proof: %d queries, %d shares, %d request ids: want the same count in 1..%d", len(b.Queries), len(b.Shares), len(b.RequestIDs), s.Batch)
	}
	for k, row := range b.Model.Features {
		if len(row) != D {
			return nil, fmt.Errorf("proof: features of contribution %d: %d entries, want %d", k, len(row), D)
		}
	}
	prev := b.Previous
	if prev == nil {
		prev = make([]*big.Int, n)
		for k := range prev {
			prev[k] = new(big.Int)
		}
	}
	if len(prev) != n {
		return nil, fmt.Errorf("proof: %d previous amounts for %d contributions", len(prev), n)
	}
	res := &Result{Cumulative: make([]*big.Int, n)}
	for k := range prev {
		res.Cumulative[k] = new(big.Int).Set(prev[k])
	}
	distributed, contributorShare := new(big.Int), new(big.Int)
	for i, q := range b.Queries {
		if len(q) != D {
			return nil, fmt.Errorf("proof: query %d: %d entries, want %d", i, len(q), D)
		}
		out, err := influence.FixedDataInf(ctx, fixedInput(s, b.Model, q))
		if err != nil {
			return nil, fmt.Errorf("proof: query %d: %w", i, err)
		}
		shares, _, err := influence.SplitFeeInt(b.Shares[i], out.Scores)
		if err != nil {
			return nil, fmt.Errorf("proof: query %d: %w", i, err)
		}
		res.Scores = append(res.Scores, out.Scores)
		res.Payouts = append(res.Payouts, shares)
		for k, sh := range shares {
			res.Cumulative[k].Add(res.Cumulative[k], sh)
			distributed.Add(distributed, sh)
		}
		contributorShare.Add(contributorShare, b.Shares[i])
	}
	leaves := make([]payout.Leaf, n)
	for k := range leaves {
		leaves[k] = payout.Leaf{Index: uint64(k), Account: b.Model.Accounts[k], Cumulative: res.Cumulative[k]}
	}
	var err error
	if res.Tree, err = payout.Build(s.Depth(), leaves); err != nil {
		return nil, err
	}
	var previousRoot common.Hash
	if b.Previous != nil {
		prevLeaves := make([]payout.Leaf, n)
		for k := range prevLeaves {
			prevLeaves[k] = payout.Leaf{Index: uint64(k), Account: b.Model.Accounts[k], Cumulative: prev[k]}
		}
		t, err := payout.Build(s.Depth(), prevLeaves)
		if err != nil {
			return nil, err
		}
		previousRoot = t.Root()
	}
	gc, err := GradientCommitment(s, b.Model)
	if err != nil {
		return nil, err
	}
	ic, err := InferenceCommitment(s, b.Queries)
	if err != nil {
		return nil, err
	}
	res.Public = PublicInputs{
		ChainID: b.ChainID, Vault: b.Vault, ModelID: b.ModelID, BatchID: b.BatchID,
		GradientCommitment: gc, InferenceCommitment: ic, FeeTotal: b.FeeTotal, ContributorShare: contributorShare,
		PreviousRoot: previousRoot, NewRoot: res.Tree.Root(), Distributed: distributed,
		RequestsDigest: RequestsDigest(b.RequestIDs), Shares: b.Shares,
	}
	return res, nil
}

// circuitWitness assembles the circuit's witness for a computed batch.
func circuitWitness(s Sizes, b *Batch, r *Result) (circuit.Witness, error) {
	vec, err := r.Public.Vector()
	if err != nil {
		return circuit.Witness{}, err
	}
	digest, err := Digest(s, vec)
	if err != nil {
		return circuit.Witness{}, err
	}
	w := circuit.Witness{
		Digest: digest, ChainID: vec[0], Vault: vec[1], ModelID: vec[2], BatchID: vec[3], FeeTotal: vec[6],
		PreviousRoot: vec[8], RequestsDigest: vec[11], Shares: b.Shares, Features: b.Model.Features, Queries: b.Queries,
	}
	n := len(b.Model.Features)
	for k := 0; k < n; k++ {
		w.Accounts = append(w.Accounts, new(big.Int).SetBytes(b.Model.Accounts[k].Bytes()))
		p := new(big.Int)
		if b.Previous != nil {
			p.Set(b.Previous[k])
		}
		w.Previous = append(w.Previous, p)
	}
	return w, nil
}

// Assignment returns the circuit assignment of a batch, with its computed result.
func Assignment(ctx context.Context, s Sizes, b *Batch, hints circuit.Hints) (*circuit.Circuit, *Result, error) {
	r, err := Compute(ctx, s, b)
	if err != nil {
		return nil, nil, err
	}
	w, err := circuitWitness(s, b, r)
	if err != nil {
		return nil, nil, err
	}
	a, err := s.Assign(w, hints)
	if err != nil {
		return nil, nil, err
	}
	return a, r, nil
}
