package circuit

import (
	"github.com/consensys/gnark/frontend"
)

// SHA-256 on bits (FIPS 180-4), for the public-input digest. It uses no lookup tables, so the circuit
// needs no commitment and the exported Groth16 verifier has the plain interface. A word is 32 boolean
// wires, least significant bit first. XOR of two variables costs one constraint, Ch one, Maj two, and
// each modular addition one decomposition of the sum.

type word [32]frontend.Variable

var sha256K = [64]uint32{
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
}

var sha256IV = [8]uint32{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19}

func constWord(x uint32) word {
	var w word
	for i := range w {
		w[i] = int((x >> i) & 1)
	}
	return w
}

func (g *gadgets) xor(a, b frontend.Variable) frontend.Variable {
	return g.api.Sub(g.api.Add(a, b), g.api.Mul(g.api.Mul(a, b), 2))
}

func rotr(w word, n int) word {
	var out word
	for i := range out {
		out[i] = w[(i+n)%32]
	}
	return out
}

func shr(w word, n int) word {
	var out word
	for i := range out {
		if i+n < 32 {
			out[i] = w[i+n]
		} else {
			out[i] = 0
		}
	}
	return out
}

func (g *gadgets) xor3w(a, b, c word) word {
	var out word
	for i := range out {
		out[i] = g.xor(g.xor(a[i], b[i]), c[i])
	}
	return out
}

// addMod adds words mod 2³²: the sum (a linear combination) is decomposed into 32 + carry bits.
func (g *gadgets) addMod(terms ...frontend.Variable) word {
	sum := frontend.Variable(0)
	for _, t := range terms {
		sum = g.api.Add(sum, t)
	}
	if v, ok := g.api.Compiler().ConstantValue(sum); ok {
		return constWord(uint32(v.Uint64()))
	}
	carry := 0
	for 1<<carry < len(terms) {
		carry++
	}
	bs := g.bits(sum, 32+carry)
	var out word
	copy(out[:], bs[:32])
	return out
}

func (g *gadgets) val(w word) frontend.Variable { return g.fromBits(w[:]) }

func (g *gadgets) sha256Block(state [8]word, block [16]word) [8]word {
	var w [64]word
	copy(w[:16], block[:])
	for t := 16; t < 64; t++ {
		s0 := g.xor3w(rotr(w[t-15], 7), rotr(w[t-15], 18), shr(w[t-15], 3))
		s1 := g.xor3w(rotr(w[t-2], 17), rotr(w[t-2], 19), shr(w[t-2], 10))
		w[t] = g.addMod(g.val(s1), g.val(w[t-7]), g.val(s0), g.val(w[t-16]))
	}
	a, b, c, d, e, f, gg, h := state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7]
	for t := 0; t < 64; t++ {
		S1 := g.xor3w(rotr(e, 6), rotr(e, 11), rotr(e, 25))
		var ch, maj word
		for i := range ch {
			// Ch(e,f,g) = g + e(f − g); Maj(a,b,c) = ab + c(a + b − 2ab).
			ch[i] = g.api.Add(gg[i], g.api.Mul(e[i], g.api.Sub(f[i], gg[i])))
			ab := g.api.Mul(a[i], b[i])
			maj[i] = g.api.Add(ab, g.api.Mul(c[i], g.api.Sub(g.api.Add(a[i], b[i]), g.api.Mul(ab, 2))))
		}
		S0 := g.xor3w(rotr(a, 2), rotr(a, 13), rotr(a, 22))
		t1 := []frontend.Variable{g.val(h), g.val(S1), g.val(ch), sha256K[t], g.val(w[t])}
		h, gg, f = gg, f, e
		e = g.addMod(append([]frontend.Variable{g.val(d)}, t1...)...)
		d, c, b = c, b, a
		a = g.addMod(append(t1, g.val(S0), g.val(maj))...)
	}
	var out [8]word
	for i, v := range []word{a, b, c, d, e, f, gg, h} {
		out[i] = g.addMod(g.val(state[i]), g.val(v))
	}
	return out
}

// sha256 hashes a message of whole 32-bit big-endian words (the caller's byte string is a multiple of
// four bytes) and returns the digest's eight words.
func (g *gadgets) sha256(msg []word) [8]word {
	n := len(msg)
	padded := append([]word{}, msg...)
	padded = append(padded, constWord(0x80000000))
	for (len(padded)+2)%16 != 0 {
		padded = append(padded, constWord(0))
	}
	bitLen := uint64(n) * 32
	padded = append(padded, constWord(uint32(bitLen>>32)), constWord(uint32(bitLen)))
	var state [8]word
	for i := range state {
		state[i] = constWord(sha256IV[i])
	}
	for off := 0; off < len(padded); off += 16 {
		var block [16]word
		copy(block[:], padded[off:off+16])
		state = g.sha256Block(state, block)
	}
	return state
}
