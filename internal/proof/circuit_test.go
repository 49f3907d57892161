package proof

import (
	"context"
	"math/big"
	"math/rand"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/test"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/open-attribution/poa/internal/influence"
	"github.com/open-attribution/poa/internal/proof/circuit"
)

const maxAbs = influence.FixedMaxAbs

func account(k int) common.Address {
	return common.BytesToAddress(crypto.Keccak256([]byte{byte(k), 0xac})[12:])
}

// newBatch builds a batch with n contributions and m requests whose entries come from entry(row, col)
// (rows 0..n−1 are features, rows n..n+m−1 queries).
func newBatch(s Sizes, n, m int, entry func(row, col int) int64, shares []*big.Int, previous []*big.Int) *Batch {
	D := s.Features()
	b := &Batch{
		ChainID: big.NewInt(31337), ModelID: big.NewInt(7), BatchID: big.NewInt(2),
		Vault: common.HexToAddress("0x00000000000000000000000000000000000000aa"), FeeTotal: big.NewInt(0),
		Previous: previous, Shares: shares,
	}
	for k := 0; k < n; k++ {
		b.Model.Accounts = append(b.Model.Accounts, account(k))
		row := make([]int64, D)
		for j := range row {
			row[j] = entry(k, j)
		}
		b.Model.Features = append(b.Model.Features, row)
	}
	for i := 0; i < m; i++ {
		row := make([]int64, D)
		for j := range row {
			row[j] = entry(n+i, j)
		}
		b.Queries = append(b.Queries, row)
		b.RequestIDs = append(b.RequestIDs, big.NewInt(int64(100+i)))
		b.FeeTotal.Add(b.FeeTotal, new(big.Int).Mul(shares[i], big.NewInt(2)))
	}
	return b
}

func randomEntries(rng *rand.Rand, mag int64) func(int, int) int64 {
	return func(int, int) int64 { return rng.Int63n(2*mag+1) - mag }
}

func ether(x int64) *big.Int { return new(big.Int).Mul(big.NewInt(x), big.NewInt(1e18)) }

// solve checks that the batch's assignment satisfies the circuit in gnark's test engine: the circuit
// accepts exactly the engine's integers (its new root, distributed total and digest come from the engine).
func solve(t *testing.T, s Sizes, b *Batch, hints circuit.Hints) (*Result, error) {
	t.Helper()
	a, r, err := Assignment(context.Background(), s, b, hints)
	if err != nil {
		t.Fatal(err)
	}
	return r, test.IsSolved(a, a, ecc.BN254.ScalarField())
}

func mustSolve(t *testing.T, s Sizes, b *Batch) *Result {
	t.Helper()
	r, err := solve(t, s, b, circuit.Hints{})
	if err != nil {
		t.Fatalf("circuit rejects the engine's result: %v", err)
	}
	return r
}

func positives(r *Result) (pos int) {
	for _, row := range r.Scores {
		for _, s := range row {
			if s.Sign() > 0 {
				pos++
			}
		}
	}
	return pos
}

var tiny = Sizes{Contributions: 4, Batch: 2, Layers: []int{3}}

func TestCircuitMatchesEngineOnRandomInputs(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	cases := []struct {
		name string
		s    Sizes
		n, m int
		mag  int64
		prev bool
	}{
		{"padding rows, first batch", tiny, 3, 2, 1 << 16, false},
		{"full, later batch", tiny, 4, 2, 1 << 20, true},
		{"two layers, odd batch, padding request", Sizes{Contributions: 5, Batch: 3, Layers: []int{2, 2}}, 5, 2, 1 << 12, true},
		{"one contribution", tiny, 1, 1, 1 << 10, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			shares := make([]*big.Int, c.m)
			for i := range shares {
				shares[i] = new(big.Int).Rand(rng, ether(1))
			}
			var prev []*big.Int
			if c.prev {
				for k := 0; k < c.n; k++ {
					prev = append(prev, new(big.Int).Rand(rng, ether(100)))
				}
			}
			r := mustSolve(t, c.s, newBatch(c.s, c.n, c.m, randomEntries(rng, c.mag), shares, prev))
			t.Logf("%d positive scores of %d", positives(r), c.n*c.m)
		})
	}
}

func TestCircuitMatchesEngineOnEdgeCases(t *testing.T) {
	one := []*big.Int{ether(1)}
	two := []*big.Int{ether(1), big.NewInt(999_999_999_999_999_937)}
	cases := []struct {
		name     string
		n, m     int
		entry    func(row, col int) int64
		shares   []*big.Int
		previous []*big.Int
		check    func(t *testing.T, r *Result)
	}{
		{"all scores zero (zero query)", 3, 1, func(row, col int) int64 {
			if row == 3 {
				return 0
			}
			return int64(1000*row + col + 1)
		}, one, nil, func(t *testing.T, r *Result) {
			if positives(r) != 0 || r.Public.Distributed.Sign() != 0 {
				t.Fatalf("want no positive score and nothing distributed, got %d positives", positives(r))
			}
		}},
		{"all features zero (layer skipped)", 2, 1, func(row, col int) int64 {
			if row < 2 {
				return 0
			}
			return 5000
		}, one, nil, func(t *testing.T, r *Result) {
			if positives(r) != 0 {
				t.Fatal("zero features scored")
			}
		}},
		{"one positive", 2, 1, func(row, col int) int64 {
			switch row {
			case 0:
				return 40000
			case 1:
				return -40000 + int64(col)
			}
			return 30000
		}, one, nil, func(t *testing.T, r *Result) {
			if positives(r) != 1 || r.Public.Distributed.Cmp(one[0]) != 0 {
				t.Fatalf("want one positive score taking the whole share, got %d positives, %v distributed", positives(r), r.Public.Distributed)
			}
		}},
		{"ties", 4, 2, func(row, col int) int64 {
			if row < 4 {
				return int64(20000 * (row%2*2 - 1) * (col + 1))
			}
			return int64(7000 * (col + 1))
		}, two, nil, func(t *testing.T, r *Result) {
			if r.Scores[0][0].Cmp(r.Scores[0][2]) != 0 || r.Payouts[0][0].Cmp(r.Payouts[0][2]) != 0 {
				t.Fatal("identical rows scored differently")
			}
		}},
		{"maximal magnitudes", 4, 2, func(row, col int) int64 {
			return maxAbs * int64(1-2*((row*7+col*3)%2))
		}, two, nil, nil},
		{"maximal magnitudes, aligned", 4, 1, func(row, col int) int64 {
			if row == 4 {
				return -maxAbs
			}
			return maxAbs
		}, one, nil, nil},
		{"maximal magnitudes, one row", 1, 2, func(row, col int) int64 {
			return maxAbs * int64(1-2*(row%2))
		}, two, []*big.Int{new(big.Int).Lsh(big.NewInt(1), 127)}, nil},
		// Tiny features keep Λ at 1 while the query is maximal: the largest W and scores.
		{"maximal query, unit features", 4, 2, func(row, col int) int64 {
			if row < 4 {
				return int64(1 - 2*((row+col)%2))
			}
			return maxAbs * int64(1-2*((row+col)%2))
		}, two, nil, nil},
		{"maximal query, one unit entry", 1, 1, func(row, col int) int64 {
			if row == 0 {
				if col == 0 {
					return 1
				}
				return 0
			}
			return maxAbs
		}, one, nil, nil},
		{"zero share", 3, 2, func(row, col int) int64 { return int64((row+1)*(col+2)*997) % 5000 }, []*big.Int{big.NewInt(0), ether(3)}, nil, nil},
		{"maximal share", 3, 1, func(row, col int) int64 { return int64((row+1)*(col+2)*997) % 5000 },
			[]*big.Int{new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))}, nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := mustSolve(t, tiny, newBatch(tiny, c.n, c.m, c.entry, c.shares, c.previous))
			if c.check != nil {
				c.check(t, r)
			}
			t.Logf("%d positive scores, distributed %v, scores %v", positives(r), r.Public.Distributed, r.Scores)
		})
	}
}

// honestBatch has positive and negative scores in both requests.
func honestBatch() *Batch {
	rng := rand.New(rand.NewSource(7))
	return newBatch(tiny, 3, 2, randomEntries(rng, 1<<14), []*big.Int{ether(1), ether(2)}, []*big.Int{ether(5), big.NewInt(0), ether(1)})
}

// nth wraps a hint so that only its n-th call (0-based, in Define order) or the calls whose first input
// equals width (when width ≥ 0) go through corrupt.
func nth(honest func(*big.Int, []*big.Int, []*big.Int) error, n int, width int64,
	corrupt func(field *big.Int, in, out []*big.Int)) func(*big.Int, []*big.Int, []*big.Int) error {
	calls := 0
	return func(field *big.Int, in, out []*big.Int) error {
		if err := honest(field, in, out); err != nil {
			return err
		}
		hit := calls == n
		if width >= 0 {
			hit = in[0].IsInt64() && in[0].Int64() == width
		}
		calls++
		if hit {
			corrupt(field, in, out)
		}
		return nil
	}
}

// Division calls, in Define order for tiny (one layer, N = 4, M = 2): Λ; the rows' reciprocals R_k (4);
// R_Λ; W of request 0 (4); scores of request 0 (4); W and scores of request 1 (8); then per request the
// split's reciprocal and its 4 shares (10).
var divisionCalls = map[string]int{
	"Λ": 0, "R_k": 2, "R_Λ": 5, "W": 7, "score": 11, "split reciprocal": 22, "share": 24,
}

func TestCircuitRejectsMaliciousDivisions(t *testing.T) {
	if _, err := solve(t, tiny, honestBatch(), circuit.Hints{}); err != nil {
		t.Fatalf("honest batch: %v", err)
	}
	// Control: the wrapper alone changes nothing, and the attacked calls are divisions of each family.
	noop := func(*big.Int, []*big.Int, []*big.Int) {}
	if _, err := solve(t, tiny, honestBatch(), circuit.Hints{Div: nth(circuit.DivHint, 0, -1, noop)}); err != nil {
		t.Fatalf("wrapped honest hint: %v", err)
	}
	attacks := map[string]func(field *big.Int, in, out []*big.Int){
		// q+1 with the remainder that keeps q·b + r = a: the remainder goes negative.
		"quotient+1": func(field *big.Int, in, out []*big.Int) {
			out[0].Add(out[0], big.NewInt(1)).Mod(out[0], field)
			out[1].Sub(out[1], in[1]).Mod(out[1], field)
		},
		// q−1: the remainder reaches the divisor.
		"quotient-1": func(field *big.Int, in, out []*big.Int) {
			out[0].Sub(out[0], big.NewInt(1)).Mod(out[0], field)
			out[1].Add(out[1], in[1])
		},
		// Another in-range remainder with the field quotient (a − r')/b, which is not an integer.
		"fractional quotient": func(field *big.Int, in, out []*big.Int) {
			r := new(big.Int).Add(out[1], big.NewInt(1))
			if r.Cmp(in[1]) >= 0 {
				r.Sub(out[1], big.NewInt(1))
			}
			q := new(big.Int).Sub(in[0], r)
			q.Mul(q, new(big.Int).ModInverse(in[1], field)).Mod(q, field)
			out[0].Set(q)
			out[1].Set(r)
		},
	}
	for family, call := range divisionCalls {
		for name, attack := range attacks {
			t.Run(family+"/"+name, func(t *testing.T) {
				h := circuit.Hints{Div: nth(circuit.DivHint, call, -1, attack)}
				if _, err := solve(t, tiny, honestBatch(), h); err == nil {
					t.Fatal("the circuit accepted a malicious division")
				}
			})
		}
	}
}

func TestCircuitRejectsMaliciousBits(t *testing.T) {
	b, _ := tiny.Bounds()
	// Digits with the right weighted sum that are not bits: 2 in place of 0 at bit 0 and one less at bit 1.
	attack := func(field *big.Int, in, out []*big.Int) {
		out[0].Add(out[0], big.NewInt(2))
		out[1].Sub(out[1], big.NewInt(1)).Mod(out[1], field)
	}
	noop := func(*big.Int, []*big.Int, []*big.Int) {}
	if _, err := solve(t, tiny, honestBatch(), circuit.Hints{Bits: nth(circuit.BitsHint, 0, circuit.InputBits, noop)}); err != nil {
		t.Fatalf("wrapped honest hint: %v", err)
	}
	for name, width := range map[string]int{
		"input entry": circuit.InputBits, "score sign": b.ScoreBits + 1, "share": circuit.ShareBits,
		"cumulative": circuit.CumulativeBits, "account": circuit.AccountBits, "W quotient": b.Layers[0].WBits,
		"W remainder": influence.FixedWRecipBits, "score remainder": influence.FixedScoreRecipBits + influence.FixedFracBits,
		"share remainder": influence.FixedSplitRecipBits,
	} {
		t.Run(name, func(t *testing.T) {
			h := circuit.Hints{Bits: nth(circuit.BitsHint, 0, int64(width), attack)}
			if _, err := solve(t, tiny, honestBatch(), h); err == nil {
				t.Fatal("the circuit accepted non-binary digits")
			}
		})
	}
}

func TestCircuitRejectsMaliciousInverseAndCopy(t *testing.T) {
	for name, h := range map[string]circuit.Hints{
		// isZero of a non-zero value (the non-zero product of the inputs, a positive total, Λ₀, the
		// previous root) with a wrong inverse would read as zero.
		"inverse": {Inverse: nth(circuit.InverseHint, 0, -1, func(field *big.Int, in, out []*big.Int) {
			out[0].Add(out[0], big.NewInt(1))
		})},
		"copy": {Copy: nth(circuit.CopyHint, 0, -1, func(field *big.Int, in, out []*big.Int) {
			out[0].Add(out[0], big.NewInt(1))
		})},
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := solve(t, tiny, honestBatch(), h); err == nil {
				t.Fatal("the circuit accepted a wrong hint")
			}
		})
	}
}
