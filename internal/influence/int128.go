package influence

import (
	"math/big"
	"math/bits"
)

// i128 is a two's-complement 128-bit signed integer used by the fixed-point
// path. Every operation reports overflow instead of wrapping.
type i128 struct{ hi, lo uint64 }

func i128From(x int64) i128 { return i128{hi: uint64(x >> 63), lo: uint64(x)} }

func (a i128) isNeg() bool { return int64(a.hi) < 0 }

func (a i128) neg() i128 {
	lo, b := bits.Sub64(0, a.lo, 0)
	hi, _ := bits.Sub64(0, a.hi, b)
	return i128{hi, lo}
}

// add returns a+b and false on signed overflow.
func (a i128) add(b i128) (i128, bool) {
	lo, c := bits.Add64(a.lo, b.lo, 0)
	hi, _ := bits.Add64(a.hi, b.hi, c)
	r := i128{hi, lo}
	if a.isNeg() == b.isNeg() && r.isNeg() != a.isNeg() {
		return r, false
	}
	return r, true
}

// mul64 returns a·b and false when the product does not fit in 128 bits.
func (a i128) mul64(b int64) (i128, bool) {
	neg := false
	ua := a
	if a.isNeg() {
		ua = a.neg()
		if ua.isNeg() { // a = −2¹²⁷
			switch b {
			case 0:
				return i128{}, true
			case 1:
				return a, true
			}
			return i128{}, false
		}
		neg = true
	}
	ub := uint64(b)
	if b < 0 {
		ub = -uint64(b)
		neg = !neg
	}
	h1, l1 := bits.Mul64(ua.lo, ub)
	h2, l2 := bits.Mul64(ua.hi, ub)
	hi, c := bits.Add64(h1, l2, 0)
	if h2 != 0 || c != 0 || hi>>63 != 0 {
		return i128{}, false
	}
	r := i128{hi, l1}
	if neg {
		r = r.neg()
	}
	return r, true
}

// big returns a as a big.Int.
func (a i128) big() *big.Int {
	neg := a.isNeg()
	u := a
	if neg {
		u = a.neg() // −2¹²⁷ stays itself and reads correctly as unsigned below
	}
	z := new(big.Int).SetUint64(u.hi)
	z.Lsh(z, 64)
	z.Or(z, new(big.Int).SetUint64(u.lo))
	if neg {
		z.Neg(z)
	}
	return z
}

var (
	maxI128 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 127), big.NewInt(1))
	minI128 = new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), 127))
)

// i128FromBig converts z, reporting whether it fits.
func i128FromBig(z *big.Int) (i128, bool) {
	if z.Cmp(maxI128) > 0 || z.Cmp(minI128) < 0 {
		return i128{}, false
	}
	abs := new(big.Int).Abs(z)
	lo := new(big.Int).And(abs, new(big.Int).SetUint64(^uint64(0))).Uint64()
	hi := new(big.Int).Rsh(abs, 64).Uint64()
	r := i128{hi, lo}
	if z.Sign() < 0 {
		r = r.neg()
	}
	return r, true
}
