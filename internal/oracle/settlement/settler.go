// Package settlement settles closed epochs: it batches each model's answered requests, proves each
// batch, submits RewardVault.settle, waits for the receipt and publishes the batch document. Every
// batch moves through a persistent state machine (state.Batch*), each step checking the chain before
// acting, so that the oracle killed at any point and restarted neither loses a request nor settles
// one twice:
//
//	created   → requests still pending on chain? (else: freed / marked settled elsewhere) → proving
//	proving   → chain batchCount and payoutRoot equal our last confirmed batch? prove → proved
//	proved    → txmgr.Submit("settle", batch id): at most one intent per batch, recorded before it
//	            is broadcast; a call that would revert frees the requests (nothing was sent) → sent
//	sent      → txmgr.Wait (replaces a stuck transaction with higher fees); success → confirmed,
//	            revert → failed (requests freed and re-batched)
//	confirmed → publish the batch document → published
//
// Batches of one model go to the chain in order, one at a time: batch k+1 is proved against the
// payout leaves batch k produced.
package settlement

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/open-attribution/poa/bindings/rewardvault"
	"github.com/open-attribution/poa/internal/oracle/compute"
	"github.com/open-attribution/poa/internal/oracle/failpoint"
	"github.com/open-attribution/poa/internal/oracle/inference"
	"github.com/open-attribution/poa/internal/oracle/metrics"
	"github.com/open-attribution/poa/internal/oracle/onchain"
	"github.com/open-attribution/poa/internal/oracle/state"
	"github.com/open-attribution/poa/internal/oracle/txmgr"
	"github.com/open-attribution/poa/internal/store"
)

// Settler runs the settlement loop.
type Settler struct {
	DB      *state.DB
	Suite   *onchain.Suite
	Tx      *txmgr.Manager
	Backend compute.Backend
	Cache   *inference.Cache
	// PublishDir receives the batch documents (publish.WriteFile layout).
	PublishDir string
	// MaxBatch is the most requests per batch (the circuit's capacity, ≤ the vault's MAX_BATCH).
	MaxBatch int
	// TreeDepth is the depth of the payout trees the prover builds, published with each batch.
	TreeDepth int
	// DelayEpochs settles an epoch only this many epochs after it closed.
	DelayEpochs uint64
	Interval    time.Duration
	Logger      *slog.Logger
	Metrics     *metrics.Metrics
	FP          *failpoint.Set
}

// Run settles until ctx ends.
func (s *Settler) Run(ctx context.Context) error {
	for {
		if err := s.Step(ctx); err != nil && ctx.Err() == nil {
			s.Logger.WarnContext(ctx, "settlement round", "component", "settlement", "err", err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(s.Interval):
		}
	}
}

// Step batches what closed epochs hold and advances every open batch as far as it goes.
func (s *Settler) Step(ctx context.Context) error {
	current, err := s.Suite.CurrentEpoch(ctx)
	if err != nil {
		return err
	}
	models, err := s.DB.ListModels(ctx)
	if err != nil {
		return err
	}
	if current > s.DelayEpochs {
		for _, m := range models {
			created, err := s.DB.CreateBatches(ctx, m.ModelID, int64(current-s.DelayEpochs), s.MaxBatch)
			if err != nil {
				return err
			}
			for _, b := range created {
				s.Logger.InfoContext(ctx, "batch created", "component", "settlement", "batch", b.ID, "requests", b.RequestIDs)
			}
		}
	}
	s.gauges(ctx)
	open, err := s.DB.OpenBatches(ctx)
	if err != nil {
		return err
	}
	blocked := map[int64]bool{} // a model whose earlier batch is unfinished waits
	var errs []error
	for i := range open {
		b := &open[i]
		if blocked[b.ModelID] {
			continue
		}
		if err := s.Advance(ctx, b); err != nil {
			blocked[b.ModelID] = true
			errs = append(errs, fmt.Errorf("batch %s: %w", b.ID, err))
		}
		if b.Status != state.BatchPublished && b.Status != state.BatchFailed {
			blocked[b.ModelID] = true
		}
	}
	return errors.Join(errs...)
}

func (s *Settler) gauges(ctx context.Context) {
	if s.Metrics == nil {
		return
	}
	counts, err := s.DB.CountRequests(ctx)
	if err != nil {
		return
	}
	s.Metrics.QueueDepth.WithLabelValues(metrics.QueueUnanswered).Set(float64(counts[state.RequestRequested]))
	s.Metrics.QueueDepth.WithLabelValues(metrics.QueueUnsettled).Set(float64(counts[state.RequestAnswered] + counts[state.RequestBatched]))
	if open, err := s.DB.OpenBatches(ctx); err == nil {
		s.Metrics.QueueDepth.WithLabelValues(metrics.QueueBatches).Set(float64(len(open)))
	}
}

// Advance moves one batch through its states until it is published, failed, or must wait.
func (s *Settler) Advance(ctx context.Context, b *state.Batch) error {
	log := s.Logger.With("component", "settlement", "batch", b.ID, "model", b.ModelID)
	for {
		var err error
		switch b.Status {
		case state.BatchCreated:
			err = s.check(ctx, b, log)
		case state.BatchProving:
			err = s.prove(ctx, b, log)
		case state.BatchProved:
			err = s.send(ctx, b, log)
		case state.BatchSent:
			err = s.confirm(ctx, b, log)
		case state.BatchConfirmed:
			err = s.publish(ctx, b, log)
		default:
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func requestIDs(b *state.Batch) ([]int64, error) {
	var ids []int64
	if err := json.Unmarshal([]byte(b.RequestIDs), &ids); err != nil {
		return nil, fmt.Errorf("request ids: %w", err)
	}
	return ids, nil
}

// check confirms every request is still pending on chain before any work is done.
func (s *Settler) check(ctx context.Context, b *state.Batch, log *slog.Logger) error {
	settled, err := s.settledOnChain(ctx, b)
	if err != nil {
		return err
	}
	if len(settled) > 0 {
		log.WarnContext(ctx, "requests already settled on chain by another transaction; re-batching the rest", "settled", settled)
		return s.DB.FailBatch(ctx, b, state.BatchCreated, fmt.Sprintf("requests %v already settled on chain", settled), settled...)
	}
	b.Status = state.BatchProving
	return s.DB.AdvanceBatch(ctx, b, state.BatchCreated)
}

// settledOnChain lists the batch's requests the vault already marks settled.
func (s *Settler) settledOnChain(ctx context.Context, b *state.Batch) ([]int64, error) {
	ids, err := requestIDs(b)
	if err != nil {
		return nil, err
	}
	var settled []int64
	for _, id := range ids {
		r, err := s.Suite.Request(ctx, uint64(id))
		if err != nil {
			return nil, err
		}
		if r.Status == onchain.RequestSettled {
			settled = append(settled, id)
		}
	}
	return settled, nil
}

// leavesAfter decodes a confirmed batch's cumulative leaves.
type leafJSON struct {
	Index      uint64         `json:"index"`
	Account    common.Address `json:"account"`
	Cumulative string         `json:"cumulative"`
}

// Positions in the vault's public inputs (IRewardVault.publicInputs).
const (
	inputBatchID      = 3
	inputPreviousRoot = 8
)

// previous returns the model's payout leaves after its last confirmed batch (all zero before the
// first), and the chain batch id and previous root the vault will use for this batch — read from
// the vault's own publicInputs, so they are whatever settle will check — after confirming that they
// are the ones this oracle's records lead to.
func (s *Settler) previous(ctx context.Context, b *state.Batch, loaded *inference.Loaded) ([]common.Address, []*big.Int, uint64, common.Hash, error) {
	n := len(loaded.Features.Leaves)
	accounts := make([]common.Address, n)
	for k, l := range loaded.Features.Leaves {
		accounts[k] = l.Contributor
	}
	var cum []*big.Int // nil before the first batch
	last, err := s.DB.LastConfirmedBatch(ctx, b.ModelID)
	if err != nil {
		return nil, nil, 0, common.Hash{}, err
	}
	next, root := uint64(0), common.Hash{}
	if last != nil {
		var leaves []leafJSON
		if err := json.Unmarshal([]byte(last.LeavesAfter), &leaves); err != nil {
			return nil, nil, 0, common.Hash{}, fmt.Errorf("leaves of batch %s: %w", last.ID, err)
		}
		cum = make([]*big.Int, n)
		for k := range cum {
			cum[k] = new(big.Int)
		}
		for _, l := range leaves {
			if l.Index >= uint64(n) {
				return nil, nil, 0, common.Hash{}, fmt.Errorf("batch %s has leaf %d of %d", last.ID, l.Index, n)
			}
			cum[l.Index], _ = new(big.Int).SetString(l.Cumulative, 10)
		}
		next, root = uint64(last.ChainBatchID)+1, common.HexToHash(last.NewRoot)
	}
	probe, err := Settlement(b)
	if err != nil {
		return nil, nil, 0, common.Hash{}, err
	}
	probe.NewPayoutRoot, probe.Distributed = common.Hash{1}, new(big.Int) // placeholders publicInputs accepts
	inputs, err := s.Suite.PublicInputs(ctx, probe)
	if err != nil {
		return nil, nil, 0, common.Hash{}, err
	}
	if len(inputs) <= inputPreviousRoot {
		return nil, nil, 0, common.Hash{}, fmt.Errorf("vault returned %d public inputs", len(inputs))
	}
	chainBatch, chainRoot := inputs[inputBatchID].Uint64(), common.BigToHash(inputs[inputPreviousRoot])
	if chainBatch != next || chainRoot != root {
		return nil, nil, 0, common.Hash{}, fmt.Errorf("the vault would settle model %d as batch %d on root %s, but this oracle's last "+
			"settlement leads to batch %d on root %s (settled by another oracle, or a batch was voided?); not proving against a stale tree",
			b.ModelID, chainBatch, chainRoot.Hex(), next, root.Hex())
	}
	return accounts, cum, next, root, nil
}

// prove builds and proves the batch and records the result.
func (s *Settler) prove(ctx context.Context, b *state.Batch, log *slog.Logger) error {
	loaded, err := s.Cache.Get(ctx, b.ModelID)
	if err != nil {
		return err
	}
	accounts, prevCum, batchID, prevRoot, err := s.previous(ctx, b, loaded)
	if err != nil {
		return err
	}
	reqs, err := s.DB.RequestsOfBatch(ctx, b)
	if err != nil {
		return err
	}
	split, err := s.Suite.FeeSplit(ctx)
	if err != nil {
		return err
	}
	job := &compute.ProofJob{ChainID: s.Suite.ChainID, Vault: s.Suite.Addrs.RewardVault, ModelID: uint64(b.ModelID), BatchID: batchID,
		Epoch: uint64(b.Epoch), Features: loaded.Features.Rows, ContributorsBps: split.ContributorsBps, Accounts: accounts, Previous: prevCum}
	records := make([]inference.Record, len(reqs))
	for i, r := range reqs {
		if err := json.Unmarshal([]byte(r.Answer), &records[i]); err != nil {
			return fmt.Errorf("answer of request %d: %w", r.RequestID, err)
		}
		job.RequestIDs = append(job.RequestIDs, uint64(r.RequestID))
		job.Queries = append(job.Queries, records[i].Query)
		job.Fees = append(job.Fees, r.Fee.Big())
		if records[i].Answer.ContributorsBps != split.ContributorsBps {
			log.WarnContext(ctx, "fee split changed since the answer; settling with the current split",
				"request", r.RequestID, "answered_bps", records[i].Answer.ContributorsBps, "current_bps", split.ContributorsBps)
		}
	}
	s.FP.Hit(ctx, "settle.proving")
	start := time.Now()
	res, err := s.Backend.Prove(ctx, job)
	if err != nil {
		return fmt.Errorf("proving: %w", err)
	}
	if s.Metrics != nil {
		s.Metrics.ProofDuration.Observe(time.Since(start).Seconds())
	}
	if res.PreviousRoot != (common.Hash{}) && prevRoot != (common.Hash{}) && res.PreviousRoot != prevRoot {
		return fmt.Errorf("prover started from root %s, chain has %s", res.PreviousRoot.Hex(), prevRoot.Hex())
	}
	if len(res.Cumulative) != len(accounts) {
		return fmt.Errorf("prover returned %d leaves for %d contributions", len(res.Cumulative), len(accounts))
	}
	leaves := make([]leafJSON, 0, len(res.Cumulative))
	for k, c := range res.Cumulative {
		leaves = append(leaves, leafJSON{Index: uint64(k), Account: accounts[k], Cumulative: c.String()})
	}
	lb, _ := json.Marshal(leaves)
	ab, err := json.Marshal(provenAttributions(reqs, records, res))
	if err != nil {
		return err
	}
	dist, err := store.NewNumeric(res.Distributed)
	if err != nil {
		return err
	}
	b.Status, b.ChainBatchID, b.PreviousRoot, b.NewRoot = state.BatchProved, int64(batchID), prevRoot.Hex(), res.NewRoot.Hex()
	b.Distributed, b.InferenceCommitment, b.Proof = dist, res.InferenceCommitment.Hex(), hexutil.Encode(res.Proof)
	b.LeavesAfter, b.Attributions = string(lb), string(ab)
	if err := s.DB.AdvanceBatch(ctx, b, state.BatchProving, "chain_batch_id", "previous_root", "new_root", "distributed",
		"inference_commitment", "proof", "leaves_after", "attributions"); err != nil {
		return err
	}
	log.InfoContext(ctx, "batch proved", "chain_batch", batchID, "requests", len(reqs), "distributed", res.Distributed,
		"new_root", res.NewRoot, "seconds", time.Since(start).Seconds())
	s.FP.Hit(ctx, "settle.proved")
	return nil
}

// Settlement is the vault call a proved batch makes.
func Settlement(b *state.Batch) (rewardvault.IRewardVaultSettlement, error) {
	ids, err := requestIDs(b)
	if err != nil {
		return rewardvault.IRewardVaultSettlement{}, err
	}
	reqs := make([]*big.Int, len(ids))
	for i, id := range ids {
		reqs[i] = big.NewInt(id)
	}
	return rewardvault.IRewardVaultSettlement{ModelId: big.NewInt(b.ModelID), Epoch: uint64(b.Epoch), RequestIds: reqs,
		InferenceCommitment: common.HexToHash(b.InferenceCommitment), NewPayoutRoot: common.HexToHash(b.NewRoot),
		Distributed: b.Distributed.Big()}, nil
}

// send submits settle (once per batch) and records the intent.
func (s *Settler) send(ctx context.Context, b *state.Batch, log *slog.Logger) error {
	st, err := Settlement(b)
	if err != nil {
		return err
	}
	proof, err := hexutil.Decode(b.Proof)
	if err != nil {
		return fmt.Errorf("stored proof: %w", err)
	}
	intent, err := s.Tx.Submit(ctx, "settle", b.ID, s.Suite.Addrs.RewardVault, s.Suite.VaultABI.PackSettle(st, proof))
	if errors.Is(err, txmgr.ErrWouldRevert) {
		// Nothing was sent: the batch no longer fits the chain (a changed fee split, a request
		// settled meanwhile, ...). Free the requests; the next round batches and proves them anew.
		log.WarnContext(ctx, "settlement would revert; re-batching", "err", err)
		return s.DB.FailBatch(ctx, b, state.BatchProved, err.Error())
	}
	if err != nil {
		return err
	}
	s.FP.Hit(ctx, "settle.submitted")
	b.Status, b.TxIntent = state.BatchSent, intent.ID
	if err := s.DB.AdvanceBatch(ctx, b, state.BatchProved, "tx_intent"); err != nil {
		return err
	}
	log.InfoContext(ctx, "settlement sent", "intent", intent.ID, "nonce", intent.Nonce)
	s.FP.Hit(ctx, "settle.sent")
	return nil
}

// confirm waits for the settlement's receipt.
func (s *Settler) confirm(ctx context.Context, b *state.Batch, log *slog.Logger) error {
	receipt, err := s.Tx.Wait(ctx, b.TxIntent)
	if errors.Is(err, txmgr.ErrReverted) || errors.Is(err, txmgr.ErrLost) {
		settled, serr := s.settledOnChain(ctx, b)
		if serr != nil {
			return serr
		}
		log.WarnContext(ctx, "settlement failed; re-batching", "err", err, "settled_elsewhere", settled)
		return s.DB.FailBatch(ctx, b, state.BatchSent, err.Error(), settled...)
	}
	if err != nil {
		return err
	}
	var chainBatch int64 = -1
	for _, l := range receipt.Logs {
		if ev, err := s.Suite.VaultABI.UnpackSettledEvent(l); err == nil {
			chainBatch = ev.BatchId.Int64()
		}
	}
	if chainBatch < 0 {
		return fmt.Errorf("settle receipt %s has no Settled event", receipt.TxHash)
	}
	if chainBatch != b.ChainBatchID {
		log.WarnContext(ctx, "settled under another batch id than proved for", "proved_for", b.ChainBatchID, "settled", chainBatch)
	}
	if err := s.DB.ConfirmBatch(ctx, b, state.BatchSent, chainBatch, receipt.BlockNumber.Int64()); err != nil {
		return err
	}
	if s.Metrics != nil {
		s.Metrics.BatchesSettled.Inc()
		ids, _ := requestIDs(b)
		s.Metrics.RequestsSettled.Add(float64(len(ids)))
	}
	log.InfoContext(ctx, "batch settled", "chain_batch", chainBatch, "tx", receipt.TxHash, "block", receipt.BlockNumber)
	s.FP.Hit(ctx, "settle.confirmed")
	return nil
}

// Attribution is what a batch proved for one request.
type Attribution struct {
	RequestID  int64       `json:"requestId"`
	InputHash  common.Hash `json:"inputHash"`
	Prediction string      `json:"prediction"`
	Scores     []string    `json:"scores"` // every contribution, integer at scale 2^16
	Shares     []string    `json:"shares"` // every contribution, wei
}

func provenAttributions(reqs []state.Request, records []inference.Record, res *compute.ProofResult) []Attribution {
	out := make([]Attribution, len(reqs))
	for i, r := range reqs {
		a := Attribution{RequestID: r.RequestID, InputHash: common.HexToHash(r.InputHash), Prediction: records[i].Answer.Prediction}
		if i < len(res.Scores) {
			for k := range res.Scores[i] {
				a.Scores = append(a.Scores, res.Scores[i][k].String())
				a.Shares = append(a.Shares, res.Shares[i][k].String())
			}
		}
		out[i] = a
	}
	sort.Slice(out, func(i, j int) bool { return out[i].RequestID < out[j].RequestID })
	return out
}
