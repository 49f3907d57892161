package onchain

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/open-attribution/poa/bindings/modelregistry"
	"github.com/open-attribution/poa/internal/oracle/metrics"
	"github.com/open-attribution/poa/internal/oracle/state"
	"github.com/open-attribution/poa/internal/store"
)

// requestsCursor names the watcher's position in the database.
const requestsCursor = "inference_requested"

// Watcher records InferenceRequested events in the database, resuming from its stored cursor.
type Watcher struct {
	Suite         *Suite
	DB            *state.DB
	StartBlock    uint64
	Confirmations uint64
	LogRange      uint64
	Poll          time.Duration
	Logger        *slog.Logger
	Metrics       *metrics.Metrics
	// OnRequest, when set, is called for each newly recorded request.
	OnRequest func(r *state.Request)
}

// Run scans until ctx ends.
func (w *Watcher) Run(ctx context.Context) error {
	for {
		if err := w.Step(ctx); err != nil && ctx.Err() == nil {
			w.Logger.WarnContext(ctx, "scanning for inference requests", "component", "watcher", "err", err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(w.Poll):
		}
	}
}

// Step scans from the cursor to the confirmed head.
func (w *Watcher) Step(ctx context.Context) error {
	head, err := w.Suite.Client.BlockNumber(ctx)
	if err != nil {
		return err
	}
	if w.Metrics != nil {
		w.Metrics.ChainHead.Set(float64(head))
	}
	if head < w.Confirmations {
		return nil
	}
	safe := head - w.Confirmations
	next, err := w.DB.GetCursor(ctx, requestsCursor)
	if err != nil {
		return err
	}
	from := max(uint64(next), w.StartBlock)
	for from <= safe {
		to := min(safe, from+max(w.LogRange, 1)-1)
		logs, err := w.Suite.Client.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{w.Suite.Addrs.ModelRegistry},
			Topics:    [][]common.Hash{{w.Suite.InferenceRequestedTopic()}},
		})
		if err != nil {
			return fmt.Errorf("logs %d..%d: %w", from, to, err)
		}
		for i := range logs {
			if logs[i].Removed {
				continue
			}
			ev, err := w.Suite.ModelABI.UnpackInferenceRequestedEvent(&logs[i])
			if err != nil {
				return fmt.Errorf("decoding InferenceRequested in %s: %w", logs[i].TxHash, err)
			}
			if _, err := w.Record(ctx, ev, &logs[i]); err != nil {
				return err
			}
		}
		if err := w.DB.SetCursor(ctx, requestsCursor, int64(to+1)); err != nil {
			return err
		}
		from = to + 1
	}
	return nil
}

// Record stores one request (idempotent) and reports the stored row.
func (w *Watcher) Record(ctx context.Context, ev *modelregistry.ModelRegistryInferenceRequested, l *types.Log) (*state.Request, error) {
	fee, err := store.NewNumeric(ev.Fee)
	if err != nil {
		return nil, err
	}
	r := &state.Request{RequestID: ev.RequestId.Int64(), ModelID: ev.ModelId.Int64(), Requester: strings.ToLower(ev.Requester.Hex()),
		InputHash: common.Hash(ev.InputHash).Hex(), Fee: fee, Epoch: int64(ev.Epoch), BlockNumber: int64(l.BlockNumber)}
	isNew, err := w.DB.AddRequest(ctx, r)
	if err != nil {
		return nil, err
	}
	if isNew {
		w.Logger.InfoContext(ctx, "inference requested", "component", "watcher", "request", r.RequestID, "model", r.ModelID,
			"epoch", r.Epoch, "fee", ev.Fee)
		if w.OnRequest != nil {
			w.OnRequest(r)
		}
	}
	return w.DB.GetRequest(ctx, r.RequestID)
}

// Lookup returns a request from the database, or finds its event on chain (when the watcher has not
// reached it yet) and records it. It returns state.ErrNotFound when the chain has no such request.
func (w *Watcher) Lookup(ctx context.Context, id uint64) (*state.Request, error) {
	r, err := w.DB.GetRequest(ctx, int64(id))
	if err == nil {
		return r, nil
	}
	ev, l, err := w.Suite.FindRequest(ctx, id, w.StartBlock)
	if err != nil {
		return nil, err
	}
	if ev == nil {
		return nil, fmt.Errorf("%w: request %d has no InferenceRequested event on chain", state.ErrNotFound, id)
	}
	return w.Record(ctx, ev, l)
}
