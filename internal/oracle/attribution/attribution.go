// Package attribution fixes the one definition of the numbers the oracle promises and the proofs
// settle: a contribution's feature is the sum of its training samples' per-sample LoRA gradients,
// projected by the seeded Rademacher projection to Dim features and quantised to the fixed-point
// grid; an inference's query is the gradient of the loss at the model's own prediction, projected
// and quantised the same way; the score and fee split are influence.FixedAttribute of the two. The
// training job commits to the features (the on-chain gradientCommitment), the API promises the
// split computed here, and the settlement proof recomputes exactly the same integers.
package attribution

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/internal/influence"
	"github.com/open-attribution/poa/internal/model"
)

// FeaturesVersion is the features file format version.
const FeaturesVersion = 1

// Leaf names the contribution at an accepted index (a payout-tree position).
type Leaf struct {
	Index          uint64         `json:"index"`
	ContributionID uint64         `json:"contributionId"`
	Contributor    common.Address `json:"contributor"`
}

// Features are a model's quantised per-contribution features, stored content-addressed next to the
// adapter.
type Features struct {
	Version        int    `json:"version"`
	ProjectionSeed uint64 `json:"projectionSeed"`
	Dim            int    `json:"dim"`
	// Layers splits the Dim projected features into the influence layers the proof circuit scores
	// separately (each with its own damping); empty means one layer of Dim.
	Layers  []int     `json:"layers,omitempty"`
	Rows    [][]int64 `json:"rows"` // row k: accepted index k
	Clamped int       `json:"clamped"`
	Leaves  []Leaf    `json:"leaves"`
}

// Validate checks shapes.
func (f *Features) Validate() error {
	if f.Version != FeaturesVersion {
		return fmt.Errorf("features: version %d, this build reads %d", f.Version, FeaturesVersion)
	}
	if f.Dim <= 0 || len(f.Rows) == 0 || len(f.Rows) != len(f.Leaves) {
		return fmt.Errorf("features: %d rows, %d leaves, dim %d", len(f.Rows), len(f.Leaves), f.Dim)
	}
	total := 0
	for _, d := range f.Layers {
		if d <= 0 {
			return fmt.Errorf("features: layer dimension %d", d)
		}
		total += d
	}
	if len(f.Layers) > 0 && total != f.Dim {
		return fmt.Errorf("features: layers %v do not add up to dim %d", f.Layers, f.Dim)
	}
	for k, r := range f.Rows {
		if len(r) != f.Dim {
			return fmt.Errorf("features: row %d has %d entries, dim %d", k, len(r), f.Dim)
		}
		if f.Leaves[k].Index != uint64(k) {
			return fmt.Errorf("features: leaf %d has index %d", k, f.Leaves[k].Index)
		}
	}
	return nil
}

// Encode is the stored form (compact JSON).
func (f *Features) Encode() ([]byte, error) { return json.Marshal(f) }

// DecodeFeatures parses and validates a stored features file.
func DecodeFeatures(b []byte) (*Features, error) {
	var f Features
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("features: %w", err)
	}
	return &f, f.Validate()
}

// Projector is the features' projection.
func (f *Features) Projector() influence.Projector {
	return influence.Projector{Seed: f.ProjectionSeed, Dim: f.Dim}
}

func quantizeRows(g *influence.Grads) ([][]int64, int) {
	ly := &g.Layers[0]
	rows := make([][]int64, g.N)
	clamped := 0
	for i := range rows {
		rows[i] = make([]int64, ly.Dim)
		for j, x := range ly.Row(i) {
			q, c := influence.Quantize(x)
			rows[i][j] = q
			if c {
				clamped++
			}
		}
	}
	return rows, clamped
}

// ContributionFeatures computes the quantised features of n contributions from the trained model
// and its training samples (x row-major, labels y, group[i] = accepted index of sample i).
func ContributionFeatures(ctx context.Context, m *model.Model, x []float64, y []int, group []int, n int, p influence.Projector) ([][]int64, int, error) {
	g, err := m.PerSampleGrads(ctx, x, y)
	if err != nil {
		return nil, 0, err
	}
	sum, err := g.SumByGroup(group, n)
	if err != nil {
		return nil, 0, err
	}
	proj, err := p.Grads(ctx, sum)
	if err != nil {
		return nil, 0, err
	}
	rows, clamped := quantizeRows(proj)
	return rows, clamped, nil
}

// Query is one inference's prediction and quantised query features.
type Query struct {
	Prediction    int
	Probabilities []float64
	Row           []int64
	Clamped       int
}

// QueryFeatures runs the model on x and returns its prediction and the quantised projected gradient
// of the loss at that prediction.
func QueryFeatures(ctx context.Context, m *model.Model, x []float64, p influence.Projector) (*Query, error) {
	_, probs, err := m.Predict(x)
	if err != nil {
		return nil, err
	}
	g, pred, err := m.InferenceGrads(ctx, x)
	if err != nil {
		return nil, err
	}
	proj, err := p.Grads(ctx, g)
	if err != nil {
		return nil, err
	}
	rows, clamped := quantizeRows(proj)
	return &Query{Prediction: pred[0], Probabilities: probs, Row: rows[0], Clamped: clamped}, nil
}

// LayerDims is the features' layer split (one layer of Dim when none is set).
func (f *Features) LayerDims() []int {
	if len(f.Layers) == 0 {
		return []int{f.Dim}
	}
	return f.Layers
}

// Input assembles the fixed-point input of one inference: the projected features split into the
// given layers (consecutive slices of each row, in order), as the proof circuit splits them.
func Input(features [][]int64, query []int64, layers []int) *influence.FixedInput {
	if len(layers) == 0 {
		layers = []int{len(query)}
	}
	in := &influence.FixedInput{N: len(features)}
	off := 0
	for l, d := range layers {
		name := influence.ProjectionLayerName
		if len(layers) > 1 {
			name = fmt.Sprintf("%s.%d", influence.ProjectionLayerName, l)
		}
		ly := influence.FixedLayer{Name: name, Dim: d, Train: make([]int64, 0, len(features)*d), Query: query[off : off+d]}
		for _, r := range features {
			ly.Train = append(ly.Train, r[off:off+d]...)
		}
		in.Layers = append(in.Layers, ly)
		off += d
	}
	return in
}
