// Package influence scores training data by its influence on a model's loss:
// DataInf (Kwon et al., ICLR 2024) in closed form per layer, the baselines it
// is audited against (exact damped inverse, LiSSA, Hessian-free), the
// contribution-level aggregation and fee split, a deterministic fixed-point
// version of DataInf and the split for the proof circuit, a seeded random
// projection, and .npy/JSON interchange of per-sample gradients.
//
// # Sign convention
//
// Every method returns an influence I(k) that approximates
//
//	I(k) = −v·H⁻¹·g_k
//
// per layer and summed over layers, where g_k is the gradient of training
// sample (or contribution) k's loss, v the gradient of the validation (or
// inference) loss, and H the damped per-layer Gauss–Newton matrix
// (1/n)Σ_i g_i g_iᵀ + λ_l I. I(k) is, to first order, the change of the
// validation loss when k is up-weighted: I(k) > 0 means k is harmful (it
// raises the loss), which is how mislabelled samples are ranked. Payment uses
// the helpfulness score −I(k) (see Helpfulness): > 0 means k helped.
package influence

import (
	"context"
	"fmt"
	"math"
)

// Layer holds one parameter block's per-sample gradients.
type Layer struct {
	// Name identifies the block, e.g. "layers.0.lora_A".
	Name string
	// Shape is the parameter's shape; the product of its entries is Dim.
	Shape []int
	// Dim is the number of parameters d_l.
	Dim int
	// Data is the N×Dim gradient matrix, row-major: row i is sample i.
	Data []float64
}

// Row returns row i (a view).
func (l *Layer) Row(i int) []float64 { return l.Data[i*l.Dim : (i+1)*l.Dim] }

// Grads is a set of per-sample gradients split into layers; row i of every
// layer belongs to the same sample.
type Grads struct {
	N      int
	Layers []Layer
}

// Dims returns each layer's d_l.
func (g *Grads) Dims() []int {
	d := make([]int, len(g.Layers))
	for l := range g.Layers {
		d[l] = g.Layers[l].Dim
	}
	return d
}

// TotalDim returns Σ_l d_l.
func (g *Grads) TotalDim() int {
	t := 0
	for l := range g.Layers {
		t += g.Layers[l].Dim
	}
	return t
}

// Validate checks shapes and that every value is finite. Errors name the
// layer, row and column.
func (g *Grads) Validate() error {
	if g == nil {
		return fmt.Errorf("gradients: nil")
	}
	if g.N <= 0 {
		return fmt.Errorf("gradients: %d samples, want at least 1", g.N)
	}
	if len(g.Layers) == 0 {
		return fmt.Errorf("gradients: no layers")
	}
	for l := range g.Layers {
		ly := &g.Layers[l]
		if ly.Dim <= 0 {
			return fmt.Errorf("gradients: layer %q: dim %d", ly.Name, ly.Dim)
		}
		if len(ly.Shape) > 0 {
			p := 1
			for _, s := range ly.Shape {
				p *= s
			}
			if p != ly.Dim {
				return fmt.Errorf("gradients: layer %q: shape %v has %d entries, dim is %d", ly.Name, ly.Shape, p, ly.Dim)
			}
		}
		if len(ly.Data) != g.N*ly.Dim {
			return fmt.Errorf("gradients: layer %q: %d values, want %d×%d", ly.Name, len(ly.Data), g.N, ly.Dim)
		}
		if i, j, bad := firstNonFinite(ly.Data, ly.Dim); bad {
			return fmt.Errorf("gradients: layer %q: non-finite value %v at row %d column %d", ly.Name, ly.Data[i*ly.Dim+j], i, j)
		}
	}
	return nil
}

func firstNonFinite(x []float64, dim int) (row, col int, found bool) {
	for k, v := range x {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return k / dim, k % dim, true
		}
	}
	return 0, 0, false
}

// checkQuery checks that a query (one vector per layer) matches train.
func checkQuery(train *Grads, v [][]float64) error {
	if len(v) != len(train.Layers) {
		return fmt.Errorf("query has %d layers, training gradients have %d", len(v), len(train.Layers))
	}
	for l := range v {
		if len(v[l]) != train.Layers[l].Dim {
			return fmt.Errorf("query layer %q: %d values, want %d", train.Layers[l].Name, len(v[l]), train.Layers[l].Dim)
		}
		if _, j, bad := firstNonFinite(v[l], len(v[l])); bad {
			return fmt.Errorf("query layer %q: non-finite value %v at column %d", train.Layers[l].Name, v[l][j], j)
		}
	}
	return nil
}

// Mean returns the per-layer mean of the rows: the gradient of the mean loss
// over the samples (used as the validation gradient v).
func (g *Grads) Mean() [][]float64 {
	out := make([][]float64, len(g.Layers))
	for l := range g.Layers {
		ly := &g.Layers[l]
		m := make([]float64, ly.Dim)
		for i := 0; i < g.N; i++ {
			r := ly.Row(i)
			for j, x := range r {
				m[j] += x
			}
		}
		inv := 1 / float64(g.N)
		for j := range m {
			m[j] *= inv
		}
		out[l] = m
	}
	return out
}

// Query returns sample i's gradient as a query (one slice per layer; views).
func (g *Grads) Query(i int) [][]float64 {
	out := make([][]float64, len(g.Layers))
	for l := range g.Layers {
		out[l] = g.Layers[l].Row(i)
	}
	return out
}

// SumByGroup returns the gradients summed within groups: row c of the result
// is Σ_{i: group[i]==c} g_i. It is how per-sample gradients become
// per-contribution features (a contribution is the set of samples of one
// uploaded file; its feature is the SUM of its samples' gradients, so that by
// linearity its float score equals the sum of its samples' scores when the
// curvature is estimated from the same rows). Every group 0..k-1 must be
// non-empty.
func (g *Grads) SumByGroup(group []int, k int) (*Grads, error) {
	if len(group) != g.N {
		return nil, fmt.Errorf("sum by group: %d group ids for %d samples", len(group), g.N)
	}
	count := make([]int, k)
	for i, c := range group {
		if c < 0 || c >= k {
			return nil, fmt.Errorf("sum by group: sample %d has group %d outside 0..%d", i, c, k-1)
		}
		count[c]++
	}
	for c, n := range count {
		if n == 0 {
			return nil, fmt.Errorf("sum by group: contribution %d has no samples", c)
		}
	}
	out := &Grads{N: k, Layers: make([]Layer, len(g.Layers))}
	for l := range g.Layers {
		src := &g.Layers[l]
		dst := Layer{Name: src.Name, Shape: append([]int(nil), src.Shape...), Dim: src.Dim, Data: make([]float64, k*src.Dim)}
		for i, c := range group {
			r := src.Row(i)
			d := dst.Data[c*src.Dim : (c+1)*src.Dim]
			for j, x := range r {
				d[j] += x
			}
		}
		out.Layers[l] = dst
	}
	return out, nil
}

// SumScores aggregates per-sample scores into per-group sums.
func SumScores(scores []float64, group []int, k int) ([]float64, error) {
	if len(group) != len(scores) {
		return nil, fmt.Errorf("sum scores: %d group ids for %d scores", len(group), len(scores))
	}
	out := make([]float64, k)
	seen := make([]bool, k)
	for i, c := range group {
		if c < 0 || c >= k {
			return nil, fmt.Errorf("sum scores: sample %d has group %d outside 0..%d", i, c, k-1)
		}
		out[c] += scores[i]
		seen[c] = true
	}
	for c, ok := range seen {
		if !ok {
			return nil, fmt.Errorf("sum scores: contribution %d has no samples", c)
		}
	}
	return out, nil
}

// Helpfulness turns influences into payment scores: −I(k); > 0 means the
// sample or contribution lowered the validation/inference loss.
func Helpfulness(influence []float64) []float64 {
	out := make([]float64, len(influence))
	for i, x := range influence {
		out[i] = -x
	}
	return out
}

func ctxErr(ctx context.Context) error {
	if ctx == nil {
		return nil
	}
	return ctx.Err()
}
