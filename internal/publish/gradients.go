package publish

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/internal/influence"
)

// The settlement proofs take the model's per-contribution gradient features and each batch's
// inference gradients as private inputs, bound only through the Poseidon2 commitments on chain. An
// auditor who wants to re-derive a settlement's scores and payouts needs those matrices, so the oracle
// publishes them next to the batch document: the model's features once per model (gradients.json),
// each batch's queries with the batch (<batchId>.inferences.json). Both are plain data; the audit
// (internal/audit) recomputes the commitments from them and compares with the chain.

// GradientsVersion and InferencesVersion are the format versions this package reads and writes.
const (
	GradientsVersion  = 1
	InferencesVersion = 1
)

// Limits of the published matrices: the proof system's own bounds (circuit.Config.Validate,
// influence.FixedMaxAbs), so that a hostile document cannot make a reader allocate past them.
const (
	MaxFeatureAbs     = influence.FixedMaxAbs
	MaxContributions  = 1 << 20
	MaxLayerDim       = 1 << 16
	MaxBatchRequests  = 64
	maxLayers         = 1 << 10
	maxTotalDimension = 1 << 20
)

// GradientsRelPath is where a model's gradient features live under a publication root.
func GradientsRelPath(modelID uint64) string {
	return fmt.Sprintf("models/%d/gradients.json", modelID)
}

// InferencesRelPath is where a batch's inference gradients live under a publication root.
func InferencesRelPath(modelID, batchID uint64) string {
	return fmt.Sprintf("models/%d/batches/%d.inferences.json", modelID, batchID)
}

// Gradients is a model's committed per-contribution gradient features: what the gradient commitment
// registered with the model opens to (together with the circuit's sizes).
type Gradients struct {
	Version     int            `json:"version"`
	ChainID     uint64         `json:"chainId"`
	RewardVault common.Address `json:"rewardVault"`
	ModelID     uint64         `json:"modelId"`
	// GradientCommitment is what the oracle registered (ModelRegistry's gradientCommitment).
	GradientCommitment common.Hash `json:"gradientCommitment"`
	// ProjectionSeed seeds the Rademacher projection of the raw gradients to the features.
	ProjectionSeed uint64 `json:"projectionSeed"`
	// Layers splits each feature row into the circuit's layers (their sum is the row length).
	Layers []int `json:"layers"`
	// Contributions holds one entry per accepted index 0..n-1, in order.
	Contributions []ContributionFeatures `json:"contributions"`
}

// ContributionFeatures is the feature row of the contribution at accepted index Index and the account
// the payout tree pays for it.
type ContributionFeatures struct {
	Index          uint64         `json:"index"`
	ContributionID uint64         `json:"contributionId"`
	Contributor    common.Address `json:"contributor"`
	Features       []int64        `json:"features"`
}

// Inferences is a settled batch's inference gradients: what the batch's inference commitment opens to.
type Inferences struct {
	Version     int            `json:"version"`
	ChainID     uint64         `json:"chainId"`
	RewardVault common.Address `json:"rewardVault"`
	ModelID     uint64         `json:"modelId"`
	BatchID     uint64         `json:"batchId"`
	Epoch       uint64         `json:"epoch"`
	// InferenceCommitment is what the settlement carried (Settled.inferenceCommitment).
	InferenceCommitment common.Hash `json:"inferenceCommitment"`
	Layers              []int       `json:"layers"`
	// Requests are in the settlement's request order (the order of Settled.requestIds).
	Requests []InferenceGradient `json:"requests"`
}

// InferenceGradient is one request's quantised, projected inference gradient.
type InferenceGradient struct {
	RequestID uint64      `json:"requestId"`
	InputHash common.Hash `json:"inputHash"`
	Query     []int64     `json:"query"`
}

// decodeStrict decodes one JSON value, refusing unknown fields and trailing data.
func decodeStrict(data []byte, v any, what string) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("publish: decoding %s: %w", what, err)
	}
	if dec.More() {
		return fmt.Errorf("publish: trailing data after the %s", what)
	}
	return nil
}

// ParseGradients decodes and validates a gradients document.
func ParseGradients(data []byte) (*Gradients, error) {
	var g Gradients
	if err := decodeStrict(data, &g, "gradients document"); err != nil {
		return nil, err
	}
	if err := g.Validate(); err != nil {
		return nil, err
	}
	return &g, nil
}

// ParseInferences decodes and validates an inferences document.
func ParseInferences(data []byte) (*Inferences, error) {
	var in Inferences
	if err := decodeStrict(data, &in, "inferences document"); err != nil {
		return nil, err
	}
	if err := in.Validate(); err != nil {
		return nil, err
	}
	return &in, nil
}

// layersDim checks a layer split and returns its total.
func layersDim(layers []int) (int, error) {
	if len(layers) == 0 || len(layers) > maxLayers {
		return 0, fmt.Errorf("publish: %d layers, want 1..%d", len(layers), maxLayers)
	}
	d := 0
	for _, l := range layers {
		if l < 1 || l > MaxLayerDim {
			return 0, fmt.Errorf("publish: layer dimension %d outside 1..%d", l, MaxLayerDim)
		}
		d += l
	}
	if d > maxTotalDimension {
		return 0, fmt.Errorf("publish: %d features per row exceed %d", d, maxTotalDimension)
	}
	return d, nil
}

// checkRow checks a feature or query row's length and entries (|q| ≤ influence.FixedMaxAbs, as the circuit encodes them).
func checkRow(row []int64, dim int, what string) error {
	if len(row) != dim {
		return fmt.Errorf("publish: %s has %d entries, the layers add up to %d", what, len(row), dim)
	}
	for j, x := range row {
		if x > MaxFeatureAbs || x < -MaxFeatureAbs {
			return fmt.Errorf("publish: %s entry %d = %d outside ±%d", what, j, x, MaxFeatureAbs)
		}
	}
	return nil
}

// Validate checks what a gradients document must satisfy on its own.
func (g *Gradients) Validate() error {
	if g.Version != GradientsVersion {
		return fmt.Errorf("publish: gradients document version %d (this build reads %d)", g.Version, GradientsVersion)
	}
	if g.ModelID == 0 {
		return errors.New("publish: gradients document: modelId must be set (ids start at 1)")
	}
	dim, err := layersDim(g.Layers)
	if err != nil {
		return fmt.Errorf("gradients document: %w", err)
	}
	if len(g.Contributions) == 0 || len(g.Contributions) > MaxContributions {
		return fmt.Errorf("publish: gradients document has %d contributions, want 1..%d", len(g.Contributions), MaxContributions)
	}
	for k, c := range g.Contributions {
		if c.Index != uint64(k) {
			return fmt.Errorf("publish: gradients document: entry %d has index %d (one entry per accepted index, in order)", k, c.Index)
		}
		if err := checkRow(c.Features, dim, fmt.Sprintf("features of contribution %d", k)); err != nil {
			return err
		}
	}
	return nil
}

// Validate checks what an inferences document must satisfy on its own.
func (in *Inferences) Validate() error {
	if in.Version != InferencesVersion {
		return fmt.Errorf("publish: inferences document version %d (this build reads %d)", in.Version, InferencesVersion)
	}
	if in.ModelID == 0 {
		return errors.New("publish: inferences document: modelId must be set (ids start at 1)")
	}
	dim, err := layersDim(in.Layers)
	if err != nil {
		return fmt.Errorf("inferences document: %w", err)
	}
	if len(in.Requests) == 0 || len(in.Requests) > MaxBatchRequests {
		return fmt.Errorf("publish: inferences document has %d requests, want 1..%d", len(in.Requests), MaxBatchRequests)
	}
	seen := map[uint64]bool{}
	for _, r := range in.Requests {
		if seen[r.RequestID] {
			return fmt.Errorf("publish: inferences document lists request %d twice", r.RequestID)
		}
		seen[r.RequestID] = true
		if err := checkRow(r.Query, dim, fmt.Sprintf("query of request %d", r.RequestID)); err != nil {
			return err
		}
	}
	return nil
}

// Rows returns the feature rows and accounts, by accepted index.
func (g *Gradients) Rows() ([]common.Address, [][]int64) {
	accounts := make([]common.Address, len(g.Contributions))
	rows := make([][]int64, len(g.Contributions))
	for k, c := range g.Contributions {
		accounts[k], rows[k] = c.Contributor, c.Features
	}
	return accounts, rows
}

// WriteGradientsFile writes a gradients document under a publication directory, atomically.
func WriteGradientsFile(dir string, g *Gradients) error {
	if err := g.Validate(); err != nil {
		return err
	}
	return writeJSON(dir, GradientsRelPath(g.ModelID), g)
}

// WriteInferencesFile writes an inferences document under a publication directory, atomically.
func WriteInferencesFile(dir string, in *Inferences) error {
	if err := in.Validate(); err != nil {
		return err
	}
	return writeJSON(dir, InferencesRelPath(in.ModelID, in.BatchID), in)
}
