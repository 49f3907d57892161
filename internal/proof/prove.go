package proof

import (
	"context"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"

	"github.com/open-attribution/poa/internal/proof/circuit"
)

// ProofSize is the length of a proof as Groth16ScoreVerifier takes it: A (G1), B (G2), C (G1), each
// coordinate 32 big-endian bytes, G2 coordinates in EIP-197 order (x.a1, x.a0, y.a1, y.a0).
const ProofSize = 256

// Proof is a settlement proof and what it was made for.
type Proof struct {
	// Bytes is the `proof` argument of RewardVault.settle.
	Bytes []byte
	// Vector is the vault's public-input vector the proof verifies against; Digest the circuit's input.
	Vector []*big.Int
	Digest *big.Int
	Result *Result
}

// Prove computes the batch with the engine and proves it. The proof is made for the Solidity verifier
// (solidity.WithProverTargetSolidityVerifier: it fixes the hash-to-field the exported verifier uses; the
// circuit has no commitment, so it only pins the option the verifier side expects) and checked before it
// is returned.
func Prove(ctx context.Context, k *Keys, b *Batch) (*Proof, error) {
	a, r, err := Assignment(ctx, k.Sizes, b, circuit.Hints{})
	if err != nil {
		return nil, err
	}
	full, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
	if err != nil {
		return nil, fmt.Errorf("proof: witness: %w", err)
	}
	prf, err := groth16.Prove(k.CS, k.PK, full,
		backend.WithSolverOptions(solver.WithHints(circuit.Hints{}.List()...)),
		solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		return nil, fmt.Errorf("proof: proving: %w", err)
	}
	bn, ok := prf.(*groth16bn254.Proof)
	if !ok {
		return nil, fmt.Errorf("proof: not a BN254 proof")
	}
	vec, err := r.Public.Vector()
	if err != nil {
		return nil, err
	}
	out := &Proof{Bytes: bn.MarshalSolidity(), Vector: vec, Result: r}
	if out.Digest, err = Digest(k.Sizes, vec); err != nil {
		return nil, err
	}
	if err := Verify(k.VK, k.Sizes, out.Bytes, vec); err != nil {
		return nil, fmt.Errorf("proof: the new proof does not verify: %w", err)
	}
	return out, nil
}

// ParseProof decodes the 256-byte Solidity encoding (points must be on their curves, in their subgroups,
// coordinates canonical).
func ParseProof(b []byte) (*groth16bn254.Proof, error) {
	if len(b) != ProofSize {
		return nil, fmt.Errorf("proof: %d bytes, want %d", len(b), ProofSize)
	}
	p := new(groth16bn254.Proof)
	if _, err := p.Ar.SetBytes(b[0:64]); err != nil {
		return nil, fmt.Errorf("proof: A: %w", err)
	}
	if _, err := p.Bs.SetBytes(b[64:192]); err != nil {
		return nil, fmt.Errorf("proof: B: %w", err)
	}
	if _, err := p.Krs.SetBytes(b[192:256]); err != nil {
		return nil, fmt.Errorf("proof: C: %w", err)
	}
	p.CommitmentPok = bn254.G1Affine{}
	return p, nil
}

// Verify checks a proof against the vault's public-input vector, as Groth16ScoreVerifier does on chain.
func Verify(vk groth16.VerifyingKey, s Sizes, proofBytes []byte, vector []*big.Int) error {
	p, err := ParseProof(proofBytes)
	if err != nil {
		return err
	}
	digest, err := Digest(s, vector)
	if err != nil {
		return err
	}
	pub, err := witness.New(ecc.BN254.ScalarField())
	if err != nil {
		return fmt.Errorf("proof: %w", err)
	}
	values := make(chan any, 1)
	values <- digest
	close(values)
	if err := pub.Fill(1, 0, values); err != nil {
		return fmt.Errorf("proof: public witness: %w", err)
	}
	if err := groth16.Verify(p, vk, pub, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
		return fmt.Errorf("proof: %w", err)
	}
	return nil
}
