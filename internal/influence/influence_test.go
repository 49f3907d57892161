package influence

import (
	"context"
	"math"
	"math/big"
	"strings"
	"testing"
)

// rng is a tiny deterministic generator for tests (SplitMix64 stream).
type rng struct{ s uint64 }

func (r *rng) f() float64 {
	r.s++
	return float64(splitmix64(r.s)>>11)/(1<<53)*2 - 1
}

// randGrads returns n rows over layers of the given dims, rows scaled
// differently so that norms vary.
func randGrads(n int, dims []int, seed uint64) *Grads {
	r := &rng{s: seed * 1000003}
	g := &Grads{N: n}
	for l, d := range dims {
		data := make([]float64, n*d)
		for i := 0; i < n; i++ {
			s := 0.2 + 2*math.Abs(r.f())
			for j := 0; j < d; j++ {
				data[i*d+j] = s * r.f()
			}
		}
		g.Layers = append(g.Layers, Layer{Name: "l" + string(rune('0'+l)), Dim: d, Data: data})
	}
	return g
}

func randQuery(dims []int, seed uint64) [][]float64 {
	r := &rng{s: seed*7919 + 1}
	v := make([][]float64, len(dims))
	for l, d := range dims {
		v[l] = make([]float64, d)
		for j := range v[l] {
			v[l][j] = r.f()
		}
	}
	return v
}

func dotf(a, b []float64) float64 {
	s := 0.0
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// direct evaluates the DataInf formula term by term, O(n²·d).
func direct(g *Grads, v [][]float64, lam []float64) []float64 {
	out := make([]float64, g.N)
	n := float64(g.N)
	for l := range g.Layers {
		ly := &g.Layers[l]
		for k := 0; k < g.N; k++ {
			s := 0.0
			for i := 0; i < g.N; i++ {
				gi := ly.Row(i)
				s += dotf(v[l], gi) * dotf(gi, ly.Row(k)) / (lam[l] + dotf(gi, gi))
			}
			out[k] += (s/n - dotf(v[l], ly.Row(k))) / lam[l]
		}
	}
	return out
}

func maxRel(a, b []float64) float64 {
	num, den := 0.0, 0.0
	for i := range a {
		num = math.Max(num, math.Abs(a[i]-b[i]))
		den = math.Max(den, math.Abs(b[i]))
	}
	return num / den
}

func TestDataInfMatchesDirectFormula(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		n    int
		dims []int
	}{{30, []int{7, 12, 3}}, {5, []int{40, 64}}, {1, []int{9}}} {
		g := randGrads(tc.n, tc.dims, 1)
		v := randQuery(tc.dims, 2)
		lam := Lambdas(g, DefaultDamping)
		want := direct(g, v, lam)
		for _, mode := range []KernelMode{KernelOff, KernelOn, KernelAuto} {
			s, err := NewDataInf(ctx, g, Options{}, mode)
			if err != nil {
				t.Fatal(err)
			}
			got := make([]float64, tc.n)
			if err := s.Score(v, got); err != nil {
				t.Fatal(err)
			}
			if e := maxRel(got, want); e > 1e-10 {
				t.Errorf("n=%d dims=%v mode %d: relative error %.3g vs direct formula", tc.n, tc.dims, mode, e)
			}
			// Batched scoring of several queries equals one-by-one scoring.
			qs := randGrads(4, tc.dims, 3)
			batch, err := s.ScoreBatch(ctx, qs)
			if err != nil {
				t.Fatal(err)
			}
			for q := 0; q < 4; q++ {
				one := make([]float64, tc.n)
				if err := s.Score(qs.Query(q), one); err != nil {
					t.Fatal(err)
				}
				if e := maxRel(batch[q*tc.n:(q+1)*tc.n], one); e > 1e-10 {
					t.Errorf("mode %d: batch query %d differs from single by %.3g", mode, q, e)
				}
			}
		}
	}
}

func TestLambdaDefinition(t *testing.T) {
	g := randGrads(10, []int{4, 6}, 5)
	lam := Lambdas(g, 0)
	for l := range g.Layers {
		s := dotf(g.Layers[l].Data, g.Layers[l].Data)
		if want := 0.1 * s / float64(10*g.Layers[l].Dim); math.Abs(lam[l]-want) > 1e-15*want {
			t.Fatalf("layer %d: λ %v, want %v", l, lam[l], want)
		}
	}
}

// TestDataInfExactWhenTight: with one training row, or with rows that are
// equal up to sign, the DataInf inverse is Sherman–Morrison exact; with a
// damping much larger than the gradient norms both tend to −v·g/λ.
func TestDataInfExactWhenTight(t *testing.T) {
	ctx := context.Background()
	one := randGrads(1, []int{8, 5}, 7)
	v := randQuery([]int{8, 5}, 8)
	a, _ := DataInf(ctx, one, v, Options{})
	b, err := Exact(ctx, one, v, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if e := maxRel(a, b); e > 1e-10 {
		t.Fatalf("n=1: DataInf vs exact %.3g", e)
	}
	// Rank-1 rows ±u.
	u := randGrads(1, []int{6}, 9).Layers[0].Data
	rows := &Grads{N: 5, Layers: []Layer{{Name: "r1", Dim: 6, Data: make([]float64, 30)}}}
	for i := 0; i < 5; i++ {
		s := 1.0
		if i%2 == 1 {
			s = -1
		}
		for j := range u {
			rows.Layers[0].Data[i*6+j] = s * u[j]
		}
	}
	v1 := randQuery([]int{6}, 10)
	a, _ = DataInf(ctx, rows, v1, Options{})
	b, _ = Exact(ctx, rows, v1, Options{})
	if e := maxRel(a, b); e > 1e-10 {
		t.Fatalf("rank-1 equal-norm rows: DataInf vs exact %.3g", e)
	}
	// Large damping: the approximation error vanishes like ‖g‖²/λ.
	g := randGrads(20, []int{10}, 11)
	vq := randQuery([]int{10}, 12)
	prev := math.Inf(1)
	for _, damp := range []float64{0.1, 10, 1000} {
		a, _ = DataInf(ctx, g, vq, Options{Damping: damp})
		b, _ = Exact(ctx, g, vq, Options{Damping: damp})
		e := maxRel(a, b)
		if e >= prev {
			t.Fatalf("damping %v: error %.3g did not shrink (was %.3g)", damp, e, prev)
		}
		prev = e
	}
	if prev > 1e-3 {
		t.Fatalf("damping 1000: DataInf vs exact %.3g", prev)
	}
}

func TestLiSSAConvergesToExact(t *testing.T) {
	ctx := context.Background()
	g := randGrads(40, []int{6, 4}, 13)
	v := randQuery([]int{6, 4}, 14)
	ex, _ := Exact(ctx, g, v, Options{Damping: 2})
	li, err := LiSSA(ctx, g, v, LiSSAOptions{Options: Options{Damping: 2}, Iterations: 3000})
	if err != nil {
		t.Fatal(err)
	}
	if e := maxRel(li, ex); e > 1e-8 {
		t.Fatalf("LiSSA vs exact %.3g", e)
	}
}

// TestSignConvention: a training row equal to the query gradient lowers the
// query loss when up-weighted, so every method gives it a negative
// influence (positive helpfulness), and its opposite a positive one.
func TestSignConvention(t *testing.T) {
	ctx := context.Background()
	g := randGrads(12, []int{5}, 15)
	v := [][]float64{append([]float64(nil), g.Layers[0].Row(3)...)}
	for j := range v[0] {
		g.Layers[0].Data[4*5+j] = -v[0][j]
	}
	for name, f := range map[string]func() ([]float64, error){
		"datainf":      func() ([]float64, error) { return DataInf(ctx, g, v, Options{}) },
		"exact":        func() ([]float64, error) { return Exact(ctx, g, v, Options{}) },
		"lissa":        func() ([]float64, error) { return LiSSA(ctx, g, v, LiSSAOptions{}) },
		"hessian-free": func() ([]float64, error) { return HessianFree(ctx, g, v) },
	} {
		s, err := f()
		if err != nil {
			t.Fatal(err)
		}
		if !(s[3] < 0 && s[4] > 0) {
			t.Errorf("%s: aligned row %.3g (want < 0), opposed row %.3g (want > 0)", name, s[3], s[4])
		}
		if h := Helpfulness(s); h[3] <= 0 {
			t.Errorf("%s: helpfulness of aligned row %.3g", name, h[3])
		}
	}
	hf, _ := HessianFree(ctx, g, v)
	if want := -dotf(v[0], g.Layers[0].Row(3)); math.Abs(hf[3]-want) > 1e-12*math.Abs(want) {
		t.Fatal("hessian-free is not −v·g")
	}
}

func TestReproducibleBits(t *testing.T) {
	ctx := context.Background()
	g := randGrads(50, []int{30, 20}, 16)
	v := randQuery([]int{30, 20}, 17)
	a, _ := DataInf(ctx, g, v, Options{})
	b, _ := DataInf(ctx, g, v, Options{})
	for i := range a {
		if math.Float64bits(a[i]) != math.Float64bits(b[i]) {
			t.Fatal("DataInf not bit-reproducible")
		}
	}
}

func TestInputErrors(t *testing.T) {
	ctx := context.Background()
	g := randGrads(4, []int{3, 2}, 18)
	v := randQuery([]int{3, 2}, 19)
	g.Layers[1].Data[5] = math.NaN()
	if _, err := DataInf(ctx, g, v, Options{}); err == nil || !strings.Contains(err.Error(), `layer "l1"`) || !strings.Contains(err.Error(), "row 2 column 1") {
		t.Fatalf("NaN: %v", err)
	}
	g.Layers[1].Data[5] = 0
	if _, err := Exact(ctx, g, v[:1], Options{}); err == nil {
		t.Fatal("query with missing layer accepted")
	}
	v[0][1] = math.Inf(1)
	if _, err := HessianFree(ctx, g, v); err == nil || !strings.Contains(err.Error(), "column 1") {
		t.Fatalf("Inf query: %v", err)
	}
	if _, err := DataInf(ctx, g, randQuery([]int{3, 2}, 1), Options{Lambda: []float64{1}}); err == nil {
		t.Fatal("wrong lambda count accepted")
	}
	if _, err := g.SumByGroup([]int{0, 0, 2, 2}, 3); err == nil || !strings.Contains(err.Error(), "contribution 1 has no samples") {
		t.Fatalf("empty group: %v", err)
	}
	ctx2, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := Exact(ctx2, g, randQuery([]int{3, 2}, 1), Options{}); err == nil {
		t.Fatal("cancelled context ignored")
	}
}

func TestZeroLayerContributesNothing(t *testing.T) {
	ctx := context.Background()
	g := randGrads(6, []int{4, 3}, 20)
	for k := range g.Layers[1].Data {
		g.Layers[1].Data[k] = 0
	}
	v := randQuery([]int{4, 3}, 21)
	a, err := DataInf(ctx, g, v, Options{})
	if err != nil {
		t.Fatal(err)
	}
	only := &Grads{N: 6, Layers: g.Layers[:1]}
	b, _ := DataInf(ctx, only, v[:1], Options{})
	if maxRel(a, b) != 0 {
		t.Fatal("all-zero layer changed the scores")
	}
}

func TestSumByGroupLinearity(t *testing.T) {
	ctx := context.Background()
	g := randGrads(9, []int{5}, 22)
	group := []int{0, 1, 2, 0, 1, 2, 0, 1, 2}
	s, _ := NewDataInf(ctx, g, Options{}, KernelOff)
	v := randQuery([]int{5}, 23)
	per := make([]float64, 9)
	s.Score(v, per)
	sums, err := SumScores(per, group, 3)
	if err != nil {
		t.Fatal(err)
	}
	// Scoring the summed feature against the same curvature = sum of scores.
	cg, _ := g.SumByGroup(group, 3)
	lam := s.Lambdas()[0]
	u := make([]float64, 5)
	for i := 0; i < 9; i++ {
		gi := g.Layers[0].Row(i)
		c := dotf(v[0], gi) / (9 * (lam + dotf(gi, gi)))
		for j := range u {
			u[j] += c * gi[j]
		}
	}
	for c := 0; c < 3; c++ {
		x := 0.0
		for j := range u {
			x += (u[j] - v[0][j]) * cg.Layers[0].Row(c)[j]
		}
		if math.Abs(x/lam-sums[c]) > 1e-9*math.Abs(sums[c]) {
			t.Fatalf("contribution %d: %v vs sum of samples %v", c, x/lam, sums[c])
		}
	}
}

func TestAUC(t *testing.T) {
	a, _ := AUC([]float64{0.1, 0.4, 0.35, 0.8}, []bool{false, true, false, true})
	if a != 1 {
		t.Fatalf("perfect ranking: %v", a)
	}
	a, _ = AUC([]float64{1, 1, 1, 1}, []bool{false, true, false, true})
	if a != 0.5 {
		t.Fatalf("all ties: %v", a)
	}
	a, _ = AUC([]float64{0.9, 0.1, 0.5}, []bool{false, true, true})
	if a != 0 {
		t.Fatalf("reversed: %v", a)
	}
	if _, err := AUC([]float64{1}, []bool{true}); err == nil {
		t.Fatal("single class accepted")
	}
}

func TestSplitFee(t *testing.T) {
	fee, _ := new(big.Int).SetString("1000000000000000000000000007", 10) // ~1e27 wei
	shares, dust, err := SplitFee(fee, []float64{3, -1, 1, 0, 2.5, math.SmallestNonzeroFloat64})
	if err != nil {
		t.Fatal(err)
	}
	sum := new(big.Int).Set(dust)
	for _, s := range shares {
		sum.Add(sum, s)
	}
	if sum.Cmp(fee) != 0 {
		t.Fatal("shares + dust != fee")
	}
	if shares[1].Sign() != 0 || shares[3].Sign() != 0 {
		t.Fatal("non-positive score paid")
	}
	if dust.Cmp(big.NewInt(4)) >= 0 || dust.Sign() < 0 {
		t.Fatalf("dust %v not in [0, #positive)", dust)
	}
	// share = ⌊fee·s/Σ⌋ with Σ = 6.5 + tiny: check share[0] exactly via rationals.
	tot := new(big.Rat).SetFloat64(3)
	for _, x := range []float64{1, 2.5, math.SmallestNonzeroFloat64} {
		tot.Add(tot, new(big.Rat).SetFloat64(x))
	}
	want := new(big.Rat).Mul(new(big.Rat).SetInt(fee), new(big.Rat).Quo(big.NewRat(3, 1), tot))
	w := new(big.Int).Quo(want.Num(), want.Denom())
	if shares[0].Cmp(w) != 0 {
		t.Fatalf("share 0 = %v, want %v", shares[0], w)
	}
	// No positive score: everything is dust.
	shares, dust, _ = SplitFee(big.NewInt(10), []float64{-1, 0})
	if dust.Int64() != 10 || shares[0].Sign() != 0 {
		t.Fatal("no positive scores: fee not all dust")
	}
	// Integer split, floor rule: 10 among 1,1,1 → 3,3,3 dust 1.
	is, d2, _ := SplitFeeInt(big.NewInt(10), []*big.Int{big.NewInt(1), big.NewInt(1), big.NewInt(1)})
	if is[0].Int64() != 3 || is[2].Int64() != 3 || d2.Int64() != 1 {
		t.Fatalf("10/3 split: %v dust %v", is, d2)
	}
	// The reciprocal rule against the exact one: each share is the exact floor or one more, they never
	// add up to more than the fee, and a single positive score takes the whole fee.
	r := &rng{s: 5}
	for trial := 0; trial < 200; trial++ {
		fee := new(big.Int).Lsh(big.NewInt(int64(1+trial)), uint(trial%90))
		scores := make([]*big.Int, 1+trial%7)
		total := new(big.Int)
		for k := range scores {
			scores[k] = new(big.Int).Lsh(big.NewInt(int64(r.f()*1e6)), uint(trial%50))
			if scores[k].Sign() > 0 {
				total.Add(total, scores[k])
			}
		}
		got, dust, err := SplitFeeInt(fee, scores)
		if err != nil {
			t.Fatal(err)
		}
		if dust.Sign() < 0 {
			t.Fatalf("trial %d: shares %v exceed fee %v", trial, got, fee)
		}
		for k, sc := range scores {
			exact := new(big.Int)
			if sc.Sign() > 0 {
				exact.Mul(fee, sc).Quo(exact, total)
			}
			if d := new(big.Int).Sub(got[k], exact); d.Sign() < 0 || d.Cmp(big.NewInt(1)) > 0 {
				t.Fatalf("trial %d: share %d = %v, exact %v", trial, k, got[k], exact)
			}
		}
	}
	one, d3, _ := SplitFeeInt(big.NewInt(1e18), []*big.Int{big.NewInt(-4), big.NewInt(3), big.NewInt(0)})
	if one[1].Int64() != 1e18 || d3.Sign() != 0 {
		t.Fatalf("one positive score: %v dust %v", one, d3)
	}
	huge := new(big.Int).Lsh(big.NewInt(1), FixedSplitRecipBits)
	if _, _, err := SplitFeeInt(big.NewInt(1), []*big.Int{huge}); err == nil || !strings.Contains(err.Error(), "not below 2^72") {
		t.Fatalf("positive total 2^72: %v", err)
	}
	for _, bad := range []*big.Int{big.NewInt(-1), new(big.Int).Lsh(big.NewInt(1), 256)} {
		if _, _, err := SplitFee(bad, []float64{1}); err == nil {
			t.Fatalf("fee %v accepted", bad)
		}
	}
	if _, _, err := SplitFee(big.NewInt(1), []float64{math.NaN()}); err == nil {
		t.Fatal("NaN score accepted")
	}
}

func TestProjection(t *testing.T) {
	ctx := context.Background()
	g := randGrads(5, []int{30, 50}, 24)
	p := Projector{Seed: 42, Dim: 1000}
	pg, err := p.Grads(ctx, g)
	if err != nil {
		t.Fatal(err)
	}
	pg2, _ := p.Grads(ctx, g)
	for k := range pg.Layers[0].Data {
		if pg.Layers[0].Data[k] != pg2.Layers[0].Data[k] {
			t.Fatal("projection not deterministic")
		}
	}
	// Entry (r, c) matches the documented definition.
	r := 7
	want := 0.0
	for j, x := range append(append([]float64(nil), g.Layers[0].Row(2)...), g.Layers[1].Row(2)...) {
		want += ProjectionSign(42, r, j) / math.Sqrt(1000) * x
	}
	if got := pg.Layers[0].Row(2)[r]; math.Abs(got-want) > 1e-12 {
		t.Fatalf("projected entry %v, want %v", got, want)
	}
	// Norms are preserved to within JL distortion.
	for i := 0; i < 5; i++ {
		n0 := dotf(g.Layers[0].Row(i), g.Layers[0].Row(i)) + dotf(g.Layers[1].Row(i), g.Layers[1].Row(i))
		n1 := dotf(pg.Layers[0].Row(i), pg.Layers[0].Row(i))
		if math.Abs(n1/n0-1) > 0.2 {
			t.Fatalf("row %d: projected squared norm ratio %.3f", i, n1/n0)
		}
	}
	q, err := p.Query(g.Query(3))
	if err != nil {
		t.Fatal(err)
	}
	if maxRel(q[0], pg.Layers[0].Row(3)) > 1e-14 {
		t.Fatal("Query and Grads projections differ")
	}
	// A different seed gives a different projection.
	pg3, _ := Projector{Seed: 43, Dim: 1000}.Grads(ctx, g)
	if pg3.Layers[0].Data[0] == pg.Layers[0].Data[0] {
		t.Fatal("seed ignored")
	}
}
