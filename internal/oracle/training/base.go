// Package training is the ModelFactory back end: it keeps frozen base models, trains LoRA adapters
// on a datanet's accepted contributions, evaluates them on a held-out split, computes the
// per-contribution gradient features and their commitment, stores the adapter and registers the
// model on chain. Jobs run in the background and survive restarts (see Runner).
package training

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"

	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/internal/contentstore"
	"github.com/open-attribution/poa/internal/dataset"
	"github.com/open-attribution/poa/internal/model"
	"github.com/open-attribution/poa/internal/oracle/state"
)

// BaseSpec describes a base model pre-trained on a clean split of the embedded digits data.
type BaseSpec struct {
	Name        string  `json:"name"`
	Sizes       []int   `json:"sizes"`
	Pretrain    int     `json:"pretrainSamples"` // samples of the seeded permutation of digits; 0: random frozen base
	Epochs      int     `json:"epochs"`
	LR          float64 `json:"learningRate"`
	Seed        uint64  `json:"seed"`
	Description string  `json:"description"`
}

// BuiltinBase is the documented reference base: a 64-32-10 tanh MLP pre-trained for 30 epochs on
// the first 300 samples of the seed-1 permutation of the UCI digits (the same clean base the
// influence experiments use). Its file, and so its hash, is the same on every machine of an
// architecture (see docs/influence.md).
func BuiltinBase() BaseSpec {
	return BaseSpec{Name: "digits-mlp-64-32-10", Sizes: []int{64, 32, 10}, Pretrain: 300, Epochs: 30, LR: 0.003, Seed: 1,
		Description: "64-32-10 tanh MLP pre-trained on 300 clean UCI digits samples (seed 1)"}
}

// Validate checks a spec.
func (s BaseSpec) Validate() error {
	if s.Name == "" {
		return fmt.Errorf("base: a name is required")
	}
	if len(s.Sizes) < 2 || s.Sizes[0] != 64 || s.Sizes[len(s.Sizes)-1] != 10 {
		return fmt.Errorf("base: sizes %v must start with 64 inputs and end with 10 classes (digits layout)", s.Sizes)
	}
	if s.Pretrain < 0 || s.Pretrain > 1797 || s.Epochs < 0 || s.LR < 0 || math.IsNaN(s.LR) {
		return fmt.Errorf("base: pretrain samples must be 0..1797, epochs and learning rate non-negative")
	}
	return nil
}

// CreateBase pre-trains a base, writes its file into the model store and records it. It returns the
// base's hash (the on-chain baseModelId).
func CreateBase(ctx context.Context, models *contentstore.Store, db *state.DB, spec BaseSpec) (common.Hash, error) {
	if err := spec.Validate(); err != nil {
		return common.Hash{}, err
	}
	m, err := model.New(model.Config{Sizes: spec.Sizes, Rank: 1, Alpha: 1}, spec.Seed)
	if err != nil {
		return common.Hash{}, fmt.Errorf("base: %w", err)
	}
	if spec.Pretrain > 0 {
		d, err := dataset.Digits()
		if err != nil {
			return common.Hash{}, err
		}
		perm := dataset.NewRNG(spec.Seed).Perm(d.N)
		set := d.Subset("base", perm[:spec.Pretrain])
		if err := m.Train(ctx, set, model.TrainOptions{Target: model.TrainBase, Epochs: spec.Epochs, LR: spec.LR,
			Seed: spec.Seed ^ 0x62617365}, nil); err != nil {
			return common.Hash{}, fmt.Errorf("base: pre-training: %w", err)
		}
	}
	return StoreBase(ctx, models, db, m, spec.Name, spec.Description)
}

// StoreBase writes a model's base into the store and records it.
func StoreBase(ctx context.Context, models *contentstore.Store, db *state.DB, m *model.Model, name, description string) (common.Hash, error) {
	var buf bytes.Buffer
	h, err := m.SaveBase(&buf)
	if err != nil {
		return common.Hash{}, fmt.Errorf("base: %w", err)
	}
	want := contentstore.Hash(h)
	if _, err := models.PutBytes(ctx, buf.Bytes(), &want); err != nil {
		return common.Hash{}, err
	}
	sizes, _ := json.Marshal(m.Config.Sizes)
	if err := db.PutBase(ctx, &state.Base{Hash: common.Hash(h).Hex(), Name: name, Sizes: string(sizes), Quant: m.Config.Quant,
		Description: description}); err != nil {
		return common.Hash{}, err
	}
	return common.Hash(h), nil
}

// LoadBase reads a stored base with LoRA rank and alpha.
func LoadBase(models *contentstore.Store, hash common.Hash, rank int, alpha float64) (*model.Model, error) {
	b, err := models.ReadAll(contentstore.Hash(hash))
	if err != nil {
		return nil, fmt.Errorf("base %s: %w", hash, err)
	}
	m, _, err := model.LoadBase(bytes.NewReader(b), rank, alpha)
	if err != nil {
		return nil, fmt.Errorf("base %s: %w", hash, err)
	}
	return m, nil
}

// initAdapters draws every LoRA A uniformly in ±1/√in from seed and sets B to zero (PEFT's
// initialisation, as model.New does), so the adapter starts as the identity update.
func initAdapters(m *model.Model, seed uint64) {
	rng := dataset.NewRNG(seed)
	for l := range m.Layers {
		ly := &m.Layers[l]
		b := 1 / math.Sqrt(float64(ly.In))
		for k := range ly.A {
			ly.A[k] = rng.Uniform(-b, b)
		}
		clear(ly.B)
	}
}
