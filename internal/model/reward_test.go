package model

import (
	"context"
	"math"
	"testing"

	"github.com/open-attribution/poa/internal/dataset"
)

// TestRewardShapeIsTheGradient checks the reward objective's gradient at the logits against central
// differences of w·(α·CE(z) − softmax(z)_e), with and without an endorsed label.
func TestRewardShapeIsTheGradient(t *testing.T) {
	rng := dataset.NewRNG(7)
	const classes = 5
	for trial := 0; trial < 20; trial++ {
		z := make([]float64, classes)
		for k := range z {
			z[k] = rng.Uniform(-3, 3)
		}
		y := rng.IntN(classes)
		e := rng.IntN(classes+1) - 1
		r := &RewardOptions{Weights: []float64{rng.Uniform(0, 2)}, Endorsed: []int{e}, Alpha: rng.Uniform(0, 2)}
		objective := func(z []float64) float64 {
			p := make([]float64, classes)
			lse := softmaxInto(p, z)
			v := 0.0
			if e >= 0 {
				v = p[e]
			}
			return r.Weights[0] * (r.Alpha*(lse-z[y]) - v)
		}
		p := make([]float64, classes)
		lse := softmaxInto(p, z)
		delta := append([]float64(nil), p...)
		delta[y]--
		got := r.shape(delta, p, 0, lse-z[y])
		if want := objective(z); math.Abs(got-want) > 1e-12 {
			t.Fatalf("trial %d: objective %v, want %v", trial, got, want)
		}
		for k := range z {
			const h = 1e-6
			zp := append([]float64(nil), z...)
			zm := append([]float64(nil), z...)
			zp[k] += h
			zm[k] -= h
			num := (objective(zp) - objective(zm)) / (2 * h)
			if math.Abs(num-delta[k]) > 1e-7*(1+math.Abs(num)) {
				t.Fatalf("trial %d, logit %d: gradient %v, finite difference %v", trial, k, delta[k], num)
			}
		}
	}
}

// TestRewardUnitWeightsIsPlainTraining: w = 1, α = 1 and no endorsement give bit-for-bit the parameters of
// plain fine-tuning.
func TestRewardUnitWeightsIsPlainTraining(t *testing.T) {
	x, y := randomInput(40, 6, 3)
	d := &dataset.Dataset{Name: "toy", N: 40, Features: 6, Classes: 4, X: x, Y: y}
	plain, err := New(Config{Sizes: []int{6, 5, 4}, Rank: 2, Alpha: 1}, 1)
	if err != nil {
		t.Fatal(err)
	}
	rewarded := plain.Clone()
	opts := TrainOptions{Epochs: 3, BatchSize: 8, LR: 0.01, Seed: 9}
	if err := plain.Train(context.Background(), d, opts, nil); err != nil {
		t.Fatal(err)
	}
	ones := make([]float64, d.N)
	for i := range ones {
		ones[i] = 1
	}
	opts.Reward = &RewardOptions{Weights: ones, Alpha: 1}
	if err := rewarded.Train(context.Background(), d, opts, nil); err != nil {
		t.Fatal(err)
	}
	for l := range plain.Layers {
		for k, v := range plain.Layers[l].A {
			if rewarded.Layers[l].A[k] != v {
				t.Fatalf("layer %d A[%d]: %v, plain %v", l, k, rewarded.Layers[l].A[k], v)
			}
		}
		for k, v := range plain.Layers[l].B {
			if rewarded.Layers[l].B[k] != v {
				t.Fatalf("layer %d B[%d]: %v, plain %v", l, k, rewarded.Layers[l].B[k], v)
			}
		}
	}
}

func TestRewardOptionsValidation(t *testing.T) {
	x, y := randomInput(4, 6, 3)
	d := &dataset.Dataset{Name: "toy", N: 4, Features: 6, Classes: 4, X: x, Y: y}
	m, err := New(Config{Sizes: []int{6, 5, 4}, Rank: 2, Alpha: 1}, 1)
	if err != nil {
		t.Fatal(err)
	}
	for name, r := range map[string]*RewardOptions{
		"short weights":   {Weights: []float64{1}},
		"negative weight": {Weights: []float64{1, -1, 1, 1}},
		"nan weight":      {Weights: []float64{1, math.NaN(), 1, 1}},
		"short endorsed":  {Weights: []float64{1, 1, 1, 1}, Endorsed: []int{0}},
		"bad label":       {Weights: []float64{1, 1, 1, 1}, Endorsed: []int{0, 4, -1, 1}},
		"negative alpha":  {Weights: []float64{1, 1, 1, 1}, Alpha: -1},
	} {
		if err := m.Train(context.Background(), d, TrainOptions{Epochs: 1, Reward: r}, nil); err == nil {
			t.Errorf("%s: Train accepted it", name)
		}
	}
	if err := m.Train(context.Background(), d, TrainOptions{Target: TrainBase, Epochs: 1,
		Reward: &RewardOptions{Weights: []float64{1, 1, 1, 1}}}, nil); err == nil {
		t.Error("reward-weighted base training accepted")
	}
}

func TestRewardFromFeedback(t *testing.T) {
	fb := []Feedback{
		{Sample: 0, Correctness: 100, Interpretability: 50, Weight: 3, Endorsed: -1},
		{Sample: 0, Correctness: 0, Interpretability: 100, Weight: 1, Endorsed: 2},
		{Sample: 1, Correctness: 20, Interpretability: 20, Weight: 2, Endorsed: 1},
		{Sample: 1, Correctness: 20, Interpretability: 20, Weight: 3, Endorsed: 0},
	}
	r, err := RewardFromFeedback(3, 4, fb, 0.5, 0.7, 2)
	if err != nil {
		t.Fatal(err)
	}
	// Sample 0: (3·0.75 + 1·0.5)/4; sample 1: 0.2; sample 2: unscored.
	for i, want := range []float64{0.6875, 0.2, 0.7} {
		if math.Abs(r.Weights[i]-want) > 1e-12 {
			t.Errorf("weight %d = %v, want %v", i, r.Weights[i], want)
		}
	}
	for i, want := range []int{2, 0, -1} {
		if r.Endorsed[i] != want {
			t.Errorf("endorsed %d = %d, want %d", i, r.Endorsed[i], want)
		}
	}
	if r.Alpha != 2 {
		t.Errorf("alpha %v", r.Alpha)
	}
	for _, bad := range []Feedback{
		{Sample: 3, Weight: 1, Endorsed: -1},
		{Sample: 0, Correctness: 101, Weight: 1, Endorsed: -1},
		{Sample: 0, Weight: 0, Endorsed: -1},
		{Sample: 0, Weight: 1, Endorsed: 4},
	} {
		if _, err := RewardFromFeedback(3, 4, []Feedback{bad}, 0.5, 1, 1); err == nil {
			t.Errorf("accepted %+v", bad)
		}
	}
	if _, err := RewardFromFeedback(3, 4, nil, 1.5, 1, 1); err == nil {
		t.Error("accepted an interpretability share of 1.5")
	}
}
