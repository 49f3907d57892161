package model

import (
	"context"
	"fmt"
	"math"

	"github.com/open-attribution/poa/internal/dataset"
)

// Target says which parameters Train updates.
type Target int

const (
	// TrainLoRA updates only the adapters (A, B); the base is frozen.
	TrainLoRA Target = iota
	// TrainBase updates the float base weights and biases (pre-training the
	// base the adapters are later trained on); the adapters are untouched.
	TrainBase
)

// TrainOptions configures Train. Zero values take the defaults.
type TrainOptions struct {
	Target    Target
	Epochs    int     // default 40
	BatchSize int     // default 32
	LR        float64 // default 0.01 (Adam) / 0.1 (SGD)
	// Optimizer is "adam" (default; β₁ 0.9, β₂ 0.999, ε 1e-8) or "sgd"
	// (with Momentum).
	Optimizer   string
	Momentum    float64
	WeightDecay float64 // L2 penalty coefficient on the trained parameters
	// Seed drives the per-epoch shuffling of the mini-batches.
	Seed uint64
	// Reward, when set, makes Train maximise the reward-weighted objective of validator feedback instead
	// of minimising the mean cross-entropy (see RewardOptions; LoRA target only).
	Reward *RewardOptions
}

func (o *TrainOptions) defaults() error {
	if o.Epochs == 0 {
		o.Epochs = 40
	}
	if o.BatchSize == 0 {
		o.BatchSize = 32
	}
	if o.Optimizer == "" {
		o.Optimizer = "adam"
	}
	if o.LR == 0 {
		if o.Optimizer == "sgd" {
			o.LR = 0.1
		} else {
			o.LR = 0.01
		}
	}
	if o.Epochs < 0 || o.BatchSize < 0 || !(o.LR > 0) || o.WeightDecay < 0 || o.Momentum < 0 || o.Momentum >= 1 {
		return fmt.Errorf("train: bad options %+v", *o)
	}
	if o.Optimizer != "adam" && o.Optimizer != "sgd" {
		return fmt.Errorf("train: optimizer %q (want adam or sgd)", o.Optimizer)
	}
	return nil
}

// Progress is reported after every epoch.
type Progress struct {
	Epoch, Epochs int
	Loss          float64 // mean training loss over the epoch
	Accuracy      float64 // training accuracy over the epoch
}

// param is one trained tensor with its gradient and optimiser state.
type param struct {
	w, g, m, v []float64
}

// Train fits the selected parameters to d with mini-batch gradient descent
// on the mean cross-entropy. Given the same model, data and options the
// result is bit-for-bit the same (sequential, fixed summation order).
// progress, when non-nil, is called after every epoch; ctx cancels.
func (m *Model) Train(ctx context.Context, d *dataset.Dataset, opts TrainOptions, progress func(Progress)) error {
	if err := opts.defaults(); err != nil {
		return err
	}
	if err := d.Validate(); err != nil {
		return fmt.Errorf("train: %w", err)
	}
	if d.Features != m.Inputs() || d.Classes != m.Classes() {
		return fmt.Errorf("train: data has %d features/%d classes, model %d/%d", d.Features, d.Classes, m.Inputs(), m.Classes())
	}
	if opts.Target == TrainBase && m.Config.Quant != QuantNone {
		return fmt.Errorf("train: cannot train a %s-quantised base", m.Config.Quant)
	}
	if opts.Reward != nil {
		if opts.Target != TrainLoRA {
			return fmt.Errorf("train: reward-weighted training applies to the adapters only")
		}
		if err := opts.Reward.check(d.N, d.Classes); err != nil {
			return err
		}
	}
	L := len(m.Layers)
	sink := &gradSink{accumulate: true}
	var params []*param
	newP := func(w []float64) []float64 {
		p := &param{w: w, g: make([]float64, len(w)), m: make([]float64, len(w)), v: make([]float64, len(w))}
		params = append(params, p)
		return p.g
	}
	switch opts.Target {
	case TrainLoRA:
		sink.dA, sink.dB = make([][]float64, L), make([][]float64, L)
		for l := range m.Layers {
			sink.dA[l] = newP(m.Layers[l].A)
			sink.dB[l] = newP(m.Layers[l].B)
		}
	case TrainBase:
		sink.dW, sink.dBias = make([][]float64, L), make([][]float64, L)
		for l := range m.Layers {
			sink.dW[l] = newP(m.Layers[l].W)
			sink.dBias[l] = newP(m.Layers[l].Bias)
		}
	default:
		return fmt.Errorf("train: unknown target %d", opts.Target)
	}
	rng := dataset.NewRNG(opts.Seed)
	ws := m.newWorkspace()
	step := 0
	const b1, b2, eps = 0.9, 0.999, 1e-8
	for ep := 0; ep < opts.Epochs; ep++ {
		perm := rng.Perm(d.N)
		var lossSum float64
		correct := 0
		for start := 0; start < d.N; start += opts.BatchSize {
			if err := ctx.Err(); err != nil {
				return err
			}
			end := min(start+opts.BatchSize, d.N)
			for _, p := range params {
				clear(p.g)
			}
			for _, i := range perm[start:end] {
				ce := m.lossAndDelta(d.Row(i), d.Y[i], ws)
				if opts.Reward != nil {
					// Progress then reports the mean −R term instead of the cross-entropy.
					ce = opts.Reward.shape(ws.delta[L-1], ws.p, i, ce)
				}
				lossSum += ce
				if argmax(ws.p) == d.Y[i] {
					correct++
				}
				m.backward(ws, sink)
			}
			inv := 1 / float64(end-start)
			step++
			c1 := 1 - math.Pow(b1, float64(step))
			c2 := 1 - math.Pow(b2, float64(step))
			for _, p := range params {
				for k := range p.w {
					g := p.g[k]*inv + opts.WeightDecay*p.w[k]
					if opts.Optimizer == "sgd" {
						p.m[k] = opts.Momentum*p.m[k] + g
						p.w[k] -= opts.LR * p.m[k]
						continue
					}
					p.m[k] = b1*p.m[k] + (1-b1)*g
					p.v[k] = b2*p.v[k] + (1-b2)*g*g
					p.w[k] -= opts.LR * (p.m[k] / c1) / (math.Sqrt(p.v[k]/c2) + eps)
				}
			}
		}
		if progress != nil {
			progress(Progress{Epoch: ep + 1, Epochs: opts.Epochs, Loss: lossSum / float64(d.N), Accuracy: float64(correct) / float64(d.N)})
		}
	}
	for _, p := range params {
		for _, x := range p.w {
			if math.IsNaN(x) || math.IsInf(x, 0) {
				return fmt.Errorf("train: diverged (non-finite parameter); lower the learning rate")
			}
		}
	}
	return nil
}
