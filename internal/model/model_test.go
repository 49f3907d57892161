package model

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"math"
	"strings"
	"testing"

	"github.com/open-attribution/poa/internal/dataset"
)

// randomAdapters gives B (and A) non-zero values so every gradient is live.
func randomAdapters(m *Model, seed uint64) {
	rng := dataset.NewRNG(seed)
	for l := range m.Layers {
		for k := range m.Layers[l].A {
			m.Layers[l].A[k] = rng.Uniform(-0.5, 0.5)
		}
		for k := range m.Layers[l].B {
			m.Layers[l].B[k] = rng.Uniform(-0.5, 0.5)
		}
	}
}

func randomInput(n, d int, seed uint64) ([]float64, []int) {
	rng := dataset.NewRNG(seed)
	x := make([]float64, n*d)
	for i := range x {
		x[i] = rng.Uniform(-1, 1)
	}
	y := make([]int, n)
	for i := range y {
		y[i] = rng.IntN(4)
	}
	return x, y
}

// TestPerSampleGradsFiniteDifference checks every LoRA gradient entry
// against a central difference, relative error ≤ 1e-6, for float and 4-bit
// bases and a deeper network.
func TestPerSampleGradsFiniteDifference(t *testing.T) {
	for _, tc := range []struct {
		name  string
		sizes []int
		quant string
	}{
		{"float", []int{6, 5, 4}, QuantNone},
		{"deep", []int{6, 7, 5, 4}, QuantNone},
		{"nf4", []int{6, 5, 4}, QuantNF4},
		{"int4", []int{6, 5, 4}, QuantInt4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := New(Config{Sizes: tc.sizes, Rank: 3, Alpha: 2, Quant: tc.quant, QuantBlock: 8}, 1)
			if err != nil {
				t.Fatal(err)
			}
			randomAdapters(m, 2)
			x, y := randomInput(3, tc.sizes[0], 3)
			g, err := m.PerSampleGrads(context.Background(), x, y)
			if err != nil {
				t.Fatal(err)
			}
			const h = 1e-5
			for i := 0; i < 3; i++ {
				xi := x[i*tc.sizes[0] : (i+1)*tc.sizes[0]]
				for l := range m.Layers {
					for bi, params := range [][]float64{m.Layers[l].A, m.Layers[l].B} {
						row := g.Layers[2*l+bi].Row(i)
						var num, den float64
						for k := range params {
							old := params[k]
							params[k] = old + h
							lp, _ := m.Loss(xi, y[i])
							params[k] = old - h
							lm, _ := m.Loss(xi, y[i])
							params[k] = old
							fd := (lp - lm) / (2 * h)
							num += (fd - row[k]) * (fd - row[k])
							den += row[k] * row[k]
							if d := math.Abs(fd - row[k]); d > 1e-6*math.Max(1e-3, math.Abs(row[k])) && d > 1e-9 {
								t.Errorf("sample %d %s[%d]: analytic %.12g, finite difference %.12g", i, g.Layers[2*l+bi].Name, k, row[k], fd)
							}
						}
						if rel := math.Sqrt(num / den); rel > 1e-6 {
							t.Errorf("sample %d %s: relative error %.3g > 1e-6", i, g.Layers[2*l+bi].Name, rel)
						}
					}
				}
			}
		})
	}
}

// TestBaseGradFiniteDifference checks the base-weight gradient used to
// pre-train the base.
func TestBaseGradFiniteDifference(t *testing.T) {
	m, _ := New(Config{Sizes: []int{5, 4, 3}, Rank: 2, Alpha: 1}, 4)
	randomAdapters(m, 5)
	x, y := randomInput(1, 5, 6)
	y[0] %= 3
	L := len(m.Layers)
	sink := &gradSink{dW: make([][]float64, L), dBias: make([][]float64, L), accumulate: true}
	for l := range m.Layers {
		sink.dW[l] = make([]float64, len(m.Layers[l].W))
		sink.dBias[l] = make([]float64, len(m.Layers[l].Bias))
	}
	ws := m.newWorkspace()
	m.lossAndDelta(x, y[0], ws)
	m.backward(ws, sink)
	const h = 1e-5
	for l := range m.Layers {
		for bi, params := range [][]float64{m.Layers[l].W, m.Layers[l].Bias} {
			an := sink.dW[l]
			if bi == 1 {
				an = sink.dBias[l]
			}
			for k := range params {
				old := params[k]
				params[k] = old + h
				lp, _ := m.Loss(x, y[0])
				params[k] = old - h
				lm, _ := m.Loss(x, y[0])
				params[k] = old
				fd := (lp - lm) / (2 * h)
				if d := math.Abs(fd - an[k]); d > 1e-6*math.Max(1e-3, math.Abs(an[k])) && d > 1e-9 {
					t.Errorf("layer %d param %d/%d: analytic %.12g, fd %.12g", l, bi, k, an[k], fd)
				}
			}
		}
	}
}

func digitsSubset(t *testing.T, n int) *dataset.Dataset {
	t.Helper()
	d, err := dataset.Digits()
	if err != nil {
		t.Fatal(err)
	}
	idx := dataset.NewRNG(9).Perm(d.N)[:n]
	return d.Subset("digits-sub", idx)
}

func paramHash(m *Model) [32]byte {
	h := sha256.New()
	for _, l := range m.Layers {
		for _, s := range [][]float64{l.W, l.Bias, l.A, l.B} {
			for _, x := range s {
				binary.Write(h, binary.LittleEndian, math.Float64bits(x))
			}
		}
	}
	var out [32]byte
	copy(out[:], h.Sum(nil))
	return out
}

func TestTrainDeterministicAndLearns(t *testing.T) {
	d := digitsSubset(t, 300)
	train := func(seed uint64) *Model {
		m, err := New(Config{Sizes: []int{64, 16, 10}, Rank: 4, Alpha: 4}, 7)
		if err != nil {
			t.Fatal(err)
		}
		if err := m.Train(context.Background(), d, TrainOptions{Target: TrainBase, Epochs: 5, Seed: seed}, nil); err != nil {
			t.Fatal(err)
		}
		var last Progress
		if err := m.Train(context.Background(), d, TrainOptions{Epochs: 10, Seed: seed}, func(p Progress) { last = p }); err != nil {
			t.Fatal(err)
		}
		if last.Epoch != 10 {
			t.Fatalf("progress epoch %d", last.Epoch)
		}
		return m
	}
	a, b, c := train(1), train(1), train(2)
	if paramHash(a) != paramHash(b) {
		t.Fatal("same seed gave different parameters")
	}
	if paramHash(a) == paramHash(c) {
		t.Fatal("different seeds gave identical parameters")
	}
	if a.AdapterHash() != b.AdapterHash() {
		t.Fatal("same seed gave different adapter hashes")
	}
	_, acc, err := a.Evaluate(d)
	if err != nil {
		t.Fatal(err)
	}
	if acc < 0.9 {
		t.Fatalf("training accuracy %.3f < 0.9", acc)
	}
}

func TestTrainCancel(t *testing.T) {
	d := digitsSubset(t, 100)
	m, _ := New(Config{Sizes: []int{64, 8, 10}, Rank: 2, Alpha: 1}, 1)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := m.Train(ctx, d, TrainOptions{}, nil); err == nil {
		t.Fatal("cancelled context: no error")
	}
}

func TestQuantizeErrorBound(t *testing.T) {
	rng := dataset.NewRNG(3)
	w := make([]float64, 1000)
	for i := range w {
		w[i] = rng.Uniform(-1, 1) * math.Pow(10, rng.Uniform(-3, 1))
	}
	for _, tc := range []struct {
		mode  string
		bound float64
	}{{QuantNF4, NF4MaxRelError}, {QuantInt4, Int4MaxRelError}} {
		q, err := Quantize4(w, tc.mode, 64)
		if err != nil {
			t.Fatal(err)
		}
		dq := q.Dequantize()
		for b := 0; b*64 < len(w); b++ {
			lo, hi := b*64, min((b+1)*64, len(w))
			amax := 0.0
			for _, x := range w[lo:hi] {
				amax = math.Max(amax, math.Abs(x))
			}
			for k := lo; k < hi; k++ {
				if e := math.Abs(w[k] - dq[k]); e > tc.bound*amax {
					t.Fatalf("%s: entry %d error %.3g > %.3g·absmax %.3g", tc.mode, k, e, tc.bound, amax)
				}
			}
		}
		if want := 500 + 4*16; q.Bytes() != want {
			t.Fatalf("%s: %d bytes, want %d", tc.mode, q.Bytes(), want)
		}
	}
	if _, err := Quantize4(w, "fp3", 64); err == nil {
		t.Fatal("unknown mode accepted")
	}
}

func TestQLoRAMemoryAndAccuracy(t *testing.T) {
	d := digitsSubset(t, 400)
	m, _ := New(Config{Sizes: []int{64, 32, 10}, Rank: 4, Alpha: 4}, 3)
	if err := m.Train(context.Background(), d, TrainOptions{Target: TrainBase, Epochs: 10, Seed: 1}, nil); err != nil {
		t.Fatal(err)
	}
	_, accF, _ := m.Evaluate(d)
	q := m.Clone()
	if err := q.QuantizeBase(QuantNF4, 64); err != nil {
		t.Fatal(err)
	}
	if err := q.Train(context.Background(), d, TrainOptions{Target: TrainBase}, nil); err == nil {
		t.Fatal("training a 4-bit base accepted")
	}
	_, accQ, _ := q.Evaluate(d)
	if accQ < accF-0.05 {
		t.Fatalf("nf4 accuracy %.3f vs float %.3f", accQ, accF)
	}
	if r := float64(q.BaseBytes()) / float64(m.BaseBytes()); r > 0.1 {
		t.Fatalf("nf4 base uses %.3f of the float64 memory", r)
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	for _, quant := range []string{QuantNone, QuantNF4} {
		m, _ := New(Config{Sizes: []int{6, 5, 3}, Rank: 2, Alpha: 3, Quant: quant, QuantBlock: 4}, 1)
		randomAdapters(m, 2)
		var base, ad bytes.Buffer
		bh, err := m.SaveBase(&base)
		if err != nil {
			t.Fatal(err)
		}
		ah, err := m.SaveAdapter(&ad)
		if err != nil {
			t.Fatal(err)
		}
		if bh != sha256.Sum256(base.Bytes()) || ah != sha256.Sum256(ad.Bytes()) {
			t.Fatal("hash is not the SHA-256 of the file")
		}
		if bh != m.BaseHash() || ah != m.AdapterHash() {
			t.Fatal("hash not deterministic")
		}
		baseBytes := append([]byte(nil), base.Bytes()...)
		m2, bh2, err := LoadBase(&base, 1, 1)
		if err != nil {
			t.Fatal(err)
		}
		if bh2 != bh {
			t.Fatal("load: base hash differs")
		}
		ah2, err := m2.LoadAdapter(bytes.NewReader(ad.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if ah2 != ah || m2.AdapterHash() != ah || m2.BaseHash() != bh {
			t.Fatal("round trip changed a hash")
		}
		x, _ := randomInput(1, 6, 5)
		_, p1, _ := m.Predict(x)
		_, p2, _ := m2.Predict(x)
		for i := range p1 {
			if p1[i] != p2[i] {
				t.Fatalf("%q: predictions differ after round trip", quant)
			}
		}
		// An adapter only loads onto its own base.
		other, _ := New(Config{Sizes: []int{6, 5, 3}, Rank: 2, Alpha: 3}, 99)
		if _, err := other.LoadAdapter(bytes.NewReader(ad.Bytes())); err == nil || !strings.Contains(err.Error(), "trained on base") {
			t.Fatalf("adapter on the wrong base: %v", err)
		}
		// Corruptions are errors.
		bad := [][]byte{
			append([]byte("XOAMODL1"), baseBytes[8:]...),
			baseBytes[:len(baseBytes)-3],
			append(append([]byte(nil), baseBytes...), 0),
		}
		for i, b := range bad {
			if _, _, err := LoadBase(bytes.NewReader(b), 1, 1); err == nil {
				t.Errorf("%q: corruption %d accepted", quant, i)
			}
		}
		if _, _, err := LoadBase(bytes.NewReader(ad.Bytes()), 1, 1); err == nil {
			t.Error("adapter file accepted as base")
		}
	}
}

func TestInferenceGradsUsePrediction(t *testing.T) {
	m, _ := New(Config{Sizes: []int{4, 3, 3}, Rank: 2, Alpha: 1}, 1)
	randomAdapters(m, 1)
	x, _ := randomInput(5, 4, 2)
	g, pred, err := m.InferenceGrads(context.Background(), x)
	if err != nil {
		t.Fatal(err)
	}
	g2, err := m.PerSampleGrads(context.Background(), x, pred)
	if err != nil {
		t.Fatal(err)
	}
	for i := range pred {
		p, _, _ := m.Predict(x[4*i : 4*i+4])
		if p != pred[i] {
			t.Fatalf("sample %d: predicted %d, inference used %d", i, p, pred[i])
		}
	}
	for l := range g.Layers {
		for k := range g.Layers[l].Data {
			if g.Layers[l].Data[k] != g2.Layers[l].Data[k] {
				t.Fatal("inference grads differ from per-sample grads at the predicted label")
			}
		}
	}
}

func TestConfigValidation(t *testing.T) {
	for _, c := range []Config{
		{Sizes: []int{4}, Rank: 1, Alpha: 1},
		{Sizes: []int{4, 1}, Rank: 1, Alpha: 1},
		{Sizes: []int{4, 2}, Rank: 0, Alpha: 1},
		{Sizes: []int{4, 2}, Rank: 1, Alpha: 0},
		{Sizes: []int{4, 2}, Rank: 1, Alpha: 1, Quant: "fp8"},
	} {
		if _, err := New(c, 1); err == nil {
			t.Errorf("config %+v accepted", c)
		}
	}
}
