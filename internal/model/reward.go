package model

import (
	"fmt"
	"math"
)

// RewardOptions switches Train to reward-weighted fine-tuning from validator feedback (RLHF): instead of
// the mean cross-entropy, Train maximises, over each mini-batch B,
//
//	R(θ) = Σ_{i∈B} w_i · (V(y_i, f_θ(x_i)) − α·L(y_i, f_θ(x_i)))
//
// where L is the cross-entropy against the training label y_i and V is a differentiable surrogate of the
// validators' score: the model's probability of the label the validators endorse for x_i,
//
//	V(y_i, f_θ(x_i)) = p_θ(e_i | x_i)      (0 when no label is endorsed)
//
// A validator's correctness/interpretability score of a given output is a number about that output, not a
// function of θ, so it cannot be differentiated; it enters through the weight w_i and the endorsed label
// e_i (see RewardFromFeedback). The gradient of −R with respect to the logits z is, per sample,
//
//	w_i · (α·(p − onehot(y_i)) + p_{e_i}·(p − onehot(e_i)))
//
// which Train backpropagates in place of the cross-entropy's p − onehot(y_i), divided by the batch size
// like the plain objective. With every w_i = 1, α = 1 and no endorsed labels this is plain fine-tuning.
type RewardOptions struct {
	// Weights are w_i ≥ 0, one per training sample.
	Weights []float64
	// Endorsed are e_i, one per training sample: a class, or -1 where validators endorsed none. Nil: none.
	Endorsed []int
	// Alpha is α ≥ 0, the weight of the cross-entropy against the training label.
	Alpha float64
}

func (r *RewardOptions) check(n, classes int) error {
	if len(r.Weights) != n {
		return fmt.Errorf("train: %d reward weights for %d samples", len(r.Weights), n)
	}
	if r.Endorsed != nil && len(r.Endorsed) != n {
		return fmt.Errorf("train: %d endorsed labels for %d samples", len(r.Endorsed), n)
	}
	if !(r.Alpha >= 0) || math.IsInf(r.Alpha, 0) {
		return fmt.Errorf("train: reward alpha %v (want ≥ 0)", r.Alpha)
	}
	for i, w := range r.Weights {
		if !(w >= 0) || math.IsInf(w, 0) {
			return fmt.Errorf("train: reward weight %v of sample %d (want finite ≥ 0)", w, i)
		}
	}
	for i, e := range r.Endorsed {
		if e < -1 || e >= classes {
			return fmt.Errorf("train: endorsed label %d of sample %d (want -1..%d)", e, i, classes-1)
		}
	}
	return nil
}

// shape turns delta = p − onehot(y) (the cross-entropy's gradient at the logits) into the gradient of
// −w_i·(V − α·L) for sample i, and returns that sample's −R term.
func (r *RewardOptions) shape(delta, p []float64, i int, ce float64) float64 {
	w := r.Weights[i]
	e := -1
	if r.Endorsed != nil {
		e = r.Endorsed[i]
	}
	pe := 0.0
	if e >= 0 {
		pe = p[e]
	}
	for k := range delta {
		v := r.Alpha * delta[k]
		if e >= 0 {
			v += pe * p[k]
			if k == e {
				v -= pe
			}
		}
		delta[k] = w * v
	}
	return w * (r.Alpha*ce - pe)
}

// Feedback is one validator's score of one training sample, as the FeedbackRegistry records it for the
// output the model gave: correctness and interpretability in 0..100, the validator's stake weight, and the
// label it endorses (-1: it endorses the training label as it is).
type Feedback struct {
	Sample           int
	Correctness      uint8
	Interpretability uint8
	Weight           float64
	Endorsed         int
}

// RewardFromFeedback aggregates validator feedback into RewardOptions for n samples of `classes` classes:
// w_i is the stake-weighted mean of (1−β)·correctness + β·interpretability, over 100, of the feedback on
// sample i (samples without feedback get `unscored`), and e_i is the label endorsed by the largest stake
// among the sample's feedback that endorses one (ties to the lower label), else -1. β is
// `interpretabilityShare` in [0, 1].
func RewardFromFeedback(n, classes int, fb []Feedback, interpretabilityShare, unscored, alpha float64) (*RewardOptions, error) {
	if interpretabilityShare < 0 || interpretabilityShare > 1 || unscored < 0 {
		return nil, fmt.Errorf("reward: interpretability share %v or unscored weight %v out of range", interpretabilityShare, unscored)
	}
	score := make([]float64, n)
	stake := make([]float64, n)
	endorse := make([]map[int]float64, n)
	for _, f := range fb {
		if f.Sample < 0 || f.Sample >= n || f.Correctness > 100 || f.Interpretability > 100 || !(f.Weight > 0) ||
			f.Endorsed < -1 || f.Endorsed >= classes {
			return nil, fmt.Errorf("reward: bad feedback %+v", f)
		}
		v := ((1-interpretabilityShare)*float64(f.Correctness) + interpretabilityShare*float64(f.Interpretability)) / 100
		score[f.Sample] += f.Weight * v
		stake[f.Sample] += f.Weight
		if f.Endorsed >= 0 {
			if endorse[f.Sample] == nil {
				endorse[f.Sample] = map[int]float64{}
			}
			endorse[f.Sample][f.Endorsed] += f.Weight
		}
	}
	r := &RewardOptions{Weights: make([]float64, n), Endorsed: make([]int, n), Alpha: alpha}
	for i := range r.Weights {
		r.Weights[i] = unscored
		if stake[i] > 0 {
			r.Weights[i] = score[i] / stake[i]
		}
		r.Endorsed[i] = -1
		best := 0.0
		for label := 0; label < classes; label++ {
			if s := endorse[i][label]; s > best {
				best, r.Endorsed[i] = s, label
			}
		}
	}
	return r, nil
}
