package influence

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"math"
	"math/big"
	"strings"
	"testing"
)

// dequantize returns the real values the integers stand for.
func dequantize(in *FixedInput) (*Grads, [][]float64) {
	g := &Grads{N: in.N}
	v := make([][]float64, len(in.Layers))
	for l, ly := range in.Layers {
		d := make([]float64, len(ly.Train))
		for k, q := range ly.Train {
			d[k] = float64(q) / float64(FixedScale)
		}
		g.Layers = append(g.Layers, Layer{Name: ly.Name, Dim: ly.Dim, Data: d})
		v[l] = make([]float64, ly.Dim)
		for j, q := range ly.Query {
			v[l][j] = float64(q) / float64(FixedScale)
		}
	}
	return g, v
}

// errorBound is the documented a-priori bound on |fixed/S − float| for
// row k, summed over layers (docs/influence.md, "Error bound").
func errorBound(in *FixedInput, res *FixedResult, k int) float64 {
	S := float64(FixedScale)
	b := 0.0
	for l, ly := range in.Layers {
		if res.Lambda[l].Sign() == 0 {
			continue
		}
		lam, _ := new(big.Float).SetInt(res.Lambda[l]).Float64()
		// W_i's error at S²: ½ from its rounding, |A_i|/2^(F_W+1) from R_i's.
		wErr := make([]float64, in.N)
		for i := range wErr {
			a := 0.0
			for j, v := range ly.Query {
				a += float64(v) * float64(ly.Train[i*ly.Dim+j])
			}
			wErr[i] = 0.5 + math.Abs(a)/math.Ldexp(1, FixedWRecipBits+1)
		}
		colAbs := 0.0
		for j := 0; j < ly.Dim; j++ {
			s := 0.0
			for i := 0; i < in.N; i++ {
				s += math.Abs(float64(ly.Train[i*ly.Dim+j])) * wErr[i]
			}
			colAbs += math.Abs(float64(ly.Train[k*ly.Dim+j])) * s
		}
		// W errors → Σ_j|G_kj|Σ_i|G_ij|·wErr_i/S⁴ real, divided by λ = Λ/S².
		b += colAbs / (S * S) / lam
		// Final rounding ½ at scale S, Λ rounding (relative ½/Λ, entering twice), R_Λ rounding (relative
		// Λ/2^(F_S+1)).
		score := math.Abs(FixedToFloat(res.LayerScores[l][k]))
		b += 0.5/S + score*(1/lam) + score*lam/math.Ldexp(1, FixedScoreRecipBits+1) + 1e-12
	}
	return b
}

func randFixed(n int, dims []int, amp float64, seed uint64) (*FixedInput, *Grads, [][]float64) {
	g := randGrads(n, dims, seed)
	for l := range g.Layers {
		for k := range g.Layers[l].Data {
			g.Layers[l].Data[k] *= amp
		}
	}
	v := randQuery(dims, seed+1)
	in, _, err := QuantizeInput(g, v)
	if err != nil {
		panic(err)
	}
	return in, g, v
}

func TestFixedMatchesFloat(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		n    int
		dims []int
		amp  float64
	}{{15, []int{24, 10}, 1}, {40, []int{64, 8, 128}, 20}, {3, []int{500}, 0.05}} {
		in, g, v := randFixed(tc.n, tc.dims, tc.amp, 30)
		res, err := FixedDataInf(ctx, in)
		if err != nil {
			t.Fatal(err)
		}
		// Against float64 on exactly the quantised values: the a-priori bound.
		gq, vq := dequantize(in)
		fl, err := DataInf(ctx, gq, vq, Options{})
		if err != nil {
			t.Fatal(err)
		}
		scale := 0.0
		for k := range fl {
			scale = math.Max(scale, math.Abs(fl[k]))
		}
		for k := range fl {
			got := FixedToFloat(res.Scores[k])
			if e := math.Abs(got - (-fl[k])); e > errorBound(in, res, k) {
				t.Errorf("n=%d: row %d: |fixed − float| = %.3g > bound %.3g", tc.n, k, e, errorBound(in, res, k))
			}
		}
		// Against float64 on the unquantised gradients: quantisation error too.
		orig, _ := DataInf(ctx, g, v, Options{})
		for k := range orig {
			if e := math.Abs(FixedToFloat(res.Scores[k]) + orig[k]); e > 1e-3*scale {
				t.Errorf("n=%d: row %d: fixed vs unquantised float %.3g > 1e-3·max|score| (%.3g)", tc.n, k, e, scale)
			}
		}
		// λ agrees.
		lam := Lambdas(gq, DefaultDamping)
		for l := range lam {
			fl, _ := new(big.Float).SetInt(res.Lambda[l]).Float64()
			if r := math.Abs(fl/float64(FixedScale*FixedScale)-lam[l]) / lam[l]; r > 1e-6 {
				t.Errorf("layer %d: Λ/S² %v vs λ %v", l, fl/float64(FixedScale*FixedScale), lam[l])
			}
		}
	}
}

// TestFixedGolden pins the integers of a fixed input: any machine, any Go
// version must reproduce them bit for bit.
func TestFixedGolden(t *testing.T) {
	in := &FixedInput{N: 6}
	r := &rng{s: 777}
	for l, d := range []int{17, 5} {
		ly := FixedLayer{Name: []string{"a", "b"}[l], Dim: d, Train: make([]int64, 6*d), Query: make([]int64, d)}
		for k := range ly.Train {
			ly.Train[k] = int64(r.f() * 200000)
		}
		for k := range ly.Query { // aligned with rows 0 and 2, plus noise
			ly.Query[k] = (ly.Train[k]+ly.Train[2*d+k])/3 + int64(r.f()*20000)
		}
		in.Layers = append(in.Layers, ly)
	}
	res, err := FixedDataInf(context.Background(), in)
	if err != nil {
		t.Fatal(err)
	}
	fee, _ := new(big.Int).SetString("1000000000000000000000000000", 10)
	att, err := FixedAttribute(context.Background(), in, fee)
	if err != nil {
		t.Fatal(err)
	}
	shares, dust := att.Shares, att.Dust
	var parts []string
	for _, x := range append(append(append(res.Lambda, res.Scores...), shares...), dust) {
		parts = append(parts, x.String())
	}
	sum := sha256.Sum256([]byte(strings.Join(parts, ",")))
	const golden = "95dd215cfd653d97241ef9458bc9978b115186765cfe95ae9f2e85aa3a38c37a"
	if got := hex.EncodeToString(sum[:]); got != golden {
		t.Fatalf("fixed-point output hash %s, want %s\noutput: %s", got, golden, strings.Join(parts, ","))
	}
	// And across runs.
	res2, _ := FixedDataInf(context.Background(), in)
	for k := range res.Scores {
		if res.Scores[k].Cmp(res2.Scores[k]) != 0 {
			t.Fatal("fixed-point not reproducible")
		}
	}
}

// TestFixedWorstCase runs inputs at the clamp bound: no overflow error.
func TestFixedWorstCase(t *testing.T) {
	for _, tc := range []struct{ n, d int }{{2, 4096}, {64, 64}} {
		in := &FixedInput{N: tc.n}
		r := &rng{s: 99}
		ly := FixedLayer{Name: "max", Dim: tc.d, Train: make([]int64, tc.n*tc.d), Query: make([]int64, tc.d)}
		for k := range ly.Train {
			ly.Train[k] = FixedMaxAbs
			if r.f() < 0 {
				ly.Train[k] = -FixedMaxAbs
			}
		}
		for k := range ly.Query {
			ly.Query[k] = -FixedMaxAbs
		}
		// One row tiny, to make Λ+N_i small for it.
		for j := 0; j < tc.d; j++ {
			ly.Train[j] = 1
		}
		in.Layers = []FixedLayer{ly}
		if _, err := FixedDataInf(context.Background(), in); err != nil {
			t.Fatalf("n=%d d=%d at the clamp bound: %v", tc.n, tc.d, err)
		}
	}
}

func TestFixedValidation(t *testing.T) {
	in, _, _ := randFixed(3, []int{4}, 1, 31)
	in.Layers[0].Train[5] = FixedMaxAbs + 1
	if _, err := FixedDataInf(context.Background(), in); err == nil || !strings.Contains(err.Error(), "row 1 column 1") {
		t.Fatalf("out-of-range entry: %v", err)
	}
	in.Layers[0].Train[5] = 0
	in.Layers[0].Query = in.Layers[0].Query[:3]
	if _, err := FixedDataInf(context.Background(), in); err == nil || !strings.Contains(err.Error(), "query has 3 entries") {
		t.Fatalf("short query: %v", err)
	}
	if _, err := FixedDataInf(context.Background(), &FixedInput{}); err == nil {
		t.Fatal("empty input accepted")
	}
	if q, c := Quantize(1e9); q != FixedMaxAbs || !c {
		t.Fatal("clamp")
	}
	if q, c := Quantize(-1.5 / float64(FixedScale)); q != -2 || c {
		t.Fatalf("round half away from zero: %d", q)
	}
	g := randGrads(2, []int{3}, 1)
	g.Layers[0].Data[4] = math.NaN()
	if _, _, err := QuantizeInput(g, randQuery([]int{3}, 1)); err == nil || !strings.Contains(err.Error(), "row 1 column 1") {
		t.Fatalf("NaN quantise: %v", err)
	}
}

func TestFixedSplitNearFloatSplit(t *testing.T) {
	ctx := context.Background()
	in, _, _ := randFixed(12, []int{30, 6}, 1, 32)
	res, _ := FixedDataInf(ctx, in)
	gq, vq := dequantize(in)
	fl, _ := DataInf(ctx, gq, vq, Options{})
	fee, _ := new(big.Int).SetString("1000000000000000000000000000", 10)
	a, _, _ := SplitFeeInt(fee, res.Scores)
	b, _, _ := SplitFee(fee, Helpfulness(fl))
	for k := range a {
		d := new(big.Int).Sub(a[k], b[k])
		df, _ := new(big.Float).SetInt(d).Float64()
		if math.Abs(df) > 1e-6*1e27 {
			t.Fatalf("contribution %d: fixed share %v vs float share %v", k, a[k], b[k])
		}
	}
}

func TestInt128(t *testing.T) {
	r := &rng{s: 5}
	for it := 0; it < 2000; it++ {
		a := int64(r.f() * (1 << 62))
		b := int64(r.f() * (1 << 40))
		c := int64(r.f() * (1 << 20))
		x, ok := i128From(a).mul64(b)
		if !ok {
			t.Fatal("unexpected overflow")
		}
		want := new(big.Int).Mul(big.NewInt(a), big.NewInt(b))
		if x.big().Cmp(want) != 0 {
			t.Fatalf("%d·%d = %v, want %v", a, b, x.big(), want)
		}
		y, ok := x.mul64(c)
		want.Mul(want, big.NewInt(c))
		if ok != (want.BitLen() <= 127) || (ok && y.big().Cmp(want) != 0) {
			t.Fatalf("%v·%d: ok=%v got %v want %v", x.big(), c, ok, y.big(), want)
		}
		s, ok := x.add(i128From(c))
		if !ok || s.big().Cmp(new(big.Int).Add(x.big(), big.NewInt(c))) != 0 {
			t.Fatal("add")
		}
		z, ok := i128FromBig(x.big())
		if !ok || z != x {
			t.Fatal("from big")
		}
	}
	max, _ := i128FromBig(maxI128)
	if _, ok := max.add(i128From(1)); ok {
		t.Fatal("overflow not detected")
	}
	if _, ok := i128FromBig(new(big.Int).Lsh(big.NewInt(1), 127)); ok {
		t.Fatal("2^127 accepted")
	}
}
