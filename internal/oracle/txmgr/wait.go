package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/open-attribution/poa/internal/chain"
	"github.com/open-attribution/poa/internal/oracle/state"
)

// Wait drives an intent until one of its attempts is mined and returns that receipt. A failed
// receipt comes back with an error wrapping ErrReverted and the decoded revert.
func (m *Manager) Wait(ctx context.Context, intentID string) (*types.Receipt, error) {
	for {
		t, err := m.db.GetIntent(ctx, intentID)
		if err != nil {
			return nil, err
		}
		r, err := m.drive(ctx, t)
		if r != nil || err != nil {
			return r, err
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(m.cfg.Poll):
		}
	}
}

// Run drives every pending intent until ctx ends, so a transaction recorded before a crash is sent
// (and nonces after it are not stuck) even before its owner resumes waiting for it.
func (m *Manager) Run(ctx context.Context) error {
	for {
		pending, err := m.db.PendingIntents(ctx, senderKey(m.from))
		if err == nil {
			if m.metrics != nil {
				m.metrics.QueueDepth.WithLabelValues("pending_transactions").Set(float64(len(pending)))
			}
			for i := range pending {
				if _, err := m.drive(ctx, &pending[i]); err != nil && ctx.Err() == nil {
					m.logger.WarnContext(ctx, "transaction finished with an error", "intent", pending[i].ID, "err", err)
				}
			}
		} else if ctx.Err() == nil {
			m.logger.WarnContext(ctx, "listing pending transactions", "err", err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(m.cfg.Poll):
		}
	}
}

// drive takes one step: it returns the receipt when an attempt is mined, nil while waiting.
func (m *Manager) drive(ctx context.Context, t *state.TxIntent) (*types.Receipt, error) {
	m.driveMu.Lock()
	defer m.driveMu.Unlock()
	if t.Status != state.TxPending {
		fresh, err := m.db.GetIntent(ctx, t.ID)
		if err != nil {
			return nil, err
		}
		t = fresh
	}
	switch t.Status {
	case state.TxMined, state.TxReverted:
		r, err := m.client.TransactionReceipt(ctx, common.HexToHash(t.MinedHash))
		if err != nil {
			return nil, fmt.Errorf("txmgr: receipt of %s (%s): %w", t.ID, t.MinedHash, err)
		}
		return m.outcome(ctx, t, r)
	case state.TxLost:
		return nil, fmt.Errorf("%w: intent %s nonce %d", ErrLost, t.ID, t.Nonce)
	}
	attempts, err := m.db.Attempts(ctx, t.ID)
	if err != nil {
		return nil, err
	}
	if len(attempts) == 0 {
		return nil, fmt.Errorf("txmgr: intent %s has no attempts", t.ID)
	}
	for i := len(attempts) - 1; i >= 0; i-- {
		r, err := m.client.TransactionReceipt(ctx, common.HexToHash(attempts[i].Hash))
		if errors.Is(err, ethereum.NotFound) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("txmgr: receipt of %s: %w", attempts[i].Hash, err)
		}
		t.MinedHash, t.BlockNumber = attempts[i].Hash, r.BlockNumber.Int64()
		t.Status = state.TxMined
		if r.Status != types.ReceiptStatusSuccessful {
			t.Status = state.TxReverted
		}
		if err := m.db.FinishIntent(ctx, t); err != nil {
			return nil, err
		}
		m.logger.InfoContext(ctx, "transaction mined", "intent", t.ID, "hash", attempts[i].Hash, "block", r.BlockNumber,
			"status", r.Status, "attempts", len(attempts))
		return m.outcome(ctx, t, r)
	}
	mined, err := m.client.NonceAt(ctx, m.from, nil)
	if err != nil {
		return nil, fmt.Errorf("txmgr: nonce of %s: %w", m.from, err)
	}
	if int64(mined) > t.Nonce {
		// The nonce is used, but by none of our attempts' receipts. A receipt can trail the nonce
		// on some nodes, so the intent is given up only when that stays so for LostAfter.
		if !m.lostFor(t.ID) {
			return nil, nil
		}
		t.Status = state.TxLost
		if err := m.db.FinishIntent(ctx, t); err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("%w: intent %s nonce %d", ErrLost, t.ID, t.Nonce)
	}
	m.clearLost(t.ID)
	last := attempts[len(attempts)-1]
	if time.Since(time.UnixMilli(last.SentAt)) >= m.cfg.ReplaceAfter {
		return nil, m.replace(ctx, t, last)
	}
	// Make sure the node has the latest attempt (a crash between recording and broadcasting, or a
	// node that restarted with an empty pool).
	if _, _, err := m.client.TransactionByHash(ctx, common.HexToHash(last.Hash)); errors.Is(err, ethereum.NotFound) {
		tx, derr := decodeRaw(last.Raw)
		if derr != nil {
			return nil, derr
		}
		m.logger.InfoContext(ctx, "resending transaction the node does not have", "intent", t.ID, "hash", last.Hash)
		m.broadcast(ctx, t, tx)
	}
	return nil, nil
}

// lostFor records that an intent's nonce is used without a receipt of ours and reports whether
// that has lasted LostAfter.
func (m *Manager) lostFor(id string) bool {
	m.lostMu.Lock()
	defer m.lostMu.Unlock()
	since, ok := m.lostSince[id]
	if !ok {
		m.lostSince[id] = time.Now()
		return false
	}
	return time.Since(since) >= m.cfg.LostAfter
}

func (m *Manager) clearLost(id string) {
	m.lostMu.Lock()
	defer m.lostMu.Unlock()
	delete(m.lostSince, id)
}

func decodeRaw(raw string) (*types.Transaction, error) {
	b, err := hexutil.Decode(raw)
	if err != nil {
		return nil, fmt.Errorf("txmgr: stored transaction: %w", err)
	}
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(b); err != nil {
		return nil, fmt.Errorf("txmgr: stored transaction: %w", err)
	}
	return tx, nil
}

// replace signs and sends a new attempt with the same nonce and both fees bumped.
func (m *Manager) replace(ctx context.Context, t *state.TxIntent, last state.TxAttempt) error {
	tip := bump(last.Tip.Big(), m.cfg.BumpPercent)
	feeCap := bump(last.FeeCap.Big(), m.cfg.BumpPercent)
	if _, cur, err := m.fees(ctx); err == nil && cur.Cmp(feeCap) > 0 {
		feeCap = cur // the base fee rose faster than the bump
	}
	tip, feeCap, _ = m.capFees(tip, feeCap)
	if feeCap.Cmp(last.FeeCap.Big()) <= 0 || tip.Cmp(last.Tip.Big()) <= 0 {
		m.logger.WarnContext(ctx, "cannot raise the fee further (max_fee_gwei reached); resending", "intent", t.ID,
			"fee_cap", last.FeeCap.String())
		tx, err := decodeRaw(last.Raw)
		if err != nil {
			return err
		}
		m.broadcast(ctx, t, tx)
		return nil
	}
	tx, attempt, err := m.sign(t, last.Seq+1, tip, feeCap)
	if err != nil {
		return err
	}
	if err := m.db.AddAttempt(ctx, attempt); err != nil {
		return err
	}
	m.logger.InfoContext(ctx, "replacing stuck transaction", "intent", t.ID, "nonce", t.Nonce, "old", last.Hash,
		"new", attempt.Hash, "tip", tip, "fee_cap", feeCap)
	m.fp.Hit(ctx, "tx.replacing")
	m.fp.Hit(ctx, "tx.replacing:"+t.Purpose)
	m.broadcast(ctx, t, tx)
	if m.metrics != nil {
		m.metrics.TxReplaced.WithLabelValues(t.Purpose).Inc()
	}
	return nil
}

// outcome turns a receipt into the caller's result, decoding a revert.
func (m *Manager) outcome(ctx context.Context, t *state.TxIntent, r *types.Receipt) (*types.Receipt, error) {
	if r.Status == types.ReceiptStatusSuccessful {
		return r, nil
	}
	if m.metrics != nil {
		m.metrics.TxReverted.WithLabelValues(t.Purpose).Inc()
	}
	to := common.HexToAddress(t.To)
	data, _ := hexutil.Decode(t.Data)
	parent := new(big.Int).Sub(r.BlockNumber, big.NewInt(1))
	_, err := m.client.CallContract(ctx, ethereum.CallMsg{From: m.from, To: &to, Gas: uint64(t.Gas), Data: data}, parent)
	if err == nil {
		return r, fmt.Errorf("%w: %s (%s) without revert data", ErrReverted, t.ID, r.TxHash)
	}
	return r, fmt.Errorf("%w: %s (%s): %w", ErrReverted, t.ID, r.TxHash, chain.DecodeRevert(err, m.abis...))
}
