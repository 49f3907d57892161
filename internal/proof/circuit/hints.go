package circuit

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/constraint/solver"
)

// Hints are the out-of-circuit computations the circuit asks the prover for. Every output is
// constrained (see the gadgets); tests replace them with malicious ones to show that. The zero value
// means the honest hints.
type Hints struct {
	// Div(a, b) = (q, r) with a signed (a > r/2 reads as a − r), b > 0, q = ⌊a/b⌋, r = a − q·b.
	Div solver.Hint
	// Bits(k, x) = the k low bits of x, least significant first.
	Bits solver.Hint
	// Inverse(x) = 1/x, or 0 when x = 0.
	Inverse solver.Hint
	// Copy(x) = x: materialises a long linear combination as one wire.
	Copy solver.Hint
}

func (h Hints) withDefaults() Hints {
	if h.Div == nil {
		h.Div = DivHint
	}
	if h.Bits == nil {
		h.Bits = BitsHint
	}
	if h.Inverse == nil {
		h.Inverse = InverseHint
	}
	if h.Copy == nil {
		h.Copy = CopyHint
	}
	return h
}

// List returns the hints for the prover's solver options.
func (h Hints) List() []solver.Hint {
	h = h.withDefaults()
	return []solver.Hint{h.Div, h.Bits, h.Inverse, h.Copy}
}

// Signed reads a field element as a signed integer in (−r/2, r/2].
func Signed(field, x *big.Int) *big.Int {
	v := new(big.Int).Mod(x, field)
	if v.Cmp(new(big.Int).Rsh(field, 1)) > 0 {
		v.Sub(v, field)
	}
	return v
}

// DivHint is the honest Div.
func DivHint(field *big.Int, in, out []*big.Int) error {
	if len(in) != 2 || len(out) != 2 {
		return fmt.Errorf("div hint: want 2 inputs and 2 outputs")
	}
	a := Signed(field, in[0])
	b := Signed(field, in[1])
	if b.Sign() <= 0 {
		return fmt.Errorf("div hint: divisor %v is not positive", b)
	}
	q, r := new(big.Int).DivMod(a, b, new(big.Int)) // Euclidean: r ∈ [0, b), so q = ⌊a/b⌋
	out[0].Mod(q, field)
	out[1].Set(r)
	return nil
}

// BitsHint is the honest Bits: in[0] = k, in[1] = x.
func BitsHint(field *big.Int, in, out []*big.Int) error {
	if len(in) != 2 || !in[0].IsInt64() || int(in[0].Int64()) != len(out) {
		return fmt.Errorf("bits hint: want (k, x) and k outputs")
	}
	x := new(big.Int).Mod(in[1], field)
	for i := range out {
		out[i].SetUint64(uint64(x.Bit(i)))
	}
	return nil
}

// InverseHint is the honest Inverse.
func InverseHint(field *big.Int, in, out []*big.Int) error {
	if len(in) != 1 || len(out) != 1 {
		return fmt.Errorf("inverse hint: want 1 input and 1 output")
	}
	x := new(big.Int).Mod(in[0], field)
	if x.Sign() == 0 {
		out[0].SetInt64(0)
		return nil
	}
	out[0].ModInverse(x, field)
	return nil
}

// CopyHint is the honest Copy.
func CopyHint(field *big.Int, in, out []*big.Int) error {
	if len(in) != 1 || len(out) != 1 {
		return fmt.Errorf("copy hint: want 1 input and 1 output")
	}
	out[0].Mod(in[0], field)
	return nil
}
