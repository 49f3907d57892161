// Package proofsys adapts internal/proof (the gnark Groth16 settlement circuit) to the oracle's
// compute.ProofSystem: the circuit's sizes fix how many contributions a model may have, how many
// requests a batch holds and the feature layers; the oracle's projection seed (configuration) and
// the circuit's feature count fix the projection; commitments and proofs are internal/proof's.
package proofsys

import (
	"context"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/internal/influence"
	"github.com/open-attribution/poa/internal/oracle/compute"
	"github.com/open-attribution/poa/internal/proof"
)

// System is a loaded proof system.
type System struct {
	keys *proof.Keys
	seed uint64
	mu   sync.Mutex // gnark's prover is run one batch at a time
}

var _ compute.ProofSystem = (*System)(nil)

// Load reads the key directory written by proof.Keys.Write ('oracle setup').
func Load(dir string, projectionSeed uint64) (*System, error) {
	k, err := proof.Load(dir)
	if err != nil {
		return nil, err
	}
	return New(k, projectionSeed), nil
}

// New wraps loaded keys.
func New(k *proof.Keys, projectionSeed uint64) *System { return &System{keys: k, seed: projectionSeed} }

// Sizes are the circuit's sizes.
func (s *System) Sizes() proof.Sizes { return s.keys.Sizes }

// Projector is the seeded projection to the circuit's feature count.
func (s *System) Projector() influence.Projector {
	return influence.Projector{Seed: s.seed, Dim: s.keys.Sizes.Features()}
}

// Layers are the circuit's feature layers.
func (s *System) Layers() []int { return append([]int(nil), s.keys.Sizes.Layers...) }

// MaxContributions is the circuit's N.
func (s *System) MaxContributions() int { return s.keys.Sizes.Contributions }

// MaxBatch is the circuit's M.
func (s *System) MaxBatch() int { return s.keys.Sizes.Batch }

// GradientCommitment is proof.GradientCommitment.
func (s *System) GradientCommitment(accounts []common.Address, rows [][]int64) (common.Hash, error) {
	return proof.GradientCommitment(s.keys.Sizes, proof.Model{Accounts: accounts, Features: rows})
}

// Describe reports the circuit for /v1/status.
func (s *System) Describe() map[string]any {
	d := map[string]any{"kind": "groth16-bn254", "maxContributions": s.keys.Sizes.Contributions, "maxBatch": s.keys.Sizes.Batch,
		"layers": s.keys.Sizes.Layers, "projectionSeed": s.seed, "constraints": s.keys.CS.GetNbConstraints()}
	if h, err := proof.VerifyingKeyHash(s.keys.VK); err == nil {
		d["verifyingKeyHash"] = common.Hash(h).Hex()
	}
	return d
}

// Prove proves a batch with internal/proof.
func (s *System) Prove(ctx context.Context, job *compute.ProofJob) (*compute.ProofResult, error) {
	b, err := Batch(job)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	p, err := proof.Prove(ctx, s.keys, b)
	if err != nil {
		return nil, err
	}
	r := p.Result
	return &compute.ProofResult{Proof: p.Bytes, InferenceCommitment: r.Public.InferenceCommitment, PreviousRoot: r.Public.PreviousRoot,
		NewRoot: r.Public.NewRoot, Distributed: r.Public.Distributed, Cumulative: r.Cumulative, Scores: r.Scores, Shares: r.Payouts}, nil
}

// Batch converts a settlement job into internal/proof's batch.
func Batch(job *compute.ProofJob) (*proof.Batch, error) {
	m := len(job.Queries)
	if len(job.Fees) != m || len(job.RequestIDs) != m {
		return nil, fmt.Errorf("proofsys: %d queries, %d fees, %d request ids", m, len(job.Fees), len(job.RequestIDs))
	}
	b := &proof.Batch{Model: proof.Model{Accounts: job.Accounts, Features: job.Features}, Queries: job.Queries,
		Previous: job.Previous, ChainID: job.ChainID, ModelID: new(big.Int).SetUint64(job.ModelID),
		BatchID: new(big.Int).SetUint64(job.BatchID), Vault: job.Vault, FeeTotal: new(big.Int)}
	for i := range job.Queries {
		b.Shares = append(b.Shares, compute.ContributorShare(job.Fees[i], job.ContributorsBps))
		b.FeeTotal.Add(b.FeeTotal, job.Fees[i])
		b.RequestIDs = append(b.RequestIDs, new(big.Int).SetUint64(job.RequestIDs[i]))
	}
	return b, nil
}
