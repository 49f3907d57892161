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

// FixedSplitRecipBits is the fractional width of SplitFeeInt's per-fee
// reciprocal; positive totals must stay below 2^FixedSplitRecipBits.
const FixedSplitRecipBits = 72

// SplitFeeInt is SplitFee for integer scores (the fixed-point path), the rule
// the proof circuit enforces. It divides once per fee, not once per score:
// with total = Σ_{j: score_j > 0} score_j and F = FixedSplitRecipBits,
//
//	R       = ⌈fee·2^F / total⌉
//	share_k = ⌊score_k·R / 2^F⌋   if score_k > 0, else 0
//
// Each share is SplitFee's ⌊fee·score_k/total⌋ or one more (a single positive
// score takes the whole fee), and since total < 2^F the shares add up to at
// most fee: 0 ≤ dust < #positive. With no positive score the whole fee is
// dust; a positive total of 2^F or more is an error.
func SplitFeeInt(fee *big.Int, scores []*big.Int) (shares []*big.Int, dust *big.Int, err error) {
	if fee == nil || fee.Sign() < 0 || fee.Cmp(MaxFee) > 0 {
		return nil, nil, fmt.Errorf("split fee: fee %v outside 0..2^256-1", fee)
	}
	total := new(big.Int)
	for k, s := range scores {
		if s == nil {
			return nil, nil, fmt.Errorf("split fee: score %d is nil", k)
		}
		if s.Sign() > 0 {
			total.Add(total, s)
		}
	}
	shares = make([]*big.Int, len(scores))
	dust = new(big.Int).Set(fee)
	if total.BitLen() > FixedSplitRecipBits {
		return nil, nil, fmt.Errorf("split fee: positive total %v is not below 2^%d", total, FixedSplitRecipBits)
	}
	var recip *big.Int
	if total.Sign() > 0 { // ⌈fee·2^F/total⌉ = ⌊(fee·2^F + total − 1)/total⌋
		recip = new(big.Int).Lsh(fee, FixedSplitRecipBits)
		recip.Add(recip, total).Sub(recip, big.NewInt(1)).Quo(recip, total)
	}
	for k, s := range scores {
		shares[k] = new(big.Int)
		if s.Sign() <= 0 {
			continue
		}
		shares[k].Mul(s, recip).Rsh(shares[k], FixedSplitRecipBits)
		dust.Sub(dust, shares[k])
	}
	return shares, dust, nil
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
