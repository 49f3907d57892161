package proof

import (
	"crypto/sha256"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/open-attribution/poa/internal/proof/circuit"
)

// PublicInputs is the vault's public-input vector (IRewardVault.publicInputs), field by field:
//
//	[chainId, vault, modelId, batchId, gradientCommitment, inferenceCommitment, feeTotal,
//	 contributorShare, previousPayoutRoot, newPayoutRoot, distributed, requestsDigest,
//	 share_0 | share_1·2⁹⁶, share_2 | share_3·2⁹⁶, …]
//
// with requestsDigest = keccak256(abi.encodePacked(requestIds)) >> 3 and share_i = ⌊fee_i·bps/10⁴⌋ the
// contributor share of the batch's i-th request, two per word.
type PublicInputs struct {
	ChainID             *big.Int
	Vault               common.Address
	ModelID, BatchID    *big.Int
	GradientCommitment  common.Hash
	InferenceCommitment common.Hash
	FeeTotal            *big.Int
	ContributorShare    *big.Int
	PreviousRoot        common.Hash
	NewRoot             common.Hash
	Distributed         *big.Int
	RequestsDigest      *big.Int
	Shares              []*big.Int
}

// RequestsDigest is keccak256(abi.encodePacked(requestIds)) >> 3, as the vault computes it.
func RequestsDigest(requestIDs []*big.Int) *big.Int {
	buf := make([]byte, 32*len(requestIDs))
	for i, id := range requestIDs {
		id.FillBytes(buf[32*i : 32*(i+1)])
	}
	return new(big.Int).Rsh(crypto.Keccak256Hash(buf).Big(), 3)
}

var shareLimit = new(big.Int).Lsh(big.NewInt(1), circuit.ShareBits)

// Vector returns the vault's vector.
func (p PublicInputs) Vector() ([]*big.Int, error) {
	v := []*big.Int{
		p.ChainID, new(big.Int).SetBytes(p.Vault.Bytes()), p.ModelID, p.BatchID,
		p.GradientCommitment.Big(), p.InferenceCommitment.Big(), p.FeeTotal, p.ContributorShare,
		p.PreviousRoot.Big(), p.NewRoot.Big(), p.Distributed, p.RequestsDigest,
	}
	for i, x := range v {
		if x == nil {
			return nil, fmt.Errorf("proof: public input %d is missing", i)
		}
	}
	for i := 0; i < len(p.Shares); i += 2 {
		w := new(big.Int)
		for j := i; j < i+2 && j < len(p.Shares); j++ {
			s := p.Shares[j]
			if s == nil || s.Sign() < 0 || s.Cmp(shareLimit) >= 0 {
				return nil, fmt.Errorf("proof: share %d = %v outside [0, 2^96)", j, s)
			}
			w.Or(w, new(big.Int).Lsh(s, uint(circuit.ShareBits*(j-i))))
		}
		v = append(v, w)
	}
	return v, nil
}

// Digest is the circuit's one public input: SHA-256 over the vector zero-padded to the circuit's
// length, 32 big-endian bytes per word, with the top three bits cleared. Groth16ScoreVerifier computes
// the same on chain. Every word must be below the field order r.
func Digest(cfg circuit.Config, vector []*big.Int) (*big.Int, error) {
	words := cfg.VectorWords()
	if len(vector) > words {
		return nil, fmt.Errorf("proof: %d public inputs, the circuit takes at most %d", len(vector), words)
	}
	buf := make([]byte, 32*words)
	for i, x := range vector {
		if x == nil || x.Sign() < 0 || x.Cmp(fr.Modulus()) >= 0 {
			return nil, fmt.Errorf("proof: public input %d = %v is not below the field order", i, x)
		}
		x.FillBytes(buf[32*i : 32*(i+1)])
	}
	h := sha256.Sum256(buf)
	d := new(big.Int).SetBytes(h[:])
	return d.And(d, new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), circuit.DigestBits), big.NewInt(1))), nil
}
