package compute

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/internal/influence"
)

// ProofJob is everything a settlement proof is computed from.
type ProofJob struct {
	ChainID *big.Int
	Vault   common.Address
	ModelID uint64
	BatchID uint64
	// Epoch and RequestIDs identify the batch on chain (the settlement the proof is for).
	Epoch      uint64
	RequestIDs []uint64
	Features   [][]int64 // n × d quantised per-contribution features (row k: accepted index k)
	Queries    [][]int64 // m × d quantised inference gradients, in the batch's request order
	Fees       []*big.Int
	// ContributorsBps is the vault's contributors' share in basis points.
	ContributorsBps uint16
	// Accounts and Previous are the payout leaves before the batch (cumulative amounts); Previous
	// is nil before the model's first batch (whose previous payout root is zero).
	Accounts []common.Address
	Previous []*big.Int
}

// ProofResult is a proved batch.
type ProofResult struct {
	Proof               []byte
	InferenceCommitment common.Hash
	PreviousRoot        common.Hash
	NewRoot             common.Hash
	Distributed         *big.Int
	Cumulative          []*big.Int   // every leaf after the batch (index k: accepted index k)
	Scores              [][]*big.Int // per request, per contribution (scale 2^16)
	Shares              [][]*big.Int // per request, per contribution (wei)
}

// Prover proves settlement batches.
type Prover interface {
	Prove(ctx context.Context, job *ProofJob) (*ProofResult, error)
}

// ProofSystem is what the oracle needs from the proof system: how features are made and committed
// (FeatureSpec), how batches are proved, how many requests fit one proof, and a description for
// /v1/status.
type ProofSystem interface {
	Prover
	Projector() influence.Projector
	Layers() []int
	MaxContributions() int
	GradientCommitment(accounts []common.Address, rows [][]int64) (common.Hash, error)
	MaxBatch() int
	Describe() map[string]any
}

// ContributorShare is ⌊fee · contributorsBps / 10000⌋, the part of one request's fee the vault
// gives its contributors (computed per request, as the vault and the circuit do).
func ContributorShare(fee *big.Int, bps uint16) *big.Int {
	s := new(big.Int).Mul(fee, big.NewInt(int64(bps)))
	return s.Div(s, big.NewInt(10000))
}
