package settlement

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/internal/oracle/attribution"
	"github.com/open-attribution/poa/internal/oracle/inference"
	"github.com/open-attribution/poa/internal/oracle/state"
	"github.com/open-attribution/poa/internal/publish"
)

// Document builds the publish.Batch document of a confirmed batch whose payout tree has the given
// depth (the proof system's: payout.DepthFor of its contribution capacity).
func Document(chainID uint64, vault common.Address, depth int, b *state.Batch) (*publish.Batch, error) {
	var leaves []leafJSON
	if err := json.Unmarshal([]byte(b.LeavesAfter), &leaves); err != nil {
		return nil, fmt.Errorf("leaves of batch %s: %w", b.ID, err)
	}
	var atts []Attribution
	if err := json.Unmarshal([]byte(b.Attributions), &atts); err != nil {
		return nil, fmt.Errorf("attributions of batch %s: %w", b.ID, err)
	}
	doc := &publish.Batch{Version: publish.Version, ChainID: chainID, RewardVault: vault, ModelID: uint64(b.ModelID),
		BatchID: uint64(b.ChainBatchID), Epoch: uint64(b.Epoch), PayoutRoot: common.HexToHash(b.NewRoot), Depth: depth,
		Leaves: []publish.Leaf{}, Requests: []publish.Attribution{}}
	for _, l := range leaves {
		c, ok := new(big.Int).SetString(l.Cumulative, 10)
		if !ok {
			return nil, fmt.Errorf("batch %s: bad cumulative %q", b.ID, l.Cumulative)
		}
		doc.Leaves = append(doc.Leaves, publish.Leaf{Index: l.Index, Account: l.Account, Cumulative: publish.NewAmount(c)})
	}
	for _, a := range atts {
		pa := publish.Attribution{RequestID: uint64(a.RequestID), InputHash: a.InputHash, Prediction: a.Prediction,
			Scores: []publish.Score{}, FeeShares: []publish.FeeShare{}}
		for k, s := range a.Scores {
			v, ok := new(big.Int).SetString(s, 10)
			if !ok {
				return nil, fmt.Errorf("batch %s: bad score %q", b.ID, s)
			}
			if v.Sign() != 0 {
				pa.Scores = append(pa.Scores, publish.Score{Index: uint64(k), Value: FixedDecimal(v)})
			}
			sh, ok := new(big.Int).SetString(a.Shares[k], 10)
			if !ok {
				return nil, fmt.Errorf("batch %s: bad share %q", b.ID, a.Shares[k])
			}
			if sh.Sign() != 0 {
				pa.FeeShares = append(pa.FeeShares, publish.FeeShare{Index: uint64(k), Amount: publish.NewAmount(sh)})
			}
		}
		doc.Requests = append(doc.Requests, pa)
	}
	return doc, doc.Validate()
}

// FixedDecimal writes a fixed-point score (integer at scale 2^16) as its exact decimal value
// (publish.ScoreValue: one definition for the writer and the auditors who read it back).
func FixedDecimal(v *big.Int) string { return publish.ScoreValue(v) }

// GradientsDocument is the publish.Gradients document of a model: the features file the oracle
// committed to at registration (rows by accepted index, with their contributors) and the commitment
// it registered.
func GradientsDocument(chainID uint64, vault common.Address, modelID uint64, commitment common.Hash, f *attribution.Features) (*publish.Gradients, error) {
	if len(f.Rows) != len(f.Leaves) {
		return nil, fmt.Errorf("features of model %d: %d rows, %d leaves", modelID, len(f.Rows), len(f.Leaves))
	}
	g := &publish.Gradients{Version: publish.GradientsVersion, ChainID: chainID, RewardVault: vault, ModelID: modelID,
		GradientCommitment: commitment, ProjectionSeed: f.ProjectionSeed, Layers: append([]int(nil), f.LayerDims()...),
		Contributions: make([]publish.ContributionFeatures, len(f.Rows))}
	for k, row := range f.Rows {
		l := f.Leaves[k]
		g.Contributions[k] = publish.ContributionFeatures{Index: l.Index, ContributionID: l.ContributionID, Contributor: l.Contributor,
			Features: append([]int64(nil), row...)}
	}
	return g, g.Validate()
}

// InferencesDocument is the publish.Inferences document of a confirmed batch: each request's query
// (the quantised inference gradient its answer recorded and the proof committed to), in the
// settlement's request order.
func InferencesDocument(chainID uint64, vault common.Address, layers []int, b *state.Batch, reqs []state.Request) (*publish.Inferences, error) {
	doc := &publish.Inferences{Version: publish.InferencesVersion, ChainID: chainID, RewardVault: vault, ModelID: uint64(b.ModelID),
		BatchID: uint64(b.ChainBatchID), Epoch: uint64(b.Epoch), InferenceCommitment: common.HexToHash(b.InferenceCommitment),
		Layers: append([]int(nil), layers...), Requests: make([]publish.InferenceGradient, len(reqs))}
	for i, r := range reqs {
		var rec inference.Record
		if err := json.Unmarshal([]byte(r.Answer), &rec); err != nil {
			return nil, fmt.Errorf("answer of request %d: %w", r.RequestID, err)
		}
		doc.Requests[i] = publish.InferenceGradient{RequestID: uint64(r.RequestID), InputHash: common.HexToHash(r.InputHash), Query: rec.Query}
	}
	return doc, doc.Validate()
}

// publish writes the batch's documents and marks the batch published. The model's gradients and
// the batch's inference gradients go first, the batch document last: a reader that finds the batch
// document (the indexer polls for it) finds what an audit needs next to it. Each write is atomic,
// and a crash before the batch is marked published rewrites all three on restart.
func (s *Settler) publish(ctx context.Context, b *state.Batch, log *slog.Logger) error {
	chainID, vault := s.Suite.ChainID.Uint64(), s.Suite.Addrs.RewardVault
	doc, err := Document(chainID, vault, s.TreeDepth, b)
	if err != nil {
		return err
	}
	loaded, err := s.Cache.Get(ctx, b.ModelID)
	if err != nil {
		return err
	}
	grads, err := GradientsDocument(chainID, vault, uint64(b.ModelID), common.HexToHash(loaded.Row.GradientCommitment), loaded.Features)
	if err != nil {
		return err
	}
	reqs, err := s.DB.RequestsOfBatch(ctx, b)
	if err != nil {
		return err
	}
	infs, err := InferencesDocument(chainID, vault, loaded.Features.LayerDims(), b, reqs)
	if err != nil {
		return err
	}
	if err := publish.WriteGradientsFile(s.PublishDir, grads); err != nil {
		return err
	}
	if err := publish.WriteInferencesFile(s.PublishDir, infs); err != nil {
		return err
	}
	if err := publish.WriteFile(s.PublishDir, doc); err != nil {
		return err
	}
	b.Status = state.BatchPublished
	if err := s.DB.AdvanceBatch(ctx, b, state.BatchConfirmed); err != nil {
		return err
	}
	log.InfoContext(ctx, "batch document published", "path", publish.RelPath(doc.ModelID, doc.BatchID),
		"inferences", publish.InferencesRelPath(doc.ModelID, doc.BatchID), "gradients", publish.GradientsRelPath(doc.ModelID))
	return nil
}
