package publish

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/open-attribution/poa/internal/influence"
)

// ScoreValue writes a fixed-point score (an integer at scale 2^16, influence.FixedScale) as the
// exact decimal a document's Score.Value holds: every such value has at most 16 fractional digits.
func ScoreValue(v *big.Int) string {
	s := new(big.Rat).SetFrac(v, big.NewInt(influence.FixedScale)).FloatString(influence.FixedFracBits)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	return s
}

// ParseScore reads a Score.Value back to its fixed-point integer. A value that is not a multiple of
// 2^-16 is not a score the engine can produce, and is an error.
func ParseScore(s string) (*big.Int, error) {
	if !scoreValue.MatchString(s) {
		return nil, fmt.Errorf("publish: score %q is not a decimal number", s)
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		return nil, fmt.Errorf("publish: score %q is not a decimal number", s)
	}
	r.Mul(r, new(big.Rat).SetInt64(influence.FixedScale))
	if !r.IsInt() {
		return nil, fmt.Errorf("publish: score %s is not a multiple of 2^-%d", s, influence.FixedFracBits)
	}
	return new(big.Int).Set(r.Num()), nil
}
