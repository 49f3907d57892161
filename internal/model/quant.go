package model

import (
	"fmt"
	"math"
)

// Quantisation modes of the frozen base (QLoRA).
const (
	QuantNone = ""     // float64 base
	QuantNF4  = "nf4"  // 4-bit NormalFloat (Dettmers et al., 2023), per-block absmax scale
	QuantInt4 = "int4" // symmetric 4-bit integers −7..7, per-block absmax/7 scale
)

// DefaultQuantBlock is the number of consecutive weights sharing a scale.
const DefaultQuantBlock = 64

// nf4Levels are the 16 NF4 code values (QLoRA, Appendix E), ascending.
var nf4Levels = [16]float64{
	-1.0, -0.6961928009986877, -0.5250730514526367, -0.39491748809814453,
	-0.28444138169288635, -0.18477343022823334, -0.09105003625154495, 0.0,
	0.07958029955625534, 0.16093020141124725, 0.24611230194568634, 0.33791524171829224,
	0.44070982933044434, 0.5626170039176941, 0.7229568362236023, 1.0,
}

// NF4MaxRelError bounds |w − dequant(w)| / absmax(block) for NF4: half the
// widest gap between adjacent levels (−1 … −0.696), plus float32 scale
// rounding.
const NF4MaxRelError = (1-0.6961928009986877)/2 + 1e-7

// Int4MaxRelError bounds |w − dequant(w)| / absmax(block) for int4: half a
// step (1/14), plus float32 scale rounding.
const Int4MaxRelError = 1.0/14 + 1e-7

// Quant4 holds a weight matrix in 4 bits per entry: entry k (row-major) is
// Levels[code_k]·Scales[k/Block], code_k the low nibble of Codes[k/2] for
// even k and the high nibble for odd k.
type Quant4 struct {
	Mode   string
	Block  int
	N      int       // number of weights
	Codes  []byte    // ⌈N/2⌉ packed codes
	Scales []float32 // ⌈N/Block⌉ scales
	levels [16]float64
}

func levelsFor(mode string) ([16]float64, error) {
	switch mode {
	case QuantNF4:
		return nf4Levels, nil
	case QuantInt4:
		var l [16]float64
		for c := range l {
			l[c] = float64(c - 8)
		}
		return l, nil
	}
	return [16]float64{}, fmt.Errorf("unknown quantisation mode %q (want %q or %q)", mode, QuantNF4, QuantInt4)
}

// Quantize4 quantises w with the given mode and block size.
func Quantize4(w []float64, mode string, block int) (*Quant4, error) {
	lv, err := levelsFor(mode)
	if err != nil {
		return nil, err
	}
	if block <= 0 {
		return nil, fmt.Errorf("quantise: block size %d", block)
	}
	n := len(w)
	q := &Quant4{Mode: mode, Block: block, N: n, Codes: make([]byte, (n+1)/2), Scales: make([]float32, (n+block-1)/block), levels: lv}
	for b := range q.Scales {
		lo, hi := b*block, min((b+1)*block, n)
		amax := 0.0
		for _, x := range w[lo:hi] {
			if math.IsNaN(x) || math.IsInf(x, 0) {
				return nil, fmt.Errorf("quantise: non-finite weight %v", x)
			}
			amax = max(amax, math.Abs(x))
		}
		var s float32
		if mode == QuantNF4 {
			s = float32(amax)
		} else {
			s = float32(amax / 7)
		}
		q.Scales[b] = s
		for k := lo; k < hi; k++ {
			c := 8 // int4 code of 0
			if mode == QuantNF4 {
				c = 7 // NF4 code of 0
			}
			if s != 0 {
				c = nearestLevel(&lv, w[k]/float64(s), mode)
			}
			if k%2 == 0 {
				q.Codes[k/2] |= byte(c)
			} else {
				q.Codes[k/2] |= byte(c) << 4
			}
		}
	}
	return q, nil
}

func nearestLevel(lv *[16]float64, x float64, mode string) int {
	lo, hi := 0, 15
	if mode == QuantInt4 {
		lo, hi = 1, 15 // −7..7
	}
	best, bd := lo, math.Inf(1)
	for c := lo; c <= hi; c++ {
		if d := math.Abs(lv[c] - x); d < bd {
			best, bd = c, d
		}
	}
	return best
}

// At returns entry k dequantised.
func (q *Quant4) At(k int) float64 {
	c := q.Codes[k/2]
	if k%2 == 1 {
		c >>= 4
	}
	return q.levels[c&15] * float64(q.Scales[k/q.Block])
}

// DequantizeRange writes entries lo..lo+len(dst)-1 into dst.
func (q *Quant4) DequantizeRange(dst []float64, lo int) {
	for i := range dst {
		dst[i] = q.At(lo + i)
	}
}

// Dequantize returns all entries.
func (q *Quant4) Dequantize() []float64 {
	out := make([]float64, q.N)
	q.DequantizeRange(out, 0)
	return out
}

// Bytes is the storage size: packed codes plus float32 scales.
func (q *Quant4) Bytes() int { return len(q.Codes) + 4*len(q.Scales) }
