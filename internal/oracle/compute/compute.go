// Package compute is the one seam between the oracle and the hardware it computes on: influence
// scoring and proving sit behind Backend, so a CUDA backend can be added without touching callers.
// The CPU backend (the default, and the only one today) runs the integer DataInf of
// internal/influence and the gnark prover of internal/proof.
package compute

import (
	"context"
	"fmt"
	"math/big"

	"github.com/open-attribution/poa/internal/influence"
)

// Backend computes attributions and proofs.
type Backend interface {
	// Name identifies the backend in logs and /v1/status ("cpu", "cuda", ...).
	Name() string
	// Attribute scores one inference against a model's per-contribution features with the
	// fixed-point DataInf and splits fee (the request's contributor share) among the contributions
	// with a positive score. The result is exactly what the settlement proof recomputes.
	Attribute(ctx context.Context, in *influence.FixedInput, fee *big.Int) (*influence.FixedAttribution, error)
	// Prove proves a settlement batch.
	Prove(ctx context.Context, job *ProofJob) (*ProofResult, error)
}

// Select returns the backend for a name ("" and "cpu" give the CPU backend).
func Select(name string, prover Prover) (Backend, error) {
	switch name {
	case "", "cpu":
		return &CPU{Prover: prover}, nil
	}
	return nil, fmt.Errorf("compute: unknown backend %q (this build has: cpu)", name)
}

// CPU is the pure-Go backend.
type CPU struct {
	Prover Prover
}

// Name is "cpu".
func (*CPU) Name() string { return "cpu" }

// Attribute runs influence.FixedAttribute.
func (*CPU) Attribute(ctx context.Context, in *influence.FixedInput, fee *big.Int) (*influence.FixedAttribution, error) {
	return influence.FixedAttribute(ctx, in, fee)
}

// Prove runs the configured prover.
func (c *CPU) Prove(ctx context.Context, job *ProofJob) (*ProofResult, error) {
	if c.Prover == nil {
		return nil, fmt.Errorf("compute: no prover configured (proving_key is not set)")
	}
	return c.Prover.Prove(ctx, job)
}
