// Package commit computes the Poseidon2 commitments the settlement proof opens: the model's gradient
// commitment (registered with the model) and a batch's inference commitment (given with the settlement).
//
// Encoding. A quantised entry q (|q| ≤ 2²³−1, internal/influence's fixed-point grid) is offset-encoded as
// u = q + 2²³ ∈ [1, 2²⁴); ten such 24-bit values are packed into one field element, entry t of a chunk
// at bits 24t (Σ u_t·2^(24t) < 2²⁴⁰ < r); the last chunk's unused slots are 0 (a value no entry has).
// Matrices are packed row-major; a row is the concatenation of the layers' features in layer order.
//
//	gradients  = Hash(1, N, L, d_1..d_L, n, account_0..account_{N−1}, packed G)   (G: N×D, rows ≥ n zero)
//	inferences = Hash(2, M, L, d_1..d_L, packed V)                                (V: M×D, unused rows zero)
//
// with Hash the Poseidon2 chain of internal/proof/poseidon, N and M the circuit's sizes, n the model's
// contribution count, accounts as 160-bit integers (zero beyond n). Both commitments therefore also fix
// the circuit shape they were made for.
package commit

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/internal/influence"
	"github.com/open-attribution/poa/internal/proof/poseidon"
)

// Encoding constants (mirrored by internal/proof/circuit).
const (
	TagGradients     = 1
	TagInferences    = 2
	EntryBits        = influence.FixedInputBits
	EntryOffset      = 1 << (EntryBits - 1)
	EntriesPerChunk  = 240 / EntryBits
	MaxAbs           = influence.FixedMaxAbs
	AccountBits      = 160
	maxCircuitLength = 1 << 30
)

// Pack offset-encodes and packs entries.
func Pack(entries []int64) ([]fr.Element, error) {
	out := make([]fr.Element, (len(entries)+EntriesPerChunk-1)/EntriesPerChunk)
	for i, q := range entries {
		if q > MaxAbs || q < -MaxAbs {
			return nil, fmt.Errorf("commit: entry %d = %d outside ±%d", i, q, MaxAbs)
		}
		var u, shift fr.Element
		u.SetUint64(uint64(q + EntryOffset))
		shift.SetBigInt(new(big.Int).Lsh(big.NewInt(1), uint(EntryBits*(i%EntriesPerChunk))))
		u.Mul(&u, &shift)
		out[i/EntriesPerChunk].Add(&out[i/EntriesPerChunk], &u)
	}
	return out, nil
}

// Shape is a circuit's shape as the commitments see it.
type Shape struct {
	Contributions int   // N
	Batch         int   // M
	Layers        []int // d_l
}

// Features is D.
func (s Shape) Features() int {
	d := 0
	for _, l := range s.Layers {
		d += l
	}
	return d
}

func (s Shape) header(tag, size int) []fr.Element {
	h := make([]fr.Element, 3+len(s.Layers))
	h[0].SetUint64(uint64(tag))
	h[1].SetUint64(uint64(size))
	h[2].SetUint64(uint64(len(s.Layers)))
	for i, d := range s.Layers {
		h[3+i].SetUint64(uint64(d))
	}
	return h
}

// flatten pads rows to size×D with zeros.
func (s Shape) flatten(rows [][]int64, size int, what string) ([]int64, error) {
	D := s.Features()
	if len(rows) > size {
		return nil, fmt.Errorf("commit: %d %s rows, the circuit holds %d", len(rows), what, size)
	}
	if size*D > maxCircuitLength || D == 0 {
		return nil, fmt.Errorf("commit: shape %d×%d out of range", size, D)
	}
	flat := make([]int64, size*D)
	for i, r := range rows {
		if len(r) != D {
			return nil, fmt.Errorf("commit: %s row %d has %d entries, want %d", what, i, len(r), D)
		}
		copy(flat[i*D:], r)
	}
	return flat, nil
}

// Gradients returns the gradient commitment of a model with the given contributors (accounts[i] is the
// contributor of accepted index i) and per-contribution features (rows[i], D entries).
func Gradients(s Shape, accounts []common.Address, rows [][]int64) (fr.Element, error) {
	var zero fr.Element
	if len(accounts) != len(rows) || len(rows) == 0 {
		return zero, fmt.Errorf("commit: %d accounts for %d feature rows (need at least one)", len(accounts), len(rows))
	}
	flat, err := s.flatten(rows, s.Contributions, "feature")
	if err != nil {
		return zero, err
	}
	packed, err := Pack(flat)
	if err != nil {
		return zero, err
	}
	xs := s.header(TagGradients, s.Contributions)
	var n fr.Element
	n.SetUint64(uint64(len(rows)))
	xs = append(xs, n)
	for i := 0; i < s.Contributions; i++ {
		var a fr.Element
		if i < len(accounts) {
			a.SetBytes(accounts[i].Bytes())
		}
		xs = append(xs, a)
	}
	return poseidon.Hash(append(xs, packed...)...), nil
}

// Inferences returns the inference commitment of a batch's query gradients (one row of D entries per
// request, in the settlement's request order).
func Inferences(s Shape, queries [][]int64) (fr.Element, error) {
	var zero fr.Element
	flat, err := s.flatten(queries, s.Batch, "inference")
	if err != nil {
		return zero, err
	}
	packed, err := Pack(flat)
	if err != nil {
		return zero, err
	}
	return poseidon.Hash(append(s.header(TagInferences, s.Batch), packed...)...), nil
}
