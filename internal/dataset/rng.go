package dataset

// RNG is a small deterministic pseudo-random generator (xoshiro256** seeded
// through SplitMix64). Its output depends only on the seed, never on the Go
// version, the platform or global state, so every seeded step of the pipeline
// (splits, label noise, initialisation, shuffling) is bit-for-bit
// reproducible. It is not safe for concurrent use; it is not cryptographic.
type RNG struct {
	s [4]uint64
}

// SplitMix64 is the SplitMix64 finaliser applied to x + 0x9E3779B97F4A7C15.
// It is exported because other packages use it as a documented
// counter-based hash (e.g. the influence package's random projection).
func SplitMix64(x uint64) uint64 {
	z := x + 0x9E3779B97F4A7C15
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

// NewRNG returns a generator seeded with seed.
func NewRNG(seed uint64) *RNG {
	r := &RNG{}
	for i := range r.s {
		r.s[i] = SplitMix64(seed + uint64(i)*0x9E3779B97F4A7C15)
	}
	return r
}

func rotl(x uint64, k uint) uint64 { return (x << k) | (x >> (64 - k)) }

// Uint64 returns the next 64 random bits.
func (r *RNG) Uint64() uint64 {
	s := &r.s
	result := rotl(s[1]*5, 7) * 9
	t := s[1] << 17
	s[2] ^= s[0]
	s[3] ^= s[1]
	s[1] ^= s[2]
	s[0] ^= s[3]
	s[2] ^= t
	s[3] = rotl(s[3], 45)
	return result
}

// Float64 returns a uniform value in [0, 1) with 53 random bits.
func (r *RNG) Float64() float64 {
	return float64(r.Uint64()>>11) * (1.0 / (1 << 53))
}

// Uniform returns a uniform value in [lo, hi).
func (r *RNG) Uniform(lo, hi float64) float64 {
	return lo + (hi-lo)*r.Float64()
}

// IntN returns a uniform integer in [0, n). It panics if n <= 0.
func (r *RNG) IntN(n int) int {
	if n <= 0 {
		panic("dataset: IntN with n <= 0")
	}
	bound := uint64(n)
	// Rejection sampling removes the modulo bias.
	limit := -bound % bound // (2^64 - bound) mod bound = 2^64 mod bound
	for {
		x := r.Uint64()
		if x >= limit {
			return int(x % bound)
		}
	}
}

// Perm returns a uniform random permutation of 0..n-1 (Fisher–Yates).
func (r *RNG) Perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	r.Shuffle(p)
	return p
}

// Shuffle permutes p in place (Fisher–Yates, from the end).
func (r *RNG) Shuffle(p []int) {
	for i := len(p) - 1; i > 0; i-- {
		j := r.IntN(i + 1)
		p[i], p[j] = p[j], p[i]
	}
}
