package circuit

import (
	"math/big"

	"github.com/consensys/gnark/frontend"
)

// gadgets wraps the API with the circuit's hints. Every gadget constrains every hint output it uses.
type gadgets struct {
	api   frontend.API
	hints Hints
}

func (g *gadgets) hint(f func(field *big.Int, in, out []*big.Int) error, n int, in ...frontend.Variable) []frontend.Variable {
	out, err := g.api.Compiler().NewHint(f, n, in...)
	if err != nil {
		panic(err) // only on a malformed call, a programming error
	}
	return out
}

// bits decomposes x into k bits, least significant first, asserting x ∈ [0, 2^k) (k < 254): each bit is
// boolean and Σ bᵢ2ⁱ = x; with 2^k below the field order the decomposition is unique.
func (g *gadgets) bits(x frontend.Variable, k int) []frontend.Variable {
	if k >= 254 {
		panic("circuit: bits: width must stay below the field size")
	}
	out := g.hint(g.hints.Bits, k, append([]frontend.Variable{k}, x)...)
	sum := frontend.Variable(0)
	for i, b := range out {
		g.api.AssertIsBoolean(b)
		sum = g.api.Add(sum, g.api.Mul(b, new(big.Int).Lsh(big.NewInt(1), uint(i))))
	}
	g.api.AssertIsEqual(sum, x)
	return out
}

// rangeCheck asserts x ∈ [0, 2^k).
func (g *gadgets) rangeCheck(x frontend.Variable, k int) { g.bits(x, k) }

// copyOf returns a single wire equal to x (one constraint), so that a long linear combination is not
// repeated in every product it enters.
func (g *gadgets) copyOf(x frontend.Variable) frontend.Variable {
	y := g.hint(g.hints.Copy, 1, x)[0]
	g.api.AssertIsEqual(y, x)
	return y
}

// isZero returns 1 when x = 0 and 0 otherwise: with m from the hint, z = 1 − x·m and x·z = 0, so x ≠ 0
// forces z = 0 and x = 0 forces z = 1, whatever m is.
func (g *gadgets) isZero(x frontend.Variable) frontend.Variable {
	m := g.hint(g.hints.Inverse, 1, x)[0]
	z := g.api.Sub(1, g.api.Mul(x, m))
	g.api.AssertIsEqual(g.api.Mul(x, z), 0)
	return z
}

// divFloor returns q = ⌊a/b⌋ and r = a − q·b for an integer a and an integer divisor b ≥ 1, given bounds:
// q + qOffset ∈ [0, 2^qBits) and b ≤ 2^rBits. Constraints: q·b + r = a; r ∈ [0, 2^rBits);
// b − 1 − r ∈ [0, 2^rBits), so 0 ≤ r < b; the quotient range check. Config.Validate ensures
// 2^(qBits+rBits+1) < r_field/2, so the field equation is the integer one and q, r are unique.
// qBits = 0 skips the quotient's check for a caller that range-checks q itself.
func (g *gadgets) divFloor(a, b frontend.Variable, qOffset *big.Int, qBits, rBits int) (q, r frontend.Variable) {
	out := g.hint(g.hints.Div, 2, a, b)
	q, r = out[0], out[1]
	g.api.AssertIsEqual(g.api.Add(g.api.Mul(q, b), r), a)
	g.rangeCheck(r, rBits)
	g.rangeCheck(g.api.Sub(g.api.Sub(b, 1), r), rBits)
	if qBits > 0 {
		g.rangeCheck(g.api.Add(q, qOffset), qBits)
	}
	return q, r
}

// rhu is round-half-up division ⌊(2a + b)/(2b)⌋ (influence's rhu) with the same bounds convention; the
// divisor 2b must be below 2^rBits.
func (g *gadgets) rhu(a, b frontend.Variable, qOffset *big.Int, qBits, rBits int) frontend.Variable {
	q, _ := g.divFloor(g.api.Add(g.api.Mul(a, 2), b), g.api.Mul(b, 2), qOffset, qBits, rBits)
	return q
}

// shift returns q = ⌊a/2^k⌋ for an integer a, with q + qOffset ∈ [0, 2^qBits): q·2^k + r = a with
// r ∈ [0, 2^k). A constant power-of-two divisor needs one remainder check, a variable divisor two
// (divFloor); Config.Validate keeps 2^(qBits+k+1) below r_field/2 here too.
func (g *gadgets) shift(a frontend.Variable, k int, qOffset *big.Int, qBits int) frontend.Variable {
	out := g.hint(g.hints.Div, 2, a, pow2(k))
	q, r := out[0], out[1]
	g.api.AssertIsEqual(g.api.Add(g.api.Mul(q, pow2(k)), r), a)
	g.rangeCheck(r, k)
	if qBits > 0 {
		g.rangeCheck(g.api.Add(q, qOffset), qBits)
	}
	return q
}

// roundShift is round-half-up division by 2^k, influence's rhu(a, 2^k) = ⌊(a + 2^(k−1))/2^k⌋.
func (g *gadgets) roundShift(a frontend.Variable, k int, qOffset *big.Int, qBits int) frontend.Variable {
	return g.shift(g.api.Add(a, pow2(k-1)), k, qOffset, qBits)
}

// fromBits is Σ bᵢ2ⁱ.
func (g *gadgets) fromBits(bs []frontend.Variable) frontend.Variable {
	sum := frontend.Variable(0)
	for i, b := range bs {
		sum = g.api.Add(sum, g.api.Mul(b, new(big.Int).Lsh(big.NewInt(1), uint(i))))
	}
	return sum
}

func pow2(k int) *big.Int { return new(big.Int).Lsh(big.NewInt(1), uint(k)) }
