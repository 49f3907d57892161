// Package audit re-derives a settlement from public data only and says whether it checks out: the
// chain (the Settled event, the settle transaction's calldata and proof, the registries, the
// vault's fee-split and verifier history), the documents the oracle publishes (the batch document,
// the batch's inference gradients, the model's gradient features; internal/publish) and the
// verifying key. It recomputes the commitments the chain holds, re-runs the fixed-point DataInf
// scores, the positive-part split and the cumulative payouts with internal/proof's engine (the one
// the circuit mirrors), rebuilds the payout roots, rebuilds the vault's public-input vector from chain
// data and verifies the proof — and names every value that differs. `oracle audit` is its CLI.
package audit

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sort"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum/common"

	"github.com/open-attribution/poa/bindings/modelregistry"
	"github.com/open-attribution/poa/internal/proof"
	"github.com/open-attribution/poa/internal/publish"
)

// Config is one audit.
type Config struct {
	Chain       Chain
	RewardVault common.Address
	ModelID     uint64
	// Exactly one of BatchID (one batch of the model) and Epoch (every batch of the model settled
	// for that epoch) is set.
	BatchID *uint64
	Epoch   *uint64
	// Published reads the oracle's documents (a publication directory or base URL).
	Published publish.PathSource
	// Sizes and VK are the circuit's sizes and verifying key (an `oracle setup` key directory);
	// VKPath names the key file in the report.
	Sizes  proof.Sizes
	VK     groth16.VerifyingKey
	VKPath string
	// FromBlock is the first block scanned for the vault's events (its deployment block or earlier);
	// LogRange the most blocks asked for in one eth_getLogs call.
	FromBlock uint64
	LogRange  uint64
	Logger    *slog.Logger
}

// DefaultLogRange is the eth_getLogs range used when Config.LogRange is 0.
const DefaultLogRange = 5000

// Run audits the configured batches. The error is for what kept the audit from running (the chain,
// a document that could not be fetched, a batch that was never settled); mismatches are in the report.
func Run(ctx context.Context, cfg Config) (*Report, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if cfg.LogRange == 0 {
		cfg.LogRange = DefaultLogRange
	}
	vkHash, err := proof.VerifyingKeyHash(cfg.VK)
	if err != nil {
		return nil, fmt.Errorf("audit: %w", err)
	}
	s, err := bindSuite(ctx, cfg.Chain, cfg.RewardVault, cfg.FromBlock, cfg.LogRange)
	if err != nil {
		return nil, err
	}
	h, err := s.readHistory(ctx, cfg.ModelID)
	if err != nil {
		return nil, err
	}
	batches, err := selectBatches(h, cfg)
	if err != nil {
		return nil, err
	}
	a := &auditor{cfg: cfg, s: s, h: h, vkHash: vkHash, log: log, docs: map[string][]byte{}}
	if a.model, err = s.model(ctx, cfg.ModelID); err != nil {
		return nil, err
	}
	if a.registry, err = s.contributors(ctx, uint64(a.model.DatanetId), a.model.ContributionCount); err != nil {
		return nil, err
	}
	if err := a.loadGradients(ctx); err != nil {
		return nil, err
	}
	r := &Report{ChainID: s.chainID.Uint64(), RewardVault: cfg.RewardVault, ModelID: cfg.ModelID, Published: cfg.Published.String(),
		VerifyingKey: cfg.VKPath, VerifyingKeyHash: vkHash}
	for _, b := range batches {
		log.InfoContext(ctx, "auditing batch", "model", cfg.ModelID, "batch", b.ev.BatchId, "epoch", b.ev.Epoch)
		br, err := a.batch(ctx, b)
		if err != nil {
			return nil, err
		}
		r.Batches = append(r.Batches, br)
	}
	r.tally()
	return r, nil
}

func (c *Config) validate() error {
	switch {
	case c.Chain == nil:
		return errors.New("audit: no chain connection")
	case c.RewardVault == (common.Address{}):
		return errors.New("audit: the reward vault address is required")
	case c.ModelID == 0:
		return errors.New("audit: a model id is required (ids start at 1)")
	case (c.BatchID == nil) == (c.Epoch == nil):
		return errors.New("audit: give exactly one of a batch id and an epoch")
	case c.Published == nil:
		return errors.New("audit: no publication source")
	case c.VK == nil:
		return errors.New("audit: no verifying key")
	}
	return c.Sizes.Validate()
}

// selectBatches picks the Settled events the audit covers, in batch order.
func selectBatches(h *history, cfg Config) ([]*settled, error) {
	if cfg.BatchID != nil {
		b, ok := h.batches[*cfg.BatchID]
		if !ok {
			return nil, fmt.Errorf("audit: no Settled event of model %d batch %d on chain (from block %d)", cfg.ModelID, *cfg.BatchID, cfg.FromBlock)
		}
		return []*settled{b}, nil
	}
	var out []*settled
	for _, b := range h.batches {
		if b.ev.Epoch == *cfg.Epoch {
			out = append(out, b)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("audit: no batch of model %d settled for epoch %d on chain (from block %d)", cfg.ModelID, *cfg.Epoch, cfg.FromBlock)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ev.BatchId.Cmp(out[j].ev.BatchId) < 0 })
	return out, nil
}

// auditor holds what every batch of one model is audited against.
type auditor struct {
	cfg      Config
	s        *suite
	h        *history
	vkHash   common.Hash
	log      *slog.Logger
	model    modelregistry.IModelRegistryModel
	registry []contributor // the datanet's first ContributionCount accepted contributions

	// gradients is the model's published gradients document; gradientsErr why it is unusable.
	gradients    *publish.Gradients
	gradientsErr error
	// gradientsOK: the document opens the registered gradient commitment, so it is the proof's input.
	gradientsOK bool
	docs        map[string][]byte
}

// fetch reads a published document once. A document that cannot be fetched stops the audit: it
// cannot tell a missing publication from a wrong --published location.
func (a *auditor) fetch(ctx context.Context, rel string) ([]byte, error) {
	if b, ok := a.docs[rel]; ok {
		return b, nil
	}
	b, err := a.cfg.Published.FetchPath(ctx, rel)
	if err != nil {
		return nil, fmt.Errorf("audit: %s from %s: %w", rel, a.cfg.Published, err)
	}
	a.docs[rel] = b
	return b, nil
}

func (a *auditor) loadGradients(ctx context.Context) error {
	raw, err := a.fetch(ctx, publish.GradientsRelPath(a.cfg.ModelID))
	if err != nil {
		return err
	}
	a.gradients, a.gradientsErr = publish.ParseGradients(raw)
	if a.gradientsErr != nil {
		return nil
	}
	accounts, rows := a.gradients.Rows()
	c, err := proof.GradientCommitment(a.cfg.Sizes, proof.Model{Accounts: accounts, Features: rows})
	if err != nil {
		a.gradientsErr = err
		return nil
	}
	a.gradientsOK = c == common.Hash(a.model.GradientCommitment)
	return nil
}

// previous finds the batch whose new root the given batch built on: the latest earlier batch of the
// model with that root (with a settlement guard a voided batch is skipped over, so it need not be
// batch b−1).
func (a *auditor) previous(b *settled) *settled {
	var best *settled
	for _, p := range a.h.batches {
		if p.ev.BatchId.Cmp(b.ev.BatchId) < 0 && p.ev.NewPayoutRoot == b.ev.PreviousPayoutRoot && p.status != StatusVoided &&
			(best == nil || p.ev.BatchId.Cmp(best.ev.BatchId) > 0) {
			best = p
		}
	}
	return best
}

func ids64(xs []*big.Int) []uint64 {
	out := make([]uint64, len(xs))
	for i, x := range xs {
		out[i] = x.Uint64()
	}
	return out
}
