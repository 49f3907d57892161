package settlement

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/internal/influence"
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

// FixedDecimal writes a fixed-point score (integer at scale 2^16) as its exact decimal value.
func FixedDecimal(v *big.Int) string {
	s := new(big.Rat).SetFrac(v, big.NewInt(influence.FixedScale)).FloatString(influence.FixedFracBits)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	return s
}

// publish writes the document and marks the batch published.
func (s *Settler) publish(ctx context.Context, b *state.Batch, log *slog.Logger) error {
	doc, err := Document(s.Suite.ChainID.Uint64(), s.Suite.Addrs.RewardVault, s.TreeDepth, b)
	if err != nil {
		return err
	}
	if err := publish.WriteFile(s.PublishDir, doc); err != nil {
		return err
	}
	b.Status = state.BatchPublished
	if err := s.DB.AdvanceBatch(ctx, b, state.BatchConfirmed); err != nil {
		return err
	}
	log.InfoContext(ctx, "batch document published", "path", publish.RelPath(doc.ModelID, doc.BatchID))
	return nil
}
