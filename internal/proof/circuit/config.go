// Package circuit is the gnark circuit of a settlement batch: it recomputes, in integers, the fixed-point
// DataInf score of every contribution for every inference (internal/influence.FixedDataInf), splits each
// inference's contributor share among the contributions with a positive score
// (internal/influence.SplitFeeInt), adds the shares to the cumulative payouts, and binds the result to the
// vault's public inputs. docs/proof.md states what it proves and why each constraint family is sound.
package circuit

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/open-attribution/poa/internal/influence"
	"github.com/open-attribution/poa/internal/payout"
	"github.com/open-attribution/poa/internal/proof/commit"
)

// Fixed widths of the encodings.
const (
	// InputBits is the width of an offset-encoded quantised entry: q + 2²³ ∈ [1, 2²⁴).
	InputBits = commit.EntryBits
	// InputOffset is the offset of that encoding.
	InputOffset = commit.EntryOffset
	// InputsPerElement is how many entries one commitment field element packs.
	InputsPerElement = commit.EntriesPerChunk
	// ShareBits bounds an inference's contributor share and every payout share: fees are uint96.
	ShareBits = 96
	// CumulativeBits bounds a leaf's cumulative amount.
	CumulativeBits = 128
	// AccountBits is the width of an address.
	AccountBits = 160
	// WordBits is the width of a public-vector word as the digest hashes it.
	WordBits = 256
	// FixedVectorWords is the number of vault public-input words before the packed shares.
	FixedVectorWords = 12
)

// Domain tags: the first element of each commitment's hash chain.
const (
	TagGradients  = 1
	TagInferences = 2
)

// Config fixes a circuit's shape.
type Config struct {
	// Contributions is N, the most contributions a model may have (rows; padding rows are zero).
	Contributions int `json:"contributions"`
	// Batch is M, the most requests a batch may hold (padding inferences have a zero share).
	Batch int `json:"batch"`
	// Layers are the feature dimensions d_l of the layers (one layer: a projection to D features).
	Layers []int `json:"layers"`
}

// Features is D = Σ d_l.
func (c Config) Features() int {
	d := 0
	for _, l := range c.Layers {
		d += l
	}
	return d
}

// Depth is the payout tree's depth: the smallest holding N leaves.
func (c Config) Depth() int { return payout.DepthFor(uint64(c.Contributions)) }

// ShareWords is the number of packed-share words (two shares per word).
func (c Config) ShareWords() int { return (c.Batch + 1) / 2 }

// VectorWords is the length of the public vector the digest hashes (the vault's, zero-padded).
func (c Config) VectorWords() int { return FixedVectorWords + c.ShareWords() }

// Validate checks the shape and that every bound below keeps the circuit's integer arithmetic far from
// the field order.
func (c Config) Validate() error {
	if c.Contributions < 1 || c.Contributions > 1<<20 {
		return fmt.Errorf("circuit: contributions %d outside 1..2^20", c.Contributions)
	}
	if c.Batch < 1 || c.Batch > 64 {
		return fmt.Errorf("circuit: batch %d outside 1..64", c.Batch)
	}
	if len(c.Layers) == 0 {
		return fmt.Errorf("circuit: no layers")
	}
	for _, d := range c.Layers {
		if d < 1 || d > 1<<16 {
			return fmt.Errorf("circuit: layer dimension %d outside 1..2^16", d)
		}
	}
	b, err := c.bounds()
	if err != nil {
		return err
	}
	return b.check()
}

// LayerBounds are the widths of one layer's divisions.
type LayerBounds struct {
	// Lambda: λ₀ = rhu(T, 10·n·d) has a quotient below 2^LambdaQ and a divisor 2·10·n·d below 2^LambdaR.
	LambdaQ, LambdaR int
	// LambdaMax bounds Λ = max(1, λ₀).
	LambdaMax *big.Int
	// R_k = rhu(S²·2^F_W, n(Λ+N_k)) < 2^WRecipBits, its divisor 2n(Λ+N_k) below 2^WR;
	// W = rhu(A·R_k, 2^F_W): |W| ≤ WMax, encoded as W + 2^WBits−1 ∈ [0, 2^WBits); |A| ≤ AMax.
	WRecipBits int
	WR         int
	AMax       *big.Int
	WMax       *big.Int
	WBits      int
	// R_Λ = rhu(2^F_S, Λ) < 2^ScoreRecipBits (divisor 2Λ below 2^(LambdaQ+1));
	// score = rhu(D·R_Λ, 2^(F_S+16)): |score| ≤ ScoreMax.
	ScoreRecipBits int
	ScoreMax       *big.Int
	// DMax bounds |D_k| (and |E_j|·d·B).
	DMax *big.Int
}

// Bounds are the widths the circuit range-checks to, derived from the bounds on the inputs
// (|q| ≤ B = 2²³−1, 1 ≤ n ≤ N, d_l) as docs/proof.md derives them.
type Bounds struct {
	Layers []LayerBounds
	// ScoreBits: the total score s satisfies |s| < 2^ScoreBits; s − 1 + 2^ScoreBits is decomposed into
	// ScoreBits+1 bits, whose top bit is [s > 0].
	ScoreBits int
	// TotalR: an inference's positive total is below 2^TotalR.
	TotalR int
	// ShareSumBits bounds Σ_i c_i and the distributed total.
	ShareSumBits int
}

// Bounds returns the circuit's range-check widths.
func (c Config) Bounds() (Bounds, error) {
	if err := c.Validate(); err != nil {
		return Bounds{}, err
	}
	return c.bounds()
}

func bitlen(x *big.Int) int { return x.BitLen() }

// isqrtCeil is ⌈√x⌉.
func isqrtCeil(x *big.Int) *big.Int {
	r := new(big.Int).Sqrt(x)
	if new(big.Int).Mul(r, r).Cmp(x) < 0 {
		r.Add(r, big.NewInt(1))
	}
	return r
}

func (c Config) bounds() (Bounds, error) {
	one := big.NewInt(1)
	B := big.NewInt(influence.FixedMaxAbs)
	S := big.NewInt(influence.FixedScale)
	S2 := new(big.Int).Mul(S, S)
	B2 := new(big.Int).Mul(B, B)
	N := big.NewInt(int64(c.Contributions))
	var out Bounds
	total := new(big.Int)
	for _, d := range c.Layers {
		bd := big.NewInt(int64(d))
		var lb LayerBounds
		// λ₀ ≤ T/(10nd) + 1/2 ≤ B²/10 + 1/2, and its divisor 2·10·n·d ≤ 20·N·d.
		lam := new(big.Int).Div(B2, big.NewInt(10))
		lam.Add(lam, one)
		lb.LambdaMax = lam
		lb.LambdaQ = bitlen(lam)
		lb.LambdaR = bitlen(new(big.Int).Mul(big.NewInt(20*int64(d)), N))
		// R_k: divisor 2n(Λ + N_k) ≤ 2N(Λmax + d·B²), n(Λ + N_k) ≥ 1 so R_k ≤ S²·2^F_W.
		// W: |A·S²/(n(Λ+N_k))| ≤ √d·B·S²/2 (Cauchy–Schwarz and Λ ≥ 1), R_k's rounding adds at most
		// |A|/2^(F_W+1) ≤ d·B²/2^(F_W+1), W's own rounding ½.
		nk := new(big.Int).Mul(bd, B2)
		lb.WR = bitlen(new(big.Int).Mul(new(big.Int).Mul(big.NewInt(2), N), new(big.Int).Add(lam, nk)))
		lb.WRecipBits = bitlen(new(big.Int).Lsh(S2, influence.FixedWRecipBits)) + 1
		lb.AMax = nk
		w := isqrtCeil(new(big.Int).Mul(bd, new(big.Int).Mul(B2, new(big.Int).Mul(S2, S2))))
		w.Rsh(w, 1)
		w.Add(w, new(big.Int).Rsh(nk, influence.FixedWRecipBits+1))
		w.Add(w, big.NewInt(2))
		lb.WMax = w
		lb.WBits = bitlen(w) + 1
		// |E_j| ≤ S²B + N·Wmax·B, |D_k| ≤ d·B·max|E_j|.
		e := new(big.Int).Mul(S2, B)
		e.Add(e, new(big.Int).Mul(N, new(big.Int).Mul(w, B)))
		lb.DMax = new(big.Int).Mul(bd, new(big.Int).Mul(B, e))
		// |D/(SΛ)| ≤ 2·S·B·d·√(15N) + √N·15·N·d·2|ε|/(2S) + 1; R_Λ ≤ 2^F_S, and its rounding adds at most
		// |D|/2^(F_S+17), the score's own rounding ½.
		lb.ScoreRecipBits = influence.FixedScoreRecipBits + 1
		s := new(big.Int).Mul(big.NewInt(2), new(big.Int).Mul(S, new(big.Int).Mul(B, bd)))
		s.Mul(s, isqrtCeil(new(big.Int).Mul(big.NewInt(15), N)))
		// The second term is W's error |ε| ≤ ½ + |A|/2^(F_W+1) times ‖G_k‖√(nT); 2|ε| ≤ 2 + AMax/2^F_W.
		t := new(big.Int).Mul(isqrtCeil(N), new(big.Int).Mul(big.NewInt(15), new(big.Int).Mul(N, bd)))
		t.Mul(t, new(big.Int).Add(big.NewInt(2), new(big.Int).Rsh(nk, influence.FixedWRecipBits)))
		t.Div(t, new(big.Int).Mul(big.NewInt(2), S))
		s.Add(s, t)
		s.Add(s, new(big.Int).Rsh(lb.DMax, scoreShift+1))
		s.Add(s, big.NewInt(3))
		lb.ScoreMax = s
		total.Add(total, s)
		out.Layers = append(out.Layers, lb)
	}
	out.ScoreBits = bitlen(total)
	out.TotalR = bitlen(new(big.Int).Lsh(N, uint(out.ScoreBits)))
	out.ShareSumBits = ShareBits + bitlen(big.NewInt(int64(c.Batch)))
	return out, nil
}

// check verifies that every division's quotient·divisor + remainder stays below r/2, so that the field
// equation q·b + r = a forces the integer one, and that every intermediate fits.
func (b Bounds) check() error {
	half := new(big.Int).Rsh(fr.Modulus(), 1)
	fits := func(what string, bits int) error {
		if new(big.Int).Lsh(big.NewInt(1), uint(bits)).Cmp(half) >= 0 {
			return fmt.Errorf("circuit: %s needs %d bits, too close to the field order", what, bits)
		}
		return nil
	}
	for l, lb := range b.Layers {
		for _, c := range []struct {
			what string
			bits int
		}{
			{"Λ division", lb.LambdaQ + lb.LambdaR + 1},
			{"R_k division", lb.WRecipBits + lb.WR + 1},
			{"W rounding", lb.AMax.BitLen() + lb.WRecipBits + 1},
			{"R_Λ division", lb.ScoreRecipBits + lb.LambdaQ + 2},
			{"score rounding", lb.DMax.BitLen() + lb.ScoreRecipBits + 1},
		} {
			if err := fits(fmt.Sprintf("layer %d %s", l, c.what), c.bits); err != nil {
				return err
			}
		}
	}
	// Split: R_i = ⌈c_i·2^F / total⌉ ≤ 2^(96+F) with q·b + r < 2^(96+F+TotalR+2), and pos·R_i below
	// 2^(ScoreBits+96+F+1); the total must stay below 2^F for the shares not to exceed c_i.
	if b.TotalR > influence.FixedSplitRecipBits {
		return fmt.Errorf("circuit: positive totals up to 2^%d exceed the split's 2^%d", b.TotalR, influence.FixedSplitRecipBits)
	}
	if err := fits("split reciprocal", ShareBits+influence.FixedSplitRecipBits+b.TotalR+2); err != nil {
		return err
	}
	if err := fits("share", b.ScoreBits+ShareBits+influence.FixedSplitRecipBits+2); err != nil {
		return err
	}
	return nil
}
