package influence

import (
	"context"
	"fmt"
	"math"
	"math/big"
)

// Fixed-point format of the DataInf score (mirrored by the proof circuit).
const (
	// FixedFracBits is the number of fractional bits of every quantised
	// gradient entry and of the output scores: real value = integer / 2^16.
	FixedFracBits = 16
	// FixedScale is S = 2^FixedFracBits.
	FixedScale int64 = 1 << FixedFracBits
	// FixedInputBits is the width of a quantised entry's offset encoding: |q| ≤ 2^23 − 1 keeps q + 2^23
	// in 24 bits, so that the proof circuit range-checks 24 bits per entry, packs ten entries per field
	// element, and its division widths (which grow with the entries' magnitude) stay small. At S = 2^16
	// that is ±128 in real units.
	FixedInputBits = 24
	// FixedMaxAbs is M: every quantised entry must satisfy |q| ≤ M
	// (Quantize clamps to it; FixedDataInf rejects larger values).
	FixedMaxAbs int64 = 1<<(FixedInputBits-1) - 1
	// FixedMaxDim bounds d_l per layer.
	FixedMaxDim = 1 << 24
	// FixedMaxRows bounds n, the number of rows (contributions).
	FixedMaxRows = 1 << 20
	// FixedDampingDen is the denominator of the damping factor 1/10:
	// Λ_l = max(1, rhu(T_l, 10·n·d_l)).
	FixedDampingDen = 10
	// FixedWRecipBits and FixedScoreRecipBits are the fractional widths of the
	// two reciprocals FixedDataInf multiplies by instead of dividing once per
	// (row, query) pair: a division by a power of two costs the proof circuit
	// one range check of its width, a division by a variable two of the
	// divisor's width, and the pairs are most of the circuit. Both keep at least
	// 21 significant bits for |q| ≤ FixedMaxAbs and n·d ≤ 2^14 (the relative
	// error each adds is in docs/influence.md, "Error bound").
	FixedWRecipBits     = 52
	FixedScoreRecipBits = 64
)

// Quantize maps a real value to the fixed-point grid: q = round(x·2^16)
// (half away from zero), clamped to ±FixedMaxAbs. clamped reports a clamp.
// NaN maps to 0 with clamped = true; callers validate finiteness first.
func Quantize(x float64) (q int64, clamped bool) {
	if math.IsNaN(x) {
		return 0, true
	}
	y := math.Round(x * float64(FixedScale))
	if y > float64(FixedMaxAbs) {
		return FixedMaxAbs, true
	}
	if y < -float64(FixedMaxAbs) {
		return -FixedMaxAbs, true
	}
	return int64(y), false
}

// FixedLayer is one layer of the fixed-point input.
type FixedLayer struct {
	Name string
	Dim  int
	// Train is the n×Dim matrix of quantised per-contribution features
	// (row-major), Query the quantised inference gradient (Dim entries).
	Train []int64
	Query []int64
}

// FixedInput is the integer input of FixedDataInf: n rows (contributions)
// and one query, split into layers.
type FixedInput struct {
	N      int
	Layers []FixedLayer
}

// QuantizeInput quantises float gradients (rows of train: contributions;
// query: one slice per layer) with Quantize. It returns the number of
// clamped entries; non-finite values are an error naming layer, row, column.
func QuantizeInput(train *Grads, query [][]float64) (*FixedInput, int, error) {
	if err := train.Validate(); err != nil {
		return nil, 0, fmt.Errorf("quantize: %w", err)
	}
	if err := checkQuery(train, query); err != nil {
		return nil, 0, fmt.Errorf("quantize: %w", err)
	}
	in := &FixedInput{N: train.N, Layers: make([]FixedLayer, len(train.Layers))}
	clampedN := 0
	for l := range train.Layers {
		ly := &train.Layers[l]
		fl := FixedLayer{Name: ly.Name, Dim: ly.Dim, Train: make([]int64, len(ly.Data)), Query: make([]int64, ly.Dim)}
		for k, x := range ly.Data {
			q, c := Quantize(x)
			fl.Train[k] = q
			if c {
				clampedN++
			}
		}
		for k, x := range query[l] {
			q, c := Quantize(x)
			fl.Query[k] = q
			if c {
				clampedN++
			}
		}
		in.Layers[l] = fl
	}
	return in, clampedN, nil
}

// FixedResult is the output of FixedDataInf.
type FixedResult struct {
	// Lambda is Λ_l per layer, at scale S² (0 for a skipped all-zero layer).
	Lambda []*big.Int
	// LayerScores[l][k] is layer l's helpfulness of row k, at scale S.
	LayerScores [][]*big.Int
	// Scores[k] = Σ_l LayerScores[l][k]: the helpfulness of row k at scale S
	// (real value Scores[k]/2^16; > 0 means row k helped the query).
	Scores []*big.Int
}

// rhu is round-half-up integer division: ⌊(2a + b) / (2b)⌋ for b > 0.
func rhu(a, b *big.Int) *big.Int {
	num := new(big.Int).Lsh(a, 1)
	num.Add(num, b)
	den := new(big.Int).Lsh(b, 1)
	return num.Div(num, den) // Euclidean = floor for den > 0
}

var errFixedOverflow = fmt.Errorf("fixed-point intermediate exceeds 127 bits (inputs outside the documented bounds)")

// FixedDataInf computes the DataInf helpfulness −I(k) of every row k on the
// query in integers only. With G_i, V the integer vectors of one layer (real
// value /S), per layer:
//
//	N_i = G_i·G_i,  A_i = V·G_i,  T = Σ_i N_i                    (scale S²)
//	Λ   = max(1, rhu(T, 10·n·d))                                 (scale S²; layer skipped when T = 0)
//	R_i = rhu(S²·2^F_W, n·(Λ + N_i))                             (≈ S²/(n(Λ+N_i)) at scale 2^F_W)
//	W_i = rhu(A_i·R_i, 2^F_W)                                    (scale S²)
//	U_j = Σ_i W_i·G_ij,  E_j = S²·V_j − U_j                      (scale S³)
//	D_k = Σ_j E_j·G_kj                                           (scale S⁴)
//	R_Λ = rhu(2^F_S, Λ)                                          (≈ 1/Λ at scale 2^F_S)
//	score_k += rhu(D_k·R_Λ, 2^(F_S+16))                          (scale S)
//
// where rhu(a, b) = ⌊(2a + b)/(2b)⌋ (round half up), F_W = FixedWRecipBits
// and F_S = FixedScoreRecipBits: W_i ≈ A_i·S²/(n(Λ+N_i)) and
// score_k ≈ D_k/(S·Λ), through one reciprocal per row and one per layer
// (see FixedWRecipBits for why). Dot products use
// checked 128-bit accumulators and the rest big.Int, so nothing wraps: an
// intermediate outside 127 bits (impossible within the documented bounds)
// is an error. The result depends only on the integers, never on the
// platform.
func FixedDataInf(ctx context.Context, in *FixedInput) (*FixedResult, error) {
	if err := in.validate(); err != nil {
		return nil, err
	}
	n := in.N
	res := &FixedResult{Lambda: make([]*big.Int, len(in.Layers)), LayerScores: make([][]*big.Int, len(in.Layers)), Scores: make([]*big.Int, n)}
	for k := range res.Scores {
		res.Scores[k] = new(big.Int)
	}
	S := big.NewInt(FixedScale)
	S2 := new(big.Int).Mul(S, S)
	bn := big.NewInt(int64(n))
	for l := range in.Layers {
		if err := ctxErr(ctx); err != nil {
			return nil, err
		}
		ly := &in.Layers[l]
		d := ly.Dim
		ls := make([]*big.Int, n)
		for k := range ls {
			ls[k] = new(big.Int)
		}
		res.LayerScores[l] = ls
		// N_i, A_i and T.
		Nb := make([]*big.Int, n)
		Ab := make([]*big.Int, n)
		T := new(big.Int)
		for i := 0; i < n; i++ {
			row := ly.Train[i*d : (i+1)*d]
			nn, err := dotI64(row, row)
			if err != nil {
				return nil, fmt.Errorf("fixed datainf: layer %q row %d: %w", ly.Name, i, err)
			}
			aa, err := dotI64(ly.Query, row)
			if err != nil {
				return nil, fmt.Errorf("fixed datainf: layer %q row %d: %w", ly.Name, i, err)
			}
			Nb[i], Ab[i] = nn.big(), aa.big()
			T.Add(T, Nb[i])
		}
		if T.Sign() == 0 {
			res.Lambda[l] = new(big.Int)
			continue
		}
		lam := rhu(T, big.NewInt(int64(FixedDampingDen)*int64(n)*int64(d)))
		if lam.Sign() <= 0 {
			lam.SetInt64(1)
		}
		res.Lambda[l] = lam
		// W_i.
		W := make([]i128, n)
		wOne := new(big.Int).Lsh(big.NewInt(1), FixedWRecipBits)
		wNum := new(big.Int).Mul(S2, wOne)
		for i := 0; i < n; i++ {
			den := new(big.Int).Add(lam, Nb[i])
			den.Mul(den, bn)
			w, ok := i128FromBig(rhu(new(big.Int).Mul(Ab[i], rhu(wNum, den)), wOne))
			if !ok {
				return nil, fmt.Errorf("fixed datainf: layer %q: W_%d: %w", ly.Name, i, errFixedOverflow)
			}
			W[i] = w
		}
		// E = S²·V − Σ_i W_i G_i.
		E := make([]i128, d)
		for j := 0; j < d; j++ {
			E[j], _ = i128From(ly.Query[j]).mul64(FixedScale * FixedScale)
		}
		for i := 0; i < n; i++ {
			if i%64 == 0 {
				if err := ctxErr(ctx); err != nil {
					return nil, err
				}
			}
			wn := W[i].neg()
			row := ly.Train[i*d : (i+1)*d]
			for j, g := range row {
				if g == 0 {
					continue
				}
				p, ok := wn.mul64(g)
				if !ok {
					return nil, fmt.Errorf("fixed datainf: layer %q: U: %w", ly.Name, errFixedOverflow)
				}
				if E[j], ok = E[j].add(p); !ok {
					return nil, fmt.Errorf("fixed datainf: layer %q: E_%d: %w", ly.Name, j, errFixedOverflow)
				}
			}
		}
		// D_k = Σ_j E_j G_kj, as 2^64·Σ hi_j G_kj + Σ lo_j G_kj (each fits in 128 bits).
		recip := rhu(new(big.Int).Lsh(big.NewInt(1), FixedScoreRecipBits), lam)
		div := new(big.Int).Lsh(big.NewInt(1), FixedScoreRecipBits+FixedFracBits)
		for k := 0; k < n; k++ {
			row := ly.Train[k*d : (k+1)*d]
			var hiAcc, loAcc i128
			for j, g := range row {
				if g == 0 {
					continue
				}
				ph, ok1 := i128From(int64(E[j].hi)).mul64(g)
				pl, ok2 := i128{0, E[j].lo}.mul64(g)
				var ok3, ok4 bool
				hiAcc, ok3 = hiAcc.add(ph)
				loAcc, ok4 = loAcc.add(pl)
				if !(ok1 && ok2 && ok3 && ok4) {
					return nil, fmt.Errorf("fixed datainf: layer %q: D_%d: %w", ly.Name, k, errFixedOverflow)
				}
			}
			D := hiAcc.big()
			D.Lsh(D, 64)
			D.Add(D, loAcc.big())
			ls[k] = rhu(D.Mul(D, recip), div)
			res.Scores[k].Add(res.Scores[k], ls[k])
		}
	}
	return res, nil
}

// dotI64 is Σ a_j b_j for |a_j|, |b_j| ≤ FixedMaxAbs (each product fits in
// int64), accumulated in a checked 128-bit integer.
func dotI64(a, b []int64) (i128, error) {
	var acc i128
	var ok bool
	for j := range a {
		if acc, ok = acc.add(i128From(a[j] * b[j])); !ok {
			return acc, errFixedOverflow
		}
	}
	return acc, nil
}

func (in *FixedInput) validate() error {
	if in == nil || in.N <= 0 || in.N > FixedMaxRows {
		return fmt.Errorf("fixed datainf: rows must be in 1..%d", FixedMaxRows)
	}
	if len(in.Layers) == 0 {
		return fmt.Errorf("fixed datainf: no layers")
	}
	for l := range in.Layers {
		ly := &in.Layers[l]
		if ly.Dim <= 0 || ly.Dim > FixedMaxDim {
			return fmt.Errorf("fixed datainf: layer %q: dim %d outside 1..%d", ly.Name, ly.Dim, FixedMaxDim)
		}
		if len(ly.Train) != in.N*ly.Dim {
			return fmt.Errorf("fixed datainf: layer %q: train has %d entries, want %d×%d", ly.Name, len(ly.Train), in.N, ly.Dim)
		}
		if len(ly.Query) != ly.Dim {
			return fmt.Errorf("fixed datainf: layer %q: query has %d entries, want %d", ly.Name, len(ly.Query), ly.Dim)
		}
		for k, q := range ly.Train {
			if q > FixedMaxAbs || q < -FixedMaxAbs {
				return fmt.Errorf("fixed datainf: layer %q: train row %d column %d = %d outside ±%d", ly.Name, k/ly.Dim, k%ly.Dim, q, FixedMaxAbs)
			}
		}
		for j, q := range ly.Query {
			if q > FixedMaxAbs || q < -FixedMaxAbs {
				return fmt.Errorf("fixed datainf: layer %q: query column %d = %d outside ±%d", ly.Name, j, q, FixedMaxAbs)
			}
		}
	}
	return nil
}

// FixedToFloat returns the real value of a score at scale S.
func FixedToFloat(s *big.Int) float64 {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(s), big.NewFloat(float64(FixedScale))).Float64()
	return f
}
