package influence

import (
	"context"
	"fmt"
	"math"
	"math/big"
)

// MaxFee is the largest fee the split accepts: 2²⁵⁶ − 1 (a uint256).
var MaxFee = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// SplitFee splits fee (wei) among the contributions with a positive
// helpfulness score, in proportion to that score:
//
//	share_k = ⌊fee · score_k / Σ_{j: score_j > 0} score_j⌋   if score_k > 0, else 0
//	dust    = fee − Σ_k share_k                               (0 ≤ dust < #positive)
//
// The division is floor (toward zero: every operand is non-negative). The
// dust goes to the treasury, never to a contributor. With no positive score
// the whole fee is dust. Scores are float64 values taken exactly (as
// rationals), so the result is deterministic; NaN or ±Inf is an error.
func SplitFee(fee *big.Int, scores []float64) (shares []*big.Int, dust *big.Int, err error) {
	rs := make([]*big.Rat, len(scores))
	for k, s := range scores {
		if math.IsNaN(s) || math.IsInf(s, 0) {
			return nil, nil, fmt.Errorf("split fee: score %d is %v", k, s)
		}
		rs[k] = new(big.Rat).SetFloat64(s)
	}
	return splitRat(fee, rs)
}

// SplitFeeInt is SplitFee for integer scores (the fixed-point path); it is
// the rule the proof circuit enforces.
func SplitFeeInt(fee *big.Int, scores []*big.Int) (shares []*big.Int, dust *big.Int, err error) {
	rs := make([]*big.Rat, len(scores))
	for k, s := range scores {
		if s == nil {
			return nil, nil, fmt.Errorf("split fee: score %d is nil", k)
		}
		rs[k] = new(big.Rat).SetInt(s)
	}
	return splitRat(fee, rs)
}

func splitRat(fee *big.Int, scores []*big.Rat) ([]*big.Int, *big.Int, error) {
	if fee == nil || fee.Sign() < 0 || fee.Cmp(MaxFee) > 0 {
		return nil, nil, fmt.Errorf("split fee: fee %v outside 0..2^256-1", fee)
	}
	total := new(big.Rat)
	for _, s := range scores {
		if s.Sign() > 0 {
			total.Add(total, s)
		}
	}
	shares := make([]*big.Int, len(scores))
	paid := new(big.Int)
	for k, s := range scores {
		shares[k] = new(big.Int)
		if s.Sign() <= 0 {
			continue
		}
		// ⌊fee·s/total⌋ = ⌊(fee·s.num·total.den) / (s.den·total.num)⌋
		num := new(big.Int).Mul(fee, s.Num())
		num.Mul(num, total.Denom())
		den := new(big.Int).Mul(s.Denom(), total.Num())
		shares[k].Quo(num, den)
		paid.Add(paid, shares[k])
	}
	return shares, new(big.Int).Sub(fee, paid), nil
}

// FixedAttribution is the integer result the proof circuit reproduces for
// one inference: the contributions' helpfulness scores (scale 2^16) and the
// split of its fee.
type FixedAttribution struct {
	*FixedResult
	Shares []*big.Int
	Dust   *big.Int
}

// FixedAttribute runs FixedDataInf on quantised per-contribution features
// and one quantised inference gradient, then SplitFeeInt on the scores.
func FixedAttribute(ctx context.Context, in *FixedInput, fee *big.Int) (*FixedAttribution, error) {
	res, err := FixedDataInf(ctx, in)
	if err != nil {
		return nil, err
	}
	shares, dust, err := SplitFeeInt(fee, res.Scores)
	if err != nil {
		return nil, err
	}
	return &FixedAttribution{FixedResult: res, Shares: shares, Dust: dust}, nil
}
