package model

import (
	"context"
	"math"
	"testing"

	"github.com/open-attribution/poa/internal/dataset"
)

// simulatedFeedback plays three staked validators reviewing every training label with probability 0.6
// each. A validator with catch rate q scores a flipped label's correctness 0..10 and endorses the true
// label with probability q (else it misses it and scores 80..100); a clean label gets 85..100, except a
// 5 % false alarm scoring it 0..20 and endorsing a random other label. Interpretability is 50..100.
func simulatedFeedback(trueY, noisyY []int, classes int, seed uint64) []Feedback {
	validators := []struct {
		stake, catch float64
	}{{50_000, 0.9}, {30_000, 0.7}, {20_000, 0.5}}
	rng := dataset.NewRNG(seed)
	var fb []Feedback
	for i := range noisyY {
		for _, v := range validators {
			if rng.Float64() >= 0.6 {
				continue
			}
			f := Feedback{Sample: i, Weight: v.stake, Endorsed: -1, Interpretability: uint8(50 + rng.IntN(51))}
			switch {
			case noisyY[i] != trueY[i] && rng.Float64() < v.catch:
				f.Correctness, f.Endorsed = uint8(rng.IntN(11)), trueY[i]
			case noisyY[i] != trueY[i]:
				f.Correctness = uint8(80 + rng.IntN(21))
			case rng.Float64() < 0.05:
				other := rng.IntN(classes - 1)
				if other >= trueY[i] {
					other++
				}
				f.Correctness, f.Endorsed = uint8(rng.IntN(21)), other
			default:
				f.Correctness = uint8(85 + rng.IntN(16))
			}
			fb = append(fb, f)
		}
	}
	return fb
}

type rlhfRun struct {
	testAcc, valLoss, recovered float64
}

// rlhfCompare trains the same pre-trained model twice on digits with 20 % flipped labels: plain LoRA
// fine-tuning on the noisy labels, reward-weighted fine-tuning with the validators' feedback (α = 1,
// interpretability share 0.2, unscored samples weight 1), and the same weights without the endorsed labels
// (the V term off: reweighting only). Returns (plain, rewarded, weights only).
func rlhfCompare(t *testing.T, seed uint64) (rlhfRun, rlhfRun, rlhfRun) {
	t.Helper()
	full, err := dataset.Digits()
	if err != nil {
		t.Fatal(err)
	}
	perm := dataset.NewRNG(seed).Perm(full.N)
	base := full.Subset("base", perm[:300])
	train := full.Subset("train", perm[300:1300])
	val := full.Subset("val", perm[1300:1500])
	test := full.Subset("test", perm[1500:])
	trueY := append([]int(nil), train.Y...)
	noisy, flipped, err := dataset.FlipLabels(train.Y, train.Classes, 0.2, seed^0x6e6f697365)
	if err != nil {
		t.Fatal(err)
	}
	train.Y = noisy
	m, err := New(Config{Sizes: []int{64, 32, 10}, Rank: 4, Alpha: 1}, seed^0x6d6f64656c)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := m.Train(ctx, base, TrainOptions{Target: TrainBase, Epochs: 30, LR: 0.003, Seed: seed ^ 0x62617365}, nil); err != nil {
		t.Fatal(err)
	}
	reward, err := RewardFromFeedback(train.N, train.Classes, simulatedFeedback(trueY, noisy, train.Classes, seed^0x726c6866), 0.2, 1, 1)
	if err != nil {
		t.Fatal(err)
	}
	run := func(r *RewardOptions) rlhfRun {
		c := m.Clone()
		if err := c.Train(ctx, train, TrainOptions{Epochs: 40, LR: 0.003, Seed: seed ^ 0x6c6f7261, Reward: r}, nil); err != nil {
			t.Fatal(err)
		}
		var out rlhfRun
		var err error
		if out.valLoss, _, err = c.Evaluate(val); err != nil {
			t.Fatal(err)
		}
		if _, out.testAcc, err = c.Evaluate(test); err != nil {
			t.Fatal(err)
		}
		// How many flipped training samples the model predicts with their true label.
		n, right := 0, 0
		for i, f := range flipped {
			if !f {
				continue
			}
			n++
			if label, _, err := c.Predict(train.Row(i)); err == nil && label == trueY[i] {
				right++
			}
		}
		out.recovered = float64(right) / float64(n)
		return out
	}
	weightsOnly := &RewardOptions{Weights: reward.Weights, Alpha: reward.Alpha}
	return run(nil), run(reward), run(weightsOnly)
}

// TestRewardWeightedDigits compares reward-weighted fine-tuning with plain fine-tuning on noisy digits
// (docs/benchmarks.md, "Governance"): over three seeds the validators' feedback must raise the mean test
// accuracy and the share of flipped training samples predicted with their true label, and lower the mean
// clean validation loss.
//
//	go test ./internal/model -run TestRewardWeightedDigits -v
func TestRewardWeightedDigits(t *testing.T) {
	if testing.Short() {
		t.Skip("trains fifteen models")
	}
	var mean [3]rlhfRun
	names := [3]string{"plain", "reward-weighted", "weights only"}
	seeds := []uint64{1, 2, 3, 4, 5}
	for _, seed := range seeds {
		p, r, w := rlhfCompare(t, seed)
		for k, run := range [3]rlhfRun{p, r, w} {
			t.Logf("seed %d %-16s test acc %.3f  val loss %.3f  flipped recovered %.3f", seed, names[k], run.testAcc, run.valLoss, run.recovered)
			mean[k].testAcc += run.testAcc / float64(len(seeds))
			mean[k].valLoss += run.valLoss / float64(len(seeds))
			mean[k].recovered += run.recovered / float64(len(seeds))
		}
	}
	for k, run := range mean {
		t.Logf("mean   %-16s test acc %.3f  val loss %.3f  flipped recovered %.3f", names[k], run.testAcc, run.valLoss, run.recovered)
	}
	plain, rewarded := mean[0], mean[1]
	if !(rewarded.testAcc > plain.testAcc) || !(rewarded.valLoss < plain.valLoss) || !(rewarded.recovered > plain.recovered) {
		t.Fatal("reward-weighted fine-tuning did not beat plain fine-tuning on average")
	}
	if math.IsNaN(rewarded.valLoss) {
		t.Fatal("NaN loss")
	}
}
