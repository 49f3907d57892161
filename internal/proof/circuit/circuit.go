package circuit

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/math/bits"
	"github.com/consensys/gnark/std/permutation/poseidon2"

	"github.com/open-attribution/poa/internal/influence"
	"github.com/open-attribution/poa/internal/payout"
	"github.com/open-attribution/poa/internal/proof/commit"
)

// Circuit proves one settlement batch. Its only public input is Digest, the SHA-256 (top three bits
// cleared) of the vault's public-input vector; every other field is private. Field names follow
// docs/proof.md.
type Circuit struct {
	Digest frontend.Variable `gnark:",public"`

	// Words of the vault's vector the circuit binds through the digest only.
	ChainID, Vault, ModelID, BatchID, FeeTotal, RequestsDigest frontend.Variable
	// PreviousRoot is the model's payout root before the batch (0 before its first batch).
	PreviousRoot frontend.Variable

	// Shares[i] is inference i's contributor share c_i = ⌊fee_i·bps/10⁴⌋ (0 for padding).
	Shares []frontend.Variable
	// Active[k] is 1 for the model's contributions (k < n) and 0 for padding rows.
	Active []frontend.Variable
	// Accounts[k] is contribution k's contributor; Previous[k] its cumulative payout before the batch.
	Accounts []frontend.Variable
	Previous []frontend.Variable
	// Features[k] are contribution k's quantised gradient features, Queries[i] inference i's.
	Features [][]frontend.Variable
	Queries  [][]frontend.Variable

	cfg Config
	// hints sits behind a pointer: gnark's test engine deep-compares circuit copies, and func values
	// never compare equal.
	hints *Hints
}

// New returns an empty circuit of the given shape for compiling (hints: zero value = honest).
func New(cfg Config, hints Hints) (*Circuit, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	N, M, D := cfg.Contributions, cfg.Batch, cfg.Features()
	c := &Circuit{
		Shares: make([]frontend.Variable, M), Active: make([]frontend.Variable, N),
		Accounts: make([]frontend.Variable, N), Previous: make([]frontend.Variable, N),
		Features: make([][]frontend.Variable, N), Queries: make([][]frontend.Variable, M),
		cfg: cfg, hints: &hints,
	}
	for k := range c.Features {
		c.Features[k] = make([]frontend.Variable, D)
	}
	for i := range c.Queries {
		c.Queries[i] = make([]frontend.Variable, D)
	}
	return c, nil
}

// Config is the circuit's shape.
func (c *Circuit) Config() Config { return c.cfg }

// Define implements frontend.Circuit.
func (c *Circuit) Define(api frontend.API) error {
	b, err := c.cfg.Bounds()
	if err != nil {
		return err
	}
	var hints Hints
	if c.hints != nil {
		hints = *c.hints
	}
	g := &gadgets{api: api, hints: hints.withDefaults()}
	perm, err := poseidon2.NewPoseidon2(api)
	if err != nil {
		return fmt.Errorf("circuit: poseidon2: %w", err)
	}
	hash := func(xs ...frontend.Variable) frontend.Variable {
		h := frontend.Variable(0)
		for _, x := range xs {
			h = perm.Compress(h, x)
		}
		return h
	}
	N, M := c.cfg.Contributions, c.cfg.Batch

	// Rows: the active mask is 1…1 0…0 with at least one 1; n counts the ones.
	n := frontend.Variable(0)
	for k := 0; k < N; k++ {
		api.AssertIsBoolean(c.Active[k])
		if k == 0 {
			api.AssertIsEqual(c.Active[0], 1)
		} else {
			api.AssertIsEqual(api.Mul(c.Active[k], api.Sub(1, c.Active[k-1])), 0)
		}
		n = api.Add(n, c.Active[k])
	}
	n = g.copyOf(n)

	// Inputs: offset-encoded, range-checked, non-zero (so |q| ≤ 2²³−1 exactly), packed for the commitments.
	gradPacked := c.entries(g, c.Features)
	queryPacked := c.entries(g, c.Queries)
	for k := 0; k < N; k++ {
		g.rangeCheck(c.Accounts[k], AccountBits)
		inactive := api.Sub(1, c.Active[k])
		api.AssertIsEqual(api.Mul(c.Accounts[k], inactive), 0)
		api.AssertIsEqual(api.Mul(c.Previous[k], inactive), 0)
	}
	gradient := hash(append(append(c.header(commit.TagGradients, N), n), append(append([]frontend.Variable{}, c.Accounts...), gradPacked...)...)...)
	inference := hash(append(c.header(commit.TagInferences, M), queryPacked...)...)

	score, positive := c.scores(g, b, n)
	shares := c.split(g, b, score, positive)

	// Cumulative payouts, both trees, the distributed total.
	distributed := frontend.Variable(0)
	newCum := make([]frontend.Variable, N)
	for k := 0; k < N; k++ {
		newCum[k] = c.Previous[k]
		for i := 0; i < M; i++ {
			newCum[k] = api.Add(newCum[k], shares[i][k])
			distributed = api.Add(distributed, shares[i][k])
		}
		g.rangeCheck(newCum[k], CumulativeBits)
	}
	first := g.isZero(c.PreviousRoot)
	for k := 0; k < N; k++ {
		api.AssertIsEqual(api.Mul(c.Previous[k], first), 0)
	}
	oldRoot := c.root(api, perm, c.Previous)
	api.AssertIsEqual(api.Mul(api.Sub(oldRoot, c.PreviousRoot), api.Sub(1, first)), 0)
	newRoot := c.root(api, perm, newCum)
	shareSum := frontend.Variable(0)
	for i := 0; i < M; i++ {
		shareSum = api.Add(shareSum, c.Shares[i])
	}

	// The vault's vector, word by word, as 256 bits each (least significant first).
	full := func(x frontend.Variable) []frontend.Variable { return bits.ToBinary(api, x) } // canonical: < r
	exact := func(x frontend.Variable, k int) []frontend.Variable { return g.bits(x, k) }
	words := [][]frontend.Variable{
		full(c.ChainID), full(c.Vault), full(c.ModelID), full(c.BatchID),
		full(gradient), full(inference), full(c.FeeTotal), exact(shareSum, b.ShareSumBits),
		full(c.PreviousRoot), full(newRoot), exact(distributed, b.ShareSumBits), full(c.RequestsDigest),
	}
	// Share words: c_{2j} in bits 0..95, c_{2j+1} in bits 96..191; these decompositions are also the shares'
	// range checks.
	for j := 0; j < c.cfg.ShareWords(); j++ {
		lo := g.bits(c.Shares[2*j], ShareBits)
		w := append([]frontend.Variable{}, lo...)
		if 2*j+1 < M {
			w = append(w, g.bits(c.Shares[2*j+1], ShareBits)...)
		}
		words = append(words, w)
	}
	var msg []word
	for _, w := range words {
		for t := 0; t < WordBits/32; t++ {
			var sw word
			for i := range sw {
				p := WordBits - 32*(t+1) + i
				if p < len(w) {
					sw[i] = w[p]
				} else {
					sw[i] = 0
				}
			}
			msg = append(msg, sw)
		}
	}
	digest := g.sha256(msg)
	sum := frontend.Variable(0)
	for t, w := range digest {
		for i, bit := range w {
			if p := 32*(7-t) + i; p < DigestBits {
				sum = api.Add(sum, api.Mul(bit, pow2(p)))
			}
		}
	}
	api.AssertIsEqual(sum, c.Digest)
	return nil
}

// DigestBits: the digest keeps the low 253 bits of the SHA-256 value, so it is a field element.
const DigestBits = 253

// header is (tag, size, L, d_1..d_L), the start of a commitment's hash chain.
func (c *Circuit) header(tag, size int) []frontend.Variable {
	h := []frontend.Variable{tag, size, len(c.cfg.Layers)}
	for _, d := range c.cfg.Layers {
		h = append(h, d)
	}
	return h
}

// entries range-checks a matrix of quantised entries, asserts none is −2²³ (the product of all offset
// encodings is non-zero) and returns its packing (commit.Pack).
func (c *Circuit) entries(g *gadgets, rows [][]frontend.Variable) []frontend.Variable {
	api := g.api
	var packed []frontend.Variable
	prod := frontend.Variable(1)
	chunk := frontend.Variable(0)
	slot := 0
	for _, row := range rows {
		for _, q := range row {
			u := api.Add(q, InputOffset)
			g.rangeCheck(u, InputBits)
			prod = api.Mul(prod, u)
			chunk = api.Add(chunk, api.Mul(u, pow2(InputBits*slot)))
			if slot++; slot == InputsPerElement {
				packed, chunk, slot = append(packed, chunk), 0, 0
			}
		}
	}
	if slot > 0 {
		packed = append(packed, chunk)
	}
	api.AssertIsEqual(g.isZero(prod), 0)
	return packed
}

// root is the payout tree's root over the leaves (k, Accounts[k], amounts[k]); positions from N on hold
// the zero leaf (a constant).
func (c *Circuit) root(api frontend.API, perm *poseidon2.Permutation, amounts []frontend.Variable) frontend.Variable {
	size := 1 << c.cfg.Depth()
	level := make([]frontend.Variable, size)
	for k := range level {
		key := new(big.Int).Add(payout.LeafTag, new(big.Int).Lsh(big.NewInt(int64(k)), AccountBits))
		if k < len(amounts) {
			level[k] = perm.Compress(api.Add(key, c.Accounts[k]), amounts[k])
		} else {
			level[k] = perm.Compress(key, 0)
		}
	}
	for len(level) > 1 {
		next := make([]frontend.Variable, len(level)/2)
		for i := range next {
			next[i] = perm.Compress(level[2*i], level[2*i+1])
		}
		level = next
	}
	return level[0]
}

// Constants of the fixed-point format: S², the numerator S²·2^F_W of the per-row reciprocals, and the
// shift F_S + 16 of the score's rounding.
var (
	scale2    = new(big.Int).Mul(big.NewInt(influence.FixedScale), big.NewInt(influence.FixedScale))
	wRecipNum = new(big.Int).Lsh(scale2, influence.FixedWRecipBits)
)

const scoreShift = influence.FixedScoreRecipBits + influence.FixedFracBits
